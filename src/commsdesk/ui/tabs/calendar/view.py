"""The Calendar tab: the events, in an agenda list."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from commsdesk.i18n import format_datetime, format_time, translate
from commsdesk.services.calendar import CalendarService
from commsdesk.ui.tabs.base import Tab
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.table_view import make_table_view

COLUMNS = [
    ColumnSpec(lambda: translate("CalendarTab", "Start"), lambda e: format_datetime(e.starts_at)),
    ColumnSpec(lambda: translate("CalendarTab", "End"), lambda e: format_time(e.ends_at)),
    ColumnSpec(lambda: translate("CalendarTab", "Kind"), lambda e: e.kind.label()),
    ColumnSpec(lambda: translate("CalendarTab", "Title"), lambda e: e.title),
    ColumnSpec(lambda: translate("CalendarTab", "Place"), lambda e: e.location),
    ColumnSpec(lambda: translate("CalendarTab", "Responsible"), lambda e: e.organiser),
    ColumnSpec(lambda: translate("CalendarTab", "Status"), lambda e: e.status.label()),
]


class CalendarTab(Tab):
    def __init__(self, service: CalendarService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._model = RowsModel(COLUMNS, self)
        self.table = make_table_view()
        self.table.setModel(self._model)
        for column, width in enumerate((130, 60, 200, 380, 200, 180)):
            self.table.setColumnWidth(column, width)
        QVBoxLayout(self).addWidget(self.table)
        self.refresh()

    def title(self) -> str:
        return translate("MainWindow", "Calendar")

    def retranslate(self) -> None:
        self._model.retranslate()

    def refresh(self) -> None:
        self._model.set_rows(self._service.events())
