"""The standard letters' rules without a database: the shipped wording, placeholders, rendering, file names."""

from __future__ import annotations

import re

import pytest

from commsdesk.domain.request_letter_texts import DEFAULT_TEMPLATES, GROUNDS, TITLES
from commsdesk.domain.request_letters import (
    LETTER_LANGUAGES,
    PLACEHOLDERS,
    LetterKind,
    check_template,
    letter_blocks,
    letter_file_name,
    letter_kinds,
    placeholder_descriptions,
    render,
    stored_overrides,
    unknown_placeholders,
)
from commsdesk.domain.requests import RefusalGround, RequestOutcome
from commsdesk.errors import ValidationError

EVERY = [(kind, code) for kind in LetterKind for code in LETTER_LANGUAGES]
AGENCY = {
    "sq": "Agjencinë për Informim dhe Privatësi",
    "sr": "Agenciji za informisanje i privatnost",
    "en": "Information and Privacy Agency",
}
LAW = {
    "sq": " Nr. 06/L-081 për Qasje në Dokumente Publike",  # Ligjit, Ligjin: the case follows the sentence
    "sr": " br. 06/L-081 o pristupu javnim dokumentima",  # Zakona, Zakonom: the case follows the sentence
    "en": "Law No. 06/L-081 on Access to Public Documents",
}


@pytest.mark.parametrize(("kind", "language"), EVERY, ids=lambda value: str(value))
def test_every_shipped_template_is_valid_cites_the_law_and_has_a_title(kind, language):
    text = DEFAULT_TEMPLATES[language][kind.value]
    assert check_template(text) == text
    assert LAW[language] in text
    assert "{number}" in text and "{received}" in text
    assert TITLES[language][kind.value]


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
@pytest.mark.parametrize("kind", [LetterKind.REFUSAL, LetterKind.PARTIAL])
def test_limiting_decisions_state_ground_tests_and_the_complaint_route(kind, language):
    text = DEFAULT_TEMPLATES[language][kind.value]
    for placeholder in ("{ground}", "{harm_test}", "{public_interest_test}"):
        assert placeholder in text
    assert AGENCY[language] in text
    assert re.search(r"\b15\b", text) and re.search(r"\b30\b", text)
    if kind is LetterKind.PARTIAL:
        assert "{withheld}" in text


@pytest.mark.parametrize("language", LETTER_LANGUAGES)
def test_each_notice_says_what_its_kind_must_say(language):
    texts = DEFAULT_TEMPLATES[language]
    assert "{deadline}" in texts["receipt"]
    assert "{new_deadline}" in texts["extension"] and "{extension_reason}" in texts["extension"]
    assert "{forwarded_to}" in texts["forwarding"]
    paused = {"sq": "pezullohet", "sr": "miruje", "en": "suspended"}[language]
    assert paused in texts["clarification"]
    assert "{cost}" in texts["ready"]


def test_every_refusal_ground_has_a_name_in_every_language_and_every_placeholder_a_description():
    for code in LETTER_LANGUAGES:
        assert set(GROUNDS[code]) == {ground.value for ground in RefusalGround}
    assert list(placeholder_descriptions()) == list(PLACEHOLDERS)


def test_render_fills_known_placeholders_once_and_leaves_everything_else_as_written():
    values = {"number": "2026/003", "subject": "Budget {deadline} & <b>x</b>", "deadline": "27.11.2026"}
    text = "Nr. {number}: {subject} by {deadline}; {unknown} { lone brace }} {{number}} {"
    assert render(text, values) == (
        "Nr. 2026/003: Budget {deadline} & <b>x</b> by 27.11.2026; {unknown} { lone brace }} {2026/003} {"
    )


@pytest.mark.parametrize("text", ["Afati: {afati}.", "Nr. {number:03d}", "{Number}", "{}"])
def test_a_template_with_an_unknown_placeholder_is_refused_naming_it(text):
    with pytest.raises(ValidationError) as refused:
        check_template(text)
    named = unknown_placeholders(text)[0]
    assert f"unknown placeholder: {named}" in str(refused.value)
    assert refused.value.field == "text"


def test_a_lone_brace_is_text_and_an_empty_template_is_refused():
    assert check_template("Kllapa { e vetme,\nnjë } tjetër\x00") == "Kllapa { e vetme,\nnjë } tjetër"
    with pytest.raises(ValidationError, match=re.escape("unknown placeholder: { e vetme }")):
        check_template("Kllapa { e vetme } në një rresht")
    with pytest.raises(ValidationError, match="needs some text"):
        check_template(" \n\t ")


def test_blocks_make_headings_of_short_lines_and_drop_lines_left_empty():
    template = "VENDIM\n\nArsyetim\n\nMe respekt,\n\n{officer}\n{institution}\n\nTesti: {harm_test}"
    blocks = letter_blocks(template, {"officer": "", "institution": "Komuna", "harm_test": "a\nb"})
    assert [(block.style, block.text) for block in blocks] == [
        ("title", "VENDIM"),
        ("heading", "Arsyetim"),
        ("text", "Me respekt,"),
        ("text", "Komuna"),
        ("text", "Testi: a\nb"),
    ]


def test_file_names_are_in_the_letters_language_and_safe_on_windows():
    assert letter_file_name("2026/003", LetterKind.RECEIPT, "sq", ".pdf") == "kerkesa-2026-003-konfirmim-pranimi.pdf"
    assert letter_file_name("2026/003", LetterKind.FORWARDING, "sr", ".eml") == (
        "zahtev-2026-003-obavestenje-o-prosledjivanju.eml"
    )
    assert letter_file_name("2026/003", LetterKind.REFUSAL, "en", "pdf") == "request-2026-003-refusal.pdf"
    odd = letter_file_name('ZKM\\Đ:2026/"003"*?<>|', LetterKind.PARTIAL, "sq", ".PDF")
    assert odd == "kerkesa-zkm-dj-2026-003-vendim-qasje-e-pjesshme.pdf"
    assert re.fullmatch(r"[a-z0-9.-]+", odd)


def test_the_letters_that_fit_a_request_follow_its_outcome_and_extension():
    always = [LetterKind.RECEIPT, LetterKind.CLARIFICATION]
    assert letter_kinds(None, False) == always
    assert letter_kinds(None, True) == [*always, LetterKind.EXTENSION]
    assert letter_kinds(RequestOutcome.GRANTED, False) == [*always, LetterKind.GRANTED, LetterKind.READY]
    assert letter_kinds(RequestOutcome.PARTIAL, True) == [
        *always,
        LetterKind.EXTENSION,
        LetterKind.PARTIAL,
        LetterKind.READY,
    ]
    assert letter_kinds(RequestOutcome.REFUSED, False) == [*always, LetterKind.REFUSAL]
    assert letter_kinds(RequestOutcome.FORWARDED, False) == [*always, LetterKind.FORWARDING]
    assert letter_kinds(RequestOutcome.NOT_HELD, False) == always


def test_stored_wording_that_makes_no_sense_is_ignored():
    stored = {
        "receipt": {"sq": "Teksti {number}", "tr": "Metin", "sr": 5, "en": "  "},
        "nonsense": {"sq": "x"},
        "refusal": "not a mapping",
    }
    assert stored_overrides(stored) == {"receipt": {"sq": "Teksti {number}"}}
    assert stored_overrides(None) == {} and stored_overrides(["receipt"]) == {}
