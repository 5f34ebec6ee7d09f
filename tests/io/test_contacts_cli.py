"""The contacts commands as the IT office scripts them: real processes, real files, messages and exit codes."""

import csv
import os
import sqlite3
import subprocess
import sys

import vobject
from openpyxl import load_workbook

from tests.helpers import pdf_text

GOOD = (
    "Emri;Mbiemri;Media;E-mail;Gjuha\r\n"
    "Đorđe;Čačak;Radio KIM;djordje@radiokim.example;sr\r\n"
    "Mimoza;Çeku;Radio Kaçaniku;mimoza@rk.example;sq\r\n"
)


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "commsdesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


def count(db, table="contact"):
    connection = sqlite3.connect(db)
    try:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_import_contacts_into_a_group_and_again_without_duplicates(tmp_path):
    db, path = tmp_path / "c.sqlite", tmp_path / "lista.csv"
    path.write_bytes(GOOD.encode("cp1250"))
    first = run("--db", db, "--lang", "en", "import", "contacts", path, "--group", "Mediat lokale")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Imported lista.csv: 2 new, 0 updated, 0 skipped, 0 rejected."
    again = run("--db", db, "--lang", "en", "import", "contacts", path, "--on-duplicate", "update")
    assert again.stdout.strip() == "Imported lista.csv: 0 new, 2 updated, 0 skipped, 0 rejected."
    assert count(db) == 2
    connection = sqlite3.connect(db)
    members = connection.execute(
        "SELECT COUNT(*) FROM contact_group JOIN audience_group g ON g.id = group_id WHERE g.name = 'Mediat lokale'"
    ).fetchone()[0]
    connection.close()
    assert members == 2


def test_a_rejected_row_imports_nothing_and_exits_1_unless_skip_invalid(tmp_path):
    db, path = tmp_path / "c.sqlite", tmp_path / "bad.csv"
    path.write_text(GOOD + ";;;nobody@example.org;\r\nTeuta;Rexhepi;RTV21;teuta(at)rtv21;sq\r\n", encoding="utf-8")
    refused = run("--db", db, "--lang", "en", "import", "contacts", path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "Nothing was imported. Rows with problems: 2." in refused.stderr
    assert (
        "Row 4: there is no name" in refused.stderr
        and "Row 5: the e-mail “teuta(at)rtv21” is not valid" in refused.stderr
    )
    assert count(db) == 0
    skipped = run("--db", db, "--lang", "en", "import", "contacts", path, "--skip-invalid")
    assert skipped.returncode == 0 and "2 new, 0 updated, 0 skipped, 2 rejected" in skipped.stdout
    assert "Rows left out: 2." in skipped.stderr and count(db) == 2


def test_messages_come_in_the_chosen_language_and_a_missing_file_is_one_sentence(tmp_path):
    db = tmp_path / "c.sqlite"
    missing = run("--db", db, "--lang", "en", "import", "contacts", tmp_path / "nowhere.csv")
    assert missing.returncode == 1 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr
    wrong = run("--db", db, "import", "contacts", tmp_path / "x.csv", "--on-duplicate", "merge")
    assert wrong.returncode == 2


def test_export_contacts_of_a_group_in_every_format(tmp_path):
    db = tmp_path / "demo.sqlite"
    assert run("--db", db, "init", "--demo").returncode == 0
    xlsx = tmp_path / "media.xlsx"
    result = run("--db", db, "--lang", "en", "export", "contacts", "--group", "media", "--format", "xlsx", "-o", xlsx)
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    exported = int(result.stdout.split()[1])
    assert len(rows) == exported + 1 and exported > 20
    connection = sqlite3.connect(db)
    media = connection.execute("SELECT name FROM audience_group WHERE code = 'media'").fetchone()[0]
    connection.close()
    assert all(media in (row[16] or "").split("; ") for row in rows[1:])
    csv_path = tmp_path / "all.csv"
    assert run("--db", db, "export", "contacts", "--format", "csv", "--delimiter", ";", "-o", csv_path).returncode == 0
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle, delimiter=";"))) == count(db) + 1
    vcf = tmp_path / "all.vcf"
    assert run("--db", db, "export", "contacts", "--format", "vcf", "-o", vcf).returncode == 0
    assert len(list(vobject.readComponents(vcf.read_text(encoding="utf-8")))) == count(db)
    pdf = tmp_path / "list.pdf"
    printed = run(
        "--db", db, "--lang", "en", "export", "contacts", "--format", "pdf", "--group-by", "outlet", "-o", pdf
    )
    assert printed.returncode == 0 and "Radio Kaçaniku" in pdf_text(pdf)
    unknown = run(
        "--db", db, "--lang", "en", "export", "contacts", "--group", "Nobody", "--format", "csv", "-o", csv_path
    )
    assert unknown.returncode == 1 and "There is no group called “Nobody”." in unknown.stderr


def test_import_contacts_reads_vcard_2_1_and_a_csv_whose_encoding_and_separator_are_given(tmp_path):
    db, cards, table = tmp_path / "c.sqlite", tmp_path / "phone.vcf", tmp_path / "lista.txt"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C4=8Ca=C4=8Dak;=C4=90or=C4=91e;;;\r\n"
        b"EMAIL;INTERNET:djordje@radiokim.example\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=87eku;Mimoza;;;\r\n"
        b"TEL;CELL:044 909 808\r\nEND:VCARD\r\n"
    )
    result = run("--db", db, "--lang", "sr", "import", "contacts", cards)
    assert (
        result.returncode == 0
        and result.stdout.strip() == "Uvezeno phone.vcf: novih: 2, ažuriranih: 0, preskočenih: 0, odbijenih: 0."
    )
    table.write_bytes(
        "Emri\tMbiemri\tTelefoni\r\nMimoza\tÇeku\t+383 44 909 808\r\nArbëresha\tDushi\t\r\n".encode("cp1252")
    )
    forced = run("--db", db, "--lang", "en", "import", "contacts", table, "--encoding", "cp1252", "--delimiter", "tab")
    assert forced.stdout.strip() == "Imported lista.txt: 1 new, 0 updated, 1 skipped, 0 rejected."
    connection = sqlite3.connect(db)
    names = {row[0] for row in connection.execute("SELECT given_name || ' ' || family_name FROM contact")}
    connection.close()
    assert names == {"Đorđe Čačak", "Mimoza Çeku", "Arbëresha Dushi"}


def test_one_bad_row_is_one_line(tmp_path):
    db = tmp_path / "c.sqlite"
    source = tmp_path / "one.csv"
    source.write_text("Name,E-mail\nAna,not-an-address\n", encoding="utf-8")
    refused = run("--db", str(db), "--lang", "en", "import", "contacts", str(source))
    assert refused.returncode == 1
    assert refused.stderr.strip().count("\n") == 0 and refused.stderr.startswith("Nothing was imported: row 2:")
