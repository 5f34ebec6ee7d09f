"""Schema upgrades: committed old files upgrade in place after a verified backup, and lose nothing."""

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from commsdesk.db.engine import Database
from commsdesk.db.migrate import head_revision, prepare, stored_revision
from commsdesk.db.models import Base
from commsdesk.errors import DatabaseTooNewError, UserError
from commsdesk.paths import resolve_paths
from commsdesk.services.releases import ArchiveQuery
from commsdesk.services.requests import RequestInput
from commsdesk.workspace import Workspace
from tests.db.fixtures.build_0001 import ROWS, TEXT
from tests.db.fixtures.build_0002 import HEADLINE

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("commsdesk-*.sqlite"))


def columns(path, table) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    finally:
        connection.close()


def rows(path, table, names=None):
    """The table's rows, with the columns `names` (all by default: later migrations may add columns)."""
    connection = sqlite3.connect(path)
    try:
        wanted = ", ".join(f'"{name}"' for name in names) if names else "*"
        return connection.execute(f"SELECT {wanted} FROM {table} ORDER BY 1").fetchall()
    finally:
        connection.close()


def test_a_new_file_is_created_at_the_newest_revision(tmp_path):
    result = prepare(tmp_path / "new.sqlite", tmp_path / "backups")
    assert result.created and result.backup is None
    assert stored_revision(tmp_path / "new.sqlite") == head_revision()
    assert not (tmp_path / "backups").exists()


def test_the_models_and_the_migrations_describe_the_same_schema(tmp_path):
    prepare(tmp_path / "x.sqlite", tmp_path / "backups")
    database = Database(tmp_path / "x.sqlite")
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": _include})
        assert compare_metadata(context, Base.metadata) == []
    database.close()


def _include(obj, name, type_, reflected, compare_to):
    """The FTS5 table and its shadow tables belong to the migrations, not the models."""
    return not (type_ == "table" and name.startswith("release_search"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_an_old_file_is_backed_up_then_upgraded_with_nothing_lost(fixture, tmp_path):
    path = tmp_path / "commsdesk.sqlite"
    shutil.copy(fixture, path)
    old_revision = stored_revision(path)
    before = {table: rows(path, table) for table in ROWS}
    old_columns = {table: columns(path, table) for table in ROWS}

    result = prepare(path, tmp_path / "backups")

    assert result.from_revision == old_revision and result.to_revision == head_revision()
    assert result.backup is not None and result.backup.name.startswith(f"commsdesk-{old_revision}-")
    assert stored_revision(result.backup) == old_revision
    assert {table: rows(result.backup, table) for table in ROWS} == before
    assert {table: rows(path, table, old_columns[table]) for table in ROWS} == before
    assert TEXT in {value for row in rows(path, "contact") for value in row}


def test_the_upgrade_indexes_releases_already_stored(tmp_path):
    path = tmp_path / "commsdesk.sqlite"
    shutil.copy(FIXTURES[0], path)
    prepare(path, tmp_path / "backups")
    connection = sqlite3.connect(path)
    hits = connection.execute("SELECT release_id, language FROM release_search WHERE release_search MATCH 'cacak'")
    assert sorted(hits.fetchall()) == [(1, "sq"), (1, "sr")]
    connection.close()


def index_rows_off_their_version(path):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM release_search WHERE rowid != version_id").fetchone()[0]
    finally:
        connection.close()


def test_a_0002_file_s_index_is_keyed_by_version_and_the_archive_search_finds_its_releases(tmp_path):
    path = tmp_path / "commsdesk.sqlite"
    shutil.copy(next(f for f in FIXTURES if f.name == "commsdesk-0002.sqlite"), path)
    assert index_rows_off_their_version(path) == 2  # what the fixture carries (see build_0002.py)

    prepare(path, tmp_path / "backups")

    assert index_rows_off_their_version(path) == 0  # repaired by the upgrade, before anything reads the archive
    workspace = Workspace.open(resolve_paths(path))
    try:
        releases = workspace.services.releases
        assert [row.reference for row in releases.page(ArchiveQuery(text="cacak"), 0, 10)] == ["2026/001"]
        assert [row.headline for row in releases.page(ArchiveQuery(text="takim"), 0, 10)] == [HEADLINE]
        assert releases.count(ArchiveQuery(text="kacanik")) == 2
    finally:
        workspace.close()


def test_an_upgraded_file_keeps_its_release_attachments_and_takes_document_requests_with_files(tmp_path):
    path = tmp_path / "commsdesk.sqlite"
    shutil.copy(FIXTURES[0], path)
    prepare(path, tmp_path / "backups")
    workspace = Workspace.open(resolve_paths(path))
    try:
        services = workspace.services
        assert [a.original_name for a in services.releases.attachments.attachments(1)] == ["foto ë.jpg"]
        request_id = services.requests.create(
            RequestInput(datetime(2026, 12, 1, 9), "Vendimi i Kuvendit", "Arbër Çoku")
        )
        scan = tmp_path / "kërkesa.pdf"
        scan.write_bytes(b"%PDF-1.4 request")
        services.requests.attachments.add(None, scan, request_id=request_id)
        assert [f.original_name for f in services.requests.details(request_id).files] == ["kërkesa.pdf"]
        assert services.releases.attachments.attachments(1)[0].original_name == "foto ë.jpg"
    finally:
        workspace.close()


def test_an_up_to_date_file_is_neither_copied_nor_changed(tmp_path):
    path = tmp_path / "commsdesk.sqlite"
    prepare(path, tmp_path / "backups")
    result = prepare(path, tmp_path / "backups")
    assert not result.created and result.backup is None
    assert not (tmp_path / "backups").exists()


def test_a_file_from_a_newer_commsdesk_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "commsdesk.sqlite"
    prepare(path, tmp_path / "backups")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        prepare(path, tmp_path / "backups")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(UserError, match="not a commsdesk database"):
        prepare(path, tmp_path / "backups")
    assert rows(path, "recipes") == []


def test_the_head_known_without_alembic_is_alembics_head():
    """SCHEMA_HEAD spares start-up the import of Alembic; it must name the newest migration."""
    from commsdesk.db.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD, "bump SCHEMA_HEAD in db/migrate.py to the new migration's revision"
