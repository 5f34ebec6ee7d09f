"""The tab's exports (the list as XLSX, the annual archive PDF) and its settings dialog, run from the tab."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QInputDialog

from commsdesk.i18n import current_language, translate
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import show_info
from commsdesk.ui.widgets.tasks import run_task


def _save_path(tab, title: str, name: str, pattern: str) -> Path | None:
    path, _ = file_dialogs.get_save_file_name(tab, title, name, pattern)
    return Path(path) if path else None


def export_list_xlsx(tab) -> None:
    """The releases the list shows now (search and filters applied) as a workbook."""
    query = tab.model.query
    name = translate("ReleasesTab", "press-releases") + (f"-{query.year}" if query.year else "") + ".xlsx"
    path = _save_path(
        tab, translate("ReleasesTab", "Export the list"), name, translate("ReleasesTab", "Excel workbooks (*.xlsx)")
    )
    if path is None:
        return
    run_task(
        tab,
        translate("ReleasesTab", "Exporting the releases…"),
        lambda progress: tab.service.export_archive_xlsx(path, query, current_language(), progress),
        lambda written: show_info(tab, translate("ReleasesTab", "Written: {path}").format(path=written)),
    )


def export_year_pdf(tab) -> None:
    """The annual archive PDF of the year chosen in the filter, or of a year asked for."""
    year = tab.model.query.year
    if year is None:
        years = [str(y) for y in tab.service.years()]
        if not years:
            return
        chosen, ok = QInputDialog.getItem(
            tab, translate("ReleasesTab", "Annual archive"), translate("ReleasesTab", "Year"), years, 0, False
        )
        if not ok:
            return
        year = int(chosen)
    query = replace(
        tab.model.query, text="", status=None, tag="", language="", year=year, sort="reference", descending=False
    )
    name = translate("ReleasesTab", "press-release-archive") + f"-{year}.pdf"
    path = _save_path(
        tab, translate("ReleasesTab", "Annual archive"), name, translate("ReleasesTab", "PDF files (*.pdf)")
    )
    if path is None:
        return
    run_task(
        tab,
        translate("ReleasesTab", "Writing the annual archive…"),
        lambda progress: tab.service.export_archive_pdf(path, query, current_language(), progress),
        lambda written: show_info(tab, translate("ReleasesTab", "Written: {path}").format(path=written)),
    )


def edit_settings(tab) -> None:
    from commsdesk.ui.tabs.releases.settings_dialog import ReleaseSettingsDialog

    if ReleaseSettingsDialog(tab.service.release_settings(), tab.service.save_release_settings, tab).exec():
        tab.reload()
