"""Reading contact files as other programs write them: Excel's CSVs in any code page, XLSX, vCard 2.1/3.0/4.0,
Outlook's and Google's exports. Every file here is written byte for byte the way those programs write it."""

from datetime import date

import pytest
from openpyxl import Workbook

from commsdesk.errors import ValidationError
from commsdesk.io.contacts_files import ContactSource

LANGUAGES = ["sq", "sr", "en"]


def open_source(path, **options):
    return ContactSource.open(path, languages=LANGUAGES, default_language="sq", **options)


def by_name(rows):
    return {row.data.full_name: row for row in rows}


def test_a_windows_1250_semicolon_csv_as_excel_writes_it_reads_with_every_letter(tmp_path):
    text = (
        "Ime;Prezime;Medij;E-mail;Telefon;Jezik;Grupa\r\n"
        "Đorđe;Čačak;Radio KIM;djordje.cacak@radiokim.example;+383 49 321 654;Srpski;Mediji\r\n"
        "Snežana;Đurić;TV Most;snezana@tvmost.example;044 777 888;sr;Mediji\r\n"
        "Arbëresha;Gashi;Koha Ditore;;;Shqip;\r\n"
        ";;;;;;\r\n"
    )
    path = tmp_path / "mediji.csv"
    path.write_bytes(text.encode("cp1250"))
    source = open_source(path)
    assert source.table.encoding == "cp1250" and source.table.delimiter == ";"
    rows = by_name(source.rows())
    assert set(rows) == {"Đorđe Čačak", "Snežana Đurić", "Arbëresha Gashi"}
    djordje = rows["Đorđe Čačak"].data
    assert djordje.outlet == "Radio KIM" and djordje.language == "sr" and djordje.groups == ["Mediji"]
    assert djordje.emails == [("work", "djordje.cacak@radiokim.example")]
    assert rows["Snežana Đurić"].data.phones == [("work", "044 777 888")]
    assert rows["Arbëresha Gashi"].data.language == "sq"
    assert all(not row.problems for row in rows.values())


def test_a_windows_1252_csv_is_told_apart_from_1250(tmp_path):
    path = tmp_path / "donors.csv"
    path.write_bytes(
        "Name,Email\r\nRené Müller,rene@giz.example\r\nJoão Gonçalves,joao@eu.example\r\n".encode("cp1252")
    )
    source = open_source(path)
    assert source.table.encoding == "cp1252"
    assert set(by_name(source.rows())) == {"René Müller", "João Gonçalves"}


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_utf8_csv_with_or_without_bom_and_commas(tmp_path, bom):
    path = tmp_path / "list.csv"
    text = 'Given name,Family name,Organisation,Notes\n"Drita","Bytyçi","Telegrafi","Says ""hello"", often"\n'
    path.write_bytes(bom + text.encode("utf-8"))
    source = open_source(path)
    assert source.table.delimiter == ","
    (row,) = source.rows()
    assert row.data.full_name == "Drita Bytyçi" and row.data.notes == 'Says "hello", often'


def test_an_xlsx_sheet_keeps_numbers_as_phone_text_and_reads_real_dates(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Emri", "Mbiemri", "Telefoni", "Organizata", "Accredited until", "Do not contact"])
    sheet.append(["Teuta", "Rexhepi", 38344765432, "RTV21", date(2026, 12, 31), "po"])
    sheet.append(["Ilir", "Gashi", "+383 45 100 200", "Info Kaçaniku", None, None])
    path = tmp_path / "lista.xlsx"
    workbook.save(path)
    source = open_source(path)
    assert source.kind == "xlsx"
    rows = by_name(source.rows())
    assert rows["Teuta Rexhepi"].data.phones == [("work", "38344765432")]
    assert rows["Teuta Rexhepi"].data.accredited_until == date(2026, 12, 31)
    assert rows["Teuta Rexhepi"].data.do_not_contact is True
    assert rows["Ilir Gashi"].data.outlet == "Info Kaçaniku"


def test_a_multi_contact_vcard_2_1_with_quoted_printable_names_imports(tmp_path):
    text = (
        "BEGIN:VCARD\r\n"
        "VERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C4=8Ca=C4=8Dak;=C4=90or=C4=91e;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C4=90or=C4=91e =C4=8Ca=C4=8Dak\r\n"
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Radio KIM\r\n"
        "TEL;CELL:+383 49 321 654\r\n"
        "EMAIL;INTERNET;WORK:djordje.cacak@radiokim.example\r\n"
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Prati zajednice u Gra=C4=8Danici i =\r\n"
        "Zve=C4=8Danu\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:2.1\r\n"
        "N;CHARSET=WINDOWS-1250;ENCODING=QUOTED-PRINTABLE:Byty=E7i;Drita;;;\r\n"
        "TEL;WORK;VOICE:038 222 333\r\n"
        "EMAIL;PREF;INTERNET:drita@telegrafi.example\r\n"
        "END:VCARD\r\n"
    )
    path = tmp_path / "phone-export.vcf"
    path.write_bytes(text.encode("ascii"))
    rows = by_name(open_source(path).rows())
    djordje = rows["Đorđe Čačak"].data
    assert djordje.outlet == "Radio KIM"
    assert djordje.phones == [("mobile", "+383 49 321 654")]
    assert djordje.notes == "Prati zajednice u Gračanici i Zvečanu"
    assert rows["Drita Bytyçi"].data.emails == [("work", "drita@telegrafi.example")]


def test_vcard_3_and_4_read_types_categories_and_language(tmp_path):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Berisha;Vjosa;;;\nFN:Vjosa Berisha\nORG:Koha Ditore;Redaksia\n"
        "TITLE:Redaktore\nEMAIL;TYPE=INTERNET,HOME:vjosa@home.example\nTEL;TYPE=CELL:+383 44 222 333\n"
        "CATEGORIES:Mediat,Ekonomi\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Anna Lindqvist\nN:Lindqvist;Anna;;;\nLANG:en\n"
        'TEL;VALUE=uri;TYPE="work,voice":tel:+383-38-249-066\nEMAIL;TYPE=work:anna@undp.example\nEND:VCARD\n'
    )
    path = tmp_path / "cards.vcf"
    path.write_text(text, encoding="utf-8")
    rows = by_name(open_source(path).rows())
    vjosa = rows["Vjosa Berisha"].data
    assert (vjosa.outlet, vjosa.position, vjosa.groups) == ("Koha Ditore", "Redaktore", ["Mediat", "Ekonomi"])
    assert vjosa.emails == [("home", "vjosa@home.example")] and vjosa.phones == [("mobile", "+383 44 222 333")]
    anna = rows["Anna Lindqvist"].data
    assert anna.language == "en" and anna.phones == [("work", "+383-38-249-066")]


def test_outlooks_contact_csv_is_recognised_by_its_header_row(tmp_path):
    header = (
        '"First Name","Middle Name","Last Name","Title","Suffix","Company","Department","Job Title",'
        '"Business Street","Business City","Business Postal Code","Business Country/Region","Business Phone",'
        '"Mobile Phone","Home Phone","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address",'
        '"Notes","Categories","Web Page"'
    )
    row = (
        '"Besnik","","Ahmeti","","","Ministria e Administrimit","","Zyrtar","Rr. Nëna Terezë 1","Prishtinë","10000",'
        '"Kosovo","+383 38 200 350","+383 44 100 100","","besnik.ahmeti@mapl.example","SMTP","Besnik Ahmeti",'
        '"besnik@home.example","Takim mujor","Institucionet;Media","https://mapl.example"'
    )
    path = tmp_path / "outlook.csv"
    path.write_bytes(("\r\n".join([header, row]) + "\r\n").encode("cp1250"))
    source = open_source(path)
    assert source.layout.kind == "outlook"
    (imported,) = source.rows()
    data = imported.data
    assert (data.given_name, data.family_name, data.outlet, data.position) == (
        "Besnik",
        "Ahmeti",
        "Ministria e Administrimit",
        "Zyrtar",
    )
    assert data.emails == [("work", "besnik.ahmeti@mapl.example"), ("other", "besnik@home.example")]
    assert ("mobile", "+383 44 100 100") in data.phones and ("work", "+383 38 200 350") in data.phones
    assert data.address == "Rr. Nëna Terezë 1, Prishtinë, 10000, Kosovo"
    assert data.groups == ["Institucionet", "Media"] and data.website == "https://mapl.example"


def test_googles_contact_csv_pairs_labels_with_values_and_drops_system_labels(tmp_path):
    header = (
        "First Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,Notes,Labels,"
        "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value"
    )
    row = (
        "Jelena,,Petrović,,Kosovo Online,Urednica,,* myContacts ::: Mediji,* Work,jelena@kosovo-online.example,"
        "Home,jelena.p@mail.example,Mobile,+383 44 555 666 ::: +383 49 555 666"
    )
    path = tmp_path / "google.csv"
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")
    source = open_source(path)
    assert source.layout.kind == "google"
    (imported,) = source.rows()
    data = imported.data
    assert data.full_name == "Jelena Petrović" and data.outlet == "Kosovo Online" and data.position == "Urednica"
    assert data.emails == [("work", "jelena@kosovo-online.example"), ("home", "jelena.p@mail.example")]
    assert data.phones == [("mobile", "+383 44 555 666"), ("mobile", "+383 49 555 666")]
    assert data.groups == ["Mediji"]


def test_each_bad_row_is_reported_with_its_row_number_and_reason(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "Given name,Family name,E-mail (work),Language,Accredited until\n"
        "Arben,Hoxha,arben@ktv.example,sq,31.12.2026\n"
        ",,nobody@example.org,,\n"
        "Teuta,Rexhepi,teuta(at)rtv21,Klingon,32.13.2026\n",
        encoding="utf-8",
    )
    rows = {row.row: row for row in open_source(path).rows()}
    assert rows[2].problems == () and rows[2].data.accredited_until == date(2026, 12, 31)
    assert rows[3].problems == ("there is no name",)
    assert "the e-mail “teuta(at)rtv21” is not valid" in rows[4].problems
    assert "unknown language “Klingon”" in rows[4].problems
    assert "“32.13.2026” is not a date (dd.mm.yyyy)" in rows[4].problems


def test_a_generic_table_guesses_its_columns_and_the_mapping_can_be_changed(tmp_path):
    path = tmp_path / "own.csv"
    path.write_text(
        "Kontakti;Media;Shënime;Emisioni\nMimoza Çeku;Radio Kaçaniku;mëngjesi;Mirëmëngjesi\n", encoding="utf-8"
    )
    source = open_source(path)
    assert source.layout.kind == "generic"
    assert source.mapping == {0: "full_name", 1: "outlet", 2: "notes"}
    source.mapping[3] = "topics"
    (row,) = source.rows()
    data = row.data
    assert (data.given_name, data.family_name, data.outlet) == ("Mimoza", "Çeku", "Radio Kaçaniku")
    assert (data.notes, data.topics) == ("mëngjesi", "Mirëmëngjesi")


def test_a_file_that_is_not_what_it_claims_is_refused_with_a_message(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValidationError, match="is not an Excel workbook"):
        open_source(path)
    broken = tmp_path / "broken.vcf"
    broken.write_text("BEGIN:VCARD\nVERSION:3.0\nthis is not a line\nEND:VCARD\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="not a readable vCard"):
        open_source(broken)
