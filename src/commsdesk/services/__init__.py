"""The services: the only code that touches the database. They return plain data, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass

from commsdesk.db.engine import Database
from commsdesk.services.calendar import CalendarService
from commsdesk.services.contacts import ContactsService
from commsdesk.services.office import OfficeService
from commsdesk.services.plan import PlanService
from commsdesk.services.releases import ReleasesService


@dataclass(frozen=True)
class Services:
    """Every service over one database, built once by the composition root and handed to whoever needs one."""

    office: OfficeService
    contacts: ContactsService
    calendar: CalendarService
    releases: ReleasesService
    plan: PlanService

    @classmethod
    def over(cls, database: Database) -> Services:
        return cls(
            office=OfficeService(database),
            contacts=ContactsService(database),
            calendar=CalendarService(database),
            releases=ReleasesService(database),
            plan=PlanService(database),
        )
