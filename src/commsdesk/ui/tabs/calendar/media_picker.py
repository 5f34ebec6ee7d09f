"""Choosing the media invited to an event: audience groups and individual contacts from the Contacts tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.text import fold
from commsdesk.i18n import translate
from commsdesk.services.calendar import Choice

CHOICE_ID = Qt.ItemDataRole.UserRole + 1


class CheckList(QWidget):
    """A searchable list with a box per item."""

    def __init__(self, title: str, choices: Sequence[Choice], selected: set[int], parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("CalendarDialog", "Search…"))
        self.search.textChanged.connect(self._filter)
        self.model = QStandardItemModel(self)
        self._keys: list[str] = []
        for choice in choices:
            text = f"{choice.label} ({choice.detail})" if choice.detail else choice.label
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if choice.id in selected else Qt.CheckState.Unchecked)
            item.setData(choice.id, CHOICE_ID)
            self.model.appendRow(item)
            self._keys.append(choice.search or fold(text))
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row, key in enumerate(self._keys):
            self.view.setRowHidden(row, not all(word in key for word in words))

    def checked(self) -> tuple[int, ...]:
        return tuple(
            int(self.model.item(row).data(CHOICE_ID))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        )


class MediaDialog(QDialog):
    def __init__(
        self,
        groups: Sequence[Choice],
        contacts: Sequence[Choice],
        group_ids: Sequence[int],
        contact_ids: Sequence[int],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CalendarDialog", "Media invited"))
        self.groups = CheckList(translate("CalendarDialog", "Groups"), groups, set(group_ids))
        self.contacts = CheckList(translate("CalendarDialog", "Contacts"), contacts, set(contact_ids))
        lists = QHBoxLayout()
        lists.addWidget(self.groups, 1)
        lists.addWidget(self.contacts, 2)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("CalendarDialog", "OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("CalendarDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)


class MediaField(QWidget):
    """The media invited, summed up in a line, with a button that opens the picker."""

    def __init__(self, groups: Sequence[Choice], contacts: Sequence[Choice], parent=None) -> None:
        super().__init__(parent)
        self._groups, self._contacts = list(groups), list(contacts)
        self.group_ids: tuple[int, ...] = ()
        self.contact_ids: tuple[int, ...] = ()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.choose = QPushButton(translate("CalendarDialog", "Choose…"))
        self.choose.clicked.connect(self.pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignTop)

    def set_selected(self, group_ids: Sequence[int], contact_ids: Sequence[int]) -> None:
        self.group_ids, self.contact_ids = tuple(group_ids), tuple(contact_ids)
        names = [c.label for c in self._groups if c.id in self.group_ids]
        names += [c.label for c in self._contacts if c.id in self.contact_ids]
        self.summary.setText("; ".join(names) if names else translate("CalendarDialog", "None"))

    def pick(self) -> None:
        dialog = MediaDialog(self._groups, self._contacts, self.group_ids, self.contact_ids, self)
        if dialog.exec():
            self.set_selected(dialog.groups.checked(), dialog.contacts.checked())
