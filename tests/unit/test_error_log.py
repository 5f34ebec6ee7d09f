"""The error log: in the per-user data folder whatever `--db` says, private, and never a traceback of its own."""

import stat
import tempfile

import pytest

from commsdesk import error_log
from commsdesk.cli import core, main
from commsdesk.error_log import LOG_NAME


def a_bug(_args):
    raise ZeroDivisionError("a bug")


@pytest.fixture
def buggy_check(monkeypatch):
    monkeypatch.setattr(core, "run_check", a_bug)


def test_a_bug_is_logged_privately_in_the_data_folder_that_help_and_the_message_name(
    tmp_path, monkeypatch, capsys, buggy_check
):
    data = tmp_path / "data"
    monkeypatch.setattr(error_log, "default_data_dir", lambda: data)
    database = tmp_path / "elsewhere" / "commsdesk.sqlite"
    assert main(["--db", str(database), "--lang", "en", "check"]) == 1
    log = data / LOG_NAME
    assert capsys.readouterr().err == f"commsdesk hit an unexpected error (ZeroDivisionError). Details are in {log}.\n"
    assert "ZeroDivisionError: a bug" in log.read_text(encoding="utf-8")
    assert not (database.parent / LOG_NAME).exists()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600 and stat.S_IMODE(data.stat().st_mode) == 0o700
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert f"The details of an unexpected error are written to {log}.\n" in capsys.readouterr().out


def test_an_older_log_readable_by_all_becomes_private(tmp_path, monkeypatch, capsys, buggy_check):
    monkeypatch.setattr(error_log, "default_data_dir", lambda: tmp_path)
    log = tmp_path / LOG_NAME
    log.write_text("an older entry\n", encoding="utf-8")
    log.chmod(0o644)
    assert main(["--db", str(tmp_path / "commsdesk.sqlite"), "--lang", "en", "check"]) == 1
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert log.read_text(encoding="utf-8").startswith("an older entry\n---")


def test_a_log_that_cannot_be_written_falls_back_to_the_temporary_folder(tmp_path, monkeypatch, capsys, buggy_check):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(error_log, "default_data_dir", lambda: blocker / "data")  # a folder under a file
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["--db", str(tmp_path / "commsdesk.sqlite"), "--lang", "en", "check"]) == 1
    assert f"Details are in {tmp_path / LOG_NAME}." in capsys.readouterr().err
    assert "ZeroDivisionError: a bug" in (tmp_path / LOG_NAME).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "commsdesk hit an unexpected error (ZeroDivisionError), and its details could not be written to a log."),
        ("sq", "commsdesk hasi në një gabim të papritur (ZeroDivisionError), dhe hollësitë e tij nuk mund të"),
        ("sr", "commsdesk je naišao na neočekivanu grešku (ZeroDivisionError), a njeni detalji nisu mogli da se"),
    ],
)
def test_no_log_anywhere_is_one_sentence_not_a_traceback(
    tmp_path, monkeypatch, capsys, buggy_check, language, sentence
):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(error_log, "default_data_dir", lambda: blocker / "data")
    monkeypatch.setattr(tempfile, "tempdir", str(blocker / "tmp"))
    assert main(["--db", str(tmp_path / "commsdesk.sqlite"), "--lang", language, "check"]) == 1
    message = capsys.readouterr().err
    assert message.startswith(sentence) and message.count("\n") == 1 and "Traceback" not in message
