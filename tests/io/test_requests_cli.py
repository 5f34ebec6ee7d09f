"""The document-request commands as the office scripts them: real processes, real files, messages and exit codes."""

import csv
import sqlite3
from pathlib import Path

import openpyxl

from tests.helpers import pdf_text, run_cli

REGISTER = Path(__file__).resolve().parents[1] / "fixtures" / "requests" / "old-register-2025.csv"


def count_requests(db: Path) -> int:
    connection = sqlite3.connect(db)
    try:
        return connection.execute("SELECT COUNT(*) FROM document_request").fetchone()[0]
    finally:
        connection.close()


def test_import_twice_then_export_and_report_from_the_command_line(tmp_path):
    db = tmp_path / "c.sqlite"
    imported = run_cli("--db", db, "import", "requests", REGISTER)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == ("Imported old-register-2025.csv: 28 new requests, 0 already in the register.")
    again = run_cli("--db", db, "import", "requests", REGISTER)
    assert again.stdout.strip() == "Imported old-register-2025.csv: 0 new requests, 28 already in the register."
    assert count_requests(db) == 28

    exported = tmp_path / "2025.csv"
    result = run_cli("--db", db, "export", "requests", "--year", "2025", "--format", "csv", "-o", exported)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported 26 requests to {exported}."
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["number"] for row in csv.DictReader(handle)][:2] == ["2025/001", "2025/002"]
    workbook = tmp_path / "all.xlsx"
    assert run_cli("--db", db, "export", "requests", "-o", workbook).returncode == 0  # the format from the name
    assert openpyxl.load_workbook(workbook).worksheets[0].max_row == 29

    pdf = tmp_path / "aip.pdf"
    report = run_cli("--db", db, "report", "requests", "--year", "2025", "--lang", "en", "-o", pdf)
    assert report.returncode == 0, report.stderr
    assert report.stdout.strip() == f"Report written to {pdf}."
    text = " ".join(pdf_text(pdf).split())
    assert "Year 2025" in text and "Requests received 26" in text and "Citizen 12 46 %" in text

    quarter = tmp_path / "q1.xlsx"
    assert run_cli("--db", db, "report", "requests", "--year", "2025", "--quarter", "1", "-o", quarter).returncode == 0
    summary = openpyxl.load_workbook(quarter).worksheets[0]
    assert summary.title == "AIP 2025 Q1" and summary["D2"].value == 10

    folder = tmp_path / "reports"
    folder.mkdir()
    ranged = run_cli(
        "--db", db, "report", "requests", "--from", "15.12.2025", "--to", "05.01.2026", "--format", "xlsx", "-o", folder
    )
    assert ranged.returncode == 0, ranged.stderr
    written = folder / "report-to-aip-2025-12-15_2026-01-05.xlsx"
    assert ranged.stdout.strip() == f"Report written to {written}."
    assert openpyxl.load_workbook(written).worksheets[0]["D2"].value == 3


def test_importing_a_malformed_register_names_the_rows_and_writes_nothing(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", db, "init").returncode == 0
    bad = tmp_path / "old.csv"
    bad.write_text(
        "received,requester_type,subject\n01.02.2025,citizen,Buxheti\n31.02.2025,citizen,Buxheti\n"
        "01.03.2025,alien,Buxheti\n",
        encoding="utf-8",
    )
    result = run_cli("--db", db, "import", "requests", bad)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "Nothing was imported. Rows with problems: 2.",
        'Row 3: the received date "31.02.2025" is not a date written DD.MM.YYYY or DD.MM.YYYY HH:MM',
        'Row 4: unknown requester type "alien" (citizen, media, ngo, business, institution or other)',
    ]
    assert count_requests(db) == 0


def test_a_report_without_a_period_or_with_half_of_one_is_refused_in_one_sentence(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", db, "init").returncode == 0
    for args, sentence in (
        (["-o", tmp_path / "r.pdf"], "Say which period to report on: --year, or --from and --to."),
        (["--from", "01.01.2025", "-o", tmp_path / "r.pdf"], "Give both --from and --to."),
        (["--year", "2025", "--from", "01.01.2025", "--to", "02.01.2025", "-o", tmp_path / "r.pdf"], "Give either"),
        (["--from", "1.1.25", "--to", "02.01.2025", "-o", tmp_path / "r.pdf"], "1.1.25 is not a date"),
        (["--year", "2025", "-o", tmp_path / "r.txt"], "Say which format to write: --format pdf --format xlsx."),
    ):
        result = run_cli("--db", db, "report", "requests", *args)
        assert result.returncode == 1 and sentence in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.pdf").exists()


def test_a_report_to_a_folder_that_does_not_exist_says_so(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", db, "init").returncode == 0
    target = tmp_path / "missing" / "r.pdf"
    result = run_cli("--db", db, "report", "requests", "--year", "2025", "-o", target)
    assert result.returncode == 1
    assert result.stderr.strip() == f"The folder {target.parent} does not exist."
