"""Cell painters and inline editors of the plan tree: a progress bar, and status and progress editors."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from commsdesk.domain.plan import ActivityStatus
from commsdesk.ui.tabs.plan.model import PROGRESS_ROLE, STATUS_ROLE

Index = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar; edits it with a 0–100 % spin box."""

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        text = f"{int(value)} %"
        text_width = option.fontMetrics.horizontalAdvance("100 %") + 6
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -text_width - 3, -3)
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(value)
        bar.textVisible = False
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.save()
        painter.setPen(option.palette.highlightedText().color() if selected else option.palette.text().color())
        text_rect = option.rect.adjusted(option.rect.width() - text_width, 0, -3, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 100)
        editor.setSingleStep(10)
        editor.setSuffix(" %")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setValue(int(index.data(PROGRESS_ROLE) or 0))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        editor.interpretText()  # type: ignore[attr-defined]
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class StatusDelegate(QStyledItemDelegate):
    """Edits the status column with a list of the statuses; choosing one records it at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for code, label in ActivityStatus.labelled():
            editor.addItem(label, code)
        editor.activated.connect(lambda _row, e=editor: self._commit(e))
        return editor

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        combo: QComboBox = editor  # type: ignore[assignment]
        combo.setCurrentIndex(max(0, combo.findData(index.data(STATUS_ROLE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
