"""Vocabularies of the event calendar: kinds of communication event and their statuses."""

from __future__ import annotations

from commsdesk.domain.choices import Choice
from commsdesk.i18n import translate

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
    def _labels(cls) -> dict[str, str]:
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


class EventStatus(Choice):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "planned": translate("EventStatus", "Planned"),
            "confirmed": translate("EventStatus", "Confirmed"),
            "held": translate("EventStatus", "Held"),
            "postponed": translate("EventStatus", "Postponed"),
            "cancelled": translate("EventStatus", "Cancelled"),
        }
