"""The Contacts tab: groups, the searchable list and the chosen contact, with every action on them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSplitter, QToolBar, QToolButton, QVBoxLayout

from commsdesk.i18n import translate
from commsdesk.services.contacts import ContactFilter, ContactsService
from commsdesk.ui.tabs.base import Tab
from commsdesk.ui.tabs.contacts import operations
from commsdesk.ui.tabs.contacts.detail import DetailPanel
from commsdesk.ui.tabs.contacts.filters import FilterBar
from commsdesk.ui.tabs.contacts.groups import GroupsPanel
from commsdesk.ui.tabs.contacts.model import ContactsModel
from commsdesk.ui.widgets.table_view import make_table_view

COLUMN_WIDTHS = (145, 100, 150, 180, 125, 65)  # the groups column takes the rest


class ContactsTab(Tab):
    def __init__(self, service: ContactsService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        service.seed_audiences_once()
        self.model = ContactsModel(service, self)
        self.filters = FilterBar(service.release_languages())
        self.filters.changed.connect(self.apply_filters)
        self.count_label = QLabel()
        self.groups = GroupsPanel(service)
        self.groups.chosen.connect(lambda _group: self.apply_filters())
        self.groups.changed.connect(self.refresh)
        self.table = make_table_view()
        self.model.attach(self.table)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.detail = DetailPanel()
        self.context = operations.ContactsContext(
            self,
            service,
            self.groups,
            self.model,
            self.selected_ids,
            self.current_id,
            self.current_filter,
            self.select_contact,
            self.refresh,
            self.show_current,
            self.apply_filters,
        )
        self._build_actions()
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(self.groups)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([220, 900, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.apply_filters()

    # -- actions ---------------------------------------------------------------------------------------------------
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
        self.new_action = self._action(self.new_contact, QKeySequence.StandardKey.New)
        self.edit_action = self._action(
            self.edit_contact, [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)], self.table
        )
        self.delete_action = self._action(
            lambda: operations.delete_selected(self.context), QKeySequence(Qt.Key.Key_Delete), self.table
        )
        self.find_action = self._action(self.focus_search, QKeySequence.StandardKey.Find)
        self.import_action = self._action(lambda: operations.import_file(self.context))
        self.export_action = self._action(lambda: operations.export(self.context))
        self.duplicates_action = self._action(lambda: operations.find_duplicates(self.context))
        self.undo_merge_action = self._action(lambda: operations.undo_merge(self.context))
        self.remove_from_group_action = self._action(lambda: operations.remove_from_group(self.context))
        self.personal_pdf_action = self._action(lambda: operations.export_personal_data(self.context, "pdf"))
        self.personal_xlsx_action = self._action(lambda: operations.export_personal_data(self.context, "xlsx"))
        self.erase_action = self._action(lambda: operations.erase_person(self.context))
        self.add_to_group_menu = QMenu(self)
        self.add_to_group_menu.aboutToShow.connect(
            lambda: operations.fill_group_menu(self.context, self.add_to_group_menu)
        )
        self.personal_menu = QMenu(self)
        for action in (self.personal_pdf_action, self.personal_xlsx_action):
            self.personal_menu.addAction(action)
        self.personal_menu.addSeparator()
        self.personal_menu.addAction(self.erase_action)
        self.add_to_group_button = QToolButton()
        self.add_to_group_button.setMenu(self.add_to_group_menu)
        self.add_to_group_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.personal_button = QToolButton()
        self.personal_button.setMenu(self.personal_menu)
        self.personal_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar = QToolBar()
        for action in (self.new_action, self.edit_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.add_to_group_button)
        self.toolbar.addAction(self.remove_from_group_action)
        self.toolbar.addSeparator()
        for action in (self.import_action, self.export_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.duplicates_action, self.undo_merge_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.personal_button)

    def _context_menu(self, point) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        add_menu = menu.addMenu(translate("ContactsTab", "Add to group"))
        operations.fill_group_menu(self.context, add_menu)
        menu.addAction(self.remove_from_group_action)
        menu.addSeparator()
        menu.addMenu(self.personal_menu)
        menu.exec(self.table.viewport().mapToGlobal(point))

    # -- Tab -------------------------------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("MainWindow", "Contacts")

    def retranslate(self) -> None:
        texts = {
            self.new_action: translate("ContactsTab", "New contact"),
            self.edit_action: translate("ContactsTab", "Edit"),
            self.delete_action: translate("ContactsTab", "Delete"),
            self.find_action: translate("ContactsTab", "Search"),
            self.import_action: translate("ContactsTab", "Import…"),
            self.export_action: translate("ContactsTab", "Export…"),
            self.duplicates_action: translate("ContactsTab", "Find duplicates…"),
            self.undo_merge_action: translate("ContactsTab", "Undo last merge"),
            self.remove_from_group_action: translate("ContactsTab", "Remove from this group"),
            self.personal_pdf_action: translate("ContactsTab", "Everything held about this person (PDF)…"),
            self.personal_xlsx_action: translate("ContactsTab", "Everything held about this person (XLSX)…"),
            self.erase_action: translate("ContactsTab", "Erase this person…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.add_to_group_button.setText(translate("ContactsTab", "Add to group"))
        self.personal_button.setText(translate("ContactsTab", "Personal data"))
        self.personal_menu.setTitle(translate("ContactsTab", "Personal data"))
        self.filters.retranslate()
        self.groups.retranslate()
        self.model.retranslate()
        self.show_current()
        self._show_count()

    def refresh(self) -> None:
        """Read groups, counts and the list again (after an import, a merge, a restore…)."""
        self.filters.set_languages(self.service.release_languages())
        self.groups.reload(self.groups.current_group())
        self.model.reload(self.current_filter())  # the chosen contacts stay chosen
        self._after_list_change()

    # -- the list --------------------------------------------------------------------------------------------------
    def current_filter(self) -> ContactFilter:
        values = self.filters.values()
        return ContactFilter(group_id=self.groups.current_group(), **values)  # type: ignore[arg-type]

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        self._after_list_change()

    def _after_list_change(self) -> None:
        self._show_count()
        self.show_current()  # which also updates the actions

    def _show_count(self) -> None:
        self.count_label.setText(translate("ContactsTab", "{count} contacts").format(count=self.model.total))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.contact(row).id for row in rows if row < self.model.rowCount()]

    def current_id(self) -> int | None:
        selected = self.selected_ids()
        if len(selected) == 1:
            return selected[0]
        index = self.table.currentIndex()
        if not selected and index.isValid():
            return self.model.contact(index.row()).id
        return None

    def show_current(self) -> None:
        selected = self.selected_ids()
        contact_id = self.current_id()
        detail = self.service.get(contact_id) if contact_id is not None and len(selected) <= 1 else None
        self.detail.show_detail(detail, len(selected))
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.selected_ids()
        one = len(selected) == 1
        self.edit_action.setEnabled(one)
        self.delete_action.setEnabled(bool(selected))
        self.add_to_group_button.setEnabled(bool(selected))
        self.remove_from_group_action.setEnabled(bool(selected) and self.groups.current_group() is not None)
        self.personal_button.setEnabled(one)
        for action in (self.personal_pdf_action, self.personal_xlsx_action, self.erase_action):
            action.setEnabled(one)
        self.undo_merge_action.setEnabled(self.service.last_merge() is not None)

    def select_contact(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- one contact -----------------------------------------------------------------------------------------------
    def new_contact(self) -> None:
        operations.open_contact(self.context, None)

    def edit_contact(self) -> None:
        contact_id = self.current_id()
        if contact_id is not None:
            operations.open_contact(self.context, contact_id)
