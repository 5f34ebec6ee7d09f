"""The Due panel: what is overdue, due today and due this week in every register (`services.due`): media
notifications, ticked off with one click, and the deadlines of other registers, opened in their tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from commsdesk.domain.notifications import DueBucket, due_bucket, week_end
from commsdesk.i18n import format_date, translate
from commsdesk.services.due import DueItem

ITEM_INDEX = Qt.ItemDataRole.UserRole + 1
BUCKET_COLOURS = {
    DueBucket.OVERDUE: "#b3261e",
    DueBucket.TODAY: "#1a73e8",
    DueBucket.THIS_WEEK: "#3c4043",
    DueBucket.LATER: "#5f6368",
}


class DuePanel(QWidget):
    """Shows the items it is given; `done_clicked(task_id)` when a media notification's box is ticked,
    `open_requested(item)` when an item is opened."""

    done_clicked = Signal(int)
    undo_clicked = Signal(int)
    open_requested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        bold = QFont(self.heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.heading.setFont(bold)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.model.itemChanged.connect(self._changed)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(self._open)
        self.undo = QPushButton()
        self.undo.setEnabled(False)
        self.undo.clicked.connect(self._undo)
        self._last_done: int | None = None
        self._filling = False
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._today = date.today()
        self._shown: list[DueItem] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("CalendarDue", "Due"))
        self.hint.setText(
            translate(
                "CalendarDue", "Tick a media notification when the media have been told; open a request to decide it."
            )
        )
        self.empty.setText(translate("CalendarDue", "Nothing is due this week."))
        self.undo.setText(translate("CalendarDue", "Undo"))
        self.set_tasks(self._shown, self._today)

    def set_tasks(self, items: list[DueItem], today: date) -> None:
        self._filling = True
        self._shown, self._today = list(items), today
        self.model.clear()
        groups: dict[DueBucket, list[int]] = {}
        for index, item in enumerate(items):
            groups.setdefault(due_bucket(item.due_on, today), []).append(index)
        for bucket in DueBucket:
            indexes = groups.get(bucket, [])
            if not indexes:
                continue
            title = f"{bucket.label()} ({len(indexes)})"
            if bucket is DueBucket.THIS_WEEK:
                title = translate("CalendarDue", "{bucket} — until {date}").format(
                    bucket=title, date=format_date(week_end(today))
                )
            header = QStandardItem(title)
            header.setEditable(False)
            header.setSelectable(False)
            font = QFont(self.font())
            font.setBold(True)
            header.setFont(font)
            header.setForeground(QBrush(QColor(BUCKET_COLOURS[bucket])))
            for index in indexes:
                header.appendRow(self._item(index, items[index]))
            self.model.appendRow(header)
        self.tree.expandAll()
        self.empty.setVisible(self.model.rowCount() == 0)
        self._filling = False

    def _item(self, index: int, due: DueItem) -> QStandardItem:
        text = f"{format_date(due.due_on)} · {due.action}\n{due.title} — {due.when}"
        item = QStandardItem(text)
        if due.tickable:
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
        item.setEditable(False)
        item.setData(index, ITEM_INDEX)
        item.setToolTip("\n".join(part for part in (text, due.note) if part))
        return item

    def task_texts(self) -> dict[str, list[str]]:
        """What the panel shows: bucket heading → task lines (for tests and accessibility)."""
        shown: dict[str, list[str]] = {}
        for row in range(self.model.rowCount()):
            header = self.model.item(row)
            shown[header.text()] = [header.child(i).text() for i in range(header.rowCount())]
        return shown

    def _changed(self, item: QStandardItem) -> None:
        if self._filling or item.data(ITEM_INDEX) is None or item.checkState() != Qt.CheckState.Checked:
            return
        self._last_done = task_id = self._shown[int(item.data(ITEM_INDEX))].record_id
        self.undo.setEnabled(True)
        # after this signal returns: the receiver rebuilds the list, which deletes the item being changed
        QTimer.singleShot(0, lambda: self.done_clicked.emit(task_id))

    def _undo(self) -> None:
        if self._last_done is not None:
            self.undo_clicked.emit(self._last_done)
            self._last_done = None
            self.undo.setEnabled(False)

    def _open(self, index) -> None:
        position = index.data(ITEM_INDEX)
        if position is not None and 0 <= position < len(self._shown):
            self.open_requested.emit(self._shown[position])
