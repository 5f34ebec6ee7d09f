"""A record's link to a contact (a requester, a journalist): type a few letters of the name, pick from the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from commsdesk.i18n import translate

Search = Callable[[str], list[tuple[int, str]]]  # words typed → (contact id, "Name — Outlet")


class ContactLink(QWidget):
    """`value()` is the linked contact's id or None; `changed` when a contact is chosen or the link removed."""

    changed = Signal()
    chosen = Signal(int, str)  # a contact picked from the list: its id and label

    def __init__(self, search: Search, label_of: Callable[[int], str], placeholder: str = "", parent=None) -> None:
        super().__init__(parent)
        self._search, self._label_of = search, label_of
        self._id: int | None = None
        self._found: dict[str, int] = {}
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.unlink = QPushButton(translate("ContactLink", "Unlink"))
        self.unlink.clicked.connect(lambda: self.set_value(None, notify=True))
        self._timer = QTimer(self, singleShot=True, interval=200)  # search once the typing pauses
        self._timer.timeout.connect(self._look_up)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.completer.activated[str].connect(self._picked)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit, 1)
        self.row.addWidget(self.unlink)
        self.unlink.setEnabled(False)

    def value(self) -> int | None:
        return self._id

    def set_value(self, contact_id: int | None, notify: bool = False) -> None:
        self._id = contact_id
        self.edit.setText(self._label_of(contact_id) if contact_id is not None else "")
        self.unlink.setEnabled(contact_id is not None)
        if notify:
            self.changed.emit()

    def focus_target(self) -> QWidget:
        return self.edit

    def _look_up(self) -> None:
        found = self._search(self.edit.text())
        self._found = {label: contact_id for contact_id, label in found}
        self.names.setStringList(list(self._found))
        if found:
            self.completer.complete()

    def _picked(self, label: str) -> None:
        contact_id = self._found.get(label)
        if contact_id is not None:
            self.set_value(contact_id, notify=True)
            self.chosen.emit(contact_id, label)
