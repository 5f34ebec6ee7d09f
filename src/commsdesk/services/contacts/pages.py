"""The contact list as the window pages through it (a `services.paging.PageSource`)."""

from __future__ import annotations

from collections.abc import Sequence

from commsdesk.services.contacts.listing import ContactFilter, ContactRow, ContactSort
from commsdesk.services.contacts.service import ContactsService


class ContactPages:
    """Pages of the list, and its shortcuts for 50,000 contacts: the first page with its count in one go (what each
    keystroke of a search asks for) and where a contact stands in the list."""

    def __init__(self, contacts: ContactsService) -> None:
        self._contacts = contacts

    def count(self, list_filter: ContactFilter) -> int:
        return self._contacts.count(list_filter)

    def page(self, list_filter: ContactFilter, sort: ContactSort, offset: int, limit: int) -> list[ContactRow]:
        return self._contacts.page(offset, limit, list_filter, sort)

    def first_page(self, list_filter: ContactFilter, sort: ContactSort, limit: int) -> tuple[list[ContactRow], int]:
        return self._contacts.first_page(list_filter, sort, limit)

    def position(self, contact_id: int, list_filter: ContactFilter, sort: ContactSort) -> int | None:
        return self._contacts.position(contact_id, list_filter, sort)

    def rows(self, contact_ids: Sequence[int]) -> list[ContactRow]:
        return self._contacts.rows(contact_ids)
