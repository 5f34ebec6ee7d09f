"""Journalists' enquiries and the approved statements ("lines to take") the office may answer with.

An enquiry arrives by phone, e-mail, in person, on social media or by message; the officer gets the facts from a
directorate, has the answer approved where that is needed, and replies before the journalist's deadline. Its
workflow: new → waiting for input → drafted → approved → answered, or declined / "no comment" with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from commsdesk.domain.choices import QT_TRANSLATE_NOOP, SourcedChoice

LEAD_TIME_SETTING = "enquiry_lead_hours"
REFERENCE_SETTING = "enquiry_reference_format"
DEFAULT_LEAD_HOURS = 24  # a journalist who names no deadline is answered within a day
DEFAULT_REFERENCE_FORMAT = "P-{year}/{number:03d}"
REMIND_HOURS_BEFORE = 24  # the Due panel shows an enquiry from a day before its deadline
MAX_QUESTIONS = 50
ANSWER_LANGUAGES = ("sq", "sr", "en")


class EnquiryChannel(SourcedChoice):
    PHONE = "phone"
    EMAIL = "email"
    IN_PERSON = "in_person"
    SOCIAL_MEDIA = "social_media"
    MESSAGE = "message"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "phone": QT_TRANSLATE_NOOP("EnquiryChannel", "Phone"),
            "email": QT_TRANSLATE_NOOP("EnquiryChannel", "E-mail"),
            "in_person": QT_TRANSLATE_NOOP("EnquiryChannel", "In person"),
            "social_media": QT_TRANSLATE_NOOP("EnquiryChannel", "Social media"),
            "message": QT_TRANSLATE_NOOP("EnquiryChannel", "Message (SMS, Viber, WhatsApp)"),
        }


class EnquiryStatus(SourcedChoice):
    NEW = "new"
    WAITING_FOR_INPUT = "waiting_for_input"
    DRAFTED = "drafted"
    APPROVED = "approved"
    ANSWERED = "answered"
    DECLINED = "declined"
    NO_COMMENT = "no_comment"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "new": QT_TRANSLATE_NOOP("EnquiryStatus", "New"),
            "waiting_for_input": QT_TRANSLATE_NOOP("EnquiryStatus", "Waiting for input"),
            "drafted": QT_TRANSLATE_NOOP("EnquiryStatus", "Answer drafted"),
            "approved": QT_TRANSLATE_NOOP("EnquiryStatus", "Answer approved"),
            "answered": QT_TRANSLATE_NOOP("EnquiryStatus", "Answered"),
            "declined": QT_TRANSLATE_NOOP("EnquiryStatus", "Declined"),
            "no_comment": QT_TRANSLATE_NOOP("EnquiryStatus", "No comment"),
        }

    @property
    def is_open(self) -> bool:
        """Whether the journalist still waits for the office."""
        return self in OPEN_STATUSES

    @property
    def needs_reason(self) -> bool:
        return self in (EnquiryStatus.DECLINED, EnquiryStatus.NO_COMMENT)


OPEN_STATUSES = (
    EnquiryStatus.NEW,
    EnquiryStatus.WAITING_FOR_INPUT,
    EnquiryStatus.DRAFTED,
    EnquiryStatus.APPROVED,
)
CLOSED_STATUSES = (EnquiryStatus.ANSWERED, EnquiryStatus.DECLINED, EnquiryStatus.NO_COMMENT)


class EnquiryStep(SourcedChoice):
    """What a step in an enquiry's history records."""

    REGISTERED = "registered"
    EDITED = "edited"
    STATUS = "status"
    FACTS_ASKED = "facts_asked"
    FACTS_RECEIVED = "facts_received"
    APPROVED = "approved"
    ANSWERED = "answered"
    DRAFT_WRITTEN = "draft_written"
    ANONYMISED = "anonymised"

    @classmethod
    def _context(cls) -> str:
        return "EnquiryStepKind"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "registered": QT_TRANSLATE_NOOP("EnquiryStepKind", "Received"),
            "edited": QT_TRANSLATE_NOOP("EnquiryStepKind", "Edited"),
            "status": QT_TRANSLATE_NOOP("EnquiryStepKind", "Status changed"),
            "facts_asked": QT_TRANSLATE_NOOP("EnquiryStepKind", "Facts asked"),
            "facts_received": QT_TRANSLATE_NOOP("EnquiryStepKind", "Facts received"),
            "approved": QT_TRANSLATE_NOOP("EnquiryStepKind", "Answer approved"),
            "answered": QT_TRANSLATE_NOOP("EnquiryStepKind", "Answer sent"),
            "draft_written": QT_TRANSLATE_NOOP("EnquiryStepKind", "E-mail draft written"),
            "anonymised": QT_TRANSLATE_NOOP("EnquiryStepKind", "Personal data erased"),
        }


def default_deadline(received_at: datetime, lead_hours: int) -> datetime:
    """The deadline of an enquiry whose journalist named none: `lead_hours` after it came."""
    return received_at + timedelta(hours=lead_hours)


def is_late(deadline_at: datetime, now: datetime) -> bool:
    return now > deadline_at


def answered_in_time(deadline_at: datetime, answered_at: datetime | None) -> bool:
    return answered_at is not None and answered_at <= deadline_at


@dataclass(frozen=True)
class Validity:
    """When an approved statement may be used: from `valid_from` (inclusive) until `valid_until` (inclusive)."""

    valid_from: date | None = None
    valid_until: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )

    def expired_on(self, day: date) -> bool:
        return self.valid_until is not None and self.valid_until < day
