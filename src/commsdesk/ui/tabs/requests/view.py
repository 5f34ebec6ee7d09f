"""The Document requests tab: the register with search and filters, the legal deadline of each request, the actions."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolBar, QToolButton, QVBoxLayout

from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.services.requests import RequestFilter, RequestsService
from commsdesk.ui.tabs.base import Tab
from commsdesk.ui.tabs.requests import operations
from commsdesk.ui.tabs.requests.filters import FilterBar
from commsdesk.ui.tabs.requests.model import RequestsModel
from commsdesk.ui.widgets.table_view import make_table_view

# number, received, requester, type, (documents requested), status, outcome, deadline, days left / late
COLUMN_WIDTHS = {0: 80, 1: 118, 2: 170, 3: 90, 4: 320, 5: 150, 6: 120, 7: 118}


class RequestsTab(Tab):
    def __init__(self, service: RequestsService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self._refresh_deadlines()
        self.model = RequestsModel(service, self)
        self.filters = FilterBar(service.years)
        self.filters.changed.connect(self.apply_filters)
        self.count_label = QLabel()
        self.table = make_table_view()
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.model.attach(self.table)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_request())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.context = operations.RequestsContext(self, service, self.current_id, self.current_filter, self.reload)
        self._build_actions()
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.apply_filters()

    # -- building --------------------------------------------------------------------------------------------------
    def _action(self, handler, shortcut=None, widget=None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _=False: handler())
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
            context = Qt.ShortcutContext.WidgetShortcut if widget else Qt.ShortcutContext.WidgetWithChildrenShortcut
            action.setShortcutContext(context)
        (widget or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        context = self.context
        self.new_action = self._action(self.new_request, QKeySequence.StandardKey.New)
        self.open_action = self._action(
            self.open_request, [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)], self.table
        )
        self.delete_action = self._action(
            lambda: operations.delete_current(context), QKeySequence(Qt.Key.Key_Delete), self.table
        )
        self.find_action = self._action(self.focus_search, QKeySequence.StandardKey.Find)
        self.import_action = self._action(lambda: operations.import_file(context))
        self.export_xlsx_action = self._action(lambda: operations.export_list(context, "xlsx"))
        self.export_csv_action = self._action(lambda: operations.export_list(context, "csv"))
        self.report_action = self._action(lambda: operations.write_report(context))
        self.templates_action = self._action(lambda: operations.edit_letter_templates(context))
        self.settings_action = self._action(lambda: operations.edit_settings(context))
        self.export_menu = QMenu(self)
        self.export_menu.addAction(self.export_xlsx_action)
        self.export_menu.addAction(self.export_csv_action)
        self.export_button = QToolButton()
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.open_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addAction(self.report_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.templates_action)
        self.toolbar.addAction(self.settings_action)

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
        for action, text in texts.items():
            action.setText(text)
        self.export_button.setText(translate("RequestsTab", "E&xport"))
        self.report_action.setToolTip(
            translate("RequestsTab", "The yearly (or quarterly) report to the Information and Privacy Agency")
        )
        self.filters.fill()
        self.model.retranslate()
        self._show_count()

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

    # -- the list --------------------------------------------------------------------------------------------------
    def current_filter(self) -> RequestFilter:
        return self.filters.current()

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        self._after_reload(None)

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again, keeping the chosen request (or choosing `select_id`)."""
        self.filters.fill()
        self.model.reload(self.current_filter())
        self._after_reload(select_id)

    def _after_reload(self, select_id: int | None) -> None:
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is None and not self.table.currentIndex().isValid() and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_count()
        self._update_actions()

    def _show_count(self) -> None:
        total = self.model.total
        text = (
            translate("RequestsTab", "1 request")
            if total == 1
            else translate("RequestsTab", "{count} requests").format(count=total)
        )
        self.count_label.setText(text)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.request(index.row()).id if index.isValid() else None

    def _update_actions(self) -> None:
        chosen = self.current_id() is not None
        self.open_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- one request -----------------------------------------------------------------------------------------------
    def new_request(self) -> None:
        operations.open_request(self.context, None)

    def open_request(self) -> None:
        request_id = self.current_id()
        if request_id is not None:
            operations.open_request(self.context, request_id)

    def open_record(self, record_id: int) -> None:
        """Show the request (named on the calendar's Due panel, say) in the list and open its form."""
        for widget in (self.filters.search, self.filters.overdue):
            widget.blockSignals(True)
        self.filters.search.clear()
        self.filters.overdue.setChecked(False)
        for widget in (self.filters.search, self.filters.overdue):
            widget.blockSignals(False)
        for combo in (self.filters.year, self.filters.status, self.filters.outcome, self.filters.requester_type):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reload(record_id)
        operations.open_request(self.context, record_id)
