"""Requesters' personal data: what the register holds about a person, and erasing it while the request stays."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from commsdesk.db.models import DocumentRequest, RequestStep
from commsdesk.domain.contact_records import RequestEntry
from commsdesk.domain.requests import StepKind
from commsdesk.domain.text import fold, search_key


def _of_person(contact_id: int, emails: Collection[str]):
    found = DocumentRequest.contact_id == contact_id
    if emails:
        found = or_(found, func.lower(DocumentRequest.requester_address).in_(list(emails)))
    return found


def requests_of_person(session: Session, contact_id: int, emails: Collection[str]) -> list[RequestEntry]:
    """The requests a contact made (linked to them, or answered to one of their e-mail addresses)."""
    query = select(DocumentRequest).where(_of_person(contact_id, emails)).order_by(DocumentRequest.received_at)
    return [RequestEntry(r.received_at, r.reference, r.subject, r.status) for r in session.scalars(query)]


def requests_of_requester(session: Session, request_id: int) -> list[int]:
    """The request and the others its requester made: the same name or the same reply address, however written
    (case and diacritics aside)."""
    own = session.get(DocumentRequest, request_id)
    if own is None:
        return []
    name, address = fold(own.requester_name).strip(), fold(own.requester_address).strip()
    found = [request_id]
    rows = session.execute(
        select(DocumentRequest.id, DocumentRequest.requester_name, DocumentRequest.requester_address).where(
            DocumentRequest.id != request_id
        )
    )
    for other_id, other_name, other_address in rows:
        if (name and fold(other_name).strip() == name) or (address and fold(other_address).strip() == address):
            found.append(other_id)
    return found


def anonymise(request: DocumentRequest, who: str, now: datetime) -> None:
    """Erase the requester's details; the request, its figures and its history stay."""
    if request.anonymised_at is not None:
        return
    request.requester_name = ""
    request.requester_address = ""
    request.contact_id = None
    request.anonymised_at = now
    request.search_key = search_key(request.reference, request.subject, request.holder_unit, request.note)
    request.steps.append(RequestStep(kind=StepKind.ANONYMISED.value, by=who, at=now))


def anonymise_person(session: Session, contact_id: int, emails: Collection[str], who: str, now: datetime) -> int:
    """Erase the requester's details of every request a contact being erased made; returns how many."""
    found = list(session.scalars(select(DocumentRequest).where(_of_person(contact_id, emails))))
    for request in found:
        anonymise(request, who, now)
    return len(found)
