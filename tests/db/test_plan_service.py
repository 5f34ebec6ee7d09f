"""The plan service over a real database: import, status history, copies, evidence, editing and undo."""

from datetime import date, datetime

import pytest
from sqlalchemy import event, select

from commsdesk.db.models import Event, EventExdate, PressRelease, Responsible
from commsdesk.domain.plan import ActivityKind, ActivityStatus
from commsdesk.errors import UserError, ValidationError
from commsdesk.io.plan_csv import PlanRow, read_plan_csv
from commsdesk.resources import resource_path
from commsdesk.services.plan import ActivityInput, PlanExistsError, StatusInput

S = ActivityStatus


@pytest.fixture
def plan(services):
    """The Kaçanik 2023 plan imported into an empty database: (service, plan id)."""
    strategy = services.plan.create_strategy({"sq": "Strategjia 2023–2026"}, 2023, 2026)
    plan_id = services.plan.import_plan(
        strategy, 2023, read_plan_csv(resource_path("demo", "kacanik-action-plan-2023.csv"))
    )
    return services.plan, plan_id


def find(snapshot, start):
    return next(a for a in snapshot.activities if a.title.startswith(start))


def test_importing_the_kacanik_plan_gives_its_objectives_activities_and_costs(plan):
    service, plan_id = plan
    snapshot = service.snapshot(plan_id, date(2023, 12, 31))
    rollup = snapshot.rollup()
    assert [o.number for o in snapshot.objectives] == [1, 2, 3]
    assert (rollup.specific, rollup.recurring, rollup.planned_cents) == (25, 18, 390000)
    per_objective = {
        o.number: sum(a.planned_cost_cents for a in snapshot.activities if a.objective == o)
        for o in snapshot.objectives
    }
    assert per_objective == {1: 180000, 2: 190000, 3: 20000}
    survey = find(snapshot, "Sondazh")
    assert (survey.period_start, survey.period_end, survey.no_additional_cost) == (
        date(2023, 6, 1),
        date(2023, 7, 31),
        True,
    )
    weekly = find(snapshot, "Mbledhje e rregullt javore")
    assert weekly.frequency_text == "Në baza javore" and weekly.frequency.value == "weekly"
    assert weekly.responsible == ("Kryetari i komunës", "Shefi i kabinetit") and weekly.planned_cost_cents == 0


def test_responsible_are_reused_across_activities_whatever_their_case(plan, services, workspace):
    service, plan_id = plan
    service.add_activity(plan_id, ActivityInput(1, ActivityKind.SPECIFIC, "Takim", ("zimp", "Zyra IT")))
    with workspace.database.session() as session:
        names = list(session.scalars(select(Responsible.name)))
    assert names.count("ZIMP") == 1 and "zimp" not in names
    assert "ZIMP" in service.responsible_names()


def test_importing_into_a_year_that_has_a_plan_asks_before_replacing(plan):
    service, plan_id = plan
    strategy = service.plans()[0].strategy.id
    rows = [PlanRow(2, 4, "Objektivi i ri", ActivityKind.SPECIFIC, "Vetëm kjo", ["ZIMP"], "maj 2023", "", 5000, "")]
    with pytest.raises(PlanExistsError, match="already has 43 activities"):
        service.import_plan(strategy, 2023, rows)
    assert service.snapshot(plan_id).rollup().total == 43
    service.import_plan(strategy, 2023, rows, replace=True)
    snapshot = service.snapshot(plan_id)
    assert [a.title for a in snapshot.activities] == ["Vetëm kjo"] and snapshot.objectives[0].number == 4


def test_status_as_of_a_past_date_ignores_later_updates(plan):
    service, plan_id = plan
    training = find(service.snapshot(plan_id), "Azhurnimi i Programit")
    service.add_status(training.id, date(2023, 3, 31), S.IN_PROGRESS, 40, "started", actual_cost_cents=30000)
    service.add_status(training.id, date(2023, 9, 30), S.COMPLETED, 100, "done", actual_cost_cents=95000)
    june = find(service.snapshot(plan_id, date(2023, 6, 30)), "Azhurnimi i Programit")
    assert (june.status, june.progress, june.actual_cost_cents, june.comment) == (S.IN_PROGRESS, 40, 30000, "started")
    december = find(service.snapshot(plan_id, date(2023, 12, 31)), "Azhurnimi i Programit")
    assert (december.status, december.actual_cost_cents, december.overdue) == (S.COMPLETED, 95000, False)
    second_quarter = service.report_snapshot(2023, quarter=2)
    assert second_quarter.as_of == date(2023, 6, 30)
    assert find(second_quarter, "Azhurnimi i Programit").status is S.IN_PROGRESS


def test_overdue_activities_are_those_whose_timeframe_ended_unfinished(plan):
    service, plan_id = plan
    snapshot = service.snapshot(plan_id, date(2023, 12, 1))
    overdue = {a.title[:30] for a in snapshot.activities if a.overdue}
    assert overdue == {
        "Konferenca vjetore (gjithëdito",
        "Takim koordinues me organizata",
        "Sondazh në webfaqe dhe Faceboo",
        '"Dita e Dyerve të Hapura" e Ko',
    }


def test_a_quarterly_snapshot_lists_what_was_due_in_the_quarter_and_what_changed(plan):
    service, plan_id = plan
    meeting = find(service.snapshot(plan_id), "Takim koordinues")  # mars–qershor 2023
    service.add_status(meeting.id, date(2023, 5, 10), S.IN_PROGRESS, 50, "ftesat")
    service.add_status(meeting.id, date(2023, 7, 2), S.COMPLETED, 100)
    titles = {q: {a.title for a in service.snapshot(plan_id, quarter=q).reported()} for q in (1, 2, 3, 4)}
    assert meeting.title in titles[1] and meeting.title in titles[2]
    assert meeting.title not in titles[3] and meeting.title not in titles[4]
    assert all(len(t) > 18 for t in titles.values())  # recurring activities run all year, "2023" ones too
    second = service.snapshot(plan_id, quarter=2)
    assert [(c.activity_title, c.status, c.comment) for c in second.changes] == [
        (meeting.title, S.IN_PROGRESS, "ftesat")
    ]


def test_copy_to_next_year_carries_exactly_the_unfinished_specific_and_all_recurring_activities(plan):
    service, plan_id = plan
    snapshot = service.snapshot(plan_id)
    specific = [a for a in snapshot.activities if a.kind is ActivityKind.SPECIFIC]
    finished = {specific[0].id: S.COMPLETED, specific[1].id: S.CANCELLED, specific[2].id: S.COMPLETED}
    for activity_id, status in finished.items():
        service.add_status(activity_id, date(2023, 6, 1), status, 100)
    service.add_status(specific[3].id, date(2023, 6, 1), S.COMPLETED, 100)
    service.add_status(specific[3].id, date(2023, 8, 1), S.IN_PROGRESS, 80, "reopened")  # latest: unfinished
    service.add_status(specific[4].id, date(2023, 6, 1), S.POSTPONED, 0)
    copied = service.copy_to_next_year(plan_id)
    assert copied.year == 2024
    new = service.snapshot(copied.id, date(2024, 1, 1))
    expected = [a for a in snapshot.activities if a.id not in finished]
    assert [a.title for a in new.activities] == [a.title for a in expected]
    assert [a.carried_from_id for a in new.activities] == [a.id for a in expected]
    assert new.rollup().specific == 22 and new.rollup().recurring == 18
    assert all(a.status is S.NOT_STARTED for a in new.activities)
    conference = find(new, "Konferenca vjetore")
    assert (conference.timeframe, conference.period_start) == ("nëntor 2024", date(2024, 11, 1))
    assert conference.responsible == find(snapshot, "Konferenca vjetore").responsible
    with pytest.raises(ValidationError, match="already has a plan for 2024"):
        service.copy_to_next_year(plan_id)


def add_event(session, activity_id, starts_at, status="held", rrule=None, **extra):
    row = Event(
        uid=f"{starts_at.isoformat()}-{activity_id}-{rrule}",
        title="Konferencë për shtyp",
        kind="press_conference",
        status=status,
        starts_at=starts_at,
        rrule=rrule,
        activity_id=activity_id,
        **extra,
    )
    session.add(row)
    session.flush()
    return row


def add_release(session, number, activity_id, day, status="distributed"):
    row = PressRelease(
        year=day.year,
        number=number,
        reference=f"{day.year}/{number:03d}",
        status=status,
        release_date=day,
        activity_id=activity_id,
    )
    session.add(row)
    session.flush()
    return row


def test_evidence_counts_follow_linked_events_and_releases_in_the_period(plan, workspace):
    service, plan_id = plan
    snapshot = service.snapshot(plan_id)
    releases = find(snapshot, "Komunikata/njoftime për shtyp")
    conferences = find(snapshot, "Organizimi i konferencave për shtyp")
    weekly = find(snapshot, "Mbledhje e rregullt javore")
    with workspace.database.session() as session:
        for number in range(1, 38):  # 37 releases distributed in 2023
            add_release(session, number, releases.id, date(2023, 1 + number % 12, 10))
        add_release(session, 38, releases.id, date(2023, 5, 5), status="draft")
        add_release(session, 39, releases.id, date(2023, 5, 6), status="withdrawn")
        add_release(session, 1, releases.id, date(2024, 1, 5))
        add_release(session, 40, None, date(2023, 6, 6))  # not linked: no evidence
        add_event(session, conferences.id, datetime(2023, 2, 3, 11))
        add_event(session, conferences.id, datetime(2023, 5, 3, 11), status="planned")
        add_event(session, conferences.id, datetime(2023, 6, 3, 11), status="cancelled")
        add_event(session, conferences.id, datetime(2022, 12, 3, 11))
        series = add_event(
            session, weekly.id, datetime(2023, 1, 2, 9), status="confirmed", rrule="FREQ=WEEKLY;BYDAY=MO"
        )
        session.add(EventExdate(event_id=series.id, original_start=datetime(2023, 1, 9, 9)))
        moved = add_event(
            session, None, datetime(2023, 1, 10, 9), parent_id=series.id, recurrence_id=datetime(2023, 1, 9, 9)
        )
        unlinked = add_event(session, None, datetime(2023, 4, 4, 10))
    year = service.snapshot(plan_id, date(2023, 12, 31))
    assert find(year, "Komunikata/njoftime").releases == 37 and find(year, "Komunikata/njoftime").events == 0
    assert find(year, "Organizimi i konferencave").events == 2
    assert find(year, "Mbledhje e rregullt javore").events == 52  # 52 Mondays, one moved to a Tuesday
    march = service.snapshot(plan_id, date(2023, 3, 31))
    assert (
        find(march, "Organizimi i konferencave").events == 1 and find(march, "Mbledhje e rregullt javore").events == 13
    )
    first_quarter = service.snapshot(plan_id, quarter=1)
    assert find(first_quarter, "Komunikata/njoftime").releases == sum(1 for n in range(1, 38) if 1 + n % 12 <= 3)
    # A status update can point to more evidence: it counts once, however often it is named.
    service.record_status(
        conferences.id, StatusInput(date(2023, 4, 30), S.IN_PROGRESS, 50, event_ids=(unlinked.id, moved.id))
    )
    service.record_status(conferences.id, StatusInput(date(2023, 5, 30), S.IN_PROGRESS, 60, event_ids=(unlinked.id,)))
    assert find(service.snapshot(plan_id, date(2023, 12, 31)), "Organizimi i konferencave").events == 4


def test_evidence_candidates_are_the_years_events_and_releases(plan, workspace):
    service, _plan_id = plan
    with workspace.database.session() as session:
        add_event(session, None, datetime(2023, 3, 1, 10))
        add_event(session, None, datetime(2022, 3, 1, 10))
        add_release(session, 1, None, date(2023, 2, 2))
    events, releases = service.evidence_candidates(2023)
    assert [e.day for e in events] == [date(2023, 3, 1)]
    assert [r.title for r in releases] == ["2023/001"]


def test_deleting_an_activity_can_be_undone_with_its_history_and_links(plan, workspace):
    service, plan_id = plan
    activity = find(service.snapshot(plan_id), "Komunikata/njoftime")
    service.add_status(activity.id, date(2023, 4, 1), S.IN_PROGRESS, 30, "first")
    service.add_status(activity.id, date(2023, 8, 1), S.IN_PROGRESS, 60, "second", actual_cost_cents=1234)
    with workspace.database.session() as session:
        add_release(session, 1, activity.id, date(2023, 4, 4))
    deleted = service.delete_activity(activity.id)
    assert service.snapshot(plan_id).rollup().total == 42
    restored = service.restore_activity(deleted)
    back = next(a for a in service.snapshot(plan_id, date(2023, 12, 31)).activities if a.id == restored)
    assert (back.title, back.responsible, back.position) == (activity.title, activity.responsible, activity.position)
    assert (back.progress, back.comment, back.actual_cost_cents, back.releases) == (60, "second", 1234, 1)
    assert [u.comment for u in service.history(restored)] == ["first", "second"]


def test_editing_an_activity_returns_what_it_was_so_that_it_can_be_undone(plan):
    service, plan_id = plan
    activity = find(service.snapshot(plan_id), "Konferenca vjetore")
    before = service.activity_input(activity.id)
    changed = ActivityInput(
        5, ActivityKind.SPECIFIC, "Konferenca vjetore e re", ("ZIMP",), "dhjetor 2023", "", 25000, "", "Objektivi 5"
    )
    assert service.update_activity(activity.id, changed) == before
    edited = find(service.snapshot(plan_id), "Konferenca vjetore e re")
    assert (edited.objective.number, edited.period_start, edited.planned_cost_cents) == (5, date(2023, 12, 1), 25000)
    service.update_activity(activity.id, before)
    assert service.activity_input(activity.id) == before


def test_a_status_update_can_be_taken_back(plan):
    service, plan_id = plan
    activity = find(service.snapshot(plan_id), "Konferenca vjetore")
    update = service.record_status(activity.id, StatusInput(date(2023, 11, 30), S.COMPLETED, 0, 9500, "ok"))
    assert find(service.snapshot(plan_id, date(2023, 12, 31)), "Konferenca vjetore").progress == 100
    service.delete_status(update)
    assert find(service.snapshot(plan_id, date(2023, 12, 31)), "Konferenca vjetore").status is S.NOT_STARTED
    with pytest.raises(ValidationError):
        service.record_status(activity.id, StatusInput(date(2023, 11, 30), S.IN_PROGRESS, 140))
    with pytest.raises(UserError, match="no longer exists"):
        service.record_status(999999, StatusInput(date(2023, 11, 30), S.IN_PROGRESS, 10))


def test_reports_need_a_plan_and_a_real_quarter(plan):
    service, _plan_id = plan
    with pytest.raises(UserError, match="no action plan for 2031"):
        service.report_snapshot(2031)
    with pytest.raises(ValidationError):
        service.report_snapshot(2023, quarter=5)


def test_the_strategy_for_an_import_is_found_by_name_in_any_language_or_made(services):
    service = services.plan
    first = service.strategy_for_import(None, 2024)
    assert service.strategy_for_import(None, 2025) == first  # the only one
    named = service.create_strategy({"sq": "Strategjia A", "sr": "Strategija A"}, 2023, 2026)
    assert service.strategy_for_import("strategija a", 2024) == named
    with pytest.raises(ValidationError, match="several strategies"):
        service.strategy_for_import(None, 2024)
    other = service.strategy_for_import("Strategjia B", 2024, "sq")
    assert {s.id: s.titles for s in service.strategies()}[other] == {"sq": "Strategjia B"}


def test_an_import_stopped_half_way_leaves_no_strategy_behind(services):
    from commsdesk.errors import Cancelled

    service = services.plan
    assert service.strategy_for_import(None, 2024, create=False) is None  # looking makes nothing

    def stop(done, _total):
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        service.import_plan(None, 2024, big_plan(50), strategy_name="Strategjia C", progress=stop)
    assert service.strategies() == []
    plan_id = service.import_plan(None, 2024, big_plan(50), strategy_name="Strategjia C", language="sq")
    assert [s.titles for s in service.strategies()] == [{"sq": "Strategjia C"}]
    assert service.snapshot(plan_id).rollup().specific + service.snapshot(plan_id).rollup().recurring == 50


def big_plan(count: int) -> list[PlanRow]:
    return [
        PlanRow(
            n + 2,
            1 + n % 5,
            f"Objektivi {1 + n % 5}",
            ActivityKind.SPECIFIC if n % 3 else ActivityKind.RECURRING,
            f"Aktiviteti {n}",
            ["ZIMP", f"Drejtoria {n % 7}"],
            "mars–qershor 2023" if n % 3 else "",
            "" if n % 3 else "Në baza mujore",
            (n % 3 and 10000) or 0,
            "",
        )
        for n in range(count)
    ]


def test_loading_a_plan_takes_the_same_few_queries_whatever_its_size(services, workspace):
    service = services.plan
    strategy = service.create_strategy({"sq": "S"}, 2023, 2026)
    statements = []

    def count(*_args):
        statements.append(1)

    queries = {}
    for year, size in ((2023, 10), (2024, 200)):
        plan_id = service.import_plan(strategy, year, big_plan(size))
        for activity in service.snapshot(plan_id).activities:
            service.add_status(activity.id, date(year, 2, 1), S.IN_PROGRESS, 20, "x")
            service.add_status(activity.id, date(year, 5, 1), S.IN_PROGRESS, 60, "y")
        event.listen(workspace.database.engine, "before_cursor_execute", count)
        snapshot = service.snapshot(plan_id, date(year, 12, 31))
        event.remove(workspace.database.engine, "before_cursor_execute", count)
        assert len(snapshot.activities) == size and snapshot.activities[-1].progress == 60
        queries[size], statements[:] = len(statements), []
    assert queries[200] == queries[10] <= 12


def test_document_requests_decided_or_forwarded_in_the_period_count_as_evidence_of_their_activity(plan, services):
    from commsdesk.domain.requests import RequestOutcome
    from commsdesk.services.requests import RequestInput

    service, plan_id = plan
    answering = find(service.snapshot(plan_id), "Komunikata/njoftime për shtyp")
    ids = {activity_id for activity_id, _title in services.requests.activity_choices(2023)}
    assert answering.id in ids and services.requests.activity_choices(2031) == []

    def handled(received: datetime, outcome: RequestOutcome | None, **fields) -> None:
        services.requests.create(
            RequestInput(received, "Dokumentet", "Arta", activity_id=answering.id, outcome=outcome, **fields)
        )

    handled(datetime(2023, 2, 1, 9), RequestOutcome.GRANTED, decided_on=date(2023, 2, 6))
    handled(datetime(2023, 5, 2, 9), RequestOutcome.FORWARDED, forwarded_to="AQP", forwarded_on=date(2023, 5, 4))
    handled(datetime(2023, 12, 28, 9), RequestOutcome.GRANTED, decided_on=date(2024, 1, 3))  # decided next year
    handled(datetime(2023, 6, 1, 9), None)  # still open
    year = find(service.snapshot(plan_id, date(2023, 12, 31)), "Komunikata/njoftime për shtyp")
    assert (year.requests, year.evidence_count) == (2, 2)
    assert find(service.snapshot(plan_id, quarter=1), "Komunikata/njoftime për shtyp").requests == 1
