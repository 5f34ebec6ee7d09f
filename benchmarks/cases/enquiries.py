"""Journalists' enquiries: the register's list and its search over 20,000 enquiries against bare sqlite3, and the
annual report (PDF and XLSX, with the list of the year's some 4,000 enquiries) against reportlab and openpyxl writing
its tables bare.

- The list: what the tab reads when it opens and one keystroke of a search, as every register's (`registers.py`);
  the bare page reads the first question too, as the list shows it.
- The report: `write_report` for last year (reading and counting the year's enquiries included). The goal's
  reference writes the same tables bare: openpyxl write-only writes the very cells of the report's workbook (read
  back beforehand, not timed) with the same formats, widths, header, filter; reportlab lays out the report's tables
  (key figures, breakdowns and the list, same texts, font and page) with its own Table and no app code. A second
  reference also reads the same rows from the file with plain sqlite3 and counts them first (the whole job); its
  ratio is in the note.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from benchmarks.cases.plan import _bare_xlsx, _workbook_cells
from benchmarks.cases.registers import ListCase, bare_pdf, first_page, search
from benchmarks.context import Context
from benchmarks.harness import Result, alternate
from commsdesk.paths import resolve_paths
from commsdesk.reports.enquiries_common import breakdowns, key_figures, list_header, listed_cells, status_names
from commsdesk.reports.periodic import share, translator
from commsdesk.services.enquiries import ENQUIRY_SORT, EnquiryFilter
from commsdesk.workspace import Workspace

QUERIES = ["a", "ar", "kac", "kaç", "đor", "dorde", "djordje", "buxh", "budžet", "ktv", "koha dit", "uji", "vodovod"]
LANGUAGE = "sq"
_PAGE_COLUMNS = (
    "id, reference, received_at, journalist, outlet, topic, channel, status, deadline_at, answered_at, "
    "facts_asked_on, facts_received_on, anonymised_at, "
    "(SELECT text FROM enquiry_question WHERE enquiry_id = enquiry.id AND position = 1)"
)


def _list_case(context: Context, service) -> ListCase:
    return ListCase(
        "enquiry",
        "enquiries",
        service,
        lambda words: EnquiryFilter(search=words),
        ENQUIRY_SORT,
        "enquiry",
        _PAGE_COLUMNS,
        "ORDER BY year DESC, number DESC, id DESC",
        context.sizes["enquiries"],
        "first question, overdue",
    )


# -- the report ------------------------------------------------------------------------------------------------


def _bare_counts(connection: sqlite3.Connection, first: date, last: date) -> None:
    """The report's rows and figures with plain sqlite3: the period's enquiries, counted by outlet, topic, channel
    and status, answered in time or late, minutes to answer, open past the deadline."""
    rows = connection.execute(
        "SELECT reference, received_at, outlet, topic, channel, status, deadline_at, answered_at FROM enquiry"
        " WHERE received_at >= ? AND received_at <= ? ORDER BY year, number",
        (f"{first} 00:00:00", f"{last} 23:59:59.999999"),
    ).fetchall()
    now = datetime.now().isoformat(" ")
    outlets, topics, channels, statuses, minutes = Counter(), Counter(), Counter(), Counter(), Counter()
    overdue = 0
    for _reference, received, outlet, topic, channel, status, deadline, answered in rows:
        outlets[outlet] += 1
        topics[topic] += 1
        channels[channel] += 1
        statuses[status] += 1
        if status == "answered" and answered:
            taken = datetime.fromisoformat(answered) - datetime.fromisoformat(received)
            minutes[int(taken.total_seconds() // 60)] += 1
        elif status in ("new", "waiting_for_input", "drafted", "approved") and deadline < now:
            overdue += 1


def _pdf_tables(figures) -> list[tuple[str, list[list[str]]]]:
    """(heading, rows with the header first or none) of each of the report's tables, with the report's texts."""
    translate = translator(LANGUAGE)
    tables = [("", [[figure.label, figure.shown(LANGUAGE)] for figure in key_figures(figures, LANGUAGE)])]
    for part in breakdowns(figures, LANGUAGE):
        rows = [[part.column, translate("EnquiryReport", "Enquiries"), "%"]]
        rows += [[line.label, str(line.count), f"{share(line.count, part.base):.0f} %"] for line in part.lines]
        if part.total is not None:
            rows.append([translate("Reports", "Total"), str(part.total), "100 %"])
        tables.append((part.title, rows))
    statuses = status_names(LANGUAGE)
    listed = [list_header(LANGUAGE), *(listed_cells(item, statuses) for item in figures.listed)]
    tables.append((translate("EnquiryReport", "The enquiries"), listed))
    return tables


def _reports(context: Context, service) -> list[Result]:
    year = date.today().year - 1
    first, last = date(year, 1, 1), date(year, 12, 31)
    figures = service.counted(first, last)
    pdf, xlsx = context.scratch / "enquiries.pdf", context.scratch / "enquiries.xlsx"
    service.write_report(xlsx, "xlsx", first, last, LANGUAGE)
    cells = _workbook_cells(xlsx)  # the same cells, read back from the report (not timed)
    tables = _pdf_tables(figures)
    connection = sqlite3.connect(context.database)
    results = []
    for name, kind, target, write_bare, writer in (
        (
            "annual enquiry report PDF",
            "pdf",
            pdf,
            lambda: bare_pdf(context.scratch / "bare.pdf", tables),
            "reportlab's Table",
        ),
        (
            "annual enquiry report XLSX",
            "xlsx",
            xlsx,
            lambda: _bare_xlsx(context.scratch / "bare.xlsx", cells),
            "openpyxl write-only",
        ),
    ):

        def ours(kind: str = kind, target: Path = target) -> None:
            service.write_report(target, kind, first, last, LANGUAGE)

        def whole(write_bare=write_bare) -> None:
            _bare_counts(connection, first, last)
            write_bare()

        measured, reference, whole_job = alternate([ours, write_bare, whole], context.repeat * 2)
        result = Result(
            name,
            f"`report enquiries --year {year}`: {figures.received:,} enquiries received and listed, counting included",
            "≤ 1.5×",
            measured=measured,
            reference=reference,
            reference_what=f"{writer} writing the report's tables (same cells, formats, font) with no app code",
        )
        result.extra["whole_job_reference_s"] = whole_job.median
        result.note = (
            f"against reading and counting the same rows with sqlite3 and then writing them bare: "
            f"{measured.median / whole_job.median:.2f}×"
        )
        result.passed = result.ratio <= 1.5
        results.append(result)
    connection.close()
    return results


def run(context: Context) -> list[Result]:
    workspace = Workspace.open(resolve_paths(context.database))
    try:
        service = workspace.services.enquiries
        case = _list_case(context, service)
        return [first_page(context, case), search(context, case, QUERIES), *_reports(context, service)]
    finally:
        workspace.close()
