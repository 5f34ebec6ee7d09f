from datetime import date

import pytest

from commsdesk.domain.plan import Frequency, frequency_from_text
from commsdesk.domain.timeframe import overlaps, parse_timeframe, quarter_range


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("nëntor 2023", date(2023, 11, 1), date(2023, 11, 30)),
        ("mars–qershor 2023", date(2023, 3, 1), date(2023, 6, 30)),
        ("februar 2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("Q2 2023", date(2023, 4, 1), date(2023, 6, 30)),
        ("15.03.2023 - 30.04.2023", date(2023, 3, 15), date(2023, 4, 30)),
    ],
)
def test_timeframes_as_plans_write_them_become_date_ranges(text, start, end):
    assert parse_timeframe(text) == (start, end)


@pytest.mark.parametrize("text", ["", "sipas nevojës", "qershor–mars 2023", "31.02.2023", "Q5 2023"])
def test_unclear_timeframes_give_no_range(text):
    assert parse_timeframe(text) is None


def test_march_to_june_falls_in_the_first_and_second_quarter_only():
    start, end = parse_timeframe("mars–qershor 2023")
    hits = [q for q in range(1, 5) if overlaps(start, end, *quarter_range(2023, q))]
    assert hits == [1, 2]


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        ("Në baza javore", Frequency.WEEKLY),
        ("Në baza tremujore", Frequency.QUARTERLY),
        ("Dy herë në vit", Frequency.TWICE_A_YEAR),
        ("Para secilës seancë dhe sipas nevojës", Frequency.BEFORE_EACH_SESSION),
        ("Gjatë gjithë kohës", Frequency.CONTINUOUSLY),
        ("Sipas rastit", Frequency.AS_NEEDED),
        ("kur të mundemi", Frequency.OTHER),
    ],
)
def test_frequency_wording_is_recognised(text, frequency):
    assert frequency_from_text(text) is frequency
