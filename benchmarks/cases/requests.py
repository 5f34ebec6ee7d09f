"""Document requests: the register's list and its search over 20,000 requests against bare sqlite3, and the annual
report to the Information and Privacy Agency (PDF and XLSX) against reportlab and openpyxl writing its tables bare.

- The list: what the tab reads when it opens (the count and the first page, through the service's `count` and
  `page`, as the paged model calls them) and one keystroke of a search (the same with the search words); the
  references run the same LIKE on the folded search key and the same ORDER BY with sqlite3.
- The report: `write_report` for last year (counting the figures from the register included). The goal's
  reference writes the same tables bare, as the plan's report case does: openpyxl write-only writes the very cells of
  the report's workbook (read back beforehand, not timed) with the same formats, widths, header, filter; reportlab
  lays out the report's tables (key figures and breakdowns, same texts, font and page) with no app code. A second
  reference also counts the same figures from the file with plain sqlite3 first (the whole job, as the export
  references of the contacts do); its ratio is in the note.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from benchmarks.cases.plan import _bare_xlsx, _workbook_cells
from benchmarks.context import Context
from benchmarks.harness import Result, Stats, alternate
from commsdesk.domain.text import fold
from commsdesk.paths import resolve_paths
from commsdesk.reports.pdf import FONT, register_fonts, stylesheet
from commsdesk.reports.requests_common import breakdowns, key_figures, share, translator
from commsdesk.services.requests import REQUEST_SORT, RequestFilter
from commsdesk.workspace import Workspace

QUERIES = ["a", "ar", "kra", "čač", "cac", "đor", "dorde", "djordje", "buxh", "budžet", "kontrat", "kacan", "odluka"]
PAGE = 200
LANGUAGE = "sq"
_PAGE_COLUMNS = (
    "id, reference, received_at, requester_name, requester_type, channel, subject, status, outcome, urgent, deadline, "
    "decided_on"
)
_ORDER = "ORDER BY year DESC, number DESC, id DESC"


def _first_page(context: Context, service) -> Result:
    """What the register's tab reads when it opens: the count and the first page."""

    def ours() -> None:
        service.count(RequestFilter())
        service.page(RequestFilter(), REQUEST_SORT, 0, PAGE)

    connection = sqlite3.connect(context.database)

    def bare() -> None:
        connection.execute("SELECT COUNT(*) FROM document_request").fetchone()
        connection.execute(f"SELECT {_PAGE_COLUMNS} FROM document_request {_ORDER} LIMIT ?", (PAGE,)).fetchall()

    measured, reference = alternate([ours, bare], context.repeat * 4)
    connection.close()
    result = Result(
        "request list opens",
        f"count and first page ({PAGE} rows, deadline and days late) of {context.sizes['requests']:,} requests",
        "median ≤ 50 ms",
        measured=measured,
        reference=reference,
        reference_what="the bare count and page with sqlite3",
    )
    result.passed = measured.median <= 0.050
    return result


def _search(context: Context, service) -> Result:
    samples, raw = [], []
    connection = sqlite3.connect(context.database)
    for round_number in range(context.repeat + 1):
        for query in QUERIES:
            request_filter = RequestFilter(search=query)
            start = time.perf_counter()
            service.count(request_filter)
            service.page(request_filter, REQUEST_SORT, 0, PAGE)
            taken = time.perf_counter() - start
            words = [f"%{word}%" for word in fold(query).split()]
            where = " AND ".join("search_key LIKE ?" for _ in words)
            start = time.perf_counter()
            connection.execute(f"SELECT COUNT(*) FROM document_request WHERE {where}", words).fetchone()
            connection.execute(
                f"SELECT {_PAGE_COLUMNS} FROM document_request WHERE {where} {_ORDER} LIMIT ?", (*words, PAGE)
            ).fetchall()
            if round_number:  # the first round warms up
                samples.append(taken)
                raw.append(time.perf_counter() - start)
    connection.close()
    result = Result(
        "request search",
        f"one keystroke → count and first page of {context.sizes['requests']:,} requests, 1–8 letters, "
        "with and without diacritics",
        "median ≤ 50 ms, p95 ≤ 100 ms",
        measured=Stats(samples),
        reference=Stats(raw),
        reference_what="the same LIKE on the folded key with sqlite3",
    )
    result.passed = result.measured.median <= 0.050 and result.measured.p95 <= 0.100
    return result


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


def _bare_pdf(path: Path, tables: list[tuple[str, list[list[str]]]]) -> None:
    register_fonts()
    styles = stylesheet()
    width = A4[0] - 30 * mm - 12
    story: list = []
    for heading, rows in tables:
        if heading:
            story.append(Paragraph(heading, styles["heading"]))
        data = [[Paragraph(row[0], styles["cell"]), *row[1:]] for row in rows]
        widths = [width - 140, 140] if len(rows[0]) == 2 else [width - 140, 70, 70]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("FONTSIZE", (0, 0), (-1, -1), 8),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    margin = 15 * mm
    document = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin + 26 * mm
    )
    document.build(story)


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
        ("annual request report PDF", "pdf", pdf, lambda: _bare_pdf(context.scratch / "bare.pdf", tables), "reportlab"),
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
            _first_page(context, services.requests),
            _search(context, services.requests),
            *_reports(context, services),
        ]
    finally:
        workspace.close()
