"""Demo content: the real Kaçanik 2023 action plan, Kosovo media contacts, a month of events, a few releases,
document requests and journalists' enquiries at every step, and the approved statements."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

from commsdesk.domain.contacts import Audience, OutletType, Reach
from commsdesk.domain.events import EventKind, EventStatus
from commsdesk.domain.office import Profile
from commsdesk.domain.plan import ActivityKind, ActivityStatus
from commsdesk.io.plan_csv import read_plan_csv
from commsdesk.resources import resource_path
from commsdesk.services import Services
from commsdesk.services.calendar import EventInput
from commsdesk.services.contacts import ContactInput
from commsdesk.services.releases import VersionInput

PLAN_YEAR = 2023


def _load(name: str) -> Any:
    return json.loads(resource_path("demo", name).read_text(encoding="utf-8"))


def fill_demo(services: Services, today: date | None = None) -> None:
    """Fill an empty database with the demo content; events and releases are placed around `today`."""
    today = today or date.today()
    services.office.save_profile(Profile(**_load("office.json")))
    _fill_contacts(services)
    _fill_events(services, today - timedelta(days=today.weekday()))
    _fill_releases(services, today)
    _fill_plan(services)
    _fill_requests(services, today)
    _fill_enquiries(services, today)


def _fill_contacts(services: Services) -> None:
    """Kosovo media (national, regional, local, Serbian-language, international), institutions, municipal staff,
    NGOs, donors, business and diaspora; fictitious people, `.example` addresses, two deliberate duplicates."""
    today = date.today()
    services.contacts.seed_audiences_once()
    for person in _load("contacts.json"):
        services.contacts.save_outlet(person["outlet"], OutletType(person["outlet_type"]), Reach(person["reach"]))
        accredited = person.get("accredited_days")
        verified = person.get("verified_days")
        services.contacts.create(
            ContactInput(
                given_name=person["given_name"],
                family_name=person["family_name"],
                position=person["position"],
                outlet=person["outlet"],
                language=person["language"],
                emails=[tuple(pair) for pair in person["emails"]],
                phones=[tuple(pair) for pair in person["phones"]],
                groups=[Audience(code).label() for code in person["groups"]],
                topics=person.get("topics", ""),
                notes=person.get("notes", ""),
                address=person.get("address", ""),
                website=person.get("website", ""),
                social=person.get("social", ""),
                accredited=accredited is not None,
                accredited_until=today + timedelta(days=accredited) if accredited is not None else None,
                source=person.get("source", "Lista e kontakteve e zyrës (Excel), 2024"),
                purpose=person.get("purpose", "dërgimi i komunikatave dhe ftesave"),
                do_not_contact=person.get("do_not_contact", False),
                verified_on=today - timedelta(days=verified) if verified is not None else None,
            )
        )


def _fill_events(services: Services, monday: date) -> None:
    """A month of events around this week: series, media invited, notification tasks, the year's Eids."""
    from commsdesk.domain.recurrence import format_rrule
    from commsdesk.domain.recurrence_presets import RepeatPreset, preset_rule

    calendar = services.calendar
    if 4 <= (calendar.today() - monday).days < 7:  # late in the week: centre the month on the coming week
        monday += timedelta(days=7)
    groups = {choice.detail: choice.id for choice in calendar.media_groups() if choice.detail}
    contacts = {choice.label: choice.id for choice in calendar.media_contacts()}
    for item in _load("events.json"):
        day = monday + timedelta(days=item["day"])
        if item.get("all_day"):
            starts_at = datetime.combine(day, time(0))
            ends_at = starts_at + timedelta(days=item.get("days", 1))
        else:
            starts_at = datetime.combine(day, time.fromisoformat(item["start"]))
            ends_at = datetime.combine(day, time.fromisoformat(item["end"]))
        rrule = None
        if "repeat" in item:
            rule = preset_rule(RepeatPreset(item["repeat"]), starts_at)
            assert rule is not None
            rrule = format_rrule(rule.ending(count=item.get("count")), "Europe/Belgrade")
        material = item.get("material_day")
        calendar.create(
            EventInput(
                title=item["title"],
                kind=EventKind(item["kind"]),
                starts_at=starts_at,
                ends_at=ends_at,
                all_day=bool(item.get("all_day")),
                location=item["location"],
                organiser=item["organiser"],
                status=EventStatus(item["status"]),
                rrule=rrule,
                material_date=monday + timedelta(days=material) if material is not None else None,
                media_group_ids=tuple(groups[code] for code in item.get("media_groups", []) if code in groups),
                media_contact_ids=tuple(contacts[name] for name in item.get("media_contacts", []) if name in contacts),
            )
        )
    for day, name in (
        (date(2026, 3, 20), "Fitër Bajrami"),
        (date(2026, 5, 27), "Kurban Bajrami"),
        (date(2027, 3, 10), "Fitër Bajrami"),
        (date(2027, 5, 17), "Kurban Bajrami"),
    ):
        calendar.add_holiday(day, name)
    due = calendar.due_tasks(until=monday + timedelta(days=30))
    if due:  # the media were already told about the earliest one
        calendar.mark_done(due[0].id)


def _fill_releases(services: Services, today: date) -> None:
    """Releases at every step of the workflow; the distributed ones went to the media group and the website."""
    from commsdesk.domain.release_body import text_to_body
    from commsdesk.domain.releases import Channel, DistributionStatus, ReleaseStatus, VersionState
    from commsdesk.services.releases import DistributionInput

    steps = [ReleaseStatus.FOR_APPROVAL, ReleaseStatus.APPROVED, ReleaseStatus.DISTRIBUTED, ReleaseStatus.ARCHIVED]
    media = [group.id for group in services.releases.groups() if group.code == "media"]
    for item in _load("releases.json"):
        day = today + timedelta(days=item["day"])
        hours = item.get("embargo_hours")
        embargo = datetime.combine(day, time(0)) + timedelta(hours=hours) if hours else None
        versions = [
            VersionInput(language, v["headline"], text_to_body(v["body"]), v.get("subheadline", ""), VersionState.FINAL)
            for language, v in item["versions"].items()
        ]
        release_id = services.releases.create(day, item["place"], versions, tags=item["tags"], embargo_until=embargo)
        target = ReleaseStatus(item.get("status", "draft"))
        for step in steps[: steps.index(target) + 1] if target in steps else []:
            if step is ReleaseStatus.DISTRIBUTED:
                entries = [DistributionInput(c, Channel.WEBSITE, DistributionStatus.DONE) for c in item["versions"]]
                for code in item["versions"]:
                    recipients = services.releases.recipients(release_id, media)
                    chosen = [(r.contact_id, r.email) for r in recipients if r.included and r.language == code]
                    entries.append(DistributionInput(code, Channel.EMAIL, DistributionStatus.DONE, chosen))
                services.releases.record_distribution(release_id, entries)
            else:
                approver = "Kryetari i Komunës" if step is ReleaseStatus.APPROVED else ""
                services.releases.change_status(release_id, step, approver)


def _fill_plan(services: Services) -> None:
    strategy = services.plan.create_strategy(
        {
            "sq": "Strategjia për Informim dhe Komunikim 2023–2026",
            "sr": "Strategija za informisanje i komunikaciju 2023–2026",
            "en": "Information and Communication Strategy 2023–2026",
        },
        2023,
        2026,
    )
    rows = read_plan_csv(resource_path("demo", "kacanik-action-plan-2023.csv"))
    plan = services.plan.import_plan(strategy, PLAN_YEAR, rows)
    # A year of status reports, so that the tab, the quarterly and the annual reports have something to show:
    # position in the plan file → (month, day, status, progress, euros spent or None, comment).
    s = ActivityStatus
    history: dict[int, list[tuple[int, int, ActivityStatus, int, int | None, str]]] = {
        0: [(3, 31, s.IN_PROGRESS, 30, None, "Listat e drejtorive janë gati"), (6, 30, s.COMPLETED, 100, None, "")],
        1: [(6, 30, s.IN_PROGRESS, 50, None, "Drafti në shqyrtim"), (9, 29, s.COMPLETED, 100, None, "")],
        2: [
            (6, 30, s.IN_PROGRESS, 40, 350, "Moduli i parë u mbajt"),
            (12, 29, s.IN_PROGRESS, 70, 600, "Dy module kalojnë në vitin 2024"),
        ],
        3: [(3, 24, s.COMPLETED, 100, 85, "Takimi u mbajt më 24.03.2023")],
        4: [(9, 30, s.IN_PROGRESS, 60, None, "Pyetësori u shpërnda")],
        6: [(12, 15, s.COMPLETED, 100, 90, "")],
        7: [(11, 28, s.COMPLETED, 100, 100, "Konferenca me 46 pjesëmarrës")],
        8: [(12, 22, s.COMPLETED, 100, 540, "Kosto pak mbi planin")],
        17: [(9, 30, s.POSTPONED, 0, None, "Shtyhet për tremujorin e parë 2024")],
        18: [
            (3, 31, s.IN_PROGRESS, 20, None, "Ftesat u dërguan"),
            (6, 14, s.COMPLETED, 100, 160, "Takimi me 18 organizata, 14.06.2023"),
        ],
        19: [(12, 29, s.IN_PROGRESS, 20, None, "Konferenca planifikohet për janar 2024")],
        20: [(6, 30, s.IN_PROGRESS, 50, None, ""), (7, 31, s.COMPLETED, 100, 0, "812 përgjigje")],
        21: [(7, 20, s.COMPLETED, 100, 75, "Rreth 300 vizitorë")],
        22: [(12, 20, s.POSTPONED, 10, None, "Hartat turistike nuk janë gati")],
        23: [(12, 21, s.COMPLETED, 100, 480, "")],
        34: [(6, 30, s.COMPLETED, 100, None, "")],
        35: [(9, 30, s.IN_PROGRESS, 70, None, "Kategoritë e reja janë online")],
        36: [(12, 18, s.COMPLETED, 100, None, "")],
        37: [(3, 31, s.COMPLETED, 100, None, "")],
        38: [(9, 26, s.COMPLETED, 100, 40, "Marrëveshje me 4 OJQ")],
        39: [(6, 30, s.COMPLETED, 100, None, "")],
        40: [(12, 29, s.IN_PROGRESS, 50, 60, "Dëgjim me të rinjtë, 12.10.2023")],
    }
    snapshot = services.plan.snapshot(plan, date(PLAN_YEAR, 12, 31))
    for activity in snapshot.activities:
        entries = history.get(activity.position, [])
        if activity.kind is ActivityKind.RECURRING and activity.position not in (12, 15):
            entries = [
                (6, 30, s.IN_PROGRESS, 50, None, "Në vazhdimësi"),
                (12, 29, s.COMPLETED, 100, None, "Realizuar gjatë gjithë vitit"),
            ]
        for month, day, status, progress, euros, comment in entries:
            services.plan.add_status(
                activity.id,
                date(PLAN_YEAR, month, day),
                status,
                progress,
                comment,
                actual_cost_cents=None if euros is None else euros * 100,
            )


def _fill_requests(services: Services, today: date) -> None:
    """Requests for access to documents: decided, partly granted, refused and complained of, forwarded, one waiting
    for a clarification, open ones (one of them overdue) and an urgent one."""
    from commsdesk.domain.requests import RequestChannel, RequesterType, RequestOutcome
    from commsdesk.services.requests import RequestInput

    for item in _load("requests.json"):
        received = datetime.combine(today - timedelta(days=item["days_ago"]), time(item["hour"]))

        def after(key: str, received: datetime = received, item: dict = item) -> date | None:
            days = item.get(key)
            return None if days is None else received.date() + timedelta(days=days)

        outcome = RequestOutcome(item["outcome"]) if "outcome" in item else None
        services.requests.create(
            RequestInput(
                received_at=received,
                subject=item["subject"],
                requester_name=item["name"],
                anonymous=bool(item.get("anonymous")),
                requester_type=RequesterType(item["type"]),
                channel=RequestChannel(item["channel"]),
                requester_address=item.get("address", ""),
                requester_language=item["language"],
                holder_unit=item["holder"],
                urgent=bool(item.get("urgent")),
                urgent_reason=item.get("urgent", ""),
                outcome=outcome,
                decided_on=after("decided_days_after") if outcome is not RequestOutcome.FORWARDED else None,
                forwarded_on=after("decided_days_after") if outcome is RequestOutcome.FORWARDED else None,
                forwarded_to=item.get("forwarded_to", ""),
                delivered_on=after("delivered_days_after"),
                extended_on=after("extended_days_after"),
                extension_reason=item.get("extension_reason", ""),
                clarification_asked=after("clarification_days_after"),
                refusal_ground=item.get("ground", ""),
                withheld=item.get("withheld", ""),
                harm_test=item.get("harm", ""),
                public_interest_test=item.get("public_interest", ""),
                complaint_on=after("complaint_days_after"),
            ),
            changed_by=services.office.profile().officer_name,
        )


def _fill_enquiries(services: Services, today: date) -> None:
    """Enquiries answered in time and late, "no comment", waiting for a directorate's facts, drafted and waiting
    for approval, and new; statements valid, expired and open-ended."""
    from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus
    from commsdesk.services.enquiries import EnquiryInput, StatementInput

    content = _load("enquiries.json")
    for item in content["enquiries"]:
        received = datetime.combine(today - timedelta(days=item["days_ago"]), time(item["hour"]))
        hours = item.get("deadline_hours")
        answered = item.get("answered_hours")
        asked, due = item.get("facts_asked_days"), item.get("facts_due_days")
        services.enquiries.create(
            EnquiryInput(
                received_at=received,
                questions=tuple(item["questions"]),
                journalist=item["journalist"],
                outlet=item["outlet"],
                channel=EnquiryChannel(item["channel"]),
                journalist_email=item.get("email", ""),
                journalist_phone=item.get("phone", ""),
                topic=item["topic"],
                deadline_at=received + timedelta(hours=hours) if hours else None,
                facts_from=item.get("facts_from", ""),
                facts_asked_on=today - timedelta(days=asked) if asked is not None else None,
                facts_due_on=today + timedelta(days=due) if due is not None else None,
                approval_needed=bool(item.get("approval_needed")),
                approver=item.get("approver", ""),
                answers=item.get("answers", {}),
                answered_at=received + timedelta(hours=answered) if answered else None,
                answered_via=EnquiryChannel(item["channel"]) if answered else None,
                status=EnquiryStatus(item["status"]),
                reason=item.get("reason", ""),
            ),
            changed_by=services.office.profile().officer_name,
        )
    for item in content["statements"]:
        start, end = item["valid_days"]
        services.enquiries.save_statement(
            StatementInput(
                item["topic"],
                item["texts"],
                item["approved_by"],
                today + timedelta(days=start),
                today + timedelta(days=start),
                today + timedelta(days=end) if end is not None else None,
            )
        )
