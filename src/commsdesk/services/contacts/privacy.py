"""The law on personal data: everything held about one person, and erasing them without leaving a trace."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.orm import Session

from commsdesk.db.models import (
    Contact,
    ContactMerge,
    Distribution,
    DistributionRecipient,
    Event,
    PressRelease,
    ReleaseVersion,
    event_media_contact,
)
from commsdesk.domain.contact_records import DistributionEntry, InvitationEntry, PersonalData
from commsdesk.domain.contacts import email_key
from commsdesk.services.contacts.duplicates import MIN_PHONE_DIGITS
from commsdesk.services.contacts.records import detail_of
from commsdesk.services.enquiries.privacy import anonymise_person as anonymise_journalist
from commsdesk.services.enquiries.privacy import enquiries_of_person
from commsdesk.services.requests.privacy import anonymise_person, requests_of_person


def personal_data(session: Session, contact_id: int) -> PersonalData | None:
    contact = session.get(Contact, contact_id)
    if contact is None:
        return None
    detail = detail_of(contact)
    emails = [email_key(address) for _label, address in detail.data.emails]
    recipient_filter = DistributionRecipient.contact_id == contact_id
    if emails:
        recipient_filter = or_(recipient_filter, func.lower(DistributionRecipient.email).in_(emails))
    query = (
        select(
            Distribution.distributed_at,
            PressRelease.reference,
            ReleaseVersion.headline,
            Distribution.language,
            Distribution.channel,
            DistributionRecipient.email,
        )
        .join(Distribution, Distribution.id == DistributionRecipient.distribution_id)
        .join(PressRelease, PressRelease.id == Distribution.release_id)
        .outerjoin(
            ReleaseVersion,
            (ReleaseVersion.release_id == PressRelease.id) & (ReleaseVersion.language == Distribution.language),
        )
        .where(recipient_filter)
        .order_by(Distribution.distributed_at, Distribution.id)
    )
    distributions = [
        DistributionEntry(*(value if value is not None else "" for value in row)) for row in session.execute(query)
    ]
    invitations = [
        InvitationEntry(starts_at, title)
        for starts_at, title in session.execute(
            select(Event.starts_at, Event.title)
            .join(event_media_contact, event_media_contact.c.event_id == Event.id)
            .where(event_media_contact.c.contact_id == contact_id)
            .order_by(Event.starts_at)
        )
    ]
    merges = len(_merges_of(session, contact_id))
    requests = requests_of_person(session, contact_id, emails)
    enquiries = enquiries_of_person(session, contact_id, emails)
    return PersonalData(detail, distributions, invitations, merges, requests, enquiries)


def _merges_of(session: Session, contact_id: int) -> list[ContactMerge]:
    """The merge logs that hold data of the person: they were kept, or they were the one merged away."""
    found = []
    for log in session.scalars(select(ContactMerge)):
        ids = {log.kept_id, (log.kept_before or {}).get("id"), (log.removed_before or {}).get("id")}
        if contact_id in ids:
            found.append(log)
    return found


def erase(session: Session, contact_id: int, who: str = "") -> bool:
    """Delete the person and every personal detail held about them in distribution history, merge logs and the
    document requests and journalists' enquiries they made; the distributions keep only their anonymous recipient
    counts and the requests and enquiries stay, anonymised. Deleted content is overwritten in the file."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return False
    session.execute(text("PRAGMA secure_delete=ON"))
    emails = {email.address_key for email in contact.emails}
    by_person = DistributionRecipient.contact_id == contact_id
    if emails:
        by_person = or_(by_person, func.lower(DistributionRecipient.email).in_(emails))
    touched = set(session.scalars(select(DistributionRecipient.distribution_id).where(by_person)))
    session.execute(delete(DistributionRecipient).where(by_person))
    mentions = _mentions_of(contact)
    for distribution in session.scalars(select(Distribution).where(Distribution.id.in_(touched))):
        distribution.details = _scrubbed(distribution.details, mentions)
    for log in _merges_of(session, contact_id):
        session.delete(log)
    now = datetime.now().replace(second=0, microsecond=0)
    anonymise_person(session, contact_id, emails, who, now)
    anonymise_journalist(session, contact_id, emails, who, now)
    session.flush()
    session.expunge(contact)
    # The database's own cascades remove e-mails, phones, group memberships and event invitations.
    session.execute(delete(Contact).where(Contact.id == contact_id))
    return True


def _mentions_of(contact: Contact) -> re.Pattern[str]:
    """What names the person in free text (a distribution's note): e-mail addresses, phone numbers as written, and
    the name either way round (a lone given or family name only as a whole word)."""
    terms = [re.escape(email.address) for email in contact.emails]
    terms += [re.escape(phone.number) for phone in contact.phones if len(phone.digits) >= MIN_PHONE_DIGITS]
    given, family = contact.given_name.strip(), contact.family_name.strip()
    if given and family:
        terms += [re.escape(f"{given} {family}"), re.escape(f"{family} {given}")]
    elif given or family:
        terms.append(rf"\b{re.escape(given or family)}\b")
    return re.compile("|".join(terms) or "(?!)", re.IGNORECASE)  # (?!) matches nothing


def _scrubbed(value: Any, mentions: re.Pattern[str]) -> Any:
    """`value` (a distribution's JSON details) without any mention of the person: list items and keys naming them
    are dropped, other text loses the mention."""
    if isinstance(value, dict):
        return {key: _scrubbed(item, mentions) for key, item in value.items() if not mentions.search(key)}
    if isinstance(value, list):
        return [_scrubbed(item, mentions) for item in value if not (isinstance(item, str) and mentions.search(item))]
    if isinstance(value, str):
        return mentions.sub("", value)
    return value
