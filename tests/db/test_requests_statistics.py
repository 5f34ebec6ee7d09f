"""The figures of the report to the Information and Privacy Agency, counted from a register imported from a file whose
figures are known by hand (tests/fixtures/requests/old-register-2025.csv: 26 requests received in 2025, one of
2024 and one of 2026; every requester type, channel, outcome and legal ground; decisions in time and late, an
extension, an urgent request, a clarification, two complaints, a court case)."""

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from commsdesk.domain.requests import RequestChannel, RequesterType, RequestOutcome
from commsdesk.services.paging import ListSort
from commsdesk.services.requests import CountedRequests, RequestFilter, RequestInput

REGISTER = Path(__file__).resolve().parents[1] / "fixtures" / "requests" / "old-register-2025.csv"
T, C, OUT = RequesterType, RequestChannel, RequestOutcome
GROUNDS = [
    "national_security",
    "defence",
    "international_relations",
    "public_safety",
    "crime",
    "disciplinary",
    "inspection",
    "privacy",
    "commercial",
    "proceedings",
    "environment",
    "deliberations",
    "economic_policy",
    "other",
]

YEAR_2025 = CountedRequests(
    first=date(2025, 1, 1),
    last=date(2025, 12, 31),
    received=26,
    by_type={T.CITIZEN: 12, T.MEDIA: 4, T.NGO: 3, T.BUSINESS: 2, T.INSTITUTION: 3, T.OTHER: 2},
    by_channel={C.IN_PERSON: 4, C.LETTER: 8, C.EMAIL: 8, C.WEB: 5, C.OTHER: 1},
    by_outcome={OUT.GRANTED: 5, OUT.PARTIAL: 4, OUT.REFUSED: 11, OUT.FORWARDED: 1, OUT.NOT_HELD: 1, OUT.WITHDRAWN: 1},
    refused_by_ground={ground: 2 if ground == "privacy" else 1 for ground in GROUNDS},
    pending=3,
    decided_in_time=17,  # 16 decisions and the forwarding (within its 5 working days)
    decided_late=5,  # 2025/003, 009, 012, 016, 019
    overdue_open=2,  # 2025/024 and 2025/026 (extended, still past); 2025/025 waits for a clarification
    extended=2,
    urgent=1,
    complaints=2,
    complaint_outcomes={"Ankesa u aprovua": 1, "Ankesa u refuzua": 1},
    court_cases=1,
    median_days=4,
    longest_days=17,
    cost_cents=1800,
)


@pytest.fixture
def register(services):
    """The service with the test register imported."""
    service = services.requests
    result = service.import_file(REGISTER)
    assert (result.created, result.unchanged) == (28, 0)
    return service


def test_the_annual_figures_are_those_of_the_register(register):
    counted = register.counted(date(2025, 1, 1), date(2025, 12, 31))
    assert counted.as_of == register.now().date()
    assert replace(counted, as_of=None) == YEAR_2025
    assert list(counted.refused_by_ground) == GROUNDS  # in the law's order, as the form lists them
    assert counted.decided == 22


def test_a_quarter_counts_only_the_requests_received_in_it(register):
    counted = register.counted(date(2025, 1, 1), date(2025, 3, 31))
    assert counted.received == 10
    assert counted.by_type == {T.CITIZEN: 5, T.MEDIA: 2, T.NGO: 1, T.BUSINESS: 1, T.INSTITUTION: 1, T.OTHER: 0}
    assert counted.by_outcome[OUT.GRANTED] == 5 and counted.by_outcome[OUT.REFUSED] == 2
    assert (counted.decided_in_time, counted.decided_late, counted.pending) == (8, 2, 0)
    assert counted.median_days == 5.5  # 1 2 4 4 4 | 7 10 11 14 17
    assert counted.longest_days == 17
    assert (counted.complaints, counted.court_cases, counted.cost_cents) == (2, 1, 250)
    assert counted.refused_by_ground == {"national_security": 1, "privacy": 1, "commercial": 1}


def test_a_date_range_across_the_new_year(register):
    counted = register.counted(date(2025, 12, 15), date(2026, 1, 5))
    assert counted.received == 3
    assert counted.pending == 2
    assert counted.overdue_open == 1  # the one waiting for its clarification is not deemed refused
    assert (counted.decided_in_time, counted.decided_late) == (1, 0)
    assert counted.by_type[T.OTHER] == 1  # the anonymous oral request


def test_an_empty_period_counts_nothing(register):
    counted = register.counted(date(2023, 1, 1), date(2023, 12, 31))
    assert counted.received == counted.pending == counted.decided == 0
    assert counted.median_days is None and counted.longest_days is None
    assert counted.refused_by_ground == {} and counted.complaint_outcomes == {}


def test_the_figures_hold_no_personal_data(register):
    text = repr(register.counted(date(2024, 1, 1), date(2026, 12, 31)))
    for name in ("Arta Gashi", "Radio Kaçanik", "Đorđe Petrović", "Blerta Kelmendi", "Buxheti", "Harta kadastrale"):
        assert name not in text


def test_in_time_and_late_agree_with_the_days_late_of_the_list(register):
    """The report counts decisions against the stored deadline; the list computes days late afresh: they agree."""
    rows = register.page(RequestFilter(year=2025), ListSort("reference"), 0, 100)
    decisions = [row for row in rows if row.outcome in (OUT.GRANTED, OUT.PARTIAL, OUT.REFUSED, OUT.NOT_HELD)]
    late = sorted(row.reference for row in decisions if row.days_late > 0)
    assert late == ["2025/003", "2025/009", "2025/012", "2025/016", "2025/019"]
    counted = register.counted(date(2025, 1, 1), date(2025, 12, 31))
    assert counted.decided_late == len(late)


def test_a_request_decided_through_the_form_counts_as_the_imported_ones(register):
    register.create(
        RequestInput(
            received_at=datetime(2025, 12, 29, 9, 0),
            subject="Vendimet e kuvendit",
            requester_name="Ilir Zeqiri",
            outcome=OUT.GRANTED,
            decided_on=date(2026, 1, 15),  # deadline 05.01.2026 (Monday): ten days late
        )
    )
    counted = register.counted(date(2025, 1, 1), date(2025, 12, 31))
    assert (counted.received, counted.decided_late, counted.longest_days) == (27, 6, 17)


def test_a_period_ending_before_it_begins_is_refused(register):
    from commsdesk.errors import ValidationError

    with pytest.raises(ValidationError, match="ends before it begins"):
        register.counted(date(2025, 12, 31), date(2025, 1, 1))


@pytest.mark.parametrize(
    ("values", "expected"),
    [([], None), ([4], 4), ([1, 9], 5), ([3, 1, 2], 2), ([1, 2, 4, 4, 4, 7, 10, 11, 14, 17], 5.5), ([5] * 4, 5)],
)
def test_the_median_of_counted_days(values, expected):
    from collections import Counter

    from commsdesk.services.requests.statistics import median

    assert median(Counter(values)) == expected
