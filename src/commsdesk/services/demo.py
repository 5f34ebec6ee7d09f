"""Demo content: the real Kaçanik 2023 action plan, Kosovo media contacts, a month of events, a few releases."""

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


def _fill_contacts(services: Services) -> None:
    services.contacts.ensure_audience_groups()
    for person in _load("contacts.json"):
        services.contacts.save_outlet(person["outlet"], OutletType(person["outlet_type"]), Reach(person["reach"]))
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
                source="demo",
                purpose="media relations",
                do_not_contact=person.get("do_not_contact", False),
            )
        )


def _fill_events(services: Services, monday: date) -> None:
    for item in _load("events.json"):
        day = monday + timedelta(days=item["day"])
        services.calendar.create(
            EventInput(
                title=item["title"],
                kind=EventKind(item["kind"]),
                starts_at=datetime.combine(day, time.fromisoformat(item["start"])),
                ends_at=datetime.combine(day, time.fromisoformat(item["end"])),
                location=item["location"],
                organiser=item["organiser"],
                status=EventStatus(item["status"]),
                rrule=item.get("rrule"),
            )
        )


def _fill_releases(services: Services, today: date) -> None:
    for item in _load("releases.json"):
        services.releases.create(
            today + timedelta(days=item["day"]),
            item["place"],
            [VersionInput(language, v["headline"], v["body"]) for language, v in item["versions"].items()],
            tags=item["tags"],
        )


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
    services.plan.import_plan(strategy, PLAN_YEAR, rows)
    # A little history, so that the plan tab and its reports have something to show.
    summary = services.plan.plan(PLAN_YEAR)
    assert summary is not None
    specific = [a for a in summary.activities if a.kind is ActivityKind.SPECIFIC]
    for index, activity in enumerate(specific[:12]):
        services.plan.add_status(activity.id, date(PLAN_YEAR, 3, 31), ActivityStatus.IN_PROGRESS, 40)
        if index % 3 != 2:
            services.plan.add_status(activity.id, date(PLAN_YEAR, 9, 30), ActivityStatus.COMPLETED, 100)
