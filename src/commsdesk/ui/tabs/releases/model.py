"""The archive list model: rows come page by page from the service, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from commsdesk.domain.releases import ReleaseStatus, release_language_name
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.services.releases import ArchiveQuery, ReleaseRow, ReleasesService

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
# Column → the service's sort key (None: that column does not sort).
SORT_KEYS = ["reference", "date", "status", "headline", None, None, None]
_STATUS_COLOURS = {
    ReleaseStatus.DRAFT: "#6b6b6b",
    ReleaseStatus.FOR_APPROVAL: "#a35c00",
    ReleaseStatus.APPROVED: "#1d6b2e",
    ReleaseStatus.DISTRIBUTED: "#1f4e79",
    ReleaseStatus.ARCHIVED: "#444444",
    ReleaseStatus.WITHDRAWN: "#9c1c1c",
}


def headers() -> list[str]:
    return [
        translate("ReleasesTab", "Reference"),
        translate("ReleasesTab", "Date"),
        translate("ReleasesTab", "Status"),
        translate("ReleasesTab", "Headline"),
        translate("ReleasesTab", "Languages"),
        translate("ReleasesTab", "Tags"),
        translate("ReleasesTab", "Channels"),
    ]


class ArchiveModel(QAbstractTableModel):
    def __init__(self, service: ReleasesService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._query = ArchiveQuery()
        self._rows: list[ReleaseRow] = []
        self._total = 0

    @property
    def total(self) -> int:
        return self._total

    @property
    def query(self) -> ArchiveQuery:
        return self._query

    def set_query(self, query: ArchiveQuery) -> None:
        """Show the releases `query` selects, from the first page."""
        self.beginResetModel()
        self._query = query
        self._total = self._service.count(query)
        self._rows = self._service.page(query, 0, PAGE_SIZE)
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def release(self, row: int) -> ReleaseRow:
        return self._rows[row]

    def row_of(self, release_id: int) -> int | None:
        return next((index for index, row in enumerate(self._rows) if row.id == release_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SORT_KEYS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._service.page(self._query, len(self._rows), PAGE_SIZE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is None:
            return
        self.set_query(replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.reference,
                format_date(row.release_date),
                row.status.label(),
                row.headline,
                ", ".join(code.upper() for code in row.languages),
                row.tags,
                ", ".join(channel.label() for channel in row.channels),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QColor(_STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3:
                return "\n".join(f"{release_language_name(code)}: {text}" for code, text in row.headlines.items())
            if column == 2 and row.embargo_until:
                return translate("ReleasesTab", "Embargo until {moment}").format(
                    moment=format_datetime(row.embargo_until)
                )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return headers()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(SORT_KEYS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(SORT_KEYS) - 1))
