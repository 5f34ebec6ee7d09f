"""Settings → Letter templates: the office's wording of each standard letter in each language, with the placeholders
to insert and a way back to the shipped wording. Every template edited is kept until Save or Discard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.request_letters import (
    LETTER_LANGUAGES,
    LetterKind,
    check_template,
    default_template,
    placeholder_descriptions,
    unknown_placeholders,
)
from commsdesk.errors import ValidationError
from commsdesk.i18n import language_name, translate
from commsdesk.services.requests import RequestsService
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog

PLACEHOLDER = Qt.ItemDataRole.UserRole + 1


class PlaceholderList(QListWidget):
    """The placeholders; Enter inserts the chosen one and goes no further (it would press the dialog's Save)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)


class LetterTemplatesDialog(GuardedDialog):
    """Choose a letter and a language, edit its text; Save stores every template changed, Reset brings back the
    shipped wording of the one shown."""

    def __init__(self, service: RequestsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(translate("RequestLetters", "Letter templates"))
        self.stored = {(t.kind, t.language): t.text for t in service.letter_templates()}
        self.texts = dict(self.stored)  # what the editor holds for each letter and language, saved or not

        self.kind = QComboBox()
        for code, label in LetterKind.labelled():
            self.kind.addItem(label, code)
        self.language = QComboBox()
        for code in LETTER_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.state = QLabel()
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.editor.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.placeholders = PlaceholderList()
        for name, description in placeholder_descriptions().items():
            item = QListWidgetItem(f"{{{name}}} — {description}")
            item.setData(PLACEHOLDER, name)
            item.setToolTip(description)
            self.placeholders.addItem(item)
        self.placeholders.setWordWrap(True)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholders.setCurrentRow(0)
        self.insert_button = QPushButton(translate("RequestLetters", "&Insert"))
        self.reset_button = QPushButton(translate("RequestLetters", "&Reset to default"))
        for button in (self.insert_button, self.reset_button):
            button.setAutoDefault(False)  # Enter anywhere but in the text saves, as in every form

        self.kind.currentIndexChanged.connect(self._show_current)
        self.language.currentIndexChanged.connect(self._show_current)
        self.editor.textChanged.connect(self._edited)
        self.placeholders.itemActivated.connect(lambda _item: self.insert_placeholder())
        self.insert_button.clicked.connect(lambda _=False: self.insert_placeholder())
        self.reset_button.clicked.connect(lambda _=False: self.reset())
        self._build()
        self._show_current()

    def _build(self) -> None:
        choose = QFormLayout()
        choose.addRow(translate("RequestLetters", "&Letter"), self.kind)
        choose.addRow(translate("RequestLetters", "L&anguage"), self.language)
        hint = QLabel(
            translate(
                "RequestLetters",
                "Paragraphs are separated by an empty line. A short line of its own without a full stop is a "
                "heading; written in capitals (VENDIM), it is centred.",
            )
        )
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(choose)
        left.addWidget(self.state)
        left.addWidget(self.editor, 1)
        left.addWidget(self.problem)
        left.addWidget(hint)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("RequestLetters", "Placeholders (double-click or Enter inserts one)")))
        right.addWidget(self.placeholders, 1)
        right.addWidget(self.insert_button)
        right.addWidget(self.reset_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("RequestLetters", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("RequestLetters", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(960, 640)

    # -- what is shown -------------------------------------------------------------------------------------------
    def current(self) -> tuple[LetterKind, str]:
        return LetterKind(self.kind.currentData()), self.language.currentData()

    def show_template(self, kind: LetterKind, language: str) -> None:
        """Bring the template of `kind` in `language` into the editor."""
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.language.setCurrentIndex(self.language.findData(language))

    def _show_current(self) -> None:
        text = self.texts[self.current()]
        if self.editor.toPlainText() != text:
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
        self._update_state()

    def _edited(self) -> None:
        self.texts[self.current()] = self.editor.toPlainText()
        self._update_state()

    def _update_state(self) -> None:
        kind, language = self.current()
        text = self.texts[(kind, language)]
        shipped = text.strip() == default_template(kind, language).strip()
        if shipped:
            self.state.setText(translate("RequestLetters", "The wording commsdesk ships with."))
        elif text == self.stored[(kind, language)]:
            self.state.setText(translate("RequestLetters", "The office's own wording."))
        else:
            self.state.setText(translate("RequestLetters", "The office's own wording, not saved yet."))
        self.reset_button.setEnabled(not shipped)
        unknown = unknown_placeholders(text)
        self.problem.setText(
            translate("RequestLetters", "Unknown placeholder: {placeholder}").format(placeholder=", ".join(unknown))
            if unknown
            else ""
        )

    # -- actions -------------------------------------------------------------------------------------------------
    def insert_placeholder(self) -> None:
        """Put the chosen placeholder where the cursor is in the text."""
        item = self.placeholders.currentItem()
        if item is None:
            return
        self.editor.insertPlainText(f"{{{item.data(PLACEHOLDER)}}}")
        self.editor.setFocus()

    def reset(self) -> None:
        """Put the shipped wording in the editor (Ctrl+Z takes it back; Save stores it)."""
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(default_template(*self.current()))
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    # -- the guarded dialog --------------------------------------------------------------------------------------
    def form_values(self) -> object:
        return tuple(sorted((kind.value, language, text) for (kind, language), text in self.texts.items()))

    def commit(self) -> bool:
        """Check every changed template first (the first wrong one is shown, its fault selected), then store all."""
        changed = [(key, text) for key, text in self.texts.items() if text != self.stored[key]]
        for (kind, language), text in changed:
            try:
                check_template(text)
            except ValidationError:
                self.show_template(kind, language)
                self._select_unknown()
                raise
        for (kind, language), text in changed:
            saved = self.service.save_letter_template(kind, language, text)
            self.stored[(kind, language)] = self.texts[(kind, language)] = saved.text
        self.remember()
        return True

    def _select_unknown(self) -> None:
        """Select the first unknown placeholder, so that typing the right one replaces it."""
        text = self.editor.toPlainText()
        unknown = unknown_placeholders(text)
        if not unknown:
            return
        start = text.index(unknown[0])
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(unknown[0]), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    def field_widget(self, field: str) -> QWidget | None:
        return self.editor if field == "text" else super().field_widget(field)
