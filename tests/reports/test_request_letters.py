"""A request's standard letters as the requester reads them: the PDF on the letterhead and the `.eml` draft, in
Albanian, Serbian and English, over a real database."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from email import policy
from email.parser import BytesParser

import pytest
from pypdf import PdfReader

from commsdesk.domain.office import Profile
from commsdesk.domain.request_letters import LetterKind
from commsdesk.domain.requests import RequestOutcome, RequestStatus, StepKind
from commsdesk.errors import UserError, ValidationError
from commsdesk.services.requests import RequestInput, RequestsService
from tests.helpers import TRICKY, pdf_text

NOW = datetime(2026, 11, 30, 9, 30)  # the letters' date: not one of the dates they name
RECEIVED = datetime(2026, 11, 20, 10, 15)  # a Friday: 7 calendar days → Friday 27.11
NASTY = f"{TRICKY} \"citat\" 'apostrof' 😀 {{deadline}} {{rok}} }}{{"
AGENCY = {
    "sq": "Agjencinë për Informim dhe Privatësi",
    "sr": "Agenciji za informisanje i privatnost",
    "en": "Information and Privacy Agency",
}
FIFTEEN_DAYS = {"sq": "brenda 15 ditëve", "sr": "u roku od 15 dana", "en": "within 15 days"}
THIRTY_DAYS = {"sq": "brenda 30 ditëve", "sr": "u roku od 30 dana", "en": "within 30 days"}
PRIVACY = {
    "sq": "privatësia dhe interesa të tjera legjitime private",
    "sr": "privatnost i drugi legitimni privatni interesi",
    "en": "privacy and other legitimate private interests",
}
DECIDED = date(2026, 11, 26)

# A request in the state each letter needs.
STATES = {
    LetterKind.RECEIPT: {},
    LetterKind.CLARIFICATION: {
        "clarification_asked": date(2026, 11, 23),
        "status": RequestStatus.AWAITING_CLARIFICATION,
    },
    LetterKind.EXTENSION: {
        "extended_on": date(2026, 11, 25),
        "extension_reason": "Dokumentet janë në arkivin qendror.",
    },
    LetterKind.FORWARDING: {"outcome": RequestOutcome.FORWARDED, "forwarded_to": "Ministria e Financave, Prishtinë"},
    LetterKind.GRANTED: {"outcome": RequestOutcome.GRANTED, "decided_on": DECIDED, "cost_cents": 1250},
    LetterKind.PARTIAL: {
        "outcome": RequestOutcome.PARTIAL,
        "decided_on": DECIDED,
        "refusal_ground": "privacy",
        "harm_test": "Emrat e punëtorëve do të zbuloheshin.",
        "public_interest_test": "Interesi publik është te shumat, jo te emrat.",
        "withheld": "Emrat dhe numrat personalë të punëtorëve.",
    },
    LetterKind.REFUSAL: {
        "outcome": RequestOutcome.REFUSED,
        "decided_on": DECIDED,
        "refusal_ground": "privacy",
        "harm_test": "Të dhënat shëndetësore të një personi.",
        "public_interest_test": "Nuk ka interes publik që e tejkalon dëmin.",
    },
    LetterKind.READY: {"outcome": RequestOutcome.GRANTED, "decided_on": DECIDED},
}


@pytest.fixture
def office(services):
    services.office.save_profile(
        Profile(
            institution_names={"sq": "Komuna e Kaçanikut", "sr": "Opština Kačanik", "en": "Municipality of Kaçanik"},
            municipality="Kaçanik",
            address="Rr. Adem Jashari, 71000 Kaçanik",
            phone="+383 290 380 000",
            email="info@kacanik.example",
            website="kacanik.example",
            officer_name="Arbëresha Çeku",
        )
    )
    return services.office


@pytest.fixture
def letters(services, office):
    return RequestsService(services.database, now=lambda: NOW)


def register(service: RequestsService, language: str = "sq", **changes) -> int:
    values = {
        "received_at": RECEIVED,
        "subject": "Kontrata për ndriçimin publik 2025",
        "requester_name": "Drita Berisha",
        "requester_address": "Rr. Nëna Terezë 12\n10000 Prishtinë\ndrita.berisha@example.org",
        "requester_language": language,
        **changes,
    }
    if values.get("outcome") is not None:
        values.setdefault("status", values["outcome"].status)
    return service.create(RequestInput(**values))


def words(path) -> str:
    """The PDF's text with its line breaks read as spaces, as a reader takes a wrapped paragraph."""
    return " ".join(pdf_text(path).split())


def read_eml(path):
    with open(path, "rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)


def eml_text(message) -> str:
    return message.get_body(("plain",)).get_content()


EXPECTED = {  # what each letter must say besides its number and registration date, per language
    LetterKind.RECEIPT: lambda lang: [{"sq": "më 27.11.2026", "sr": "do 27.11.2026", "en": "than 27.11.2026"}[lang]],
    LetterKind.CLARIFICATION: lambda lang: ["30.11.2026"],  # the letter's date: the clock stands still from it
    LetterKind.EXTENSION: lambda lang: ["27.11.2026", "14.12.2026", "Dokumentet janë në arkivin qendror"],
    LetterKind.FORWARDING: lambda lang: ["Ministria e Financave, Prishtinë"],
    LetterKind.GRANTED: lambda lang: ["26.11.2026", "€12.50" if lang == "en" else "12,50 €"],
    LetterKind.PARTIAL: lambda lang: [
        "26.11.2026",
        PRIVACY[lang],
        "Emrat e punëtorëve do të zbuloheshin.",
        "Interesi publik është te shumat, jo te emrat.",
        "Emrat dhe numrat personalë të punëtorëve.",
        AGENCY[lang],
        FIFTEEN_DAYS[lang],
        THIRTY_DAYS[lang],
    ],
    LetterKind.REFUSAL: lambda lang: [
        "26.11.2026",
        PRIVACY[lang],
        "Të dhënat shëndetësore të një personi.",
        "Nuk ka interes publik që e tejkalon dëmin.",
        AGENCY[lang],
        FIFTEEN_DAYS[lang],
        THIRTY_DAYS[lang],
    ],
    LetterKind.READY: lambda lang: ["26.11.2026"],
}
TITLE_WORD = {"sq": "Lënda:", "sr": "Predmet:", "en": "Subject:"}


@pytest.mark.parametrize("language", ["sq", "sr", "en"])
@pytest.mark.parametrize("kind", list(LetterKind), ids=str)
def test_each_letter_reads_back_with_number_dates_and_deadline_in_pdf_and_eml(letters, tmp_path, kind, language):
    request_id = register(letters, language, **STATES[kind])
    assert kind in letters.letter_kinds_for(request_id)
    name = letters.letter_file_name(request_id, kind, None, ".pdf")
    pdf = letters.write_letter(request_id, kind, tmp_path / name)
    eml = letters.write_letter(request_id, kind, tmp_path / name.replace(".pdf", ".eml"))
    institution = {"sq": "Komuna e Kaçanikut", "sr": "Opština Kačanik", "en": "Municipality of Kaçanik"}[language]
    number = {"sq": "Nr. 2026/001", "sr": "Br. 2026/001", "en": "No. 2026/001"}[language]
    wanted = ["2026/001", "20.11.2026", *EXPECTED[kind](language)]

    text = words(pdf)
    for expected in [*wanted, institution, number, "Kaçanik, 30.11.2026", TITLE_WORD[language], "Drita Berisha"]:
        assert expected in text, expected
    assert "06/L-081" in text

    message = read_eml(eml)
    body = " ".join(eml_text(message).split())
    for expected in [*wanted, institution, "Arbëresha Çeku"]:
        assert expected in body, expected
    assert message["To"] == "drita.berisha@example.org"
    assert message["From"].addresses[0].addr_spec == "info@kacanik.example"
    assert message["From"].addresses[0].display_name == institution
    assert "2026/001" in message["Subject"] and message["X-Unsent"] == "1"
    attached = [part for part in message.iter_attachments()]
    assert [part.get_filename() for part in attached] == [name]
    assert attached[0].get_content_type() == "application/pdf"

    steps = [step for step in letters.details(request_id).history if step.kind is StepKind.LETTER]
    assert [step.note for step in steps] == [kind.value, kind.value]
    assert steps[0].text() == f"Letter written: {kind.label()}"


@pytest.mark.parametrize("language", ["sq", "sr", "en"])
def test_the_refusal_names_the_ground_and_the_complaint_route_to_the_agency(letters, tmp_path, language):
    request_id = register(letters, language, **STATES[LetterKind.REFUSAL])
    text = words(letters.write_letter(request_id, LetterKind.REFUSAL, tmp_path / "r.pdf"))
    refused = {"sq": "Refuzohet kërkesa", "sr": "Odbija se zahtev", "en": "is refused"}[language]
    court = {"sq": "konflikt administrativ", "sr": "upravni spor", "en": "administrative dispute"}[language]
    for expected in (refused, PRIVACY[language], AGENCY[language], FIFTEEN_DAYS[language], court):
        assert expected in text


def test_an_urgent_request_names_the_hour_of_its_deadline(letters, tmp_path):
    request_id = register(letters, "en", urgent=True, urgent_reason="A person's liberty")
    text = words(letters.write_letter(request_id, LetterKind.RECEIPT, tmp_path / "r.pdf"))
    assert "no later than 22.11.2026 10:15" in text


def test_nasty_text_is_printed_as_typed_in_the_pdf_and_the_eml(letters, tmp_path):
    request_id = register(
        letters,
        "sr",
        subject=NASTY,
        requester_name='Đorđe "Đoka" Čačak & <Žika>',
        requester_address="<script>alert(1)</script> & Ćuprija; djordje@example.org",
        **{**STATES[LetterKind.REFUSAL], "harm_test": f"<b>{NASTY}</b>"},
    )
    pdf = letters.write_letter(request_id, LetterKind.REFUSAL, tmp_path / "r.pdf")
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert NASTY in flat and f"<b>{NASTY}</b>" in flat
    assert 'Đorđe "Đoka" Čačak & <Žika>' in text and "<script>alert(1)</script> & Ćuprija;" in text
    message = read_eml(letters.write_letter(request_id, LetterKind.REFUSAL, tmp_path / "r.eml"))
    body = eml_text(message)
    assert NASTY in body and f"<b>{NASTY}</b>" in body
    assert message["To"] == "djordje@example.org"


def test_an_anonymised_request_still_gets_its_letters_without_a_name(letters, tmp_path):
    request_id = register(letters, "sq", **STATES[LetterKind.GRANTED])
    letters.anonymise(request_id)
    text = words(letters.write_letter(request_id, LetterKind.GRANTED, tmp_path / "g.pdf"))
    assert "Drita" not in text and "Prishtinë" not in text
    assert "2026/001" in text and "Lejohet qasja" in text
    message = read_eml(letters.write_letter(request_id, LetterKind.GRANTED, tmp_path / "g.eml"))
    assert message["To"] == "info@kacanik.example"  # no address left: the draft goes to the office itself
    assert "Drita" not in eml_text(message)


def test_every_font_of_a_letter_is_embedded(letters, tmp_path):
    request_id = register(letters, "sr", subject=NASTY, **STATES[LetterKind.PARTIAL])
    pdf = letters.write_letter(request_id, LetterKind.PARTIAL, tmp_path / "p.pdf")
    fonts = [f.get_object() for page in PdfReader(str(pdf)).pages for f in page["/Resources"]["/Font"].values()]
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    listed = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert listed and all(line.split()[-5] == "yes" for line in listed), listed


def test_the_letters_a_request_can_have_follow_its_state(letters):
    granted = register(letters, **STATES[LetterKind.GRANTED])
    assert letters.letter_kinds_for(granted) == [
        LetterKind.RECEIPT,
        LetterKind.CLARIFICATION,
        LetterKind.GRANTED,
        LetterKind.READY,
    ]
    with pytest.raises(ValidationError, match="does not fit"):
        letters.letter(granted, LetterKind.REFUSAL)


def test_a_letter_is_a_pdf_or_an_eml_and_a_failed_write_leaves_no_step(letters, tmp_path):
    request_id = register(letters)
    with pytest.raises(ValidationError, match=r"not \.docx"):
        letters.write_letter(request_id, LetterKind.RECEIPT, tmp_path / "r.docx")
    with pytest.raises(UserError, match="does not exist"):
        letters.write_letter(request_id, LetterKind.RECEIPT, tmp_path / "missing" / "r.pdf")
    assert not [step for step in letters.details(request_id).history if step.kind is StepKind.LETTER]


def test_an_eml_needs_the_offices_address(letters, office, tmp_path):
    office.save_profile(office.profile().with_changes(email=""))
    request_id = register(letters)
    with pytest.raises(ValidationError, match="Office profile"):
        letters.write_letter(request_id, LetterKind.RECEIPT, tmp_path / "r.eml")
    assert not (tmp_path / "r.eml").exists()


def test_the_offices_own_wording_is_used_and_reset_brings_back_the_shipped_one(letters, tmp_path):
    request_id = register(letters, "sr")
    shipped = letters.letter_template(LetterKind.RECEIPT, "sr")
    assert not shipped.edited
    own = "Poštovani,\n\nVaš zahtev {number} od {received} rešavamo do {deadline}. Hvala & <pozdrav>!"
    saved = letters.save_letter_template(LetterKind.RECEIPT, "sr", own)
    assert saved.edited and saved.text == own
    assert letters.letter_template(LetterKind.RECEIPT, "sq").edited is False
    text = words(letters.write_letter(request_id, LetterKind.RECEIPT, tmp_path / "own.pdf"))
    assert "Vaš zahtev 2026/001 od 20.11.2026 rešavamo do 27.11.2026. Hvala & <pozdrav>!" in text

    reset = letters.reset_letter_template(LetterKind.RECEIPT, "sr")
    assert reset == shipped
    assert letters.save_letter_template(LetterKind.RECEIPT, "sr", shipped.text + "\n").edited is False
    text = words(letters.write_letter(request_id, LetterKind.RECEIPT, tmp_path / "shipped.pdf"))
    assert "Potvrđujemo da je Vaš zahtev" in text
    assert len(letters.letter_templates()) == len(LetterKind) * 3


def test_a_template_with_an_unknown_placeholder_is_refused_and_nothing_is_stored(letters):
    with pytest.raises(ValidationError) as refused:
        letters.save_letter_template(LetterKind.EXTENSION, "sq", "Afati i ri: {afati_ri}.")
    assert "{afati_ri}" in str(refused.value)
    assert not letters.letter_template(LetterKind.EXTENSION, "sq").edited
    with pytest.raises(ValidationError, match="not tr"):
        letters.save_letter_template(LetterKind.EXTENSION, "tr", "Metin {number}")


def test_a_stored_template_that_no_longer_checks_still_renders(letters, office, tmp_path):
    office.set_setting("request_letter_templates", {"receipt": {"en": "No. {number} {unknown} {{ {deadline"}})
    request_id = register(letters, "en")
    text = words(letters.write_letter(request_id, LetterKind.RECEIPT, tmp_path / "r.pdf"))
    assert "No. 2026/001 {unknown} {{ {deadline" in text


def test_a_long_letter_runs_over_pages_with_the_letterhead_and_page_numbers_on_each(letters, tmp_path):
    long_test = " ".join(["Inspektimi është ende në procedurë dhe zbulimi do ta pengonte atë."] * 120)
    address = "\n".join(f"Rreshti {number} i adresës" for number in range(1, 81))
    request_id = register(
        letters, "sq", requester_address=address, **{**STATES[LetterKind.REFUSAL], "harm_test": long_test}
    )
    pdf = letters.write_letter(request_id, LetterKind.REFUSAL, tmp_path / "long.pdf")
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(pdf)).pages]
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "Komuna e Kaçanikut" in text and f"Faqja {number} nga {len(pages)}" in text
    assert "Rreshti 80 i adresës" in " ".join(pages) and "Arbëresha Çeku" in pages[-1]
