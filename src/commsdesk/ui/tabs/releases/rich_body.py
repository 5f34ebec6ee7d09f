"""The body editor: rich text limited to paragraphs, bold, italic and bullet lists, with paragraph tracking.

What is pasted (from Word, a web page…) is reduced to that subset on the way in, and `body()` returns the stored
subset (see `domain.release_body`), so no stray fonts, colours, links or images ever reach a release.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit

from commsdesk.domain.release_body import clean_body, count_text


class BodyEdit(QTextEdit):
    """`paragraph_changed(index)` when the cursor moves to another paragraph (counting non-empty ones)."""

    paragraph_changed = Signal(int)
    format_toggled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self._paragraph = -1
        self.cursorPositionChanged.connect(self._cursor_moved)

    # -- content ---------------------------------------------------------------------------------------------------
    def set_body(self, html: str) -> None:
        self.setHtml(clean_body(html))
        self.document().setModified(False)

    def body(self) -> str:
        """The text in the stored subset of HTML."""
        return clean_body(self.toHtml())

    def counts_text(self) -> tuple[int, int]:
        counts = count_text(self.toPlainText())
        return counts.words, counts.characters

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste only paragraphs, bold, italic and lists."""
        if source.hasHtml():
            self.textCursor().insertHtml(clean_body(source.html()))
        elif source.hasText():
            self.textCursor().insertText(source.text())

    # -- formatting ------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+L bullet list — in whichever side has the focus."""
        control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
        elif event.key() == Qt.Key.Key_L and event.modifiers() == control_shift:
            self.toggle_list()
        else:
            super().keyPressEvent(event)
            return
        self.format_toggled.emit()

    def is_bold(self) -> bool:
        return self.fontWeight() >= QFont.Weight.DemiBold

    def toggle_bold(self) -> None:
        text_format = QTextCharFormat()
        text_format.setFontWeight(QFont.Weight.Normal if self.is_bold() else QFont.Weight.Bold)
        self.mergeCurrentCharFormat(text_format)

    def toggle_italic(self) -> None:
        text_format = QTextCharFormat()
        text_format.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(text_format)

    def in_list(self) -> bool:
        return self.textCursor().currentList() is not None

    def toggle_list(self) -> None:
        """Turn the current paragraph(s) into bullet items, or back into paragraphs."""
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is None:
            cursor.createList(QTextListFormat.Style.ListDisc)
            return
        block = cursor.block()
        current.remove(block)
        block_format = cursor.blockFormat()
        block_format.setIndent(0)
        cursor.setBlockFormat(block_format)

    # -- paragraphs ------------------------------------------------------------------------------------------------
    def _paragraph_blocks(self) -> list[QTextBlock]:
        blocks, block = [], self.document().begin()
        while block.isValid():
            if block.text().strip():
                blocks.append(block)
            block = block.next()
        return blocks

    def paragraph_count(self) -> int:
        return len(self._paragraph_blocks())

    def paragraph_index(self) -> int:
        """The index of the paragraph the cursor is in (empty lines not counted)."""
        number = self.textCursor().blockNumber()
        return sum(1 for block in self._paragraph_blocks() if block.blockNumber() < number)

    def _cursor_moved(self) -> None:
        index = self.paragraph_index()
        if index != self._paragraph:
            self._paragraph = index
            self.paragraph_changed.emit(index)

    def highlight_paragraph(self, index: int) -> None:
        """Shade paragraph `index` (the one being translated on the other side) and scroll it into view."""
        blocks = self._paragraph_blocks()
        if not 0 <= index < len(blocks):
            self.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor("#fff4c2"))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(blocks[index])
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        self.setExtraSelections([selection])
        rect = self.document().documentLayout().blockBoundingRect(blocks[index])
        bar = self.verticalScrollBar()
        if rect.top() < bar.value() or rect.bottom() > bar.value() + self.viewport().height():
            bar.setValue(int(rect.top()) - 10)
