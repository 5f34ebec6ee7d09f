"""One side of the editor: a language version with its headline, subheadline, formatted body and counts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.releases import VersionState, release_language_name
from commsdesk.i18n import translate
from commsdesk.services.releases import VersionInput
from commsdesk.ui.messages import show_info
from commsdesk.ui.tabs.releases.rich_body import BodyEdit
from commsdesk.ui.widgets.statement_chooser import Offered, StatementChooser


class VersionPane(QWidget):
    """Emits `language_requested(code)` when the user picks another language for this side."""

    language_requested = Signal(str)
    paragraph_changed = Signal(int)

    def __init__(self, languages: list[str], statements: Offered | None = None, parent=None) -> None:
        super().__init__(parent)
        self.language = ""
        self._statements = statements
        self.language_box = QComboBox()
        for code in languages:
            self.language_box.addItem(release_language_name(code), code)
        self.language_box.activated.connect(lambda _: self.language_requested.emit(self.language_box.currentData()))
        self.state = QComboBox()
        self.headline = QLineEdit()
        self.subheadline = QLineEdit()
        self.body = BodyEdit()
        self.body.paragraph_changed.connect(self.paragraph_changed)
        self.bold = self._format_button("B", self.body.toggle_bold)
        self.bold.setStyleSheet("font-weight: bold")
        self.italic = self._format_button("I", self.body.toggle_italic)
        self.italic.setStyleSheet("font-style: italic")
        self.bullets = self._format_button("•", self.body.toggle_list)
        self.body.format_toggled.connect(self._show_format)
        self.counts = QLabel()
        self.paragraph_label = QLabel()
        self.body.textChanged.connect(self._show_counts)
        self.body.cursorPositionChanged.connect(self._show_format)

        top = QHBoxLayout()
        top.addWidget(self.language_box, 1)
        top.addWidget(self.state)
        form = QFormLayout()
        self.headline_label, self.subheadline_label = QLabel(), QLabel()
        form.addRow(self.headline_label, self.headline)
        form.addRow(self.subheadline_label, self.subheadline)
        tools = QHBoxLayout()
        for button in (self.bold, self.italic, self.bullets):
            tools.addWidget(button)
        self.statement_button = QPushButton()
        self.statement_button.clicked.connect(lambda _=False: self.insert_statement())
        self.statement_button.setVisible(statements is not None)
        tools.addWidget(self.statement_button)
        tools.addStretch(1)
        tools.addWidget(self.paragraph_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addLayout(tools)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.counts)
        self.retranslate()

    def insert_statement(self) -> str | None:
        """Choose an approved statement in this version's language and put its text in at the cursor."""
        if self._statements is None or self.body.isReadOnly():
            return None
        language, offered = self.language, self._statements
        if not offered(language, ""):
            show_info(
                self,
                translate("ReleaseEditor", "No approved statement valid today has a text in {language}.").format(
                    language=release_language_name(language)
                ),
            )
            return None
        dialog = StatementChooser(lambda search: offered(language, search), language, self)
        chosen = dialog.chosen() if dialog.exec() else None
        dialog.deleteLater()
        if chosen is None:
            return None
        text = chosen.data.texts[language]
        self.body.insertPlainText(text)
        self.body.setFocus()
        return text

    def _format_button(self, text: str, handler) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setFixedWidth(30)
        button.clicked.connect(lambda _=False: (handler(), self._show_format(), self.body.setFocus()))
        return button

    def retranslate(self) -> None:
        chosen = self.state.currentData()
        self.state.clear()
        for code, label in VersionState.labelled():
            self.state.addItem(label, code)
        self.state.setCurrentIndex(max(self.state.findData(chosen), 0))
        self.headline_label.setText(translate("ReleaseEditor", "Headline"))
        self.subheadline_label.setText(translate("ReleaseEditor", "Subheadline"))
        self.bold.setToolTip(translate("ReleaseEditor", "Bold (Ctrl+B)"))
        self.italic.setToolTip(translate("ReleaseEditor", "Italic (Ctrl+I)"))
        self.bullets.setToolTip(translate("ReleaseEditor", "Bullet list (Ctrl+Shift+L)"))
        self.statement_button.setText(translate("ReleaseEditor", "Insert &statement…"))
        self.statement_button.setToolTip(
            translate("ReleaseEditor", "An approved statement valid today, in this version's language")
        )
        self._show_counts()

    def load(self, value: VersionInput) -> None:
        """Show `value` (its language becomes this side's language)."""
        self.language = value.language
        index = self.language_box.findData(value.language)
        if index < 0:
            self.language_box.addItem(release_language_name(value.language), value.language)
            index = self.language_box.count() - 1
        self.language_box.setCurrentIndex(index)
        self.state.setCurrentIndex(max(self.state.findData(value.state.value), 0))
        self.headline.setText(value.headline)
        self.subheadline.setText(value.subheadline)
        self.body.set_body(value.body)
        self._show_counts()

    def value(self) -> VersionInput:
        """The version as shown now; one with text is no longer "missing"."""
        state = VersionState(self.state.currentData())
        headline, body = self.headline.text(), self.body.body()
        if state is VersionState.MISSING and (headline.strip() or self.body.toPlainText().strip()):
            state = VersionState.DRAFT
        return VersionInput(self.language, headline, body, self.subheadline.text(), state)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.headline, self.subheadline):
            widget.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        for widget in (self.state, self.bold, self.italic, self.bullets):
            widget.setEnabled(not read_only)

    def _show_counts(self) -> None:
        words, characters = self.body.counts_text()
        self.counts.setText(
            translate("ReleaseEditor", "{words} words · {characters} characters").format(
                words=words, characters=characters
            )
        )
        self._show_paragraph()

    def _show_paragraph(self) -> None:
        total = self.body.paragraph_count()
        index = min(self.body.paragraph_index() + 1, max(total, 1))
        self.paragraph_label.setText(
            translate("ReleaseEditor", "Paragraph {number} of {total}").format(number=index, total=total)
        )

    def _show_format(self) -> None:
        self.bold.setChecked(self.body.fontWeight() >= QFont.Weight.DemiBold)
        self.italic.setChecked(self.body.fontItalic())
        self.bullets.setChecked(self.body.in_list())
        self._show_paragraph()
