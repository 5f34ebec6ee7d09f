"""What the register's toolbar does: the form, deleting, importing the old register, exporting the list, the report
to the Agency, the letter templates and the settings. Each gets the tab's small context, never the tab."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from commsdesk.i18n import current_language, translate
from commsdesk.services.requests import RequestFilter, RequestsService
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import confirm, guarded, show_info
from commsdesk.ui.widgets.tasks import run_task


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


def _save_path(parent: QWidget, title: str, name: str, pattern: str) -> Path | None:
    path, _ = file_dialogs.get_save_file_name(parent, title, name, pattern)
    return Path(path) if path else None


def import_file(context: RequestsContext, path: str | None = None) -> None:
    """The old register (CSV or XLSX) into this one, all or nothing."""
    if path is None:
        path, _ = file_dialogs.get_open_file_name(
            context.parent,
            translate("RequestsTab", "Import requests"),
            "",
            translate("RequestsTab", "Registers (*.xlsx *.csv);;All files (*)"),
        )
    if not path:
        return

    def done(result) -> None:
        context.reload(None)
        show_info(
            context.parent,
            translate("RequestsTab", "{created} requests imported; {unchanged} were already in the register.").format(
                created=result.created, unchanged=result.unchanged
            ),
        )

    run_task(
        context.parent,
        translate("RequestsTab", "Importing the requests…"),
        lambda progress: context.service.import_file(Path(path), progress=progress),
        done,
    )


def export_list(context: RequestsContext, kind: str, path: Path | None = None) -> None:
    """The requests the list shows now (search and filters applied) as a workbook or CSV."""
    request_filter = context.current_filter()
    if path is None:
        name = (
            translate("RequestsTab", "document-requests")
            + (f"-{request_filter.year}" if request_filter.year else "")
            + f".{kind}"
        )
        pattern = (
            translate("RequestsTab", "Excel workbooks (*.xlsx)")
            if kind == "xlsx"
            else translate("RequestsTab", "CSV files (*.csv)")
        )
        path = _save_path(context.parent, translate("RequestsTab", "Export the list"), name, pattern)
    if path is None:
        return
    language = current_language()
    run_task(
        context.parent,
        translate("RequestsTab", "Exporting the requests…"),
        lambda progress: context.service.export_file(path, kind, request_filter, language, progress=progress),
        lambda count: show_info(context.parent, _written(count).format(count=count, path=path)),
    )


def _written(count: int) -> str:
    return (
        translate("RequestsTab", "1 request written to {path}")
        if count == 1
        else translate("RequestsTab", "{count} requests written to {path}")
    )


def write_report(context: RequestsContext) -> None:
    """The report to the Information and Privacy Agency for a year, a quarter or dates chosen."""
    from commsdesk.ui.tabs.requests.report_dialog import ReportDialog

    dialog = ReportDialog(context.service.years(), context.service.now().date(), context.parent)
    accepted = dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    if not accepted:
        return
    name = context.service.report_file_name(choice.first, choice.last, choice.language, choice.kind)
    pattern = (
        translate("RequestsTab", "PDF files (*.pdf)")
        if choice.kind == "pdf"
        else translate("RequestsTab", "Excel workbooks (*.xlsx)")
    )
    path = _save_path(context.parent, translate("RequestsTab", "Report to the Agency"), name, pattern)
    if path is not None:
        report(context, path, choice)


def report(context: RequestsContext, path: Path, choice) -> None:
    """Write the report `choice` (a ReportChoice) to `path` off the UI thread."""
    run_task(
        context.parent,
        translate("RequestsTab", "Writing the report…"),
        lambda progress: context.service.write_report(
            path, choice.kind, choice.first, choice.last, choice.language, progress=progress
        ),
        lambda written: show_info(context.parent, translate("RequestsTab", "Written: {path}").format(path=written)),
    )


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
