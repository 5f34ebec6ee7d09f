"""Imports within bounds: a file too big, too long a line, too many rows, a field over its limit or a workbook that
unpacks to gigabytes is refused in one sentence (or named as the row's problem) without being read whole, and
nothing is written. Huge files are sparse: big on disk, made in a moment."""

import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from openpyxl import Workbook

from commsdesk.domain.contacts import OnDuplicate
from commsdesk.errors import UserError, ValidationError
from commsdesk.io.bounded_files import MIB, Limits
from commsdesk.io.contacts_files import ContactSource
from commsdesk.io.icalendar_io import read_ics
from commsdesk.io.plan_csv import COLUMNS, read_plan_file
from commsdesk.services.contacts import ExportScope
from tests.helpers import run_cli

LANGUAGES = ["sq", "sr", "en"]
CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{given} {family}\r\nNOTE:{note}\r\nEND:VCARD\r\n"


def open_source(path, **options):
    return ContactSource.open(path, languages=LANGUAGES, default_language="sq", **options)


def sparse(path, start: bytes, size: int):
    path.write_bytes(start)
    os.truncate(path, size)
    return path


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("list.csv", b"Given name,Family name\r\nDrita,"),
        ("list.xlsx", b"PK\x03\x04"),
        ("list.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Drita Gashi\r\nNOTE:"),
    ],
)
def test_a_contact_file_over_50_mb_is_refused_in_one_sentence(tmp_path, name, start):
    path = sparse(tmp_path / name, start, 60 * MIB)
    with pytest.raises(ValidationError) as refused:
        open_source(path)
    assert str(refused.value) == f"{name} is 60 MB; commsdesk imports files of up to 50 MB."


def test_calendar_and_plan_files_have_their_own_size_limits(tmp_path):
    with pytest.raises(UserError, match=r"^huge\.ics is 1\.0 GB; commsdesk imports files of up to 20 MB\.$"):
        read_ics(sparse(tmp_path / "huge.ics", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:", 1024**3))
    with pytest.raises(ValidationError, match=r"^plan\.csv is 11 MB; commsdesk imports files of up to 10 MB\.$"):
        read_plan_file(sparse(tmp_path / "plan.csv", ",".join(COLUMNS).encode() + b"\r\n1,", 11 * MIB))
    with pytest.raises(ValidationError, match=r"^plan\.xlsx is 11 MB; commsdesk imports files of up to 10 MB\.$"):
        read_plan_file(sparse(tmp_path / "plan.xlsx", b"PK\x03\x04", 11 * MIB))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "kontakte.vcf is 1.0 GB; commsdesk imports files of up to 50 MB."),
        ("sq", "kontakte.vcf është 1,0 GB; commsdesk importon skedarë deri në 50 MB."),
        ("sr", "kontakte.vcf ima 1,0 GB; commsdesk uvozi datoteke do 50 MB."),
    ],
)
def test_the_command_line_refuses_a_1_gb_vcard_in_one_sentence_and_writes_nothing(tmp_path, language, sentence):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", db, "init", lang=None).returncode == 0
    path = sparse(tmp_path / "kontakte.vcf", CARD.format(given="Drita", family="Gashi", note="x").encode(), 1024**3)
    refused = run_cli("--db", db, "import", "contacts", path, lang=language)
    assert refused.returncode == 1 and refused.stderr.strip() == sentence, refused.stderr
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 0
    connection.close()


def test_a_vcard_line_or_field_over_its_limit_is_that_cards_problem_and_nothing_is_imported(services, tmp_path):
    path = tmp_path / "kontakte.vcf"
    path.write_text(
        CARD.format(given="Drita", family="Gashi", note="a" * 300_000)
        + CARD.format(given="Đorđe", family="Čačak", note="b" * 10_001)
        + CARD.format(given="Mimoza", family="Çeku", note="moderatore"),
        encoding="utf-8",
    )
    rows = open_source(path).rows()
    assert [row.problems for row in rows] == [
        ("its NOTE line is longer than 100000 characters",),
        ("“Notes” has 10001 characters, more than the 10000 allowed",),
        (),
    ]
    with pytest.raises(ValidationError) as refused:
        services.contacts.import_contacts(rows)
    assert "Row 1: its NOTE line is longer than 100000 characters" in str(refused.value)
    assert services.contacts.count() == 0
    report = services.contacts.import_contacts(rows, skip_invalid=True)
    assert (report.created, len(report.rejected)) == (1, 2)
    assert [len(contact.notes) for contact in services.contacts.records(ExportScope())] == [len("moderatore")]


def test_a_card_longer_than_its_limit_is_its_problem_but_pictures_do_not_count(tmp_path):
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "\r\n ".join(["QUJD" * 18] * 30_000) + "\r\n"  # 2 MB folded
    card = CARD.format(given="Drita", family="Gashi", note="x").replace("END:VCARD", photo + "END:VCARD")
    long_card = CARD.format(given="Mimoza", family="Çeku", note="\r\n ".join(["y" * 70] * 20))
    path = tmp_path / "kontakte.vcf"
    path.write_text(card + long_card, encoding="utf-8")
    rows = open_source(path, limits=Limits(max_bytes=50 * MIB, max_rows=10, max_card=1000)).rows()
    assert rows[0].problems == () and rows[0].data.full_name == "Drita Gashi"
    assert rows[1].problems == ("the card is longer than 1000 characters",)


def test_a_one_line_vcard_of_45_mb_is_refused_in_bounded_memory(tmp_path):
    """The case of the report: one NOTE line that the old reader held, parsed and stored whole."""
    path = tmp_path / "one-line.vcf"
    with path.open("wb") as handle:
        handle.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Drita Gashi\r\nNOTE:")
        for _ in range(45):
            handle.write(b"a" * MIB)
        handle.write(b"\r\nEND:VCARD\r\n")
    script = (
        "import json, sys\n"
        "from commsdesk.i18n import set_language\n"
        "from commsdesk.io.contacts_files import ContactSource\n"
        "set_language('en')\n"
        "rows = ContactSource.open(__import__('pathlib').Path(sys.argv[1]), languages=['sq'], default_language='sq')"
        ".rows()\n"
        "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')) // 1024\n"
        "print(json.dumps({'problems': [list(row.problems) for row in rows], 'peak_mib': peak}))\n"
    )
    if not os.path.exists("/proc/self/status"):
        pytest.skip("peak memory is read from /proc")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["problems"] == [["its NOTE line is longer than 100000 characters"]]
    assert found["peak_mib"] < 250  # the old reader took some 80 times the file


def test_a_csv_field_over_its_limit_names_the_row_and_field_and_nothing_is_imported(services, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text(
        "Emri;Mbiemri;E-mail;Shënime\r\n"
        f"Drita;Gashi;drita@rtk.example;{'n' * 10_001}\r\n"
        f"{'Mimoza' * 40};Çeku;mimoza@rk.example;\r\n"
        "Teuta;Rexhepi;teuta@rtv21.example;moderatore\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as refused:
        services.contacts.import_contacts(open_source(path).rows())
    message = str(refused.value)
    assert "Row 2: “Notes” has 10001 characters, more than the 10000 allowed" in message
    assert "Row 3: “Given name” has 240 characters, more than the 200 allowed" in message
    assert services.contacts.count() == 0


def test_a_csv_line_too_long_or_too_many_rows_is_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Name,Notes\r\n" + "Drita," + "n" * 200_000 + "\r\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"^The file wide\.csv cannot be read: line 2 is longer than 100000"):
        open_source(path)
    path = tmp_path / "long.csv"
    path.write_text("Name,E-mail\n" + "Drita Gashi,d@x.example\n" * 100_001, encoding="utf-8")
    with pytest.raises(ValidationError, match=r"^long\.csv has more than 100000 rows; commsdesk imports up to"):
        open_source(path)
    path.write_text("Name,E-mail\n" + "Drita Gashi,d@x.example\n" * 4, encoding="utf-8")
    with pytest.raises(ValidationError, match="more than 3 rows"):
        open_source(path, limits=Limits(max_bytes=MIB, max_rows=3))


def test_a_workbook_whose_sheet_unpacks_to_300_mb_is_refused_before_it_is_parsed(services, tmp_path):
    book = Workbook()
    book.active.append(["Given name", "Family name"])
    book.active.append(["Drita", "Gashi"])
    plain = io.BytesIO()
    book.save(plain)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with out.open(info.filename, "w", force_zip64=True) as sheet:
                sheet.write(head + b'<row r="3"><c r="A3" t="inlineStr"><is><t>')
                for _ in range(310):
                    sheet.write(b"a" * MIB)
                sheet.write(b"</t></is></c></row></sheetData>" + tail)
    assert path.stat().st_size < MIB
    with pytest.raises(ValidationError) as refused:
        open_source(path)
    assert str(refused.value) == (
        "bomb.xlsx unpacks to 310.0 MB; commsdesk reads workbooks that unpack to at most 300 MB."
    )
    assert services.contacts.count() == 0


def test_a_sheet_declaring_every_column_is_read_as_wide_as_its_header(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Given name", "Family name"])
    sheet.append(["Drita", "Gashi"])
    sheet.cell(row=1, column=16_384).value = None  # the sheet's dimension now reaches column XFD
    sheet["XFD3"] = "x"
    path = tmp_path / "wide.xlsx"
    book.save(path)
    table = open_source(path).table
    assert table.headers == ["Given name", "Family name"]
    assert all(len(values) == 2 for _number, values in table.rows)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_csv_without_bom_is_read_right(services, tmp_path, encoding):
    path = tmp_path / "lista.csv"
    text = "Emri\tMbiemri\tE-mail\r\nĐorđe\tČačak\tdjordje@radiokim.example\r\nMimoza\tÇeku\tmimoza@rk.example\r\n"
    path.write_bytes(text.encode(encoding))
    source = open_source(path)
    assert (source.table.encoding, source.table.delimiter) == ("utf-16", "\t")
    report = services.contacts.import_contacts(source.rows(), on_duplicate=OnDuplicate.ADD)
    assert report.created == 2
    assert sorted(record.full_name for record in services.contacts.records(ExportScope())) == [
        "Mimoza Çeku",
        "Đorđe Čačak",
    ]


def test_a_file_in_no_readable_encoding_gets_a_true_sentence(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ValidationError) as refused:
        open_source(path)
    assert str(refused.value) == (
        "The file photo.csv cannot be read: it is not text in UTF-8, UTF-16, Windows-1250 or Windows-1252"
    )


def test_plan_and_calendar_fields_over_their_limits_are_named(services, tmp_path):
    calendar = services.calendar
    path = tmp_path / "plan.csv"
    path.write_text(
        ",".join(COLUMNS) + "\r\n" + f"1,Informimi,specific,{'a' * 2001},ZIMP,2024,,0,\r\n", encoding="utf-8"
    )
    with pytest.raises(ValidationError, match='Row 2: "activity" has 2001 characters, more than the 2000 allowed'):
        read_plan_file(path)
    ics = tmp_path / "events.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1@x\r\nDTSTART:20260410T090000Z\r\n"
        f"SUMMARY:Takim\r\nLOCATION:{'k' * 501}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    result = calendar.import_ics(read_ics(ics))
    assert result.created == 0 and calendar.event_count() == 0
    assert result.skipped == ("Takim: “Place” has 501 characters; at most 500 are allowed.",)
