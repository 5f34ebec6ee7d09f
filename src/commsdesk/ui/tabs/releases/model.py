"""The archive list model: the paged list over the releases service, with the status colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from commsdesk.domain.releases import ReleaseStatus, release_language_name
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.services.releases import (
    ARCHIVE_SORT,
    ArchivePages,
    ArchiveQuery,
    ReleaseRow,
    ReleasesService,
    archive_in_order,
)
from commsdesk.ui.widgets.paged_model import PagedColumn, PagedModel

_STATUS_COLOURS = {
    ReleaseStatus.DRAFT: "#6b6b6b",
    ReleaseStatus.FOR_APPROVAL: "#a35c00",
    ReleaseStatus.APPROVED: "#1d6b2e",
    ReleaseStatus.DISTRIBUTED: "#1f4e79",
    ReleaseStatus.ARCHIVED: "#444444",
    ReleaseStatus.WITHDRAWN: "#9c1c1c",
}

COLUMNS = (
    PagedColumn(lambda: translate("ReleasesTab", "Reference"), lambda row: row.reference, "reference"),
    PagedColumn(lambda: translate("ReleasesTab", "Date"), lambda row: format_date(row.release_date), "date"),
    PagedColumn(lambda: translate("ReleasesTab", "Status"), lambda row: row.status.label(), "status"),
    PagedColumn(lambda: translate("ReleasesTab", "Headline"), lambda row: row.headline, "headline"),
    PagedColumn(
        lambda: translate("ReleasesTab", "Languages"), lambda row: ", ".join(code.upper() for code in row.languages)
    ),
    PagedColumn(lambda: translate("ReleasesTab", "Tags"), lambda row: row.tags),
    PagedColumn(
        lambda: translate("ReleasesTab", "Channels"), lambda row: ", ".join(channel.label() for channel in row.channels)
    ),
)


class ArchiveModel(PagedModel):
    def __init__(self, service: ReleasesService, parent=None) -> None:
        super().__init__(ArchivePages(service), COLUMNS, ArchiveQuery(), ARCHIVE_SORT, parent)

    @property
    def query(self) -> ArchiveQuery:
        """The search and filters in the list's order: what an export of the list writes."""
        return archive_in_order(self.list_filter, self.list_sort)

    def release(self, row: int) -> ReleaseRow:
        return self.row(row)

    def styled(self, row: ReleaseRow, column: int, role: int) -> object:
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
