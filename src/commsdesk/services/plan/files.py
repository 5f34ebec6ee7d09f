"""The plan's files, as the window and the command line both read and write them: a plan file read, the empty
template, the annual or quarterly status report.

Reading a plan file and writing the template need no database: they are the format's own functions, re-exported
here so that the front-ends reach every file through the service layer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from commsdesk.domain.choices import QT_TRANSLATE_NOOP
from commsdesk.i18n import catalog
from commsdesk.io.plan_csv import read_plan_file, write_plan_template
from commsdesk.services.office import OfficeService

__all__ = ["FORMATS", "FilesMixin", "read_plan_file", "write_plan_template"]

Progress = Callable[[int, int], None]
FORMATS = ("pdf", "xlsx")
REPORT_STEM = QT_TRANSLATE_NOOP("PlanReportDialog", "action-plan")


class FilesMixin:
    """PlanService's report; the report modules are imported when a report is written, not at start-up."""

    _office: OfficeService

    def report_file_name(self, year: int, quarter: int | None, language: str, kind: str) -> str:
        """The report's file name in its own language: `akcioni-plan-2023-Q2-sr.pdf`."""
        stem = catalog(language).translate("PlanReportDialog", REPORT_STEM)
        period = f"{year}-Q{quarter}" if quarter else str(year)
        return f"{stem}-{period}-{language}.{kind}"

    def write_report(
        self,
        path: Path,
        year: int,
        kind: str,
        language: str,
        *,
        quarter: int | None = None,
        as_of: date | None = None,
        strategy_id: int | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """The status report of `year` (or of one quarter), as of `as_of`, as `kind` (see FORMATS) in `language`."""
        tick = progress or (lambda _done, _total: None)
        tick(0, 2)
        snapshot = self.report_snapshot(year, quarter, as_of, strategy_id)  # type: ignore[attr-defined]
        tick(1, 2)
        if kind == "xlsx":
            from commsdesk.reports.plan_xlsx import write_plan_xlsx

            return write_plan_xlsx(Path(path), snapshot, language)
        from commsdesk.reports.plan_pdf import write_plan_pdf

        return write_plan_pdf(Path(path), snapshot, self._office.profile(), language)
