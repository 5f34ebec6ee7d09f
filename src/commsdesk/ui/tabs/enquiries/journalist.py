"""The journalist of an enquiry as a contact: found by typing part of the name, or created on the spot in the
contact tab's own form (with its warning about contacts that may be the same person)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from commsdesk.services.contacts import ContactFilter, ContactRow, ContactsService
from commsdesk.ui.messages import guarded

FOUND_AT_MOST = 30


def _label(row: ContactRow) -> str:
    return f"{row.name} — {row.outlet}" if row.outlet else row.name


class Journalists:
    """The contacts as the enquiry form looks them up: `search` and `label` for its `ContactLink`."""

    def __init__(self, contacts: ContactsService) -> None:
        self.contacts = contacts

    def search(self, text: str) -> list[tuple[int, str]]:
        if not text.split():
            return []
        rows = self.contacts.page(0, FOUND_AT_MOST, ContactFilter(search=text))
        return [(row.id, _label(row)) for row in rows]

    def row(self, contact_id: int) -> ContactRow | None:
        rows = self.contacts.rows([contact_id])
        return rows[0] if rows else None

    def label(self, contact_id: int) -> str:
        row = self.row(contact_id)
        return _label(row) if row is not None else ""

    def create(self, parent: QWidget, name: str, outlet: str, email: str, phone: str) -> int | None:
        """The contact form, filled in with what the enquiry holds; the new contact's id once it was saved."""
        from commsdesk.ui.tabs.contacts.dialog import ContactDialog

        dialog = guarded(parent, ContactDialog, self.contacts, None, parent)
        if dialog is None:
            return None
        given, _, family = " ".join(name.split()).partition(" ")
        dialog.given.setText(given)
        dialog.family.setText(family)
        dialog.outlet.setCurrentText(outlet)
        if email:
            dialog.emails.set_values([("work", email)])
        if phone:
            dialog.phones.set_values([("work", phone)])
        saved = dialog.exec()
        created = dialog.contact_id if saved else None
        dialog.deleteLater()
        return created
