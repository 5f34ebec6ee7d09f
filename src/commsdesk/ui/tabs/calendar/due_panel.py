"""The Due panel: media-notification tasks that are overdue, due today and due this week; one click marks done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from commsdesk.domain.notifications import DueBucket, due_bucket, task_label, week_end
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.services.calendar import DueTask

TASK_ID = Qt.ItemDataRole.UserRole + 1
BUCKET_COLOURS = {DueBucket.OVERDUE: "#b3261e", DueBucket.TODAY: "#1a73e8", DueBucket.THIS_WEEK: "#3c4043"}


class DuePanel(QWidget):
    """Shows the tasks it is given; `done_clicked(task_id)` when a box is ticked, `open_requested(task)`."""

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
        self._tasks: dict[int, DueTask] = {}
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
        self._shown: list[DueTask] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("CalendarDue", "Media notifications due"))
        self.hint.setText(translate("CalendarDue", "Tick a task when the media have been told."))
        self.empty.setText(translate("CalendarDue", "Nothing is due this week."))
        self.undo.setText(translate("CalendarDue", "Undo"))
        self.set_tasks(self._shown, self._today)

    def set_tasks(self, tasks: list[DueTask], today: date) -> None:
        self._filling = True
        self._shown, self._today = list(tasks), today
        self._tasks = {task.id: task for task in tasks}
        self.model.clear()
        groups: dict[DueBucket, list[DueTask]] = {}
        for task in tasks:
            bucket = due_bucket(task.due_on, today)
            if bucket is not DueBucket.LATER:
                groups.setdefault(bucket, []).append(task)
        for bucket in (DueBucket.OVERDUE, DueBucket.TODAY, DueBucket.THIS_WEEK):
            items = groups.get(bucket, [])
            if not items:
                continue
            title = f"{bucket.label()} ({len(items)})"
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
            for task in items:
                header.appendRow(self._item(task))
            self.model.appendRow(header)
        self.tree.expandAll()
        self.empty.setVisible(self.model.rowCount() == 0)
        self._filling = False

    def _item(self, task: DueTask) -> QStandardItem:
        when = format_date(task.occurrence_start.date()) if task.all_day else format_datetime(task.occurrence_start)
        text = f"{format_date(task.due_on)} · {task_label(task.rule)}\n{task.title} — {when}"
        item = QStandardItem(text)
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setEditable(False)
        item.setData(task.id, TASK_ID)
        item.setToolTip("\n".join(part for part in (text, task.kind.label(), task.location) if part))
        return item

    def task_texts(self) -> dict[str, list[str]]:
        """What the panel shows: bucket heading → task lines (for tests and accessibility)."""
        shown: dict[str, list[str]] = {}
        for row in range(self.model.rowCount()):
            header = self.model.item(row)
            shown[header.text()] = [header.child(i).text() for i in range(header.rowCount())]
        return shown

    def _changed(self, item: QStandardItem) -> None:
        if self._filling or item.data(TASK_ID) is None or item.checkState() != Qt.CheckState.Checked:
            return
        self._last_done = task_id = int(item.data(TASK_ID))
        self.undo.setEnabled(True)
        # after this signal returns: the receiver rebuilds the list, which deletes the item being changed
        QTimer.singleShot(0, lambda: self.done_clicked.emit(task_id))

    def _undo(self) -> None:
        if self._last_done is not None:
            self.undo_clicked.emit(self._last_done)
            self._last_done = None
            self.undo.setEnabled(False)

    def _open(self, index) -> None:
        task_id = index.data(TASK_ID)
        if task_id is not None and task_id in self._tasks:
            self.open_requested.emit(self._tasks[task_id])
