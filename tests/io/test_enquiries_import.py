"""Bringing a list of journalists' enquiries in, and the register out: CSV and XLSX, headers in English, Albanian or
Serbian, a file taken whole or not at all with every bad row named, nothing added twice, and an export that imports
again as it was."""

import csv
import os
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus, EnquiryStep
from commsdesk.domain.enquiry_records import COLUMNS, EXPORT_COLUMNS, header_in
from commsdesk.errors import ValidationError
from commsdesk.i18n import LANGUAGES, catalog
from commsdesk.io.bounded_files import MIB
from commsdesk.io.enquiries_columns import _HEADER_ALIASES, _VALUE_ALIASES, folded
from commsdesk.paths import resolve_paths
from commsdesk.services.enquiries import EnquiryFilter, EnquiryInput
from commsdesk.services.paging import ListSort
from commsdesk.workspace import Workspace

FILE = Path(__file__).resolve().parents[1] / "fixtures" / "enquiries" / "enquiries-2025.csv"
HEADER = (
    "number,received,journalist,outlet,channel,topic,questions,deadline,status,answered,answer,answer_language,reason\n"
)
NASTY = 'Buxheti & <b>"Faza 2"</b> 😀 ë ç š đ č ć ž'


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding, newline="")
    return path


def references(service, **narrowing) -> list[str]:
    rows = service.page(EnquiryFilter(**narrowing), ListSort("reference"), 0, 1000)
    return [row.reference for row in rows]


def details(service, reference: str):
    return service.details(service.find_reference(reference))


def other_workspace(folder: Path) -> Workspace:
    return Workspace.open(resolve_paths(folder / "commsdesk.sqlite"))


def test_the_list_is_imported_with_its_numbers_and_the_rest_numbered_after(services):
    service = services.enquiries
    assert service.import_file(FILE).created == 24
    assert references(service, year=2024) == ["P-2024/031"]
    assert references(service, year=2025) == [f"P-2025/{n:03d}" for n in range(1, 23)]
    assert references(service, year=2026) == ["P-2026/001"]

    first = details(service, "P-2025/001")
    assert (first.data.journalist, first.data.outlet, first.data.journalist_email) == (
        "Arta Gashi",
        "Radio Kaçaniku",
        "arta@rk.example",
    )
    assert (first.data.channel, first.data.status, first.data.tags) == (
        EnquiryChannel.PHONE,
        EnquiryStatus.ANSWERED,
        ("buxheti", "2025"),
    )
    assert first.data.answers == {"sq": "Buxheti është 12,4 milionë euro."}
    assert [(step.kind, step.note) for step in first.history] == [
        (EnquiryStep.REGISTERED, FILE.name),  # received: from which file
        (EnquiryStep.STATUS, "answered"),
    ]
    two = details(service, "P-2025/002").data  # questions separated by " | "
    assert two.questions == ("Kur kthehet uji në Kaçanik të Vjetër?", "Sa familje janë pa ujë?")
    assert two.journalist_phone == "+383 44 111 222"
    thirteen = details(service, "P-2025/013").data  # … and by a line break, the answer in Serbian
    assert thirteen.questions == ("Koliki je budžet za 2026?", "Ko ga je predložio?")
    assert list(thirteen.answers) == ["sr"]
    assert details(service, "P-2025/003").deadline_at == datetime(2025, 1, 16, 11, 30)  # none: the default 24 hours
    assert details(service, "P-2025/006").data.answers == {"sq": "Po, sipas analizave të IKSHPK-së."}  # "Shqip"
    assert details(service, "P-2025/008").data.answers == {"sq": "250.000 euro.", "sr": "250.000 evra."}
    declined = details(service, "P-2025/004").data
    assert (declined.status, declined.reason) == (EnquiryStatus.DECLINED, "Pitanje nije u nadležnosti opštine")


def test_an_answered_enquiry_whose_answer_was_not_kept_says_so(services):
    service = services.enquiries
    service.import_file(FILE)
    eleven = details(service, "P-2025/011").data  # no status, an answer time, no answer
    assert eleven.status is EnquiryStatus.ANSWERED and eleven.answered_at == datetime(2025, 6, 3, 9, 30)
    assert eleven.answers == {"en": "Not recorded in the old register."}
    assert eleven.note == "Gazetar i pavarur Imported from the old register, which did not record the answer."


def test_importing_the_same_file_twice_adds_nothing(services):
    service = services.enquiries
    service.import_file(FILE)
    again = service.import_file(FILE)
    assert (again.created, again.unchanged) == (0, 24)
    assert service.count(EnquiryFilter()) == 24


def test_a_row_without_number_matching_by_time_outlet_and_question_is_unchanged(services, tmp_path):
    service = services.enquiries
    service.import_file(FILE)
    path = write(
        tmp_path / "more.csv",
        HEADER
        + ",06.01.2025 09:15,A. Gashi,RADIO  kacaniku,phone,,sa është buxheti i komunës për 2025?,,,,,,\n"
        + ",06.01.2025 09:15,Arta Gashi,Radio Kaçaniku,phone,,Sa është buxheti për 2026?,,,,,,\n",
    )
    result = service.import_file(path)
    assert (result.created, result.unchanged) == (1, 1)
    assert references(service, year=2025)[-1] == "P-2025/023"


def test_an_erased_journalists_enquiries_are_not_brought_back_by_importing_the_file_again(services, tmp_path):
    service = services.enquiries
    path = write(
        tmp_path / "list.csv",
        "received,journalist,email,outlet,channel,questions\n"
        "06.01.2025 09:15,Arta Gashi,arta@rk.example,Radio Kaçaniku,phone,Sa është buxheti?\n",
    )
    service.import_file(path)
    enquiry_id = service.find_reference("P-2025/001")
    service.anonymise(enquiry_id)
    assert service.import_file(path).created == 0
    assert service.details(enquiry_id).data.journalist == ""


def test_a_malformed_file_is_rejected_whole_with_every_bad_row_named(services, tmp_path):
    path = write(
        tmp_path / "old.csv",
        "number,received,journalist,outlet,channel,questions,deadline,status,answered,answer,answer_language,reason,"
        "email\n"
        ",06.01.2025 09:15,Arta Gashi,Radio Kaçaniku,phone,Sa është buxheti?,,,,,,,\n"
        ",31.02.2025 10:00,Besnik Hoxha,KTV,phone,A ka ujë?,,,,,,,\n"
        ",07.01.2025,Drita Morina,KTV,fax,A ka ujë?,,,,,,,\n"
        ",08.01.2025 10:00,,RTK,,,,,,,,,\n"
        "\n"
        ",09.01.2025 10:00,Ilir Zeqiri,RTK,email,Pse?,,answered,,,,,\n"
        ",10.01.2025 10:00,Ilir Zeqiri,RTK,email,Pse?,,declined,,,,,\n"
        ",11.01.2025 10:00,Ilir Zeqiri,RTK,email,Pse?,10.01.2025 10:00,new,,,,,\n"
        ",12.01.2025 10:00,Ilir Zeqiri,RTK,email,Pse?,,closed,12.01.2025 11:00,Po,latin,,ilir(at)rtk\n"
        ",13.01.2025 10:00,Ilir Zeqiri,RTK,email,Pse?,,drafted,13.01.2025 11:00,Po,sq,,\n"
        "P-2025/001,14.01.2025 10:00,Ilir Zeqiri,RTK,email,Pse?,,,,,,,\n"
        "1,15.01.2025 10:00,Ilir Zeqiri,RTK,email,Pse?,,,,,,,\n"
        "P-2024/002,16.01.2025 10:00,Ilir Zeqiri,RTK,email,Pse?,,,,,,,\n"
        ",17.01.2099 10:00,Ilir Zeqiri,RTK,email,Pse?,,,,,,,\n"
        ",18.01.2025 10:00,Ilir Zeqiri,RTK,email,Pse?,18.01.2025,answered,18.01.2025,Po,,,\n",
    )
    with pytest.raises(ValidationError) as rejected:
        services.enquiries.import_file(path)
    assert str(rejected.value).splitlines() == [
        "Nothing was imported. Rows with problems: 12.",
        'Row 3: "received" holds "31.02.2025 10:00", which is not a day and time written DD.MM.YYYY HH:MM',
        'Row 4: "received" holds "07.01.2025", a day without its time: write DD.MM.YYYY HH:MM; '
        'unknown channel "fax" (phone, email, in_person, social_media or message)',
        "Row 5: the journalist is not named; the channel is missing (phone, email, in_person, social_media or "
        "message); the questions are missing",
        'Row 7: an answered enquiry needs the time it was answered ("answered")',
        "Row 8: Say why the enquiry is declined or answered with “no comment”.",
        "Row 9: The deadline cannot come before the enquiry.",
        'Row 10: unknown status "closed" (new, waiting_for_input, drafted, approved, answered, declined or '
        'no_comment); the e-mail "ilir(at)rtk" is not valid; unknown language of the answer "latin" (sq, sr or en)',
        'Row 11: the status "drafted" does not go with an answer time ("answered")',
        "Row 13: row 12 has the same number",
        'Row 14: the number "P-2024/002" is of another year than the received date',
        "Row 15: the received time is in the future",
        'Row 16: "answered" holds "18.01.2025", a day without its time: write DD.MM.YYYY HH:MM',
    ]
    assert services.enquiries.count(EnquiryFilter()) == 0


def test_one_bad_row_is_named_in_one_sentence(services, tmp_path):
    path = write(tmp_path / "list.csv", HEADER + ",06.01.2025 09:15,Arta Gashi,RK,fax,,Pse?,,,,,,\n")
    with pytest.raises(ValidationError, match=r'^Nothing was imported: row 2: unknown channel "fax" \(phone, '):
        services.enquiries.import_file(path)


@pytest.mark.parametrize(
    ("name", "content", "sentence"),
    [
        ("empty.csv", b"", "The file empty.csv cannot be read: it is empty"),
        ("header.csv", HEADER.encode(), "header.csv holds no enquiries: only its header row."),
        ("list.xlsx", b"PK\x03\x04 not really a zip", "it is not an Excel workbook"),
        ("other.csv", b"name,colour\nDrita,x\n", 'commsdesk does not know the columns "colour"'),
        ("few.csv", b"received,journalist\n01.01.2025 10:00,Drita\n", "it lacks the columns channel, questions"),
        ("twice.csv", b"received,journalist,Gazetari\n01.01.2025,a,b\n", 'two columns are "Gazetari"'),
    ],
)
def test_a_file_that_is_no_list_of_enquiries_is_refused_in_one_sentence(services, tmp_path, name, content, sentence):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        services.enquiries.import_file(path)
    assert sentence in str(refused.value) and "\n" not in str(refused.value)
    assert services.enquiries.count(EnquiryFilter()) == 0


def test_a_huge_file_is_refused_before_it_is_read(services, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(HEADER.encode() + b",01.01.2025 10:00,Drita,KTV,phone,")
    os.truncate(path, 1024**3)  # sparse: a gigabyte on paper, made in a moment
    with pytest.raises(ValidationError, match=r"^huge\.csv is 1\.0 GB; commsdesk imports files of up to 50 MB\.$"):
        services.enquiries.import_file(path)


def test_headers_and_words_in_albanian_are_read(services, tmp_path):
    path = write(
        tmp_path / "pyetjet.csv",
        "Nr.;Data e pranimit;Gazetari;Mediumi;Kanali;Tema;Pyetjet;Afati;Statusi;Data e përgjigjes;Përgjigja;"
        "Gjuha;Arsyeja\n"
        "P-2025/004;06.01.2025 09:15;Arta Gashi;Radio Kaçaniku;Telefon;Buxheti;Sa është buxheti?;"
        "06.01.2025 15:00;Përgjigjur;06.01.2025 13:00;12 milionë.;Shqip;\n"
        ";07.01.2025 10:00;Driton Berisha;KTV;Në person;Uji;A ka ujë? | Kur?;07.01.2025;Refuzuar;;;;Nuk dihet\n"
        ";08.01.2025 10:00;Blerta Kelmendi;;Mesazh;;Pse?;;Pa koment;;;;Procedurë\n",
        encoding="cp1250",
    )
    assert services.enquiries.import_file(path).created == 3
    service = services.enquiries
    first = details(service, "P-2025/004").data
    assert (first.channel, first.status, first.answers) == (
        EnquiryChannel.PHONE,
        EnquiryStatus.ANSWERED,
        {"sq": "12 milionë."},
    )
    second = details(service, "P-2025/005")
    assert (second.data.channel, second.data.status, second.data.questions) == (
        EnquiryChannel.IN_PERSON,
        EnquiryStatus.DECLINED,
        ("A ka ujë?", "Kur?"),
    )
    assert second.deadline_at == datetime(2025, 1, 7, 23, 59)  # a day alone: its end
    third = details(service, "P-2025/006").data
    assert (third.channel, third.status, third.reason) == (
        EnquiryChannel.MESSAGE,
        EnquiryStatus.NO_COMMENT,
        "Procedurë",
    )


def test_headers_and_words_in_serbian_are_read_from_a_workbook(services, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Broj", "Datum prijema", "Novinar", "Medij", "Način", "Tema", "Pitanja", "Rok", "Stanje"])
    waiting = [7, datetime(2025, 3, 3, 10, 30), "Đorđe Petrović", "Kosovo Online", "Telefonom", "Škole", "Koliko?"]
    sheet.append([*waiting, datetime(2025, 3, 4, 12, 0), "Čeka se"])
    sheet.append([None, "04.03.2025 08:00", "Vesna Ilić", "KoSSev", "poruka", None, "Zašto?", None, "Bez komentara"])
    sheet["J1"], sheet["J3"] = "Razlog", "U toku je postupak"
    book.save(tmp_path / "upiti.xlsx")
    assert services.enquiries.import_file(tmp_path / "upiti.xlsx").created == 2
    service = services.enquiries
    waiting = details(service, "P-2025/007")
    assert (waiting.data.received_at, waiting.deadline_at) == (datetime(2025, 3, 3, 10, 30), datetime(2025, 3, 4, 12))
    assert (waiting.data.channel, waiting.data.status) == (EnquiryChannel.PHONE, EnquiryStatus.WAITING_FOR_INPUT)
    silent = details(service, "P-2025/008").data
    assert (silent.channel, silent.status, silent.reason) == (
        EnquiryChannel.MESSAGE,
        EnquiryStatus.NO_COMMENT,
        "U toku je postupak",
    )


def test_an_export_imports_again_as_it_was(services, tmp_path):
    service = services.enquiries
    service.import_file(FILE)
    service.anonymise(service.find_reference("P-2025/010"))  # an erased journalist goes out and comes back erased
    first = tmp_path / "register.csv"
    assert service.export_file(first, "csv") == 24

    other = other_workspace(tmp_path / "other")
    try:
        copy = other.services.enquiries
        assert copy.import_file(first).created == 24
        erased = details(copy, "P-2025/010")
        assert erased.anonymised and erased.data.journalist == "" and erased.data.outlet == "Radio Kaçaniku"
        again = tmp_path / "again.csv"
        copy.export_file(again, "csv")
        assert again.read_bytes() == first.read_bytes()
        # The workbook in Albanian reads back the same: its headers, words and times.
        book = tmp_path / "regjistri.xlsx"
        service.export_file(book, "xlsx", language="sq")
        third = other_workspace(tmp_path / "third")
        try:
            assert third.services.enquiries.import_file(book).created == 24
            from_book = tmp_path / "from-book.csv"
            third.services.enquiries.export_file(from_book, "csv")
            assert from_book.read_bytes() == first.read_bytes()
        finally:
            third.close()
    finally:
        other.close()


def test_the_csv_export_of_a_year_holds_the_import_columns_as_codes(services, tmp_path):
    service = services.enquiries
    service.import_file(FILE)
    path = tmp_path / "2025.csv"
    assert service.export_file(path, "csv", EnquiryFilter(year=2025)) == 22
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["number"]: row for row in csv.DictReader(handle)}
    assert tuple(next(iter(rows.values()))) == EXPORT_COLUMNS
    assert set(EXPORT_COLUMNS) < set(COLUMNS)
    eight = rows["P-2025/008"]
    assert (eight["received"], eight["deadline"], eight["answered"], eight["channel"], eight["status"]) == (
        "05.04.2025 10:00",
        "07.04.2025 10:00",
        "06.04.2025 11:00",
        "email",
        "answered",
    )
    assert (eight["answer_sq"], eight["answer_sr"], eight["answer_en"]) == ("250.000 euro.", "250.000 evra.", "")
    assert rows["P-2025/002"]["questions"] == "Kur kthehet uji në Kaçanik të Vjetër?\nSa familje janë pa ujë?"
    assert rows["P-2025/001"]["tags"] == "buxheti, 2025"


def test_the_xlsx_export_has_words_in_its_language_and_real_times(services, tmp_path):
    service = services.enquiries
    service.import_file(FILE)
    service.anonymise(service.find_reference("P-2025/010"))
    path = tmp_path / "2025.xlsx"
    assert service.export_file(path, "xlsx", EnquiryFilter(year=2025), language="en") == 22
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert [cell.value for cell in sheet[1]] == [header_in(column, "en") for column in EXPORT_COLUMNS]
    rows = {row[0]: dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == 22
    six = rows["P-2025/006"]
    assert six["received"] == datetime(2025, 3, 20, 9, 0) and six["answered"] == datetime(2025, 3, 20, 10, 30)
    assert (six["channel"], six["status"]) == ("Message (SMS, Viber, WhatsApp)", "Answered")
    assert rows["P-2025/010"]["journalist"] == "(personal data erased)" and rows["P-2025/010"]["email"] is None
    assert sheet["B2"].number_format == "DD.MM.YYYY HH:MM"


def test_nasty_text_goes_in_and_out_unharmed(services, tmp_path):
    service = services.enquiries
    service.create(
        EnquiryInput(
            received_at=datetime(2025, 5, 5, 9, 0),
            questions=(NASTY + "\x00\x1b[31m\x07", '=HYPERLINK("http://x.example","click")'),
            journalist="Đorđe\tČačak",
            outlet="Radio <Kaçaniku> & Co",
            topic=NASTY,
            note='=HYPERLINK("http://x.example","click"); -1+2\nrreshti i dytë',
            status=EnquiryStatus.ANSWERED,
            answers={"sq": "@SUM(A1:A9)\nPërgjigja ë ç\x1b", "sr": "Odgovor š đ č ć ž 😀"},
            answered_at=datetime(2025, 5, 5, 11, 0),
        )
    )
    stored = details(service, "P-2025/001").data
    assert stored.questions[0] == NASTY + "[31m" and stored.journalist == "Đorđe Čačak"
    assert stored.answers == {"sq": "@SUM(A1:A9)\nPërgjigja ë ç", "sr": "Odgovor š đ č ć ž 😀"}
    assert stored.note == '=HYPERLINK("http://x.example","click"); -1+2\nrreshti i dytë'

    path = tmp_path / "nasty.csv"
    service.export_file(path, "csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "\"'=HYPERLINK(" in text and "\"'@SUM(" in text  # guarded: a spreadsheet shows the text, runs no formula
    book = tmp_path / "nasty.xlsx"
    service.export_file(book, "xlsx", language="sr")
    cells = openpyxl.load_workbook(book).worksheets[0]
    assert cells["H2"].value == NASTY and cells["J2"].value == "\n".join(stored.questions)
    for cell in ("J2", "N2", "R2"):  # questions, the Albanian answer, the note: text, never a formula
        assert cells[cell].data_type == "s"

    for source in (path, book):
        other = other_workspace(tmp_path / source.suffix[1:])
        try:
            copy = other.services.enquiries
            copy.import_file(source)
            back = details(copy, "P-2025/001").data
            assert (back.questions, back.journalist, back.outlet, back.topic, back.note, back.answers) == (
                stored.questions,
                stored.journalist,
                stored.outlet,
                stored.topic,
                stored.note,
                stored.answers,
            )
        finally:
            other.close()


def test_every_header_and_word_names_one_thing_only():
    """A header (in any language, or an alias) never names two columns; a word never two values of one kind."""
    names: dict[str, set[str]] = {}
    for column in COLUMNS:
        spellings = {folded(column), *(folded(header_in(column, code)) for code in LANGUAGES)}
        spellings |= {folded(alias) for alias in _HEADER_ALIASES.get(column, "").split("|") if alias}
        for spelling in spellings:
            names.setdefault(spelling, set()).add(column)
    assert {name: columns for name, columns in names.items() if len(columns) > 1} == {}
    for kind in (EnquiryChannel, EnquiryStatus):
        words: dict[str, set[str]] = {}
        for member in kind:
            spellings = {folded(member.value), *(folded(member.label_in(lang)) for lang in LANGUAGES)}
            spellings |= {folded(alias) for alias in _VALUE_ALIASES[kind][member.value].split("|")}
            for spelling in spellings:
                words.setdefault(spelling, set()).add(member.value)
        assert {word: codes for word, codes in words.items() if len(codes) > 1} == {}, kind


def test_an_erased_journalist_is_recognised_in_every_language(services, tmp_path):
    rows = "".join(
        f",0{day}.01.2025 10:00,{catalog(code).translate('Enquiries', '(personal data erased)')},KTV,phone,,Pse {day}?,"
        ",,,,,\n"
        for day, code in enumerate(LANGUAGES, start=1)
    )
    service = services.enquiries
    assert service.import_file(write(tmp_path / "erased.csv", HEADER + rows)).created == 3
    for reference in ("P-2025/001", "P-2025/002", "P-2025/003"):
        assert details(service, reference).anonymised


def test_the_import_limit_is_the_registers_own():
    from commsdesk.io.bounded_files import ENQUIRIES

    assert ENQUIRIES.max_bytes == 50 * MIB and ENQUIRIES.max_rows == 100_000
