"""The journalist's questions as a numbered list: add, edit, remove and reorder them.

The list shows each question's number and first line; the box under it edits the chosen question as it is typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from commsdesk.i18n import translate

SHOWN_CHARACTERS = 110  # of a question's first line in the list


class QuestionsEditor(QWidget):
    """`value()` is the questions entered, in order, empty ones left out; `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._texts: list[str] = [""]
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(130)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(70)
        self.editor.setPlaceholderText(translate("EnquiryForm", "the question, as the journalist asked it"))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, handler in (
            ("add", translate("EnquiryForm", "&Add question"), self.add_question),
            ("remove", translate("EnquiryForm", "Re&move"), self.remove_question),
            ("up", translate("EnquiryForm", "Move &up"), lambda: self.move(-1)),
            ("down", translate("EnquiryForm", "Move do&wn"), lambda: self.move(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, h=handler: h())
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self.list.currentRowChanged.connect(self._chosen)
        self.editor.textChanged.connect(self._edited)
        self._show(0)

    # -- the value -------------------------------------------------------------------------------------------------
    def value(self) -> tuple[str, ...]:
        return tuple(text.strip() for text in self._texts if text.strip())

    def set_value(self, questions: tuple[str, ...]) -> None:
        self._texts = list(questions) or [""]
        self._show(0)

    def texts(self) -> list[str]:
        """The list's lines as shown: "1. First question"."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def focus_target(self) -> QWidget:
        return self.editor

    # -- editing ---------------------------------------------------------------------------------------------------
    def add_question(self, text: str = "") -> None:
        """A new question at the end, chosen, with the cursor in it."""
        if self._texts and not self._texts[-1].strip() and not text:
            self._show(len(self._texts) - 1)  # an empty one is there already
        else:
            self._texts.append(text)
            self._show(len(self._texts) - 1)
            self.changed.emit()
        self.editor.setFocus()

    def remove_question(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._texts[row]
        if not self._texts:
            self._texts = [""]
        self._show(min(row, len(self._texts) - 1))
        self.changed.emit()

    def move(self, step: int) -> None:
        """The chosen question one place up (-1) or down (1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._texts):
            return
        self._texts[row], self._texts[target] = self._texts[target], self._texts[row]
        self._show(target)
        self.changed.emit()

    # -- inside ----------------------------------------------------------------------------------------------------
    def _line(self, row: int) -> str:
        first = self._texts[row].strip().splitlines()[0] if self._texts[row].strip() else ""
        if len(first) > SHOWN_CHARACTERS:
            first = first[: SHOWN_CHARACTERS - 1] + "…"
        return f"{row + 1}. {first or translate('EnquiryForm', '(new question)')}"

    def _show(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([self._line(row) for row in range(len(self._texts))])
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._chosen(current)

    def _chosen(self, row: int) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._texts[row] if 0 <= row < len(self._texts) else "")
        self.editor.blockSignals(False)
        self.editor.setEnabled(row >= 0)
        self._update_buttons(row)

    def _edited(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._texts[row] = self.editor.toPlainText()
        item = self.list.item(row)
        item.setText(self._line(row))
        self._update_buttons(row)
        self.changed.emit()

    def _update_buttons(self, row: int) -> None:
        count = len(self._texts)
        self.buttons["remove"].setEnabled(row >= 0 and (count > 1 or bool(self._texts[0].strip())))
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)
