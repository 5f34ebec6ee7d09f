"""The plain records of the journalists' enquiries that their files carry: a row of the register's table (what an
old list of enquiries is imported from and the register is exported to) and the figures of the report for a period.
The services make them, `io/` and `reports/` read and write them.

The vocabularies (`domain.enquiries`) name themselves in any language with `label_in`, for files written in a
language other than the window's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from commsdesk.domain.choices import QT_TRANSLATE_NOOP
from commsdesk.domain.enquiries import ANSWER_LANGUAGES, EnquiryChannel, EnquiryStatus
from commsdesk.domain.figures import share
from commsdesk.i18n import catalog

# The columns of an import, in their order (see `services/enquiries/files.py`). `answer` is in `answer_language`;
# `answer_sq`, `answer_sr` and `answer_en` hold an answer in each language (the export writes these).
COLUMNS = (
    "number",
    "received",
    "journalist",
    "outlet",
    "email",
    "phone",
    "channel",
    "topic",
    "tags",
    "questions",
    "deadline",
    "status",
    "answered",
    "answer",
    "answer_language",
    "answer_sq",
    "answer_sr",
    "answer_en",
    "reason",
    "note",
)
ANSWER_COLUMNS = {language: f"answer_{language}" for language in ANSWER_LANGUAGES}
EXPORT_COLUMNS = tuple(column for column in COLUMNS if column not in ("answer", "answer_language"))
REQUIRED_COLUMNS = ("received", "journalist", "channel", "questions")

# The columns' headers, as the XLSX export writes them in its language (the CSV export writes the codes).
HEADERS = {
    "number": QT_TRANSLATE_NOOP("EnquiryColumns", "Number"),
    "received": QT_TRANSLATE_NOOP("EnquiryColumns", "Received"),
    "journalist": QT_TRANSLATE_NOOP("EnquiryColumns", "Journalist"),
    "outlet": QT_TRANSLATE_NOOP("EnquiryColumns", "Outlet"),
    "email": QT_TRANSLATE_NOOP("EnquiryColumns", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("EnquiryColumns", "Phone"),
    "channel": QT_TRANSLATE_NOOP("EnquiryColumns", "Channel"),
    "topic": QT_TRANSLATE_NOOP("EnquiryColumns", "Topic"),
    "tags": QT_TRANSLATE_NOOP("EnquiryColumns", "Tags"),
    "questions": QT_TRANSLATE_NOOP("EnquiryColumns", "Questions"),
    "deadline": QT_TRANSLATE_NOOP("EnquiryColumns", "Deadline"),
    "status": QT_TRANSLATE_NOOP("EnquiryColumns", "Status"),
    "answered": QT_TRANSLATE_NOOP("EnquiryColumns", "Answered"),
    "answer": QT_TRANSLATE_NOOP("EnquiryColumns", "Answer"),
    "answer_language": QT_TRANSLATE_NOOP("EnquiryColumns", "Language of the answer"),
    "answer_sq": QT_TRANSLATE_NOOP("EnquiryColumns", "Answer in Albanian"),
    "answer_sr": QT_TRANSLATE_NOOP("EnquiryColumns", "Answer in Serbian"),
    "answer_en": QT_TRANSLATE_NOOP("EnquiryColumns", "Answer in English"),
    "reason": QT_TRANSLATE_NOOP("EnquiryColumns", "Reason (declined or no comment)"),
    "note": QT_TRANSLATE_NOOP("EnquiryColumns", "Note"),
}


def header_in(column: str, language: str) -> str:
    """The header of `column` in `language`."""
    return catalog(language).translate("EnquiryColumns", HEADERS[column])


# What the list and the files show for the journalist of an enquiry whose personal data were erased.
ERASED = QT_TRANSLATE_NOOP("Enquiries", "(personal data erased)")


def erased_in(language: str) -> str:
    """ERASED in `language`."""
    return catalog(language).translate("Enquiries", ERASED)


@dataclass(frozen=True)
class EnquiryRecord:
    """One enquiry as a row of the register's table.

    `number` is the enquiry's number within its year (`14` of `P-2026/014`); the export also fills `reference` (as
    the register shows it). `status` None: as the row implies (answered if it has an answer time, else new).
    `erased`: the journalist's personal data were erased (their name, e-mail and phone are empty)."""

    received_at: datetime
    journalist: str
    channel: EnquiryChannel
    questions: tuple[str, ...]
    number: int | None = None
    outlet: str = ""
    email: str = ""
    phone: str = ""
    topic: str = ""
    tags: tuple[str, ...] = ()
    deadline_at: datetime | None = None
    status: EnquiryStatus | None = None
    answered_at: datetime | None = None
    answers: dict[str, str] = field(default_factory=dict)  # language code → the answer
    reason: str = ""
    note: str = ""
    reference: str = ""
    erased: bool = False


@dataclass(frozen=True)
class ListedEnquiry:
    """One enquiry as the report lists it: no journalist, no question, no answer."""

    reference: str
    received_at: datetime
    outlet: str
    topic: str
    channel: EnquiryChannel
    status: EnquiryStatus
    deadline_at: datetime
    answered_at: datetime | None
    overdue: bool  # still open, past the deadline, when the report was counted

    @property
    def answered(self) -> bool:
        return self.status is EnquiryStatus.ANSWERED

    @property
    def late(self) -> bool:
        """Answered after the deadline, or still open past it."""
        if self.answered:
            return self.answered_at is not None and self.answered_at > self.deadline_at
        return self.overdue

    @property
    def minutes_to_answer(self) -> int | None:
        """From received to answered, for an answered enquiry."""
        if not self.answered or self.answered_at is None:
            return None
        return int((self.answered_at - self.received_at).total_seconds() // 60)


@dataclass(frozen=True)
class CountedEnquiries:
    """The figures of the report on journalists' enquiries for one period, with the list itself; no personal data.

    Every figure is about the enquiries received in [first, last], as they stand at `as_of`. Answered in time or
    late, and the times to answer, count the answered enquiries; declined and "no comment" ones are counted apart."""

    first: date
    last: date
    received: int
    by_outlet: dict[str, int]  # outlet as written ("" = none named) → enquiries, most first
    by_topic: dict[str, int]  # topic as written ("" = none) → enquiries, most first
    by_channel: dict[EnquiryChannel, int]
    by_status: dict[EnquiryStatus, int]
    answered_in_time: int
    answered_late: int
    overdue: int  # still open past the deadline
    median_minutes: float | None = None  # from received to answered
    longest_minutes: int | None = None
    listed: tuple[ListedEnquiry, ...] = ()
    as_of: datetime | None = None

    @property
    def answered(self) -> int:
        return self.answered_in_time + self.answered_late

    @property
    def in_time_share(self) -> float | None:
        """Answered before the deadline, as a percentage (0–100) of the answered; None when none was."""
        return share(self.answered_in_time, self.answered) if self.answered else None

    @property
    def declined(self) -> int:
        return self.by_status.get(EnquiryStatus.DECLINED, 0)

    @property
    def no_comment(self) -> int:
        return self.by_status.get(EnquiryStatus.NO_COMMENT, 0)

    @property
    def still_open(self) -> int:
        return sum(count for status, count in self.by_status.items() if status.is_open)

    @property
    def median_hours(self) -> float | None:
        return None if self.median_minutes is None else self.median_minutes / 60

    @property
    def longest_hours(self) -> float | None:
        return None if self.longest_minutes is None else self.longest_minutes / 60
