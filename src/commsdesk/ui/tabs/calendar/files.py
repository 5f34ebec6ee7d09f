"""The calendar's files: the printable week plan (PDF), a range as a workbook (XLSX), iCalendar export and import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from commsdesk.i18n import current_language, translate
from commsdesk.services.calendar import CalendarService, ImportResult
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import show_error, show_info
from commsdesk.ui.tabs.calendar.repeat_editor import from_qdate, to_qdate
from commsdesk.ui.widgets.tasks import run_task


class RangeDialog(QDialog):
    """From which day to which day."""

    def __init__(self, title: str, first: date, last: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first, self.last = QDateEdit(to_qdate(first)), QDateEdit(to_qdate(last))
        for edit in (self.first, self.last):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("CalendarFiles", "Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("CalendarFiles", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(title))
        form.addRow(translate("CalendarFiles", "From"), self.first)
        form.addRow(translate("CalendarFiles", "To"), self.last)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.range()[1] < self.range()[0]:
            show_error(self, translate("CalendarFiles", "The last day comes before the first day."))
            return
        super().accept()

    def range(self) -> tuple[date, date]:
        return from_qdate(self.first.date()), from_qdate(self.last.date())


def _save_path(parent: QWidget, title: str, name: str, kind: str) -> Path | None:
    filters = {
        "pdf": translate("CalendarFiles", "PDF documents (*.pdf)"),
        "xlsx": translate("CalendarFiles", "Excel workbooks (*.xlsx)"),
        "ics": translate("CalendarFiles", "iCalendar files (*.ics)"),
    }
    path, _ = file_dialogs.get_save_file_name(parent, title, f"{name}.{kind}", filters[kind])
    return Path(path).with_suffix("." + kind) if path else None


def _saved(parent: QWidget, path: Path):
    return lambda _count: show_info(parent, translate("CalendarFiles", "Saved to {path}.").format(path=path))


def export_report(parent: QWidget, service: CalendarService, first: date, last: date, kind: str) -> None:
    """The week plan (PDF, whole weeks) or the range workbook (XLSX) of `first`–`last`, written off the UI thread."""
    title = (
        translate("CalendarFiles", "Save the week plan")
        if kind == "pdf"
        else translate("CalendarFiles", "Save the calendar as a workbook")
    )
    name = translate("CalendarFiles", "calendar") + f"-{first:%Y-%m-%d}"
    target = _save_path(parent, title, name, kind)
    if target is None:
        return
    language = current_language()
    run_task(
        parent,
        translate("CalendarFiles", "Writing the calendar…"),
        lambda progress: service.export_range(target, first, last, kind, language, progress=progress),
        _saved(parent, target),
    )


def export_ics(parent: QWidget, service: CalendarService, first: date, last: date, event_ids=None) -> None:
    """The events of `first`–`last` (or the chosen ones) as an .ics file."""
    name = translate("CalendarFiles", "calendar") + f"-{first:%Y-%m-%d}"
    target = _save_path(parent, translate("CalendarFiles", "Export to iCalendar"), name, "ics")
    if target is None:
        return
    calendar_name = translate("CalendarFiles", "Calendar of communication activities")
    language = current_language()
    run_task(
        parent,
        translate("CalendarFiles", "Writing the calendar…"),
        lambda progress: service.export_range(
            target, first, last, "ics", language, event_ids=event_ids, name=calendar_name, progress=progress
        ),
        _saved(parent, target),
    )


def import_ics(parent: QWidget, service: CalendarService, on_done) -> None:
    """Read an .ics file (Outlook, Google…) into the calendar: new events are added, known ones (same UID) updated."""
    path, _ = file_dialogs.get_open_file_name(
        parent,
        translate("CalendarFiles", "Import an iCalendar file"),
        "",
        translate("CalendarFiles", "iCalendar files (*.ics);;All files (*)"),
    )
    if not path:
        return

    def done(result: ImportResult) -> None:
        on_done()
        text = translate("CalendarFiles", "{created} new events imported, {updated} updated.").format(
            created=result.created, updated=result.updated
        )
        if result.skipped:
            text += "\n\n" + "\n".join(result.skipped[:15])
        show_info(parent, text)

    run_task(
        parent,
        translate("CalendarFiles", "Importing the calendar…"),
        lambda progress: service.import_ics_file(Path(path), progress),
        done,
    )
