"""The repetitions an office uses (weekly meeting, monthly report, quarterly, twice a year…) and rules in words."""

from __future__ import annotations

from datetime import datetime

from commsdesk.domain.choices import Choice
from commsdesk.domain.events import weekday_names
from commsdesk.domain.recurrence import Recurrence
from commsdesk.i18n import format_date, translate


class RepeatPreset(Choice):
    NONE = "none"
    DAILY = "daily"
    WORKDAYS = "workdays"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY_DAY = "monthly_day"
    MONTHLY_WEEKDAY = "monthly_weekday"
    QUARTERLY = "quarterly"
    TWICE_A_YEAR = "twice_a_year"
    YEARLY = "yearly"
    CUSTOM = "custom"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "none": translate("Repeat", "Does not repeat"),
            "daily": translate("Repeat", "Every day"),
            "workdays": translate("Repeat", "Every working day (Monday to Friday)"),
            "weekly": translate("Repeat", "Every week"),
            "biweekly": translate("Repeat", "Every two weeks"),
            "monthly_day": translate("Repeat", "Every month"),
            "monthly_weekday": translate("Repeat", "Every month"),
            "quarterly": translate("Repeat", "Every three months (quarterly)"),
            "twice_a_year": translate("Repeat", "Twice a year"),
            "yearly": translate("Repeat", "Every year"),
            "custom": translate("Repeat", "Custom rule"),
        }


def _ordinal(start: datetime) -> int:
    """Which weekday of its month `start` is: 1–4, or -1 for the last one."""
    number = (start.day - 1) // 7 + 1
    return -1 if number == 5 else number


def _ordinal_name(ordinal: int) -> str:
    return {
        1: translate("Repeat", "first"),
        2: translate("Repeat", "second"),
        3: translate("Repeat", "third"),
        4: translate("Repeat", "fourth"),
        -1: translate("Repeat", "last"),
    }.get(ordinal, str(ordinal))


def preset_rule(preset: RepeatPreset, start: datetime) -> Recurrence | None:
    """The endless rule a preset stands for, for an event starting at `start` (None for no repetition/custom)."""
    weekday = start.weekday()
    return {
        RepeatPreset.DAILY: Recurrence("DAILY"),
        RepeatPreset.WORKDAYS: Recurrence("WEEKLY", by_day=tuple((None, day) for day in range(5))),
        RepeatPreset.WEEKLY: Recurrence("WEEKLY", by_day=((None, weekday),)),
        RepeatPreset.BIWEEKLY: Recurrence("WEEKLY", interval=2, by_day=((None, weekday),)),
        RepeatPreset.MONTHLY_DAY: Recurrence("MONTHLY", by_month_day=(start.day,)),
        RepeatPreset.MONTHLY_WEEKDAY: Recurrence("MONTHLY", by_day=((_ordinal(start), weekday),)),
        RepeatPreset.QUARTERLY: Recurrence("MONTHLY", interval=3, by_month_day=(start.day,)),
        RepeatPreset.TWICE_A_YEAR: Recurrence("MONTHLY", interval=6, by_month_day=(start.day,)),
        RepeatPreset.YEARLY: Recurrence("YEARLY", by_month=(start.month,), by_month_day=(start.day,)),
    }.get(preset)


def preset_of(rule: Recurrence | None, start: datetime) -> RepeatPreset:
    """The preset `rule` is (whatever its end), or CUSTOM."""
    if rule is None:
        return RepeatPreset.NONE
    endless = rule.ending()
    for preset in RepeatPreset:
        if preset_rule(preset, start) == endless:
            return preset
    return RepeatPreset.CUSTOM


def preset_label(preset: RepeatPreset, start: datetime) -> str:
    """The preset in words for this start: "Every week on Monday", "Every month on the first Monday"…"""
    day_name = weekday_names()[start.weekday()]
    if preset in (RepeatPreset.WEEKLY, RepeatPreset.BIWEEKLY):
        return translate("Repeat", "{every} on {weekday}").format(every=preset.label(), weekday=day_name)
    if preset in (RepeatPreset.MONTHLY_DAY, RepeatPreset.QUARTERLY, RepeatPreset.TWICE_A_YEAR):
        return translate("Repeat", "{every} on day {day}").format(every=preset.label(), day=start.day)
    if preset is RepeatPreset.MONTHLY_WEEKDAY:
        return translate("Repeat", "Every month on the {ordinal} {weekday}").format(
            ordinal=_ordinal_name(_ordinal(start)), weekday=day_name
        )
    if preset is RepeatPreset.YEARLY:
        return translate("Repeat", "Every year on {date}").format(date=start.strftime("%d.%m."))
    return preset.label()


def ending_text(rule: Recurrence) -> str:
    """ ", until 30.06.2026" / ", 10 times" / "" for a rule that never ends."""
    if rule.count is not None:
        return translate("Repeat", ", {count} times").format(count=rule.count)
    if rule.until is not None:
        return translate("Repeat", ", until {date}").format(date=format_date(rule.until.date()))
    return ""


def _generic(rule: Recurrence) -> str:
    units = {
        "DAILY": (translate("Repeat", "Every day"), translate("Repeat", "Every {n} days")),
        "WEEKLY": (translate("Repeat", "Every week"), translate("Repeat", "Every {n} weeks")),
        "MONTHLY": (translate("Repeat", "Every month"), translate("Repeat", "Every {n} months")),
        "YEARLY": (translate("Repeat", "Every year"), translate("Repeat", "Every {n} years")),
    }[rule.freq]
    text = units[0] if rule.interval == 1 else units[1].format(n=rule.interval)
    names = weekday_names()
    if rule.by_day:
        days = ", ".join(
            names[day] if n is None else f"{_ordinal_name(n) if n in (1, 2, 3, 4, -1) else n}. {names[day]}"
            for n, day in rule.by_day
        )
        text = translate("Repeat", "{every} on {weekday}").format(every=text, weekday=days)
    if rule.by_month_day:
        days = ", ".join(str(day) for day in rule.by_month_day)
        text = translate("Repeat", "{every} on day {day}").format(every=text, day=days)
    if rule.by_month:
        months = ", ".join(str(month) for month in rule.by_month)
        text = translate("Repeat", "{every}, in month {months}").format(every=text, months=months)
    return text


def describe(rule: Recurrence | None, start: datetime) -> str:
    """The rule in words, with its end: "Every week on Monday, until 30.06.2026"."""
    if rule is None:
        return RepeatPreset.NONE.label()
    preset = preset_of(rule, start)
    text = _generic(rule) if preset is RepeatPreset.CUSTOM else preset_label(preset, start)
    return text + ending_text(rule)
