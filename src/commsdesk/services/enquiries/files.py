"""The enquiries' files, as the window and the command line both read and write them: a list of enquiries imported
(CSV or XLSX), the register exported, and the report for a quarter, year or date range (PDF or XLSX).

**Importing** is one transaction: every row is read and checked first (the format's problems from
`io/enquiries_table.py`, then the form's own checks), and if any row has a problem nothing is written and one
message names every bad row with its number and reason. A row already in the register — its number is taken in its
year, or an enquiry received the same minute from the same outlet with the same questions exists (or came earlier
in the file) — is left as it is and counted as unchanged, so that importing a file twice adds nothing (also after a
journalist's personal data were erased). A row keeps its number (its year is the year received); the others get the
next numbers of their year, in the file's order. The columns (headers in English, Albanian or Serbian; codes or
words in any of the three for channel and status):

- `number` (optional): the enquiry's number in its year, or its reference (`P-2026/014`);
- `received` (required): when it came, `DD.MM.YYYY HH:MM`;
- `journalist` (required), `outlet`, `email`, `phone`: who asked, for which outlet, how to reach them;
- `channel` (required): phone, email, in_person, social_media or message;
- `topic`, and `tags` separated by commas;
- `questions` (required): one or more, separated by a line break or ` | `;
- `deadline`: the journalist's, `DD.MM.YYYY HH:MM` (a day alone: its end, 23:59); empty: received + the default
  lead time;
- `status`: new, waiting_for_input, drafted, approved, answered, declined or no_comment; empty: answered if
  `answered` is given, else new;
- `answered`: when the answer went, `DD.MM.YYYY HH:MM`;
- `answer` and `answer_language` (sq, sr or en; empty: the language commsdesk speaks), or the answer in each
  language in `answer_sq`, `answer_sr`, `answer_en` (what the export writes);
- `reason`: why declined or "no comment" (required for those); `note`.

What an old list could not hold is not invented, and a row is not refused for lacking it: an answered enquiry whose
answer's text was not kept gets "Not recorded in the old register." as its answer, and its note says so. But an
answered enquiry needs the time it was answered (without it, in time could not be told from late), and an answer
time goes with a closed enquiry only (answered, declined, no comment): such rows are refused, by name.

**Exporting** writes the columns of the import (the answer in `answer_sq`, `answer_sr`, `answer_en`): CSV with the
column codes as headers and codes as values (it imports again as it was), XLSX with headers and words in the chosen
language (which the import reads as well). Who supplies the facts, the approval, the links and the history are not
in it: it is the register's table, not a backup. An erased journalist is written as the list shows them.

**The report** counts the enquiries received in a period (`statistics.py`) and lists them, without the journalists'
names: outlets, topics, channels, statuses, times.

The format and report modules load openpyxl and reportlab: imported when a file is read or written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commsdesk.collector import collector_paused
from commsdesk.db.engine import Database
from commsdesk.db.models import Enquiry, EnquiryHistory, EnquiryQuestion
from commsdesk.domain.enquiries import (
    LEAD_TIME_SETTING,
    REFERENCE_SETTING,
    EnquiryChannel,
    EnquiryStatus,
    EnquiryStep,
    default_deadline,
)
from commsdesk.domain.enquiry_records import CountedEnquiries, EnquiryRecord
from commsdesk.domain.releases import format_reference, split_tags
from commsdesk.domain.text import fold
from commsdesk.errors import ValidationError
from commsdesk.i18n import current_language, translate
from commsdesk.services.enquiries.data import EnquiryFilter, EnquiryInput
from commsdesk.services.enquiries.listing import filtered
from commsdesk.services.enquiries.service import anonymise, checked
from commsdesk.services.enquiries.statistics import count_enquiries
from commsdesk.services.office import OfficeService
from commsdesk.services.register_files import (
    PROGRESS_EVERY,
    ImportResult,
    Numbered,
    Progress,
    checked_period,
    no_progress,
    numbered,
    problems_message,
    repeated_numbers,
)

EXPORT_KINDS = ("xlsx", "csv")
REPORT_KINDS = ("pdf", "xlsx")
CLOSED_WITH_TIME = (EnquiryStatus.ANSWERED, EnquiryStatus.DECLINED, EnquiryStatus.NO_COMMENT)
EnquiryImportResult = ImportResult  # created, and unchanged: rows already in the register


def identity(received_at: datetime, outlet: str, question: str) -> tuple[datetime, str, str]:
    """What makes two enquiries the same when neither has a number: the minute received, the outlet and the first
    question (none of which erasing the journalist's personal data changes)."""
    minute = received_at.replace(second=0, microsecond=0)
    return minute, " ".join(fold(outlet).split()), " ".join(fold(question).split())


@dataclass(frozen=True)
class _Prepared:
    number: int | None
    data: EnquiryInput
    erased: bool

    @property
    def key(self) -> tuple[datetime, str, str]:
        return identity(self.data.received_at, self.data.outlet, self.data.questions[0])


def _not_recorded() -> str:
    return translate("EnquiryImport", "Not recorded in the old register.")


def imported_input(record: EnquiryRecord) -> EnquiryInput:
    """The enquiry a row of an old list stands for, before the form's checks (see the module's docstring)."""
    status = record.status
    if status is None:
        status = EnquiryStatus.ANSWERED if record.answered_at is not None else EnquiryStatus.NEW
    if status is EnquiryStatus.ANSWERED and record.answered_at is None:
        raise ValidationError(
            translate("EnquiryImport", 'an answered enquiry needs the time it was answered ("answered")'), "answered"
        )
    if record.answered_at is not None and status not in CLOSED_WITH_TIME:
        raise ValidationError(
            translate("EnquiryImport", 'the status "{status}" does not go with an answer time ("answered")').format(
                status=status.value
            ),
            "status",
        )
    answers, note = dict(record.answers), record.note
    if status is EnquiryStatus.ANSWERED and not any(text.strip() for text in answers.values()):
        answers = {current_language(): _not_recorded()}
        said = translate("EnquiryImport", "Imported from the old register, which did not record the answer.")
        if said not in note:
            note = f"{note} {said}".strip()
    return EnquiryInput(
        received_at=record.received_at,
        questions=record.questions,
        journalist=record.journalist,
        outlet=record.outlet,
        channel=record.channel,
        journalist_email=record.email,
        journalist_phone=record.phone,
        topic=record.topic,
        tags=record.tags,
        deadline_at=record.deadline_at,
        answers=answers,
        answered_at=record.answered_at,
        status=status,
        reason=record.reason,
        note=note,
    )


def export_record(enquiry: Enquiry) -> EnquiryRecord:
    """A stored enquiry as a row of the register's table."""
    return EnquiryRecord(
        received_at=enquiry.received_at,
        journalist=enquiry.journalist,
        channel=EnquiryChannel(enquiry.channel),
        questions=tuple(question.text for question in enquiry.questions),
        number=enquiry.number,
        outlet=enquiry.outlet,
        email=enquiry.journalist_email,
        phone=enquiry.journalist_phone,
        topic=enquiry.topic,
        tags=tuple(split_tags(enquiry.tags)),
        deadline_at=enquiry.deadline_at,
        status=EnquiryStatus(enquiry.status),
        answered_at=enquiry.answered_at,
        answers=dict(enquiry.answers or {}),
        reason=enquiry.reason,
        note=enquiry.note,
        reference=enquiry.reference,
        erased=enquiry.anonymised_at is not None,
    )


class FilesMixin:
    """The files part of `EnquiriesService`."""

    _db: Database
    _office: OfficeService

    # -- import ----------------------------------------------------------------------------------------------------
    def import_file(self, path: Path, progress: Progress | None = None) -> ImportResult:
        """Import a list of enquiries from `path` (CSV or XLSX) in one transaction; see the module's docstring."""
        from commsdesk.io.enquiries_table import read_enquiries

        path = Path(path)
        tick = progress or no_progress
        with collector_paused():
            table = read_enquiries(path)
        total = table.rows
        tick(0, total)
        now = self.now()  # type: ignore[attr-defined]
        problems: dict[int, list[str]] = {row: [reason] for row, reason in table.problems}
        repeated = repeated_numbers(
            (read.row, read.record.received_at.year, read.record.number) for read in table.records
        )
        prepared: list[_Prepared] = []
        stand_in = "-"  # the form's checks need a journalist, which an erased enquiry no longer has
        lead = int(self._office.setting(LEAD_TIME_SETTING))  # read once, not once a row
        for read in table.records:
            record, reasons = read.record, []
            if record.received_at > now:
                reasons.append(translate("EnquiryImport", "the received time is in the future"))
            if read.row in repeated:
                reasons.append(repeated[read.row])
            try:
                data = imported_input(record)
                if data.deadline_at is None:
                    data = replace(data, deadline_at=default_deadline(data.received_at, lead))
                data = checked(replace(data, journalist=stand_in) if record.erased else data)
            except ValidationError as error:
                reasons.append(str(error))
            if reasons:
                problems[read.row] = reasons
            else:
                if record.erased:
                    data = replace(data, journalist="")
                prepared.append(_Prepared(record.number, data, record.erased))
        if problems:
            raise ValidationError(problems_message(problems))
        pattern = self._office.setting(REFERENCE_SETTING)
        who = self._officer("")  # type: ignore[attr-defined]
        rows = [Numbered(item.data.received_at.year, item.number, item.key) for item in prepared]
        first_questions = select(Enquiry.received_at, Enquiry.outlet, EnquiryQuestion.text).join(
            EnquiryQuestion, (EnquiryQuestion.enquiry_id == Enquiry.id) & (EnquiryQuestion.position == 1)
        )
        with collector_paused(), self._db.bulk_session() as session:
            numbers = numbered(session, Enquiry, rows, first_questions, identity)
            for done, (item, number) in enumerate(zip(prepared, numbers, strict=True), start=1):
                if number is not None:
                    self._add_imported(session, item, number, pattern, who, now, path.name)
                if done % PROGRESS_EVERY == 0:
                    session.flush()
                    tick(done, total)
            session.flush()
        tick(total, total)
        created = sum(number is not None for number in numbers)
        return ImportResult(created=created, unchanged=len(numbers) - created)

    def _add_imported(
        self, session: Session, item: _Prepared, number: int, pattern: str, who: str, now: datetime, source: str
    ) -> None:
        """Add one imported enquiry with its number and its first steps (received from `source`, its status)."""
        year = item.data.received_at.year
        enquiry = Enquiry(year=year, number=number, reference=format_reference(pattern, year, number))
        self._apply(session, enquiry, item.data)  # type: ignore[attr-defined]
        enquiry.steps.append(EnquiryHistory(kind=EnquiryStep.REGISTERED.value, by=who, at=now, note=source))
        if item.data.status is not EnquiryStatus.NEW:
            note = item.data.status.value
            enquiry.steps.append(EnquiryHistory(kind=EnquiryStep.STATUS.value, by=who, at=now, note=note))
        session.add(enquiry)
        if item.erased:
            anonymise(enquiry, who, now)

    # -- export ------------------------------------------------------------------------------------------------
    def export_file(
        self,
        path: Path,
        kind: str,
        enquiry_filter: EnquiryFilter | None = None,
        language: str | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Write the enquiries `enquiry_filter` lets through (all by default), in number order, to `path` as `kind`
        (xlsx: headers and words in `language`, the current one by default; csv: the import's codes); returns how
        many."""
        if kind not in EXPORT_KINDS:
            raise ValueError(kind)
        records = self.register_records(enquiry_filter or EnquiryFilter())
        if progress is not None:
            progress(0, len(records))
        if kind == "csv":
            from commsdesk.io.enquiries_table import write_enquiries_csv

            count = write_enquiries_csv(Path(path), records, progress=progress, total=len(records))
        else:
            from commsdesk.reports.enquiries_xlsx import write_register_xlsx

            count = write_register_xlsx(
                Path(path), records, language or current_language(), progress=progress, total=len(records)
            )
        if progress is not None:
            progress(count, count)
        return count

    def register_records(self, enquiry_filter: EnquiryFilter) -> list[EnquiryRecord]:
        """The enquiries `enquiry_filter` lets through as rows of the register's table, in number order."""
        query = filtered(select(Enquiry), enquiry_filter, self.now())  # type: ignore[attr-defined]
        query = query.options(selectinload(Enquiry.questions)).order_by(Enquiry.year, Enquiry.number)
        with collector_paused(), self._db.session() as session:
            return [export_record(enquiry) for enquiry in session.scalars(query)]

    # -- the report ------------------------------------------------------------------------------------------------
    def counted(self, first: date, last: date) -> CountedEnquiries:
        """The report's figures and list for the enquiries received from `first` to `last` (both included), as they
        are now."""
        checked_period(first, last)
        with self._db.session() as session:
            return count_enquiries(session, first, last, self.now())  # type: ignore[attr-defined]

    def write_report(
        self, path: Path, kind: str, first: date, last: date, language: str, progress: Progress | None = None
    ) -> Path:
        """Write the report on the enquiries received from `first` to `last` as `kind` (pdf or xlsx) in `language`;
        returns the path written."""
        if kind not in REPORT_KINDS:
            raise ValueError(kind)
        tick = progress or no_progress
        tick(0, 2)
        figures = self.counted(first, last)
        tick(1, 2)
        if kind == "xlsx":
            from commsdesk.reports.enquiries_xlsx import write_enquiries_report_xlsx

            written = write_enquiries_report_xlsx(Path(path), figures, language)
        else:
            from commsdesk.reports.enquiries_report import write_enquiries_report_pdf

            written = write_enquiries_report_pdf(Path(path), figures, self._office.profile(), language)
        tick(2, 2)
        return written

    def report_file_name(self, first: date, last: date, language: str, kind: str) -> str:
        """The report's file name in its language: `enquiries-report-2026.pdf` for a year, with the quarter or the
        dates for a shorter period."""
        from commsdesk.reports.enquiries_common import file_name

        return file_name(first, last, language, kind)
