"""The table model of every register's list: pages read from a `services.paging.PageSource` as the view scrolls.

Filtering (the search box's words travel in the filter) and sorting happen in SQL: a new filter or order starts
again from the first page, and at most the rows the view has scrolled to are in memory. A register's model says
only its columns, its page source and, if it likes, how its cells look (`styled`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from commsdesk.services.paging import ListSort, PageSource

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
_SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@dataclass(frozen=True)
class PagedColumn:
    header: Callable[[], str]  # called each time, so that headers follow the language
    text: Callable[[Any], str]
    sort: str | None = None  # the page source's sort key; None: the column does not sort


class PagedModel(QAbstractTableModel):
    def __init__(
        self,
        source: PageSource,
        columns: Sequence[PagedColumn],
        list_filter: Any,
        sort: ListSort,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = list(columns)
        self._filter = list_filter
        self._sort = sort
        self._rows: list[Any] = []
        self._total = 0
        self._selection: QItemSelectionModel | None = None

    def attach(self, view: QAbstractItemView) -> None:
        """Show the list in `view`, whose selection then outlives `reload()`."""
        view.setModel(self)
        self._selection = view.selectionModel()

    # -- what is shown ---------------------------------------------------------------------------------------------
    @property
    def list_filter(self) -> Any:
        return self._filter

    @property
    def list_sort(self) -> ListSort:
        return self._sort

    @property
    def total(self) -> int:
        """How many rows match, loaded or not."""
        return self._total

    def row(self, index: int) -> Any:
        return self._rows[index]

    def set_filter(self, list_filter: Any) -> None:
        """Show the rows `list_filter` lets through, from the first page."""
        self._filter = list_filter
        self._read_first_page()

    def reload(self, list_filter: Any = None) -> None:
        """Read the list again (after an edit, an import…), with `list_filter` if given, keeping the chosen rows
        that are still on it (the current one even beyond the first page)."""
        chosen = self._chosen_ids()
        current = self._selection.currentIndex() if self._selection is not None else QModelIndex()
        current_id = self._rows[current.row()].id if current.isValid() and current.row() < len(self._rows) else None
        if list_filter is not None:
            self._filter = list_filter
        self._read_first_page()
        if self._selection is None:
            return
        for position, row in enumerate(self._rows):
            if row.id in chosen:
                self._selection.select(self.index(position, 0), _SELECT_ROW)
        found = self.row_of(current_id) if current_id is not None else None
        if found is not None:
            self._selection.setCurrentIndex(self.index(found, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def row_of(self, row_id: int) -> int | None:
        """The row showing `row_id`, loading further pages until it is reached; None when it is not on the list."""
        found = next((index for index, row in enumerate(self._rows) if row.id == row_id), None)
        if found is not None:
            return found
        position = self.position(row_id)
        if position is None:
            return None
        while len(self._rows) <= position and self.canFetchMore():
            self.fetchMore()
        return position if position < len(self._rows) and self._rows[position].id == row_id else None

    # -- what a register may refine ---------------------------------------------------------------------------------
    def first_page(self) -> tuple[Sequence[Any], int]:
        """The first page and how many rows match (counted only when the page is full: a search typed letter by
        letter mostly fits on one)."""
        rows = self._source.page(self._filter, self._sort, 0, PAGE_SIZE)
        return rows, len(rows) if len(rows) < PAGE_SIZE else self._source.count(self._filter)

    def position(self, row_id: int) -> int | None:
        """Where `row_id` stands in the whole list, when the source can say; None: look only at the loaded rows."""
        return None

    def styled(self, row: Any, column: int, role: int) -> object:
        """What a cell shows beyond its text (tooltips, colours, fonts)."""
        return None

    # -- Qt --------------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._source.page(self._filter, self._sort, len(self._rows), PAGE_SIZE)
        if not more:  # rows deleted meanwhile: the list ends here
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort if 0 <= column < len(self._columns) else None
        if key is None:
            return
        self._sort = replace(self._sort, column=key, descending=order == Qt.SortOrder.DescendingOrder)
        self._read_first_page()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].text(row)
        return self.styled(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header()
        return None

    def retranslate(self) -> None:
        """Headers and translated cells follow a language change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    # -- inside ----------------------------------------------------------------------------------------------------
    def _read_first_page(self) -> None:
        rows, total = self.first_page()
        self.beginResetModel()
        self._rows, self._total = list(rows), total
        self.endResetModel()

    def _chosen_ids(self) -> set[int]:
        if self._selection is None:
            return set()
        return {self._rows[index.row()].id for index in self._selection.selectedRows() if index.row() < len(self._rows)}
