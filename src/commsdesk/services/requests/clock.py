"""The deadline clock applied to stored requests: their own rules, the office's holidays, the stored deadline."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from commsdesk.db.models import DocumentRequest, Holiday
from commsdesk.domain.requests import (
    Deadline,
    DeadlineRules,
    RequestStatus,
    WorkingDays,
    forwarding_deadline,
    request_deadline,
)


def working_days(session: Session) -> WorkingDays:
    """Working days as the office sees them: the computed public holidays and the ones it entered (the Eids)."""
    return WorkingDays(session.scalars(select(Holiday.day)))


@lru_cache(maxsize=64)
def _decoded(items: tuple) -> DeadlineRules:
    return DeadlineRules.from_setting(dict(items))


def stored_rules(value: object) -> DeadlineRules:
    """The rules a request stored, decoded once per distinct set: nearly every request has the office's one, and the
    list decodes them for every row it shows."""
    if isinstance(value, Mapping):
        try:
            return _decoded(tuple(sorted(value.items())))
        except TypeError:  # a value that cannot be a key (a list): decoded as it is
            pass
    return DeadlineRules.from_setting(value)


def rules_of(request: DocumentRequest) -> DeadlineRules:
    return stored_rules(request.rules)


def deadline_of(request: DocumentRequest, working: WorkingDays, today: date) -> Deadline:
    return request_deadline(
        request.received_at,
        rules_of(request),
        working,
        today,
        urgent=request.urgent,
        extended_on=request.extended_on,
        clarification_asked=request.clarification_asked,
        clarification_received=request.clarification_received,
        closed_on=request.closed_on,
    )


def forwarding_of(request: DocumentRequest, working: WorkingDays) -> date:
    return forwarding_deadline(request.received_at, rules_of(request), working)


def is_waiting(request: DocumentRequest) -> bool:
    """Whether the clock stands still: a clarification was asked and has not come."""
    return request.clarification_asked is not None and request.clarification_received is None


def days_late(deadline: Deadline, status: RequestStatus, decided_on: date | None, now: datetime) -> int:
    """Days past the deadline: for an open request until today, for a decided one until its decision."""
    if deadline.paused_since is not None:
        return 0
    if status.is_open:
        return max(0, (now.date() - deadline.day).days) if deadline.is_late(now) else 0
    if decided_on is None:
        return 0
    return max(0, (decided_on - deadline.day).days)
