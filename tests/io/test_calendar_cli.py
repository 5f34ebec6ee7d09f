"""The calendar's commands as the IT office scripts them: real processes, real files, messages, exit codes."""

import os
import re
import subprocess
import sys
from datetime import date, timedelta

import icalendar
from openpyxl import load_workbook

from tests.helpers import pdf_text


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "commsdesk", *args], capture_output=True, text=True, env=dict(os.environ), timeout=180
    )


def demo(tmp_path):
    db = tmp_path / "demo.sqlite"
    assert run("--db", str(db), "init", "--demo").returncode == 0
    return db


def this_week():
    monday = date.today() - timedelta(days=date.today().weekday())
    return monday, monday + timedelta(days=6)


def test_export_calendar_writes_the_week_plan_workbook_and_ics_of_a_range(tmp_path):
    db = demo(tmp_path)
    first, last = this_week()
    dates = ["--from", f"{first:%d.%m.%Y}", "--to", f"{last:%d.%m.%Y}"]
    pdf = run(
        "--db", str(db), "--lang", "en", "export", "calendar", *dates, "--format", "pdf", "-o", str(tmp_path / "w.pdf")
    )
    assert pdf.returncode == 0, pdf.stderr
    assert "events to" in pdf.stdout
    text = pdf_text(tmp_path / "w.pdf")
    assert "Weekly calendar of communication activities" in text and "Mbledhja javore e Kryetarit" in text
    sq = run("--db", str(db), "export", "calendar", *dates, "--lang", "sq", "-o", str(tmp_path / "java.pdf"))
    assert sq.returncode == 0 and "Kalendari javor i aktiviteteve të komunikimit" in pdf_text(tmp_path / "java.pdf")
    xlsx = run("--db", str(db), "export", "calendar", *dates, "--format", "xlsx", "-o", str(tmp_path / "k.xlsx"))
    assert xlsx.returncode == 0, xlsx.stderr
    titles = [row[5] for row in load_workbook(tmp_path / "k.xlsx").active.iter_rows(min_row=2, values_only=True)]
    assert "Mbledhja javore e Kryetarit me drejtorët e drejtorive" in titles
    ics = run("--db", str(db), "export", "calendar", *dates, "--format", "ics", "-o", str(tmp_path / "k.ics"))
    assert ics.returncode == 0, ics.stderr
    parsed = icalendar.Calendar.from_ical((tmp_path / "k.ics").read_bytes())
    assert any(event.get("RRULE") for event in parsed.walk("VEVENT")) and parsed.walk("VTIMEZONE")


def test_import_calendar_adds_then_updates_by_uid(tmp_path):
    db = demo(tmp_path)
    source = tmp_path / "outlook.ics"
    source.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nBEGIN:VEVENT\nUID:one@example.com\n"
        "DTSTART;TZID=Europe/Belgrade:20260615T170000\nDTEND;TZID=Europe/Belgrade:20260615T190000\n"
        "SUMMARY:Takim publik në Ivajë\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    first = run("--db", str(db), "--lang", "en", "import", "calendar", str(source))
    assert first.returncode == 0, first.stderr
    assert "Imported 1 new events and updated 0." in first.stdout
    again = run("--db", str(db), "--lang", "en", "import", "calendar", str(source))
    assert "Imported 0 new events and updated 1." in again.stdout


def test_import_of_a_file_that_is_not_a_calendar_fails_with_one_sentence(tmp_path):
    db = demo(tmp_path)
    bad = tmp_path / "bad.ics"
    bad.write_text("not a calendar", encoding="utf-8")
    result = run("--db", str(db), "--lang", "en", "import", "calendar", str(bad))
    assert result.returncode == 1 and "is not an iCalendar" in result.stderr and "Traceback" not in result.stderr


def test_due_lists_the_notification_tasks_by_urgency(tmp_path):
    db = demo(tmp_path)
    result = run("--db", str(db), "--lang", "en", "due", "--days", "30")
    assert result.returncode == 0, result.stderr
    assert "Takim publik me qytetarët e Stagovës" in result.stdout
    assert "Remind the media (the day before)" in result.stdout or "Notify the media" in result.stdout
    # The demo's open document requests: their decision deadlines are due too.
    assert re.search(r"(Decide request|Deemed refused: request) \d{4}/\d{3}", result.stdout)
    for days in ("-1", "100000000"):  # never an overflow's traceback
        refused = run("--db", str(db), "--lang", "en", "due", "--days", days)
        assert refused.returncode == 1 and "--days must be between 0 and 3660." in refused.stderr


def test_export_with_bad_dates_or_format_explains_and_writes_nothing(tmp_path):
    db = demo(tmp_path)
    target = tmp_path / "x.pdf"
    wrong = run(
        "--db",
        str(db),
        "--lang",
        "en",
        "export",
        "calendar",
        "--from",
        "31.02.2026",
        "--to",
        "01.03.2026",
        "-o",
        str(target),
    )
    assert wrong.returncode == 1 and "is not a date" in wrong.stderr
    reversed_range = run(
        "--db",
        str(db),
        "--lang",
        "en",
        "export",
        "calendar",
        "--from",
        "10.03.2026",
        "--to",
        "01.03.2026",
        "-o",
        str(target),
    )
    assert reversed_range.returncode == 1 and "before the first day" in reversed_range.stderr
    unknown = run(
        "--db",
        str(db),
        "--lang",
        "en",
        "export",
        "calendar",
        "--from",
        "01.03.2026",
        "--to",
        "02.03.2026",
        "-o",
        str(tmp_path / "x.doc"),
    )
    assert unknown.returncode == 1 and "--format" in unknown.stderr
    assert not target.exists()
