"""iCalendar (.ics) files: events written for Outlook/Google/Thunderbird, and read back from them.

Written: one VEVENT per event with DTSTART/DTEND in the event's zone (a VTIMEZONE is included), a series as RRULE
with its EXDATEs, an occurrence edited on its own as a VEVENT with the series' UID and a RECURRENCE-ID, and
commsdesk's own fields (kind, status, organiser, material date) as X-COMMSDESK-… properties.
Read: the same, plus Outlook's Windows time-zone names, UTC and floating times, all-day dates and DURATION.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from commsdesk.atomic_files import write_atomically
from commsdesk.domain.events import DEFAULT_TIME_ZONE, EventKind, EventStatus
from commsdesk.domain.recurrence import (
    RecurrenceError,
    is_known_zone,
    localize,
    normalize_rrule,
    wall_clock,
    zone_info,
)
from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.io.bounded_files import CALENDAR, Limits, read_bytes
from commsdesk.io.ics_event import IcsEvent

PRODID = "-//commsdesk//commsdesk calendar//EN"
_TO_ICS_STATUS = {"planned": "TENTATIVE", "confirmed": "CONFIRMED", "cancelled": "CANCELLED"}
_FROM_ICS_STATUS = {"TENTATIVE": "planned", "CONFIRMED": "confirmed", "CANCELLED": "cancelled"}


# -- writing -------------------------------------------------------------------------------------------------


def _moment(value: datetime, zone: str, all_day: bool) -> date | datetime:
    return value.date() if all_day else localize(value, zone)


def _component(item: IcsEvent, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("summary", item.title)
    event.add("dtstart", _moment(item.start, item.zone, item.all_day))
    if item.end is not None:
        event.add("dtend", _moment(item.end, item.zone, item.all_day))
    if item.recurrence_id is not None:
        event.add("recurrence-id", _moment(item.recurrence_id, item.zone, item.all_day))
    if item.rrule:
        event.add("rrule", icalendar.vRecur.from_ical(item.rrule))
        if item.exdates:
            event.add("exdate", [_moment(value, item.zone, item.all_day) for value in sorted(item.exdates)])
    if item.location:
        event.add("location", item.location)
    if item.description:
        event.add("description", item.description)
    if item.status in _TO_ICS_STATUS:
        event.add("status", _TO_ICS_STATUS[item.status])
    if item.status:
        event.add("x-commsdesk-status", item.status)
    if item.kind:
        event.add("x-commsdesk-kind", item.kind)
        event.add("categories", [EventKind(item.kind).label()])
    if item.organiser:
        event.add("x-commsdesk-organiser", item.organiser)
    if item.material_date is not None:
        event.add("x-commsdesk-material-date", item.material_date.isoformat())
    return event


def calendar_bytes(items: Iterable[IcsEvent], name: str = "") -> bytes:
    """The .ics text of `items`, with a VTIMEZONE for every zone they use."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if name:
        calendar.add("x-wr-calname", name)
    stamp = datetime.now(UTC).replace(microsecond=0)
    first = date(1970, 1, 1)
    for item in items:
        calendar.add_component(_component(item, stamp))
        first = min(first, item.start.date() - timedelta(days=366))
    calendar.add_missing_timezones(first_date=first, last_date=date(2100, 1, 1))
    return calendar.to_ical()


def write_ics(path: Path, items: Sequence[IcsEvent], name: str = "") -> Path:
    """Write `items` to `path` (atomically)."""
    data = calendar_bytes(items, name)
    return write_atomically(path, lambda target: target.write_bytes(data))


# -- reading -------------------------------------------------------------------------------------------------


def _same_clock(zone: str, around: datetime) -> bool:
    """Whether `zone` shows the same wall clock as the default zone, week by week, for years around `around`."""
    first = datetime(around.year - 1, 1, 1, 12, tzinfo=UTC)
    theirs, ours = zone_info(zone), zone_info(DEFAULT_TIME_ZONE)
    return all(
        (first + timedelta(days=3 * step)).astimezone(theirs).utcoffset()
        == (first + timedelta(days=3 * step)).astimezone(ours).utcoffset()
        for step in range(0, 122 * 12)
    )


def _zone_of(value: datetime, tzid: str | None) -> str:
    """The IANA zone an aware time from a file is in: the default zone when it keeps the same clock or is unknown.

    Outlook writes Windows names ("Central Europe Standard Time" → Europe/Budapest); an event there is shown and
    stored as Europe/Belgrade, which has kept the same clock for decades.
    """
    candidates = [getattr(value.tzinfo, "key", None) or ""]
    if tzid:
        cleaned = tzid.strip('"/ ')
        candidates += [cleaned, WINDOWS_TO_OLSON.get(cleaned, "")]
    for candidate in candidates:
        if candidate and candidate != "UTC" and is_known_zone(candidate):
            return DEFAULT_TIME_ZONE if _same_clock(candidate, value.replace(tzinfo=None)) else candidate
    return DEFAULT_TIME_ZONE


def _wall(value: date | datetime, zone: str, clock: time | None = None) -> datetime:
    """A DATE or DATE-TIME of the file as a wall-clock time in `zone`."""
    if not isinstance(value, datetime):
        return datetime.combine(value, clock or time(0))
    if value.tzinfo is None:
        return value  # floating: the wall clock wherever you are
    return wall_clock(value, zone)


def _text(component: icalendar.Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def _dates(component: icalendar.Component, name: str) -> list[date | datetime]:
    values = component.get(name)
    if values is None:
        return []
    found = []
    for group in values if isinstance(values, list) else [values]:
        found.extend(item.dt for item in getattr(group, "dts", []))
    return found


def _organiser(component: icalendar.Component) -> str:
    own = _text(component, "X-COMMSDESK-ORGANISER")
    if own:
        return own
    organizer = component.get("ORGANIZER")
    if organizer is None:
        return ""
    name = organizer.params.get("CN", "") if hasattr(organizer, "params") else ""
    return str(name or str(organizer).removeprefix("mailto:").removeprefix("MAILTO:")).strip()


def _event(component: icalendar.Component) -> IcsEvent | None:
    if component.get("DTSTART") is None:
        return None
    start_value = component.decoded("DTSTART")
    all_day = not isinstance(start_value, datetime)
    tzid = component["DTSTART"].params.get("TZID") if hasattr(component["DTSTART"], "params") else None
    zone = DEFAULT_TIME_ZONE if all_day else _zone_of(start_value, tzid)
    start = _wall(start_value, zone)
    if component.get("DTEND") is not None:
        end: datetime | None = _wall(component.decoded("DTEND"), zone)
    elif component.get("DURATION") is not None:
        end = start + component.decoded("DURATION")
    else:
        end = start + timedelta(days=1) if all_day else None
    problem = ""
    rrule = None
    if component.get("RRULE") is not None:
        recur = component.get("RRULE")
        text = (recur[0] if isinstance(recur, list) else recur).to_ical().decode()
        try:
            rrule = normalize_rrule(text, zone, all_day)
        except RecurrenceError:
            problem = translate("CalendarImport", "its repetition ({rule}) is not supported").format(rule=text)
    exdates = tuple(sorted({_wall(value, zone, start.time()) for value in _dates(component, "EXDATE")}))
    recurrence_id = None
    if component.get("RECURRENCE-ID") is not None:
        recurrence_id = _wall(component.decoded("RECURRENCE-ID"), zone, start.time())
    uid = (
        _text(component, "UID")
        or "generated-" + hashlib.sha1(f"{_text(component, 'SUMMARY')}|{start.isoformat()}".encode()).hexdigest()
    )
    kind = _text(component, "X-COMMSDESK-KIND")
    status = _text(component, "X-COMMSDESK-STATUS") or _FROM_ICS_STATUS.get(_text(component, "STATUS").upper())
    material = _text(component, "X-COMMSDESK-MATERIAL-DATE")
    try:
        material_date = date.fromisoformat(material) if material else None
    except ValueError:
        material_date = None
    return IcsEvent(
        uid=uid,
        title=_text(component, "SUMMARY"),
        start=start,
        end=end,
        all_day=all_day,
        zone=zone,
        rrule=rrule,
        exdates=exdates if rrule else (),
        recurrence_id=recurrence_id,
        location=_text(component, "LOCATION"),
        description=_text(component, "DESCRIPTION"),
        organiser=_organiser(component),
        kind=kind if kind in EventKind._value2member_map_ else None,
        status=status if status in EventStatus._value2member_map_ else None,
        material_date=material_date,
        problem=problem,
    )


def parse_ics(data: bytes, name: str = "") -> list[IcsEvent]:
    """The events of an .ics file's content; raises UserError when it is not iCalendar (a vCard, say, which
    the parser reads as a component of another name)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # icalendar warns about vendor time-zone guesses it then makes anyway
            calendars = icalendar.Calendar.from_ical(data, multiple=True)
            if not calendars or any(calendar.name != "VCALENDAR" for calendar in calendars):
                raise ValueError("not a VCALENDAR")
            found = []
            for calendar in calendars:
                for component in calendar.walk("VEVENT"):
                    item = _event(component)
                    if item is not None:
                        found.append(item)
    except (ValueError, KeyError, TypeError, IndexError) as error:
        raise UserError(
            translate("Errors", "{file} is not an iCalendar (.ics) file this program can read.").format(file=name)
        ) from error
    return found


def read_ics(path: Path, limits: Limits = CALENDAR) -> list[IcsEvent]:
    """The events of the .ics file at `path`, which must be no bigger than the limit (the icalendar library holds
    the whole calendar in memory, at some 15 times its size)."""
    path = Path(path)
    return parse_ics(read_bytes(path, limits.max_bytes), path.name)
