"""The program's log: INFO by default, DEBUG with --debug, private, rotating, and never in the way."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from commsdesk import logs
from commsdesk.paths import default_data_dir
from tests.helpers import fill_up, run_cli, small_disk


@pytest.fixture
def restore_logging():
    yield
    root = logging.getLogger("commsdesk")
    for handler in list(root.handlers):
        if not isinstance(handler, logging.NullHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.NOTSET)


def log_text() -> str:
    return (default_data_dir() / logs.LOG_NAME).read_text(encoding="utf-8")


def test_a_command_logs_what_it_did_to_the_store_at_info(tmp_path):
    database = tmp_path / "office ë.sqlite"
    assert run_cli("--db", str(database), "init").returncode == 0
    assert run_cli("--db", str(database), "backup").returncode == 0
    text = log_text()
    assert f"INFO commsdesk.store: creating {database}" in text
    assert f"INFO commsdesk.store: backup of {database} written to" in text
    assert f"checked {database}" not in text  # a DEBUG line


def test_debug_adds_the_details(tmp_path):
    database = tmp_path / "commsdesk.sqlite"
    assert run_cli("--debug", "--db", str(database), "init").returncode == 0
    assert f"DEBUG commsdesk.store: checked {database} in" in log_text()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_log_and_its_rotated_files_are_private(tmp_path, restore_logging):
    saved, logs.MAX_BYTES = logs.MAX_BYTES, 2000
    saved_umask = os.umask(0)
    try:
        path = logs.configure(tmp_path / "data")
        for number in range(100):
            logs.store.info("opened database number %d of a long day", number)
    finally:
        logs.MAX_BYTES = saved
        os.umask(saved_umask)
    files = sorted((tmp_path / "data").glob("commsdesk.log*"))
    assert path in files and len(files) == 1 + logs.BACKUP_COUNT  # rotated, and no more kept than that
    assert {stat.S_IMODE(file.stat().st_mode) for file in files} == {0o600}


def test_a_log_that_cannot_be_written_never_stops_the_program(tmp_path, restore_logging, capsys):
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    assert logs.configure(blocker / "data") is None  # no folder can be made there: no log, no error
    with small_disk(tmp_path / "stick", size="64k") as stick:
        assert logs.configure(stick) is not None
        fill_up(stick)
        for number in range(200):
            logs.store.info("a line that does not fit on a full disk, number %d", number)
        logs.configure(tmp_path / "data")  # let go of the full disk
    assert capsys.readouterr().err == ""
