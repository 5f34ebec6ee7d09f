"""What is due, from every register: the one list the Due panel, `commsdesk due` (and the Overview) show.

Each register feeds it in its own terms — the calendar's "notify the media" tasks, the decision deadlines of
document requests, journalists' deadlines and facts awaited from a directorate — and this module turns them into
`DueItem`s in the current language, sorted by the day due. A new register adds one function to `DueService.items`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from commsdesk.domain.notifications import task_label
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.services.calendar import CalendarService, DueTask
from commsdesk.services.enquiries import EnquiriesService, EnquiryDue
from commsdesk.services.requests import RequestDue, RequestsService

CALENDAR = "calendar"
REQUESTS = "requests"
ENQUIRIES = "enquiries"


@dataclass(frozen=True)
class DueItem:
    """One thing due: what to do, about what, by when, and where it lives (the tab key and its record's id)."""

    register: str  # the key of the tab whose record it is (see ui/main_window.py TAB_FACTORIES)
    record_id: int  # the calendar: the task's id; other registers: the record's id
    due_on: date
    action: str  # what to do, in words
    title: str
    when: str  # the event's time, or the deadline's moment
    note: str = ""  # what else the officer should know (shown as a tooltip)
    tickable: bool = False  # a task ticked off when done; the others are met by acting on the record
    task: DueTask | None = None  # the calendar's own task, to open its occurrence


def calendar_item(task: DueTask) -> DueItem:
    when = format_date(task.occurrence_start.date()) if task.all_day else format_datetime(task.occurrence_start)
    note = "\n".join(part for part in (task.kind.label(), task.location) if part)
    return DueItem(CALENDAR, task.id, task.due_on, task_label(task.rule), task.title, when, note, True, task)


def _request_item(due: RequestDue, now: datetime) -> DueItem:
    moment = format_datetime(due.deadline_at) if due.deadline_at is not None else format_date(due.deadline)
    late = now > due.deadline_at if due.deadline_at is not None else now.date() > due.deadline
    if late:
        action = translate("Due", "Deemed refused: request {number} was not decided in time").format(
            number=due.reference
        )
        note = translate("Due", "The requester may complain to the Information and Privacy Agency.")
    else:
        action = translate("Due", "Decide request {number}").format(number=due.reference)
        note = translate("Due", "Urgent: someone's life or liberty is at stake.") if due.urgent else ""
    when = translate("Due", "deadline {moment}").format(moment=moment)
    return DueItem(REQUESTS, due.request_id, due.deadline, action, due.subject, when, note)


def _enquiry_item(due: EnquiryDue, now: datetime) -> DueItem:
    who = ", ".join(part for part in (due.journalist, due.outlet) if part)
    title = " — ".join(part for part in (due.topic, who) if part) or due.reference
    if due.is_facts_reminder:
        assert due.facts_due_on is not None
        action = translate("Due", "Chase the facts for enquiry {number} from {source}").format(
            number=due.reference, source=due.facts_from or translate("Due", "the directorate")
        )
        when = translate("Due", "journalist's deadline {moment}").format(moment=format_datetime(due.deadline_at))
        return DueItem(ENQUIRIES, due.enquiry_id, due.facts_due_on, action, title, when)
    if now > due.deadline_at:
        action = translate("Due", "Late: enquiry {number} is past the journalist's deadline").format(
            number=due.reference
        )
    else:
        action = translate("Due", "Answer enquiry {number}").format(number=due.reference)
    when = translate("Due", "deadline {moment}").format(moment=format_datetime(due.deadline_at))
    return DueItem(ENQUIRIES, due.enquiry_id, due.deadline_at.date(), action, title, when)


class DueService:
    def __init__(self, calendar: CalendarService, requests: RequestsService, enquiries: EnquiriesService) -> None:
        self._calendar = calendar
        self._requests = requests
        self._enquiries = enquiries

    def today(self) -> date:
        return self._calendar.today()

    def items(self, until: date | None = None) -> list[DueItem]:
        """Everything due by `until` (default: the end of this week), overdue included, oldest first."""
        today = self.today()
        until = until or date.fromordinal(today.toordinal() + 6 - today.weekday())
        found = [calendar_item(task) for task in self._calendar.due_tasks(until=until)]
        now = self._requests.now()
        found += [_request_item(due, now) for due in self._requests.due(until)]
        found += [_enquiry_item(due, now) for due in self._enquiries.due(until)]
        return sorted(found, key=lambda item: item.due_on)  # stable: each register's own order within a day
