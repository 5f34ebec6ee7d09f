"""The agenda: the occurrences of the month as a sortable, searchable list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from commsdesk.domain.events import EventStatus, weekday_short_names
from commsdesk.domain.text import fold, search_key
from commsdesk.i18n import format_date, format_time, translate
from commsdesk.services.calendar import Occurrence
from commsdesk.ui.tabs.calendar import painting
from commsdesk.ui.tabs.calendar.period_view import PeriodView
from commsdesk.ui.widgets.table_view import make_table_view

Index = QModelIndex | QPersistentModelIndex


def _when(o: Occurrence) -> str:
    if o.all_day:
        return translate("CalendarTab", "All day")
    return f"{format_time(o.start)}–{format_time(o.end)}"


COLUMNS: list[tuple[Callable[[], str], Callable[[Occurrence], str], Callable[[Occurrence], object]]] = [
    (
        lambda: translate("CalendarTab", "Date"),
        lambda o: f"{weekday_short_names()[o.start.weekday()]} {format_date(o.start.date())}",
        lambda o: (o.start, o.title),
    ),
    (lambda: translate("CalendarTab", "Time"), _when, lambda o: (o.all_day is False, o.start.time(), o.start)),
    (lambda: translate("CalendarTab", "Kind"), lambda o: o.kind.label(), lambda o: (fold(o.kind.label()), o.start)),
    (lambda: translate("CalendarTab", "Title"), lambda o: o.title, lambda o: (fold(o.title), o.start)),
    (lambda: translate("CalendarTab", "Place"), lambda o: o.location, lambda o: (fold(o.location), o.start)),
    (lambda: translate("CalendarTab", "Responsible"), lambda o: o.organiser, lambda o: (fold(o.organiser), o.start)),
    (lambda: translate("CalendarTab", "Status"), lambda o: o.status.label(), lambda o: (o.status.value, o.start)),
]


class AgendaModel(QAbstractTableModel):
    """Occurrences with a pre-folded search key per row; sorting and searching never go through a proxy."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[tuple[str, Occurrence]] = []
        self._rows: list[Occurrence] = []
        self._search = ""
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def set_occurrences(self, occurrences: list[Occurrence]) -> None:
        self._all = [(search_key(o.title, o.location, o.organiser, o.kind.label()), o) for o in occurrences]
        self._apply()

    def set_search(self, text: str) -> None:
        self._search = fold(text.strip())
        self._apply()

    def occurrence(self, row: int) -> Occurrence:
        return self._rows[row]

    def _apply(self) -> None:
        self.beginResetModel()
        words = self._search.split()
        rows = [o for key, o in self._all if all(word in key for word in words)]
        column, order = self._sort
        rows.sort(key=COLUMNS[column][2], reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._apply()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        occurrence = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](occurrence)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 2:
            return painting.kind_colour(occurrence.kind)
        if role == Qt.ItemDataRole.ForegroundRole and occurrence.status in (
            EventStatus.CANCELLED,
            EventStatus.POSTPONED,
        ):
            return QBrush(painting.MUTED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return painting.tooltip(occurrence)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0]()
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.set_occurrences([o for _, o in self._all])


class AgendaView(PeriodView):
    """The events of a month as a sortable, searchable list."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_search(text))
        self.model = AgendaModel(self)
        self.table = make_table_view()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((110, 90, 170, 300, 160, 150)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.occurrence(index.row())))
        self.table.installEventFilter(self)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.anchor = date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("CalendarTab", "Search title, place, responsible… (Ctrl+F)"))
        self.model.retranslate()

    def visible_range(self, anchor: date) -> tuple[datetime, datetime]:
        first = anchor.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return datetime.combine(first, time(0)), datetime.combine(following, time(0))

    def set_data(self, anchor: date, occurrences: list[Occurrence], holidays, today: date) -> None:
        self.anchor = anchor
        self.model.set_occurrences(occurrences)

    def selected_occurrences(self) -> list[Occurrence]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.occurrence(row) for row in rows]

    def _current(self) -> Occurrence | None:
        index = self.table.currentIndex()
        return self.model.occurrence(index.row()) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter opens, Delete deletes, T goes to today — in the list only, not while typing a search."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and self.shared_key(event, self._current(), None, page_with_alt=True)
        ):
            return True
        return super().eventFilter(watched, event)
