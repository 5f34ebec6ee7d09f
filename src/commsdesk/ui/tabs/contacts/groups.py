"""The audience groups beside the list: pick one to filter by it; create, rename, delete; add or remove contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commsdesk.i18n import translate
from commsdesk.services.contacts import ContactsService, GroupRow
from commsdesk.ui.messages import confirm, guarded
from commsdesk.ui.tabs.contacts.common import attempt

ALL = -1


class GroupsPanel(QWidget):
    """A list of "All contacts" and every group with its member count."""

    chosen = Signal(object)  # the group id, or None for all contacts
    changed = Signal()  # groups or memberships changed: the list must be read again

    def __init__(self, service: ContactsService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._groups: list[GroupRow] = []
        self._total = 0
        self.title = QLabel()
        self.list = QListWidget()
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(lambda point: self.menu.exec(self.list.mapToGlobal(point)))
        self.new_action = QAction(self)
        self.new_action.triggered.connect(lambda: self.create_group())
        self.rename_action = QAction(self)
        self.rename_action.triggered.connect(lambda: self.rename_group())
        self.delete_action = QAction(self)
        self.delete_action.triggered.connect(lambda: self.delete_group())
        self.menu = QMenu(self)
        for action in (self.new_action, self.rename_action, self.delete_action):
            self.menu.addAction(action)
        self.menu_button = QToolButton()
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.menu_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("ContactGroups", "Groups"))
        self.new_action.setText(translate("ContactGroups", "New group…"))
        self.rename_action.setText(translate("ContactGroups", "Rename group…"))
        self.delete_action.setText(translate("ContactGroups", "Delete group…"))
        self.menu_button.setText(translate("ContactGroups", "Manage groups"))
        self.reload(self.current_group())

    # -- the list --------------------------------------------------------------------------------------------------
    def groups(self) -> list[GroupRow]:
        return list(self._groups)

    def current_group(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) == ALL:
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def current_name(self) -> str:
        group_id = self.current_group()
        return next((group.name for group in self._groups if group.id == group_id), "")

    def reload(self, keep: int | None = None) -> None:
        """Read the groups and their counts again, keeping the chosen one when it still exists."""
        self._groups = self._service.groups()
        self._total = self._service.count()
        self.list.blockSignals(True)
        self.list.clear()
        everyone = QListWidgetItem(translate("ContactGroups", "All contacts ({count})").format(count=self._total))
        everyone.setData(Qt.ItemDataRole.UserRole, ALL)
        self.list.addItem(everyone)
        chosen = everyone
        for group in self._groups:
            item = QListWidgetItem(
                translate("ContactGroups", "{name} ({count})").format(name=group.name, count=group.members)
            )
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setToolTip(group.name)
            self.list.addItem(item)
            if group.id == keep:
                chosen = item
        self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        self.rename_action.setEnabled(chosen is not everyone)
        self.delete_action.setEnabled(chosen is not everyone)

    def _current_changed(self, *_args) -> None:
        group = self.current_group()
        self.rename_action.setEnabled(group is not None)
        self.delete_action.setEnabled(group is not None)
        self.chosen.emit(group)

    # -- managing groups -------------------------------------------------------------------------------------------
    def create_group(self) -> int | None:
        name, ok = QInputDialog.getText(
            self, translate("ContactGroups", "New group"), translate("ContactGroups", "Name of the group:")
        )
        if not ok or not name.strip():
            return None
        group_id = guarded(self, self._service.create_group, name)
        if group_id is not None:
            self.reload(self.current_group())
            self.changed.emit()
        return group_id

    def rename_group(self) -> None:
        group_id = self.current_group()
        if group_id is None:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("ContactGroups", "Rename group"),
            translate("ContactGroups", "New name of the group:"),
            text=self.current_name(),
        )
        if ok and name.strip() and attempt(self, self._service.rename_group, group_id, name):
            self.reload(group_id)
            self.changed.emit()

    def delete_group(self) -> None:
        group_id = self.current_group()
        if group_id is None:
            return
        question = translate(
            "ContactGroups", "Delete the group “{name}”? Its contacts stay in the list, only the group goes."
        ).format(name=self.current_name())
        if confirm(self, question, translate("ContactGroups", "Delete group")):
            guarded(self, self._service.delete_group, group_id)
            self.reload(None)
            self.chosen.emit(None)
            self.changed.emit()
