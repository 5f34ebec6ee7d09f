"""`commsdesk export release` and `commsdesk export releases` as the IT office runs them."""

from __future__ import annotations

import email
import os
import subprocess
import sys
from datetime import date
from email import policy

import openpyxl

from tests.helpers import pdf_pages, pdf_text


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "commsdesk", *args], capture_output=True, text=True, env=dict(os.environ), timeout=120
    )


def test_export_release_writes_pdfs_and_drafts_and_export_releases_the_archive(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run("--db", str(db), "--lang", "en", "init", "--demo").returncode == 0
    year = date.today().year
    reference = f"{year}/002"  # the demo's distributed release in three languages
    combined = run("--db", str(db), "--lang", "en", "export", "release", reference, "-o", str(tmp_path / "all.pdf"))
    assert combined.returncode == 0, combined.stderr
    assert pdf_pages(tmp_path / "all.pdf") == 3
    serbian = run("--db", str(db), "export", "release", reference, "--lang", "sr", "-o", str(tmp_path / "sr.pdf"))
    assert serbian.returncode == 0, serbian.stderr
    assert "Počela rekonstrukcija" in pdf_text(tmp_path / "sr.pdf")
    drafts = run(
        "--db", str(db), "export", "release", reference, "--format", "eml", "--group", "media", "-o", str(tmp_path)
    )
    assert drafts.returncode == 0, drafts.stderr
    message = email.message_from_bytes((tmp_path / f"{year}-002-sr.eml").read_bytes(), policy=policy.default)
    assert message["Subject"] == "Počela rekonstrukcija puta Kačanik–Stagovo"
    assert "djordje.cacak@radiokim.example" in message["Bcc"] and "klankosova" not in message["Bcc"]
    archive = run(
        "--db", str(db), "--lang", "en", "export", "releases", "--year", str(year), "-o", str(tmp_path / "a.xlsx")
    )
    assert archive.returncode == 0, archive.stderr
    rows = list(openpyxl.load_workbook(tmp_path / "a.xlsx").active.values)
    assert len(rows) == 1 + 5 and rows[1][0] == f"{year}/001"
    pdf = run(
        "--db", str(db), "export", "releases", "--year", str(year), "--format", "pdf", "-o", str(tmp_path / "a.pdf")
    )
    assert pdf.returncode == 0 and f"{year}/005" in pdf_text(tmp_path / "a.pdf")


def test_export_release_explains_an_unknown_reference_or_language(tmp_path):
    db = tmp_path / "c.sqlite"
    run("--db", str(db), "init", "--demo")
    unknown = run("--db", str(db), "--lang", "en", "export", "release", "1999/001", "-o", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1 and "There is no release 1999/001" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    reference = f"{date.today().year}/004"  # Albanian only
    missing = run("--db", str(db), "--lang", "sr", "export", "release", reference, "--lang", "en", "-o", str(tmp_path))
    assert missing.returncode == 1 and "nema verziju en" in missing.stderr
