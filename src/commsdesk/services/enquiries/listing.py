"""The enquiries list in SQL: filtering on the folded search key and the narrowing choices, sorting, paging."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session, selectinload

from commsdesk.db.models import Enquiry
from commsdesk.domain.enquiries import OPEN_STATUSES, EnquiryChannel, EnquiryStatus
from commsdesk.domain.text import fold
from commsdesk.i18n import translate
from commsdesk.services.enquiries.data import EnquiryFilter, EnquiryRow
from commsdesk.services.paging import ListSort, contains

OPEN_CODES = tuple(status.value for status in OPEN_STATUSES)


def overdue_condition(now: datetime) -> ColumnElement[bool]:
    """Open enquiries past the journalist's deadline."""
    return and_(Enquiry.status.in_(OPEN_CODES), Enquiry.deadline_at < now)


def filtered(query: Select, enquiry_filter: EnquiryFilter, now: datetime) -> Select:
    """`query` (over `enquiry`) narrowed to what the filter lets through."""
    for word in fold(enquiry_filter.search).split():
        query = query.where(contains(Enquiry.search_key, word))
    if enquiry_filter.year is not None:
        query = query.where(Enquiry.year == enquiry_filter.year)
    if enquiry_filter.status is not None:
        query = query.where(Enquiry.status == enquiry_filter.status.value)
    if enquiry_filter.outlet:
        query = query.where(Enquiry.outlet == enquiry_filter.outlet)
    if enquiry_filter.topic:
        query = query.where(Enquiry.topic == enquiry_filter.topic)
    if enquiry_filter.overdue:
        query = query.where(overdue_condition(now))
    if enquiry_filter.first is not None:
        query = query.where(Enquiry.received_at >= datetime.combine(enquiry_filter.first, time.min))
    if enquiry_filter.last is not None:
        query = query.where(Enquiry.received_at <= datetime.combine(enquiry_filter.last, time.max))
    return query


def _sort_keys(column: str) -> list[Any]:
    keys: dict[str, list[Any]] = {
        "reference": [Enquiry.year, Enquiry.number],
        "received": [Enquiry.received_at],
        "journalist": [func.lower(Enquiry.journalist)],
        "outlet": [func.lower(Enquiry.outlet)],
        "topic": [func.lower(Enquiry.topic)],
        "status": [Enquiry.status],
        # Open enquiries by their deadline first, answered ones after.
        "deadline": [case((Enquiry.status.in_(OPEN_CODES), 0), else_=1), Enquiry.deadline_at],
    }
    return keys.get(column, keys["reference"])


def ordered(query: Select, sort: ListSort) -> Select:
    keys = [*_sort_keys(sort.column), Enquiry.id]
    return query.order_by(*(key.desc() if sort.descending else key for key in keys))


def count(session: Session, enquiry_filter: EnquiryFilter, now: datetime) -> int:
    return session.scalar(filtered(select(func.count(Enquiry.id)), enquiry_filter, now)) or 0


def page(
    session: Session, enquiry_filter: EnquiryFilter, sort: ListSort, offset: int, limit: int, now: datetime
) -> list[EnquiryRow]:
    """The rows offset…offset+limit of the list: the page's ids first, then only those rows in full."""
    query = ordered(filtered(select(Enquiry.id), enquiry_filter, now), sort).offset(offset).limit(limit)
    ids = list(session.scalars(query))
    if not ids:
        return []
    rows = select(Enquiry).where(Enquiry.id.in_(ids)).options(selectinload(Enquiry.questions))
    found = {e.id: e for e in session.scalars(rows)}
    return [row_of(found[i], now) for i in ids if i in found]


def row_of(enquiry: Enquiry, now: datetime) -> EnquiryRow:
    status = EnquiryStatus(enquiry.status)
    questions = enquiry.questions
    return EnquiryRow(
        id=enquiry.id,
        reference=enquiry.reference,
        received_at=enquiry.received_at,
        journalist=journalist_shown(enquiry),
        outlet=enquiry.outlet,
        topic=enquiry.topic,
        first_question=questions[0].text if questions else "",
        channel=EnquiryChannel(enquiry.channel),
        status=status,
        deadline_at=enquiry.deadline_at,
        answered_at=enquiry.answered_at,
        overdue=status.is_open and now > enquiry.deadline_at,
        waiting_for_facts=status.is_open and enquiry.facts_asked_on is not None and enquiry.facts_received_on is None,
    )


def journalist_shown(enquiry: Enquiry) -> str:
    if enquiry.anonymised_at is not None:
        return translate("Enquiries", "(personal data erased)")
    return enquiry.journalist


def distinct_values(session: Session, column: Any) -> list[str]:
    """The outlets (or topics) the register names, for the filters."""
    rows = session.scalars(select(column).where(column != "").distinct().order_by(func.lower(column)))
    return list(rows)


def years(session: Session) -> list[int]:
    return list(session.scalars(select(Enquiry.year).distinct().order_by(Enquiry.year.desc())))
