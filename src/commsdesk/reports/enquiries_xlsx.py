"""Workbooks of the journalists' enquiries: the report for a period, and the register itself. Counts, shares and
hours are numbers, times are dates with their time; text is never a formula.

The report has three sheets: the key figures as one row (so that the rows of several periods can be put side by
side), every breakdown as rows of section, item, count and share, and the list of the period's enquiries (no
journalist's name). The register has one row per enquiry in the columns of its import
(`domain.enquiry_records.EXPORT_COLUMNS`), with headers and words in the chosen language, which the import reads
back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from commsdesk.domain.enquiry_records import (
    ANSWER_COLUMNS,
    EXPORT_COLUMNS,
    CountedEnquiries,
    EnquiryRecord,
    erased_in,
    header_in,
)
from commsdesk.reports.enquiries_common import breakdowns, key_figures, list_header, status_names
from commsdesk.reports.figures_xlsx import breakdown_sheet, summary_sheet
from commsdesk.reports.periodic import short_period, translator
from commsdesk.reports.xlsx import Column, Kind, Sheet, write_workbook

Progress = Callable[[int, int], None]


def list_sheet(figures: CountedEnquiries, language: str, title: str) -> Sheet:
    """The period's enquiries: the PDF's columns, then the channel, the hours to answer and whether late."""
    translate = translator(language)
    number, received, outlet, topic, status, deadline, answered = list_header(language)
    columns = [
        Column(number, 12),
        Column(received, 16, Kind.DATETIME),
        Column(outlet, 26),
        Column(topic, 30),
        Column(status, 18),
        Column(deadline, 16, Kind.DATETIME),
        Column(answered, 16, Kind.DATETIME),
        Column(translate("EnquiryReport", "Channel"), 16),
        Column(translate("EnquiryReport", "Hours to answer"), 10, Kind.NUMBER),
        Column(translate("EnquiryReport", "Late (after the deadline, or open past it)"), 14),
    ]
    statuses = status_names(language)
    channels = {item.channel: item.channel.label_in(language) for item in figures.listed}
    late = translate("EnquiryReport", "Yes")

    def rows() -> Iterator[list[object]]:
        for item in figures.listed:
            minutes = item.minutes_to_answer
            yield [
                item.reference,
                item.received_at,
                item.outlet,
                item.topic,
                statuses[item.status],
                item.deadline_at,
                item.answered_at,
                channels[item.channel],
                None if minutes is None else round(minutes / 60, 2),
                late if item.late else "",
            ]

    return Sheet(title, columns, rows())


def report_sheets(figures: CountedEnquiries, language: str) -> list[Sheet]:
    """The report's sheets: key figures, breakdowns, and the list."""
    translate = translator(language)
    period = short_period(figures.first, figures.last)
    numbers = [  # hours to the hundredth (36 seconds), as the list has them
        replace(figure, value=round(figure.value, 2)) if figure.kind == "hours" and figure.value is not None else figure
        for figure in key_figures(figures, language)
    ]
    return [
        summary_sheet(
            translate("EnquiryReport", "Enquiries {period}").format(period=period),
            figures.first,
            figures.last,
            figures.as_of,
            numbers,
            language,
        ),
        breakdown_sheet(
            translate("EnquiryReport", "Breakdown {period}").format(period=period),
            breakdowns(figures, language),
            translate("EnquiryReport", "Enquiries"),
            language,
        ),
        list_sheet(figures, language, translate("EnquiryReport", "List {period}").format(period=period)),
    ]


def write_enquiries_report_xlsx(path: Path, figures: CountedEnquiries, language: str) -> Path:
    """Write the report of `figures` in `language` as a workbook to `path` (atomically)."""
    return write_workbook(path, report_sheets(figures, language))


# -- the register --------------------------------------------------------------------------------------------------

_REGISTER_KINDS = dict.fromkeys(("received", "deadline", "answered"), Kind.DATETIME)
_REGISTER_WIDTHS = {
    "number": 12,
    "received": 16,
    "journalist": 24,
    "outlet": 24,
    "email": 24,
    "topic": 26,
    "questions": 50,
    "deadline": 16,
    "answered": 16,
    **dict.fromkeys(ANSWER_COLUMNS.values(), 50),
    "reason": 30,
    "note": 30,
}


def register_cells(record: EnquiryRecord, language: str, erased: str) -> list[object]:
    """The cells of `record` in EXPORT_COLUMNS order: words in `language`, real times, questions one a line
    (`erased`: what stands for an erased journalist)."""
    return [
        record.reference or record.number,
        record.received_at,
        erased if record.erased else record.journalist,
        record.outlet,
        record.email,
        record.phone,
        record.channel.label_in(language),
        record.topic,
        ", ".join(record.tags),
        "\n".join(record.questions),
        record.deadline_at,
        record.status.label_in(language) if record.status else "",
        record.answered_at,
        *(record.answers.get(code, "") for code in ANSWER_COLUMNS),
        record.reason,
        record.note,
    ]


def write_register_xlsx(
    path: Path,
    records: Iterable[EnquiryRecord],
    language: str,
    *,
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """The register as one sheet in `language`; returns how many enquiries were written."""
    counter = [0]
    erased = erased_in(language)

    def rows() -> Iterator[list[object]]:
        for record in records:
            counter[0] += 1
            if progress is not None and counter[0] % 2000 == 0:
                progress(counter[0], total)
            yield register_cells(record, language, erased)

    columns = [
        Column(header_in(key, language), _REGISTER_WIDTHS.get(key, 14), _REGISTER_KINDS.get(key, Kind.TEXT))
        for key in EXPORT_COLUMNS
    ]
    translate = translator(language)
    write_workbook(path, [Sheet(translate("EnquiryExport", "Enquiries"), columns, rows())])
    return counter[0]
