"""The answer in each language (Shqip, Srpski, English), and "Insert statement…": an approved statement valid today,
in the answer's language, put in at the cursor. Expired statements are never offered."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.enquiries import ANSWER_LANGUAGES
from commsdesk.i18n import language_name, translate
from commsdesk.services.enquiries import EnquiriesService, StatementRow
from commsdesk.ui.messages import guarded, show_info
from commsdesk.ui.widgets.statement_chooser import StatementChooser


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
        return self._service.offered_statements(language, search)

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
