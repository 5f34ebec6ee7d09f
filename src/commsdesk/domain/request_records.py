"""The plain records of the document-request register that its files carry: a row of the register's table (what
the old register is imported from and the register is exported to) and the figures of the report to the
Information and Privacy Agency. The services make them, `io/` and `reports/` read and write them.

The vocabularies (`domain.requests`) name themselves in any language with `label_in`, for files written in a
language other than the window's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from commsdesk.domain.contacts import QT_TRANSLATE_NOOP
from commsdesk.domain.requests import (
    RefusalGround,
    RequestChannel,
    RequesterType,
    RequestOutcome,
    RequestStatus,
)
from commsdesk.i18n import catalog

# The columns of the register's files, in their order; all but `received` and `subject` may be left out or empty.
# `deadline` and `days_late` are written by the export and ignored by the import (the clock computes them).
COLUMNS = (
    "number",
    "received",
    "requester",
    "requester_type",
    "channel",
    "subject",
    "urgent",
    "clarification_asked",
    "clarification_received",
    "extended_on",
    "forwarded_on",
    "forwarded_to",
    "decided",
    "status",
    "outcome",
    "refusal_ground",
    "complaint_on",
    "complaint_outcome",
    "court_on",
    "court_outcome",
    "cost_eur",
    "note",
)
COMPUTED_COLUMNS = ("deadline", "days_late")
EXPORT_COLUMNS = (*COLUMNS, *COMPUTED_COLUMNS)

# The columns' headers, as the XLSX export writes them in its language (the CSV export writes the codes).
HEADERS = {
    "number": QT_TRANSLATE_NOOP("RequestColumns", "Number"),
    "received": QT_TRANSLATE_NOOP("RequestColumns", "Received"),
    "requester": QT_TRANSLATE_NOOP("RequestColumns", "Requester"),
    "requester_type": QT_TRANSLATE_NOOP("RequestColumns", "Requester type"),
    "channel": QT_TRANSLATE_NOOP("RequestColumns", "Channel"),
    "subject": QT_TRANSLATE_NOOP("RequestColumns", "Documents requested"),
    "urgent": QT_TRANSLATE_NOOP("RequestColumns", "Urgent"),
    "clarification_asked": QT_TRANSLATE_NOOP("RequestColumns", "Clarification asked"),
    "clarification_received": QT_TRANSLATE_NOOP("RequestColumns", "Clarification received"),
    "extended_on": QT_TRANSLATE_NOOP("RequestColumns", "Deadline extended on"),
    "forwarded_on": QT_TRANSLATE_NOOP("RequestColumns", "Forwarded on"),
    "forwarded_to": QT_TRANSLATE_NOOP("RequestColumns", "Forwarded to"),
    "decided": QT_TRANSLATE_NOOP("RequestColumns", "Decided on"),
    "status": QT_TRANSLATE_NOOP("RequestColumns", "Status"),
    "outcome": QT_TRANSLATE_NOOP("RequestColumns", "Outcome"),
    "refusal_ground": QT_TRANSLATE_NOOP("RequestColumns", "Legal ground for refusal"),
    "complaint_on": QT_TRANSLATE_NOOP("RequestColumns", "Complaint to the Agency on"),
    "complaint_outcome": QT_TRANSLATE_NOOP("RequestColumns", "Outcome of the complaint"),
    "court_on": QT_TRANSLATE_NOOP("RequestColumns", "Court case on"),
    "court_outcome": QT_TRANSLATE_NOOP("RequestColumns", "Outcome of the court case"),
    "cost_eur": QT_TRANSLATE_NOOP("RequestColumns", "Cost of copies (€)"),
    "note": QT_TRANSLATE_NOOP("RequestColumns", "Note"),
    "deadline": QT_TRANSLATE_NOOP("RequestColumns", "Deadline"),
    "days_late": QT_TRANSLATE_NOOP("RequestColumns", "Days late"),
}
YES = QT_TRANSLATE_NOOP("RequestColumns", "Yes")


def header_in(column: str, language: str) -> str:
    """The header of `column` in `language`."""
    return catalog(language).translate("RequestColumns", HEADERS[column])


def yes_in(value: bool, language: str) -> str:
    """`Yes` in `language` for true, empty for false (so that the marked rows stand out)."""
    return catalog(language).translate("RequestColumns", YES) if value else ""


@dataclass(frozen=True)
class RegisterRecord:
    """One request as a row of the register's table.

    `number` is the request's number within its year (`14` of `2026/014`); the export also fills `reference`
    (as the register shows it), `deadline` and `days_late`."""

    received_at: datetime
    subject: str
    number: int | None = None
    requester: str = ""
    requester_type: RequesterType = RequesterType.OTHER
    channel: RequestChannel = RequestChannel.OTHER
    urgent: bool = False
    clarification_asked: date | None = None
    clarification_received: date | None = None
    extended_on: date | None = None
    forwarded_on: date | None = None
    forwarded_to: str = ""
    decided_on: date | None = None
    status: RequestStatus | None = None  # None: as the outcome (or the clarification) implies
    outcome: RequestOutcome | None = None
    refusal_ground: str = ""  # a RefusalGround code
    complaint_on: date | None = None
    complaint_outcome: str = ""
    court_on: date | None = None
    court_outcome: str = ""
    cost_cents: int = 0
    note: str = ""
    reference: str = ""
    deadline: date | None = None
    days_late: int = 0


@dataclass(frozen=True)
class CountedRequests:
    """The figures of the report to the Information and Privacy Agency for one period; no personal data.

    Every figure is about the requests received in [first, last], as they stand on `as_of`."""

    first: date
    last: date
    received: int
    by_type: dict[RequesterType, int]
    by_channel: dict[RequestChannel, int]
    by_outcome: dict[RequestOutcome, int]
    refused_by_ground: dict[str, int]  # RefusalGround code → refusals and partial refusals on that ground
    pending: int
    decided_in_time: int
    decided_late: int
    overdue_open: int  # still open past the deadline: deemed refused
    extended: int
    urgent: int
    complaints: int
    complaint_outcomes: dict[str, int] = field(default_factory=dict)  # the outcome as written ("" = none yet)
    court_cases: int = 0
    median_days: float | None = None  # from registration to decision, decided requests only
    longest_days: int | None = None
    cost_cents: int = 0
    as_of: date | None = None

    @property
    def decided(self) -> int:
        """Requests decided or forwarded (withdrawn ones are neither in time nor late)."""
        return self.decided_in_time + self.decided_late


# -- names in any language -----------------------------------------------------------------------------------------


def ground_label_in(code: str, language: str) -> str:
    """The name of a legal ground by its code in `language` (an unknown code as it is)."""
    if code in RefusalGround._value2member_map_:
        return RefusalGround(code).label_in(language)
    return code
