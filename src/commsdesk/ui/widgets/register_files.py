"""What every register's toolbar does alike with files: importing an older register, exporting the list the tab shows
and writing the report chosen in the tab's report dialog, each off the UI thread.

The tab gives its small context (its widget, its service, its filter and how to read the list again) and its texts,
already translated where the tab writes them, so that `pyside6-lupdate` reads each text in the tab's own context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from commsdesk.i18n import current_language
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import show_info
from commsdesk.ui.widgets.tasks import run_task


@dataclass(frozen=True)
class RegisterFileTexts:
    """A register's texts for its files, translated by the tab."""

    import_title: str  # "Import requests"
    import_pattern: str  # "Registers (*.xlsx *.csv);;All files (*)"
    imported: str  # "{created} requests imported; {unchanged} were already in the register."
    importing: str  # "Importing the requests…"
    export_name: str  # the exported file's name before the year and the suffix: "document-requests"
    export_title: str  # "Export the list"
    xlsx_pattern: str  # "Excel workbooks (*.xlsx)"
    csv_pattern: str  # "CSV files (*.csv)"
    pdf_pattern: str  # "PDF files (*.pdf)"
    exporting: str  # "Exporting the requests…"
    written_one: str  # "1 request written to {path}"
    written_many: str  # "{count} requests written to {path}"
    report_title: str  # "Report to the Agency"
    writing_report: str  # "Writing the report…"
    report_written: str  # "Written: {path}"


class RegisterContext(Protocol):
    @property
    def parent(self) -> QWidget: ...
    @property
    def service(self) -> Any: ...  # imports, exports and writes reports
    @property
    def current_filter(self) -> Callable[[], Any]: ...  # the filter the list shows now (with its `year`)
    @property
    def reload(self) -> Callable[[int | None], None]: ...


def save_path(parent: QWidget, title: str, name: str, pattern: str) -> Path | None:
    path, _ = file_dialogs.get_save_file_name(parent, title, name, pattern)
    return Path(path) if path else None


def import_file(context: RegisterContext, texts: RegisterFileTexts, path: str | None = None) -> None:
    """An older register (CSV or XLSX) into this one, all or nothing."""
    if path is None:
        path, _ = file_dialogs.get_open_file_name(context.parent, texts.import_title, "", texts.import_pattern)
    if not path:
        return

    def done(result) -> None:
        context.reload(None)
        show_info(context.parent, texts.imported.format(created=result.created, unchanged=result.unchanged))

    run_task(
        context.parent,
        texts.importing,
        lambda progress: context.service.import_file(Path(path), progress=progress),
        done,
    )


def export_list(context: RegisterContext, texts: RegisterFileTexts, kind: str, path: Path | None = None) -> None:
    """The records the list shows now (search and filters applied) as a workbook or CSV."""
    record_filter = context.current_filter()
    if path is None:
        name = texts.export_name + (f"-{record_filter.year}" if record_filter.year else "") + f".{kind}"
        pattern = texts.xlsx_pattern if kind == "xlsx" else texts.csv_pattern
        path = save_path(context.parent, texts.export_title, name, pattern)
    if path is None:
        return
    language = current_language()

    def done(count: int) -> None:
        written = texts.written_one if count == 1 else texts.written_many
        show_info(context.parent, written.format(count=count, path=path))

    run_task(
        context.parent,
        texts.exporting,
        lambda progress: context.service.export_file(path, kind, record_filter, language, progress=progress),
        done,
    )


def write_report(context: RegisterContext, texts: RegisterFileTexts, dialog_class: Callable[..., Any]) -> None:
    """The report for a year, a quarter or dates chosen in the register's `dialog_class`, as PDF or workbook."""
    dialog = dialog_class(context.service.years(), context.service.now().date(), context.parent)
    accepted = dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    if not accepted:
        return
    name = context.service.report_file_name(choice.first, choice.last, choice.language, choice.kind)
    pattern = texts.pdf_pattern if choice.kind == "pdf" else texts.xlsx_pattern
    path = save_path(context.parent, texts.report_title, name, pattern)
    if path is not None:
        report(context, texts, path, choice)


def report(context: RegisterContext, texts: RegisterFileTexts, path: Path, choice) -> None:
    """Write the report `choice` (the dialog's choice) to `path` off the UI thread."""
    run_task(
        context.parent,
        texts.writing_report,
        lambda progress: context.service.write_report(
            path, choice.kind, choice.first, choice.last, choice.language, progress=progress
        ),
        lambda written: show_info(context.parent, texts.report_written.format(path=written)),
    )
