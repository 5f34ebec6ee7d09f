"""The Press releases tab: the archive list."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from commsdesk.i18n import current_language, format_date, translate
from commsdesk.services.releases import ReleaseRow, ReleasesService
from commsdesk.ui.tabs.base import Tab
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.table_view import make_table_view


def _headline(release: ReleaseRow) -> str:
    """The headline in the UI language, else the first one the release has."""
    return release.headlines.get(current_language()) or next(iter(release.headlines.values()), "")


COLUMNS = [
    ColumnSpec(lambda: translate("ReleasesTab", "Reference"), lambda r: r.reference),
    ColumnSpec(lambda: translate("ReleasesTab", "Date"), lambda r: format_date(r.release_date)),
    ColumnSpec(lambda: translate("ReleasesTab", "Status"), lambda r: r.status.label()),
    ColumnSpec(lambda: translate("ReleasesTab", "Languages"), lambda r: ", ".join(sorted(r.headlines))),
    ColumnSpec(lambda: translate("ReleasesTab", "Headline"), _headline),
]


class ReleasesTab(Tab):
    def __init__(self, service: ReleasesService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._model = RowsModel(COLUMNS, self)
        self.table = make_table_view()
        self.table.setModel(self._model)
        for column, width in enumerate((90, 90, 110, 90)):
            self.table.setColumnWidth(column, width)
        QVBoxLayout(self).addWidget(self.table)
        self.refresh()

    def title(self) -> str:
        return translate("MainWindow", "Press releases")

    def retranslate(self) -> None:
        self._model.retranslate()

    def refresh(self) -> None:
        self._model.set_rows(self._service.releases())
