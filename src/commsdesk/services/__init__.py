"""The services: the only code that touches the database. They return plain data, never live ORM objects."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from commsdesk.db.engine import Database
from commsdesk.services import stored_text  # noqa: F401  # cleans every text set on a row

if TYPE_CHECKING:
    from commsdesk.services.calendar import CalendarService
    from commsdesk.services.contacts import ContactsService
    from commsdesk.services.due import DueService
    from commsdesk.services.enquiries import EnquiriesService
    from commsdesk.services.office import OfficeService
    from commsdesk.services.plan import PlanService
    from commsdesk.services.releases import ReleasesService
    from commsdesk.services.requests import RequestsService


class Services:
    """Every service over one database, handed by the composition root to whoever needs one.

    Each service (and its module) is made when first asked for: the window starts with the contact list and
    should not pay for importing the calendar, release and plan code before it is shown (~0.2 s).
    """

    def __init__(self, database: Database) -> None:
        self.database = database

    @classmethod
    def over(cls, database: Database) -> Services:
        return cls(database)

    @cached_property
    def office(self) -> OfficeService:
        from commsdesk.services.office import OfficeService

        return OfficeService(self.database)

    @cached_property
    def contacts(self) -> ContactsService:
        from commsdesk.services.contacts import ContactsService

        return ContactsService(self.database)

    @cached_property
    def calendar(self) -> CalendarService:
        from commsdesk.services.calendar import CalendarService

        return CalendarService(self.database)

    @cached_property
    def releases(self) -> ReleasesService:
        from commsdesk.services.releases import ReleasesService

        return ReleasesService(self.database)

    @cached_property
    def plan(self) -> PlanService:
        from commsdesk.services.plan import PlanService

        return PlanService(self.database)

    @cached_property
    def requests(self) -> RequestsService:
        from commsdesk.services.requests import RequestsService

        return RequestsService(self.database)

    @cached_property
    def enquiries(self) -> EnquiriesService:
        from commsdesk.services.enquiries import EnquiriesService

        return EnquiriesService(self.database)

    @cached_property
    def due(self) -> DueService:
        """What is due in every register (the Due panel, `commsdesk due`)."""
        from commsdesk.services.due import DueService

        return DueService(self.calendar, self.requests, self.enquiries)
