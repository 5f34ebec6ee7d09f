"""Control characters never reach the database, whatever brings them, and never reach a message raw."""

import subprocess
import sys
from datetime import date, datetime

from commsdesk.domain.contacts import ContactInput, ImportRow, OnDuplicate
from commsdesk.domain.events import EventKind
from commsdesk.domain.plan import ActivityKind, ActivityStatus
from commsdesk.domain.plan_records import ActivityInput, StatusInput
from commsdesk.services.calendar import EventInput
from commsdesk.services.contacts import ContactFilter, ExportScope
from commsdesk.services.releases.data import VersionInput

NASTY = "\x00Konferenca\x1b[31m\tpër\r\nmediat\x07\x85"


def test_titles_and_names_are_stored_on_one_line_without_control_characters(services):
    contact = services.contacts.create(
        ContactInput(given_name=NASTY, position="Gazetare\x00", notes="Rreshti 1\r\n\tRreshti 2\x00\x1b")
    )
    stored = services.contacts.get(contact).data
    assert stored.given_name == "Konferenca[31m për mediat" and stored.position == "Gazetare"
    assert stored.notes == "Rreshti 1\n\tRreshti 2"
    event = services.calendar.create(
        EventInput(NASTY, EventKind.PRESS_CONFERENCE, datetime(2026, 3, 10, 11, 0), description="a\r\nb\x00")
    )
    details = services.calendar.details(event).data
    assert details.title == "Konferenca[31m për mediat" and details.description == "a\nb"
    release = services.releases.create(date(2026, 3, 10), "Kaçanik\x00", [VersionInput("sq", NASTY, "<p>Teksti</p>")])
    detail = services.releases.detail(release)
    assert detail.place == "Kaçanik" and detail.versions["sq"].headline == "Konferenca[31m për mediat"


def test_a_plan_activity_and_its_status_keep_no_control_character(services):
    strategy = services.plan.create_strategy({"sq": "Strategjia\x00 2023"}, 2023, 2026)
    plan_id = services.plan.import_plan(strategy, 2023, [])
    activity = services.plan.add_activity(plan_id, ActivityInput(1, ActivityKind.SPECIFIC, NASTY, ("ZIMP\x00",)))
    services.plan.record_status(
        activity, StatusInput(date(2023, 5, 1), ActivityStatus.IN_PROGRESS, 10, comment="x\r\ny\x00")
    )
    snapshot = services.plan.snapshot(plan_id, date(2023, 12, 31))
    stored = next(a for a in snapshot.activities if a.id == activity)
    assert stored.title == "Konferenca[31m për mediat" and stored.responsible == ("ZIMP",)


def test_a_bulk_import_stores_no_control_character(services):
    rows = [
        ImportRow(2, ContactInput(given_name=NASTY, outlet="Radio\x00 KIM", phones=[("work", "+383\x00 44 123 456")]))
    ]
    report = services.contacts.import_contacts(rows, on_duplicate=OnDuplicate.ADD)
    assert report.created == 1
    record = services.contacts.records(ExportScope(ContactFilter()))[0]
    assert record.given_name == "Konferenca[31m për mediat" and record.outlet == "Radio KIM"
    assert record.phones == [("work", "+383 44 123 456")]


def test_a_message_quoting_a_file_name_shows_its_control_characters_written_out(tmp_path):
    database = tmp_path / "nuk\x1b[2J-ka.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "commsdesk", "--db", str(database), "--lang", "en", "backup"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and "\x1b" not in result.stderr
    assert "nuk\\x1b[2J-ka.sqlite" in result.stderr and "Traceback" not in result.stderr
