"""Between the contact tables and plain data: reading a contact, writing one, its folded keys, outlets and groups."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commsdesk.db.models import AudienceGroup, Contact, ContactEmail, ContactPhone, Outlet
from commsdesk.domain.contacts import (
    ContactDetail,
    ContactInput,
    OutletType,
    Reach,
    audience_of_name,
    email_key,
    phone_digits,
    phone_search_forms,
)
from commsdesk.domain.text import fold
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate

_SEPARATOR = " | "


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FOLDED: dict[str, str] = {}


def _fold_character(match: re.Match[str]) -> str:
    character = match.group()
    folded = _FOLDED.get(character)
    if folded is None:
        folded = _FOLDED[character] = fold(character)
    return folded


def quick_fold(text: str) -> str:
    """`fold`, fast: lower-cased at C speed, then each non-ASCII character folded on its own (folding works character
    by character — casefold, decomposition, accents dropped — except for `dj` → `d`, done last)."""
    lowered = text.lower()
    if not lowered.isascii():
        lowered = _NON_ASCII.sub(_fold_character, lowered)
    return lowered.replace("dj", "d")


def search_key_of(
    given: str,
    family: str,
    position: str,
    outlet: str,
    emails: Iterable[str],
    phones: Iterable[str],
    topics: str,
    notes: str,
    phone_digits_known: Iterable[str] | None = None,
) -> str:
    """The folded text the list searches: name, position, organisation, e-mails, phones (in any form), notes."""
    parts = [given, family, position, outlet, *emails]
    if phone_digits_known is None:
        for number in phones:
            parts.extend(phone_search_forms(number))
    else:
        for number, digits in zip(phones, phone_digits_known, strict=True):
            parts.extend(phone_search_forms(number, digits))
    parts.append(topics)
    parts.append(notes)
    return quick_fold(_SEPARATOR.join([part for part in parts if part]))


def sort_key_of(given: str, family: str) -> str:
    """Folded "family given", the order people look names up in."""
    return quick_fold(f"{family.strip()} {given.strip()}".strip())


def refresh_keys(contact: Contact) -> None:
    """Recompute the contact's folded search and sort keys from its fields."""
    contact.search_key = search_key_of(
        contact.given_name,
        contact.family_name,
        contact.position,
        contact.outlet.name if contact.outlet else "",
        (email.address for email in contact.emails),
        (phone.number for phone in contact.phones),
        contact.topics,
        contact.notes,
    )
    contact.sort_key = sort_key_of(contact.given_name, contact.family_name)


# -- outlets and groups --------------------------------------------------------------------------------------------


def outlet_named(session: Session, name: str, outlet_type: str | None = None, reach: str | None = None) -> Outlet:
    """The outlet called `name` (created if new); a given type or reach is stored on it."""
    outlet = session.scalar(select(Outlet).where(Outlet.name == name))
    if outlet is None:
        outlet = Outlet(name=name, type=OutletType.OTHER.value, reach=Reach.LOCAL.value, website="", notes="")
        session.add(outlet)
    if outlet_type:
        outlet.type = OutletType(outlet_type).value
    if reach:
        outlet.reach = Reach(reach).value
    return outlet


def check_group_name(name: str) -> str:
    """The name trimmed, or a ValidationError when it is empty or holds `;` (which separates groups in files)."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(translate("ContactGroups", "A group needs a name."))
    if ";" in cleaned:
        raise ValidationError(translate("ContactGroups", "A group name cannot contain “;”."))
    return cleaned


class GroupResolver:
    """Finds groups by name within one transaction — exactly, then ignoring case and accents, then as an
    audience named in another language — and creates the ones that do not exist."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_fold: dict[str, AudienceGroup] = {}
        self._by_code: dict[str, AudienceGroup] = {}
        for group in session.scalars(select(AudienceGroup)):
            self._remember(group)

    def _remember(self, group: AudienceGroup) -> None:
        self._by_fold.setdefault(fold(group.name), group)
        if group.code:
            self._by_code[group.code] = group

    def get(self, name: str) -> AudienceGroup:
        cleaned = check_group_name(name)
        group = self._by_fold.get(fold(cleaned))
        if group is None:
            code = audience_of_name(cleaned)
            group = self._by_code.get(code) if code else None
        if group is None:
            group = AudienceGroup(name=cleaned, description="")
            self._session.add(group)
            self._session.flush()
            self._remember(group)
        return group

    def all(self, names: Iterable[str]) -> list[AudienceGroup]:
        found: dict[int, AudienceGroup] = {}
        for name in names:
            if name.strip():
                group = self.get(name)
                found[group.id] = group
        return list(found.values())


# -- reading and writing one contact -------------------------------------------------------------------------------


def apply_input(session: Session, contact: Contact, data: ContactInput, groups: GroupResolver | None = None) -> None:
    """Give `contact` exactly the values of `data` (its e-mails, phones and groups replace the old ones)."""
    contact.given_name = data.given_name.strip()
    contact.family_name = data.family_name.strip()
    contact.position = data.position.strip()
    contact.language = data.language or "sq"
    contact.topics = data.topics.strip()
    contact.address = data.address.strip()
    contact.website = data.website.strip()
    contact.social = data.social.strip()
    contact.notes = data.notes.strip()
    contact.accredited = data.accredited
    contact.accredited_until = data.accredited_until
    contact.source = data.source.strip()
    contact.purpose = data.purpose.strip()
    contact.do_not_contact = data.do_not_contact
    contact.verified_on = data.verified_on
    outlet_name = " ".join(data.outlet.split())
    contact.outlet = outlet_named(session, outlet_name, data.outlet_type, data.reach) if outlet_name else None
    contact.emails = [
        ContactEmail(label=label or "work", address=address.strip(), address_key=email_key(address))
        for label, address in unique_pairs(data.emails, email_key)
    ]
    contact.phones = [
        ContactPhone(label=label or "work", number=number.strip(), digits=phone_digits(number))
        for label, number in unique_pairs(data.phones, phone_digits)
    ]
    contact.groups = (groups or GroupResolver(session)).all(data.groups)
    refresh_keys(contact)


def unique_pairs(pairs: Iterable[tuple[str, str]], key) -> list[tuple[str, str]]:
    """The (label, value) pairs with a value, each value once."""
    seen: set[str] = set()
    result = []
    for label, value in pairs:
        if value.strip() and key(value) not in seen:
            seen.add(key(value))
            result.append((label, value))
    return result


def input_of(contact: Contact) -> ContactInput:
    """The contact as plain data."""
    outlet = contact.outlet
    return ContactInput(
        given_name=contact.given_name,
        family_name=contact.family_name,
        position=contact.position,
        outlet=outlet.name if outlet else "",
        outlet_type=outlet.type if outlet else None,
        reach=outlet.reach if outlet else None,
        language=contact.language,
        emails=[(email.label, email.address) for email in contact.emails],
        phones=[(phone.label, phone.number) for phone in contact.phones],
        groups=sorted((group.name for group in contact.groups), key=fold),
        topics=contact.topics,
        address=contact.address,
        website=contact.website,
        social=contact.social,
        notes=contact.notes,
        accredited=contact.accredited,
        accredited_until=contact.accredited_until,
        source=contact.source,
        purpose=contact.purpose,
        do_not_contact=contact.do_not_contact,
        verified_on=contact.verified_on,
    )


def detail_of(contact: Contact) -> ContactDetail:
    return ContactDetail(contact.id, input_of(contact), contact.created_at, contact.updated_at)


# -- snapshots for undoing a merge ---------------------------------------------------------------------------------


def snapshot(contact: Contact) -> dict[str, Any]:
    """Everything about the contact as JSON-able data (dates as ISO text)."""
    data = input_of(contact)
    values: dict[str, Any] = {name: getattr(data, name) for name in data.__dataclass_fields__}
    for name in ("accredited_until", "verified_on"):
        values[name] = values[name].isoformat() if values[name] else None
    values["emails"] = [list(pair) for pair in data.emails]
    values["phones"] = [list(pair) for pair in data.phones]
    values["group_ids"] = [group.id for group in contact.groups]
    values["id"] = contact.id
    return values


def input_of_snapshot(values: dict[str, Any]) -> ContactInput:
    fields = dict(values)
    for name in ("accredited_until", "verified_on"):
        fields[name] = date.fromisoformat(fields[name]) if fields.get(name) else None
    fields["emails"] = [tuple(pair) for pair in fields["emails"]]
    fields["phones"] = [tuple(pair) for pair in fields["phones"]]
    known = ContactInput.__dataclass_fields__
    return ContactInput(**{name: value for name, value in fields.items() if name in known})
