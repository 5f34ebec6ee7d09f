"""The plain data the document-requests service takes and returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from commsdesk.domain.choices import SourcedChoice
from commsdesk.domain.request_letters import LetterKind

# The report's figures live in the domain, so that `reports/` can read them without importing the services.
from commsdesk.domain.request_records import CountedRequests as CountedRequests
from commsdesk.domain.requests import (
    Deadline,
    DeadlineRules,
    DocumentForm,
    RequestChannel,
    RequesterType,
    RequestOutcome,
    RequestStatus,
    StepKind,
)
from commsdesk.i18n import format_date
from commsdesk.services.attachments_data import AttachmentRow
from commsdesk.services.paging import ListSort
from commsdesk.services.register_files import ImportResult


@dataclass(frozen=True)
class RequestInput:
    """A request as entered (in the form, or by an import)."""

    received_at: datetime
    subject: str
    requester_name: str = ""
    requester_type: RequesterType = RequesterType.CITIZEN
    channel: RequestChannel = RequestChannel.EMAIL
    anonymous: bool = False
    requester_address: str = ""
    requester_language: str = "sq"
    contact_id: int | None = None
    form: DocumentForm = DocumentForm.ELECTRONIC
    urgent: bool = False
    urgent_reason: str = ""
    holder_unit: str = ""
    status: RequestStatus = RequestStatus.REGISTERED
    outcome: RequestOutcome | None = None
    withheld: str = ""
    refusal_ground: str = ""  # domain.requests.RefusalGround code
    harm_test: str = ""
    public_interest_test: str = ""
    forwarded_to: str = ""
    forwarded_on: date | None = None
    clarification_asked: date | None = None
    clarification_received: date | None = None
    extended_on: date | None = None
    extension_reason: str = ""
    decided_on: date | None = None
    delivered_on: date | None = None
    cost_cents: int = 0
    complaint_on: date | None = None
    complaint_outcome: str = ""
    court_on: date | None = None
    court_outcome: str = ""
    note: str = ""
    activity_id: int | None = None


# The fields of a RequestInput that hold a vocabulary's value (stored as its code).
CHOICE_FIELDS: dict[str, type[SourcedChoice]] = {
    "requester_type": RequesterType,
    "channel": RequestChannel,
    "form": DocumentForm,
    "status": RequestStatus,
    "outcome": RequestOutcome,
}


def status_note(status: RequestStatus, outcome: RequestOutcome | None) -> str:
    """What a status step stores: the codes of the new status and outcome (`decided:refused`)."""
    return f"{status.value}:{outcome.value}" if outcome is not None else status.value


@dataclass(frozen=True)
class StepRow:
    kind: StepKind
    at: datetime
    by: str
    note: str  # a status step: `status_note`; a dated step: the ISO date; a letter or file: its name

    def text(self) -> str:
        """The step in words, in the current language."""
        label = self.kind.label()
        if self.kind is StepKind.STATUS:
            status, _, outcome = self.note.partition(":")
            if status in RequestStatus._value2member_map_:
                words = RequestStatus(status).label()
                if outcome in RequestOutcome._value2member_map_:
                    words += f" ({RequestOutcome(outcome).label()})"
                return f"{label}: {words}"
        if self.kind is StepKind.LETTER and self.note in LetterKind._value2member_map_:
            return f"{label}: {LetterKind(self.note).label()}"
        if self.note:
            try:
                return f"{label}: {format_date(date.fromisoformat(self.note))}"
            except ValueError:
                return f"{label}: {self.note}"
        return label


@dataclass(frozen=True)
class RequestDetails:
    """Everything the request form shows."""

    id: int
    reference: str
    data: RequestInput
    rules: DeadlineRules
    deadline: Deadline
    forwarding_deadline: date
    anonymised: bool
    history: tuple[StepRow, ...] = ()
    files: tuple[AttachmentRow, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.data.status.is_open


@dataclass(frozen=True)
class RequestRow:
    """One line of the register's list (and of its export)."""

    id: int
    reference: str
    received_at: datetime
    requester: str
    requester_type: RequesterType
    channel: RequestChannel
    subject: str
    status: RequestStatus
    outcome: RequestOutcome | None
    urgent: bool
    deadline: date | None
    deadline_at: datetime | None  # urgent requests: the moment
    decided_on: date | None
    days_late: int  # days past the deadline (open: until today; decided: until the decision); 0 when in time
    overdue: bool  # open, past its deadline and not waiting for the requester: deemed refused
    paused: bool  # waiting for the requester's clarification


@dataclass(frozen=True)
class RequestFilter:
    """Which requests the list shows: words to find in number, requester and subject, and optional narrowing."""

    search: str = ""
    year: int | None = None
    status: RequestStatus | None = None
    outcome: RequestOutcome | None = None
    requester_type: RequesterType | None = None
    overdue: bool = False
    first: date | None = None  # received on or after
    last: date | None = None  # received on or before
    ids: tuple[int, ...] | None = None  # only these requests (a requester's, for their personal data)


REQUEST_SORT_COLUMNS = ("reference", "received", "requester", "type", "subject", "status", "outcome", "deadline")
REQUEST_SORT = ListSort("reference", descending=True)


@dataclass(frozen=True)
class RequestDue:
    """An open request's decision deadline, for the Due panel and `commsdesk due`."""

    request_id: int
    reference: str
    subject: str
    deadline: date
    deadline_at: datetime | None
    urgent: bool


@dataclass(frozen=True)
class RequestSettings:
    reference_format: str
    rules: DeadlineRules
    retention_years: int


# What an import did: `unchanged` rows were already in the register (same number, or same received time, requester
# and subject).
RequestImportResult = ImportResult
