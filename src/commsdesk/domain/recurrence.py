"""Repeating events: RFC 5545 RRULE values read and written, and occurrences expanded on the local wall clock.

An event keeps its wall-clock start in its time zone (Europe/Belgrade by default). Occurrences are computed on the
wall clock and only then given their zone, so a 09:00 meeting stays at 09:00 across the changes to and from summer
time (the last Sundays of March and October). UNTIL is written in UTC, as RFC 5545 asks when DTSTART carries a
TZID (as a date for all-day events), and read back into the wall clock of the event's zone. Rules are written by
`format_rrule`, never by `str(dateutil.rrule)`, which drops the zone.

The common rules (daily, weekly on some days, monthly on a day or an nth weekday, yearly) are expanded by
arithmetic, which is ~50× faster than dateutil for a window far from the start; everything else goes through
python-dateutil with its start moved forward by whole periods.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule as du

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
MAX_OCCURRENCES = 5000  # one expansion never returns more (a daily rule over years in a 5-year window)
MAX_COUNTED = 10000  # COUNT values beyond this are refused
_DU_FREQ = {"YEARLY": du.YEARLY, "MONTHLY": du.MONTHLY, "WEEKLY": du.WEEKLY, "DAILY": du.DAILY}
_UNTIL = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_IGNORED = ("X-", "RSCALE", "SKIP")


class RecurrenceError(ValueError):
    """An RRULE that commsdesk cannot read or does not support (e.g. hourly repetition)."""


@cache
def zone_info(name: str) -> ZoneInfo:
    """The IANA zone `name`; raises RecurrenceError for an unknown one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise RecurrenceError(f"unknown time zone {name!r}") from error


def is_known_zone(name: str) -> bool:
    try:
        zone_info(name)
    except RecurrenceError:
        return False
    return True


def localize(wall_clock: datetime, zone: str) -> datetime:
    """The wall-clock time `wall_clock` in `zone`, made aware (a time skipped by the clock change keeps fold 0)."""
    return wall_clock.replace(tzinfo=zone_info(zone))


def convert(wall_clock: datetime, from_zone: str, to_zone: str) -> datetime:
    """The wall-clock time in `to_zone` of the wall-clock time `wall_clock` in `from_zone` (naive in, naive out)."""
    if from_zone == to_zone:
        return wall_clock
    return localize(wall_clock, from_zone).astimezone(zone_info(to_zone)).replace(tzinfo=None)


def wall_clock(moment: datetime, zone: str) -> datetime:
    """An aware moment as the wall clock of `zone` shows it (naive)."""
    return moment.astimezone(zone_info(zone)).replace(tzinfo=None)


@dataclass(frozen=True)
class Recurrence:
    """The parts of an RRULE that commsdesk understands; `until` is a wall-clock time in the event's zone."""

    freq: str
    interval: int = 1
    count: int | None = None
    until: datetime | None = None
    by_day: tuple[tuple[int | None, int], ...] = ()  # (ordinal or None, weekday 0 = Monday)
    by_month_day: tuple[int, ...] = ()
    by_month: tuple[int, ...] = ()
    by_set_pos: tuple[int, ...] = ()
    by_year_day: tuple[int, ...] = ()
    by_week_no: tuple[int, ...] = ()
    week_start: int = 0

    def ending(self, until: datetime | None = None, count: int | None = None) -> Recurrence:
        """The same rule ending at `until` (wall clock) or after `count` occurrences, or never when neither."""
        return replace(self, until=until, count=count)


def _ints(value: str, low: int, high: int, *, signed: bool = True) -> tuple[int, ...]:
    numbers = tuple(int(part) for part in value.split(","))
    for number in numbers:
        if number == 0 or abs(number) < low or abs(number) > high or (number < 0 and not signed):
            raise RecurrenceError(f"value out of range: {value}")
    return numbers


def _parse_until(value: str, zone: str) -> datetime:
    match = _UNTIL.match(value)
    if not match:
        raise RecurrenceError(f"bad UNTIL {value!r}")
    year, month, day, hour, minute, second, utc = match.groups()
    if hour is None:  # a date: the whole of that day may still hold an occurrence
        return datetime(int(year), int(month), int(day), 23, 59, 59)
    moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    if utc:
        return wall_clock(moment.replace(tzinfo=UTC), zone)
    return moment


@lru_cache(maxsize=4096)
def parse_rrule(text: str, zone: str) -> Recurrence:
    """Read an RRULE value (`FREQ=WEEKLY;BYDAY=MO`, with or without `RRULE:`); raises RecurrenceError."""
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for piece in filter(None, text.split(";")):
        name, separator, value = piece.partition("=")
        if not separator or not value:
            raise RecurrenceError(f"bad RRULE part {piece!r}")
        parts[name.strip().upper()] = value.strip().upper()
    freq = parts.pop("FREQ", "")
    if freq not in FREQUENCIES:
        raise RecurrenceError(f"unsupported frequency {freq!r}")
    try:
        interval = int(parts.pop("INTERVAL", "1"))
        count = int(parts.pop("COUNT")) if "COUNT" in parts else None
        until = _parse_until(parts.pop("UNTIL"), zone) if "UNTIL" in parts else None
        by_day = []
        for item in filter(None, parts.pop("BYDAY", "").split(",")):
            match = _BYDAY.match(item)
            if not match:
                raise RecurrenceError(f"bad BYDAY {item!r}")
            ordinal = int(match.group(1)) if match.group(1) else None
            if ordinal is not None and not (1 <= abs(ordinal) <= 53):
                raise RecurrenceError(f"bad BYDAY {item!r}")
            by_day.append((ordinal, WEEKDAY_CODES.index(match.group(2))))
        week_start = WEEKDAY_CODES.index(parts.pop("WKST", "MO"))
        rule = Recurrence(
            freq=freq,
            interval=interval,
            count=count,
            until=until,
            by_day=tuple(by_day),
            by_month_day=_ints(parts.pop("BYMONTHDAY"), 1, 31) if "BYMONTHDAY" in parts else (),
            by_month=_ints(parts.pop("BYMONTH"), 1, 12, signed=False) if "BYMONTH" in parts else (),
            by_set_pos=_ints(parts.pop("BYSETPOS"), 1, 366) if "BYSETPOS" in parts else (),
            by_year_day=_ints(parts.pop("BYYEARDAY"), 1, 366) if "BYYEARDAY" in parts else (),
            by_week_no=_ints(parts.pop("BYWEEKNO"), 1, 53) if "BYWEEKNO" in parts else (),
            week_start=week_start,
        )
    except ValueError as error:  # int() of junk, an unknown weekday code
        raise RecurrenceError(str(error)) from error
    unknown = [name for name in parts if not name.startswith(_IGNORED)]
    if unknown:
        raise RecurrenceError(f"unsupported RRULE parts {unknown}")
    if interval < 1 or (count is not None and not 1 <= count <= MAX_COUNTED):
        raise RecurrenceError("bad INTERVAL or COUNT")
    if count is not None and until is not None:
        rule = rule.ending(until=until)  # RFC 5545 forbids both; UNTIL is the safer reading
    return rule


def _joined(values: Iterable[int]) -> str:
    return ",".join(str(value) for value in values)


def format_rrule(rule: Recurrence, zone: str, all_day: bool = False) -> str:
    """The RRULE value of `rule`: UNTIL in UTC (`…Z`), or as a date for an all-day event."""
    parts = [f"FREQ={rule.freq}"]
    if rule.interval != 1:
        parts.append(f"INTERVAL={rule.interval}")
    if rule.by_day:
        days = [f"{'' if n is None else n}{WEEKDAY_CODES[day]}" for n, day in rule.by_day]
        parts.append("BYDAY=" + ",".join(days))
    for name, values in (
        ("BYMONTHDAY", rule.by_month_day),
        ("BYMONTH", rule.by_month),
        ("BYYEARDAY", rule.by_year_day),
        ("BYWEEKNO", rule.by_week_no),
        ("BYSETPOS", rule.by_set_pos),
    ):
        if values:
            parts.append(f"{name}={_joined(values)}")
    if rule.week_start != 0:
        parts.append(f"WKST={WEEKDAY_CODES[rule.week_start]}")
    if rule.count is not None:
        parts.append(f"COUNT={rule.count}")
    elif rule.until is not None:
        if all_day:
            parts.append(f"UNTIL={rule.until:%Y%m%d}")
        else:
            moment = localize(rule.until, zone).astimezone(UTC)
            parts.append(f"UNTIL={moment:%Y%m%dT%H%M%SZ}")
    return ";".join(parts)


def normalize_rrule(text: str, zone: str, all_day: bool = False) -> str:
    """`text` read and written back in commsdesk's canonical form; raises RecurrenceError."""
    return format_rrule(parse_rrule(text, zone), zone, all_day)


# -- expansion -----------------------------------------------------------------------------------------------


def _month_add(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _month_days(year: int, month: int, rule: Recurrence, start: datetime) -> list[int]:
    """The days of one month a MONTHLY rule (fast path) selects, ascending."""
    length = calendar.monthrange(year, month)[1]
    if rule.by_month_day:
        days = {d if d > 0 else length + d + 1 for d in rule.by_month_day}
    elif rule.by_day:
        first_weekday = calendar.weekday(year, month, 1)
        days = set()
        for ordinal, weekday in rule.by_day:
            matching = [d for d in range(1 + (weekday - first_weekday) % 7, length + 1, 7)]
            if ordinal is None:
                days.update(matching)
            elif abs(ordinal) <= len(matching):
                days.add(matching[ordinal - 1] if ordinal > 0 else matching[ordinal])
    else:
        days = {start.day}
    return sorted(d for d in days if 1 <= d <= length)


def _fast_kind(rule: Recurrence) -> str | None:
    """Which arithmetic expansion fits `rule`, or None when dateutil must do it."""
    if rule.count is not None or rule.by_set_pos or rule.by_year_day or rule.by_week_no:
        return None
    if rule.freq == "DAILY" and not (rule.by_day or rule.by_month_day or rule.by_month):
        return "daily"
    if rule.freq == "WEEKLY" and not (rule.by_month_day or rule.by_month):
        return "weekly" if all(ordinal is None for ordinal, _ in rule.by_day) else None
    if rule.freq == "MONTHLY" and not rule.by_month and not (rule.by_day and rule.by_month_day):
        return "monthly"
    if rule.freq == "YEARLY" and not (rule.by_day or rule.by_month_day or rule.by_month):
        return "yearly"
    return None


def _fast(kind: str, start: datetime, rule: Recurrence, low: datetime, high: datetime) -> Iterable[datetime]:
    """Occurrence starts from about `low` on (callers stop at `high`, drop those before `start`), by arithmetic."""
    clock = start.time()
    step = rule.interval
    if kind == "daily":
        skip = max(0, (low.date() - start.date()).days // step)
        moment, stride = start + timedelta(days=skip * step), timedelta(days=step)
        while True:
            yield moment
            moment += stride
    elif kind == "weekly":
        weekdays = {day for _, day in rule.by_day} or {start.weekday()}
        offsets = [timedelta(days=offset) for offset in sorted((day - rule.week_start) % 7 for day in weekdays)]
        first_week = datetime.combine(start.date() - timedelta(days=(start.weekday() - rule.week_start) % 7), clock)
        skip = max(0, (low - first_week).days // (7 * step) - 1)
        week, stride = first_week + timedelta(days=7 * step * skip), timedelta(days=7 * step)
        while True:
            for offset in offsets:
                yield week + offset
            week += stride
    elif kind == "monthly":
        skip = max(0, ((low.year - start.year) * 12 + low.month - start.month) // step - 1)
        year, month = _month_add(start.year, start.month, skip * step)
        while True:
            for day in _month_days(year, month, rule, start):
                yield datetime.combine(date(year, month, day), clock)
            year, month = _month_add(year, month, step)
    else:  # yearly on the start's day; 29 February only in leap years
        skip = max(0, (low.year - start.year) // step - 1)
        year = start.year + skip * step
        while True:
            if start.month != 2 or start.day != 29 or calendar.isleap(year):
                yield datetime.combine(date(year, start.month, start.day), clock)
            year += step


def _dateutil_rule(start: datetime, rule: Recurrence, low: datetime | None) -> du.rrule:
    """The dateutil rule, with its start moved forward by whole periods towards `low` when no COUNT forbids it."""
    kwargs: dict = {
        "interval": rule.interval,
        "wkst": rule.week_start,
        "count": rule.count,
        "until": rule.until,
        "bysetpos": rule.by_set_pos or None,
        "bymonth": rule.by_month or None,
        "bymonthday": rule.by_month_day or None,
        "byyearday": rule.by_year_day or None,
        "byweekno": rule.by_week_no or None,
        "byweekday": [du.weekday(day, n) for n, day in rule.by_day] or None,
    }
    anchored = not (rule.by_day or rule.by_month_day or rule.by_year_day or rule.by_week_no)
    dtstart = start
    if low is not None and rule.count is None and low > start:
        if rule.freq == "DAILY":
            periods = (low.date() - start.date()).days // rule.interval - 1
            if periods > 0:
                dtstart = start + timedelta(days=periods * rule.interval)
        elif rule.freq == "WEEKLY":
            periods = (low.date() - start.date()).days // (7 * rule.interval) - 1
            if periods > 0:
                kwargs["byweekday"] = kwargs["byweekday"] or [start.weekday()]
                dtstart = start + timedelta(days=7 * periods * rule.interval)
        elif rule.freq == "MONTHLY":
            periods = ((low.year - start.year) * 12 + low.month - start.month) // rule.interval - 1
            if periods > 0:
                if anchored:
                    kwargs["bymonthday"] = [start.day]
                year, month = _month_add(start.year, start.month, periods * rule.interval)
                dtstart = datetime.combine(date(year, month, 1), start.time())
        elif rule.freq == "YEARLY":
            periods = (low.year - start.year) // rule.interval - 1
            if periods > 0:
                if anchored and not rule.by_month:
                    kwargs["bymonth"] = [start.month]
                if anchored:
                    kwargs["bymonthday"] = [start.day]
                dtstart = datetime.combine(date(start.year + periods * rule.interval, 1, 1), start.time())
    return du.rrule(_DU_FREQ[rule.freq], dtstart=dtstart, **kwargs)


def occurrences(
    start: datetime,
    rule: Recurrence,
    low: datetime,
    high: datetime,
    exdates: Iterable[datetime] = (),
    duration: timedelta = timedelta(0),
) -> list[datetime]:
    """The wall-clock starts of the occurrences that overlap [low, high), without the excluded ones.

    An occurrence overlaps when it starts before `high` and either starts at or after `low` or is still going on
    at `low` (it lasts `duration`).
    """
    excluded = set(exdates)
    earliest = low - duration if duration > timedelta(0) else low
    kind = _fast_kind(rule)
    source = _fast(kind, start, rule, earliest, high) if kind else _dateutil_rule(start, rule, earliest)
    stop = min(high, rule.until + timedelta(microseconds=1)) if rule.until is not None else high
    first = max(start, earliest)
    found: list[datetime] = []
    for moment in source:
        if moment >= stop:
            break
        if moment < first or moment in excluded:
            continue
        if moment >= low or moment + duration > low:
            found.append(moment)
            if len(found) >= MAX_OCCURRENCES:
                break
    return found


def last_start(start: datetime, rule: Recurrence) -> datetime | None:
    """The latest start the series can have (None when it never ends) — what `series_until` stores."""
    if rule.until is not None:
        return max(rule.until, start)
    if rule.count is None:
        return None
    last = start
    for last in _dateutil_rule(start, rule, None):  # noqa: B007 - the last one is what we want
        pass
    return last


def count_before(start: datetime, rule: Recurrence, moment: datetime) -> int:
    """How many occurrences the rule generates before `moment` (excluded ones counted, as COUNT counts them)."""
    counted = 0
    for occurrence in _dateutil_rule(start, rule, None):
        if occurrence >= moment:
            break
        counted += 1
    return counted


def is_occurrence(start: datetime, rule: Recurrence, moment: datetime) -> bool:
    """Whether the rule generates an occurrence exactly at `moment`."""
    return moment in occurrences(start, rule, moment, moment + timedelta(seconds=1))


def until_before(moment: datetime) -> datetime:
    """The UNTIL that ends a series just before the occurrence at `moment`."""
    return moment - timedelta(seconds=1)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0))
