"""The law on personal data over a real database: everything held about a person, and erasing them for good."""

import sqlite3

import pytest
from sqlalchemy import select

from commsdesk.db.models import Distribution
from tests.db.test_contacts_service import _history, four_people, person


@pytest.fixture
def contacts(services):
    return four_people(services.contacts)


SECRET_EMAIL = "zana.secretperson@private.example"
# What must not survive anywhere: name, e-mail, phone (as written and as digits), notes, the first notes too.
TRACES = ("zanaxyz", "secretperson", "zana.secretperson", "987 321", "44987321", "first version of the notes")


def _victim(contacts, workspace):
    """A person with history everywhere: groups, an earlier version, a distribution (with a note naming them and
    another person), an event invitation, and a merge that was undone."""
    victim = contacts.create(
        person("Zanaxyz", "Secretperson", "Radio KIM", [SECRET_EMAIL], ["+383 44 987 321"], ["Mediat"])
    )
    contacts.update(victim, contacts.get(victim).data.with_changes(notes="first version of the notes"))
    contacts.update(victim, contacts.get(victim).data.with_changes(notes="sees the mayor monthly"))
    _history(workspace, victim, SECRET_EMAIL)
    with workspace.database.session() as session:
        distribution = session.scalar(select(Distribution))
        distribution.details = {
            **distribution.details,
            "note": "Also phoned Zanaxyz Secretperson (+383 44 987 321) and Mimoza Çeku.",
        }
    other = contacts.create(person("Zenaida", "Secretperzon", "Radio KIM", ["zz@x.example"]))
    contacts.merge(other, victim, contacts.get(other).data)
    contacts.undo_last_merge()
    return victim


def test_everything_held_about_a_person_includes_releases_sent_and_events(contacts, workspace):
    victim = _victim(contacts, workspace)
    data = contacts.personal_data(victim)
    assert data.detail.data.notes == "sees the mayor monthly" and data.detail.data.groups == ["Mediat"]
    assert [(entry.reference, entry.email) for entry in data.distributions] == [("2026/001", SECRET_EMAIL)]
    assert [entry.title for entry in data.invitations] == ["Dëgjim buxhetor"]
    assert data.merges == 1


def test_erase_leaves_no_trace_in_any_table_nor_in_the_file_and_keeps_the_anonymous_count(contacts, workspace):
    victim = _victim(contacts, workspace)
    contacts.erase(victim)
    assert contacts.get(victim) is None and contacts.count("secretperson") == 0
    with workspace.database.session() as session:
        distribution = session.scalar(select(Distribution))
        assert distribution.recipient_count == 2
        assert distribution.details["to"] == ["x@y.example"]
        assert distribution.details["note"] == "Also phoned  () and Mimoza Çeku."
    workspace.close()
    database = workspace.paths.database
    connection = sqlite3.connect(database)
    try:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert {"contact", "distribution_recipient", "event_media_contact", "contact_merge"} <= set(tables)
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                shown = repr(row).lower()
                assert not [trace for trace in TRACES if trace in shown], (table, row)
    finally:
        connection.close()
    raw = b"".join(path.read_bytes() for path in database.parent.glob(database.name + "*"))
    for trace in TRACES:
        for form in (trace, trace.title(), trace.upper()):
            assert form.encode() not in raw, form


def test_erasing_one_person_leaves_the_others_history_alone(contacts, workspace):
    victim = _victim(contacts, workspace)
    kept = contacts.page(0, 1, "cacak")[0].id
    before = contacts.personal_data(kept)
    contacts.erase(victim)
    assert contacts.personal_data(kept) == before
    assert contacts.count() == 5  # the four of the fixture and Zenaida
