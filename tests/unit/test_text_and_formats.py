from datetime import date, datetime

import pytest

from commsdesk.domain.text import fold, search_key
from commsdesk.i18n import format_date, format_datetime, format_money, parse_date


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("cacak", "Čačak"), ("kacanik", "Kaçanik"), ("dorde", "Đorđe"), ("djordje", "Đorđe"), ("SHQIPERI", "Shqipëri")],
)
def test_fold_lets_plain_letters_find_accented_names(typed, stored):
    assert fold(typed) in fold(stored)


def test_fold_keeps_different_words_apart():
    assert fold("Čačak") != fold("Čačka") and fold("") == "" and fold(None) == ""


def test_search_key_separates_parts_so_words_do_not_run_together():
    assert "an | ana" in search_key("An", "Ana") and "nana" not in search_key("An", "Ana")


def test_dates_are_written_day_month_year_with_dots():
    assert format_date(date(2026, 3, 5)) == "05.03.2026"
    assert format_datetime(datetime(2026, 3, 5, 14, 7)) == "05.03.2026 14:07"
    assert format_date(None) == ""


def test_parse_date_reads_what_format_date_writes_and_rejects_other_forms():
    assert parse_date("5.3.2026") == date(2026, 3, 5)
    assert parse_date(format_date(date(2026, 12, 31))) == date(2026, 12, 31)
    for bad in ("2026-03-05", "31.02.2026", "05.03.26", "abc"):
        with pytest.raises(ValueError):
            parse_date(bad)


@pytest.mark.parametrize(
    ("cents", "language", "text"),
    [
        (123456, "sq", "1.234,56 €"),
        (123456, "sr", "1.234,56 €"),
        (123456, "en", "€1,234.56"),
        (0, "sq", "0,00 €"),
        (-5, "sq", "-0,05 €"),
        (390000, "sq", "3.900,00 €"),
    ],
)
def test_money_is_written_the_way_each_language_writes_it(cents, language, text):
    assert format_money(cents, language) == text
