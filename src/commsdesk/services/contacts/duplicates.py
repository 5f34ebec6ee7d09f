"""Finding contacts that are probably the same person, merging two of them, and undoing the last merge."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from commsdesk.db.models import (
    AudienceGroup,
    Contact,
    ContactEmail,
    ContactMerge,
    ContactPhone,
    DistributionRecipient,
    Outlet,
    event_media_contact,
    utc_now,
)
from commsdesk.domain.contacts import (
    ContactInput,
    email_key,
    forms_similar,
    join_name,
    name_forms,
    names_similar,
    phone_digits,
)
from commsdesk.domain.text import fold
from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.services.contacts.records import (
    GroupResolver,
    apply_input,
    input_of,
    input_of_snapshot,
    snapshot,
)

MIN_PHONE_DIGITS = 6  # shorter numbers (extensions, typos) are not compared


class Reason:
    """Why two contacts look like the same person (stored in DuplicatePair.reason as this code)."""

    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"

    @staticmethod
    def label(code: str) -> str:
        return {
            "email": translate("ContactDuplicates", "same e-mail"),
            "phone": translate("ContactDuplicates", "same phone"),
            "name": translate("ContactDuplicates", "similar name, same organisation"),
        }[code]


@dataclass(frozen=True)
class DuplicateHint:
    """An existing contact that a new or edited one resembles, and why."""

    contact_id: int
    name: str
    outlet: str
    reason: str  # Reason code
    detail: str  # the shared e-mail or phone, or the other name


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    outlet: str
    reason: str
    detail: str


@dataclass(frozen=True)
class MergeInfo:
    id: int
    kept_name: str
    removed_name: str


def hints_for(session: Session, data: ContactInput, exclude_id: int | None = None) -> list[DuplicateHint]:
    """The contacts that share an e-mail or phone with `data`, or have a very similar name at its organisation."""
    hints: dict[int, DuplicateHint] = {}
    keys = {email_key(address) for _label, address in data.emails if address.strip()}
    if keys:
        query = select(ContactEmail.contact_id, ContactEmail.address).where(ContactEmail.address_key.in_(keys))
        for contact_id, address in session.execute(query):
            if contact_id != exclude_id:
                hints.setdefault(contact_id, _hint(session, contact_id, Reason.EMAIL, address))
    digits = {phone_digits(number) for _label, number in data.phones}
    digits = {value for value in digits if len(value) >= MIN_PHONE_DIGITS}
    if digits:
        query = select(ContactPhone.contact_id, ContactPhone.number).where(ContactPhone.digits.in_(digits))
        for contact_id, number in session.execute(query):
            if contact_id != exclude_id:
                hints.setdefault(contact_id, _hint(session, contact_id, Reason.PHONE, number))
    if data.outlet.strip() and (data.given_name.strip() or data.family_name.strip()):
        query = (
            select(Contact.id, Contact.given_name, Contact.family_name)
            .join(Outlet, Outlet.id == Contact.outlet_id)
            .where(Outlet.name == " ".join(data.outlet.split()))
        )
        for contact_id, given, family in session.execute(query):
            if contact_id != exclude_id and names_similar((data.given_name, data.family_name), (given, family)):
                hints.setdefault(contact_id, _hint(session, contact_id, Reason.NAME, join_name(given, family)))
    return list(hints.values())


def _hint(session: Session, contact_id: int, reason: str, detail: str) -> DuplicateHint:
    contact = session.get(Contact, contact_id)
    assert contact is not None
    name = join_name(contact.given_name, contact.family_name)
    return DuplicateHint(contact_id, name, contact.outlet.name if contact.outlet else "", reason, detail)


def find_pairs(session: Session, limit: int = 1000) -> list[DuplicatePair]:
    """Pairs of contacts that are probably the same person, sharing an e-mail or phone first, then similar names."""
    pairs: dict[tuple[int, int], tuple[str, str]] = {}
    for table, key, value, reason in (
        (ContactEmail, ContactEmail.address_key, ContactEmail.address, Reason.EMAIL),
        (ContactPhone, ContactPhone.digits, ContactPhone.number, Reason.PHONE),
    ):
        other = aliased(table)
        other_key = getattr(other, key.key)
        query = (
            select(table.contact_id, other.contact_id, value)
            .join(other, other_key == key)
            .where(table.contact_id < other.contact_id)
        )
        if reason == Reason.PHONE:
            query = query.where(func.length(key) >= MIN_PHONE_DIGITS)
        for first, second, shown in session.execute(query.limit(limit)):
            pairs.setdefault((first, second), (reason, shown))
    _similar_names(session, pairs, limit)
    names = _names(session, {contact_id for pair in pairs for contact_id in pair})
    result = [
        DuplicatePair(first, names[first][0], second, names[second][0], names[first][1], reason, detail)
        for (first, second), (reason, detail) in pairs.items()
    ]
    result.sort(key=lambda pair: (fold(pair.first_name), pair.first_id, pair.second_id))
    return result[:limit]


def _similar_names(session: Session, pairs: dict[tuple[int, int], tuple[str, str]], limit: int) -> None:
    """Add pairs with very similar names at the same organisation. Names are compared only within an organisation
    and only when their given or family names start alike, so that 50,000 contacts take a moment, not minutes."""
    buckets: dict[tuple[int, str], list[tuple[int, tuple[str, str], str]]] = defaultdict(list)
    query = select(Contact.outlet_id, Contact.id, Contact.given_name, Contact.family_name).where(
        Contact.outlet_id.is_not(None)
    )
    for outlet_id, contact_id, given, family in session.execute(query):
        forms = name_forms(given, family)
        shown = join_name(given, family)
        for prefix in {fold(given)[:2], fold(family)[:2]}:
            if prefix:
                buckets[(outlet_id, prefix)].append((contact_id, forms, shown))
    for members in buckets.values():
        for index, (first, forms, _shown) in enumerate(members):
            for second, other_forms, other_shown in members[index + 1 :]:
                key = (min(first, second), max(first, second))
                if key not in pairs and forms_similar(forms, other_forms):
                    pairs[key] = (Reason.NAME, other_shown)
                    if len(pairs) >= limit:
                        return


def _names(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    result: dict[int, tuple[str, str]] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        query = (
            select(Contact.id, Contact.given_name, Contact.family_name, Outlet.name)
            .outerjoin(Outlet, Outlet.id == Contact.outlet_id)
            .where(Contact.id.in_(chunk))
        )
        for contact_id, given, family, outlet in session.execute(query):
            result[contact_id] = (join_name(given, family), outlet or "")
    return result


# -- merging -------------------------------------------------------------------------------------------------------


def merge(session: Session, kept_id: int, removed_id: int, chosen: ContactInput) -> int:
    """Make `kept_id` hold `chosen` plus every e-mail, phone and group of both, move the removed contact's history
    (distributions, event invitations) to it, delete the removed one, and log both as they were; the log's id."""
    kept = session.get(Contact, kept_id)
    removed = session.get(Contact, removed_id)
    if kept is None or removed is None or kept_id == removed_id:
        raise UserError(
            translate("ContactDuplicates", "These contacts cannot be merged: one of them no longer exists.")
        )
    kept_before, removed_before = snapshot(kept), snapshot(removed)
    removed_data = input_of(removed)
    kept_data = input_of(kept)
    recipients = list(
        session.scalars(select(DistributionRecipient.id).where(DistributionRecipient.contact_id == removed_id))
    )
    removed_events = set(
        session.scalars(select(event_media_contact.c.event_id).where(event_media_contact.c.contact_id == removed_id))
    )
    kept_events = set(
        session.scalars(select(event_media_contact.c.event_id).where(event_media_contact.c.contact_id == kept_id))
    )
    removed_before["distribution_recipient_ids"] = recipients
    removed_before["event_ids"] = sorted(removed_events)
    kept_before["event_ids"] = sorted(kept_events)
    merged = chosen.with_changes(
        emails=[*chosen.emails, *kept_data.emails, *removed_data.emails],
        phones=[*chosen.phones, *kept_data.phones, *removed_data.phones],
        groups=[*chosen.groups, *kept_data.groups, *removed_data.groups],
    )
    if recipients:
        session.execute(
            update(DistributionRecipient).where(DistributionRecipient.id.in_(recipients)).values(contact_id=kept_id)
        )
    session.execute(delete(event_media_contact).where(event_media_contact.c.contact_id == removed_id))
    for event_id in sorted(removed_events - kept_events):
        session.execute(insert(event_media_contact).values(event_id=event_id, contact_id=kept_id))
    session.delete(removed)
    session.flush()
    apply_input(session, kept, merged, GroupResolver(session))
    log = ContactMerge(kept_id=kept_id, kept_before=kept_before, removed_before=removed_before)
    session.add(log)
    session.flush()
    return log.id


def last_merge(session: Session) -> MergeInfo | None:
    log = session.scalar(select(ContactMerge).where(ContactMerge.undone_at.is_(None)).order_by(ContactMerge.id.desc()))
    if log is None:
        return None
    kept = input_of_snapshot(log.kept_before)
    removed = input_of_snapshot(log.removed_before)
    return MergeInfo(log.id, kept.full_name, removed.full_name)


def undo_last(session: Session) -> tuple[int, int]:
    """Put both contacts of the last merge back as they were; returns (kept id, restored id)."""
    log = session.scalar(select(ContactMerge).where(ContactMerge.undone_at.is_(None)).order_by(ContactMerge.id.desc()))
    if log is None:
        raise UserError(translate("ContactDuplicates", "There is no merge to undo."))
    kept = session.get(Contact, log.kept_id) if log.kept_id is not None else None
    if kept is None:
        raise UserError(
            translate("ContactDuplicates", "The merged contact was deleted since; the merge cannot be undone.")
        )
    before, removed_before = log.kept_before, log.removed_before
    groups = GroupResolver(session)
    restored_id = removed_before["id"]
    restored = Contact(created_at=utc_now())
    if session.get(Contact, restored_id) is None:
        restored.id = restored_id
    session.add(restored)
    apply_input(session, restored, input_of_snapshot(removed_before).with_changes(groups=[]), groups)
    apply_input(session, kept, input_of_snapshot(before).with_changes(groups=[]), groups)
    _restore_groups(session, kept, before.get("group_ids", []))
    _restore_groups(session, restored, removed_before.get("group_ids", []))
    session.flush()
    recipients = removed_before.get("distribution_recipient_ids", [])
    if recipients:
        session.execute(
            update(DistributionRecipient)
            .where(DistributionRecipient.id.in_(recipients), DistributionRecipient.contact_id == kept.id)
            .values(contact_id=restored.id)
        )
    kept_events = set(before.get("event_ids", []))
    for event_id in removed_before.get("event_ids", []):
        if event_id not in kept_events:
            session.execute(
                delete(event_media_contact).where(
                    event_media_contact.c.event_id == event_id, event_media_contact.c.contact_id == kept.id
                )
            )
        session.execute(
            insert(event_media_contact).prefix_with("OR IGNORE").values(event_id=event_id, contact_id=restored.id)
        )
    log.undone_at = utc_now()
    return kept.id, restored.id


def _restore_groups(session: Session, contact: Contact, group_ids: list[int]) -> None:
    """Give back the groups the contact had, by id (names may have changed since); deleted groups stay away."""
    ids = list(group_ids)
    contact.groups = list(session.scalars(select(AudienceGroup).where(AudienceGroup.id.in_(ids)))) if ids else []
