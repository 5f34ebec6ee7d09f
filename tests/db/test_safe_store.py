"""The store protects the file: damaged files are not written, transactions are all or nothing, one instance."""

import sqlite3

import pytest

from commsdesk.db.backup import backup_into_folder, latest_good_backup, list_backups, restore
from commsdesk.db.integrity import check_file
from commsdesk.db.migrate import prepare
from commsdesk.errors import DatabaseDamagedError, DatabaseLockedError, UserError
from commsdesk.paths import resolve_paths
from commsdesk.services.contacts import ContactInput
from commsdesk.workspace import Workspace
from tests.helpers import TRICKY, demo_contact_count


def damage(path):
    """Overwrite pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 6 * page), 7):
        data[offset] = 0xAB
    path.write_bytes(bytes(data))


def filled_database(tmp_path):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    workspace = Workspace.open(paths, demo=True)
    workspace.close()
    return paths


def test_pragmas_protect_every_connection(workspace):
    with workspace.database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "delete"  # no WAL: see db/engine.py
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 1000


def test_a_failed_transaction_leaves_no_partial_rows(services, workspace):
    before = services.contacts.count()
    with pytest.raises(RuntimeError), workspace.database.session() as session:
        from commsdesk.db.models import Contact

        session.add(Contact(given_name=TRICKY, family_name="A"))
        session.flush()
        raise RuntimeError("the user's action failed half-way")
    assert services.contacts.count() == before


def test_a_damaged_file_is_detected_and_not_written(tmp_path):
    paths = filled_database(tmp_path)
    damage(paths.database)
    assert not check_file(paths.database).ok
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        Workspace.open(paths)
    assert paths.database.read_bytes() == before
    assert not paths.lock_file.exists() or Workspace.open  # the lock was released


def test_a_file_that_is_not_a_database_at_all_is_named_so_not_damaged(tmp_path):
    path = tmp_path / "commsdesk.sqlite"
    path.write_bytes(b"this is a word document, not a database" * 100)
    with pytest.raises(UserError, match="is not a commsdesk database") as raised:
        prepare(path, tmp_path / "backups")
    assert not isinstance(raised.value, DatabaseDamagedError)  # no restore is offered over somebody's document
    assert path.read_bytes().startswith(b"this is a word document")


def test_the_latest_good_backup_restores_a_damaged_file(tmp_path):
    paths = filled_database(tmp_path)
    older = backup_into_folder(paths.database, paths.backups, "0002")
    newest = backup_into_folder(paths.database, paths.backups, "0002")
    damage(newest)
    damage(paths.database)
    assert latest_good_backup(paths.backups, paths.database).path == older
    set_aside = restore(older, paths.database, paths.backups)
    assert set_aside is not None and set_aside.exists()
    workspace = Workspace.open(paths)
    assert workspace.services.contacts.count() == demo_contact_count()
    workspace.close()


def test_a_damaged_backup_is_not_restored(tmp_path):
    paths = filled_database(tmp_path)
    backup = backup_into_folder(paths.database, paths.backups, "0002")
    damage(backup)
    before = paths.database.read_bytes()
    with pytest.raises(UserError, match="damaged"):
        restore(backup, paths.database, paths.backups)
    assert paths.database.read_bytes() == before


def test_backups_are_verified_copies_listed_newest_first(tmp_path):
    paths = filled_database(tmp_path)
    first = backup_into_folder(paths.database, paths.backups, "0002")
    second = backup_into_folder(paths.database, paths.backups, "0002")
    assert [b.path for b in list_backups(paths.backups, paths.database)] == [second, first]
    copy = sqlite3.connect(second)
    assert copy.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == demo_contact_count()
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()


def test_a_second_instance_on_the_same_file_is_refused(tmp_path):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    first = Workspace.open(paths)
    try:
        with pytest.raises(DatabaseLockedError, match="already open"):
            Workspace.open(paths)
    finally:
        first.close()
    Workspace.open(paths).close()  # free again once the first one closed


def test_a_locked_database_gives_a_clear_error_and_writes_nothing(services, workspace):
    blocker = sqlite3.connect(workspace.paths.database, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    workspace.database.engine.dispose()
    from commsdesk.db import engine as engine_module

    engine_module.BUSY_TIMEOUT_MS, saved = 50, engine_module.BUSY_TIMEOUT_MS
    try:
        with pytest.raises(DatabaseLockedError, match="is busy"):
            services.contacts.create(ContactInput(given_name="Ana"))
    finally:
        engine_module.BUSY_TIMEOUT_MS = saved
        blocker.rollback()
        blocker.close()
    assert services.contacts.count() == 0
