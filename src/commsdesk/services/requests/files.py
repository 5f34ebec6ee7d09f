"""The register's files, as the window and the command line both read and write them: the old register imported
(CSV or XLSX), the register exported, and the report to the Information and Privacy Agency (PDF or XLSX).

**Importing the old register** is one transaction: every row is read and checked first (the format's problems from
`io/requests_table.py`, then the form's own checks), and if any row has a problem nothing is written and one message
names every bad row with its number and reason. A row already in the register — its number is taken in its year, or
a request with the same received time, requester and subject exists (or came earlier in the file) — is left as it
is and counted as unchanged, so that importing a file twice adds nothing. A row keeps its number (its year is the
year received); the others get the next numbers of their year, in the file's order.

What the old register could not hold is not invented, and a historic row is not refused for lacking it:
- the status follows the outcome (decided, forwarded, withdrawn); a row without one is open (registered, or awaiting
  clarification while a clarification asked has not come), unless the file has a `status` column saying more;
- a decision (granted, partial, refused, not held, withdrawn) needs the day it was made in `decided`, and a
  forwarding its day in `forwarded_on` or `decided`: without it the clock cannot tell in time from late, and a day
  made up (today, the day received) would falsify the report to the Agency — such rows are refused, by name;
- a refusal or partial refusal needs its legal ground (a column of the file, counted in the report), but the harm
  test and the public-interest test, what was withheld, the reason for urgency or for an extension are not columns
  of an old register: they are filled with "Not recorded in the old register." and the request's note says which
  were missing, so that the request can be opened and saved again, and anyone reading it sees why they are empty;
- a row without a requester is an anonymous request.

**Exporting** writes the columns of the import plus the computed `deadline` and `days_late`: CSV with the column
codes as headers and codes as values (it imports again as it was: number, dates, status, outcome, ground, note),
XLSX with headers and words in the chosen language (which the import reads as well). The requester's address, the
tests, the files and the history are not in it: it is the register's table, not a backup.

**The report** counts the requests received in a period (`statistics.py`) and writes figures only, no personal data.

The format and report modules load openpyxl and reportlab: imported when a file is read or written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commsdesk.collector import collector_paused
from commsdesk.db.engine import Database
from commsdesk.db.models import DocumentRequest, RequestStep
from commsdesk.domain.releases import format_reference
from commsdesk.domain.request_records import CountedRequests, RegisterRecord
from commsdesk.domain.requests import (
    LIMITING_OUTCOMES,
    REFERENCE_SETTING,
    RULES_SETTING,
    DeadlineRules,
    RequestChannel,
    RequesterType,
    RequestOutcome,
    RequestStatus,
    StepKind,
    WorkingDays,
)
from commsdesk.domain.text import fold
from commsdesk.errors import ValidationError
from commsdesk.i18n import current_language, translate
from commsdesk.services.office import OfficeService
from commsdesk.services.register_files import (
    PROGRESS_EVERY,
    Numbered,
    Progress,
    checked_period,
    no_progress,
    numbered,
    problems_message,
    repeated_numbers,
)
from commsdesk.services.requests import listing
from commsdesk.services.requests.clock import working_days
from commsdesk.services.requests.data import RequestFilter, RequestImportResult, RequestInput, status_note
from commsdesk.services.requests.privacy import requests_of_requester
from commsdesk.services.requests.service import checked
from commsdesk.services.requests.statistics import count_requests

EXPORT_KINDS = ("xlsx", "csv")
REPORT_KINDS = ("pdf", "xlsx")


@dataclass(frozen=True)
class _Prepared:
    row: int
    number: int | None
    data: RequestInput

    @property
    def key(self) -> tuple[datetime, str, str]:
        return duplicate_key(self.data.received_at, self.data.requester_name, self.data.subject)


def duplicate_key(received_at: datetime, requester: str, subject: str) -> tuple[datetime, str, str]:
    """What makes two requests the same when neither has a number: the minute received, requester and subject."""
    words = " ".join(fold(requester).split()), " ".join(fold(subject).split())
    return received_at.replace(second=0, microsecond=0), *words


def _not_recorded() -> str:
    return translate("RequestImport", "Not recorded in the old register.")


def imported_input(record: RegisterRecord) -> RequestInput:
    """The request a row of the old register stands for, before the form's checks (see the module's docstring)."""
    outcome = record.outcome
    status = record.status
    if status is None and outcome is not None:
        status = outcome.status
    elif status is None:
        waiting = record.clarification_asked is not None and record.clarification_received is None
        status = RequestStatus.AWAITING_CLARIFICATION if waiting else RequestStatus.REGISTERED
    if outcome is not None and status is not outcome.status:
        raise ValidationError(
            translate("RequestImport", 'the status "{status}" does not go with the outcome "{outcome}"').format(
                status=record.status, outcome=outcome
            ),
            "status",
        )
    if outcome is not None and outcome is not RequestOutcome.FORWARDED and record.decided_on is None:
        raise ValidationError(
            translate("RequestImport", 'the outcome "{outcome}" needs the day it was decided ("decided")').format(
                outcome=outcome
            ),
            "decided",
        )
    if outcome is RequestOutcome.FORWARDED and record.forwarded_on is None and record.decided_on is None:
        raise ValidationError(
            translate("RequestImport", 'a forwarded request needs the day it was forwarded ("forwarded_on")'),
            "forwarded_on",
        )
    if outcome is None and record.decided_on is not None:
        raise ValidationError(
            translate("RequestImport", 'a decision day ("decided") needs the outcome of the decision'), "outcome"
        )
    missing: list[str] = []
    limiting = outcome in LIMITING_OUTCOMES
    if limiting:
        missing += [translate("RequestImport", "the harm test"), translate("RequestImport", "the public-interest test")]
    if outcome is RequestOutcome.PARTIAL:
        missing.append(translate("RequestImport", "what was withheld"))
    if record.urgent:
        missing.append(translate("RequestImport", "why it was urgent"))
    if record.extended_on is not None:
        missing.append(translate("RequestImport", "why the deadline was extended"))
    note = record.note
    if missing:
        said = translate("RequestImport", "Imported from the old register, which did not record {what}.").format(
            what=", ".join(missing)
        )
        if said not in note:
            note = f"{note} {said}".strip()
    blank = _not_recorded()
    return RequestInput(
        received_at=record.received_at,
        subject=record.subject,
        requester_name=record.requester,
        anonymous=not record.requester,
        requester_type=record.requester_type,
        channel=record.channel,
        urgent=record.urgent,
        urgent_reason=blank if record.urgent else "",
        status=status,
        outcome=outcome,
        withheld=blank if outcome is RequestOutcome.PARTIAL else "",
        refusal_ground=record.refusal_ground,
        harm_test=blank if limiting else "",
        public_interest_test=blank if limiting else "",
        forwarded_to=record.forwarded_to,
        forwarded_on=record.forwarded_on,
        clarification_asked=record.clarification_asked,
        clarification_received=record.clarification_received,
        extended_on=record.extended_on,
        extension_reason=blank if record.extended_on is not None else "",
        decided_on=record.decided_on,
        cost_cents=record.cost_cents,
        complaint_on=record.complaint_on,
        complaint_outcome=record.complaint_outcome,
        court_on=record.court_on,
        court_outcome=record.court_outcome,
        note=note,
    )


def register_record(request: DocumentRequest, row) -> RegisterRecord:
    """A stored request as a row of the register's table (`row`: its list line, with deadline and days late)."""
    return RegisterRecord(
        received_at=request.received_at,
        subject=request.subject,
        number=request.number,
        requester=request.requester_name,
        requester_type=RequesterType(request.requester_type),
        channel=RequestChannel(request.channel),
        urgent=request.urgent,
        clarification_asked=request.clarification_asked,
        clarification_received=request.clarification_received,
        extended_on=request.extended_on,
        forwarded_on=request.forwarded_on,
        forwarded_to=request.forwarded_to,
        decided_on=request.decided_on,
        status=RequestStatus(request.status),
        outcome=RequestOutcome(request.outcome) if request.outcome else None,
        refusal_ground=request.refusal_ground,
        complaint_on=request.complaint_on,
        complaint_outcome=request.complaint_outcome,
        court_on=request.court_on,
        court_outcome=request.court_outcome,
        cost_cents=request.cost_cents,
        note=request.note,
        reference=request.reference,
        deadline=row.deadline,
        days_late=row.days_late,
    )


class FilesMixin:
    """The files part of `RequestsService`."""

    _db: Database
    _office: OfficeService

    # -- import ----------------------------------------------------------------------------------------------------
    def import_file(self, path: Path, progress: Progress | None = None) -> RequestImportResult:
        """Import the old register from `path` (CSV or XLSX) in one transaction; see the module's docstring."""
        from commsdesk.io.requests_table import read_requests

        path = Path(path)
        tick = progress or no_progress
        with collector_paused():
            table = read_requests(path)
        total = table.rows
        tick(0, total)
        now = self.now()  # type: ignore[attr-defined]
        problems: dict[int, list[str]] = {row: [reason] for row, reason in table.problems}
        repeated = repeated_numbers(
            (read.row, read.record.received_at.year, read.record.number) for read in table.records
        )
        prepared: list[_Prepared] = []
        for read in table.records:
            record, reasons = read.record, []
            if record.received_at > now:
                reasons.append(translate("RequestImport", "the received date is in the future"))
            if read.row in repeated:
                reasons.append(repeated[read.row])
            try:
                data = checked(imported_input(record), now.date())
            except ValidationError as error:
                reasons.append(str(error))
            if reasons:
                problems[read.row] = reasons
            else:
                prepared.append(_Prepared(read.row, record.number, data))
        if problems:
            raise ValidationError(problems_message(problems))
        pattern = self._office.setting(REFERENCE_SETTING)
        rules = DeadlineRules.from_setting(self._office.setting(RULES_SETTING)).to_setting()
        who = self._officer("")  # type: ignore[attr-defined]
        rows = [Numbered(item.data.received_at.year, item.number, item.key) for item in prepared]
        with collector_paused(), self._db.bulk_session() as session:
            identities = select(DocumentRequest.received_at, DocumentRequest.requester_name, DocumentRequest.subject)
            numbers = numbered(session, DocumentRequest, rows, identities, duplicate_key)
            working = working_days(session)
            for done, (item, number) in enumerate(zip(prepared, numbers, strict=True), start=1):
                if number is not None:
                    year = item.data.received_at.year
                    self._add_imported(session, item.data, year, number, pattern, rules, working, who, path.name)
                if done % PROGRESS_EVERY == 0:
                    session.flush()
                    tick(done, total)
            session.flush()
        created = sum(number is not None for number in numbers)
        unchanged = len(numbers) - created
        tick(total, total)
        return RequestImportResult(created=created, unchanged=unchanged)

    def _add_imported(
        self,
        session: Session,
        data: RequestInput,
        year: int,
        number: int,
        pattern: str,
        rules: dict[str, Any],
        working: WorkingDays,
        who: str,
        source: str,
    ) -> None:
        """Add one imported request with its number, the office's current rules and its first steps."""
        reference = format_reference(pattern, year, number)
        request = DocumentRequest(year=year, number=number, reference=reference, rules=rules)
        self._apply(session, request, data, working)  # type: ignore[attr-defined]
        now = self.now()  # type: ignore[attr-defined]
        request.steps.append(RequestStep(kind=StepKind.REGISTERED.value, by=who, at=now, note=source))
        if not data.status.is_open:
            note = status_note(data.status, data.outcome)
            request.steps.append(RequestStep(kind=StepKind.STATUS.value, by=who, at=now, note=note))
        session.add(request)

    # -- export ------------------------------------------------------------------------------------------------
    def export_file(
        self,
        path: Path,
        kind: str,
        request_filter: RequestFilter | None = None,
        language: str | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Write the requests `request_filter` lets through (all by default), in number order, to `path` as
        `kind` (xlsx: headers and words in `language`, the current one by default; csv: the import's codes);
        returns how many."""
        if kind not in EXPORT_KINDS:
            raise ValueError(kind)
        records = self.register_records(request_filter or RequestFilter())
        if progress is not None:
            progress(0, len(records))
        if kind == "csv":
            from commsdesk.io.requests_table import write_requests_csv

            count = write_requests_csv(Path(path), records, progress=progress, total=len(records))
        else:
            from commsdesk.reports.requests_xlsx import write_register_xlsx

            count = write_register_xlsx(
                Path(path), records, language or current_language(), progress=progress, total=len(records)
            )
        if progress is not None:
            progress(count, count)
        return count

    def export_requester(self, request_id: int, path: Path, language: str | None = None) -> int:
        """Everything the register holds about the requester of `request_id` (the requests with their name or
        address, as the register's rows) as a workbook — a private person's data, as the law lets them ask for;
        returns how many requests."""
        with self._db.session() as session:
            ids = requests_of_requester(session, request_id)
        return self.export_file(Path(path), "xlsx", RequestFilter(ids=tuple(ids)), language)

    def register_records(self, request_filter: RequestFilter) -> list[RegisterRecord]:
        """The requests `request_filter` lets through as rows of the register's table, in number order."""
        now = self.now()  # type: ignore[attr-defined]
        query = listing.filtered(select(DocumentRequest), request_filter, now)
        query = query.order_by(DocumentRequest.year, DocumentRequest.number)
        with collector_paused(), self._db.session() as session:
            working = working_days(session)
            return [
                register_record(request, listing.row_of(request, working, now)) for request in session.scalars(query)
            ]

    # -- the report to the Agency ------------------------------------------------------------------------------
    def counted(self, first: date, last: date) -> CountedRequests:
        """The report's figures for the requests received from `first` to `last` (both included), as they are now."""
        checked_period(first, last)
        with self._db.session() as session:
            return count_requests(session, first, last, self.now())  # type: ignore[attr-defined]

    def write_report(
        self, path: Path, kind: str, first: date, last: date, language: str, progress: Progress | None = None
    ) -> Path:
        """Write the report to the Information and Privacy Agency for `first`–`last` as `kind` (pdf or xlsx) in
        `language`; returns the path written."""
        if kind not in REPORT_KINDS:
            raise ValueError(kind)
        tick = progress or no_progress
        tick(0, 2)
        figures = self.counted(first, last)
        tick(1, 2)
        if kind == "xlsx":
            from commsdesk.reports.requests_xlsx import write_requests_report_xlsx

            written = write_requests_report_xlsx(Path(path), figures, language)
        else:
            from commsdesk.reports.requests_report import write_requests_report_pdf

            written = write_requests_report_pdf(Path(path), figures, self._office.profile(), language)
        tick(2, 2)
        return written

    def report_file_name(self, first: date, last: date, language: str, kind: str) -> str:
        """The report's file name in its language: `report-to-aip-2026.pdf` for a year, with the quarter or the
        dates for a shorter period."""
        from commsdesk.reports.requests_common import file_name

        return file_name(first, last, language, kind)
