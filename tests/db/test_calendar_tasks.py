"""Media-notification tasks: generated from the rules, moved with their event, done once, listed when due."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from commsdesk.domain.events import EditScope, EventKind, EventStatus
from commsdesk.domain.notifications import SETTING_KEY
from commsdesk.services.calendar import CalendarService, EventInput


class Clock:
    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock():
    return Clock(date(2026, 5, 1))


@pytest.fixture
def calendar(workspace, clock):
    return CalendarService(workspace.database, today=clock)


def meeting(day=date(2026, 6, 15), **extra):
    start = datetime.combine(day, datetime.min.time()).replace(hour=17)
    return EventInput("Takim publik me qytetarët", EventKind.PUBLIC_MEETING, start, start + timedelta(hours=2), **extra)


def due(calendar, until=date(2026, 12, 31)):
    return [(task.due_on, task.rule, task.title) for task in calendar.due_tasks(until=until)]


def test_public_meeting_on_15_june_gets_tasks_on_1_and_14_june_that_move_with_it(calendar):
    event = calendar.create(meeting())
    assert due(calendar) == [
        (date(2026, 6, 1), "start:14", "Takim publik me qytetarët"),
        (date(2026, 6, 14), "start:1", "Takim publik me qytetarët"),
    ]
    ids = [task.id for task in calendar.due_tasks(until=date(2026, 12, 31))]
    data = calendar.details(event).data
    calendar.update(event, replace(data, starts_at=datetime(2026, 6, 22, 17, 0), ends_at=datetime(2026, 6, 22, 19, 0)))
    tasks = calendar.due_tasks(until=date(2026, 12, 31))
    assert [(t.due_on, t.rule) for t in tasks] == [(date(2026, 6, 8), "start:14"), (date(2026, 6, 21), "start:1")]
    assert [t.id for t in tasks] == ids  # the same tasks, moved
    assert tasks[0].occurrence_start == datetime(2026, 6, 22, 17, 0)


def test_a_done_task_stays_done_and_a_move_afterwards_asks_to_tell_the_media_again(calendar):
    event = calendar.create(meeting())
    first = calendar.due_tasks(until=date(2026, 12, 31))[0]
    calendar.mark_done(first.id, datetime(2026, 6, 1, 9, 30))
    assert [rule for _, rule, _ in due(calendar)] == ["start:1"]
    done = calendar.details(event).tasks[0]
    assert done.done_at == datetime(2026, 6, 1, 9, 30)
    data = calendar.details(event).data
    calendar.update(event, replace(data, starts_at=datetime(2026, 6, 29, 17, 0), ends_at=datetime(2026, 6, 29, 19, 0)))
    assert [(day, rule) for day, rule, _ in due(calendar)] == [
        (date(2026, 6, 15), "start:14"),
        (date(2026, 6, 28), "start:1"),
    ]
    assert any(task.done_at for task in calendar.details(event).tasks)  # the record of the first notice remains


def test_undo_reopens_a_task_marked_done_by_mistake(calendar):
    calendar.create(meeting())
    first = calendar.due_tasks(until=date(2026, 12, 31))[0]
    calendar.mark_done(first.id)
    assert first.id not in [task.id for task in calendar.due_tasks(until=date(2026, 12, 31))]
    calendar.reopen(first.id)
    assert first.id in [task.id for task in calendar.due_tasks(until=date(2026, 12, 31))]


def test_cancelling_or_changing_the_kind_removes_the_open_tasks(calendar):
    event = calendar.create(meeting())
    data = calendar.details(event).data
    calendar.update(event, replace(data, status=EventStatus.CANCELLED))
    assert due(calendar) == []
    calendar.update(event, replace(data, status=EventStatus.PLANNED))
    assert len(due(calendar)) == 2
    calendar.update(event, replace(data, kind=EventKind.PRESS_CONFERENCE))
    assert due(calendar) == []


def test_assembly_session_is_announced_on_its_material_date(calendar):
    start = datetime(2026, 6, 25, 10, 0)
    calendar.create(EventInput("Seanca e Kuvendit", EventKind.ASSEMBLY_SESSION, start, material_date=date(2026, 6, 18)))
    calendar.create(EventInput("Seanca pa material", EventKind.ASSEMBLY_SESSION, start + timedelta(days=7)))
    assert due(calendar) == [(date(2026, 6, 18), "material:0", "Seanca e Kuvendit")]


def test_a_repeating_public_meeting_gets_tasks_for_each_occurrence_ahead_and_more_as_time_passes(calendar, clock):
    series = calendar.create(meeting(day=date(2026, 5, 20), rrule="FREQ=MONTHLY;BYMONTHDAY=20"))
    tasks = calendar.due_tasks(until=date(2026, 12, 31))
    assert {t.occurrence_start.date() for t in tasks} == {date(2026, 5, 20), date(2026, 6, 20), date(2026, 7, 20)}
    clock.today = date(2026, 9, 1)
    tasks = calendar.due_tasks(until=date(2027, 12, 31))
    assert {t.occurrence_start.date() for t in tasks} == {date(2026, 9, 20), date(2026, 10, 20), date(2026, 11, 20)}
    # deleting one occurrence takes its open tasks away
    calendar.delete(series, EditScope.THIS, datetime(2026, 10, 20, 17, 0))
    assert {t.occurrence_start.date() for t in calendar.due_tasks(until=date(2027, 12, 31))} == {
        date(2026, 9, 20),
        date(2026, 11, 20),
    }


def test_overdue_tasks_are_listed_while_the_event_is_ahead_but_not_once_it_has_passed(calendar, clock):
    calendar.create(meeting(day=date(2026, 5, 10)))  # told 14 days before: already late on 1 May
    assert due(calendar, until=date(2026, 5, 3)) == [(date(2026, 4, 26), "start:14", "Takim publik me qytetarët")]
    clock.today = date(2026, 5, 11)
    assert due(calendar) == []


def test_changed_rules_apply_to_the_events_ahead(calendar, workspace):
    calendar.create(EventInput("Hapja e ofertave", EventKind.TENDER_OPENING, datetime(2026, 6, 15, 10, 0)))
    calendar.create(EventInput("Konferencë", EventKind.PRESS_CONFERENCE, datetime(2026, 6, 16, 10, 0)))
    assert [(d, rule) for d, rule, _ in due(calendar)] == [(date(2026, 6, 8), "start:7")]
    workspace.services.office.set_setting(
        SETTING_KEY,
        {
            "tender_opening": [{"anchor": "start", "days_before": 3}],
            "press_conference": [{"anchor": "start", "days_before": 2}],
        },
    )
    calendar.apply_notification_rules()
    assert [(d, rule, title) for d, rule, title in due(calendar)] == [
        (date(2026, 6, 12), "start:3", "Hapja e ofertave"),
        (date(2026, 6, 14), "start:2", "Konferencë"),
    ]
