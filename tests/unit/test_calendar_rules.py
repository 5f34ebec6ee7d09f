"""Media-notification rules and Kosovo's public holidays, as plain rules."""

from datetime import date

from commsdesk.domain.events import EventKind
from commsdesk.domain.holidays import holidays_between, public_holidays
from commsdesk.domain.notifications import (
    DEFAULT_RULES,
    MATERIAL,
    START,
    DueBucket,
    NotificationRule,
    due_bucket,
    rules_from_setting,
    rules_to_setting,
    task_label,
)


def test_default_rules_follow_the_municipal_work_plan():
    rules = rules_from_setting(DEFAULT_RULES)
    assert rules[EventKind.PUBLIC_MEETING] == (NotificationRule(14, START), NotificationRule(1, START))
    assert rules[EventKind.ASSEMBLY_SESSION] == (NotificationRule(0, MATERIAL),)
    assert rules[EventKind.TENDER_OPENING] == (NotificationRule(7, START),)
    assert EventKind.PRESS_CONFERENCE not in rules


def test_a_public_meeting_on_15_june_is_announced_on_1_june_and_recalled_on_14_june():
    rules = rules_from_setting(DEFAULT_RULES)[EventKind.PUBLIC_MEETING]
    assert [rule.due_on(date(2026, 6, 15), None) for rule in rules] == [date(2026, 6, 1), date(2026, 6, 14)]


def test_material_rule_needs_the_material_date():
    rule = NotificationRule(0, MATERIAL)
    assert rule.due_on(date(2026, 6, 15), None) is None
    assert rule.due_on(date(2026, 6, 15), date(2026, 6, 8)) == date(2026, 6, 8)


def test_stored_rules_survive_a_round_trip_and_junk_is_left_out():
    stored = {
        "tender_opening": [{"anchor": "start", "days_before": 10}, {"anchor": "start", "days_before": -3}],
        "no_such_kind": [{"anchor": "start", "days_before": 1}],
        "open_day": "not a list",
        "training": [{"anchor": "moon", "days_before": 2}, {"anchor": "start", "days_before": "5"}],
    }
    rules = rules_from_setting(stored)
    assert rules == {EventKind.TENDER_OPENING: (NotificationRule(10, START),)}
    assert rules_from_setting(rules_to_setting(rules)) == rules
    assert rules_from_setting(None) == {}


def test_task_labels_say_what_to_do():
    assert task_label("start:14") == "Notify the media (14 days before)"
    assert task_label("start:1") == "Remind the media (the day before)"
    assert task_label("material:0") == "Announce the session (material distributed today)"
    assert task_label("whatever") == "Notify the media"


def test_due_buckets_split_overdue_today_this_week_and_later():
    wednesday = date(2026, 6, 10)
    assert due_bucket(date(2026, 6, 9), wednesday) is DueBucket.OVERDUE
    assert due_bucket(wednesday, wednesday) is DueBucket.TODAY
    assert due_bucket(date(2026, 6, 14), wednesday) is DueBucket.THIS_WEEK  # Sunday ends the week
    assert due_bucket(date(2026, 6, 15), wednesday) is DueBucket.LATER


def test_kosovo_holidays_of_2026_include_both_easters_with_their_mondays():
    found = dict(public_holidays(2026))
    assert found[date(2026, 4, 5)] == "Catholic Easter" and found[date(2026, 4, 6)] == "Catholic Easter Monday"
    assert found[date(2026, 4, 12)] == "Orthodox Easter" and found[date(2026, 4, 13)] == "Orthodox Easter Monday"
    for day, name in [
        (date(2026, 1, 1), "New Year's Day"),
        (date(2026, 1, 2), "New Year (second day)"),
        (date(2026, 1, 7), "Orthodox Christmas"),
        (date(2026, 2, 17), "Independence Day"),
        (date(2026, 4, 9), "Constitution Day"),
        (date(2026, 5, 1), "Labour Day"),
        (date(2026, 5, 9), "Europe Day"),
        (date(2026, 12, 25), "Catholic Christmas"),
    ]:
        assert found[day] == name


def test_when_both_easters_fall_together_the_day_carries_both_names_and_eids_are_added():
    found = holidays_between(date(2025, 4, 1), date(2025, 4, 30), [(date(2025, 4, 2), "Eid al-Fitr")])
    assert found[date(2025, 4, 20)] == ["Catholic Easter", "Orthodox Easter"]
    assert found[date(2025, 4, 2)] == ["Eid al-Fitr"]
    assert date(2025, 3, 30) not in found
