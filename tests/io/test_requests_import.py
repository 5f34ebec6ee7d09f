"""Bringing the old register of document requests in, and the register out: CSV and XLSX, headers in English,
Albanian or Serbian, a file taken whole or not at all with every bad row named, nothing added twice, and an export
that imports again as it was."""

import csv
import os
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from commsdesk.domain.request_records import EXPORT_COLUMNS
from commsdesk.domain.requests import RefusalGround, RequestChannel, RequesterType, RequestOutcome, RequestStatus
from commsdesk.errors import ValidationError
from commsdesk.i18n import LANGUAGES
from commsdesk.io.bounded_files import MIB
from commsdesk.io.requests_columns import _HEADER_ALIASES, folded, header_in
from commsdesk.services.paging import ListSort
from commsdesk.services.requests import RequestFilter, RequestInput

REGISTER = Path(__file__).resolve().parents[1] / "fixtures" / "requests" / "old-register-2025.csv"
HEADER = "number,received,requester,requester_type,channel,subject,urgent,decided,outcome,refusal_ground,note\n"
NASTY = 'Kontrata & <b>"Faza 2"</b> 😀 ë ç š đ č ć ž'


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding, newline="")
    return path


def references(service, **narrowing) -> list[str]:
    rows = service.page(RequestFilter(**narrowing), ListSort("reference"), 0, 1000)
    return [row.reference for row in rows]


def test_the_old_register_is_imported_with_its_numbers_and_the_rest_numbered_after(services):
    service = services.requests
    assert service.import_file(REGISTER).created == 28
    assert references(service, year=2024) == ["2024/015"]
    assert references(service, year=2025) == [f"2025/{n:03d}" for n in range(1, 27)]
    assert references(service, year=2026) == ["2026/001"]

    forwarded = service.details(service.find_reference("2025/006")).data
    assert (forwarded.status, forwarded.outcome) == (RequestStatus.FORWARDED, RequestOutcome.FORWARDED)
    assert (forwarded.forwarded_to, forwarded.forwarded_on) == ("Ministria e Financave", date(2025, 2, 26))

    refused = service.details(service.find_reference("2025/009"))
    assert refused.data.refusal_ground == "national_security" and refused.data.decided_on == date(2025, 3, 31)
    assert refused.data.harm_test == refused.data.public_interest_test == "Not recorded in the old register."
    assert refused.data.note == (
        "Imported from the old register, which did not record the harm test, the public-interest test."
    )
    assert (refused.data.complaint_on, refused.data.court_on) == (date(2025, 4, 10), date(2025, 5, 12))
    assert refused.history[0].note == REGISTER.name  # registered: from which file

    oral = service.details(service.find_reference("2025/025")).data
    assert oral.anonymous and oral.requester_name == "" and oral.status is RequestStatus.AWAITING_CLARIFICATION
    assert oral.received_at == datetime(2025, 12, 15, 0, 0) and oral.note == "Kërkesë gojore e shënuar nga zyrtari"
    assert service.details(service.find_reference("2025/001")).data.cost_cents == 250


def test_importing_the_same_file_twice_adds_nothing(services):
    service = services.requests
    service.import_file(REGISTER)
    again = service.import_file(REGISTER)
    assert (again.created, again.unchanged) == (0, 28)
    assert service.count(RequestFilter()) == 28


def test_a_row_without_number_matching_a_request_by_time_requester_and_subject_is_unchanged(services, tmp_path):
    service = services.requests
    service.import_file(REGISTER)
    path = write(
        tmp_path / "more.csv",
        HEADER
        + ",06.01.2025 09:15,ARTA  gashi,citizen,email,Buxheti i komunes 2025,no,,,,\n"  # the same, written otherwise
        + ",06.01.2025 09:15,Arta Gashi,citizen,email,Buxheti i komunës 2026,no,,,,\n",
    )
    result = service.import_file(path)
    assert (result.created, result.unchanged) == (1, 1)
    assert references(service, year=2025)[-1] == "2025/027"


def test_a_malformed_file_is_rejected_whole_with_every_bad_row_named(services, tmp_path):
    path = write(
        tmp_path / "old.csv",
        HEADER
        + ",06.01.2025 09:15,Arta Gashi,citizen,email,Buxheti,no,,,,\n"
        + ",31.02.2025,Besnik Hoxha,citizen,email,Procesverbali,no,,,,\n"
        + ",07.01.2025,Drita,student,fax,Leja,maybe,,,,\n"
        + ",08.01.2025,Ilir,media,web,,no,,,,\n"
        + "\n"
        + ",09.01.2025,Zana,ngo,web,Raporti,no,15.01.2025,refused,,\n"
        + ",10.01.2025,Teuta,ngo,web,Raporti,no,,granted,,\n"
        + "2025/001,11.01.2025,Vesna,ngo,web,Raporti,no,,,,\n"
        + "2024/002,11.01.2025,Vesna,ngo,web,Raporti,no,,,,\n"
        + "1,12.01.2025,Vesna,ngo,web,Raporti,no,,,,\n",
    )
    with pytest.raises(ValidationError) as rejected:
        services.requests.import_file(path)
    lines = str(rejected.value).splitlines()
    assert lines[0] == "Nothing was imported. Rows with problems: 7."
    assert lines[1:5] == [
        'Row 3: the received date "31.02.2025" is not a date written DD.MM.YYYY or DD.MM.YYYY HH:MM',
        'Row 4: unknown requester type "student" (citizen, media, ngo, business, institution or other); '
        'unknown channel "fax" (in_person, letter, email, web or other); "urgent" is "maybe", not yes or no',
        "Row 5: the documents requested (subject) are not named",
        "Row 7: Name the legal ground for limiting access.",
    ]
    assert lines[5:] == [
        'Row 8: the outcome "granted" needs the day it was decided ("decided")',
        'Row 10: the number "2024/002" is of another year than the received date',
        "Row 11: row 9 has the same number",
    ]
    assert services.requests.count(RequestFilter()) == 0


def test_one_bad_row_is_named_in_one_sentence(services, tmp_path):
    path = write(tmp_path / "old.csv", HEADER + ",06.01.2099 09:15,Arta Gashi,citizen,email,Buxheti,no,,,,\n")
    with pytest.raises(ValidationError, match=r"^Nothing was imported: row 2: the received date is in the future$"):
        services.requests.import_file(path)


@pytest.mark.parametrize(
    ("name", "content", "sentence"),
    [
        ("empty.csv", b"", "The file empty.csv cannot be read: it is empty"),
        ("header.csv", HEADER.encode(), "header.csv holds no requests: only its header row."),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "it is not text"),
        ("register.xlsx", b"PK\x03\x04 not really a zip", "it is not an Excel workbook"),
        ("other.csv", b"name,email\nDrita,d@x.example\n", 'commsdesk does not know the columns "name", "email"'),
        ("nosubject.csv", b"received,requester\n01.01.2025,Drita\n", "it lacks the columns subject"),
        ("twice.csv", b"received,subject,Subject\n01.01.2025,a,b\n", 'two columns are "Subject"'),
    ],
)
def test_a_file_that_is_no_register_is_refused_in_one_sentence(services, tmp_path, name, content, sentence):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        services.requests.import_file(path)
    assert sentence in str(refused.value)
    assert "\n" not in str(refused.value)
    assert services.requests.count(RequestFilter()) == 0


def test_a_huge_file_is_refused_before_it_is_read(services, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(HEADER.encode() + b",01.01.2025,Drita,citizen,email,")
    os.truncate(path, 1024**3)  # sparse: a gigabyte on paper, made in a moment
    with pytest.raises(ValidationError, match=r"^huge\.csv is 1\.0 GB; commsdesk imports files of up to 50 MB\.$"):
        services.requests.import_file(path)


def test_headers_and_words_in_albanian_are_read(services, tmp_path):
    path = write(
        tmp_path / "regjistri.csv",
        "Nr.;Data e pranimit;Kërkuesi;Lloji i kërkuesit;Kanali;Lënda;Urgjente;Vendosur më;Vendimi;Baza ligjore;"
        "Shënim\n"
        "2025/004;06.01.2025 09:15;Arta Gashi;Qytetar;E-mail;Buxheti;Po;07.01.2025;Miratuar;;\n"
        ";07.01.2025;Radio Kaçaniku;Mediat;Në person;Kontrata;Jo;20.01.2025;Refuzuar;Privatësia;shënim\n"
        ";08.01.2025;;Tjetër;Letër;Harta;jo;;;;\n",
        encoding="cp1250",
    )
    assert services.requests.import_file(path).created == 3
    service = services.requests
    first = service.details(service.find_reference("2025/004")).data
    assert (first.requester_type, first.channel, first.urgent, first.outcome) == (
        RequesterType.CITIZEN,
        RequestChannel.EMAIL,
        True,
        RequestOutcome.GRANTED,
    )
    second = service.details(service.find_reference("2025/005")).data
    assert (second.requester_name, second.requester_type, second.channel) == (
        "Radio Kaçaniku",
        RequesterType.MEDIA,
        RequestChannel.IN_PERSON,
    )
    assert (second.outcome, second.refusal_ground) == (RequestOutcome.REFUSED, "privacy")
    third = service.details(service.find_reference("2025/006")).data
    assert third.anonymous and third.requester_type is RequesterType.OTHER and third.channel is RequestChannel.LETTER


def test_headers_and_words_in_serbian_are_read_from_a_workbook(services, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    header = ["Broj", "Datum prijema", "Podnosilac", "Vrsta podnosioca", "Način podnošenja", "Predmet", "Hitno"]
    header += ["Prosleđeno", "Prosleđeno instituciji", "Datum odluke", "Ishod", "Pravni osnov", "Napomena"]
    sheet.append(header)
    first = [7, datetime(2025, 3, 3, 10, 30), "Đorđe Petrović", "Građanin", "Lično", "Odluka o budžetu", "da"]
    first += [None, None, date(2025, 3, 7), "Delimično odobreno", "Poslovna tajna", None]
    sheet.append(first)
    second = [None, "04.03.2025", "NVO Građanski glas", "nvo", "pošta", "Ugovori", "ne", date(2025, 3, 5)]
    second += ["Ministarstvo finansija", None, "Prosleđeno", None, "Napomena: ž"]
    sheet.append(second)
    book.save(tmp_path / "registar.xlsx")
    assert services.requests.import_file(tmp_path / "registar.xlsx").created == 2
    service = services.requests
    partial = service.details(service.find_reference("2025/007")).data
    assert partial.received_at == datetime(2025, 3, 3, 10, 30)
    assert (partial.outcome, partial.refusal_ground, partial.urgent) == (RequestOutcome.PARTIAL, "commercial", True)
    assert partial.withheld == "Not recorded in the old register."
    forwarded = service.details(service.find_reference("2025/008")).data
    assert (forwarded.requester_type, forwarded.channel) == (RequesterType.NGO, RequestChannel.LETTER)
    assert (forwarded.outcome, forwarded.forwarded_to) == (RequestOutcome.FORWARDED, "Ministarstvo finansija")


def test_an_export_imports_again_as_it_was(services, tmp_path, workspace):
    service = services.requests
    service.import_file(REGISTER)
    first = tmp_path / "register.csv"
    assert service.export_file(first, "csv") == 28

    from commsdesk.paths import resolve_paths
    from commsdesk.workspace import Workspace

    other = Workspace.open(resolve_paths(tmp_path / "other" / "commsdesk.sqlite"))
    try:
        copy = other.services.requests
        assert copy.import_file(first).created == 28
        again = tmp_path / "again.csv"
        copy.export_file(again, "csv")
        assert again.read_bytes() == first.read_bytes()
        # The workbook in Albanian reads back the same: its headers, words, dates and amounts.
        book = tmp_path / "regjistri.xlsx"
        service.export_file(book, "xlsx", language="sq")
        third = Workspace.open(resolve_paths(tmp_path / "third" / "commsdesk.sqlite"))
        try:
            assert third.services.requests.import_file(book).created == 28
            from_book = tmp_path / "from-book.csv"
            third.services.requests.export_file(from_book, "csv")
            assert from_book.read_bytes() == first.read_bytes()
        finally:
            third.close()
    finally:
        other.close()


def test_the_csv_export_holds_the_import_columns_with_the_computed_deadline(services, tmp_path):
    service = services.requests
    service.import_file(REGISTER)
    path = tmp_path / "2025.csv"
    assert service.export_file(path, "csv", RequestFilter(year=2025)) == 26
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    late = next(row for row in rows if row["number"] == "2025/003")
    assert (late["received"], late["deadline"], late["days_late"], late["outcome"]) == (
        "20.01.2025 11:30",
        "27.01.2025",
        "4",
        "partial",
    )
    assert next(row for row in rows if row["number"] == "2025/001")["cost_eur"] == "2.50"


def test_the_xlsx_export_of_a_year_has_words_in_its_language_and_real_dates(services, tmp_path):
    service = services.requests
    service.import_file(REGISTER)
    path = tmp_path / "2025.xlsx"
    assert service.export_file(path, "xlsx", RequestFilter(year=2025), language="en") == 26
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header == [header_in(column, "en") for column in EXPORT_COLUMNS]
    rows = {row[0]: dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == 26
    late = rows["2025/003"]
    assert late["received"] == datetime(2025, 1, 20, 11, 30) and late["deadline"] == datetime(2025, 1, 27)
    assert (late["days_late"], late["outcome"], late["refusal_ground"], late["requester_type"]) == (
        4,
        "Partially granted",
        "Privacy and other legitimate private interests",
        "Citizen",
    )
    assert rows["2025/001"]["cost_eur"] == 2.5 and rows["2025/007"]["urgent"] == "Yes"


def test_nasty_text_goes_in_and_out_unharmed(services, tmp_path):
    service = services.requests
    service.create(
        RequestInput(
            received_at=datetime(2025, 5, 5, 9, 0),
            subject=NASTY + "\x00\x1b[31m\x07",
            requester_name="Đorđe\tČačak",
            note='=HYPERLINK("http://x.example","click"); -1+2',
            outcome=RequestOutcome.GRANTED,
            decided_on=date(2025, 5, 7),
        )
    )
    stored = service.details(service.find_reference("2025/001")).data
    assert stored.subject == NASTY + "[31m" and stored.requester_name == "Đorđe Čačak"

    path = tmp_path / "nasty.csv"
    service.export_file(path, "csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "\"'=HYPERLINK(" in text  # guarded: a spreadsheet shows the text, runs no formula
    book = tmp_path / "nasty.xlsx"
    service.export_file(book, "xlsx", language="sr")
    cells = openpyxl.load_workbook(book).worksheets[0]
    assert cells["F2"].value == stored.subject and cells["F2"].data_type == "s"
    assert cells["V2"].value == stored.note and cells["V2"].data_type == "s"

    from commsdesk.paths import resolve_paths
    from commsdesk.workspace import Workspace

    for source in (path, book):
        other = Workspace.open(resolve_paths(tmp_path / source.suffix[1:] / "commsdesk.sqlite"))
        try:
            copy = other.services.requests
            copy.import_file(source)
            back = copy.details(copy.find_reference("2025/001")).data
            assert (back.subject, back.requester_name, back.note) == (
                stored.subject,
                stored.requester_name,
                stored.note,
            )
        finally:
            other.close()


def test_every_header_and_word_names_one_thing_only():
    """A header (in any language, or an alias) never names two columns; a word never two values of one kind."""
    names: dict[str, set[str]] = {}
    for column in EXPORT_COLUMNS:
        spellings = {folded(column), *(folded(header_in(column, code)) for code in LANGUAGES)}
        spellings |= {folded(alias) for alias in _HEADER_ALIASES.get(column, "").split("|") if alias}
        for spelling in spellings:
            names.setdefault(spelling, set()).add(column)
    assert {name: columns for name, columns in names.items() if len(columns) > 1} == {}
    from commsdesk.io.requests_columns import _VALUE_ALIASES

    for kind in (RequesterType, RequestChannel, RequestStatus, RequestOutcome, RefusalGround):
        words: dict[str, set[str]] = {}
        for member in kind:
            code = member.value
            spellings = {folded(code), *(folded(member.label_in(lang)) for lang in LANGUAGES)}
            spellings |= {folded(alias) for alias in _VALUE_ALIASES[kind][code].split("|")}
            for spelling in spellings:
                words.setdefault(spelling, set()).add(code)
        assert {word: codes for word, codes in words.items() if len(codes) > 1} == {}, kind


def test_the_import_limit_is_the_registers_own():
    from commsdesk.io.bounded_files import REQUESTS

    assert REQUESTS.max_bytes == 50 * MIB and REQUESTS.max_rows == 100_000
