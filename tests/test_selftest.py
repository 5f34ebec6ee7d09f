"""`commsdesk selftest` from source: every check passes, a failing one is reported, the PDF reader reads truly."""

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from commsdesk import selftest
from commsdesk.cli import main
from commsdesk.reports.pdf import Letterhead, build_pdf, content_width, data_table, para, stylesheet
from commsdesk.selftest import Check, CheckFailed
from commsdesk.selftest.pdf_reader import PdfReadError, read_pdf
from tests.helpers import TRICKY, pdf_text

CHECK_NAMES = [
    "Resources",
    "Database and migrations",
    "Demo content",
    "PDF",
    "Excel workbook",
    "Translations",
    "Recurrence across summer time",
    "iCalendar and vCard",
    "Qt libraries",
]


def _users_files(data_home: Path) -> list[Path]:
    """The files in the data folder but commsdesk's own log (every command notes itself there)."""
    found = data_home.rglob("*") if data_home.exists() else []
    return sorted(path for path in found if path.is_file() and not path.name.startswith("commsdesk.log"))


def test_selftest_passes_every_check_from_source_and_writes_nothing_of_the_users(tmp_path):
    data_home = Path(os.environ["XDG_DATA_HOME"])
    before = _users_files(data_home)
    env = dict(os.environ, TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "commsdesk", "--lang", "en", "selftest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("commsdesk ") and "from source" in lines[0]
    assert [line.split(":", 1)[0] for line in lines[1:-1]] == [f"ok      {name}" for name in CHECK_NAMES]
    assert lines[-1] == "All 9 checks passed."
    assert "upgraded to" in result.stdout and "ë ç š đ č ć ž read back" in result.stdout
    assert _users_files(data_home) == before  # no database in the user's data folder
    assert list(tmp_path.iterdir()) == []  # the temporary folders are gone


def test_selftest_output_redirected_to_a_windows_code_page_file_still_completes(tmp_path):
    env = dict(os.environ, PYTHONIOENCODING="cp1252", TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "commsdesk", "--lang", "sr", "selftest"], capture_output=True, env=env, timeout=240
    )
    assert result.returncode == 0, result.stderr
    assert b"nadogra\\u0111ena" in result.stdout  # đ has no place in cp1252: escaped, not a crash
    assert result.stdout.decode("cp1252").splitlines()[-1] == "Sve provere (9) su uspešne."  # š is in cp1252


def test_a_failed_check_is_reported_with_its_reason_and_the_exit_code_is_one(monkeypatch, capsys):
    def broken(folder):
        raise CheckFailed("the font is missing")

    def crashing(folder):
        raise ImportError("No module named 'defusedxml'")

    def fine(folder):
        return "all there"

    monkeypatch.setattr(
        selftest, "checks", lambda: [Check("Fonts", broken), Check("Excel", crashing), Check("Clock", fine)]
    )
    assert main(["--lang", "en", "selftest", "--verbose"]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[1:] == [
        "failed  Fonts: the font is missing",
        "failed  Excel: ImportError: No module named 'defusedxml'",
        "ok      Clock: all there",
        "2 of 3 checks failed.",
    ]
    assert "Traceback" in err and "ImportError" in err  # --verbose shows where it failed


def test_selftest_speaks_the_chosen_language(monkeypatch, capsys):
    every_check = selftest.checks
    monkeypatch.setattr(selftest, "checks", lambda: [c for c in every_check() if c.run is selftest.check_recurrence])
    assert main(["--lang", "sq", "selftest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("në rregull  Përsëritja gjatë kalimit në orën verore: ")
    assert lines[2] == "Të gjitha kontrollet (1) kaluan."


def test_recurrence_check_keeps_nine_oclock_across_the_change_to_summer_time(tmp_path):
    year = date.today().year
    last_sunday = max(date(year, 3, day) for day in range(25, 32) if date(year, 3, day).weekday() == 6)
    monday, next_monday = last_sunday - timedelta(days=6), last_sunday + timedelta(days=1)
    assert selftest.check_recurrence(tmp_path).startswith(
        f"{monday:%d.%m.%Y} 09:00 UTC+0100 → {next_monday:%d.%m.%Y} 09:00 UTC+0200 (Europe/Belgrade"
    )
    assert selftest.bundled_zone().key == "Europe/Belgrade"


def test_pdf_reader_reads_a_multi_page_report_as_pypdf_does(tmp_path):
    styles = stylesheet()
    rows = [[f"{index}. {TRICKY}", "Kaçanik – Kačanik", "ë ç š đ č ć ž Ë Ç Š Đ Č Ć Ž"] for index in range(90)]
    story = [
        para(selftest.ALBANIAN, styles["title"]),
        data_table(
            ["Emri", "Vendi", "Shkronjat"],
            rows,
            [
                content_width() * 0.4,
                content_width() * 0.3,
                content_width() * 0.3,
            ],
        ),
    ]
    path = build_pdf(
        tmp_path / "report.pdf", story, title="t", letterhead=Letterhead(selftest.INSTITUTION), language="sr"
    )
    content = read_pdf(path.read_bytes())
    ours = [line.strip() for line in content.text.splitlines() if line.strip()]
    theirs = [line.strip() for line in pdf_text(path).splitlines() if line.strip()]
    assert ours == theirs
    assert TRICKY in content.text and "Strana 3 od 3" in content.text
    assert content.fonts == {"DejaVuSans": True, "DejaVuSans-Bold": True}


def test_pdf_reader_tells_a_font_that_is_not_embedded(tmp_path):
    canvas = Canvas(str(tmp_path / "plain.pdf"), pagesize=A4)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "Dorde Cacak (without the letters) \\ done")
    canvas.save()
    content = read_pdf((tmp_path / "plain.pdf").read_bytes())
    assert content.text == "Dorde Cacak (without the letters) \\ done"
    assert content.fonts == {"Helvetica": False}
    assert content.images == 0


def test_pdf_reader_refuses_a_truncated_file(tmp_path):
    styles = stylesheet()
    path = build_pdf(
        tmp_path / "r.pdf", [para(TRICKY, styles["body"])], title="t", letterhead=Letterhead("x"), language="en"
    )
    data = path.read_bytes()
    with pytest.raises(PdfReadError):
        read_pdf(data[: len(data) // 2])
