"""The one list of what is due: media notifications from the calendar and decision deadlines of document requests."""

from __future__ import annotations

from datetime import date, datetime

from commsdesk.domain.events import EventKind
from commsdesk.services.calendar import CalendarService, EventInput
from commsdesk.services.due import CALENDAR, ENQUIRIES, REQUESTS, DueService
from commsdesk.services.enquiries import EnquiriesService, EnquiryInput
from commsdesk.services.requests import RequestInput, RequestsService

TODAY = date(2026, 12, 10)


def test_due_holds_both_registers_in_day_order_with_the_record_to_open(services):
    calendar = CalendarService(services.database, today=lambda: TODAY)
    requests = RequestsService(services.database, now=lambda: datetime(2026, 12, 10, 9, 0))
    event_id = calendar.create(
        EventInput(
            title="Takim publik në Stagovë",
            kind=EventKind.PUBLIC_MEETING,
            starts_at=datetime(2026, 12, 11, 18, 0),
            ends_at=datetime(2026, 12, 11, 20, 0),
        )
    )
    late = requests.create(RequestInput(datetime(2026, 11, 30, 9), "Kontratat e rrugëve", "Arta Gashi"))
    urgent = requests.create(
        RequestInput(datetime(2026, 12, 9, 16), "Raporti i inspektimit", "QMF", urgent=True, urgent_reason="Fëmijët")
    )
    enquiries = EnquiriesService(services.database, now=lambda: datetime(2026, 12, 10, 9, 0))
    asked = enquiries.create(
        EnquiryInput(datetime(2026, 12, 9, 16), ("Sa kushton?",), "Arta Gashi", "Koha", topic="Rrugët")
    )
    items = DueService(calendar, requests, enquiries).items(until=date(2026, 12, 13))
    assert [(item.register, item.due_on) for item in items] == [
        (CALENDAR, date(2026, 11, 27)),  # 14 days before the meeting
        (REQUESTS, date(2026, 12, 7)),
        (CALENDAR, date(2026, 12, 10)),
        (ENQUIRIES, date(2026, 12, 10)),
        (REQUESTS, date(2026, 12, 11)),
    ]
    _early, overdue, notify, answer, decide = items
    assert overdue.record_id == late and overdue.action == "Deemed refused: request 2026/001 was not decided in time"
    assert "Information and Privacy Agency" in overdue.note and not overdue.tickable
    assert notify.tickable and notify.task is not None and notify.task.event_id == event_id
    assert (answer.record_id, answer.action) == (asked, "Answer enquiry P-2026/001")
    assert answer.title == "Rrugët — Arta Gashi, Koha" and answer.when == "deadline 10.12.2026 16:00"
    assert decide.record_id == urgent and decide.when == "deadline 11.12.2026 16:00"
