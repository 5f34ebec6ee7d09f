"""The register's list in SQL: filtering on the folded search key and the narrowing choices, sorting, paging."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, not_, select
from sqlalchemy.orm import Session

from commsdesk.db.models import DocumentRequest
from commsdesk.domain.requests import (
    OPEN_STATUSES,
    RequestChannel,
    RequesterType,
    RequestOutcome,
    RequestStatus,
)
from commsdesk.domain.text import fold
from commsdesk.i18n import translate
from commsdesk.services.paging import ListSort, contains
from commsdesk.services.requests.clock import days_late, deadline_of, is_waiting, working_days
from commsdesk.services.requests.data import RequestFilter, RequestRow

OPEN_CODES = tuple(status.value for status in OPEN_STATUSES)


def _waiting() -> ColumnElement[bool]:
    return and_(DocumentRequest.clarification_asked.is_not(None), DocumentRequest.clarification_received.is_(None))


def overdue_condition(now: datetime) -> ColumnElement[bool]:
    """Open requests whose (stored) deadline has passed — an urgent one's hour, another's day — and that are not
    waiting for the requester."""
    return and_(
        DocumentRequest.status.in_(OPEN_CODES),
        DocumentRequest.deadline_at < now,
        not_(_waiting()),
    )


def filtered(query: Select, request_filter: RequestFilter, now: datetime) -> Select:
    """`query` (over `document_request`) narrowed to what the filter lets through."""
    for word in fold(request_filter.search).split():
        query = query.where(contains(DocumentRequest.search_key, word))
    if request_filter.year is not None:
        query = query.where(DocumentRequest.year == request_filter.year)
    if request_filter.status is not None:
        query = query.where(DocumentRequest.status == request_filter.status.value)
    if request_filter.outcome is not None:
        query = query.where(DocumentRequest.outcome == request_filter.outcome.value)
    if request_filter.requester_type is not None:
        query = query.where(DocumentRequest.requester_type == request_filter.requester_type.value)
    if request_filter.overdue:
        query = query.where(overdue_condition(now))
    if request_filter.ids is not None:
        query = query.where(DocumentRequest.id.in_(request_filter.ids))
    if request_filter.first is not None:
        query = query.where(DocumentRequest.received_at >= datetime.combine(request_filter.first, time.min))
    if request_filter.last is not None:
        query = query.where(DocumentRequest.received_at <= datetime.combine(request_filter.last, time.max))
    return query


def _sort_keys(column: str) -> list[Any]:
    keys: dict[str, list[Any]] = {
        "reference": [DocumentRequest.year, DocumentRequest.number],
        "received": [DocumentRequest.received_at],
        "requester": [func.lower(DocumentRequest.requester_name)],
        "type": [DocumentRequest.requester_type],
        "subject": [func.lower(DocumentRequest.subject)],
        "status": [DocumentRequest.status],
        "outcome": [DocumentRequest.outcome],
        # Open requests by their deadline first, closed ones after.
        "deadline": [case((DocumentRequest.status.in_(OPEN_CODES), 0), else_=1), DocumentRequest.deadline],
    }
    return keys.get(column, keys["reference"])


def ordered(query: Select, sort: ListSort) -> Select:
    keys = [*_sort_keys(sort.column), DocumentRequest.id]
    return query.order_by(*(key.desc() if sort.descending else key for key in keys))


def count(session: Session, request_filter: RequestFilter, now: datetime) -> int:
    return session.scalar(filtered(select(func.count(DocumentRequest.id)), request_filter, now)) or 0


def page(
    session: Session, request_filter: RequestFilter, sort: ListSort, offset: int, limit: int, now: datetime
) -> list[RequestRow]:
    """The rows offset…offset+limit of the list: the page's ids first, then only those rows in full."""
    ids = list(
        session.scalars(
            ordered(filtered(select(DocumentRequest.id), request_filter, now), sort).offset(offset).limit(limit)
        )
    )
    if not ids:
        return []
    found = {r.id: r for r in session.scalars(select(DocumentRequest).where(DocumentRequest.id.in_(ids)))}
    working = working_days(session)
    return [row_of(found[i], working, now) for i in ids if i in found]


def row_of(request: DocumentRequest, working, now: datetime) -> RequestRow:
    """The list's line for `request`."""
    status = RequestStatus(request.status)
    deadline = deadline_of(request, working, now.date())
    waiting = is_waiting(request)
    late = days_late(deadline, status, request.decided_on, now)
    return RequestRow(
        id=request.id,
        reference=request.reference,
        received_at=request.received_at,
        requester=requester_shown(request),
        requester_type=RequesterType(request.requester_type),
        channel=RequestChannel(request.channel),
        subject=request.subject,
        status=status,
        outcome=RequestOutcome(request.outcome) if request.outcome else None,
        urgent=request.urgent,
        deadline=deadline.day,
        deadline_at=deadline.at,
        decided_on=request.decided_on,
        days_late=late,
        overdue=status.is_open and not waiting and deadline.is_late(now),
        paused=waiting,
    )


def requester_shown(request: DocumentRequest) -> str:
    """The requester as the list shows them: their name, or what stands in for it."""
    if request.anonymised_at is not None:
        return translate("Requests", "(personal data erased)")
    return request.requester_name or translate("Requests", "(anonymous)")


def years(session: Session) -> list[int]:
    """The years the register has requests in, newest first."""
    return list(session.scalars(select(DocumentRequest.year).distinct().order_by(DocumentRequest.year.desc())))
