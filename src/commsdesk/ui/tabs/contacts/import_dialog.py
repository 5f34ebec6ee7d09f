"""Importing contacts: the file's layout and column mapping, a preview of what will happen, then one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.contacts import ImportRow, OnDuplicate
from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.services.contacts import ContactsService, ImportReport
from commsdesk.ui.messages import show_error, show_info
from commsdesk.ui.tabs.contacts.import_mapping import MappingEditor
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.table_view import make_table_view
from commsdesk.ui.widgets.tasks import run_task

PREVIEW_ROWS = 500
ENCODINGS = (
    ("", None),
    ("UTF-8", "utf-8"),
    ("Windows-1250", "cp1250"),
    ("Windows-1252", "cp1252"),
    ("UTF-16", "utf-16"),
)
DELIMITERS = ((",", ","), (";", ";"), ("Tab", "\t"))


def _actions() -> dict[str, str]:
    return {
        "create": translate("ContactImport", "new"),
        "update": translate("ContactImport", "update"),
        "skip": translate("ContactImport", "skip"),
        "reject": translate("ContactImport", "rejected"),
    }


class ImportDialog(QDialog):
    def __init__(self, service: ContactsService, path: Path, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.path = path
        self.report: ImportReport | None = None
        self._rows: list[ImportRow] = []
        self.source = service.open_import(path)
        self.setWindowTitle(translate("ContactImport", "Import contacts from {file}").format(file=path.name))
        self.layout_label = QLabel()
        self.layout_label.setTextFormat(Qt.TextFormat.PlainText)
        self.encoding = QComboBox()
        self.delimiter = QComboBox()
        for text, value in ENCODINGS:
            self.encoding.addItem(text or translate("ContactImport", "detected"), value)
        for text, value in DELIMITERS:
            self.delimiter.addItem(text if value != "\t" else translate("ContactImport", "Tab"), value)
        self.mapping = MappingEditor()
        self.mapping.changed.connect(self._schedule)
        self.on_duplicate = QComboBox()
        for code, label in OnDuplicate.labelled():
            self.on_duplicate.addItem(label, code)
        self.on_duplicate.currentIndexChanged.connect(self._schedule)
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItem("")
        self.group.addItems([group.name for group in service.groups()])
        self.skip_invalid = QCheckBox(
            translate("ContactImport", "Import the valid rows and leave out the rejected ones")
        )
        self.skip_invalid.toggled.connect(self._update_button)
        self.preview = RowsModel(
            [
                ColumnSpec(lambda: translate("ContactImport", "Row"), lambda r: r[0].row),
                ColumnSpec(
                    lambda: translate("ContactImport", "Name"), lambda r: r[0].data.full_name if r[0].data else ""
                ),
                ColumnSpec(
                    lambda: translate("ContactImport", "Organisation"), lambda r: r[0].data.outlet if r[0].data else ""
                ),
                ColumnSpec(
                    lambda: translate("ContactImport", "E-mail"),
                    lambda r: "; ".join(a for _l, a in r[0].data.emails) if r[0].data else "",
                ),
                ColumnSpec(
                    lambda: translate("ContactImport", "Phone"),
                    lambda r: "; ".join(n for _l, n in r[0].data.phones) if r[0].data else "",
                ),
                ColumnSpec(
                    lambda: translate("ContactImport", "Groups"),
                    lambda r: "; ".join(r[0].data.groups) if r[0].data else "",
                ),
                ColumnSpec(lambda: translate("ContactImport", "What happens"), lambda r: r[1]),
            ],
            self,
        )
        self.table = make_table_view()
        self.table.setModel(self.preview)
        for column, width in enumerate((56, 150, 150, 180, 115, 110)):  # "What happens" takes the rest
            self.table.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(80)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check)
        self._build_layout()
        self._show_source()
        self.encoding.currentIndexChanged.connect(self._reopen)
        self.delimiter.currentIndexChanged.connect(self._reopen)
        self.check()
        self.resize(1100, 760)

    def _build_layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.layout_label, 1)
        self.encoding_label = QLabel(translate("ContactImport", "Encoding"))
        self.delimiter_label = QLabel(translate("ContactImport", "Separator"))
        for widget in (self.encoding_label, self.encoding, self.delimiter_label, self.delimiter):
            file_row.addWidget(widget)
        options = QFormLayout()
        options.addRow(translate("ContactImport", "A row matching a contact by e-mail or phone"), self.on_duplicate)
        options.addRow(translate("ContactImport", "Also put the contacts in the group"), self.group)
        options.addRow("", self.skip_invalid)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        preview_title = QLabel(translate("ContactImport", "Preview"))
        preview_title.setStyleSheet("font-weight: bold")
        lower_layout.addWidget(preview_title)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.mapping)
        splitter.addWidget(lower)
        splitter.setSizes([260, 420])
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            translate("ContactImport", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(translate("ContactImport", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(options)
        layout.addWidget(buttons)

    # -- the file --------------------------------------------------------------------------------------------------
    def _show_source(self) -> None:
        source = self.source
        text = translate("ContactImport", "Recognised as: {layout}").format(layout=source.layout_name())
        table = source.table
        if table is not None and source.kind == "csv":
            encoding = next((name for name, codec in ENCODINGS if codec == table.encoding), "UTF-8")
            separator = translate("ContactImport", "Tab") if table.delimiter == "\t" else table.delimiter
            text += " · " + translate("ContactImport", "{encoding}, separator “{separator}”").format(
                encoding=encoding, separator=separator
            )
        self.layout_label.setText(text)
        is_csv = source.kind == "csv"
        for widget in (self.encoding_label, self.encoding, self.delimiter_label, self.delimiter):
            widget.setVisible(is_csv)
        if table is not None:
            self.delimiter.blockSignals(True)
            self.delimiter.setCurrentIndex(max(self.delimiter.findData(table.delimiter), 0))
            self.delimiter.blockSignals(False)
            self.mapping.show_table(table, source.mapping)
        self.mapping.setVisible(table is not None)

    def _reopen(self) -> None:
        try:
            self.source = self._service.open_import(
                self.path, encoding=self.encoding.currentData(), delimiter=self.delimiter.currentData()
            )
        except UserError as error:
            show_error(self, str(error))
            return
        self._show_source()
        self.check()

    # -- preview ---------------------------------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def check(self) -> None:
        """Map the rows, validate them and ask the service what importing them would do."""
        self._timer.stop()
        if self.source.table is not None:
            self.source.mapping = self.mapping.mapping()
        try:
            self._rows = self.source.rows()
            report = self._service.preview_import(self._rows, OnDuplicate(self.on_duplicate.currentData()))
        except UserError as error:
            self._rows, report = [], ImportReport()
            self.summary.setText(str(error))
        else:
            self.summary.setText(
                translate("ContactImport", "{rows} rows: {summary}.").format(
                    rows=len(self._rows), summary=report.summary()
                )
            )
        labels = _actions()
        reasons = {outcome.row: outcome for outcome in report.outcomes}
        shown = []
        for row in self._rows[:PREVIEW_ROWS]:
            outcome = reasons.get(row.row)
            what = ""
            if outcome is not None:
                what = labels[outcome.action] + (f" — {outcome.reason}" if outcome.reason else "")
            shown.append((row, what))
        self.preview.set_rows(shown)
        rejected = report.rejected
        self.problems.setVisible(bool(rejected))
        self.problems.setPlainText(
            "\n".join(
                translate("ContactImport", "Row {row}: {reason}").format(row=o.row, reason=o.reason)
                for o in rejected[:200]
            )
        )
        self._report = report
        self._update_button()

    def _update_button(self) -> None:
        report = getattr(self, "_report", ImportReport())
        blocked = bool(report.rejected) and not self.skip_invalid.isChecked()
        self.import_button.setEnabled(bool(self._rows) and not blocked)

    # -- importing -------------------------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self._timer.isActive():
            self.check()
        rows = list(self._rows)
        on_duplicate = OnDuplicate(self.on_duplicate.currentData())
        group = self.group.currentText().strip() or None
        skip_invalid = self.skip_invalid.isChecked()
        self.import_button.setEnabled(False)

        def work(progress):
            return self._service.import_contacts(
                rows, on_duplicate=on_duplicate, group=group, skip_invalid=skip_invalid, progress=progress
            )

        self.task = run_task(self, translate("ContactImport", "Importing contacts…"), work, self._done)
        self.task.finished.connect(self._update_button)

    def _done(self, report: ImportReport) -> None:
        self.report = report
        show_info(self, translate("ContactImport", "Import finished: {summary}.").format(summary=report.summary()))
        self.accept()
