"""The Contacts tab: search-as-you-type over the contact list."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from commsdesk.i18n import translate
from commsdesk.services.contacts import ContactsService
from commsdesk.ui.tabs.base import Tab
from commsdesk.ui.tabs.contacts.model import ContactsModel
from commsdesk.ui.widgets.table_view import make_table_view


class ContactsTab(Tab):
    def __init__(self, service: ContactsService, parent=None) -> None:
        super().__init__(parent)
        self._model = ContactsModel(service, self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._model.set_search)
        self.search.textChanged.connect(self._show_count)
        self.count_label = QLabel()
        self.table = make_table_view()
        self.table.setModel(self._model)
        for column, width in enumerate((190, 150, 240, 240, 140)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return translate("MainWindow", "Contacts")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("ContactsTab", "Search name, organisation, e-mail, phone, notes…"))
        self._model.retranslate()
        self._show_count()

    def refresh(self) -> None:
        self._model.set_search(self.search.text())
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(translate("ContactsTab", "{count} contacts").format(count=self._model.total))
