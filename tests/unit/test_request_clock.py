"""The legal deadline clock of document requests (Law No. 06/L-081), pinned on real calendar dates."""

from datetime import date, datetime

import pytest

from commsdesk.domain.requests import (
    DeadlineRules,
    Pause,
    WorkingDays,
    decision_deadline,
    forwarding_deadline,
)

LAW = DeadlineRules()
WORKING = WorkingDays()
TODAY = date(2026, 12, 1)


def deadline(received: datetime, rules: DeadlineRules = LAW, working: WorkingDays = WORKING, **options):
    return decision_deadline(received, rules, working, TODAY, **options)


def test_seven_calendar_days_from_registration_on_a_working_day():
    assert deadline(datetime(2026, 12, 1, 9, 30)).day == date(2026, 12, 8)  # Tuesday → Tuesday


def test_a_deadline_on_saturday_or_sunday_moves_to_monday():
    assert deadline(datetime(2026, 11, 28, 10)).day == date(2026, 12, 7)  # Sat 5.12 → Mon 7.12
    assert deadline(datetime(2026, 11, 29, 10)).day == date(2026, 12, 7)  # Sun 6.12 → Mon 7.12


def test_a_deadline_on_catholic_christmas_moves_to_the_next_working_day():
    assert deadline(datetime(2026, 12, 18, 15)).day == date(2026, 12, 28)  # Fri 25.12 → Mon 28.12


def test_a_deadline_on_new_year_skips_both_holidays_and_the_weekend():
    # 1.1.2027 is a Friday, 2.1 a Saturday: the next working day is Monday 4.1.
    assert deadline(datetime(2026, 12, 25, 8)).day == date(2027, 1, 4)


def test_a_holiday_the_office_entered_counts_like_the_fixed_ones():
    eid = date(2026, 12, 8)
    assert deadline(datetime(2026, 12, 1, 9), working=WorkingDays([eid])).day == date(2026, 12, 9)


def test_urgent_is_48_hours_from_the_moment_received_and_not_moved():
    found = deadline(datetime(2026, 12, 4, 16, 45), urgent=True)  # Friday afternoon
    assert found.at == datetime(2026, 12, 6, 16, 45)  # Sunday: life or liberty does not wait for Monday
    assert found.day == date(2026, 12, 6)
    assert found.is_late(datetime(2026, 12, 6, 16, 46)) and not found.is_late(datetime(2026, 12, 6, 16, 45))


def test_extension_adds_fifteen_days_to_the_original_deadline():
    original = deadline(datetime(2026, 12, 1, 9)).day
    extended = deadline(datetime(2026, 12, 1, 9), extended=True).day
    assert (original, extended) == (date(2026, 12, 8), date(2026, 12, 23))


def test_extension_from_a_moved_deadline_runs_from_the_working_day_it_moved_to():
    # 7 days from Sat 28.11 is Sat 5.12 → Mon 7.12; plus 15 is Tue 22.12.
    assert deadline(datetime(2026, 11, 28, 10), extended=True).day == date(2026, 12, 22)


def test_a_clarification_pauses_the_clock_for_exactly_its_days():
    paused = deadline(datetime(2026, 12, 1, 9), pause=Pause(date(2026, 12, 3), date(2026, 12, 7)))
    assert paused.day == date(2026, 12, 14)  # 8.12 + 4 days = Sat 12.12 → Mon 14.12
    assert paused.paused_since is None
    one_day = deadline(datetime(2026, 12, 1, 9), pause=Pause(date(2026, 12, 3), date(2026, 12, 4)))
    assert one_day.day == date(2026, 12, 9)


def test_an_outstanding_clarification_stands_the_clock_still_and_is_never_late():
    waiting = decision_deadline(
        datetime(2026, 12, 1, 9), LAW, WORKING, date(2026, 12, 20), pause=Pause(date(2026, 12, 3))
    )
    assert waiting.paused_since == date(2026, 12, 3)
    assert waiting.day == date(2026, 12, 28)  # 8.12 + 17 days waited = Fri 25.12 (Christmas) → Mon 28.12
    assert not waiting.is_late(datetime(2027, 1, 30, 12))


def test_forwarding_is_five_working_days():
    assert forwarding_deadline(datetime(2026, 12, 1, 9), LAW, WORKING) == date(2026, 12, 8)  # Tue → next Tue
    assert forwarding_deadline(datetime(2026, 12, 22, 9), LAW, WORKING) == date(2026, 12, 30)  # over Christmas


def test_working_day_rules_count_only_working_days():
    rules = DeadlineRules(working_days=True)
    assert deadline(datetime(2026, 12, 1, 9), rules).day == date(2026, 12, 10)  # 7 working days: Thu 10.12
    assert deadline(datetime(2026, 12, 18, 9), rules).day == date(2026, 12, 30)  # skips 25.12 and two weekends


def test_rules_from_a_setting_keep_the_law_where_the_setting_makes_no_sense():
    rules = DeadlineRules.from_setting({"decide_days": 10, "urgent_hours": -4, "working_days": "yes", "x": 1})
    assert rules == DeadlineRules(decide_days=10)
    assert DeadlineRules.from_setting(None) == LAW
    assert DeadlineRules.from_setting(LAW.to_setting()) == LAW


@pytest.mark.parametrize("received", [datetime(2026, 2, 10, 9), datetime(2027, 4, 2, 9)])
def test_easter_and_national_holidays_are_not_working_days(received):
    # 17.2.2026 Independence Day (Tuesday); 9.4.2027 Constitution Day (Friday).
    found = deadline(received).day
    assert found == {2026: date(2026, 2, 18), 2027: date(2027, 4, 12)}[received.year]
