"""The plain rules of press releases: the body's HTML subset, file names, reference formats, the workflow."""

import pytest

from commsdesk.domain.release_body import body_text, clean_body, count_text, paragraphs, text_to_body
from commsdesk.domain.releases import (
    ReleaseStatus,
    attachment_kind,
    check_reference_format,
    check_transition,
    clean_file_name,
    format_reference,
    split_tags,
    version_for,
)
from commsdesk.errors import ValidationError
from commsdesk.services.releases import fts_query

WORD_PASTE = (
    "<html><head><style>p {color:red}</style><script>alert(1)</script></head><body>"
    '<p class="MsoNormal" style="font-family:Calibri"><span style="font-weight:700">Kaçanik</span>, '
    '<a href="http://x">link</a> <em>Čačak</em> <img src="x" onerror="y"> <u>under</u></p>'
    "<ol><li>one</li><li>two</li></ol><table><tr><td>cell</td></tr></table><p></p></body></html>"
)


def test_pasted_html_is_reduced_to_paragraphs_bold_italic_and_lists():
    assert clean_body(WORD_PASTE) == (
        "<p><b>Kaçanik</b>, link <i>Čačak</i> under</p><ul><li>one</li><li>two</li></ul><p>cell</p>"
    )


def test_text_that_looks_like_markup_stays_text():
    body = text_to_body('Tom & Jerry <b>„Kaçanik"</b> – Đakovica')
    assert body == '<p>Tom &amp; Jerry &lt;b&gt;„Kaçanik"&lt;/b&gt; – Đakovica</p>'
    assert body_text(body) == 'Tom & Jerry <b>„Kaçanik"</b> – Đakovica'
    assert clean_body(body) == body


def test_plain_text_becomes_paragraphs_line_breaks_and_bullets():
    body = text_to_body("First line\nsecond line\n\n- one\n- two\n\nLast")
    assert body == "<p>First line<br>second line</p><ul><li>one</li><li>two</li></ul><p>Last</p>"
    assert paragraphs(body) == ["First line\nsecond line", "one", "two", "Last"]
    assert body_text(body) == "First line\nsecond line\n\n• one\n• two\n\nLast"


def test_words_and_characters_are_counted_like_a_reader_would():
    counts = count_text("Komuna e Kaçanikut, 1.250.000 €.\nPër-shembull")
    assert counts.words == 5
    assert counts.characters == len("Komuna e Kaçanikut, 1.250.000 €.Për-shembull")


@pytest.mark.parametrize(
    ("name", "cleaned"),
    [
        ("..\\..\\evil.exe", "evil.exe"),
        ("../../etc/passwd", "passwd"),
        ("CON.txt", "_CON.txt"),
        ("lpt1", "_lpt1"),
        ("a<b>:c|d?.jpg", "a_b__c_d_.jpg"),
        ("...", "attachment"),
        ("  foto ë.JPG. ", "foto ë.JPG"),
        ("x" * 300 + ".pdf", "x" * 146 + ".pdf"),
    ],
)
def test_file_names_are_cleaned_for_every_system(name, cleaned):
    assert clean_file_name(name) == cleaned


def test_attachment_kinds_come_from_the_extension():
    assert attachment_kind("IMG_001.JPG").value == "photo"
    assert attachment_kind("intervista.mp3").value == "audio"
    assert attachment_kind("video.MP4").value == "video"
    assert attachment_kind("vendimi.pdf").value == "document"


def test_reference_format_needs_year_and_number():
    check_reference_format("{year}/{number:03d}")
    assert format_reference("KK-{number:04d}/{year}", 2026, 14) == "KK-0014/2026"
    for bad in ("{number}", "{year}-{number}-{x}", "{year/{number}", "{year}/{number:zz}"):
        with pytest.raises(ValidationError):
            check_reference_format(bad)


def test_the_workflow_allows_only_its_own_steps():
    check_transition(ReleaseStatus.DRAFT, ReleaseStatus.FOR_APPROVAL)
    check_transition(ReleaseStatus.DISTRIBUTED, ReleaseStatus.WITHDRAWN)
    with pytest.raises(ValidationError):
        check_transition(ReleaseStatus.DRAFT, ReleaseStatus.DISTRIBUTED)
    with pytest.raises(ValidationError):
        check_transition(ReleaseStatus.WITHDRAWN, ReleaseStatus.DRAFT)


def test_a_contact_gets_their_language_else_the_first_available():
    assert version_for("sr", ["sq", "sr"], ["sq", "sr", "en"]) == "sr"
    assert version_for("tr", ["sr", "en"], ["sq", "sr", "en"]) == "sr"


def test_tags_are_split_on_commas_and_semicolons_without_repeats():
    assert split_tags("buxhet; dëgjim publik, Buxhet ,, ") == ["buxhet", "dëgjim publik"]


def test_search_words_become_folded_prefix_queries():
    assert fts_query("Čačak  Đorđe") == '"cacak"* "dorde"*'
    assert fts_query(' "*" - ') is None
