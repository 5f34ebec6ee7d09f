"""The plain data the enquiries service takes and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from commsdesk.domain.choices import SourcedChoice
from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus, EnquiryStep
from commsdesk.i18n import LANGUAGES, format_date, language_name
from commsdesk.services.paging import ListSort


@dataclass(frozen=True)
class EnquiryInput:
    """An enquiry as entered (in the form, or by an import). `deadline_at` None: the default lead time."""

    received_at: datetime
    questions: tuple[str, ...]
    journalist: str = ""
    outlet: str = ""
    channel: EnquiryChannel = EnquiryChannel.PHONE
    contact_id: int | None = None
    journalist_email: str = ""
    journalist_phone: str = ""
    topic: str = ""
    tags: tuple[str, ...] = ()
    deadline_at: datetime | None = None
    facts_from: str = ""
    facts_asked_on: date | None = None
    facts_due_on: date | None = None
    facts_received_on: date | None = None
    approval_needed: bool = False
    approver: str = ""
    approved_on: date | None = None
    answers: dict[str, str] = field(default_factory=dict)  # language code → answer
    answered_at: datetime | None = None
    answered_via: EnquiryChannel | None = None
    status: EnquiryStatus = EnquiryStatus.NEW
    reason: str = ""
    note: str = ""
    release_id: int | None = None
    event_id: int | None = None
    activity_id: int | None = None


# The fields of an EnquiryInput that hold a vocabulary's value (stored as its code).
CHOICE_FIELDS: dict[str, type[SourcedChoice]] = {
    "channel": EnquiryChannel,
    "answered_via": EnquiryChannel,
    "status": EnquiryStatus,
}


@dataclass(frozen=True)
class EnquiryStepRow:
    kind: EnquiryStep
    at: datetime
    by: str
    note: str  # a status step: the new status's code; a dated step: the ISO date; a draft: its language

    def text(self) -> str:
        """The step in words, in the current language."""
        label = self.kind.label()
        if self.kind is EnquiryStep.STATUS and self.note in EnquiryStatus._value2member_map_:
            return f"{label}: {EnquiryStatus(self.note).label()}"
        if self.kind is EnquiryStep.DRAFT_WRITTEN and self.note in LANGUAGES:
            return f"{label}: {language_name(self.note)}"
        if self.note:
            try:
                return f"{label}: {format_date(date.fromisoformat(self.note))}"
            except ValueError:
                return f"{label}: {self.note}"
        return label


@dataclass(frozen=True)
class EnquiryDetails:
    """Everything the enquiry form shows."""

    id: int
    reference: str
    data: EnquiryInput
    deadline_at: datetime  # the deadline in force (the one given, or received + the lead time)
    anonymised: bool
    history: tuple[EnquiryStepRow, ...] = ()


@dataclass(frozen=True)
class EnquiryRow:
    """One line of the register's list (and of its export)."""

    id: int
    reference: str
    received_at: datetime
    journalist: str
    outlet: str
    topic: str
    first_question: str
    channel: EnquiryChannel
    status: EnquiryStatus
    deadline_at: datetime
    answered_at: datetime | None
    overdue: bool  # open and past the journalist's deadline
    waiting_for_facts: bool  # facts asked of a directorate and not received


@dataclass(frozen=True)
class EnquiryFilter:
    """Which enquiries the list shows: words to find, and optional narrowing."""

    search: str = ""
    year: int | None = None
    status: EnquiryStatus | None = None
    outlet: str | None = None
    topic: str | None = None
    overdue: bool = False
    first: date | None = None  # received on or after
    last: date | None = None  # received on or before


ENQUIRY_SORT_COLUMNS = ("reference", "received", "journalist", "outlet", "topic", "status", "deadline")
ENQUIRY_SORT = ListSort("reference", descending=True)


@dataclass(frozen=True)
class EnquiryDue:
    """An open enquiry's deadline, or facts asked of a directorate and still awaited — for the Due panel."""

    enquiry_id: int
    reference: str
    journalist: str
    outlet: str
    topic: str
    deadline_at: datetime
    facts_from: str = ""
    facts_due_on: date | None = None  # set: this item is the reminder to chase the facts

    @property
    def is_facts_reminder(self) -> bool:
        return self.facts_due_on is not None


@dataclass(frozen=True)
class StatementInput:
    topic: str
    texts: dict[str, str]  # language code → text
    approved_by: str = ""
    approved_on: date | None = None
    valid_from: date | None = None
    valid_until: date | None = None


@dataclass(frozen=True)
class StatementRow:
    id: int
    data: StatementInput
    expired: bool  # its validity ended before today: marked, and not offered for answers

    @property
    def topic(self) -> str:
        return self.data.topic


@dataclass(frozen=True)
class EnquirySettings:
    reference_format: str
    lead_hours: int
