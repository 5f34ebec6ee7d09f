"""The plan's rules as pure functions: status as of a day, overdue, roll-ups, quarters, report periods."""

from dataclasses import dataclass
from datetime import date

import pytest

from commsdesk.domain.plan import (
    ActivityKind,
    ActivityStatus,
    StatusEntry,
    default_as_of,
    is_overdue,
    is_unfinished,
    kind_from_text,
    report_period,
    roll_up,
    status_as_of,
)
from commsdesk.domain.timeframe import overlaps, parse_timeframe, quarter_range, shift_year

S = ActivityStatus


def test_status_as_of_a_past_day_ignores_later_updates():
    history = [
        StatusEntry(date(2023, 3, 31), S.IN_PROGRESS, 40, 20000, "started"),
        StatusEntry(date(2023, 9, 30), S.COMPLETED, 100, 45000, "done"),
    ]
    june = status_as_of(history, date(2023, 6, 30))
    assert (june.status, june.progress, june.actual_cost_cents, june.comment) == (S.IN_PROGRESS, 40, 20000, "started")
    assert june.on_date == date(2023, 3, 31)
    december = status_as_of(history, date(2023, 12, 31))
    assert (december.status, december.progress, december.actual_cost_cents) == (S.COMPLETED, 100, 45000)


def test_before_any_update_an_activity_has_not_started():
    history = [StatusEntry(date(2023, 5, 2), S.IN_PROGRESS, 10)]
    before = status_as_of(history, date(2023, 5, 1))
    assert (before.status, before.progress, before.actual_cost_cents, before.on_date) == (S.NOT_STARTED, 0, None, None)


def test_same_day_updates_count_in_the_order_they_were_recorded_and_keep_the_last_cost_and_comment():
    history = [
        StatusEntry(date(2023, 5, 2), S.IN_PROGRESS, 30, 1000, "first"),
        StatusEntry(date(2023, 5, 2), S.POSTPONED, 30, None, ""),
    ]
    now = status_as_of(history, date(2023, 5, 2))
    assert (now.status, now.actual_cost_cents, now.comment) == (S.POSTPONED, 1000, "first")


def test_a_completed_activity_is_at_one_hundred_percent():
    assert status_as_of([StatusEntry(date(2023, 1, 9), S.COMPLETED, 60)], date(2023, 2, 1)).progress == 100


@pytest.mark.parametrize(
    ("kind", "end", "status", "overdue"),
    [
        (ActivityKind.SPECIFIC, date(2023, 11, 30), S.IN_PROGRESS, True),
        (ActivityKind.SPECIFIC, date(2023, 12, 31), S.NOT_STARTED, True),  # ended by the end of the as-of day
        (ActivityKind.SPECIFIC, date(2023, 11, 30), S.POSTPONED, True),
        (ActivityKind.SPECIFIC, date(2023, 11, 30), S.COMPLETED, False),
        (ActivityKind.SPECIFIC, date(2023, 11, 30), S.CANCELLED, False),
        (ActivityKind.SPECIFIC, date(2024, 1, 31), S.NOT_STARTED, False),
        (ActivityKind.RECURRING, date(2023, 12, 31), S.NOT_STARTED, False),
    ],
)
def test_overdue_means_the_timeframe_ended_without_completion(kind, end, status, overdue):
    assert is_overdue(kind, end, status, date(2023, 12, 31)) is overdue


def test_copying_carries_recurring_and_unfinished_specific_activities():
    assert is_unfinished(ActivityKind.RECURRING, S.COMPLETED)
    assert is_unfinished(ActivityKind.SPECIFIC, S.POSTPONED)
    assert not is_unfinished(ActivityKind.SPECIFIC, S.COMPLETED)
    assert not is_unfinished(ActivityKind.SPECIFIC, S.CANCELLED)


@dataclass
class Item:
    kind: ActivityKind
    status: ActivityStatus
    planned_cost_cents: int = 0
    actual_cost_cents: int | None = None
    overdue: bool = False


def test_roll_up_counts_statuses_money_and_overdue():
    rollup = roll_up(
        [
            Item(ActivityKind.SPECIFIC, S.COMPLETED, 100000, 95000),
            Item(ActivityKind.SPECIFIC, S.IN_PROGRESS, 50000, None, overdue=True),
            Item(ActivityKind.SPECIFIC, S.NOT_STARTED),
            Item(ActivityKind.RECURRING, S.COMPLETED),
        ]
    )
    assert (rollup.total, rollup.specific, rollup.recurring) == (4, 3, 1)
    assert rollup.counts[S.COMPLETED] == 2 and rollup.counts[S.IN_PROGRESS] == 1 and rollup.counts[S.CANCELLED] == 0
    assert (rollup.planned_cents, rollup.actual_cents, rollup.overdue) == (150000, 95000, 1)
    assert rollup.percent_completed == 50


def test_percent_completed_rounds_half_up_and_is_zero_for_nothing():
    assert roll_up([]).percent_completed == 0
    items = [Item(ActivityKind.SPECIFIC, S.COMPLETED)] + [Item(ActivityKind.SPECIFIC, S.NOT_STARTED)] * 7
    assert roll_up(items).percent_completed == 13  # 12.5 %


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("specific", ActivityKind.SPECIFIC),
        (" Recurring ", ActivityKind.RECURRING),
        ("specifike", ActivityKind.SPECIFIC),
        ("të përsëritura", ActivityKind.RECURRING),
        ("ponavljajuće", ActivityKind.RECURRING),
        ("special", None),
        ("", None),
    ],
)
def test_kind_column_is_read_in_english_albanian_and_serbian(text, kind):
    assert kind_from_text(text) is kind


def test_march_to_june_is_due_in_the_first_and_second_quarters():
    def due_in(start, end):  # as a quarterly report picks its activities (ActivityState.due_between)
        return [quarter for quarter in range(1, 5) if overlaps(start, end, *quarter_range(2023, quarter))]

    assert due_in(*parse_timeframe("mars–qershor 2023")) == [1, 2]
    assert due_in(*parse_timeframe("nëntor 2023")) == [4]
    assert due_in(None, None) == [1, 2, 3, 4]


def test_a_timeframe_moves_to_the_next_year_as_written():
    assert shift_year("nëntor 2023", 2023, 2024) == "nëntor 2024"
    assert shift_year("15.03.2023 - 30.04.2023", 2023, 2024) == "15.03.2024 - 30.04.2024"
    assert shift_year("120230", 2023, 2024) == "120230"


def test_a_second_quarter_report_printed_in_october_is_as_of_the_thirtieth_of_june():
    assert report_period(2023, 2) == (date(2023, 4, 1), date(2023, 6, 30))
    assert default_as_of(2023, 2, today=date(2023, 10, 15)) == date(2023, 6, 30)
    assert default_as_of(2023, None, today=date(2023, 10, 15)) == date(2023, 10, 15)
    assert default_as_of(2023, None, today=date(2024, 2, 1)) == date(2023, 12, 31)
