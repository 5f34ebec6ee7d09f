"""The contact list model: pages fetched from the service as the view scrolls, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from commsdesk.domain.contacts import OutletType
from commsdesk.i18n import LANGUAGES, language_name, translate
from commsdesk.services.contacts import SORT_COLUMNS, ContactFilter, ContactRow, ContactSort, ContactsService

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
DNC_MARK = "⊘"
_DNC_COLOUR = QColor("#9a3b2e")


def _headers() -> list[str]:
    return [
        translate("ContactsTab", "Name"),
        translate("ContactsTab", "Position"),
        translate("ContactsTab", "Outlet / organisation"),
        translate("ContactsTab", "E-mail"),
        translate("ContactsTab", "Phone"),
        translate("ContactsTab", "Language"),
        translate("ContactsTab", "Groups"),
    ]


def language_label(code: str) -> str:
    return language_name(code) if code in LANGUAGES else code


class ContactsModel(QAbstractTableModel):
    """At most the rows the view has scrolled to are in memory; a new filter or sort starts again from the top."""

    def __init__(self, service: ContactsService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = ContactFilter()
        self._sort = ContactSort()
        self._rows: list[ContactRow] = []
        self._total = 0

    # -- what is shown ---------------------------------------------------------------------------------------------
    @property
    def contact_filter(self) -> ContactFilter:
        return self._filter

    @property
    def contact_sort(self) -> ContactSort:
        return self._sort

    @property
    def total(self) -> int:
        """How many contacts match, loaded or not."""
        return self._total

    def set_filter(self, contact_filter: ContactFilter) -> None:
        """Show the contacts `contact_filter` lets through, from the first page."""
        self._filter = contact_filter
        self.reload()

    def set_search(self, text: str) -> None:
        """Search as you type: the same filters, new words."""
        self.set_filter(replace(self._filter, search=text))

    def reload(self) -> None:
        rows, total = self._service.first_page(self._filter, self._sort, PAGE_SIZE)
        self.beginResetModel()
        self._rows, self._total = rows, total
        self.endResetModel()

    def refresh_rows(self, contact_ids: list[int]) -> None:
        """Read these contacts again (after an edit) without losing the scroll position."""
        wanted = set(contact_ids)
        positions = [index for index, row in enumerate(self._rows) if row.id in wanted]
        if not positions:
            return
        fresh = {row.id: row for row in self._service.rows([self._rows[i].id for i in positions])}
        for index in positions:
            if self._rows[index].id in fresh:
                self._rows[index] = fresh[self._rows[index].id]
        self.dataChanged.emit(self.index(min(positions), 0), self.index(max(positions), self.columnCount() - 1))

    def contact(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int | None:
        """The row showing `contact_id`, loading further pages until it is reached; None when filtered out."""
        for index, row in enumerate(self._rows):
            if row.id == contact_id:
                return index
        position = self._service.position(contact_id, self._filter, self._sort)
        if position is None:
            return None
        while len(self._rows) <= position and self.canFetchMore():
            self.fetchMore()
        return position if position < len(self._rows) and self._rows[position].id == contact_id else None

    # -- Qt --------------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SORT_COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._service.page(len(self._rows), PAGE_SIZE, self._filter, self._sort)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = ContactSort(SORT_COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell too narrow for it, and what it means
            lines = [self._text(row, column)]
            if column == 2 and row.outlet_type:
                lines.append(OutletType(row.outlet_type).label())
            if row.do_not_contact:
                lines.append(translate("ContactsTab", "Do not contact: left out of every distribution"))
            return "\n".join(line for line in lines if line) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.do_not_contact:
            return QBrush(_DNC_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.do_not_contact and column == 0:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _text(row: ContactRow, column: int) -> str:
        if column == 0:
            return f"{DNC_MARK} {row.name}" if row.do_not_contact else row.name
        return (
            row.name,
            row.position,
            row.outlet,
            row.email,
            row.phone,
            language_label(row.language),
            row.groups,
        )[column]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _headers()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
