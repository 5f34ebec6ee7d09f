"""What the register's toolbar does: the form, deleting, importing, exporting the list, the report, the approved
statements and the settings. Each gets the tab's small context, never the tab."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from commsdesk.i18n import translate
from commsdesk.services.contacts import ContactsService
from commsdesk.services.enquiries import EnquiriesService, EnquiryFilter
from commsdesk.ui.messages import confirm, guarded
from commsdesk.ui.widgets import register_files
from commsdesk.ui.widgets.register_files import RegisterFileTexts


@dataclass(frozen=True)
class EnquiriesContext:
    parent: QWidget
    service: EnquiriesService
    contacts: ContactsService | None
    current_id: Callable[[], int | None]
    current_filter: Callable[[], EnquiryFilter]
    reload: Callable[[int | None], None]  # read the list again, choosing that enquiry (None: keep the chosen one)


def open_enquiry(context: EnquiriesContext, enquiry_id: int | None) -> int | None:
    """The form, new (None) or for an enquiry; returns the id of the enquiry saved or looked at."""
    from commsdesk.ui.tabs.enquiries.form import EnquiryDialog

    dialog = guarded(context.parent, EnquiryDialog, context.service, enquiry_id, context.contacts, context.parent)
    if dialog is None:  # deleted meanwhile
        context.reload(None)
        return None
    dialog.exec()
    dialog.deleteLater()
    context.reload(dialog.enquiry_id)
    return dialog.enquiry_id


def delete_current(context: EnquiriesContext) -> bool:
    """Delete the chosen enquiry with its questions and history, once the user confirmed; True when deleted."""
    enquiry_id = context.current_id()
    if enquiry_id is None:
        return False
    details = guarded(context.parent, context.service.details, enquiry_id)
    if details is None:
        return False
    data = details.data
    subject = data.topic or (data.questions[0].splitlines()[0] if data.questions else "")
    who = data.journalist or translate("EnquiriesTab", "(no name)")
    question = translate(
        "EnquiriesTab", "Delete the enquiry {reference} of {journalist} “{subject}” with its questions and history?"
    ).format(reference=details.reference, journalist=who, subject=subject[:80])
    if not confirm(context.parent, question, translate("EnquiriesTab", "Delete")):
        return False
    guarded(context.parent, context.service.delete, enquiry_id)
    context.reload(None)
    return True


def _file_texts() -> RegisterFileTexts:
    return RegisterFileTexts(
        import_title=translate("EnquiriesTab", "Import enquiries"),
        import_pattern=translate("EnquiriesTab", "Registers (*.xlsx *.csv);;All files (*)"),
        imported=translate("EnquiriesTab", "{created} enquiries imported; {unchanged} were already in the register."),
        importing=translate("EnquiriesTab", "Importing the enquiries…"),
        export_name=translate("EnquiriesTab", "journalists-enquiries"),
        export_title=translate("EnquiriesTab", "Export the list"),
        xlsx_pattern=translate("EnquiriesTab", "Excel workbooks (*.xlsx)"),
        csv_pattern=translate("EnquiriesTab", "CSV files (*.csv)"),
        pdf_pattern=translate("EnquiriesTab", "PDF files (*.pdf)"),
        exporting=translate("EnquiriesTab", "Exporting the enquiries…"),
        written_one=translate("EnquiriesTab", "1 enquiry written to {path}"),
        written_many=translate("EnquiriesTab", "{count} enquiries written to {path}"),
        report_title=translate("EnquiriesTab", "Report on journalists' enquiries"),
        writing_report=translate("EnquiriesTab", "Writing the report…"),
        report_written=translate("EnquiriesTab", "Written: {path}"),
    )


def import_file(context: EnquiriesContext, path: str | None = None) -> None:
    """An older register of enquiries (CSV or XLSX) into this one, all or nothing."""
    register_files.import_file(context, _file_texts(), path)


def export_list(context: EnquiriesContext, kind: str, path: Path | None = None) -> None:
    """The enquiries the list shows now (search and filters applied) as a workbook or CSV."""
    register_files.export_list(context, _file_texts(), kind, path)


def write_report(context: EnquiriesContext) -> None:
    """The enquiries' report for a year, a quarter or dates chosen, as PDF or workbook."""
    from commsdesk.ui.tabs.enquiries.report_dialog import EnquiryReportDialog

    register_files.write_report(context, _file_texts(), EnquiryReportDialog)


def edit_statements(context: EnquiriesContext) -> None:
    from commsdesk.ui.tabs.enquiries.statements_dialog import StatementsDialog

    dialog = StatementsDialog(context.service, context.parent)
    dialog.exec()
    dialog.deleteLater()


def edit_settings(context: EnquiriesContext) -> bool:
    from commsdesk.ui.tabs.enquiries.settings_dialog import EnquirySettingsDialog

    dialog = EnquirySettingsDialog(context.service.settings(), context.service.save_settings, context.parent)
    saved = bool(dialog.exec())
    dialog.deleteLater()
    if saved:
        context.reload(None)
    return saved
