"""The figures of the report on journalists' enquiries, counted from a list imported from a file whose figures are
known by hand (tests/fixtures/enquiries/enquiries-2025.csv: 22 enquiries received in 2025, one of 2024 and one of
2026; every status and channel, six outlets and five topics with one row without either, answered before the deadline
and after it, declined, "no comment", open ones past their deadline and one not yet)."""

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus
from commsdesk.domain.enquiry_records import CountedEnquiries
from commsdesk.errors import ValidationError
from commsdesk.services.enquiries import EnquiriesService, EnquiryInput

FILE = Path(__file__).resolve().parents[1] / "fixtures" / "enquiries" / "enquiries-2025.csv"
NOW = datetime(2026, 1, 10, 12, 0)
C, S = EnquiryChannel, EnquiryStatus
# Who asked, how to reach them, and what they asked: none of it may be in the figures.
PERSONAL = [
    "Arta Gashi",
    "Driton Berisha",
    "Blerta Kelmendi",
    "Đorđe Petrović",
    "Mimoza Hoxha",
    "Besa Krasniqi",
    "Lulzim Rexhepi",
    "arta@rk.example",
    "+383 44 111 222",
    "Sa është buxheti",
    "Koliki je budžet",
]

YEAR_2025 = CountedEnquiries(
    first=date(2025, 1, 1),
    last=date(2025, 12, 31),
    received=22,
    by_outlet={"KTV": 6, "Radio Kaçaniku": 5, "Koha Ditore": 3, "Kosovo Online": 3, "RTK": 3, "": 2},
    by_topic={"Buxheti": 7, "Uji": 5, "Rrugët": 4, "Shkollat": 4, "": 2},
    by_channel={C.PHONE: 7, C.EMAIL: 7, C.IN_PERSON: 2, C.SOCIAL_MEDIA: 3, C.MESSAGE: 3},
    by_status={
        S.NEW: 2,
        S.WAITING_FOR_INPUT: 1,
        S.DRAFTED: 1,
        S.APPROVED: 1,
        S.ANSWERED: 13,
        S.DECLINED: 2,
        S.NO_COMMENT: 2,
    },
    answered_in_time=9,  # 001, 003, 006, 008, 009, 011, 013, 014, 017
    answered_late=4,  # 002 (26 h for 24), 007, 010, 016
    overdue=4,  # 018–021; 022's deadline is 15.01.2026
    median_minutes=1290,  # 21.5 hours: 30 90 150 240 240 360 | 1290 | 1440 1500 1500 1560 2880 4260 minutes
    longest_minutes=4260,  # 013: 71 hours, and before its deadline
    as_of=NOW,
)


@pytest.fixture
def register(services):
    """The service, its clock at NOW, with the test file imported."""
    service = EnquiriesService(services.database, now=lambda: NOW)
    result = service.import_file(FILE)
    assert (result.created, result.unchanged) == (24, 0)
    return service


def test_the_annual_figures_are_those_of_the_register(register):
    counted = register.counted(date(2025, 1, 1), date(2025, 12, 31))
    assert replace(counted, listed=()) == YEAR_2025
    assert (counted.answered, counted.declined, counted.no_comment, counted.still_open) == (13, 2, 2, 5)
    assert counted.in_time_share == pytest.approx(100 * 9 / 13)
    assert (counted.median_hours, counted.longest_hours) == (21.5, 71)


def test_the_list_holds_every_enquiry_of_the_period_in_number_order(register):
    listed = register.counted(date(2025, 1, 1), date(2025, 12, 31)).listed
    assert [item.reference for item in listed] == [f"P-2025/{n:03d}" for n in range(1, 23)]
    late = [item.reference for item in listed if item.late]
    assert late == ["P-2025/002", "P-2025/007", "P-2025/010", "P-2025/016", *(f"P-2025/0{n}" for n in range(18, 22))]
    third = listed[2]  # no deadline in the file: received + the default 24 hours
    assert (third.deadline_at, third.answered_at, third.minutes_to_answer) == (
        datetime(2025, 1, 16, 11, 30),
        datetime(2025, 1, 16, 9, 0),
        1290,
    )
    declined = listed[3]
    assert declined.status is S.DECLINED and declined.minutes_to_answer is None and not declined.late


def test_a_quarter_counts_only_the_enquiries_received_in_it(register):
    counted = register.counted(date(2025, 1, 1), date(2025, 3, 31))
    assert counted.received == 7
    assert (counted.answered_in_time, counted.answered_late, counted.declined, counted.no_comment) == (3, 2, 1, 1)
    assert counted.in_time_share == 60
    assert (counted.median_hours, counted.longest_hours) == (21.5, 48)
    assert counted.by_outlet == {"KTV": 2, "Radio Kaçaniku": 2, "Koha Ditore": 1, "Kosovo Online": 1, "RTK": 1}
    second = register.counted(date(2025, 4, 1), date(2025, 6, 30))
    assert second.median_hours == 14.5  # 150 240 | 1500 1500 minutes: an even count takes the middle two
    assert second.by_outlet[""] == 1  # the freelance journalist's


def test_a_date_range_across_the_new_year(register):
    counted = register.counted(date(2025, 12, 15), date(2026, 1, 5))
    assert counted.received == 3 and counted.still_open == 3
    assert counted.overdue == 1  # 021; 022 and the one of 2026 are not yet past their deadline
    assert counted.answered == 0 and counted.in_time_share is None and counted.median_minutes is None


def test_still_open_past_the_deadline_is_counted_as_of_now(services, register):
    later = EnquiriesService(services.database, now=lambda: datetime(2026, 1, 15, 12, 1))
    assert later.counted(date(2025, 1, 1), date(2025, 12, 31)).overdue == 5
    assert later.counted(date(2026, 1, 1), date(2026, 12, 31)).overdue == 0


def test_an_empty_period_counts_nothing(register):
    counted = register.counted(date(2023, 1, 1), date(2023, 12, 31))
    assert counted.received == counted.answered == counted.still_open == 0
    assert counted.by_outlet == {} and counted.by_topic == {} and counted.listed == ()
    assert counted.median_hours is None and counted.longest_hours is None
    assert set(counted.by_status.values()) == {0} and set(counted.by_channel.values()) == {0}


def test_the_figures_hold_no_personal_data(register):
    text = repr(register.counted(date(2024, 1, 1), date(2026, 12, 31)))
    for personal in PERSONAL:
        assert personal not in text


def test_an_enquiry_answered_through_the_form_counts_as_the_imported_ones(register):
    enquiry_id = register.create(
        EnquiryInput(
            received_at=datetime(2025, 12, 29, 9, 0),
            questions=("Sa kushton ndriçimi i ri?",),
            journalist="Ilir Zeqiri",
            outlet="KTV",
            topic="Buxheti",
            deadline_at=datetime(2025, 12, 29, 12, 0),
        )
    )
    data = register.details(enquiry_id).data
    register.update(
        enquiry_id,
        replace(data, status=S.ANSWERED, answers={"sq": "50.000 euro."}, answered_at=datetime(2026, 1, 2, 10, 0)),
    )
    counted = register.counted(date(2025, 1, 1), date(2025, 12, 31))
    assert (counted.received, counted.answered_late, counted.by_outlet["KTV"]) == (23, 5, 7)
    assert counted.longest_hours == 97  # 29.12. 09:00 → 02.01. 10:00


def test_a_period_ending_before_it_begins_is_refused(register):
    with pytest.raises(ValidationError, match="ends before it begins"):
        register.counted(date(2025, 12, 31), date(2025, 1, 1))
