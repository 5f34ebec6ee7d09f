"""Reading contacts for an export: a handful of bulk queries (never one per contact), read straight from the cursor.

The contacts come from one query in the list's order; their e-mails, phones and group names from one query each,
read first into dictionaries — cheaper for SQLite than aggregating them per contact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from commsdesk.db.models import AudienceGroup, Contact, ContactEmail, ContactPhone, Outlet, contact_group
from commsdesk.domain.contact_records import ContactRecord, ContactTableRow
from commsdesk.services.contacts.listing import ContactFilter, ContactSort, filtered, numbered_ids
from commsdesk.services.contacts.records import quick_fold

MAX_IDS = 30000  # SQLite takes up to 32,766 parameters


@dataclass(frozen=True)
class ExportScope:
    """Which contacts to export: those the filter lets through (all, a group, the current search), or exactly
    `ids` (the selection)."""

    contact_filter: ContactFilter = field(default_factory=ContactFilter)
    ids: tuple[int, ...] | None = None
    sort: ContactSort = field(default_factory=ContactSort)


_COLUMNS = (
    Contact.id,
    Contact.given_name,
    Contact.family_name,
    Contact.position,
    Outlet.name,
    Outlet.type,
    Outlet.reach,
    Contact.language,
    Contact.topics,
    Contact.address,
    Contact.website,
    Contact.social,
    Contact.notes,
    Contact.accredited,
    Contact.accredited_until,
    Contact.source,
    Contact.purpose,
    Contact.do_not_contact,
    Contact.verified_on,
)


def _contacts(scope: ExportScope) -> Select:
    """The contacts of `scope` (not their e-mails, phones, groups) in the list's order."""
    query = select(*_COLUMNS).select_from(Contact).outerjoin(Outlet, Outlet.id == Contact.outlet_id)
    if scope.ids is not None:
        return query.where(Contact.id.in_(scope.ids)).order_by(Contact.sort_key, Contact.id)
    if scope.sort == ContactSort():
        return filtered(query, scope.contact_filter).order_by(Contact.sort_key, Contact.id)
    ordered = numbered_ids(scope.contact_filter, scope.sort)
    return query.join(ordered, ordered.c.id == Contact.id).order_by(ordered.c.position)


def _members(scope: ExportScope, column):
    """A condition limiting `column` (a contact id) to the contacts of `scope`."""
    if scope.ids is not None:
        return column.in_(scope.ids)
    if not scope.contact_filter.narrows:
        return None
    return column.in_(filtered(select(Contact.id), scope.contact_filter))


def _raw(session: Session, query: Select) -> list[tuple]:
    """The rows of `query` straight from the DB-API cursor, in this session's transaction: for 50,000 rows,
    SQLAlchemy's per-row result processing would cost more than the query (dates and booleans come raw)."""
    compiled = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    values = compiled.params  # a property that builds the dict anew on every access
    parameters = [values[name] for name in compiled.positiontup or ()]
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(str(compiled), parameters).fetchall()
    finally:
        cursor.close()


def _pairs(session: Session, scope: ExportScope, table, value_column) -> dict[int, list[tuple[str, str]]]:
    query = select(table.contact_id, table.label, value_column).order_by(table.contact_id, table.id)
    condition = _members(scope, table.contact_id)
    if condition is not None:
        query = query.where(condition)
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for contact_id, label, value in _raw(session, query):
        found[contact_id].append((label, value))
    return found


def _groups(session: Session, scope: ExportScope) -> dict[int, list[str]]:
    query = select(contact_group.c.contact_id, AudienceGroup.name).join(
        AudienceGroup, AudienceGroup.id == contact_group.c.group_id
    )
    condition = _members(scope, contact_group.c.contact_id)
    if condition is not None:
        query = query.where(condition)
    found: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in _raw(session, query):
        found[contact_id].append(name)
    for names in found.values():
        if len(names) > 1:
            names.sort(key=quick_fold)
    return found


def stream(session: Session, scope: ExportScope) -> Iterator[ContactRecord]:
    """The contacts of `scope`, one ContactRecord at a time."""
    if scope.ids is not None and len(scope.ids) > MAX_IDS:
        for start in range(0, len(scope.ids), MAX_IDS):
            yield from stream(session, ExportScope(ids=tuple(scope.ids[start : start + MAX_IDS])))
        return
    emails = _pairs(session, scope, ContactEmail, ContactEmail.address)
    phones = _pairs(session, scope, ContactPhone, ContactPhone.number)
    groups = _groups(session, scope)
    empty: list = []
    day = date.fromisoformat
    for row in _raw(session, _contacts(scope)):
        contact_id = row[0]
        yield ContactRecord(
            contact_id,
            row[1],
            row[2],
            row[3],
            row[4] or "",
            row[5] or "",
            row[6] or "",
            row[7],
            emails.get(contact_id, empty),
            phones.get(contact_id, empty),
            groups.get(contact_id, empty),
            row[8],
            row[9],
            row[10],
            row[11],
            row[12],
            row[13] == 1,
            day(row[14][:10]) if row[14] else None,
            row[15],
            row[16],
            row[17] == 1,
            day(row[18][:10]) if row[18] else None,
        )


def _per_label(session: Session, scope: ExportScope, table, value_column) -> dict[int, list[str]]:
    """contact id → [work, mobile, home, other] values, each label's joined with "; " in the order entered."""
    query = select(table.contact_id, table.label, value_column).order_by(table.contact_id, table.id)
    condition = _members(scope, table.contact_id)
    if condition is not None:
        query = query.where(condition)
    slot = {"work": 0, "mobile": 1, "home": 2}
    found: dict[int, list[str]] = {}
    for contact_id, label, value in _raw(session, query):
        values = found.get(contact_id)
        if values is None:
            values = found[contact_id] = ["", "", "", ""]
        index = slot.get(label, 3)
        values[index] = f"{values[index]}; {value}" if values[index] else value
    return found


def stream_table(session: Session, scope: ExportScope) -> Iterator[ContactTableRow]:
    """The contacts of `scope` as table rows (CSV, XLSX): e-mails and phones already split by label in SQL."""
    if scope.ids is not None and len(scope.ids) > MAX_IDS:
        for start in range(0, len(scope.ids), MAX_IDS):
            yield from stream_table(session, ExportScope(ids=tuple(scope.ids[start : start + MAX_IDS])))
        return
    emails = _per_label(session, scope, ContactEmail, ContactEmail.address)
    phones = _per_label(session, scope, ContactPhone, ContactPhone.number)
    groups = {contact_id: "; ".join(names) for contact_id, names in _groups(session, scope).items()}
    none = ("", "", "", "")
    day = date.fromisoformat
    for row in _raw(session, _contacts(scope)):
        contact_id = row[0]
        email = emails.get(contact_id, none)
        phone = phones.get(contact_id, none)
        yield ContactTableRow(
            contact_id,
            row[1],
            row[2],
            row[17] == 1,
            row[3],
            row[4] or "",
            row[5] or "",
            row[6] or "",
            row[7],
            email[0],
            email[1],
            email[2],
            email[3],
            phone[0],
            phone[1],
            phone[2],
            phone[3],
            groups.get(contact_id, ""),
            row[8],
            row[9],
            row[10],
            row[11],
            row[12],
            row[13] == 1,
            day(row[14][:10]) if row[14] else None,
            row[15],
            row[16],
            day(row[18][:10]) if row[18] else None,
        )


def count(session: Session, scope: ExportScope) -> int:
    if scope.ids is not None:
        return len(scope.ids)
    from commsdesk.services.contacts.listing import count as list_count

    return list_count(session, scope.contact_filter)


__all__ = ["ExportScope", "count", "stream", "stream_table"]
