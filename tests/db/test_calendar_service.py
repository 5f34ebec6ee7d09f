"""The calendar service on a real database: events, repetitions and their edits, deleted occurrences, holidays."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from commsdesk.domain.events import EditScope, EventKind, EventStatus
from commsdesk.errors import UserError, ValidationError
from commsdesk.services.calendar import CalendarService, EventInput

TODAY = date(2026, 3, 1)


@pytest.fixture
def calendar(workspace):
    return CalendarService(workspace.database, today=lambda: TODAY)


def weekly(title="Mbledhja javore", start=datetime(2026, 3, 2, 9, 0), rrule="FREQ=WEEKLY;BYDAY=MO", **extra):
    return EventInput(title, EventKind.MAYOR_MEETING, start, start + timedelta(hours=1), rrule=rrule, **extra)


def shown(calendar, first=date(2026, 3, 1), last=date(2026, 5, 1)):
    occurrences = calendar.occurrences(
        datetime.combine(first, datetime.min.time()), datetime.combine(last, datetime.min.time())
    )
    return [(o.start, o.title) for o in occurrences]


def test_a_weekly_series_is_shown_every_monday_at_nine_across_the_clock_change(calendar):
    calendar.create(weekly())
    starts = [start for start, _ in shown(calendar, date(2026, 3, 1), date(2026, 4, 14))]
    assert starts == [datetime(2026, 3, d, 9, 0) for d in (2, 9, 16, 23, 30)] + [
        datetime(2026, 4, d, 9, 0) for d in (6, 13)
    ]


def test_only_the_visible_range_is_returned_and_long_events_that_began_earlier_are_included(calendar):
    calendar.create(
        EventInput("Java e pastrimit", EventKind.CAMPAIGN, datetime(2026, 3, 20), datetime(2026, 4, 3), all_day=True)
    )
    calendar.create(EventInput("Konferencë", EventKind.PRESS_CONFERENCE, datetime(2026, 3, 10, 11, 0)))
    calendar.create(EventInput("Later", EventKind.OTHER, datetime(2026, 5, 10, 11, 0)))
    assert [title for _, title in shown(calendar, date(2026, 4, 1), date(2026, 4, 30))] == ["Java e pastrimit"]
    assert [title for _, title in shown(calendar, date(2026, 3, 1), date(2026, 3, 31))] == [
        "Konferencë",
        "Java e pastrimit",
    ]


def test_filters_by_kind_and_status(calendar):
    calendar.create(EventInput("A", EventKind.PRESS_CONFERENCE, datetime(2026, 3, 10, 11, 0)))
    calendar.create(EventInput("B", EventKind.TRAINING, datetime(2026, 3, 11, 11, 0), status=EventStatus.CANCELLED))
    low, high = datetime(2026, 3, 1), datetime(2026, 4, 1)
    assert [o.title for o in calendar.occurrences(low, high, kinds=["training"])] == ["B"]
    assert [o.title for o in calendar.occurrences(low, high, statuses=["planned"])] == ["A"]


def test_editing_only_this_occurrence_leaves_the_others_alone(calendar):
    series = calendar.create(weekly())
    data = calendar.details(series).data
    moved = replace(
        data, title="Takim i shtyrë", starts_at=datetime(2026, 3, 17, 11, 0), ends_at=datetime(2026, 3, 17, 12, 0)
    )
    child = calendar.update(series, moved, EditScope.THIS, datetime(2026, 3, 16, 9, 0))
    assert child != series
    assert shown(calendar, date(2026, 3, 9), date(2026, 3, 24)) == [
        (datetime(2026, 3, 9, 9, 0), "Mbledhja javore"),
        (datetime(2026, 3, 17, 11, 0), "Takim i shtyrë"),
        (datetime(2026, 3, 23, 9, 0), "Mbledhja javore"),
    ]
    details = calendar.details(child)
    assert details.parent_id == series and details.recurrence_id == datetime(2026, 3, 16, 9, 0)
    assert calendar.excluded_starts(series) == [datetime(2026, 3, 16, 9, 0)]


def test_this_and_following_splits_the_series_at_the_occurrence(calendar):
    series = calendar.create(weekly())
    data = calendar.details(series).data
    later = replace(
        data, title="Mbledhja (ora e re)", starts_at=datetime(2026, 3, 30, 10, 0), ends_at=datetime(2026, 3, 30, 11, 0)
    )
    successor = calendar.update(series, later, EditScope.FOLLOWING, datetime(2026, 3, 30, 9, 0))
    assert shown(calendar, date(2026, 3, 16), date(2026, 4, 14)) == [
        (datetime(2026, 3, 16, 9, 0), "Mbledhja javore"),
        (datetime(2026, 3, 23, 9, 0), "Mbledhja javore"),
        (datetime(2026, 3, 30, 10, 0), "Mbledhja (ora e re)"),
        (datetime(2026, 4, 6, 10, 0), "Mbledhja (ora e re)"),
        (datetime(2026, 4, 13, 10, 0), "Mbledhja (ora e re)"),
    ]
    assert calendar.details(series).data.rrule == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330T065959Z"  # 08:59:59 CEST
    assert calendar.details(successor).data.rrule == "FREQ=WEEKLY;BYDAY=MO"
    assert calendar.details(successor).data.starts_at == datetime(2026, 3, 30, 10, 0)


def test_splitting_a_counted_series_shares_out_its_count(calendar):
    series = calendar.create(weekly(rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=6"))
    data = calendar.details(series).data
    successor = calendar.update(
        series,
        replace(data, starts_at=datetime(2026, 3, 16, 9, 0), ends_at=datetime(2026, 3, 16, 10, 0), title="B"),
        EditScope.FOLLOWING,
        datetime(2026, 3, 16, 9, 0),
    )
    assert calendar.details(series).data.rrule == "FREQ=WEEKLY;BYDAY=MO;COUNT=2"
    assert calendar.details(successor).data.rrule == "FREQ=WEEKLY;BYDAY=MO;COUNT=4"
    assert len(shown(calendar, date(2026, 1, 1), date(2027, 1, 1))) == 6


def test_a_deleted_occurrence_never_comes_back(calendar):
    series = calendar.create(weekly())
    calendar.delete(series, EditScope.THIS, datetime(2026, 4, 6, 9, 0))
    assert datetime(2026, 4, 6, 9, 0) not in [s for s, _ in shown(calendar)]
    # Editing the whole series (new title, one hour later) keeps it deleted …
    data = calendar.details(series).data
    calendar.update(
        series,
        replace(data, title="Renamed", starts_at=datetime(2026, 3, 2, 10, 0), ends_at=datetime(2026, 3, 2, 11, 0)),
        EditScope.ALL,
        datetime(2026, 3, 2, 9, 0),
    )
    starts = [s for s, _ in shown(calendar)]
    assert datetime(2026, 4, 6, 10, 0) not in starts and datetime(2026, 4, 13, 10, 0) in starts
    # … and so does splitting the series before it.
    data = calendar.details(series).data
    successor = calendar.update(
        series,
        replace(data, title="Split", starts_at=datetime(2026, 3, 23, 10, 0), ends_at=datetime(2026, 3, 23, 11, 0)),
        EditScope.FOLLOWING,
        datetime(2026, 3, 23, 10, 0),
    )
    starts = [s for s, _ in shown(calendar)]
    assert datetime(2026, 4, 6, 10, 0) not in starts and datetime(2026, 3, 30, 10, 0) in starts
    assert calendar.excluded_starts(successor) == [datetime(2026, 4, 6, 10, 0)]
    with pytest.raises(UserError):  # nor can it be edited or deleted again
        calendar.delete(successor, EditScope.THIS, datetime(2026, 4, 6, 10, 0))


def test_deleting_this_and_following_ends_the_series_and_drops_its_later_edited_occurrences(calendar):
    series = calendar.create(weekly())
    data = calendar.details(series).data
    calendar.update(
        series,
        replace(data, title="Moved", starts_at=datetime(2026, 4, 7, 9, 0), ends_at=datetime(2026, 4, 7, 10, 0)),
        EditScope.THIS,
        datetime(2026, 4, 6, 9, 0),
    )
    calendar.delete(series, EditScope.FOLLOWING, datetime(2026, 3, 30, 9, 0))
    assert [s for s, _ in shown(calendar)] == [datetime(2026, 3, d, 9, 0) for d in (2, 9, 16, 23)]
    calendar.delete(series, EditScope.ALL)
    assert shown(calendar) == []


def test_editing_all_occurrences_from_a_later_one_moves_the_whole_series(calendar):
    series = calendar.create(weekly())
    data = calendar.details(series).data
    calendar.update(
        series,
        replace(
            data,
            starts_at=datetime(2026, 3, 17, 9, 0),
            ends_at=datetime(2026, 3, 17, 10, 0),
            rrule="FREQ=WEEKLY;BYDAY=TU",  # as the dialog writes it for the new weekday
        ),
        EditScope.ALL,
        datetime(2026, 3, 16, 9, 0),
    )
    assert calendar.details(series).data.starts_at == datetime(2026, 3, 3, 9, 0)
    assert calendar.details(series).data.rrule == "FREQ=WEEKLY;BYDAY=TU"
    assert [s.weekday() for s, _ in shown(calendar)] == [1] * 9


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "   "}, "needs a title"),
        ({"ends_at": datetime(2026, 3, 2, 8, 0)}, "cannot end before it starts"),
        ({"rrule": "FREQ=SECONDLY"}, "cannot be used"),
        ({"time_zone": "Mars/Olympus"}, "Unknown time zone"),
        ({"rrule": "FREQ=DAILY;UNTIL=20250101T000000Z"}, "ends before the event starts"),
    ],
)
def test_an_event_that_breaks_a_rule_is_refused_and_nothing_is_written(calendar, change, message):
    with pytest.raises(ValidationError, match=message):
        calendar.create(replace(weekly(), **change))
    assert calendar.event_count() == 0


def test_events_kept_in_another_zone_are_shown_on_the_calendars_clock(calendar):
    calendar.create(
        EventInput("London call", EventKind.INTERVIEW, datetime(2026, 7, 1, 9, 0), time_zone="Europe/London")
    )
    assert shown(calendar, date(2026, 7, 1), date(2026, 7, 2)) == [(datetime(2026, 7, 1, 10, 0), "London call")]


def test_holidays_entered_by_the_user_join_the_computed_ones(calendar):
    calendar.add_holiday(date(2026, 3, 20), "Fitër Bajrami")
    with pytest.raises(ValidationError, match=r"already a holiday on 20\.03\.2026"):
        calendar.add_holiday(date(2026, 3, 20), "Again")
    with pytest.raises(ValidationError):
        calendar.add_holiday(date(2026, 5, 27), "  ")
    found = calendar.holidays(date(2026, 3, 1), date(2026, 4, 30))
    assert found[date(2026, 3, 20)] == ["Fitër Bajrami"] and found[date(2026, 4, 12)] == ["Orthodox Easter"]
    calendar.remove_holiday(calendar.entered_holidays()[0].id)
    assert date(2026, 3, 20) not in calendar.holidays(date(2026, 3, 1), date(2026, 3, 31))


def test_media_invited_and_linked_release_are_kept_with_the_event(demo_workspace):
    services = demo_workspace.services
    media = [g.id for g in services.calendar.media_groups() if g.detail == "media"]
    contact = services.calendar.media_contacts()[0]
    release = services.calendar.releases()[0]
    event = services.calendar.create(
        EventInput(
            "Konferencë",
            EventKind.PRESS_CONFERENCE,
            datetime(2026, 3, 10, 11, 0),
            media_group_ids=tuple(media),
            media_contact_ids=(contact.id,),
            release_ids=(release.id,),
        )
    )
    details = services.calendar.details(event)
    assert details.data.media_group_ids == tuple(media) and details.data.media_contact_ids == (contact.id,)
    assert [r.reference for r in details.releases] == [release.detail]
    entry = next(e for e in services.calendar.agenda(date(2026, 3, 10), date(2026, 3, 10)) if e.title == "Konferencë")
    assert entry.media[0] == "Media" and contact.label in entry.media[1] and entry.releases == (release.detail,)
