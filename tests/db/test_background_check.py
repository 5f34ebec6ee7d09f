"""The window opens an up-to-date file at once and checks it on a worker thread: reads go ahead, every write waits
for the check, and a damaged file is still never written to."""

import shutil
import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from commsdesk.db.engine import Database
from commsdesk.db.integrity import WriteGate
from commsdesk.db.migrate import prepare
from commsdesk.errors import DatabaseDamagedError
from commsdesk.paths import resolve_paths
from commsdesk.services import Services
from commsdesk.services.contacts import ContactInput
from commsdesk.services.releases import ArchiveQuery
from commsdesk.workspace import Workspace
from tests.helpers import demo_contact_count

PATIENCE = 60  # seconds before a thread that should have finished counts as stuck (not a timing measurement)


@pytest.fixture
def demo_file(tmp_path):
    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    Workspace.open(paths, demo=True).close()
    return paths


def contact_rows(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
    finally:
        connection.close()


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of `table`'s b-tree (the schema itself stays readable), as a failing disk would."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = b"\xab" * (page_size - 8)
    path.write_bytes(bytes(data))


def in_thread(action) -> tuple[threading.Thread, list]:
    """Run `action` on a thread; the list gets its result or the exception it raised."""
    outcome: list = []

    def run() -> None:
        try:
            outcome.append(action())
        except Exception as error:  # handed to the test
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_reads_go_ahead_while_the_check_has_not_decided(demo_file):
    database = Database(demo_file.database, WriteGate())
    services = Services.over(database)
    month = datetime.combine(date.today().replace(day=1), datetime.min.time())

    def read_what_the_tabs_show():
        plan = services.plan.plans()[0]
        return (
            services.contacts.count(),
            services.contacts.page(0, 50, "kaç"),
            services.contacts.groups(),
            services.calendar.occurrences(month, month + timedelta(days=42)),
            services.releases.count(ArchiveQuery(text="komuna")),  # full-text search (FTS5)
            services.releases.page(ArchiveQuery(), 0, 50),
            services.plan.snapshot(plan.id),
            services.office.profile(),
        )

    thread, outcome = in_thread(read_what_the_tabs_show)
    thread.join(PATIENCE)
    try:
        assert not thread.is_alive(), "a read waited for the integrity check"
        assert not isinstance(outcome[0], Exception), outcome[0]
        assert outcome[0][0] == demo_contact_count()
        assert not database.gate.wait_for_a_held_write(0)
    finally:
        database.gate.decide(True)
        thread.join()
        database.close()


def test_a_write_waits_for_the_check_and_goes_through_once_it_passed(demo_file):
    gate = WriteGate()
    database = Database(demo_file.database, gate)
    services = Services.over(database)
    thread, outcome = in_thread(lambda: services.contacts.create(ContactInput(given_name="Arbëresha", family_name="Z")))
    try:
        assert gate.wait_for_a_held_write(PATIENCE)
        assert contact_rows(demo_file.database) == demo_contact_count()  # held: nothing written yet
        gate.decide(True)
        thread.join(PATIENCE)
        assert not thread.is_alive() and not isinstance(outcome[0], Exception)
        assert contact_rows(demo_file.database) == demo_contact_count() + 1
    finally:
        gate.decide(True)
        thread.join()
        database.close()


def test_after_a_failed_check_every_write_is_refused_as_damage_and_nothing_is_written(demo_file):
    gate = WriteGate()
    database = Database(demo_file.database, gate)
    services = Services.over(database)
    thread, outcome = in_thread(lambda: services.contacts.create(ContactInput(given_name="Ana", family_name="B")))
    try:
        assert gate.wait_for_a_held_write(PATIENCE)
        gate.decide(False)
        thread.join(PATIENCE)
        assert isinstance(outcome[0], DatabaseDamagedError)
        with pytest.raises(DatabaseDamagedError, match="damaged"):
            services.office.save_profile(services.office.profile().with_changes(phone="1"))
    finally:
        gate.decide(False)
        thread.join()
        database.close()
    assert contact_rows(demo_file.database) == demo_contact_count()


def test_a_damaged_file_opened_at_once_is_detected_before_anything_is_written(demo_file):
    damage_table(demo_file.database, "contact_email")
    before = demo_file.database.read_bytes()
    reports = []
    workspace = Workspace.open(demo_file, on_checked=reports.append)  # the schema is fine: it opens at once
    try:
        assert workspace.check is not None and not workspace.migration.checked
        with pytest.raises(DatabaseDamagedError):  # the write starts the check, waits for it, and is refused
            workspace.services.contacts.create(ContactInput(given_name="Ana", family_name="B"))
        assert len(reports) == 1 and not reports[0].ok
    finally:
        workspace.close()
    assert demo_file.database.read_bytes() == before


def test_a_sound_file_opened_at_once_passes_its_check_and_then_writes_freely(demo_file):
    reports = []
    workspace = Workspace.open(demo_file, on_checked=reports.append)
    try:
        workspace.start_check()
        workspace.services.contacts.create(ContactInput(given_name="Drita", family_name="K"))
        assert reports and reports[0].ok and workspace.database.gate.open
        assert workspace.services.contacts.count() == demo_contact_count() + 1
    finally:
        workspace.close()


def test_closing_before_the_check_has_run_reports_nothing_and_refuses_writes(demo_file):
    reports = []
    workspace = Workspace.open(demo_file, on_checked=reports.append)
    workspace.close()
    assert reports == [] and workspace.database.gate.decided and not workspace.database.gate.open


def test_closing_while_the_check_runs_stops_its_thread_and_leaves_the_file_as_it_was(demo_file):
    before = demo_file.database.read_bytes()
    reports = []
    workspace = Workspace.open(demo_file, on_checked=reports.append)
    workspace.start_check()
    workspace.close()  # interrupts the check if it is still running, and waits for its thread
    assert not workspace.check.running
    assert reports == [] or reports[0].ok  # a stopped check reports nothing
    assert demo_file.database.read_bytes() == before


def test_a_file_that_needs_an_upgrade_is_checked_before_it_opens_even_when_checking_could_wait(tmp_path):
    fixture = sorted((Path(__file__).parent / "fixtures").glob("commsdesk-*.sqlite"))[0]
    path = tmp_path / "commsdesk.sqlite"
    shutil.copy(fixture, path)
    damage_table(path, "contact")
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError):
        prepare(path, tmp_path / "backups", check_current=False)
    assert path.read_bytes() == before
