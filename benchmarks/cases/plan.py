"""The annual action-plan report (PDF and XLSX) against reportlab and openpyxl building the same table bare."""

from __future__ import annotations

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from benchmarks.context import Context
from benchmarks.generate import PLAN_YEAR
from benchmarks.harness import Result, repeat
from commsdesk.i18n import format_money
from commsdesk.paths import resolve_paths
from commsdesk.reports.pdf import register_fonts, stylesheet
from commsdesk.reports.plan_pdf import write_plan_pdf
from commsdesk.reports.plan_xlsx import write_plan_xlsx
from commsdesk.workspace import Workspace


def _rows(services) -> list[list[str]]:
    summary = services.plan.plan(PLAN_YEAR)
    return [
        [
            a.title,
            "; ".join(a.responsible),
            a.timeframe or a.frequency_text,
            format_money(a.planned_cost_cents),
            a.status.label(),
            f"{a.progress} %",
            "",
            "",
        ]
        for a in summary.activities
    ]


def run(context: Context) -> list[Result]:
    workspace = Workspace.open(resolve_paths(context.database))
    try:
        services = workspace.services
        rows = _rows(services)
        profile = services.office.profile()
        pdf, xlsx = context.scratch / "plan.pdf", context.scratch / "plan.xlsx"

        def ours_pdf() -> None:
            write_plan_pdf(pdf, services.plan.report_snapshot(PLAN_YEAR, None, None), profile, "sq")

        def ours_xlsx() -> None:
            write_plan_xlsx(xlsx, services.plan.report_snapshot(PLAN_YEAR, None, None), "sq")

        def bare_pdf() -> None:
            register_fonts()
            cell = stylesheet()["cell"]
            data = [[Paragraph(text, cell) if index < 2 else text for index, text in enumerate(row)] for row in rows]
            table = Table(data, colWidths=[250, 150, 80, 60, 70, 50, 60, 50], repeatRows=1)
            SimpleDocTemplate(str(context.scratch / "bare.pdf"), pagesize=landscape(A4)).build([table])

        def bare_xlsx() -> None:
            book = Workbook(write_only=True)
            sheet = book.create_sheet("Plan")
            for row in rows:
                sheet.append(row)
            book.save(context.scratch / "bare.xlsx")

        results = []
        for name, ours, bare, reference in (
            ("annual plan PDF", ours_pdf, bare_pdf, "reportlab building the same table with no app code"),
            ("annual plan XLSX", ours_xlsx, bare_xlsx, "openpyxl write-only writing the same cells"),
        ):
            result = Result(
                name,
                f"`report plan` for {len(rows)} activities with their status history, loading included",
                "≤ 1.5×",
                measured=repeat(ours, context.repeat),
                reference=repeat(bare, context.repeat),
                reference_what=reference,
            )
            result.passed = result.ratio <= 1.5
            results.append(result)
        return results
    finally:
        workspace.close()
