"""Media-notification rules: which "notify the media" tasks each kind of event needs, and when they fall due.

From the 2015 municipal work plan: the media are told at least two weeks before, and again one day before, every
public meeting with citizens; notices of assembly sessions go out on the day their material is distributed; the
media are told in time of the day and hour of tender openings. The rules are an office-wide setting, stored as
JSON (`{"public_meeting": [{"anchor": "start", "days_before": 14}, …], …}`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from commsdesk.domain.choices import Choice
from commsdesk.domain.events import EventKind, week_start
from commsdesk.i18n import translate

SETTING_KEY = "calendar_notification_rules"
START = "start"  # days before the event (each occurrence of a series)
MATERIAL = "material"  # days before the material-distribution date entered on the event
MAX_DAYS_BEFORE = 365

DEFAULT_RULES: dict[str, list[dict[str, Any]]] = {
    EventKind.PUBLIC_MEETING.value: [{"anchor": START, "days_before": 14}, {"anchor": START, "days_before": 1}],
    EventKind.ASSEMBLY_SESSION.value: [{"anchor": MATERIAL, "days_before": 0}],
    EventKind.TENDER_OPENING.value: [{"anchor": START, "days_before": 7}],
}


@dataclass(frozen=True, order=True)
class NotificationRule:
    """Notify the media `days_before` days before the event's start (or before its material date)."""

    days_before: int
    anchor: str = START

    @property
    def code(self) -> str:
        """What a task remembers of the rule that made it: `start:14`, `material:0`."""
        return f"{self.anchor}:{self.days_before}"

    @classmethod
    def from_code(cls, code: str) -> NotificationRule | None:
        anchor, _, days = code.partition(":")
        if anchor not in (START, MATERIAL) or not days.isdigit():
            return None
        return cls(int(days), anchor)

    def due_on(self, occurrence_day: date, material_day: date | None) -> date | None:
        """The day the task falls due for an occurrence on `occurrence_day`; None when its anchor is missing."""
        if self.anchor == MATERIAL:
            return None if material_day is None else material_day - timedelta(days=self.days_before)
        return occurrence_day - timedelta(days=self.days_before)


Rules = dict[EventKind, tuple[NotificationRule, ...]]


def rules_from_setting(value: object) -> Rules:
    """The rules stored in the setting; entries that make no sense are left out rather than failing."""
    rules: Rules = {}
    if not isinstance(value, Mapping):
        return rules
    for code, items in value.items():
        try:
            kind = EventKind(code)
        except ValueError:
            continue
        found = set()
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, Mapping):
                continue
            anchor, days = item.get("anchor", START), item.get("days_before")
            if anchor in (START, MATERIAL) and isinstance(days, int) and 0 <= days <= MAX_DAYS_BEFORE:
                found.add(NotificationRule(days, anchor))
        if found:
            rules[kind] = tuple(sorted(found, key=lambda rule: (rule.anchor != MATERIAL, -rule.days_before)))
    return rules


def rules_to_setting(rules: Rules) -> dict[str, list[dict[str, Any]]]:
    """The JSON form the setting stores."""
    return {
        kind.value: [{"anchor": rule.anchor, "days_before": rule.days_before} for rule in items]
        for kind, items in rules.items()
        if items
    }


def task_label(code: str) -> str:
    """What the task asks the officer to do, in words."""
    rule = NotificationRule.from_code(code)
    if rule is None:
        return translate("Notifications", "Notify the media")
    if rule.anchor == MATERIAL:
        if rule.days_before == 0:
            return translate("Notifications", "Announce the session (material distributed today)")
        return translate("Notifications", "Announce the session ({days} days before the material goes out)").format(
            days=rule.days_before
        )
    if rule.days_before == 0:
        return translate("Notifications", "Remind the media (on the day)")
    if rule.days_before == 1:
        return translate("Notifications", "Remind the media (the day before)")
    return translate("Notifications", "Notify the media ({days} days before)").format(days=rule.days_before)


class DueBucket(Choice):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "overdue": translate("DueBucket", "Overdue"),
            "today": translate("DueBucket", "Due today"),
            "this_week": translate("DueBucket", "Due this week"),
            "later": translate("DueBucket", "Later"),
        }


def week_end(today: date) -> date:
    """The Sunday that ends `today`'s week."""
    return week_start(today) + timedelta(days=6)


def due_bucket(due_on: date, today: date) -> DueBucket:
    """Where a task due on `due_on` belongs on `today`: overdue, today, the rest of this week (to Sunday), later."""
    if due_on < today:
        return DueBucket.OVERDUE
    if due_on == today:
        return DueBucket.TODAY
    if due_on <= week_end(today):
        return DueBucket.THIS_WEEK
    return DueBucket.LATER
