"""Journalists' personal data in the enquiries: what the register holds about a person, and erasing it while the
enquiry (its questions, answer and figures) stays."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from commsdesk.db.models import Enquiry
from commsdesk.domain.contact_records import EnquiryEntry
from commsdesk.services.enquiries.service import anonymise


def _of_person(contact_id: int, emails: Collection[str]):
    found = Enquiry.contact_id == contact_id
    if emails:
        found = or_(found, func.lower(Enquiry.journalist_email).in_(list(emails)))
    return found


def enquiries_of_person(session: Session, contact_id: int, emails: Collection[str]) -> list[EnquiryEntry]:
    """The enquiries a contact made (linked to them, or noted with one of their e-mail addresses)."""
    query = select(Enquiry).where(_of_person(contact_id, emails)).order_by(Enquiry.received_at)
    return [
        EnquiryEntry(e.received_at, e.reference, e.topic or (e.questions[0].text if e.questions else ""), e.status)
        for e in session.scalars(query)
    ]


def anonymise_person(session: Session, contact_id: int, emails: Collection[str], who: str, now: datetime) -> int:
    """Erase the journalist's details from every enquiry of a contact being erased; returns how many."""
    found = list(session.scalars(select(Enquiry).where(_of_person(contact_id, emails))))
    for enquiry in found:
        anonymise(enquiry, who, now)
    return len(found)
