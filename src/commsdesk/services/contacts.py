"""Contacts, outlets and audience groups."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commsdesk.db.engine import Database
from commsdesk.db.models import AudienceGroup, Contact, ContactEmail, ContactPhone, Outlet
from commsdesk.domain.contacts import Audience, OutletType, Reach
from commsdesk.domain.text import fold, search_key


@dataclass(frozen=True)
class ContactInput:
    """What the user enters for a contact; e-mails and phones as (label, value)."""

    given_name: str = ""
    family_name: str = ""
    position: str = ""
    outlet: str = ""
    language: str = "sq"
    emails: list[tuple[str, str]] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    topics: str = ""
    notes: str = ""
    source: str = ""
    purpose: str = ""
    do_not_contact: bool = False
    verified_on: date | None = None


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


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    code: str | None
    members: int


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


class ContactsService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def ensure_audience_groups(self) -> None:
        """Create the strategy's audience groups that do not exist yet, named in the current language."""
        with self._db.session() as session:
            existing = set(session.scalars(select(AudienceGroup.code).where(AudienceGroup.code.is_not(None))))
            for audience in Audience:
                if audience.value not in existing:
                    session.add(AudienceGroup(code=audience.value, name=audience.label()))

    def save_outlet(self, name: str, outlet_type: OutletType, reach: Reach) -> int:
        """Create the outlet `name`, or update its type and reach; returns its id."""
        with self._db.session() as session:
            outlet = _outlet_named(session, name.strip())
            outlet.type = outlet_type.value
            outlet.reach = reach.value
            session.flush()
            return outlet.id

    def create(self, data: ContactInput) -> int:
        """Store a new contact and return its id."""
        with self._db.session() as session:
            contact = Contact(
                given_name=data.given_name.strip(),
                family_name=data.family_name.strip(),
                position=data.position.strip(),
                language=data.language,
                topics=data.topics,
                notes=data.notes,
                source=data.source,
                purpose=data.purpose,
                do_not_contact=data.do_not_contact,
                verified_on=data.verified_on,
            )
            if data.outlet.strip():
                contact.outlet = _outlet_named(session, data.outlet.strip())
            contact.emails = [
                ContactEmail(label=lbl, address=a, address_key=a.strip().lower()) for lbl, a in data.emails
            ]
            contact.phones = [ContactPhone(label=lbl, number=n, digits=_digits(n)) for lbl, n in data.phones]
            contact.groups = [_group_named(session, name) for name in data.groups]
            _refresh_keys(contact)
            session.add(contact)
            session.flush()
            return contact.id

    def count(self, search: str = "") -> int:
        """How many contacts match `search` (case- and diacritic-insensitive)."""
        with self._db.session() as session:
            query = select(func.count(Contact.id))
            if search.strip():
                query = query.where(Contact.search_key.contains(fold(search.strip()), autoescape=True))
            return session.scalar(query) or 0

    def page(self, offset: int, limit: int, search: str = "") -> list[ContactRow]:
        """One page of the contact list sorted by family and given name."""
        first_email = select(func.min(ContactEmail.address)).where(ContactEmail.contact_id == Contact.id)
        first_phone = select(func.min(ContactPhone.number)).where(ContactPhone.contact_id == Contact.id)
        query = (
            select(
                Contact.id,
                Contact.given_name,
                Contact.family_name,
                Contact.position,
                Outlet.name,
                first_email.scalar_subquery(),
                first_phone.scalar_subquery(),
                Contact.language,
                Contact.do_not_contact,
            )
            .outerjoin(Outlet, Contact.outlet_id == Outlet.id)
            .order_by(Contact.sort_key, Contact.id)
            .offset(offset)
            .limit(limit)
        )
        if search.strip():
            query = query.where(Contact.search_key.contains(fold(search.strip()), autoescape=True))
        with self._db.session() as session:
            return [
                ContactRow(r[0], f"{r[1]} {r[2]}".strip(), r[3], r[4] or "", r[5] or "", r[6] or "", r[7], r[8])
                for r in session.execute(query)
            ]

    def groups(self) -> list[GroupRow]:
        """Every audience group with its number of members, by name."""
        from commsdesk.db.models import contact_group

        members = (
            select(func.count()).select_from(contact_group).where(contact_group.c.group_id == AudienceGroup.id)
        ).scalar_subquery()
        with self._db.session() as session:
            rows = session.execute(
                select(AudienceGroup.id, AudienceGroup.name, AudienceGroup.code, members).order_by(AudienceGroup.name)
            )
            return [GroupRow(*row) for row in rows]


def _outlet_named(session: Session, name: str) -> Outlet:
    outlet = session.scalar(select(Outlet).where(Outlet.name == name))
    if outlet is None:
        outlet = Outlet(name=name)
        session.add(outlet)
    return outlet


def _group_named(session: Session, name: str) -> AudienceGroup:
    group = session.scalar(select(AudienceGroup).where(AudienceGroup.name == name))
    if group is None:
        group = AudienceGroup(name=name)
        session.add(group)
    return group


def _refresh_keys(contact: Contact) -> None:
    """Recompute the folded search and sort keys from the contact's fields."""
    contact.search_key = search_key(
        contact.given_name,
        contact.family_name,
        contact.outlet.name if contact.outlet else "",
        *(email.address for email in contact.emails),
        *(phone.number for phone in contact.phones),
        *(phone.digits for phone in contact.phones),
        contact.notes,
    )
    contact.sort_key = fold(f"{contact.family_name} {contact.given_name}")
