"""Pieces of the distribution dialog: choosing groups and contacts, the recipients table, the channels grid."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.releases import Channel, DistributionStatus, release_language_name
from commsdesk.i18n import format_date, translate
from commsdesk.services.releases import ContactChoice, Recipient, ReleasesService
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel


def recipient_note(recipient: Recipient) -> str:
    if recipient.excluded is not None:
        return translate("ReleaseDistribution", "Excluded: {reason}").format(reason=recipient.excluded.label())
    if recipient.already_sent_on is not None:
        return translate("ReleaseDistribution", "Already received it on {date}").format(
            date=format_date(recipient.already_sent_on)
        )
    return ""


class RecipientsModel(RowsModel):
    """The chosen people: who gets which version, who is excluded and why, who already received the release."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                ColumnSpec(lambda: translate("ReleaseDistribution", "Name"), lambda r: r.name),
                ColumnSpec(lambda: translate("ReleaseDistribution", "Organisation"), lambda r: r.organisation),
                ColumnSpec(lambda: translate("ReleaseDistribution", "E-mail"), lambda r: r.email),
                ColumnSpec(
                    lambda: translate("ReleaseDistribution", "Gets"),
                    lambda r: release_language_name(r.language) if r.language else "—",
                ),
                ColumnSpec(lambda: translate("ReleaseDistribution", "Note"), recipient_note),
            ],
            parent,
        )

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            recipient: Recipient = self.row(index.row())
            if recipient.excluded is not None:
                return QColor("#9c1c1c")
            if recipient.already_sent_on is not None:
                return QColor("#a35c00")
            return None
        return super().data(index, role)


class Chooser(QWidget):
    """Audience groups to tick and contacts to add one by one; `changed` when the choice changes."""

    changed = Signal()

    def __init__(self, service: ReleasesService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.groups = QStandardItemModel(self)
        for group in service.groups():
            item = QStandardItem(
                translate("ReleaseDistribution", "{name} ({count})").format(name=group.name, count=group.members)
            )
            item.setData(group.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.groups.appendRow(item)
        self.groups.itemChanged.connect(lambda _item: self.changed.emit())
        self.group_list = QListView()
        self.group_list.setModel(self.groups)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("ReleaseDistribution", "Find a contact…"))
        self.found = QStandardItemModel(self)
        self.found_list = QListView()
        self.found_list.setModel(self.found)
        self.found_list.doubleClicked.connect(lambda _index: self.add_found())
        self.chosen = QStandardItemModel(self)
        self.chosen_list = QListView()
        self.chosen_list.setModel(self.chosen)
        add = QPushButton(translate("ReleaseDistribution", "&Add contact"))
        add.clicked.connect(self.add_found)
        remove = QPushButton(translate("ReleaseDistribution", "Re&move"))
        remove.clicked.connect(self.remove_chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("ReleaseDistribution", "Audience groups")))
        layout.addWidget(self.group_list, 2)
        layout.addWidget(QLabel(translate("ReleaseDistribution", "Single contacts")))
        layout.addWidget(self.search)
        layout.addWidget(self.found_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout.addLayout(buttons)
        layout.addWidget(self.chosen_list, 1)
        self._find()

    def _find(self) -> None:
        self.found.clear()
        for contact in self._service.find_contacts(self.search.text(), 50):
            self.found.appendRow(self._item(contact))

    @staticmethod
    def _item(contact: ContactChoice) -> QStandardItem:
        text = contact.name + (f" – {contact.organisation}" if contact.organisation else "")
        item = QStandardItem(text)
        item.setData(contact.id, Qt.ItemDataRole.UserRole)
        item.setEditable(False)
        if contact.do_not_contact:
            item.setForeground(QColor("#9c1c1c"))
            item.setToolTip(translate("ReleaseDistribution", "Do not contact"))
        return item

    def add_found(self) -> None:
        index = self.found_list.currentIndex()
        if not index.isValid():
            return
        contact_id = index.data(Qt.ItemDataRole.UserRole)
        if contact_id in self.contact_ids():
            return
        item = QStandardItem(index.data())
        item.setData(contact_id, Qt.ItemDataRole.UserRole)
        item.setEditable(False)
        self.chosen.appendRow(item)
        self.changed.emit()

    def remove_chosen(self) -> None:
        index = self.chosen_list.currentIndex()
        if index.isValid():
            self.chosen.removeRow(index.row())
            self.changed.emit()

    def set_group_checked(self, group_id: int, checked: bool = True) -> None:
        for row in range(self.groups.rowCount()):
            item = self.groups.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == group_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def group_ids(self) -> list[int]:
        return [
            self.groups.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.groups.rowCount())
            if self.groups.item(row).checkState() == Qt.CheckState.Checked
        ]

    def contact_ids(self) -> list[int]:
        return [self.chosen.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.chosen.rowCount())]


class ChannelsBox(QGroupBox):
    """One row per channel: whether it is used, for which language versions, its status and a note."""

    def __init__(self, languages: list[str], parent=None) -> None:
        super().__init__(translate("ReleaseDistribution", "Channels"), parent)
        self.languages = languages
        self.used: dict[Channel, QCheckBox] = {}
        self.versions: dict[Channel, dict[str, QCheckBox]] = {}
        self.status: dict[Channel, QComboBox] = {}
        self.note: dict[Channel, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.addWidget(QLabel(translate("ReleaseDistribution", "Versions")), 0, 1)
        grid.addWidget(QLabel(translate("ReleaseDistribution", "Status")), 0, 2)
        grid.addWidget(QLabel(translate("ReleaseDistribution", "Note or link")), 0, 3)
        for row, channel in enumerate(Channel, start=1):
            used = QCheckBox(channel.label())
            versions = QHBoxLayout()
            boxes = {}
            for code in languages:
                box = QCheckBox(code.upper())
                box.setChecked(True)
                box.setToolTip(release_language_name(code))
                versions.addWidget(box)
                boxes[code] = box
            status = QComboBox()
            for code, label in DistributionStatus.labelled():
                status.addItem(label, code)
            status.setCurrentIndex(status.findData(DistributionStatus.DONE.value))
            note = QLineEdit()
            grid.addWidget(used, row, 0)
            grid.addLayout(versions, row, 1)
            grid.addWidget(status, row, 2)
            grid.addWidget(note, row, 3)
            self.used[channel], self.versions[channel] = used, boxes
            self.status[channel], self.note[channel] = status, note
            if channel is Channel.EMAIL:  # the e-mail's versions are those that have recipients
                for box in boxes.values():
                    box.setEnabled(False)
        grid.setColumnStretch(3, 1)

    def chosen_languages(self, channel: Channel) -> list[str]:
        return [code for code, box in self.versions[channel].items() if box.isChecked()]
