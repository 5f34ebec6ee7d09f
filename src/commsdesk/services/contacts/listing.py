"""The contact list in SQL: filtering on the folded search key, sorting on any column, one page at a time.

Built for 50,000 contacts: a search scans the table once (`+sort_key` keeps SQLite from walking the name index
row by row, which is slow when few rows match), the page is a list of ids, and only those rows are read in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select
from sqlalchemy.orm import Session

from commsdesk.db.models import AudienceGroup, Contact, ContactEmail, ContactPhone, Outlet, contact_group
from commsdesk.domain.text import fold
from commsdesk.services.paging import ListSort, contains

SORT_COLUMNS = ("name", "position", "outlet", "email", "phone", "language", "groups")
MAX_WINDOW = 4000
MAX_COLLECTED = 2000


@dataclass(frozen=True)
class ContactFilter:
    """Which contacts the list shows: words to search (all must match) and optional group, outlet type, reach and
    language."""

    search: str = ""
    group_id: int | None = None
    outlet_type: str | None = None
    reach: str | None = None
    language: str | None = None

    @property
    def words(self) -> list[str]:
        """The folded words to find; `+383` is looked for as 383 (phone numbers are also kept as digits)."""
        return [word[1:] if word[:1] == "+" and word[1:].isdigit() else word for word in fold(self.search).split()]

    @property
    def narrows(self) -> bool:
        return bool(self.words or self.group_id or self.outlet_type or self.reach or self.language)


@dataclass(frozen=True)
class ContactSort(ListSort):
    column: str = "name"  # one of SORT_COLUMNS


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list."""

    id: int
    name: str
    position: str
    outlet: str
    email: str
    phone: str
    language: str
    do_not_contact: bool
    outlet_type: str = ""
    groups: str = ""
    accredited: bool = False


def as_filter(value: ContactFilter | str | None) -> ContactFilter:
    if isinstance(value, ContactFilter):
        return value
    return ContactFilter(search=value or "")


def filtered(query: Select, contact_filter: ContactFilter) -> Select:
    """`query` (over `contact`) narrowed to the contacts the filter lets through."""
    for word in contact_filter.words:
        query = query.where(contains(Contact.search_key, word))
    if contact_filter.group_id is not None:
        members = select(contact_group.c.contact_id).where(contact_group.c.group_id == contact_filter.group_id)
        query = query.where(Contact.id.in_(members))
    if contact_filter.outlet_type or contact_filter.reach:
        outlets = select(Outlet.id)
        if contact_filter.outlet_type:
            outlets = outlets.where(Outlet.type == contact_filter.outlet_type)
        if contact_filter.reach:
            outlets = outlets.where(Outlet.reach == contact_filter.reach)
        query = query.where(Contact.outlet_id.in_(outlets))
    if contact_filter.language:
        query = query.where(Contact.language == contact_filter.language)
    return query


def _first_email() -> Any:
    return (
        select(ContactEmail.address)
        .where(ContactEmail.contact_id == Contact.id)
        .order_by(ContactEmail.id)
        .limit(1)
        .scalar_subquery()
    )


def _first_phone() -> Any:
    return (
        select(ContactPhone.number)
        .where(ContactPhone.contact_id == Contact.id)
        .order_by(ContactPhone.id)
        .limit(1)
        .scalar_subquery()
    )


def _outlet_name() -> Any:
    return select(Outlet.name).where(Outlet.id == Contact.outlet_id).scalar_subquery()


def _first_group() -> Any:
    """The first of the contact's group names as the list shows them (ordered by lower-cased name)."""
    return (
        select(func.min(func.lower(AudienceGroup.name)))
        .select_from(contact_group.join(AudienceGroup, AudienceGroup.id == contact_group.c.group_id))
        .where(contact_group.c.contact_id == Contact.id)
        .scalar_subquery()
    )


def _sort_terms(sort: ContactSort, narrowed: bool) -> list[ColumnElement]:
    """The ORDER BY terms for `sort`."""
    column = sort.column if sort.column in SORT_COLUMNS else "name"
    expression: Any
    if column == "name":
        # Unfiltered, the name index gives the first page at once; filtered, `+` makes SQLite scan and sort.
        expression = Contact.sort_key if not narrowed else _unindexed(Contact.sort_key)
    elif column == "position":
        expression = func.lower(Contact.position)
    elif column == "outlet":
        # A correlated lookup, not a join: with a join SQLite walks the outlet index and reads rows at random.
        expression = func.lower(func.coalesce(_outlet_name(), ""))
    elif column == "email":
        expression = func.lower(func.coalesce(_first_email(), ""))
    elif column == "phone":
        expression = func.coalesce(_first_phone(), "")
    elif column == "language":
        expression = Contact.language
    else:
        expression = func.coalesce(_first_group(), "")
    terms = [expression.desc() if sort.descending else expression.asc()]
    if column != "name":
        terms.append(Contact.sort_key.desc() if sort.descending else Contact.sort_key.asc())
    terms.append(Contact.id.desc() if sort.descending else Contact.id.asc())
    return terms


def _unindexed(column: Any) -> Any:
    """`+column`: the same value, but SQLite will not use an index to order by it."""
    return literal_column(f"+{column.table.name}.{column.name}")


def ordered_ids(contact_filter: ContactFilter, sort: ContactSort) -> Select:
    """SELECT contact.id … in the list's order, for paging or for exporting a filtered list."""
    return filtered(select(Contact.id), contact_filter).order_by(*_sort_terms(sort, contact_filter.narrows))


def count(session: Session, contact_filter: ContactFilter) -> int:
    if not contact_filter.narrows:
        return session.scalar(select(func.count()).select_from(Contact)) or 0
    return session.scalar(filtered(select(func.count()).select_from(Contact), contact_filter)) or 0


def page(
    session: Session, contact_filter: ContactFilter, sort: ContactSort, offset: int, limit: int
) -> list[ContactRow]:
    """The rows offset…offset+limit of the list."""
    ids = list(session.scalars(ordered_ids(contact_filter, sort).offset(offset).limit(limit)))
    return rows_of(session, ids)


def first_page(
    session: Session, contact_filter: ContactFilter, sort: ContactSort, limit: int
) -> tuple[list[ContactRow], int]:
    """The first page of the list and how many contacts match: what each keystroke of a search asks for.

    Sorted by name, one scan collects the matches (id and name key) as long as there are at most a few thousand:
    they are counted and ordered here, with no second pass. When more match, they are counted, and the first page is
    looked for at the start of the name index, where so many matches are bound to be.
    """
    if sort.column != "name":
        total = count(session, contact_filter)
        ids = list(session.scalars(ordered_ids(contact_filter, sort).limit(limit))) if total else []
        return rows_of(session, ids), total
    matches = filtered(select(Contact.id, Contact.sort_key), contact_filter).limit(MAX_COLLECTED + 1)
    found = session.execute(matches).all()
    if len(found) <= MAX_COLLECTED:
        found.sort(key=lambda row: (row[1], row[0]), reverse=sort.descending)
        return rows_of(session, [row[0] for row in found[:limit]]), len(found)
    total = count(session, contact_filter)
    ids: list[int] | None = None
    if _search_only(contact_filter) and not sort.descending:
        size = session.scalar(select(func.count()).select_from(Contact)) or 0
        window = min(size, limit * size // total * 3 + 200)
        if window <= MAX_WINDOW:  # a bigger window would cost as much as scanning everything
            ids = _window_ids(session, contact_filter, window, limit)
            if len(ids) < limit and window < size:
                ids = None
    if ids is None:
        ids = list(session.scalars(ordered_ids(contact_filter, sort).limit(limit)))
    return rows_of(session, ids), total


def _search_only(contact_filter: ContactFilter) -> bool:
    return bool(contact_filter.words) and not (
        contact_filter.group_id or contact_filter.outlet_type or contact_filter.reach or contact_filter.language
    )


def _window_ids(session: Session, contact_filter: ContactFilter, window: int, limit: int) -> list[int]:
    """The matches among the first `window` contacts by name, in name order (exact for the first page when there
    are at least `limit` of them)."""
    start = (
        select(Contact.id, Contact.sort_key, Contact.search_key)
        .order_by(Contact.sort_key, Contact.id)
        .limit(window)
        .subquery()
    )
    query = select(start.c.id)
    for word in contact_filter.words:
        query = query.where(contains(start.c.search_key, word))
    return list(session.scalars(query.order_by(start.c.sort_key, start.c.id).limit(limit)))


def rows_of(session: Session, ids: list[int]) -> list[ContactRow]:
    """The list rows of the contacts `ids`, in that order (first e-mail and phone, group names)."""
    if not ids:
        return []
    query = (
        select(
            Contact.id,
            Contact.given_name,
            Contact.family_name,
            Contact.position,
            Outlet.name,
            Contact.language,
            Contact.do_not_contact,
            Outlet.type,
            Contact.accredited,
        )
        .outerjoin(Outlet, Contact.outlet_id == Outlet.id)
        .where(Contact.id.in_(ids))
    )
    emails: dict[int, str] = {}
    for contact_id, address in session.execute(
        select(ContactEmail.contact_id, ContactEmail.address)
        .where(ContactEmail.contact_id.in_(ids))
        .order_by(ContactEmail.id.desc())
    ):
        emails[contact_id] = address  # the last written wins: the first one entered
    phones: dict[int, str] = {}
    for contact_id, number in session.execute(
        select(ContactPhone.contact_id, ContactPhone.number)
        .where(ContactPhone.contact_id.in_(ids))
        .order_by(ContactPhone.id.desc())
    ):
        phones[contact_id] = number
    groups: dict[int, list[str]] = {}
    for contact_id, name in session.execute(
        select(contact_group.c.contact_id, AudienceGroup.name)
        .join(AudienceGroup, AudienceGroup.id == contact_group.c.group_id)
        .where(contact_group.c.contact_id.in_(ids))
        .order_by(func.lower(AudienceGroup.name))
    ):
        groups.setdefault(contact_id, []).append(name)
    found = {}
    for row in session.execute(query):
        contact_id = row[0]
        found[contact_id] = ContactRow(
            id=contact_id,
            name=f"{row[1]} {row[2]}".strip(),
            position=row[3],
            outlet=row[4] or "",
            email=emails.get(contact_id, ""),
            phone=phones.get(contact_id, ""),
            language=row[5],
            do_not_contact=row[6],
            outlet_type=row[7] or "",
            groups="; ".join(groups.get(contact_id, ())),
            accredited=row[8],
        )
    return [found[i] for i in ids if i in found]


def numbered_ids(contact_filter: ContactFilter, sort: ContactSort) -> Any:
    """A subquery (id, position) of the list's contacts, numbered from 1 in the list's order."""
    terms = _sort_terms(sort, contact_filter.narrows)
    numbered = ordered_ids(contact_filter, sort).add_columns(func.row_number().over(order_by=terms).label("position"))
    return numbered.order_by(None).subquery()


def position_of(session: Session, contact_id: int, contact_filter: ContactFilter, sort: ContactSort) -> int | None:
    """Where contact `contact_id` stands in the list (0-based), or None when the filter hides it."""
    numbered = numbered_ids(contact_filter, sort)
    found = session.scalar(select(numbered.c.position).where(numbered.c.id == contact_id))
    return None if found is None else found - 1
