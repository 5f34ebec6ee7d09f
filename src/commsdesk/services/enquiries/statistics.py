"""The figures of the report on journalists' enquiries, counted from the register: no personal data.

Every figure is about the enquiries received in the period (by their received time), as they stand now:
- answered before the deadline or after it: answered enquiries, their answer's time against the deadline in force
  (the journalist's, or the default lead time's); the share in time is of the answered ones;
- time to answer: from received to answered, in hours of the clock (nights and weekends count: so does the
  journalist's deadline), answered enquiries only — declined and "no comment" ones are counted by status;
- still open and overdue: open enquiries (new, waiting for input, drafted, approved) past their deadline now.

The report lists every enquiry of the period, so the period's rows are read once, in number order, and everything is
counted from them: a year of thousands of enquiries is one query of a few columns.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from commsdesk.db.models import Enquiry
from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus
from commsdesk.domain.enquiry_records import CountedEnquiries, ListedEnquiry
from commsdesk.domain.figures import median
from commsdesk.domain.text import fold


def _most_first(counted: Counter) -> dict[str, int]:
    """Most enquiries first, then by name (as folded); the one with no name last."""
    return dict(sorted(counted.items(), key=lambda item: (item[0] == "", -item[1], fold(item[0]), item[0])))


def count_enquiries(session: Session, first: date, last: date, now: datetime) -> CountedEnquiries:
    """The report's figures and list for the enquiries received from `first` to `last`, as they stand at `now`."""
    rows = session.execute(
        select(
            Enquiry.reference,
            Enquiry.received_at,
            Enquiry.outlet,
            Enquiry.topic,
            Enquiry.channel,
            Enquiry.status,
            Enquiry.deadline_at,
            Enquiry.answered_at,
        )
        .where(
            Enquiry.received_at >= datetime.combine(first, time.min),
            Enquiry.received_at <= datetime.combine(last, time.max),
        )
        .order_by(Enquiry.year, Enquiry.number)
    ).all()
    statuses = {member.value: member for member in EnquiryStatus}
    channels = {member.value: member for member in EnquiryChannel}
    listed = []
    by_outlet: Counter = Counter()
    by_topic: Counter = Counter()
    by_channel: Counter = Counter()
    by_status: Counter = Counter()
    minutes: Counter = Counter()
    in_time = late = overdue = 0
    for reference, received_at, outlet, topic, channel, status_code, deadline_at, answered_at in rows:
        status = statuses[status_code]
        item = ListedEnquiry(
            reference,
            received_at,
            outlet,
            topic,
            channels[channel],
            status,
            deadline_at,
            answered_at,
            overdue=status.is_open and now > deadline_at,
        )
        listed.append(item)
        by_outlet[outlet] += 1
        by_topic[topic] += 1
        by_channel[item.channel] += 1
        by_status[status] += 1
        overdue += item.overdue
        taken = item.minutes_to_answer
        if taken is not None:
            minutes[taken] += 1
            if item.late:
                late += 1
            else:
                in_time += 1
    return CountedEnquiries(
        first=first,
        last=last,
        received=len(listed),
        by_outlet=_most_first(by_outlet),
        by_topic=_most_first(by_topic),
        by_channel={channel: by_channel.get(channel, 0) for channel in EnquiryChannel},
        by_status={status: by_status.get(status, 0) for status in EnquiryStatus},
        answered_in_time=in_time,
        answered_late=late,
        overdue=overdue,
        median_minutes=median(minutes),
        longest_minutes=max(minutes) if minutes else None,
        listed=tuple(listed),
        as_of=now,
    )
