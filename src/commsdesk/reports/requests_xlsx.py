"""Workbooks of the document-request register: the report to the Information and Privacy Agency, and the register
itself. Counts, shares, days and money are numbers, dates are dates; text is never a formula.

The report has two sheets: the key figures as one row (so that the rows of several periods can be put side by side)
and every breakdown as rows of section, item, count and share. The register has one row per request, in the columns
of its import (`domain.request_records.EXPORT_COLUMNS`) with headers and words in the chosen language, which the
import reads back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from commsdesk.domain.request_records import (
    EXPORT_COLUMNS,
    CountedRequests,
    RegisterRecord,
    ground_label_in,
    header_in,
    yes_in,
)
from commsdesk.reports.figures_xlsx import breakdown_sheet, summary_sheet
from commsdesk.reports.requests_common import breakdowns, key_figures, short_period, translator
from commsdesk.reports.xlsx import Column, Kind, Sheet, write_workbook

Progress = Callable[[int, int], None]


def report_sheets(figures: CountedRequests, language: str) -> list[Sheet]:
    """The report's sheets: key figures, and breakdowns."""
    translate = translator(language)
    period = short_period(figures.first, figures.last)
    return [
        summary_sheet(
            translate("RequestReport", "AIP {period}").format(period=period),
            figures.first,
            figures.last,
            figures.as_of,
            key_figures(figures, language),
            language,
        ),
        breakdown_sheet(
            translate("RequestReport", "Breakdown {period}").format(period=period),
            breakdowns(figures, language),
            translate("RequestReport", "Requests"),
            language,
        ),
    ]


def write_requests_report_xlsx(path: Path, figures: CountedRequests, language: str) -> Path:
    """Write the report of `figures` in `language` as a workbook to `path` (atomically)."""
    return write_workbook(path, report_sheets(figures, language))


# -- the register --------------------------------------------------------------------------------------------------

_REGISTER_KINDS = {
    "received": Kind.DATETIME,
    **dict.fromkeys(
        (
            "clarification_asked",
            "clarification_received",
            "extended_on",
            "forwarded_on",
            "decided",
            "complaint_on",
            "court_on",
            "deadline",
        ),
        Kind.DATE,
    ),
    "cost_eur": Kind.MONEY,
    "days_late": Kind.NUMBER,
}
_REGISTER_WIDTHS = {
    "number": 11,
    "received": 16,
    "requester": 26,
    "subject": 50,
    "forwarded_to": 26,
    "complaint_outcome": 26,
    "court_outcome": 26,
    "note": 36,
}


def register_cells(record: RegisterRecord, language: str) -> list[object]:
    """The cells of `record` in EXPORT_COLUMNS order: words in `language`, real dates."""
    return [
        record.reference or record.number,
        record.received_at,
        record.requester,
        record.requester_type.label_in(language),
        record.channel.label_in(language),
        record.subject,
        yes_in(record.urgent, language),
        record.clarification_asked,
        record.clarification_received,
        record.extended_on,
        record.forwarded_on,
        record.forwarded_to,
        record.decided_on,
        record.status.label_in(language) if record.status else "",
        record.outcome.label_in(language) if record.outcome else "",
        ground_label_in(record.refusal_ground, language) if record.refusal_ground else "",
        record.complaint_on,
        record.complaint_outcome,
        record.court_on,
        record.court_outcome,
        record.cost_cents or None,
        record.note,
        record.deadline,
        record.days_late,
    ]


def write_register_xlsx(
    path: Path,
    records: Iterable[RegisterRecord],
    language: str,
    *,
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """The register as one sheet in `language`; returns how many requests were written."""
    counter = [0]

    def rows() -> Iterator[list[object]]:
        for record in records:
            counter[0] += 1
            if progress is not None and counter[0] % 2000 == 0:
                progress(counter[0], total)
            yield register_cells(record, language)

    columns = [
        Column(header_in(key, language), _REGISTER_WIDTHS.get(key, 14), _REGISTER_KINDS.get(key, Kind.TEXT))
        for key in EXPORT_COLUMNS
    ]
    translate = translator(language)
    write_workbook(path, [Sheet(translate("RequestExport", "Requests"), columns, rows())])
    return counter[0]
