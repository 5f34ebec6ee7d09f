"""Vocabularies of the event calendar: kinds of communication event, statuses, edit scopes, day and month names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from commsdesk.domain.choices import Choice
from commsdesk.i18n import translate as _current

Translate = Callable[[str, str], str]

DEFAULT_TIME_ZONE = "Europe/Belgrade"


class EventKind(Choice):
    PRESS_CONFERENCE = "press_conference"
    INTERVIEW = "interview"
    PUBLIC_MEETING = "public_meeting"
    PUBLIC_HEARING = "public_hearing"
    ASSEMBLY_SESSION = "assembly_session"
    COMMITTEE_MEETING = "committee_meeting"
    BOARD_MEETING = "board_meeting"
    MAYOR_MEETING = "mayor_meeting"
    VILLAGE_COUNCILS = "village_councils"
    CULTURAL = "cultural"
    TENDER_OPENING = "tender_opening"
    OPEN_DAY = "open_day"
    ROUND_TABLE = "round_table"
    TRAINING = "training"
    CAMPAIGN = "campaign"
    OTHER = "other"

    @classmethod
    def _labels(cls, translate: Translate = _current) -> dict[str, str]:
        return {
            "press_conference": translate("EventKind", "Press conference"),
            "interview": translate("EventKind", "Interview / statement"),
            "public_meeting": translate("EventKind", "Public meeting with citizens"),
            "public_hearing": translate("EventKind", "Public hearing"),
            "assembly_session": translate("EventKind", "Municipal assembly session"),
            "committee_meeting": translate("EventKind", "Assembly committee meeting"),
            "board_meeting": translate("EventKind", "Board of directors' meeting"),
            "mayor_meeting": translate("EventKind", "Mayor's meeting"),
            "village_councils": translate("EventKind", "Meeting with village councils"),
            "cultural": translate("EventKind", "Cultural event / anniversary"),
            "tender_opening": translate("EventKind", "Tender opening"),
            "open_day": translate("EventKind", "Open day"),
            "round_table": translate("EventKind", "Round table"),
            "training": translate("EventKind", "Training"),
            "campaign": translate("EventKind", "Campaign activity"),
            "other": translate("EventKind", "Other"),
        }

    def label_in(self, translate: Translate) -> str:
        """The name in the language of `translate` (a report's, which may not be the window's)."""
        return self._labels(translate)[self.value]


class EventStatus(Choice):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls, translate: Translate = _current) -> dict[str, str]:
        return {
            "planned": translate("EventStatus", "Planned"),
            "confirmed": translate("EventStatus", "Confirmed"),
            "held": translate("EventStatus", "Held"),
            "postponed": translate("EventStatus", "Postponed"),
            "cancelled": translate("EventStatus", "Cancelled"),
        }

    def label_in(self, translate: Translate) -> str:
        """The name in the language of `translate` (a report's, which may not be the window's)."""
        return self._labels(translate)[self.value]


class EditScope(Choice):
    """Which occurrences of a repeating event an edit or a deletion applies to."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"

    @classmethod
    def _labels(cls, translate: Translate = _current) -> dict[str, str]:
        return {
            "this": translate("EditScope", "Only this occurrence"),
            "following": translate("EditScope", "This and the following occurrences"),
            "all": translate("EditScope", "All occurrences"),
        }


def weekday_names(translate: Translate = _current) -> list[str]:
    """Monday … Sunday in the current language (or that of `translate`)."""
    return [
        translate("Weekday", "Monday"),
        translate("Weekday", "Tuesday"),
        translate("Weekday", "Wednesday"),
        translate("Weekday", "Thursday"),
        translate("Weekday", "Friday"),
        translate("Weekday", "Saturday"),
        translate("Weekday", "Sunday"),
    ]


def weekday_short_names(translate: Translate = _current) -> list[str]:
    """Mon … Sun in the current language, for column headers."""
    return [
        translate("Weekday", "Mon"),
        translate("Weekday", "Tue"),
        translate("Weekday", "Wed"),
        translate("Weekday", "Thu"),
        translate("Weekday", "Fri"),
        translate("Weekday", "Sat"),
        translate("Weekday", "Sun"),
    ]


def month_names(translate: Translate = _current) -> list[str]:
    """January … December in the current language (nominative, as a calendar heading writes it)."""
    return [
        translate("Month", "January"),
        translate("Month", "February"),
        translate("Month", "March"),
        translate("Month", "April"),
        translate("Month", "May"),
        translate("Month", "June"),
        translate("Month", "July"),
        translate("Month", "August"),
        translate("Month", "September"),
        translate("Month", "October"),
        translate("Month", "November"),
        translate("Month", "December"),
    ]


def week_start(day: date) -> date:
    """The Monday of `day`'s week (weeks start on Monday)."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class AgendaEntry:
    """One occurrence of an event as the printed week plan and the range workbook show it."""

    start: datetime
    end: datetime | None
    all_day: bool
    kind: EventKind
    status: EventStatus
    title: str
    location: str = ""
    organiser: str = ""
    media: tuple[str, ...] = ()
    description: str = ""
    recurring: bool = False
    releases: tuple[str, ...] = ()
    activity: str = ""

    def days(self) -> list[date]:
        """The days the occurrence covers (an all-day or overnight event may cover several)."""
        first = self.start.date()
        if self.end is None or self.end <= self.start:
            return [first]
        last = (self.end - timedelta(microseconds=1)).date() if self.end.time() == time(0) else self.end.date()
        return [first + timedelta(days=offset) for offset in range((max(last, first) - first).days + 1)]
