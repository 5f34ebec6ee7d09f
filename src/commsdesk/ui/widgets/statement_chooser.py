"""Choosing an approved statement valid today, with a text in one language, to insert into an answer or a release."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QVBoxLayout

from commsdesk.i18n import format_date, language_name, translate
from commsdesk.services.enquiries import StatementRow
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.table_view import make_table_view

# (language, search) → the statements valid today with a text in that language (EnquiriesService.offered_statements)
Offered = Callable[[str, str], list[StatementRow]]


def validity_text(row: StatementRow) -> str:
    """ "until 30.06.2026", "from 01.03.2026", "01.03.2026 – 30.06.2026", "always"; "expired" once it ended."""
    data = row.data
    if row.expired:
        return translate("Statements", "expired {day}").format(day=format_date(data.valid_until))
    if data.valid_from and data.valid_until:
        return f"{format_date(data.valid_from)} – {format_date(data.valid_until)}"
    if data.valid_until:
        return translate("Statements", "until {day}").format(day=format_date(data.valid_until))
    if data.valid_from:
        return translate("Statements", "from {day}").format(day=format_date(data.valid_from))
    return translate("Statements", "no end date")


class StatementChooser(QDialog):
    """The approved statements valid today with a text in `language`: search, look at the text, insert one."""

    def __init__(self, find: Callable[[str], list[StatementRow]], language: str, parent=None) -> None:
        super().__init__(parent)
        self._find, self._language = find, language
        self.setWindowTitle(
            translate("EnquiryForm", "Insert an approved statement ({language})").format(
                language=language_name(language)
            )
        )
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("EnquiryForm", "Search topic, text, approver…"))
        self.model = RowsModel(
            (
                ColumnSpec(lambda: translate("Statements", "Topic"), lambda row: row.topic),
                ColumnSpec(lambda: translate("Statements", "Valid"), validity_text),
                ColumnSpec(lambda: translate("Statements", "Approved by"), lambda row: row.data.approved_by),
            ),
            self,
        )
        self.table = make_table_view()
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.setModel(self.model)
        for column, width in enumerate((260, 170)):
            self.table.setColumnWidth(column, width)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(150)
        buttons = QDialogButtonBox()
        self.insert_button = buttons.addButton(
            translate("EnquiryForm", "Insert"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(translate("EnquiryForm", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._look_up)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_text())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.accept, context=Qt.ShortcutContext.WidgetShortcut)
        self._look_up()
        self.resize(720, 500)

    def _look_up(self) -> None:
        self.model.set_rows(self._find(self.search.text()))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_text()

    def rows(self) -> list[StatementRow]:
        return [self.model.row(row) for row in range(self.model.rowCount())]

    def chosen(self) -> StatementRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_text(self) -> None:
        row = self.chosen()
        self.preview.setPlainText(row.data.texts.get(self._language, "") if row else "")
        self.insert_button.setEnabled(row is not None)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
