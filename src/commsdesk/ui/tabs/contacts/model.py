"""The contact list model: fetches rows page by page from the service, never all 50,000 at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from commsdesk.i18n import translate
from commsdesk.services.contacts import ContactRow, ContactsService

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


def _headers() -> list[str]:
    return [
        translate("ContactsTab", "Name"),
        translate("ContactsTab", "Position"),
        translate("ContactsTab", "Outlet / organisation"),
        translate("ContactsTab", "E-mail"),
        translate("ContactsTab", "Phone"),
        translate("ContactsTab", "Language"),
    ]


class ContactsModel(QAbstractTableModel):
    def __init__(self, service: ContactsService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._search = ""
        self._rows: list[ContactRow] = []
        self._total = 0

    def set_search(self, text: str) -> None:
        """Show the contacts matching `text`, from the first page."""
        self.beginResetModel()
        self._search = text
        self._total = self._service.count(text)
        self._rows = self._service.page(0, PAGE_SIZE, text)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def contact(self, row: int) -> ContactRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._service.page(len(self._rows), PAGE_SIZE, self._search)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.position, row.outlet, row.email, row.phone, row.language)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.do_not_contact:
            return translate("ContactsTab", "Do not contact")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _headers()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
