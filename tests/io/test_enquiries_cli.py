"""The enquiry commands as the office scripts them: real processes, real files, messages and exit codes."""

import csv
import sqlite3
from pathlib import Path

import openpyxl

from tests.helpers import pdf_text, run_cli

FILE = Path(__file__).resolve().parents[1] / "fixtures" / "enquiries" / "enquiries-2025.csv"


def count_enquiries(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("SELECT COUNT(*) FROM enquiry").fetchone()[0]
    finally:
        connection.close()


def test_import_twice_then_export_and_report_from_the_command_line(tmp_path):
    db = tmp_path / "c.sqlite"
    imported = run_cli("--db", db, "import", "enquiries", FILE)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "Imported enquiries-2025.csv: 24 new enquiries, 0 already in the register."
    again = run_cli("--db", db, "import", "enquiries", FILE)
    assert again.stdout.strip() == "Imported enquiries-2025.csv: 0 new enquiries, 24 already in the register."
    assert count_enquiries(db) == 24

    exported = tmp_path / "2025.csv"
    result = run_cli("--db", db, "export", "enquiries", "--year", "2025", "--format", "csv", "-o", exported)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported 22 enquiries to {exported}."
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["number"] for row in csv.DictReader(handle)][:2] == ["P-2025/001", "P-2025/002"]
    workbook = tmp_path / "all.xlsx"
    assert run_cli("--db", db, "export", "enquiries", "-o", workbook).returncode == 0  # the format from the name
    assert openpyxl.load_workbook(workbook).worksheets[0].max_row == 25

    pdf = tmp_path / "enquiries.pdf"
    report = run_cli("--db", db, "report", "enquiries", "--year", "2025", "--lang", "en", "-o", pdf)
    assert report.returncode == 0, report.stderr
    assert report.stdout.strip() == f"Report written to {pdf}."
    text = " ".join(pdf_text(pdf).split())
    assert "Year 2025" in text and "Enquiries received 22" in text and "Answered before the deadline 9" in text
    assert "Still open past the deadline 5" in text  # today, 022's deadline (15.01.2026) has passed as well
    assert "Arta Gashi" not in text

    quarter = tmp_path / "q1.xlsx"
    assert run_cli("--db", db, "report", "enquiries", "--year", "2025", "--quarter", "1", "-o", quarter).returncode == 0
    summary = openpyxl.load_workbook(quarter).worksheets[0]
    assert summary.title == "Enquiries 2025 Q1" and summary["D2"].value == 7

    folder = tmp_path / "reports"
    folder.mkdir()
    ranged = run_cli(
        "--db",
        db,
        "report",
        "enquiries",
        "--from",
        "15.12.2025",
        "--to",
        "05.01.2026",
        "--format",
        "xlsx",
        "-o",
        folder,
    )
    assert ranged.returncode == 0, ranged.stderr
    written = folder / "enquiries-report-2025-12-15_2026-01-05.xlsx"
    assert ranged.stdout.strip() == f"Report written to {written}."
    assert openpyxl.load_workbook(written).worksheets[0]["D2"].value == 3


def test_importing_a_malformed_list_names_the_rows_and_writes_nothing(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", db, "init").returncode == 0
    bad = tmp_path / "list.csv"
    bad.write_text(
        "received,journalist,channel,questions\n01.02.2025 10:00,Arta,phone,Pse?\n31.02.2025 10:00,Arta,phone,Pse?\n"
        "01.03.2025 10:00,Arta,pigeon,Pse?\n",
        encoding="utf-8",
    )
    result = run_cli("--db", db, "import", "enquiries", bad)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "Nothing was imported. Rows with problems: 2.",
        'Row 3: "received" holds "31.02.2025 10:00", which is not a day and time written DD.MM.YYYY HH:MM',
        'Row 4: unknown channel "pigeon" (phone, email, in_person, social_media or message)',
    ]
    assert count_enquiries(db) == 0


def test_a_report_without_a_period_or_a_format_is_refused_in_one_sentence(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", db, "init").returncode == 0
    for args, sentence in (
        (["-o", tmp_path / "r.pdf"], "Say which period to report on: --year, or --from and --to."),
        (["--to", "01.01.2025", "-o", tmp_path / "r.pdf"], "Give both --from and --to."),
        (["--year", "2025", "-o", tmp_path / "r.txt"], "Say which format to write: --format pdf --format xlsx."),
    ):
        result = run_cli("--db", db, "report", "enquiries", *args)
        assert result.returncode == 1 and sentence in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    exported = run_cli("--db", db, "export", "enquiries", "-o", tmp_path / "e.pdf")
    assert exported.returncode == 1 and "Say which format to write: --format xlsx --format csv." in exported.stderr
    assert not (tmp_path / "r.pdf").exists()
