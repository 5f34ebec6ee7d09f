"""What an event is linked to: the action-plan activity it serves and the press releases about it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from commsdesk.i18n import translate
from commsdesk.services.calendar import Choice

CHOICE_ID = Qt.ItemDataRole.UserRole + 1


def _release_text(choice: Choice) -> str:
    return f"{choice.detail} — {choice.label}" if choice.label else choice.detail


class LinksPanel(QWidget):
    def __init__(
        self,
        activities: Sequence[Choice],
        releases: Sequence[Choice],
        activity_id: int | None,
        release_ids: Sequence[int],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._releases = {choice.id: choice for choice in releases}
        self.activity = QComboBox()
        self.activity.addItem(translate("CalendarDialog", "(none)"), None)
        for choice in activities:
            self.activity.addItem(f"{choice.detail} · {choice.label}", choice.id)
            self.activity.setItemData(self.activity.count() - 1, choice.label, Qt.ItemDataRole.ToolTipRole)
        self.activity.setCurrentIndex(max(self.activity.findData(activity_id), 0) if activity_id else 0)
        self.activity.setMinimumContentsLength(30)
        self.activity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.linked = QStandardItemModel(self)
        self.linked_view = QListView()
        self.linked_view.setModel(self.linked)
        self.linked_view.setMaximumHeight(90)
        self.candidates = QComboBox()
        self.candidates.setMinimumContentsLength(24)
        self.candidates.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link = QPushButton(translate("CalendarDialog", "Link"))
        self.unlink = QPushButton(translate("CalendarDialog", "Unlink"))
        self.link.clicked.connect(self._link)
        self.unlink.clicked.connect(self._unlink)
        for release_id in release_ids:
            self._add(release_id)
        self._fill_candidates()
        row = QHBoxLayout()
        row.addWidget(self.candidates, 1)
        row.addWidget(self.link)
        row.addWidget(self.unlink)
        releases_box = QVBoxLayout()
        releases_box.addWidget(self.linked_view)
        releases_box.addLayout(row)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("CalendarDialog", "Action-plan activity"), self.activity)
        form.addRow(translate("CalendarDialog", "Press releases"), releases_box)

    def _add(self, release_id: int) -> None:
        choice = self._releases.get(release_id)
        if choice is None:
            return
        item = QStandardItem(_release_text(choice))
        item.setEditable(False)
        item.setData(release_id, CHOICE_ID)
        self.linked.appendRow(item)

    def _fill_candidates(self) -> None:
        taken = set(self.release_ids())
        self.candidates.clear()
        for choice in self._releases.values():
            if choice.id not in taken:
                self.candidates.addItem(_release_text(choice), choice.id)
        self.link.setEnabled(self.candidates.count() > 0)

    def _link(self) -> None:
        release_id = self.candidates.currentData()
        if release_id is not None:
            self._add(int(release_id))
            self._fill_candidates()

    def _unlink(self) -> None:
        index = self.linked_view.currentIndex()
        if index.isValid():
            self.linked.removeRow(index.row())
            self._fill_candidates()

    def activity_id(self) -> int | None:
        value = self.activity.currentData()
        return int(value) if value is not None else None

    def release_ids(self) -> tuple[int, ...]:
        return tuple(int(self.linked.item(row).data(CHOICE_ID)) for row in range(self.linked.rowCount()))
