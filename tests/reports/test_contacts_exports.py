"""Exports of the contact list read back with openpyxl, csv and vobject, and the PDFs' text."""

import csv
import re
import shutil
import subprocess
from datetime import date

import pytest
import vobject
from openpyxl import load_workbook
from pypdf import PdfReader

from commsdesk.io.contacts_export import export_writer
from commsdesk.io.contacts_files import ContactSource
from commsdesk.paths import resolve_paths
from commsdesk.reports.contacts_personal import personal_data_pdf, personal_data_xlsx
from commsdesk.reports.pdf import Letterhead
from commsdesk.services.contacts import ContactFilter, ContactInput, ExportScope, OnDuplicate
from commsdesk.workspace import Workspace
from tests.helpers import TRICKY, pdf_pages, pdf_text

LETTERHEAD = Letterhead("Komuna e Kaçanikut – Zyra për Informim", ["Kaçanik"])


def tricky_contact(services):
    return services.contacts.create(
        ContactInput(
            given_name="Đorđe",
            family_name="Čačak",
            position='=HYPERLINK("http://x")',
            outlet=TRICKY,
            outlet_type="radio",
            reach="regional",
            language="sr",
            emails=[("work", "dj.cacak@tricky.example"), ("home", "dj@home.example")],
            phones=[("mobile", "+383 49 777 654"), ("work", "-038 200 300")],
            groups=["Mediji", "Zajednice, sever"],
            topics="-2+3+cmd|' /C calc'!A0",
            address="Ul. Kralja Petra 1\nGračanica",
            website="https://radiokim.example",
            social="@djordje",
            notes="Line one\nLine two, with; separators",
            accredited=True,
            accredited_until=date(2026, 12, 31),
            source="press conference 12.03.2026",
            purpose="releases",
            do_not_contact=True,
            verified_on=date(2026, 1, 15),
        )
    )


def export(services, fmt, path, scope=None, **options):
    write = export_writer(fmt, path, "en", letterhead=LETTERHEAD, **options)
    return services.contacts.export(scope or ExportScope(), write)


def records(workspace):
    """Every contact without its id, e-mails and phones in a fixed order (files group them by label)."""
    return sorted(
        record._replace(id=0, emails=sorted(record.emails), phones=sorted(record.phones))
        for record in workspace.services.contacts.records(ExportScope())
    )


@pytest.mark.parametrize("fmt, options", [("xlsx", {}), ("csv", {}), ("csv", {"delimiter": ";"}), ("vcf", {})])
def test_an_export_imported_into_an_empty_database_gives_the_same_contacts(demo_workspace, tmp_path, fmt, options):
    services = demo_workspace.services
    tricky_contact(services)
    path = tmp_path / f"contacts.{fmt}"
    assert export(services, fmt, path, **options) == services.contacts.count()
    empty = Workspace.open(resolve_paths(tmp_path / "empty" / "commsdesk.sqlite"))
    try:
        source = ContactSource.open(path, languages=["sq", "sr", "en"], default_language="sq")
        # The demo holds two deliberate duplicates; "add" keeps them, so the copy is exact.
        report = empty.services.contacts.import_contacts(source.rows(), on_duplicate=OnDuplicate.ADD)
        assert report.created == services.contacts.count() and not report.rejected
        assert records(empty) == records(demo_workspace)
        original_groups = {(g.name, g.members) for g in services.contacts.groups() if g.members}
        assert {(g.name, g.members) for g in empty.services.contacts.groups()} == original_groups
    finally:
        empty.close()


def test_xlsx_keeps_formulas_as_text_phones_readable_and_marks_do_not_contact(services, tmp_path):
    tricky_contact(services)
    path = tmp_path / "c.xlsx"
    export(services, "xlsx", path)
    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert row["Position"].value == '=HYPERLINK("http://x")' and row["Position"].data_type == "s"
    assert row["Phone (mobile)"].value == "+383 49 777 654" and row["Phone (mobile)"].data_type == "s"
    assert row["Phone (work)"].value == "-038 200 300"
    assert row["Topics / beats"].value == "-2+3+cmd|' /C calc'!A0" and row["Topics / beats"].data_type == "s"
    assert row["Do not contact"].value == "Yes"
    assert row["Groups"].value == "Mediji; Zajednice, sever"
    assert row["Organisation type"].value == "Radio" and row["Language"].value == "Srpski"
    assert row["Accredited until"].value.date() == date(2026, 12, 31)
    assert row["Outlet / organisation"].value == TRICKY


def test_csv_has_a_bom_for_excel_and_guards_formulas(services, tmp_path):
    tricky_contact(services)
    path = tmp_path / "c.csv"
    export(services, "csv", path, delimiter=";")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert rows[0]["Position"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["Topics / beats"] == "'-2+3+cmd|' /C calc'!A0" and rows[0]["Social accounts"] == "'@djordje"
    assert rows[0]["Phone (mobile)"] == "+383 49 777 654" and rows[0]["Phone (work)"] == "-038 200 300"
    assert rows[0]["Do not contact"] == "Yes"
    assert rows[0]["Notes"] == "Line one\nLine two, with; separators"


def hostile_contact(services):
    """Text that becomes a formula in a spreadsheet, or only when split on the other separator or a line break,
    beside phone numbers and lists of them that must stay readable."""
    return services.contacts.create(
        ContactInput(
            given_name="+1-1",
            family_name="-1-1",
            position="x;=cmd|' /C calc'!A0",
            outlet="Radio, =HYPERLINK(1)",
            phones=[("mobile", "+383 44 123 456"), ("mobile", "+383 49 765 432"), ("work", "+383 (0)38 200-300")],
            topics="@SUM(1)",
            address="Rr. 1\n=1+1\n-2+3+cmd|' /C calc'!A0",
            social="+383-44-123-456",
            notes="Line one\n- asked for the release\n+383 44 123 456, +383 49 765 432",
        )
    )


def formula(cell: str) -> bool:
    """What a spreadsheet evaluates: `= @ tab CR`, or a sign before anything but a number or a number followed by
    another one after spaces (a phone number, `+383 44 …`: two numbers side by side are no formula)."""
    if cell[:1] in ("=", "@", "\t", "\r"):
        return True
    return cell[:1] in ("+", "-") and not re.match(r"[+-](\d+([.,]\d+)?\Z|\(?\d[\d()./-]* +\(?\d)", cell)


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_has_no_formula_whichever_separator_splits_it_and_keeps_phones_readable(services, tmp_path, delimiter):
    hostile_contact(services)
    path = tmp_path / "c.csv"
    export(services, "csv", path, delimiter=delimiter)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle, delimiter=delimiter))
    assert row["Phone (mobile)"] == "+383 44 123 456; +383 49 765 432" and row["Phone (work)"] == "+383 (0)38 200-300"
    assert row["Notes"] == "Line one\n - asked for the release\n+383 44 123 456, +383 49 765 432"
    assert row["Given name"] == "'+1-1" and row["Family name"] == "'-1-1" and row["Topics / beats"] == "'@SUM(1)"
    assert row["Position"] == "x; =cmd|' /C calc'!A0" and row["Outlet / organisation"] == "Radio, =HYPERLINK(1)"
    assert row["Address"] == "Rr. 1\n =1+1\n -2+3+cmd|' /C calc'!A0" and row["Social accounts"] == "'+383-44-123-456"
    for reader_delimiter in (",", ";"):  # Excel in Albanian or Serbian splits a comma file on `;`, and the reverse
        text = path.read_text(encoding="utf-8-sig")
        cells = [cell for line in csv.reader(text.splitlines(), delimiter=reader_delimiter) for cell in line]
        assert [cell for cell in cells if formula(cell)] == []
        assert "+383 49 765 432" in " ".join(cells)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("delimiter, read_as", [(",", 44), (",", 59), (";", 59), (";", 44)])
def test_libreoffice_opens_the_csv_without_a_formula_on_either_separator(services, tmp_path, delimiter, read_as):
    hostile_contact(services)
    path = tmp_path / "c.csv"
    export(services, "csv", path, delimiter=delimiter)
    # Separator, quote, UTF-8, from line 1, standard columns, English, quoted as text no, special numbers yes, …,
    # evaluate formulas yes: the settings under which a formula would run.
    options = f"CSV:{read_as},34,76,1,,1033,false,true,false,false,false,-1,true"
    profile = (tmp_path / "profile").as_uri()
    command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx"]
    subprocess.run([*command, "--infilter=" + options, "--outdir", str(tmp_path), str(path)], check=True, timeout=120)
    sheet = load_workbook(tmp_path / "c.xlsx").active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert [cell.value for cell in cells if cell.data_type == "f"] == []
    phones = "+383 44 123 456; +383 49 765 432" if read_as == ord(delimiter) else "+383 49 765 432"
    assert any(phones in cell.value for cell in cells if cell.data_type == "s")


def test_vcard_is_one_valid_3_0_file_or_one_file_per_contact(demo_workspace, tmp_path):
    services = demo_workspace.services
    tricky_contact(services)
    path = tmp_path / "all.vcf"
    count = export(services, "vcf", path)
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert len(cards) == count and all(card.version.value == "3.0" for card in cards)
    tricky = next(card for card in cards if card.org.value == [TRICKY])
    assert tricky.fn.value == "Đorđe Čačak" and "Do not contact" in tricky.categories.value
    assert all(len(line) <= 75 for line in path.read_bytes().split(b"\r\n"))
    folder = tmp_path / "outlook"
    folder.mkdir()
    export(services, "vcf", folder)
    files = sorted(folder.glob("*.vcf"))
    assert len(files) == count and {"Đorđe Čačak.vcf", "Đorđe Čačak (2).vcf"} <= {file.name for file in files}


def test_a_group_export_holds_only_its_members(demo_workspace, tmp_path):
    services = demo_workspace.services
    group = next(g for g in services.contacts.groups() if g.code == "donors")
    path = tmp_path / "donors.csv"
    assert export(services, "csv", path, ExportScope(ContactFilter(group_id=group.id))) == group.members
    selection = [row.id for row in services.contacts.page(0, 3)]
    assert export(services, "csv", tmp_path / "three.csv", ExportScope(ids=tuple(selection))) == 3


def test_the_printable_list_is_grouped_landscape_with_letterhead_and_marks(demo_workspace, tmp_path):
    services = demo_workspace.services
    tricky_contact(services)
    by_group = tmp_path / "by-group.pdf"
    export(services, "pdf", by_group, description="All contacts.")
    text = pdf_text(by_group)
    assert "Komuna e Kaçanikut – Zyra për Informim" in text and "Contact list" in text
    assert "⊘ Đorđe Čačak" in text and "do not contact" in text
    for group in services.contacts.groups():
        if group.members:
            assert f"{group.name} ({group.members})" in text
    by_outlet = tmp_path / "by-outlet.pdf"
    export(services, "pdf", by_outlet, group_by="outlet")
    text = pdf_text(by_outlet)
    assert "Radio KIM — Radio, Regional (2)" in text and "grouped by organisation" in text
    for path in (by_group, by_outlet):
        for page in PdfReader(str(path)).pages:
            assert page.mediabox.width > page.mediabox.height  # landscape


def test_the_printable_list_of_many_contacts_spans_pages_with_the_header_on_each(services, tmp_path):
    from commsdesk.domain.contact_records import ContactRecord
    from commsdesk.reports.contacts_list import contact_list_pdf

    many = [
        ContactRecord.of(
            n, ContactInput(given_name=f"Emri{n}", family_name="Mbiemri", groups=["Mediat"], notes="x" * 300)
        )
        for n in range(400)
    ]
    path = tmp_path / "many.pdf"
    contact_list_pdf(path, many, letterhead=LETTERHEAD, language="sq")
    pages = pdf_pages(path)
    assert pages > 5
    text = pdf_text(path)
    assert text.count("Gjuha") >= pages and "Emri399 Mbiemri" in text


def test_everything_held_about_a_person_as_pdf_and_xlsx(services, tmp_path):
    contact_id = tricky_contact(services)
    data = services.contacts.personal_data(contact_id)
    pdf = personal_data_pdf(tmp_path / "person.pdf", data, letterhead=LETTERHEAD, language="en")
    text = pdf_text(pdf)
    for expected in (
        "Personal data held about Đorđe Čačak",
        "dj@home.example",
        "press conference 12.03.2026",
        "31.12.2026",
    ):
        assert expected in text
    workbook = load_workbook(personal_data_xlsx(tmp_path / "person.xlsx", data, language="sq"))
    facts = {row[0]: row[1] for row in workbook.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert facts["Mos e kontakto"] == "po" and facts["Burimi i të dhënave"] == "press conference 12.03.2026"
