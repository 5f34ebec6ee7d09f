"""Document requests: the register's list and its search over 20,000 requests against bare sqlite3, and the annual
report to the Information and Privacy Agency (PDF and XLSX) against reportlab and openpyxl writing its tables bare.

- The list: what the tab reads when it opens and one keystroke of a search, as every register's (`registers.py`).
- The report: `write_report` for last year (counting the figures from the register included). The goal's
  reference writes the same tables bare, as the plan's report case does: openpyxl write-only writes the very cells of
  the report's workbook (read back beforehand, not timed) with the same formats, widths, header, filter; reportlab
  lays out the report's tables (key figures and breakdowns, same texts, font and page) with no app code. A second
  reference also counts the same figures from the file with plain sqlite3 first (the whole job, as the export
  references of the contacts do); its ratio is in the note.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from benchmarks.cases.plan import _bare_xlsx, _workbook_cells
from benchmarks.cases.registers import ListCase, bare_pdf, first_page, search
from benchmarks.context import Context
from benchmarks.harness import Result, alternate
from commsdesk.paths import resolve_paths
from commsdesk.reports.requests_common import breakdowns, key_figures, share, translator
from commsdesk.services.requests import REQUEST_SORT, RequestFilter
from commsdesk.workspace import Workspace

QUERIES = ["a", "ar", "kra", "čač", "cac", "đor", "dorde", "djordje", "buxh", "budžet", "kontrat", "kacan", "odluka"]
LANGUAGE = "sq"
_PAGE_COLUMNS = (
    "id, reference, received_at, requester_name, requester_type, channel, subject, status, outcome, urgent, deadline, "
    "decided_on"
)


def _list_case(context: Context, service) -> ListCase:
    return ListCase(
        "request",
        "requests",
        service,
        lambda words: RequestFilter(search=words),
        REQUEST_SORT,
        "document_request",
        _PAGE_COLUMNS,
        "ORDER BY year DESC, number DESC, id DESC",
        context.sizes["requests"],
        "deadline and days late",
    )


# -- the report ------------------------------------------------------------------------------------------------


def _bare_counts(connection: sqlite3.Connection, first: date, last: date) -> None:
    """The report's figures with plain sqlite3: the grouped counts and sums, the days to decide, the complaints,
    the open requests past their stored deadline."""
    period = "received_at >= ? AND received_at <= ?"
    bounds = (f"{first} 00:00:00", f"{last} 23:59:59.999999")
    decision = "outcome IN ('granted', 'partial', 'refused', 'not_held') AND decided_on IS NOT NULL"
    connection.execute(
        "SELECT requester_type, channel, outcome, CASE WHEN outcome IN ('partial', 'refused') THEN refusal_ground END,"
        " COUNT(*), SUM(urgent), COUNT(extended_on), COUNT(complaint_on), COUNT(court_on), SUM(cost_cents),"
        f" SUM({decision} AND decided_on <= deadline), SUM({decision} AND decided_on > deadline)"
        f" FROM document_request WHERE {period} GROUP BY 1, 2, 3, 4",
        bounds,
    ).fetchall()
    connection.execute(
        f"SELECT CAST(julianday(decided_on) - julianday(date(received_at)) AS INTEGER) AS days, COUNT(*)"
        f" FROM document_request WHERE {period} AND {decision} GROUP BY days",
        bounds,
    ).fetchall()
    connection.execute(
        f"SELECT complaint_outcome, COUNT(*) FROM document_request WHERE {period} AND complaint_on IS NOT NULL"
        " GROUP BY 1",
        bounds,
    ).fetchall()
    connection.execute(
        f"SELECT received_at, forwarded_on FROM document_request WHERE {period} AND outcome = 'forwarded'", bounds
    ).fetchall()
    connection.execute(
        f"SELECT COUNT(*), SUM(deadline < date('now')) FROM document_request WHERE {period}"
        " AND status IN ('registered', 'in_progress', 'awaiting_clarification')",
        bounds,
    ).fetchall()


def _pdf_tables(figures) -> list[tuple[str, list[list[str]]]]:
    """(heading, rows with the header first or none) of each of the report's tables, with the report's texts."""
    translate = translator(LANGUAGE)
    tables = [("", [[figure.label, figure.shown(LANGUAGE)] for figure in key_figures(figures, LANGUAGE)])]
    for part in breakdowns(figures, LANGUAGE):
        base = part.total if part.total is not None else sum(line.count for line in part.lines)
        rows = [[part.column, translate("RequestReport", "Requests"), "%"]]
        rows += [[line.label, str(line.count), f"{share(line.count, base):.0f} %"] for line in part.lines]
        if part.total is not None:
            rows.append([translate("RequestReport", "Total"), str(part.total), "100 %"])
        tables.append((part.title, rows))
    return tables


def _reports(context: Context, services) -> list[Result]:
    service = services.requests
    year = date.today().year - 1
    first, last = date(year, 1, 1), date(year, 12, 31)
    figures = service.counted(first, last)
    pdf, xlsx = context.scratch / "aip.pdf", context.scratch / "aip.xlsx"
    service.write_report(xlsx, "xlsx", first, last, LANGUAGE)
    cells = _workbook_cells(xlsx)  # the same cells, read back from the report (not timed)
    tables = _pdf_tables(figures)
    connection = sqlite3.connect(context.database)
    results = []
    for name, kind, target, write_bare, writer in (
        ("annual request report PDF", "pdf", pdf, lambda: bare_pdf(context.scratch / "bare.pdf", tables), "reportlab"),
        (
            "annual request report XLSX",
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
            f"`report requests --year {year}`: {figures.received:,} requests received, counting included",
            "≤ 1.5×",
            measured=measured,
            reference=reference,
            reference_what=f"{writer} writing the report's tables (same cells, formats, font) with no app code",
        )
        result.extra["whole_job_reference_s"] = whole_job.median
        result.note = (
            f"against counting the same figures with sqlite3 and then writing them bare: "
            f"{measured.median / whole_job.median:.2f}×"
        )
        result.passed = result.ratio <= 1.5
        results.append(result)
    connection.close()
    return results


def run(context: Context) -> list[Result]:
    workspace = Workspace.open(resolve_paths(context.database))
    try:
        services = workspace.services
        return [
            first_page(context, _list_case(context, services.requests)),
            search(context, _list_case(context, services.requests), QUERIES),
            *_reports(context, services),
        ]
    finally:
        workspace.close()
