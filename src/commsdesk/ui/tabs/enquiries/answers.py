"""The answer in each language (Shqip, Srpski, English), and "Insert statement…": an approved statement valid today,
in the answer's language, put in at the cursor. Expired statements are never offered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.enquiries import ANSWER_LANGUAGES
from commsdesk.i18n import format_date, language_name, translate
from commsdesk.services.enquiries import EnquiriesService, StatementRow
from commsdesk.ui.messages import guarded, show_info
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.table_view import make_table_view


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


class AnswersEditor(QWidget):
    """`value()` is {language code: answer} for the languages written; `changed` on every edit."""

    changed = Signal()

    def __init__(self, service: EnquiriesService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.tabs = QTabWidget()
        self.editors: dict[str, QPlainTextEdit] = {}
        for code in ANSWER_LANGUAGES:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(
                translate("EnquiryForm", "the answer in {language}").format(language=language_name(code))
            )
            editor.textChanged.connect(self.changed)
            editor.textChanged.connect(self._mark_written)
            self.editors[code] = editor
            self.tabs.addTab(editor, language_name(code))
        self.insert_button = QPushButton(translate("EnquiryForm", "&Insert statement…"))
        self.insert_button.setToolTip(
            translate("EnquiryForm", "An approved statement valid today, in this language, at the cursor")
        )
        self.insert_button.clicked.connect(lambda _=False: self.insert_statement())
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.insert_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.buttons)

    # -- the value -------------------------------------------------------------------------------------------------
    def value(self) -> dict[str, str]:
        texts = {code: editor.toPlainText().strip() for code, editor in self.editors.items()}
        return {code: text for code, text in texts.items() if text}

    def set_value(self, answers: dict[str, str]) -> None:
        for code, editor in self.editors.items():
            editor.setPlainText(answers.get(code, ""))

    def _mark_written(self) -> None:
        """A tick on the languages the answer is written in."""
        for position, (code, editor) in enumerate(self.editors.items()):
            written = bool(editor.toPlainText().strip())
            self.tabs.setTabText(position, f"{language_name(code)} ✓" if written else language_name(code))

    def language(self) -> str:
        """The language of the answer shown."""
        return ANSWER_LANGUAGES[self.tabs.currentIndex()]

    def show_language(self, code: str) -> QPlainTextEdit:
        self.tabs.setCurrentIndex(ANSWER_LANGUAGES.index(code))
        return self.editors[code]

    def focus_target(self) -> QWidget:
        return self.editors[self.language()]

    # -- statements ------------------------------------------------------------------------------------------------
    def offered(self, language: str, search: str = "") -> list[StatementRow]:
        """The statements an answer in `language` may use today: valid, with a text in that language."""
        rows = self._service.statements(search, offered_only=True)
        return [row for row in rows if row.data.texts.get(language, "").strip()]

    def insert_statement(self, language: str | None = None) -> str | None:
        """Choose a statement for the answer in `language` (the one shown) and put its text in at the cursor."""
        language = language or self.language()
        editor = self.show_language(language)
        if not self.offered(language):
            show_info(
                self,
                translate(
                    "EnquiryForm",
                    "No approved statement valid today has a text in {language}. Statements are kept under "
                    "“Statements…” in the register's toolbar.",
                ).format(language=language_name(language)),
            )
            return None
        dialog = StatementChooser(lambda search: self.offered(language, search), language, self)
        accepted = dialog.exec()
        chosen = dialog.chosen()
        dialog.deleteLater()
        if not accepted or chosen is None:
            return None
        text = guarded(self, self._service.statement_text, chosen.id, language)
        if text:
            editor.insertPlainText(text)
            editor.setFocus()
        return text
