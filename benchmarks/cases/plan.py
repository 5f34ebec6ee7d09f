"""The annual action-plan report (PDF and XLSX) against reportlab and openpyxl writing the same tables bare.

The references write the same content as the report's body, so that the ratio measures commsdesk's own cost
(loading the plan with its history, the toolkits, building the report) rather than how much more the report
prints:
- XLSX: openpyxl write-only writes the very cells of the report's workbook (read back from it beforehand, not
  timed): every sheet — the summary and one per objective — with the same values, number formats, column
  widths, bold header row, frozen header and auto-filter.
- PDF: reportlab lays out, on the same landscape A4 pages in the same font, the report's tables — the summary
  table, and per objective the table of specific and the table of recurring activities — with the same cell
  texts, the wrapping ones as Paragraphs (the usual way), one objective per page. What only the report has is
  commsdesk's cost: the letterhead and "page X of Y" on every page, the chart, the title and key-figure lines,
  the signature block.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from benchmarks.context import Context
from benchmarks.generate import PLAN_YEAR
from benchmarks.harness import Result, alternate
from commsdesk.domain.plan import ActivityStatus, roll_up
from commsdesk.i18n import format_money
from commsdesk.paths import resolve_paths
from commsdesk.reports.pdf import register_fonts, stylesheet
from commsdesk.reports.plan_common import (
    evidence_text,
    objective_label,
    planned_text,
    sections_of,
    status_names,
    translator,
)
from commsdesk.reports.plan_pdf import write_plan_pdf
from commsdesk.reports.plan_xlsx import write_plan_xlsx
from commsdesk.workspace import Workspace

LANGUAGE = "sq"

# -- XLSX ----------------------------------------------------------------------------------------------------------


def _workbook_cells(path: Path) -> list[tuple[str, list[float], list[list[tuple[object, str]]]]]:
    """(title, column widths, rows of (value, number format)) of every sheet of the workbook at `path`."""
    book = load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        widths = [sheet.column_dimensions[get_column_letter(i)].width for i in range(1, sheet.max_column + 1)]
        rows = [[(cell.value, cell.number_format) for cell in row] for row in sheet.iter_rows()]
        sheets.append((sheet.title, widths, rows))
    return sheets


def _bare_xlsx(path: Path, sheets: list[tuple[str, list[float], list[list[tuple[object, str]]]]]) -> None:
    book = Workbook(write_only=True)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F0")
    wrap = Alignment(vertical="top", wrap_text=True)
    for title, widths, rows in sheets:
        sheet = book.create_sheet(title)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        header = []
        for value, _format in rows[0]:
            cell = WriteOnlyCell(sheet, value=value)
            cell.font, cell.fill, cell.alignment = bold, fill, wrap
            header.append(cell)
        sheet.append(header)
        for row in rows[1:]:
            values: list[object] = []
            for value, number_format in row:
                if number_format == "General":
                    values.append(value)
                else:
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = number_format
                    values.append(cell)
            sheet.append(values)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{len(rows)}"
    book.save(path)


# -- PDF -----------------------------------------------------------------------------------------------------------


def _pdf_tables(snapshot) -> list[tuple[list[list[str]], list[float], set[int]]]:
    """(rows with the header first, column widths, the columns that wrap) of each of the report's tables, with the
    report's texts."""
    translate, statuses = translator(LANGUAGE), status_names(LANGUAGE)
    width = landscape(A4)[0] - 30 * mm - 12
    money = lambda cents: format_money(cents, LANGUAGE) if cents is not None else ""  # noqa: E731
    heading = lambda *texts: [translate("PlanReport", text) for text in texts]  # noqa: E731

    def widths(*parts: float) -> list[float]:
        return [width * part / sum(parts) for part in parts]

    def summary_line(label: str, rollup) -> list[str]:
        return [
            label,
            str(rollup.total),
            *(str(rollup.counts[status]) for status in ActivityStatus),
            f"{rollup.percent_completed} %",
            money(rollup.planned_cents),
            money(rollup.actual_cents),
            str(rollup.overdue),
        ]

    sections = sections_of(snapshot)
    summary = [
        [
            *heading("Objective", "Activities"),
            *statuses.values(),
            *heading("% completed", "Planned", "Spent", "Overdue"),
        ]
    ]
    summary += [summary_line(objective_label(s.objective, LANGUAGE), s.rollup) for s in sections]
    summary.append(summary_line(translate("PlanReport", "Whole plan"), snapshot.rollup()))
    tables = [(summary, [width - 11 * 52, *[52.0] * 11], {0})]
    overdue = translate("PlanReport", "overdue")
    for section in sections:
        specific = [
            heading("Activity", "Responsible", "Timeframe", "Planned", "Status", "Progress", "Spent", "Comment")
        ]
        specific += [
            [
                a.title,
                "; ".join(a.responsible),
                a.timeframe,
                planned_text(a, LANGUAGE),
                statuses[a.status] + (f"\n({overdue})" if a.overdue else ""),
                f"{a.progress} %",
                money(a.actual_cost_cents),
                a.comment,
            ]
            for a in section.specific
        ]
        total = roll_up(section.specific)
        specific.append(
            [
                translate("PlanReport", "Total"),
                translate("PlanReport", "{count} activities").format(count=total.total),
                "",
                money(total.planned_cents),
                translate("PlanReport", "{done} of {count} completed").format(done=total.completed, count=total.total),
                "",
                money(total.actual_cents),
                "",
            ]
        )
        tables.append((specific, widths(196, 122, 70, 68, 76, 58, 64, 102), {0, 1, 2, 7}))
        recurring = [heading("Activity", "Responsible", "Frequency", "Evidence", "Comment")]
        recurring += [
            [
                a.title,
                "; ".join(a.responsible),
                a.frequency_text,
                evidence_text(a.events, a.releases, LANGUAGE),
                a.comment,
            ]
            for a in section.recurring
        ]
        recurring.append(
            [
                translate("PlanReport", "Total"),
                translate("PlanReport", "{count} activities").format(count=len(section.recurring)),
                "",
                evidence_text(
                    sum(a.events for a in section.recurring), sum(a.releases for a in section.recurring), LANGUAGE
                ),
                "",
            ]
        )
        tables.append((recurring, widths(250, 165, 130, 72, 140), {0, 1, 2, 3, 4}))
    return tables


def _bare_pdf(path: Path, tables: list[tuple[list[list[str]], list[float], set[int]]]) -> None:
    register_fonts()
    styles = stylesheet()
    cell, bold = styles["cell"], styles["cell_bold"]
    story: list = []
    for rows, widths, wrapping in tables:
        data = [[Paragraph(text, bold) for text in rows[0]]]
        data += [[Paragraph(text, cell) if i in wrapping else text for i, text in enumerate(row)] for row in rows[1:]]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 1), (-1, -1), "DejaVuSans"),
                    ("FONTSIZE", (0, 1), (-1, -1), 8),
                    ("LEADING", (0, 1), (-1, -1), 9.8),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [table, PageBreak()]
    margin = 15 * mm
    document = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), leftMargin=margin, rightMargin=margin, topMargin=margin + 26 * mm
    )
    document.build(story)


def run(context: Context) -> list[Result]:
    workspace = Workspace.open(resolve_paths(context.database))
    try:
        services = workspace.services
        profile = services.office.profile()
        pdf, xlsx = context.scratch / "plan.pdf", context.scratch / "plan.xlsx"

        def ours_pdf() -> None:
            write_plan_pdf(pdf, services.plan.report_snapshot(PLAN_YEAR, None, None), profile, LANGUAGE)

        def ours_xlsx() -> None:
            write_plan_xlsx(xlsx, services.plan.report_snapshot(PLAN_YEAR, None, None), LANGUAGE)

        snapshot = services.plan.report_snapshot(PLAN_YEAR, None, None)
        ours_xlsx()
        cells = _workbook_cells(xlsx)  # the same cells, read back from the report (not timed)
        tables = _pdf_tables(snapshot)
        activities = len(snapshot.activities)

        results = []
        for name, ours, bare, reference in (
            (
                "annual plan PDF",
                ours_pdf,
                lambda: _bare_pdf(context.scratch / "bare.pdf", tables),
                "reportlab laying out the report's tables (same cells, font and pages) with no app code",
            ),
            (
                "annual plan XLSX",
                ours_xlsx,
                lambda: _bare_xlsx(context.scratch / "bare.xlsx", cells),
                "openpyxl write-only writing the report's cells (every sheet, same formats) with no app code",
            ),
        ):
            measured, reference = alternate([ours, bare], context.repeat)
            result = Result(
                name,
                f"`report plan` for {activities} activities with their status history, loading included",
                "≤ 1.5×",
                measured=measured,
                reference=reference,
                reference_what=reference,
            )
            result.passed = result.ratio <= 1.5
            results.append(result)
        return results
    finally:
        workspace.close()
