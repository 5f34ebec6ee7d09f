"""What every register's tab does alike: the filters and the count above a toolbar and the paged list, the keys
(Ctrl+N new, Enter opens, Delete, Ctrl+F search), the chosen row kept across reloads, a record opened on request.

A register's tab builds its model, filter bar and actions, then `lay_out`s; it says how to open a record
(`open_id`), how to delete the chosen one (`delete_current`) and how to count its rows (`count_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolBar, QToolButton, QVBoxLayout

from commsdesk.ui.tabs.base import Tab
from commsdesk.ui.widgets.filter_bar import FilterBar
from commsdesk.ui.widgets.paged_model import PagedModel
from commsdesk.ui.widgets.table_view import make_table_view


class RegisterTab(Tab):
    model: PagedModel
    filters: FilterBar

    def set_list(self, model: PagedModel, filters: FilterBar, widths: Mapping[int, int], first_sort: int = 0) -> None:
        """The list (newest first by `first_sort`) and the filters that narrow it."""
        self.model, self.filters = model, filters
        self.filters.changed.connect(self.apply_filters)
        self.count_label = QLabel()
        self.table = make_table_view()
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.model.attach(self.table)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(first_sort, Qt.SortOrder.DescendingOrder)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())

    def action(self, handler: Callable[[], object], shortcut=None, widget=None) -> QAction:
        """An action of the tab (its text is set by `retranslate`); a shortcut given to `widget` works only there."""
        action = QAction(self)
        action.triggered.connect(lambda _=False: handler())
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
            context = Qt.ShortcutContext.WidgetShortcut if widget else Qt.ShortcutContext.WidgetWithChildrenShortcut
            action.setShortcutContext(context)
        (widget or self).addAction(action)
        return action

    def record_actions(self) -> None:
        """New (Ctrl+N), Open (Enter, on the list), Delete (on the list) and Search (Ctrl+F)."""
        self.new_action = self.action(lambda: self.open_id(None), QKeySequence.StandardKey.New)
        enter = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        self.open_action = self.action(self.open_current, enter, self.table)
        self.delete_action = self.action(self.delete_current, QKeySequence(Qt.Key.Key_Delete), self.table)
        self.find_action = self.action(self.focus_search, QKeySequence.StandardKey.Find)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.open_action, self.delete_action):
            self.toolbar.addAction(action)

    def file_actions(
        self,
        import_file: Callable[[], object],
        export_list: Callable[[str], object],
        write_report: Callable[[], object],
        *own: Callable[[], object],
    ) -> list[QAction]:
        """New, Open, Delete, then Import, Export (a menu: the list as XLSX or CSV) and Report, then the register's
        `own` actions (its templates, its settings…), which are returned in that order."""
        self.record_actions()
        self.import_action = self.action(import_file)
        self.export_xlsx_action = self.action(lambda: export_list("xlsx"))
        self.export_csv_action = self.action(lambda: export_list("csv"))
        self.report_action = self.action(write_report)
        own_actions = [self.action(handler) for handler in own]
        self.export_menu = QMenu(self)
        self.export_menu.addAction(self.export_xlsx_action)
        self.export_menu.addAction(self.export_csv_action)
        self.export_button = QToolButton()
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addWidget(self.export_button)
        self.toolbar.addAction(self.report_action)
        self.toolbar.addSeparator()
        for action in own_actions:
            self.toolbar.addAction(action)
        return own_actions

    def retranslate_register(self, texts: Mapping[QAction, str], export: str, report_tip: str) -> None:
        """The actions' `texts`, the Export button's and the Report's tooltip (each translated by the tab), then the
        filters, the list and the count again."""
        for action, text in texts.items():
            action.setText(text)
        self.export_button.setText(export)
        self.report_action.setToolTip(report_tip)
        self.filters.fill()
        self.model.retranslate()
        self.show_count()

    def lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)

    # -- what a register says --------------------------------------------------------------------------------------
    def open_id(self, record_id: int | None) -> None:
        """The form of a record (None: a new one)."""
        raise NotImplementedError

    def delete_current(self) -> None:
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        """ "1 request", "12 requests"."""
        raise NotImplementedError

    # -- the list --------------------------------------------------------------------------------------------------
    def current_filter(self):
        return self.filters.current()

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        self._after_reload(None)

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again, keeping the chosen record (or choosing `select_id`)."""
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
        self.show_count()
        self._update_actions()

    def show_count(self) -> None:
        self.count_label.setText(self.count_text(self.model.total))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).id if index.isValid() else None

    def _update_actions(self) -> None:
        chosen = self.current_id() is not None
        self.open_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_id(record_id)

    def open_record(self, record_id: int) -> None:
        """Show the record (named on the calendar's Due panel, say) in the whole list and open its form."""
        self.filters.clear()
        self.reload(record_id)
        self.open_id(record_id)
