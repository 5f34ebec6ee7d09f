"""Journalists' enquiries on a real database: numbering, the life of an enquiry through every status, deadlines,
the Due list, the statements library, the answer as an e-mail draft, the journalist's personal data, plan evidence."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import date, datetime
from email import policy

import pytest

from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus, EnquiryStep
from commsdesk.domain.office import Profile
from commsdesk.errors import ValidationError
from commsdesk.services.contacts import ContactInput
from commsdesk.services.enquiries import (
    EnquiriesService,
    EnquiryFilter,
    EnquiryInput,
    EnquirySettings,
    StatementInput,
)
from commsdesk.services.paging import ListSort

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
def enquiries(services, clock):
    return EnquiriesService(services.database, now=clock)


def enquiry(received=datetime(2026, 12, 9, 10, 0), questions=("Sa kushton rruga Kaçanik–Stagovë?",), **fields):
    fields.setdefault("journalist", "Arta Gashi")
    fields.setdefault("outlet", "Koha Ditore")
    return EnquiryInput(received_at=received, questions=tuple(questions), **fields)


def test_enquiries_are_numbered_per_year_and_default_to_the_lead_time(enquiries):
    first = enquiries.create(enquiry())
    second = enquiries.create(enquiry(deadline_at=datetime(2026, 12, 9, 15, 0)))
    next_year = enquiries.create(enquiry(datetime(2027, 1, 4, 9)))
    found = [enquiries.details(i) for i in (first, second, next_year)]
    assert [d.reference for d in found] == ["P-2026/001", "P-2026/002", "P-2027/001"]
    assert found[0].deadline_at == datetime(2026, 12, 10, 10, 0)  # 24 hours by default
    assert found[1].deadline_at == datetime(2026, 12, 9, 15, 0)  # the journalist's own
    enquiries.save_settings(EnquirySettings("Q{number}/{year}", 4))
    later = enquiries.details(enquiries.create(enquiry()))
    assert (later.reference, later.deadline_at) == ("Q3/2026", datetime(2026, 12, 9, 14, 0))


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"questions": ("  ",)}, "questions"),
        ({"journalist": ""}, "journalist"),
        ({"deadline_at": datetime(2026, 12, 8, 9)}, "deadline_at"),
        ({"facts_received_on": date(2026, 12, 9)}, "facts_asked_on"),
        ({"status": EnquiryStatus.DECLINED}, "reason"),
        ({"status": EnquiryStatus.NO_COMMENT}, "reason"),
        ({"status": EnquiryStatus.ANSWERED, "answered_at": datetime(2026, 12, 9, 12)}, "answers"),
        ({"status": EnquiryStatus.ANSWERED, "answers": {"sq": "Po."}}, "answered_at"),
        ({"answers": {"de": "Ja."}}, "answers"),
        ({"status": EnquiryStatus.APPROVED, "approval_needed": True}, "approver"),
    ],
)
def test_what_an_enquiry_needs_is_asked_for_and_nothing_is_stored(enquiries, fields, field):
    with pytest.raises(ValidationError) as refused:
        enquiries.create(enquiry(**fields))
    assert refused.value.field == field
    assert enquiries.count(EnquiryFilter()) == 0


def test_the_life_of_an_enquiry_through_every_status_is_kept_with_who_and_when(enquiries, clock):
    enquiry_id = enquiries.create(enquiry(questions=("Sa kushton?", "Kur përfundon?", "")), changed_by="Zyrtari")
    assert enquiries.details(enquiry_id).data.questions == ("Sa kushton?", "Kur përfundon?")
    steps = [
        {
            "status": EnquiryStatus.WAITING_FOR_INPUT,
            "facts_from": "Drejtoria e Financave",
            "facts_asked_on": date(2026, 12, 9),
            "facts_due_on": date(2026, 12, 10),
        },
        {
            "status": EnquiryStatus.DRAFTED,
            "facts_received_on": date(2026, 12, 10),
            "answers": {"sq": "Kushton 1,2 milion €.", "sr": "Košta 1,2 miliona €."},
        },
        {
            "status": EnquiryStatus.APPROVED,
            "approval_needed": True,
            "approver": "Kryetari",
            "approved_on": date(2026, 12, 10),
        },
        {
            "status": EnquiryStatus.ANSWERED,
            "answered_at": datetime(2026, 12, 10, 9, 30),
            "answered_via": EnquiryChannel.EMAIL,
        },
    ]
    for change in steps:
        clock.value = clock.value.replace(minute=clock.value.minute + 5)
        enquiries.update(enquiry_id, replace(enquiries.details(enquiry_id).data, **change), changed_by="Zyrtari B")
    found = enquiries.details(enquiry_id)
    assert found.data.status is EnquiryStatus.ANSWERED and not found.data.status.is_open
    texts = [step.text() for step in found.history]
    assert texts[0] == "Received" and found.history[0].by == "Zyrtari"
    for expected in (
        "Status changed: Waiting for input",
        "Facts asked: 09.12.2026",
        "Facts received: 10.12.2026",
        "Status changed: Answer drafted",
        "Answer approved: 10.12.2026",
        "Answer sent",
    ):
        assert expected in texts
    assert all(step.by == "Zyrtari B" for step in found.history[1:])
    row = enquiries.page(EnquiryFilter(), ListSort("reference"), 0, 1)[0]
    assert (row.overdue, row.waiting_for_facts, row.first_question) == (False, False, "Sa kushton?")
    reopened = replace(found.data, status=EnquiryStatus.DECLINED, reason="Çështje gjyqësore në proces")
    enquiries.update(enquiry_id, reopened)
    assert enquiries.details(enquiry_id).data.status is EnquiryStatus.DECLINED


def test_an_open_enquiry_past_the_journalists_deadline_is_overdue(enquiries):
    late = enquiries.create(enquiry(deadline_at=datetime(2026, 12, 10, 8, 0)))
    coming = enquiries.create(enquiry(deadline_at=datetime(2026, 12, 10, 12, 0)))
    assert enquiries.count(EnquiryFilter(overdue=True)) == 1
    rows = {row.id: row for row in enquiries.page(EnquiryFilter(), ListSort("deadline"), 0, 10)}
    assert rows[late].overdue and not rows[coming].overdue
    assert [row.id for row in enquiries.page(EnquiryFilter(), ListSort("deadline"), 0, 10)] == [late, coming]


def test_due_holds_near_deadlines_and_facts_awaited_from_a_directorate(enquiries, services):
    near = enquiries.create(enquiry(deadline_at=datetime(2026, 12, 10, 16, 0)))
    far = enquiries.create(enquiry(deadline_at=datetime(2026, 12, 20, 16, 0)))
    waiting = enquiries.create(
        enquiry(
            deadline_at=datetime(2026, 12, 21, 12, 0),
            status=EnquiryStatus.WAITING_FOR_INPUT,
            facts_from="Drejtoria e Urbanizmit",
            facts_asked_on=date(2026, 12, 9),
            facts_due_on=date(2026, 12, 11),
        )
    )
    due = enquiries.due(until=date(2026, 12, 13))
    assert [(item.enquiry_id, item.is_facts_reminder) for item in due] == [(near, False), (waiting, True)]
    assert due[1].facts_from == "Drejtoria e Urbanizmit"
    assert far not in [item.enquiry_id for item in due]


def test_statements_are_offered_while_valid_and_inserted_in_each_language(enquiries, clock):
    valid = enquiries.save_statement(
        StatementInput(
            "Rrugët",
            {"sq": "Komuna investon në rrugë.", "sr": "Opština ulaže u puteve.", "en": "The municipality invests."},
            "Kryetari",
            valid_from=date(2026, 12, 1),
            valid_until=date(2026, 12, 31),
        )
    )
    expired = enquiries.save_statement(
        StatementInput("Ujësjellësi", {"sq": "Uji është i pijshëm."}, "Kryetari", valid_until=date(2026, 11, 30))
    )
    later = enquiries.save_statement(StatementInput("Buxheti", {"en": "Later."}, valid_from=date(2027, 1, 1)))
    library = {row.id: row for row in enquiries.statements()}
    assert library[expired].expired and not library[valid].expired and not library[later].expired
    assert [row.id for row in enquiries.statements(offered_only=True)] == [valid]
    assert [enquiries.statement_text(valid, code) for code in ("sq", "sr", "en")] == [
        "Komuna investon në rrugë.",
        "Opština ulaže u puteve.",
        "The municipality invests.",
    ]
    with pytest.raises(ValidationError, match="not valid today"):
        enquiries.statement_text(expired, "sq")
    assert [row.topic for row in enquiries.statements("opstina")] == ["Rrugët"]
    with pytest.raises(ValidationError) as refused:
        enquiries.save_statement(StatementInput("Bosh", {"sq": " "}))
    assert refused.value.field == "texts"


def test_the_answer_goes_as_an_email_draft_to_the_journalist_with_the_questions_quoted(enquiries, services, tmp_path):
    services.office.save_profile(
        Profile(institution_names={"sr": "Opština Kačanik"}, email="info@kacanik.example", officer_name="Arbëresha")
    )
    enquiry_id = enquiries.create(
        enquiry(
            questions=("Koliko košta put?", "Kada se završava?"),
            journalist_email="jelena@kim.example",
            answers={"sr": "Put košta 1,2 miliona € & radovi traju do juna. <ok>"},
            topic="Putevi",
        )
    )
    path = enquiries.write_answer_draft(enquiry_id, tmp_path / "odgovor.eml", "sr")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "jelena@kim.example"
    assert message["From"].addresses[0].addr_spec == "info@kacanik.example"
    assert "P-2026/001" in message["Subject"] and "Putevi" in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert "Put košta 1,2 miliona € & radovi traju do juna. <ok>" in body
    assert "> 1. Koliko košta put?" in body and "> 2. Kada se završava?" in body
    details = enquiries.details(enquiry_id)
    assert details.history[-1].kind is EnquiryStep.DRAFT_WRITTEN and details.data.status is EnquiryStatus.NEW
    assert details.history[-1].text() == "E-mail draft written: Srpski"
    enquiries.record_answer_sent(enquiry_id, datetime(2026, 12, 10, 9, 0), EnquiryChannel.EMAIL)
    sent = enquiries.details(enquiry_id).data
    assert (sent.status, sent.answered_at, sent.answered_via) == (
        EnquiryStatus.ANSWERED,
        datetime(2026, 12, 10, 9, 0),
        EnquiryChannel.EMAIL,
    )
    with pytest.raises(ValidationError, match="no answer in this language"):
        enquiries.write_answer_draft(enquiry_id, tmp_path / "x.eml", "en")


def test_erasing_a_journalist_erases_their_enquiries_details_and_their_export_lists_them(enquiries, services):
    contacts = services.contacts
    contact_id = contacts.create(
        ContactInput(given_name="Besa", family_name="Krasniqi", emails=[("work", "besa@koha.example")])
    )
    linked = enquiries.create(enquiry(journalist="Besa Krasniqi", contact_id=contact_id, topic="Buxheti"))
    by_address = enquiries.create(enquiry(journalist="B. K.", journalist_email="Besa@Koha.example"))
    other = enquiries.create(enquiry(journalist="Driton"))
    held = contacts.personal_data(contact_id)
    assert [(entry.reference, entry.topic) for entry in held.enquiries] == [
        ("P-2026/001", "Buxheti"),
        ("P-2026/002", "Sa kushton rruga Kaçanik–Stagovë?"),
    ]
    contacts.erase(contact_id)
    for enquiry_id in (linked, by_address):
        erased = enquiries.details(enquiry_id)
        assert erased.anonymised and erased.data.journalist == "" and erased.data.journalist_email == ""
        assert erased.data.questions == ("Sa kushton rruga Kaçanik–Stagovë?",)  # the enquiry itself stays
    assert enquiries.details(other).data.journalist == "Driton"
    assert enquiries.count(EnquiryFilter(search="krasniqi")) == 0


def test_answered_enquiries_linked_to_an_activity_count_as_its_evidence(enquiries, services):
    from commsdesk.io.plan_csv import read_plan_csv
    from commsdesk.resources import resource_path

    strategy = services.plan.create_strategy({"sq": "Strategjia"}, 2023, 2026)
    plan_id = services.plan.import_plan(
        strategy, 2023, read_plan_csv(resource_path("demo", "kacanik-action-plan-2023.csv"))
    )
    activity = next(a for a in services.plan.snapshot(plan_id).activities if a.title.startswith("Intervista"))
    answered = {"status": EnquiryStatus.ANSWERED, "answers": {"sq": "Po."}, "activity_id": activity.id}
    enquiries.create(enquiry(datetime(2023, 3, 1, 9), answered_at=datetime(2023, 3, 1, 15), **answered))
    enquiries.create(enquiry(datetime(2023, 12, 31, 9), answered_at=datetime(2024, 1, 2, 9), **answered))
    enquiries.create(enquiry(datetime(2023, 5, 1, 9), activity_id=activity.id))  # not answered
    year = next(a for a in services.plan.snapshot(plan_id, date(2023, 12, 31)).activities if a.id == activity.id)
    assert (year.enquiries, year.evidence_count) == (1, 1)
