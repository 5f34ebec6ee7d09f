"""The figures of the report to the Information and Privacy Agency, counted from the register: no personal data.

Every figure is about the requests received in the period (by their registration day), as they stand now: a request
of December decided in January counts as decided in the annual report written in February.
- decided in time or late: a decision (granted, partial, refused, not held) against the request's decision deadline
  as stored with it (computed by the clock when it was last saved), a forwarding against its own deadline of
  5 working days; withdrawn requests are neither;
- still open past the deadline (deemed refused): open requests, not waiting for a clarification, whose deadline
  the clock puts before now (computed afresh: holidays entered since count);
- days to decide: calendar days from the registration day to the decision (or forwarding) day.

Counting reads the period once, grouped by requester type, channel, outcome and ground with the other figures summed
per group, and the days to decide grouped by (registration day, decision day); only forwardings and open requests,
a few of each, are read one by one. So a year of thousands of requests costs a few milliseconds.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from commsdesk.db.expressions import days_between
from commsdesk.db.models import DocumentRequest
from commsdesk.domain.figures import median
from commsdesk.domain.request_records import CountedRequests
from commsdesk.domain.requests import (
    LIMITING_OUTCOMES,
    RefusalGround,
    RequestChannel,
    RequesterType,
    RequestOutcome,
    forwarding_deadline,
)
from commsdesk.services.requests.clock import deadline_of, is_waiting, stored_rules, working_days
from commsdesk.services.requests.listing import OPEN_CODES

DECISIONS = (RequestOutcome.GRANTED, RequestOutcome.PARTIAL, RequestOutcome.REFUSED, RequestOutcome.NOT_HELD)


def received_between(first: date, last: date) -> ColumnElement[bool]:
    """Requests registered on a day from `first` to `last`, both included."""
    return and_(
        DocumentRequest.received_at >= datetime.combine(first, time.min),
        DocumentRequest.received_at <= datetime.combine(last, time.max),
    )


def _ground_order(code: str) -> tuple[int, str]:
    """The law's order of the grounds (as the form lists them); a code commsdesk does not know comes last."""
    order = list(RefusalGround._value2member_map_)
    return (order.index(code), "") if code in order else (len(order), code)


def _sum(condition: ColumnElement[bool]):
    return func.sum(case((condition, 1), else_=0))


def _one_of(column, values) -> ColumnElement[bool]:
    """`column IN (…)` written out as equalities: a plain cached statement, no list parameter to expand per call."""
    return or_(*(column == value for value in values))


def count_requests(session: Session, first: date, last: date, now: datetime) -> CountedRequests:
    """The report's figures for the requests received from `first` to `last`, as they stand at `now`."""
    period = received_between(first, last)
    request = DocumentRequest
    decision = and_(_one_of(request.outcome, [outcome.value for outcome in DECISIONS]), request.decided_on.is_not(None))
    limiting = _one_of(request.outcome, [outcome.value for outcome in LIMITING_OUTCOMES])
    ground = case((limiting, request.refusal_ground), else_=None)
    groups = session.execute(
        select(
            request.requester_type,
            request.channel,
            request.outcome,
            ground,
            func.count(),
            _sum(request.urgent.is_(True)),
            func.count(request.extended_on),
            func.count(request.complaint_on),
            func.count(request.court_on),
            func.sum(request.cost_cents),
            _sum(and_(decision, request.decided_on <= request.deadline)),
            _sum(and_(decision, request.decided_on > request.deadline)),
        )
        .where(period)
        .group_by(request.requester_type, request.channel, request.outcome, ground)
    ).all()
    by_type: Counter = Counter()
    by_channel: Counter = Counter()
    by_outcome: Counter = Counter()
    grounds: Counter = Counter()
    sums = [0] * 7
    for kind, channel, outcome, refusal_ground, number, *summed in groups:
        by_type[kind] += number
        by_channel[channel] += number
        if outcome:
            by_outcome[outcome] += number
        if refusal_ground is not None:
            grounds[refusal_ground] += number
        sums = [total + int(value or 0) for total, value in zip(sums, summed, strict=True)]
    urgent, extended, complaints, court_cases, cost, in_time, late = sums

    complaint_outcomes: Counter = Counter()
    if complaints:
        for text, number in session.execute(
            select(request.complaint_outcome, func.count())
            .where(period, request.complaint_on.is_not(None))
            .group_by(request.complaint_outcome)
        ):
            complaint_outcomes[" ".join(text.split())] += number

    days: Counter = Counter()  # days to decide → how many requests took them
    taken = days_between(request.received_at, request.decided_on)
    for value, number in session.execute(select(taken, func.count()).where(period, decision).group_by(taken)):
        days[int(value)] += number

    working = None
    forwarded = session.execute(
        select(request.received_at, request.forwarded_on, request.decided_on, request.rules).where(
            period, request.outcome == RequestOutcome.FORWARDED.value
        )
    ).all()
    if forwarded:
        working = working_days(session)
        for received_at, forwarded_on, decided_on, rules in forwarded:
            day = forwarded_on or decided_on
            if day is None:
                continue
            days[(day - received_at.date()).days] += 1
            if day <= forwarding_deadline(received_at, stored_rules(rules), working):
                in_time += 1
            else:
                late += 1

    pending = overdue = 0
    open_requests = list(session.scalars(select(request).where(period, _one_of(request.status, OPEN_CODES))))
    if open_requests:
        working = working or working_days(session)
        for item in open_requests:
            pending += 1
            if not is_waiting(item) and deadline_of(item, working, now.date()).is_late(now):
                overdue += 1
    return CountedRequests(
        first=first,
        last=last,
        received=sum(by_type.values()),
        by_type={kind: by_type.get(kind.value, 0) for kind in RequesterType},
        by_channel={channel: by_channel.get(channel.value, 0) for channel in RequestChannel},
        by_outcome={outcome: by_outcome.get(outcome.value, 0) for outcome in RequestOutcome},
        refused_by_ground={ground: grounds[ground] for ground in sorted(grounds, key=_ground_order) if grounds[ground]},
        pending=pending,
        decided_in_time=in_time,
        decided_late=late,
        overdue_open=overdue,
        extended=extended,
        urgent=urgent,
        complaints=complaints,
        complaint_outcomes=dict(sorted(complaint_outcomes.items(), key=lambda item: (item[0] == "", item[0]))),
        court_cases=court_cases,
        median_days=median(days),
        longest_days=max(days) if days else None,
        cost_cents=cost,
        as_of=now.date(),
    )
