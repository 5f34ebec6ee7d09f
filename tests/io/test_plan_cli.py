"""The plan's commands as the IT office scripts them: real processes, real files, messages and exit codes."""

import csv
import os
import sqlite3
import subprocess
import sys

import openpyxl

from commsdesk.io.plan_csv import COLUMNS
from commsdesk.resources import resource_path
from tests.helpers import pdf_text

PLAN = resource_path("demo", "kacanik-action-plan-2023.csv")


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "commsdesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


def test_import_then_annual_and_quarterly_reports_from_the_command_line(tmp_path):
    db = tmp_path / "c.sqlite"
    imported = run(
        "--db", db, "--lang", "en", "import", "plan", PLAN, "--year", "2023", "--strategy", "Strategjia 2023–2026"
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == (
        "Imported the plan of 2023: 3 objectives, 25 specific and 18 recurring activities, €3,900.00 planned."
    )
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT titles FROM strategy").fetchone()[0] == '{"en": "Strategjia 2023\\u20132026"}'
    connection.close()

    pdf = tmp_path / "vjetor.pdf"
    report = run("--db", db, "report", "plan", "--year", "2023", "--format", "pdf", "--lang", "sq", "-o", pdf)
    assert report.returncode == 0, report.stderr
    text = " ".join(pdf_text(pdf).split())
    assert "specifike: 25" in text and "3.900,00 €" in text

    xlsx = tmp_path / "q2.xlsx"
    quarterly = run(
        "--db",
        db,
        "--lang",
        "en",
        "report",
        "plan",
        "--year",
        "2023",
        "--quarter",
        "2",
        "--as-of",
        "15.06.2023",
        "--format",
        "xlsx",
        "-o",
        xlsx,
    )
    assert quarterly.returncode == 0, quarterly.stderr and f"Report written to {xlsx}" in quarterly.stdout
    workbook = openpyxl.load_workbook(xlsx)
    assert workbook.sheetnames[0] == "Summary 2023 Q2" and "Changes" in workbook.sheetnames


def test_importing_a_malformed_plan_names_the_rows_and_imports_nothing(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run("--db", db, "init").returncode == 0
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerow(["1", "Objektivi", "specific", "Takim", "ZIMP", "2023", "", "100", ""])
        writer.writerow(["", "Objektivi", "specific", "Pa objektiv", "ZIMP", "2023", "", "100", ""])
        writer.writerow(["1", "Objektivi", "specific", "Kosto", "ZIMP", "2023", "", "abc", ""])
        writer.writerow(["1", "Objektivi", "tjetër", "Lloji", "ZIMP", "2023", "", "0", ""])
    result = run("--db", db, "--lang", "en", "import", "plan", bad, "--year", "2023")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Row 3:" in result.stderr and "Row 4:" in result.stderr and "Row 5:" in result.stderr
    assert "Row 2:" not in result.stderr
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT COUNT(*) FROM activity").fetchone()[0] == 0
    assert connection.execute("SELECT COUNT(*) FROM annual_plan").fetchone()[0] == 0
    connection.close()


def test_importing_twice_needs_replace(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run("--db", db, "import", "plan", PLAN, "--year", "2023").returncode == 0
    again = run("--db", db, "--lang", "en", "import", "plan", PLAN, "--year", "2023")
    assert again.returncode == 1 and "already has 43 activities" in again.stderr
    assert run("--db", db, "import", "plan", PLAN, "--year", "2023", "--replace").returncode == 0


def test_report_errors_are_one_sentence(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run("--db", db, "init").returncode == 0
    missing = run(
        "--db", db, "--lang", "en", "report", "plan", "--year", "2030", "--format", "pdf", "-o", tmp_path / "x.pdf"
    )
    assert missing.returncode == 1 and "There is no action plan for 2030." in missing.stderr
    bad_date = run(
        "--db", db, "--lang", "en", "report", "plan", "--year", "2030", "--as-of", "31.2.2030", "-o", tmp_path / "x.pdf"
    )
    assert bad_date.returncode == 1 and "not a date written dd.MM.yyyy" in bad_date.stderr
    wrong = run("--db", db, "report", "plan", "--year", "2030", "--quarter", "5", "-o", tmp_path / "x.pdf")
    assert wrong.returncode == 2
    serbian = run("--db", db, "--lang", "sr", "report", "plan", "--year", "2030", "-o", tmp_path / "x.pdf")
    assert serbian.returncode == 1 and "2030" in serbian.stderr and "There is no" not in serbian.stderr


def test_export_plan_template(tmp_path):
    target = tmp_path / "shabllon.xlsx"
    result = run("--lang", "en", "export", "plan-template", "-o", target)
    assert result.returncode == 0, result.stderr
    assert [c.value for c in openpyxl.load_workbook(target).worksheets[0][1]] == list(COLUMNS)
