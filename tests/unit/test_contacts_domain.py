"""The rules of the contact list that need no database: names, e-mails, phones, vocabularies in every language."""

import pytest

from commsdesk.domain.contacts import (
    Audience,
    OutletType,
    Reach,
    audience_of_name,
    is_valid_email,
    language_code,
    names_similar,
    phone_digits,
    phone_search_forms,
    split_full_name,
)
from commsdesk.domain.text import fold
from commsdesk.services.contacts.records import quick_fold, search_key_of


@pytest.mark.parametrize(
    "address, valid",
    [
        ("blerim.krasniqi@rtk.example", True),
        ("ana+press@koha-ditore.example", True),
        ("đorđe@radiokim.example", True),
        ("no-at-sign.example", False),
        ("two@@signs.example", False),
        ("space in@name.example", False),
        ("missing@tld", False),
        ("dots..twice@x.example", False),
        ("", False),
    ],
)
def test_email_addresses_are_checked(address, valid):
    assert is_valid_email(address) is valid


def test_phone_numbers_written_nationally_or_internationally_compare_equal():
    assert phone_digits("+383 44 123 456") == phone_digits("044 123 456") == phone_digits("00383 44/123-456")
    assert phone_digits("+41 79 123 45 67") == "41791234567"
    assert "044123456" in phone_search_forms("+383 44 123 456")


def test_quick_fold_agrees_with_fold_on_every_letter_and_in_context():
    for text in ("Djordje Radio KIM", "Čačak", "Kaçanik", "ĐORĐE", "ÆSIR ß", "İstanbul ΣΑΣ", "Zë 😀 <b>&</b>"):
        assert quick_fold(text) == fold(text), text
    for code in range(0x80, 0x3000):
        text = f"xD{chr(code)}Jy {chr(code).upper()}dj"
        assert quick_fold(text) == fold(text), hex(code)


def test_the_search_key_holds_name_organisation_emails_phones_and_notes_folded():
    key = search_key_of(
        "Đorđe", "Čačak", "Novinar", "Radio Kaçaniku", ["DJ@X.example"], ["+383 44 123 456"], "", "Zvečan"
    )
    for part in ("dorde", "cacak", "kacaniku", "d@x.example", "38344123456", "044123456", "zvecan", "novinar"):
        assert part in key


@pytest.mark.parametrize(
    "first, second, similar",
    [
        (("Đorđe", "Čačak"), ("Djordje", "Cacak"), True),
        (("Blerim", "Krasniqi"), ("Krasniqi", "Blerim"), True),
        (("Vjosa", "Berisha"), ("Vjosa", "Berishа"), True),  # a Cyrillic а typed by mistake
        (("Vjosa", "Berisha"), ("Vjosë", "Berisha"), True),
        (("Arben", "Hoxha"), ("Teuta", "Rexhepi"), False),
        (("Ana", "Petrović"), ("Ivana", "Petković"), False),
        (("", ""), ("", ""), False),
    ],
)
def test_similar_names_ignore_case_accents_order_and_small_typos(first, second, similar):
    assert names_similar(first, second) is similar


def test_full_names_split_the_way_people_write_them():
    assert split_full_name("Đorđe Čačak") == ("Đorđe", "Čačak")
    assert split_full_name("Čačak, Đorđe") == ("Đorđe", "Čačak")
    assert split_full_name("Ana Maria  Lindqvist") == ("Ana Maria", "Lindqvist")
    assert split_full_name("Madonna") == ("Madonna", "")


def test_vocabularies_are_recognised_in_every_language():
    assert OutletType.parse("Gazetë") is OutletType.NEWSPAPER
    assert OutletType.parse("newspaper") is OutletType.NEWSPAPER
    assert Reach.parse("Lokalni") is Reach.LOCAL
    assert Reach.parse("kombëtar") is Reach.NATIONAL
    assert OutletType.parse("Zeppelin") is None
    assert audience_of_name("Mediat") == audience_of_name("Mediji") == audience_of_name("media") == "media"
    assert audience_of_name("Diaspora") == Audience.DIASPORA.value
    assert audience_of_name("Friends of the mayor") is None


def test_languages_are_recognised_by_code_or_by_name():
    assert language_code("Shqip") == language_code("albanian") == language_code("SQ") == "sq"
    assert language_code("Srpski") == language_code("serbisht") == "sr"
    assert language_code("Klingon") is None
