"""The document-requests register on a real database: numbering, checks, the life of a request, its history,
the stored deadline and the list, settings applied to new requests only, and requesters' personal data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from commsdesk.db.engine import Database
from commsdesk.domain.requests import (
    DeadlineRules,
    RequesterType,
    RequestOutcome,
    RequestStatus,
    StepKind,
)
from commsdesk.errors import ValidationError
from commsdesk.services.contacts import ContactInput
from commsdesk.services.paging import ListSort
from commsdesk.services.requests import RequestFilter, RequestInput, RequestsService

NOW = datetime(2026, 12, 10, 9, 0)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.value = now

    def __call__(self) -> datetime:
        return self.value


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def requests(services, clock):
    return RequestsService(services.database, now=clock)


def request(received=datetime(2026, 12, 1, 10, 0), subject="Budget of 2026", name="Arbër Çoku", **fields):
    return RequestInput(received_at=received, subject=subject, requester_name=name, **fields)


def test_requests_are_numbered_per_year_in_the_format_set(requests):
    first = requests.create(request())
    second = requests.create(request(datetime(2026, 12, 2, 9)))
    next_year = requests.create(request(datetime(2027, 1, 4, 9)))
    assert [requests.details(i).reference for i in (first, second, next_year)] == ["2026/001", "2026/002", "2027/001"]
    requests.save_settings(replace(requests.settings(), reference_format="KQ-{number}/{year}"))
    assert requests.details(requests.create(request())).reference == "KQ-3/2026"


def test_a_number_given_is_kept_and_a_taken_one_refused(requests):
    requests.create(request(), number=41)
    assert requests.details(requests.create(request())).reference == "2026/042"
    with pytest.raises(ValidationError) as refused:
        requests.create(request(), number=41)
    assert refused.value.field == "number"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"subject": "  "}, "subject"),
        ({"name": ""}, "requester_name"),
        ({"urgent": True}, "urgent_reason"),
        ({"decided_on": date(2026, 11, 30)}, "decided_on"),
        ({"clarification_received": date(2026, 12, 3)}, "clarification_received"),
        ({"extended_on": date(2026, 12, 5)}, "extension_reason"),
        ({"outcome": RequestOutcome.REFUSED}, "refusal_ground"),
        ({"outcome": RequestOutcome.REFUSED, "refusal_ground": "privacy"}, "harm_test"),
        ({"outcome": RequestOutcome.REFUSED, "refusal_ground": "privacy", "harm_test": "x"}, "public_interest_test"),
        (
            {
                "outcome": RequestOutcome.PARTIAL,
                "refusal_ground": "privacy",
                "harm_test": "x",
                "public_interest_test": "y",
            },
            "withheld",
        ),
        ({"outcome": RequestOutcome.FORWARDED}, "forwarded_to"),
        ({"status": RequestStatus.DECIDED}, "outcome"),
        ({"cost_cents": -1}, "cost_cents"),
    ],
)
def test_what_the_law_wants_written_down_is_asked_for_and_nothing_is_stored(requests, fields, field):
    with pytest.raises(ValidationError) as refused:
        requests.create(request(**fields))
    assert refused.value.field == field
    assert requests.count(RequestFilter()) == 0


def test_an_anonymous_request_needs_no_name(requests):
    found = requests.details(requests.create(request(name="", anonymous=True)))
    assert found.data.anonymous and found.data.requester_name == ""
    assert requests.page(RequestFilter(), ListSort("reference"), 0, 10)[0].requester == "(anonymous)"


def test_the_life_of_a_request_is_kept_step_by_step_with_who_and_when(requests, clock):
    request_id = requests.create(request(), changed_by="Officer A")
    data = requests.details(request_id).data
    clock.value = datetime(2026, 12, 3, 11, 0)
    requests.update(
        request_id,
        replace(data, status=RequestStatus.AWAITING_CLARIFICATION, clarification_asked=date(2026, 12, 3)),
        changed_by="Officer B",
    )
    paused = requests.details(request_id)
    assert paused.deadline.paused_since == date(2026, 12, 3)
    clock.value = datetime(2026, 12, 7, 12, 0)
    requests.update(
        request_id, replace(paused.data, status=RequestStatus.IN_PROGRESS, clarification_received=date(2026, 12, 7))
    )
    assert requests.details(request_id).deadline.day == date(2026, 12, 14)  # 8.12 + 4 paused days → Mon 14.12
    data = requests.details(request_id).data
    requests.update(request_id, replace(data, extended_on=date(2026, 12, 10), extension_reason="Archive search"))
    assert requests.details(request_id).deadline.day == date(2026, 12, 29)  # 14.12 + 15
    data = requests.details(request_id).data
    requests.update(
        request_id,
        replace(
            data,
            outcome=RequestOutcome.PARTIAL,
            refusal_ground="privacy",
            harm_test="Names of minors",
            public_interest_test="Totals are public",
            withheld="Pupils' names",
            decided_on=date(2026, 12, 20),
        ),
    )
    data = requests.details(request_id).data
    requests.update(request_id, replace(data, delivered_on=date(2026, 12, 21), cost_cents=250))
    found = requests.details(request_id)
    assert found.data.status is RequestStatus.DECIDED and not found.is_open
    steps = [(step.kind, step.by) for step in found.history]
    assert steps[0] == (StepKind.REGISTERED, "Officer A")
    assert (StepKind.CLARIFICATION_ASKED, "Officer B") in steps
    kinds = [step.kind for step in found.history]
    for kind in (StepKind.CLARIFICATION_RECEIVED, StepKind.EXTENDED, StepKind.DECIDED, StepKind.DELIVERED):
        assert kind in kinds
    texts = [step.text() for step in found.history]
    assert "Status changed: Decided (Partially granted)" in texts
    assert "Deadline extended: 10.12.2026" in texts
    row = requests.page(RequestFilter(), ListSort("reference"), 0, 1)[0]
    assert (row.days_late, row.overdue) == (0, False)


def test_an_open_request_past_its_deadline_is_overdue_and_a_late_decision_counts_its_days(requests, clock):
    late = requests.create(request(datetime(2026, 11, 30, 9)))  # deadline Mon 7.12
    in_time = requests.create(request(datetime(2026, 12, 9, 9)))
    waiting = requests.create(request(datetime(2026, 11, 20, 9), clarification_asked=date(2026, 11, 22)))
    assert requests.count(RequestFilter(overdue=True)) == 1
    rows = {row.id: row for row in requests.page(RequestFilter(), ListSort("deadline"), 0, 10)}
    assert (rows[late].overdue, rows[late].days_late) == (True, 3)
    assert not rows[in_time].overdue and not rows[waiting].overdue and rows[waiting].paused
    data = requests.details(late).data
    requests.update(late, replace(data, outcome=RequestOutcome.GRANTED, decided_on=date(2026, 12, 10)))
    row = next(r for r in requests.page(RequestFilter(), ListSort("deadline"), 0, 10) if r.id == late)
    assert (row.overdue, row.days_late, row.status) == (False, 3, RequestStatus.DECIDED)


def test_deadline_rules_apply_to_requests_registered_after_the_change_only(requests):
    before = requests.create(request(datetime(2026, 12, 1, 9)))
    requests.save_settings(replace(requests.settings(), rules=DeadlineRules(working_days=True)))
    after = requests.create(request(datetime(2026, 12, 1, 9)))
    assert requests.details(before).deadline.day == date(2026, 12, 8)  # 7 calendar days
    assert requests.details(after).deadline.day == date(2026, 12, 10)  # 7 working days
    data = requests.details(before).data
    requests.update(before, replace(data, note="edited after the change"))
    assert requests.details(before).deadline.day == date(2026, 12, 8)


def test_a_holiday_entered_later_moves_the_stored_deadline_of_open_requests(requests, services):
    request_id = requests.create(request(datetime(2026, 12, 1, 9)))
    services.calendar.add_holiday(date(2026, 12, 8), "Eid")
    requests.refresh_deadlines()
    assert requests.page(RequestFilter(), ListSort("reference"), 0, 1)[0].deadline == date(2026, 12, 9)
    assert requests.details(request_id).deadline.day == date(2026, 12, 9)


def test_search_ignores_case_and_diacritics_and_filters_narrow(requests):
    requests.create(request(name="Đorđe Šćekić", subject="Ugovor o putu", requester_type=RequesterType.MEDIA))
    requests.create(request(name="Arbër Çoku", subject="Kontrata e rrugës"))
    assert requests.count(RequestFilter(search="djordje")) == 1
    assert requests.count(RequestFilter(search="scekic ugovor")) == 1
    assert requests.count(RequestFilter(search="rruges")) == 1
    assert requests.count(RequestFilter(search="100%")) == 0
    assert requests.count(RequestFilter(requester_type=RequesterType.MEDIA)) == 1
    assert requests.count(RequestFilter(year=2027)) == 0
    names = [row.requester for row in requests.page(RequestFilter(), ListSort("requester"), 0, 10)]
    assert names == ["Arbër Çoku", "Đorđe Šćekić"]


def test_the_due_list_holds_open_requests_from_two_days_before_their_deadline(requests):
    near = requests.create(request(datetime(2026, 12, 5, 9)))  # deadline Mon 14.12
    far = requests.create(request(datetime(2026, 12, 9, 9)))  # deadline Wed 16.12
    requests.create(request(datetime(2026, 12, 1, 9), clarification_asked=date(2026, 12, 2)))  # waiting
    due = requests.due(until=date(2026, 12, 13))
    assert [item.request_id for item in due] == [near]
    assert [item.request_id for item in requests.due(until=date(2026, 12, 14))] == [near, far]


def test_a_waiting_request_s_due_list_is_read_from_a_read_only_file_without_writing(requests, services, clock):
    requests.create(request(datetime(2026, 12, 1, 9), clarification_asked=date(2026, 12, 2)))  # its deadline moves
    late = requests.create(request(datetime(2026, 11, 30, 9)))  # deadline Mon 7.12
    clock.value = datetime(2026, 12, 14, 9, 0)  # days later: the waiting request's stored deadline is stale
    read_only = Database(services.database.path, read_only=True)
    try:
        due = RequestsService(read_only, now=clock).due(until=date(2026, 12, 14))
    finally:
        read_only.close()
    assert [(item.request_id, item.deadline) for item in due] == [(late, date(2026, 12, 7))]


def test_a_forwarding_or_decision_without_its_day_is_dated_the_day_it_is_saved(requests):
    forwarded = requests.create(
        request(datetime(2026, 12, 1, 9), outcome=RequestOutcome.FORWARDED, forwarded_to="Ministria e Financave")
    )
    granted = requests.create(request(datetime(2026, 12, 1, 9), outcome=RequestOutcome.GRANTED))
    assert requests.details(forwarded).data.forwarded_on == NOW.date()  # not 1.12, the day it was received
    assert requests.details(granted).data.decided_on == NOW.date()


def test_a_request_whose_requester_was_erased_can_still_be_edited(requests):
    request_id = requests.create(request(datetime(2026, 12, 1, 9)))
    requests.anonymise(request_id)
    erased = requests.details(request_id).data
    assert erased.requester_name == "" and not erased.anonymous
    requests.update(request_id, replace(erased, complaint_on=date(2026, 12, 9), complaint_outcome="Në shqyrtim"))
    found = requests.details(request_id)
    assert (found.data.complaint_on, found.data.requester_name) == (date(2026, 12, 9), "")


def test_an_anonymised_request_is_not_linked_to_a_contact_again(requests, services):
    contact_id = services.contacts.create(ContactInput(given_name="Besa", family_name="Krasniqi"))
    request_id = requests.create(request(contact_id=contact_id))
    requests.anonymise(request_id)
    found = requests.details(request_id)
    assert found.data.contact_id is None
    requests.update(request_id, replace(found.data, contact_id=contact_id, note="Kopja u dërgua"))
    assert requests.details(request_id).data.contact_id is None
    assert requests.details(request_id).data.note == "Kopja u dërgua"
    assert services.contacts.personal_data(contact_id).requests == []


def test_anonymising_erases_the_requester_and_keeps_the_request(requests):
    request_id = requests.create(request(requester_address="arber@example.com"))
    requests.anonymise(request_id)
    found = requests.details(request_id)
    assert found.anonymised and found.data.requester_name == "" and found.data.requester_address == ""
    assert requests.count(RequestFilter(search="arber")) == 0
    assert requests.count(RequestFilter(search="budget")) == 1
    requests.update(request_id, replace(found.data, requester_name="Back again"))
    assert requests.details(request_id).data.requester_name == ""


def test_requesters_details_are_erased_after_the_retention_period(requests, clock):
    old = requests.create(request(datetime(2020, 3, 2, 9), outcome=RequestOutcome.GRANTED, decided_on=date(2020, 3, 5)))
    recent = requests.create(
        request(datetime(2024, 3, 2, 9), outcome=RequestOutcome.GRANTED, decided_on=date(2024, 3, 5))
    )
    still_open = requests.create(request(datetime(2019, 3, 2, 9)))
    assert requests.erase_expired() == 1
    assert requests.details(old).anonymised
    assert not requests.details(recent).anonymised and not requests.details(still_open).anonymised
    assert requests.erase_expired() == 0


def test_erasing_a_contact_anonymises_their_requests_and_their_data_export_lists_them(requests, services):
    contacts = services.contacts
    contact_id = contacts.create(
        ContactInput(given_name="Besa", family_name="Krasniqi", emails=[("work", "besa@koha.net")])
    )
    linked = requests.create(request(name="Besa Krasniqi", contact_id=contact_id, requester_type=RequesterType.MEDIA))
    by_address = requests.create(request(name="B. Krasniqi", requester_address="BESA@koha.net"))
    other = requests.create(request(name="Someone else"))
    held = contacts.personal_data(contact_id)
    assert [entry.reference for entry in held.requests] == ["2026/001", "2026/002"]
    contacts.erase(contact_id)
    assert requests.details(linked).anonymised and requests.details(by_address).anonymised
    assert not requests.details(other).anonymised
    assert requests.details(linked).data.subject == "Budget of 2026"


def test_opening_the_database_erases_requesters_past_the_retention_period(tmp_path):
    from commsdesk.paths import resolve_paths
    from commsdesk.workspace import Workspace

    paths = resolve_paths(tmp_path / "commsdesk.sqlite")
    workspace = Workspace.open(paths)
    try:
        old = workspace.services.requests.create(
            request(datetime(2019, 3, 2, 9), outcome=RequestOutcome.GRANTED, decided_on=date(2019, 3, 5))
        )
    finally:
        workspace.close()
    workspace = Workspace.open(paths)
    try:
        assert workspace.services.requests.details(old).anonymised
    finally:
        workspace.close()


def test_an_urgent_request_is_overdue_from_the_hour_its_48_hours_end(requests, clock):
    urgent = requests.create(request(datetime(2026, 12, 8, 8, 30), urgent=True, urgent_reason="Shëndeti i fëmijëve"))
    clock.value = datetime(2026, 12, 10, 8, 30)
    assert requests.count(RequestFilter(overdue=True)) == 0
    clock.value = datetime(2026, 12, 10, 8, 31)
    assert requests.count(RequestFilter(overdue=True)) == 1
    assert requests.page(RequestFilter(overdue=True), ListSort("deadline"), 0, 1)[0].id == urgent


def test_a_requesters_data_is_exported_with_every_request_of_theirs_and_no_one_elses(requests, tmp_path):
    from openpyxl import load_workbook

    first = requests.create(request(name="Arbër Çoku", requester_address="arber@example.com"))
    requests.create(request(name="arbër çoku", subject="Leje ndërtimi"))  # the same name, written otherwise
    requests.create(request(name="A. Ç.", requester_address="ARBER@example.com", subject="Tenderi"))  # same address
    requests.create(request(name="Besa Gashi", subject="Buxheti"))
    path = tmp_path / "kerkuesi.xlsx"
    assert requests.export_requester(first, path, "en") == 3
    workbook = load_workbook(path, read_only=True)
    cells = [str(value) for row in workbook.active.iter_rows(values_only=True) for value in row if value is not None]
    workbook.close()
    assert "Besa Gashi" not in cells and "Buxheti" not in cells
    assert {"Budget of 2026", "Leje ndërtimi", "Tenderi"} <= set(cells)


def test_a_file_and_its_history_step_are_stored_together_or_not_at_all(requests, tmp_path):
    request_id = requests.create(request())
    scan = tmp_path / "kërkesa e skanuar.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    requests.add_file(request_id, scan, changed_by="Zyrtari")
    found = requests.details(request_id)
    assert [f.original_name for f in found.files] == ["kërkesa e skanuar.pdf"]
    assert (found.history[-1].kind, found.history[-1].note, found.history[-1].by) == (
        StepKind.FILE,
        "kërkesa e skanuar.pdf",
        "Zyrtari",
    )
    requests.delete(request_id)
    with pytest.raises(ValidationError, match="no longer exists"):
        requests.add_file(request_id, scan)
    assert list((tmp_path).glob("attachments/*")) == [] and not any(requests.attachments.folder.glob("*.pdf"))
