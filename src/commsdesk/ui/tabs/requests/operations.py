"""What the register's toolbar does: the form, deleting, importing the old register, exporting the list, the report
to the Agency, the letter templates and the settings. Each gets the tab's small context, never the tab."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from commsdesk.i18n import translate
from commsdesk.services.requests import RequestFilter, RequestsService
from commsdesk.ui.messages import confirm, guarded
from commsdesk.ui.widgets import register_files
from commsdesk.ui.widgets.register_files import RegisterFileTexts


@dataclass(frozen=True)
class RequestsContext:
    parent: QWidget
    service: RequestsService
    current_id: Callable[[], int | None]
    current_filter: Callable[[], RequestFilter]
    reload: Callable[[int | None], None]  # read the list again, choosing that request (None: keep the chosen one)


def open_request(context: RequestsContext, request_id: int | None) -> int | None:
    """The form, new (None) or for a request; returns the id of the request saved or looked at."""
    from commsdesk.ui.tabs.requests.form import RequestDialog

    dialog = guarded(context.parent, RequestDialog, context.service, request_id, context.parent)
    if dialog is None:  # deleted meanwhile
        context.reload(None)
        return None
    dialog.exec()
    dialog.deleteLater()
    context.reload(dialog.request_id)
    return dialog.request_id


def delete_current(context: RequestsContext) -> bool:
    """Delete the chosen request, its history and files, once the user confirmed; True when deleted."""
    request_id = context.current_id()
    if request_id is None:
        return False
    details = guarded(context.parent, context.service.details, request_id)
    if details is None:
        return False
    subject = details.data.subject.splitlines()[0] if details.data.subject else ""
    question = translate(
        "RequestsTab", "Delete the request {reference} “{subject}” with its history and its {count} files?"
    ).format(reference=details.reference, subject=subject[:80], count=len(details.files))
    if not confirm(context.parent, question, translate("RequestsTab", "Delete")):
        return False
    guarded(context.parent, context.service.delete, request_id)
    context.reload(None)
    return True


def _file_texts() -> RegisterFileTexts:
    return RegisterFileTexts(
        import_title=translate("RequestsTab", "Import requests"),
        import_pattern=translate("RequestsTab", "Registers (*.xlsx *.csv);;All files (*)"),
        imported=translate("RequestsTab", "{created} requests imported; {unchanged} were already in the register."),
        importing=translate("RequestsTab", "Importing the requests…"),
        export_name=translate("RequestsTab", "document-requests"),
        export_title=translate("RequestsTab", "Export the list"),
        xlsx_pattern=translate("RequestsTab", "Excel workbooks (*.xlsx)"),
        csv_pattern=translate("RequestsTab", "CSV files (*.csv)"),
        pdf_pattern=translate("RequestsTab", "PDF files (*.pdf)"),
        exporting=translate("RequestsTab", "Exporting the requests…"),
        written_one=translate("RequestsTab", "1 request written to {path}"),
        written_many=translate("RequestsTab", "{count} requests written to {path}"),
        report_title=translate("RequestsTab", "Report to the Agency"),
        writing_report=translate("RequestsTab", "Writing the report…"),
        report_written=translate("RequestsTab", "Written: {path}"),
    )


def import_file(context: RequestsContext, path: str | None = None) -> None:
    """The old register (CSV or XLSX) into this one, all or nothing."""
    register_files.import_file(context, _file_texts(), path)


def export_list(context: RequestsContext, kind: str, path: Path | None = None) -> None:
    """The requests the list shows now (search and filters applied) as a workbook or CSV."""
    register_files.export_list(context, _file_texts(), kind, path)


def write_report(context: RequestsContext) -> None:
    """The report to the Information and Privacy Agency for a year, a quarter or dates chosen."""
    from commsdesk.ui.tabs.requests.report_dialog import ReportDialog

    register_files.write_report(context, _file_texts(), ReportDialog)


def report(context: RequestsContext, path: Path, choice) -> None:
    """Write the report `choice` (a ReportChoice) to `path` off the UI thread."""
    register_files.report(context, _file_texts(), path, choice)


def edit_letter_templates(context: RequestsContext) -> None:
    from commsdesk.ui.tabs.requests.letter_templates_dialog import LetterTemplatesDialog

    dialog = LetterTemplatesDialog(context.service, context.parent)
    dialog.exec()
    dialog.deleteLater()


def edit_settings(context: RequestsContext) -> bool:
    from commsdesk.ui.tabs.requests.settings_dialog import RequestSettingsDialog

    dialog = RequestSettingsDialog(context.service.settings(), context.service.save_settings, context.parent)
    saved = bool(dialog.exec())
    dialog.deleteLater()
    if saved:
        context.reload(None)
    return saved
