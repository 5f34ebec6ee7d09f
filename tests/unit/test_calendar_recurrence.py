"""Repeating events: RRULEs read and written with their zone, occurrences on the wall clock across DST changes."""

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil import rrule as du

from commsdesk.domain import recurrence
from commsdesk.domain.recurrence import (
    Recurrence,
    RecurrenceError,
    count_before,
    format_rrule,
    last_start,
    localize,
    occurrences,
    parse_rrule,
)
from commsdesk.domain.recurrence_presets import RepeatPreset, describe, preset_of, preset_rule

BELGRADE = "Europe/Belgrade"


def test_weekly_meeting_keeps_its_local_time_across_the_march_and_october_clock_changes():
    rule = parse_rrule("FREQ=WEEKLY;BYDAY=MO", BELGRADE)
    starts = occurrences(datetime(2026, 3, 16, 9, 0), rule, datetime(2026, 3, 16), datetime(2026, 11, 3))
    assert all(start.time().hour == 9 and start.minute == 0 for start in starts)
    assert datetime(2026, 3, 23, 9, 0) in starts and datetime(2026, 3, 30, 9, 0) in starts
    assert datetime(2026, 10, 19, 9, 0) in starts and datetime(2026, 10, 26, 9, 0) in starts
    # The same 09:00 is a different UTC instant before and after each change (last Sundays of March, October).
    utc = {start.date(): localize(start, BELGRADE).astimezone(UTC).hour for start in starts}
    assert utc[datetime(2026, 3, 23).date()] == 8 and utc[datetime(2026, 3, 30).date()] == 7
    assert utc[datetime(2026, 10, 19).date()] == 7 and utc[datetime(2026, 10, 26).date()] == 8


def test_daily_rule_over_the_night_of_the_change_has_no_gap_and_no_double():
    rule = parse_rrule("FREQ=DAILY", BELGRADE)
    starts = occurrences(datetime(2026, 10, 20, 10, 0), rule, datetime(2026, 10, 23), datetime(2026, 10, 28))
    assert starts == [datetime(2026, 10, day, 10, 0) for day in range(23, 28)]


def test_until_is_written_in_utc_and_read_back_on_the_local_clock():
    rule = Recurrence("WEEKLY", by_day=((None, 0),), until=datetime(2026, 6, 29, 23, 59, 59))
    text = format_rrule(rule, BELGRADE)
    assert text == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629T215959Z"  # CEST is UTC+2
    assert parse_rrule(text, BELGRADE).until == datetime(2026, 6, 29, 23, 59, 59)
    assert format_rrule(rule, BELGRADE, all_day=True) == "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629"


def test_until_ends_the_series_on_the_last_occurrence_it_allows():
    rule = parse_rrule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330T065959Z", BELGRADE)  # 08:59:59 local on 30.03
    starts = occurrences(datetime(2026, 3, 2, 9, 0), rule, datetime(2026, 1, 1), datetime(2027, 1, 1))
    assert starts[-1] == datetime(2026, 3, 23, 9, 0)
    assert last_start(datetime(2026, 3, 2, 9, 0), rule) == datetime(2026, 3, 30, 8, 59, 59)


def test_count_rule_has_exactly_that_many_occurrences_and_a_known_last_start():
    rule = parse_rrule("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15;COUNT=4", BELGRADE)
    start = datetime(2026, 1, 15, 10, 0)
    starts = occurrences(start, rule, datetime(2025, 1, 1), datetime(2030, 1, 1))
    assert starts == [datetime(2026, m, 15, 10, 0) for m in (1, 4, 7, 10)]
    assert last_start(start, rule) == datetime(2026, 10, 15, 10, 0)
    assert count_before(start, rule, datetime(2026, 7, 15, 10, 0)) == 2


def test_excluded_dates_are_left_out_and_long_occurrences_still_show_in_a_later_window():
    rule = parse_rrule("FREQ=DAILY", BELGRADE)
    start = datetime(2026, 5, 1, 22, 0)
    starts = occurrences(
        start, rule, datetime(2026, 5, 4), datetime(2026, 5, 6), [datetime(2026, 5, 4, 22, 0)], timedelta(hours=4)
    )
    assert starts == [datetime(2026, 5, 3, 22, 0), datetime(2026, 5, 5, 22, 0)]  # 3rd runs past midnight


@pytest.mark.parametrize(
    "text",
    ["FREQ=HOURLY", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;BYHOUR=9", "BYDAY=MO", "FREQ=DAILY;INTERVAL=0", "nonsense"],
)
def test_rules_commsdesk_cannot_honour_are_refused(text):
    with pytest.raises(RecurrenceError):
        parse_rrule(text, BELGRADE)


def test_vendor_extensions_are_ignored_and_the_rule_comes_back_canonical():
    assert (
        recurrence.normalize_rrule("rrule:freq=weekly;x-name=1;wkst=mo;byday=tu,th;interval=2", BELGRADE)
        == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"
    )


def _random_rule(rng: random.Random) -> str:
    freq = rng.choice(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
    parts = [f"FREQ={freq}", f"INTERVAL={rng.randint(1, 4)}"]
    if freq == "WEEKLY" and rng.random() < 0.7:
        parts.append("BYDAY=" + ",".join(rng.sample(recurrence.WEEKDAY_CODES, rng.randint(1, 3))))
    if freq == "MONTHLY":
        choice = rng.random()
        if choice < 0.3:
            parts.append("BYMONTHDAY=" + ",".join(str(rng.choice([1, 15, 29, 30, 31, -1])) for _ in range(2)))
        elif choice < 0.6:
            parts.append("BYDAY=" + rng.choice(["1MO", "-1FR", "3WE", "5TH", "2SU", "MO"]))
        elif choice < 0.7:
            parts.append("BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    if rng.random() < 0.3:
        parts.append("WKST=" + rng.choice(recurrence.WEEKDAY_CODES))
    return ";".join(parts)


def test_fast_expansion_agrees_with_dateutil_for_hundreds_of_rules_and_windows():
    rng = random.Random(20260315)
    for _ in range(400):
        text = _random_rule(rng)
        start = datetime(2021, 1, 1, 9, 30) + timedelta(days=rng.randint(0, 900))
        low = start + timedelta(days=rng.randint(-30, 1800))
        high = low + timedelta(days=rng.randint(1, 60))
        expected = [d for d in du.rrulestr(text, dtstart=start).between(low, high, inc=True) if d < high]
        assert occurrences(start, parse_rrule(text, BELGRADE), low, high) == expected, (text, start, low)


@pytest.mark.parametrize("preset", [p for p in RepeatPreset if p not in (RepeatPreset.NONE, RepeatPreset.CUSTOM)])
def test_every_preset_is_recognised_again_from_its_rule(preset):
    start = datetime(2026, 6, 30, 17, 0)  # a Tuesday, the last one of June
    rule = preset_rule(preset, start)
    assert preset_of(rule, start) is preset
    assert preset_of(parse_rrule(format_rrule(rule.ending(count=5), BELGRADE), BELGRADE), start) is preset


def test_rules_are_described_in_words_with_their_end():
    start = datetime(2026, 6, 1, 9, 0)  # Monday
    weekly = preset_rule(RepeatPreset.WEEKLY, start).ending(until=datetime(2026, 12, 31, 23, 59, 59))
    assert describe(weekly, start) == "Every week on Monday, until 31.12.2026"
    assert describe(preset_rule(RepeatPreset.MONTHLY_WEEKDAY, start), start) == "Every month on the first Monday"
    assert describe(preset_rule(RepeatPreset.TWICE_A_YEAR, start).ending(count=4), start) == (
        "Twice a year on day 1, 4 times"
    )
    assert describe(parse_rrule("FREQ=WEEKLY;INTERVAL=3;BYDAY=FR", BELGRADE), start) == "Every 3 weeks on Friday"


def test_localize_gives_the_offset_of_the_season():
    assert localize(datetime(2026, 1, 10, 12, 0), BELGRADE).utcoffset() == timedelta(hours=1)
    assert localize(datetime(2026, 7, 10, 12, 0), BELGRADE).tzinfo == ZoneInfo(BELGRADE)
    assert localize(datetime(2026, 7, 10, 12, 0), BELGRADE).utcoffset() == timedelta(hours=2)
