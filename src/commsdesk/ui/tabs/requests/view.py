"""The Document requests tab: the register with search and filters, the legal deadline of each request, the actions."""

from __future__ import annotations

import contextlib

from PySide6.QtGui import QAction

from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.services.requests import RequestFilter, RequestsService
from commsdesk.ui.tabs.requests import operations
from commsdesk.ui.tabs.requests.filters import FilterBar
from commsdesk.ui.tabs.requests.model import RequestsModel
from commsdesk.ui.widgets.register_tab import RegisterTab

# number, received, requester, type, (documents requested), status, outcome, deadline, days left / late
COLUMN_WIDTHS = {0: 80, 1: 118, 2: 170, 3: 90, 4: 320, 5: 150, 6: 120, 7: 118}


class RequestsTab(RegisterTab):
    filters: FilterBar

    def __init__(self, service: RequestsService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self._refresh_deadlines()
        self.set_list(RequestsModel(service, self), FilterBar(service.years), COLUMN_WIDTHS)
        self.context = operations.RequestsContext(self, service, self.current_id, self.current_filter, self.reload)
        self._build_actions()
        self.lay_out()
        self.retranslate()
        self.apply_filters()

    def _build_actions(self) -> None:
        context = self.context
        self.templates_action, self.settings_action = self.file_actions(
            lambda: operations.import_file(context),
            lambda kind: operations.export_list(context, kind),
            lambda: operations.write_report(context),
            lambda: operations.edit_letter_templates(context),
            lambda: operations.edit_settings(context),
        )

    # -- Tab -------------------------------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("MainWindow", "Document requests")

    def retranslate(self) -> None:
        texts = {
            self.new_action: translate("RequestsTab", "&New request"),
            self.open_action: translate("RequestsTab", "&Open"),
            self.delete_action: translate("RequestsTab", "&Delete"),
            self.find_action: translate("RequestsTab", "Search"),
            self.import_action: translate("RequestsTab", "&Import…"),
            self.export_xlsx_action: translate("RequestsTab", "The list as &Excel workbook (XLSX)…"),
            self.export_csv_action: translate("RequestsTab", "The list as &CSV…"),
            self.report_action: translate("RequestsTab", "&Report to the Agency…"),
            self.templates_action: translate("RequestsTab", "Letter &templates…"),
            self.settings_action: translate("RequestsTab", "Document request &settings…"),
        }
        self.retranslate_register(
            texts,
            translate("RequestsTab", "E&xport"),
            translate("RequestsTab", "The yearly (or quarterly) report to the Information and Privacy Agency"),
        )

    def settings_actions(self) -> list[QAction]:
        return [self.settings_action, self.templates_action]

    def refresh(self) -> None:
        """Read the filters' choices and the list again (after an import, a restore…)."""
        self._refresh_deadlines()
        self.reload(None)

    def _refresh_deadlines(self) -> None:
        """The stored deadlines (which the list sorts and filters by) after holidays entered and clarifications
        awaited since, and requesters' details past the retention period erased (opening the file does that only
        when it was checked before the window showed); a file that cannot be written (read-only media) keeps them:
        each row computes its own deadline."""
        with contextlib.suppress(UserError):
            self.service.refresh_deadlines()
            self.service.erase_expired()

    # -- RegisterTab -----------------------------------------------------------------------------------------------
    def current_filter(self) -> RequestFilter:
        return self.filters.current()

    def count_text(self, total: int) -> str:
        if total == 1:
            return translate("RequestsTab", "1 request")
        return translate("RequestsTab", "{count} requests").format(count=total)

    def open_id(self, record_id: int | None) -> None:
        operations.open_request(self.context, record_id)

    def delete_current(self) -> None:
        operations.delete_current(self.context)
