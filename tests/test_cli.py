"""The command line as the IT office uses it: real processes, real files, messages on stderr, exit codes."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from commsdesk import __version__
from tests.helpers import demo_contact_count

FIXTURE = Path(__file__).parent / "db" / "fixtures" / "commsdesk-0001.sqlite"


def run(*args, env_home=None):
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "commsdesk", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_version_prints_the_package_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"commsdesk {__version__}"


def test_init_demo_creates_a_database_with_the_demo_content(tmp_path):
    db = tmp_path / "demo.sqlite"
    result = run("--db", str(db), "--lang", "en", "init", "--demo")
    assert result.returncode == 0, result.stderr
    assert "Created" in result.stdout
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == demo_contact_count()
    assert connection.execute("SELECT COUNT(*) FROM activity").fetchone()[0] == 43
    connection.close()


def test_init_upgrades_an_old_file_and_says_where_the_backup_is(tmp_path):
    db = tmp_path / "commsdesk.sqlite"
    shutil.copy(FIXTURE, db)
    result = run("--db", str(db), "--lang", "en", "init")
    assert result.returncode == 0, result.stderr
    assert "Upgraded" in result.stdout and str(tmp_path / "backups") in result.stdout


def test_init_demo_refuses_to_fill_an_existing_database(tmp_path):
    db = tmp_path / "commsdesk.sqlite"
    shutil.copy(FIXTURE, db)
    result = run("--db", str(db), "--lang", "en", "init", "--demo")
    assert result.returncode == 1 and "already exists" in result.stderr and "Traceback" not in result.stderr


def test_backup_writes_a_verified_copy(tmp_path):
    db = tmp_path / "c.sqlite"
    run("--db", str(db), "init", "--demo")
    target = tmp_path / "copy of ë.sqlite"
    result = run("--db", str(db), "--lang", "en", "backup", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert sqlite3.connect(target).execute("SELECT COUNT(*) FROM contact").fetchone()[0] == demo_contact_count()
    default = run("--db", str(db), "backup")
    assert default.returncode == 0 and len(list((tmp_path / "backups").glob("c-*.sqlite"))) == 1


def test_check_reports_a_healthy_and_a_damaged_database(tmp_path):
    db = tmp_path / "c.sqlite"
    run("--db", str(db), "init", "--demo")
    healthy = run("--db", str(db), "--lang", "en", "check")
    assert healthy.returncode == 0 and "healthy" in healthy.stdout
    data = bytearray(db.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xab" * 2000
    db.write_bytes(bytes(data))
    damaged = run("--db", str(db), "--lang", "en", "check")
    assert damaged.returncode == 1 and "damaged" in damaged.stdout


def test_errors_are_one_sentence_in_the_chosen_language_never_a_traceback(tmp_path):
    missing = run("--db", str(tmp_path / "none.sqlite"), "--lang", "sq", "backup")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "nuk ekziston" in missing.stderr
    serbian = run("--db", str(tmp_path / "none.sqlite"), "--lang", "sr", "check")
    assert serbian.returncode == 1 and "ne postoji" in serbian.stderr


def test_wrong_usage_exits_with_two(tmp_path):
    result = run("--lang", "en", "no-such-command")
    assert result.returncode == 2 and "Wrong usage" in result.stderr and "Traceback" not in result.stderr
    result = run("--lang", "en", "backup", "--bogus")
    assert result.returncode == 2
