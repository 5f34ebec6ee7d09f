"""What the environment does to the store gets its own true sentence and loses nothing: full disks, write-protected
media, files that are no database, other databases' backups, files readable by others, leftovers of killed work."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from commsdesk.atomic_files import write_atomically
from commsdesk.db.backup import backup_into_folder, list_backups, remove_abandoned_copies
from commsdesk.db.errors import environment_error
from commsdesk.db.migrate import prepare
from commsdesk.errors import DatabaseDamagedError, DatabaseReadOnlyError, UserError
from commsdesk.paths import resolve_paths
from commsdesk.services.contacts import ContactInput
from commsdesk.workspace import Workspace
from tests.helpers import demo_contact_count, fill_up, make_read_only, run_cli, small_disk

FIXTURE_0001 = Path(__file__).parent / "fixtures" / "commsdesk-0001.sqlite"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    """The most permissive umask a user could have: nothing may come out readable by others anyway."""
    saved = os.umask(0)
    yield
    os.umask(saved)


# -- personal data is readable by its owner only ----------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_database_journal_lock_backups_and_folders_are_private(tmp_path, loose_umask):
    paths = resolve_paths(tmp_path / "office" / "commsdesk.sqlite")
    workspace = Workspace.open(paths)
    try:
        assert mode(paths.folder) == 0o700  # a folder commsdesk created
        assert mode(paths.database) == 0o600
        assert mode(paths.lock_file) == 0o600
        from commsdesk.db.models import Contact

        with workspace.database.session() as session:
            session.add(Contact(given_name="Ana"))
            session.flush()
            journal = paths.database.with_name(paths.database.name + "-journal")
            assert journal.exists() and mode(journal) == 0o600
        automatic = backup_into_folder(paths.database, paths.backups, "0003")
        assert mode(paths.backups) == 0o700 and mode(automatic) == 0o600
    finally:
        workspace.close()
    chosen = tmp_path / "copy.sqlite"
    assert run_cli("--db", str(paths.database), "backup", "-o", str(chosen)).returncode == 0
    assert mode(chosen) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_upgrade_backup_and_a_file_left_readable_by_an_older_version_are_made_private(tmp_path, loose_umask):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    shutil.copy(FIXTURE_0001, paths.database)
    os.chmod(paths.database, 0o644)
    result = prepare(paths.database, paths.backups)
    assert result.backup is not None and mode(result.backup) == 0o600
    assert mode(paths.database) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_restored_database_stays_private(tmp_path, loose_umask):
    from commsdesk.db.backup import restore

    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    Workspace.open(paths).close()
    backup = backup_into_folder(paths.database, paths.backups, "0003")
    restore(backup, paths.database, paths.backups)
    assert mode(paths.database) == 0o600


# -- files that are no database ------------------------------------------------------------------------------


def test_a_folder_given_as_the_database_is_called_a_folder(tmp_path):
    folder = tmp_path / "commsdesk.sqlite"
    folder.mkdir()
    with pytest.raises(UserError, match="is a folder, not a database file"):
        Workspace.open(resolve_paths(folder))
    result = run_cli("--db", str(folder), "backup")
    assert result.returncode == 1 and "is a folder" in result.stderr and "unexpected" not in result.stderr


def test_an_empty_file_with_backups_is_called_empty_not_newer(tmp_path):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    Workspace.open(paths).close()
    backup_into_folder(paths.database, paths.backups, "0003")
    paths.database.write_bytes(b"")
    result = run_cli("--db", str(paths.database), "check")
    assert result.returncode == 1 and "empty" in result.stdout and "newer" not in result.stdout
    with pytest.raises(DatabaseDamagedError, match="empty file"):  # the window offers the backup
        Workspace.open(paths)
    assert paths.database.stat().st_size == 0  # nothing was made of it behind the user's back


def test_an_empty_file_without_backups_becomes_a_new_database(tmp_path):
    path = tmp_path / "commsdesk.sqlite"
    path.touch()  # what a first start killed before its schema was written leaves
    Workspace.open(resolve_paths(path)).close()
    assert run_cli("--db", str(path), "check").returncode == 0


def test_a_first_start_that_fails_leaves_no_file_behind(tmp_path):
    with small_disk(tmp_path / "stick", size="64k") as stick:
        (stick / "filler").write_bytes(b"\0" * 40_000)  # room for the lock and a probe, not for the schema
        with pytest.raises(UserError, match="disk is full"):
            Workspace.open(resolve_paths(stick / "commsdesk.sqlite"))
        assert not (stick / "commsdesk.sqlite").exists()


def test_a_database_busy_in_another_program_is_called_busy_not_damaged(tmp_path):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    Workspace.open(paths).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_EXCLUSIVE, str(paths.database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(UserError, match="is busy") as raised:
            Workspace.open(paths)
        assert not isinstance(raised.value, DatabaseDamagedError)  # no backup is offered over a healthy file
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


HOLD_EXCLUSIVE = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("holding", flush=True)
time.sleep(30)
"""


def test_other_programs_part_files_beside_the_database_stay(tmp_path):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    download = tmp_path / "report.pdf.part"  # a browser's download in progress
    download.write_bytes(b"%PDF")
    restore_left = tmp_path / "commsdesk.sqlite.part"
    restore_left.write_bytes(b"\0" * 100)
    Workspace.open(paths).close()
    assert download.exists() and not restore_left.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs a file owned by someone else")
def test_a_file_of_someone_else_keeps_its_mode(tmp_path):
    from commsdesk.private_files import make_private

    shared = tmp_path / "shared.sqlite"
    shared.write_bytes(b"")
    os.chmod(shared, 0o664)
    os.chown(shared, 65534, 65534)
    make_private(shared)
    assert mode(shared) == 0o664


def test_backing_up_a_file_that_is_no_database_says_so(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("minutes of the meeting " * 50, encoding="utf-8")
    result = run_cli("--db", str(text), "backup", "-o", str(tmp_path / "copy.sqlite"))
    assert result.returncode == 1
    assert "is not a commsdesk database" in result.stderr and "unexpected" not in result.stderr
    assert not (tmp_path / "copy.sqlite").exists()


# -- backups of one database only --------------------------------------------------------------------------------


def test_only_the_backups_of_the_same_database_are_listed(tmp_path):
    office = resolve_paths(tmp_path / "commsdesk.sqlite")
    other = resolve_paths(tmp_path / "commsdesk-archive.sqlite")
    for paths in (office, other):
        Workspace.open(paths).close()
    mine = backup_into_folder(office.database, office.backups, "0003")
    theirs = backup_into_folder(other.database, other.backups, "0003")
    assert [backup.path for backup in list_backups(office.backups, office.database)] == [mine]
    assert [backup.path for backup in list_backups(other.backups, other.database)] == [theirs]


# -- full disks and write-protected media -----------------------------------------------------------------------


def test_a_full_disk_is_called_full_not_already_open(tmp_path):
    with small_disk(tmp_path / "stick") as stick:
        fill_up(stick)
        with pytest.raises(UserError, match="disk is full") as raised:
            Workspace.open(resolve_paths(stick / "commsdesk.sqlite"))
        assert "already open" not in str(raised.value)


def test_an_export_on_a_full_disk_says_so_and_leaves_nothing(tmp_path):
    with small_disk(tmp_path / "stick") as stick:
        fill_up(stick)
        with pytest.raises(UserError, match="disk is full"):
            write_atomically(stick / "report.pdf", lambda target: target.write_bytes(b"%PDF" * 100_000))
        assert sorted(path.name for path in stick.iterdir()) == ["filler"]


def test_a_contacts_export_to_a_full_disk_is_one_sentence(tmp_path):
    database = tmp_path / "commsdesk.sqlite"
    assert run_cli("--db", str(database), "init", "--demo").returncode == 0
    with small_disk(tmp_path / "stick", size="64k") as stick:
        fill_up(stick)
        result = run_cli("--db", str(database), "export", "contacts", "--format", "csv", "-o", str(stick / "c.csv"))
        assert result.returncode == 1
        assert "disk is full" in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_a_database_on_write_protected_media_opens_read_only(tmp_path):
    with small_disk(tmp_path / "cd #1 %41 ?", "4m") as cd:  # characters a URI would change
        paths = resolve_paths(cd / "commsdesk.sqlite")
        workspace = Workspace.open(paths)
        workspace.services.contacts.create(ContactInput(given_name="Drita", family_name="Gashi"))
        workspace.close()
        make_read_only(cd)
        workspace = Workspace.open(paths)
        try:
            assert workspace.read_only
            assert workspace.services.contacts.count() == 1
            with pytest.raises(DatabaseReadOnlyError, match="read-only") as raised:
                workspace.services.contacts.create(ContactInput(given_name="Besa"))
            assert "damaged" not in str(raised.value)
        finally:
            workspace.close()
        result = run_cli("--db", str(paths.database), "check")
        assert result.returncode == 0, result.stdout + result.stderr


def test_an_old_database_on_write_protected_media_asks_for_a_copy(tmp_path):
    with small_disk(tmp_path / "cd") as cd:
        shutil.copy(FIXTURE_0001, cd / "commsdesk.sqlite")
        make_read_only(cd)
        with pytest.raises(DatabaseReadOnlyError, match="Copy it to a writable folder"):
            Workspace.open(resolve_paths(cd / "commsdesk.sqlite"))


def test_exporting_into_a_write_protected_folder_names_the_cause(tmp_path):
    with small_disk(tmp_path / "cd") as cd:
        make_read_only(cd)
        with pytest.raises(UserError, match="write-protected"):
            write_atomically(cd / "week.pdf", lambda target: target.write_bytes(b"%PDF"))
        result = run_cli("--db", str(tmp_path / "commsdesk.sqlite"), "init")
        assert result.returncode == 0
        backup = run_cli("--db", str(tmp_path / "commsdesk.sqlite"), "backup", "-o", str(cd / "copy.sqlite"))
        assert backup.returncode == 1 and "write-protected" in backup.stderr, backup.stderr


# -- database errors are sorted by SQLite's code, not its English -----------------------------------------------


def test_database_errors_are_sorted_by_their_code_not_their_text(tmp_path):
    error = sqlite3.OperationalError("database is locked")  # misleading text on purpose
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert "disk is full" in str(environment_error(error, tmp_path / "x.sqlite"))
    error = sqlite3.OperationalError("some text")
    error.sqlite_errorcode = sqlite3.SQLITE_READONLY
    assert isinstance(environment_error(error, tmp_path / "x.sqlite"), DatabaseReadOnlyError)
    assert environment_error(sqlite3.OperationalError("database is locked"), tmp_path / "x.sqlite") is None


# -- leftovers ---------------------------------------------------------------------------------------------------


def test_copies_left_by_a_killed_backup_go_but_one_being_written_stays(tmp_path):
    fcntl = pytest.importorskip("fcntl")
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    Workspace.open(paths).close()
    paths.backups.mkdir()
    abandoned = paths.backups / "commsdesk-0003-20261203-101010.sqlite.part"
    abandoned.write_bytes(b"\0" * 10_000)
    in_progress = paths.backups / "commsdesk-manual-20261203-101011.sqlite.part"
    in_progress.write_bytes(b"\0" * 10_000)
    with in_progress.open("rb") as writer:  # what a backup running in another process holds
        fcntl.flock(writer, fcntl.LOCK_EX)
        Workspace.open(paths).close()
        assert not abandoned.exists()
        assert in_progress.exists()
    assert remove_abandoned_copies(paths.backups, paths.database) == 1


def test_check_creates_nothing_beside_the_file_it_inspects(tmp_path):
    legacy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE_0001, legacy)
    connection = sqlite3.connect(legacy)
    assert connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"  # as older commsdesk left it
    connection.close()
    current = tmp_path / "commsdesk.sqlite"
    Workspace.open(resolve_paths(current)).close()
    for path in (legacy, current):
        before = sorted(p.name for p in tmp_path.iterdir())
        result = run_cli("--db", str(path), "check")
        assert result.returncode == 0, result.stdout
        assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_file_of_an_older_commsdesk_leaves_wal_mode_when_opened(tmp_path):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    Workspace.open(paths).close()
    connection = sqlite3.connect(paths.database)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()
    workspace = Workspace.open(paths)
    try:
        with workspace.database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        workspace.close()


def test_a_wal_file_another_program_has_open_is_not_switched_under_it(tmp_path):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    Workspace.open(paths).close()
    other = sqlite3.connect(paths.database)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("SELECT COUNT(*) FROM contact").fetchone()  # keeps the WAL in use
    from commsdesk.db import engine

    saved, engine.BUSY_TIMEOUT_MS = engine.BUSY_TIMEOUT_MS, 100
    try:
        with pytest.raises(UserError, match="is busy"):
            prepare(paths.database, paths.backups)
    finally:
        engine.BUSY_TIMEOUT_MS = saved
        other.close()


# -- work that was killed half-way --------------------------------------------------------------------------------

KILLED_WRITER = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size=1")  # so that the change reaches the file before the end
connection.execute("BEGIN")
connection.execute("UPDATE contact SET notes = hex(randomblob(2000))")
connection.execute("UPDATE contact SET position = hex(randomblob(500))")
os._exit(9)  # killed: the hot journal stays, the file holds half a change
"""


def killed_during_a_write(paths) -> None:
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(paths.database)], check=False, timeout=60)
    assert paths.database.with_name(paths.database.name + "-journal").exists()


def test_a_change_killed_half_way_is_checked_as_undone_and_undone_at_the_next_start(tmp_path):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    Workspace.open(paths, demo=True).close()
    killed_during_a_write(paths)
    before = paths.database.read_bytes()
    result = run_cli("--db", str(paths.database), "check")
    assert result.returncode == 0, result.stdout
    assert "damaged" not in result.stdout and "interrupted" in result.stdout
    assert paths.database.read_bytes() == before  # check only looked
    workspace = Workspace.open(paths)
    try:
        assert workspace.services.contacts.count() == demo_contact_count()
    finally:
        workspace.close()
    assert not paths.database.with_name(paths.database.name + "-journal").exists()


def test_an_upgrade_that_fails_half_way_leaves_the_old_schema_whole(tmp_path, monkeypatch):
    from commsdesk.domain import text

    path = tmp_path / "commsdesk.sqlite"
    shutil.copy(FIXTURE_0001, path)

    def broken_fold(_value):
        raise RuntimeError("the upgrade dies after its first CREATE")

    monkeypatch.setattr(text, "fold", broken_fold)
    with pytest.raises(RuntimeError):
        prepare(path, tmp_path / "backups")
    tables = {row[0] for row in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert "release_search" not in tables  # the CREATE was rolled back with the rest
    monkeypatch.undo()
    assert prepare(path, tmp_path / "backups").to_revision  # and the next start upgrades it


def test_a_file_left_by_an_upgrade_killed_under_version_0_1_0_still_upgrades(tmp_path):
    path = tmp_path / "commsdesk.sqlite"
    shutil.copy(FIXTURE_0001, path)
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE VIRTUAL TABLE release_search USING fts5(version_id UNINDEXED, release_id UNINDEXED, "
        "language UNINDEXED, text, tokenize='unicode61')"
    )
    connection.commit()
    connection.close()
    prepare(path, tmp_path / "backups")
    with sqlite3.connect(path) as connection:
        searchable = connection.execute("SELECT COUNT(*) FROM release_search").fetchone()[0]
        versions = connection.execute("SELECT COUNT(*) FROM release_version").fetchone()[0]
    assert searchable == versions > 0


def test_the_journal_of_a_killed_backup_goes_with_its_copy(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "commsdesk-0003-20261203-101010.sqlite.part").write_bytes(b"\0" * 100)
    (folder / "commsdesk-0003-20261203-101010.sqlite.part-journal").write_bytes(b"\0" * 100)
    assert remove_abandoned_copies(folder, tmp_path / "commsdesk.sqlite") == 1
    assert list(folder.iterdir()) == []


def test_the_open_database_is_never_read_raw_as_an_import(workspace):
    from commsdesk.io.icalendar_io import read_ics

    for name in ("commsdesk.sqlite", "commsdesk.sqlite-journal"):
        with pytest.raises(UserError, match="is the database commsdesk has open"):
            read_ics(workspace.paths.folder / name)


def test_a_windows_network_path_keeps_its_server_in_the_uri_sqlite_opens():
    from pathlib import PurePosixPath, PureWindowsPath

    from commsdesk.db.integrity import file_uri

    assert file_uri(PureWindowsPath(r"\\server\share\office\commsdesk.sqlite")) == (
        "file:////server/share/office/commsdesk.sqlite"
    )
    assert file_uri(PureWindowsPath(r"C:\Users\Drita\commsdesk.sqlite")) == "file:///C:/Users/Drita/commsdesk.sqlite"
    assert file_uri(PurePosixPath("/home/drita/a #1.sqlite")) == "file:///home/drita/a%20%231.sqlite"
