"""The calendar service: events and their repetitions, media-notification tasks, holidays, iCalendar exchange."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from commsdesk.db.engine import Database
from commsdesk.db.models import (
    Activity,
    AnnualPlan,
    AudienceGroup,
    Contact,
    Event,
    EventExdate,
    Holiday,
    NotificationTask,
    Objective,
    Outlet,
    PressRelease,
    ReleaseVersion,
    utc_now,
)
from commsdesk.domain.events import DEFAULT_TIME_ZONE, AgendaEntry, EditScope, EventKind, EventStatus
from commsdesk.domain.holidays import holidays_between
from commsdesk.domain.notifications import Rules
from commsdesk.domain.text import fold, search_key
from commsdesk.errors import ValidationError
from commsdesk.i18n import format_date, translate
from commsdesk.io.ics_event import IcsEvent
from commsdesk.services.calendar import exchange, series, tasks
from commsdesk.services.calendar.files import FilesMixin
from commsdesk.services.calendar.queries import occurrences_between
from commsdesk.services.calendar.records import (
    Choice,
    DueTask,
    EventDetails,
    EventInput,
    EventRow,
    HolidayRow,
    ImportResult,
    LinkedRelease,
    Occurrence,
    TaskRow,
)
from commsdesk.services.calendar.store import checked, input_of
from commsdesk.services.office import OfficeService

Progress = Callable[[int, int], None]


class CalendarService(FilesMixin):
    """Every public method is one transaction. `today` can be given for tests; the calendar's clock is `zone`."""

    def __init__(
        self, database: Database, today: Callable[[], date] = date.today, zone: str = DEFAULT_TIME_ZONE
    ) -> None:
        self._db = database
        self._office = OfficeService(database)  # the letterhead of the week plan
        self._today = today
        self.zone = zone

    def today(self) -> date:
        return self._today()

    # -- events --------------------------------------------------------------------------------------------
    def create(self, data: EventInput) -> int:
        """Store a new event (with its notification tasks) and return its id."""
        data = checked(data)
        with self._db.session() as session:
            return series.create(session, data, tasks.current_rules(session), self._today()).id

    def check(self, data: EventInput) -> None:
        """Raise the ValidationError that saving `data` would, before anything else is asked about it."""
        checked(data)

    def update(
        self, event_id: int, data: EventInput, scope: EditScope = EditScope.ALL, occurrence: datetime | None = None
    ) -> int:
        """Change an event; for a series, `scope` says which occurrences, counted from `occurrence` (its original
        start). Returns the id of the event that now holds the change (a new one for THIS and FOLLOWING)."""
        data = checked(data)
        with self._db.session() as session:
            event = series.load(session, event_id)
            rules, today = tasks.current_rules(session), self._today()
            if not event.rrule:
                return series.update_single(session, event, data, rules, today).id
            occurrence = occurrence or event.starts_at
            if scope is EditScope.THIS:
                return series.edit_this(session, event, occurrence, data, rules, today).id
            if scope is EditScope.FOLLOWING:
                return series.edit_following(session, event, occurrence, data, rules, today).id
            return series.update_all(session, event, occurrence, data, rules, today).id

    def delete(self, event_id: int, scope: EditScope = EditScope.ALL, occurrence: datetime | None = None) -> None:
        """Delete an event, or for a series the occurrences `scope` names from `occurrence` on."""
        with self._db.session() as session:
            event = series.load(session, event_id)
            if not event.rrule or scope is EditScope.ALL or occurrence is None:
                session.delete(event)
            elif scope is EditScope.THIS:
                series.delete_this(session, event, occurrence)
            else:
                series.delete_following(session, event, occurrence)

    def details(self, event_id: int) -> EventDetails:
        """Everything about one event, for the dialog."""
        with self._db.session() as session:
            event = series.load(session, event_id)
            releases = session.execute(
                select(PressRelease.id, PressRelease.reference, ReleaseVersion.headline, ReleaseVersion.language)
                .outerjoin(ReleaseVersion, ReleaseVersion.release_id == PressRelease.id)
                .where(PressRelease.event_id == event_id)
                .order_by(PressRelease.reference, ReleaseVersion.language)
            )
            linked: dict[int, LinkedRelease] = {}
            for release_id, reference, headline, _language in releases:
                if release_id not in linked or not linked[release_id].headline:
                    linked[release_id] = LinkedRelease(release_id, reference, headline or "")
            return EventDetails(
                id=event.id,
                uid=event.uid,
                data=input_of(session, event),
                parent_id=event.parent_id,
                recurrence_id=event.recurrence_id,
                excluded_count=len(event.exdates),
                releases=tuple(linked.values()),
                tasks=tuple(
                    TaskRow(task.id, task.rule, task.due_on, task.occurrence_start, task.done_at)
                    for task in sorted(event.tasks, key=lambda t: (t.due_on, t.id))
                ),
            )

    def events(self) -> list[EventRow]:
        """Every stored event (series as their first occurrence), by start."""
        with self._db.session() as session:
            return [
                EventRow(
                    e.id,
                    e.title,
                    EventKind(e.kind),
                    EventStatus(e.status),
                    e.starts_at,
                    e.ends_at,
                    e.location,
                    e.organiser,
                    bool(e.rrule),
                )
                for e in session.scalars(select(Event).order_by(Event.starts_at, Event.id))
            ]

    def occurrences(
        self,
        low: datetime,
        high: datetime,
        kinds: Collection[str] | None = None,
        statuses: Collection[str] | None = None,
    ) -> list[Occurrence]:
        """The occurrences overlapping [low, high) on the calendar's clock, by start; None filters mean all."""
        with self._db.session() as session:
            return occurrences_between(session, low, high, kinds, statuses, self.zone)

    def agenda(
        self,
        first: date,
        last: date,
        kinds: Collection[str] | None = None,
        statuses: Collection[str] | None = None,
    ) -> list[AgendaEntry]:
        """The occurrences from `first` to `last` (inclusive) with the media invited — the week plan's rows."""
        with self._db.session() as session:
            return exchange.agenda_entries(session, first, last, kinds, statuses, self.zone)

    # -- media-notification tasks --------------------------------------------------------------------------
    def due_tasks(self, until: date | None = None) -> list[DueTask]:
        """Open tasks due by `until` (default: the end of this week), overdue ones included, while their
        occurrence is still ahead. Series get their tasks for the coming weeks first."""
        today = self._today()
        until = until or today + timedelta(days=6 - today.weekday())
        with self._db.session() as session:
            tasks.plan_series(session, tasks.current_rules(session), today)
            session.flush()
            rows = session.execute(
                select(NotificationTask, Event.title, Event.kind, Event.all_day, Event.location)
                .join(Event, Event.id == NotificationTask.event_id)
                .where(
                    NotificationTask.done_at.is_(None),
                    NotificationTask.due_on <= until,
                    NotificationTask.occurrence_start >= datetime.combine(today, time(0)),
                )
                .order_by(NotificationTask.due_on, NotificationTask.occurrence_start, NotificationTask.id)
            )
            return [
                DueTask(
                    task.id,
                    task.rule,
                    task.due_on,
                    task.event_id,
                    title,
                    EventKind(kind) if kind in EventKind._value2member_map_ else EventKind.OTHER,
                    task.occurrence_start,
                    all_day,
                    location,
                )
                for task, title, kind, all_day, location in rows
            ]

    def mark_done(self, task_id: int, done_at: datetime | None = None) -> None:
        """Record that the media were notified (now, unless `done_at` says when)."""
        with self._db.session() as session:
            task = session.get(NotificationTask, task_id)
            if task is not None:
                task.done_at = done_at or utc_now()

    def reopen(self, task_id: int) -> None:
        """Undo `mark_done`."""
        with self._db.session() as session:
            task = session.get(NotificationTask, task_id)
            if task is not None:
                task.done_at = None

    def notification_rules(self) -> Rules:
        with self._db.session() as session:
            return tasks.current_rules(session)

    def apply_notification_rules(self) -> None:
        """Bring the open tasks of current and future events in line with the (changed) rules."""
        with self._db.session() as session:
            tasks.sync_all(session, tasks.current_rules(session), self._today())

    # -- holidays ------------------------------------------------------------------------------------------
    def holidays(self, first: date, last: date) -> dict[date, list[str]]:
        """The public holidays from `first` to `last`: fixed, Easter, and the ones the user entered."""
        with self._db.session() as session:
            entered = session.execute(select(Holiday.day, Holiday.name).where(Holiday.day.between(first, last)))
            return holidays_between(first, last, [(day, name) for day, name in entered])

    def entered_holidays(self) -> list[HolidayRow]:
        with self._db.session() as session:
            return [HolidayRow(h.id, h.day, h.name) for h in session.scalars(select(Holiday).order_by(Holiday.day))]

    def add_holiday(self, day: date, name: str) -> int:
        """Enter a holiday (e.g. this year's Eid); raises ValidationError for a nameless one or a taken day."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError(translate("CalendarErrors", "The holiday needs a name."))
        try:
            with self._db.session() as session:
                holiday = Holiday(day=day, name=name)
                session.add(holiday)
                session.flush()
                return holiday.id
        except IntegrityError as error:
            raise ValidationError(
                translate("CalendarErrors", "There is already a holiday on {date}.").format(date=format_date(day))
            ) from error

    def remove_holiday(self, holiday_id: int) -> None:
        with self._db.session() as session:
            holiday = session.get(Holiday, holiday_id)
            if holiday is not None:
                session.delete(holiday)

    # -- what an event can be linked to --------------------------------------------------------------------
    def media_groups(self) -> list[Choice]:
        with self._db.session() as session:
            rows = session.execute(select(AudienceGroup.id, AudienceGroup.name, AudienceGroup.code))
            ordered = sorted(rows, key=lambda r: (r.code != "media", fold(r.name)))
            return [Choice(row.id, row.name, row.code or "") for row in ordered]

    def media_contacts(self) -> list[Choice]:
        """Every contact who may be contacted, by name, with their outlet."""
        with self._db.session() as session:
            rows = session.execute(
                select(Contact.id, Contact.given_name, Contact.family_name, Outlet.name)
                .outerjoin(Outlet, Outlet.id == Contact.outlet_id)
                .where(Contact.do_not_contact.is_(False))
                .order_by(Contact.sort_key)
            )
            found = []
            for contact_id, given, family, outlet in rows:
                name = f"{given} {family}".strip()
                found.append(Choice(contact_id, name, outlet or "", search_key(name, outlet)))
            return found

    def activities(self) -> list[Choice]:
        """The action-plan activities, newest plan first: "2023 · 1 · Activity title"."""
        with self._db.session() as session:
            rows = session.execute(
                select(Activity.id, Activity.title, AnnualPlan.year, Objective.number)
                .join(AnnualPlan, AnnualPlan.id == Activity.plan_id)
                .join(Objective, Objective.id == Activity.objective_id)
                .order_by(AnnualPlan.year.desc(), Objective.number, Activity.position, Activity.id)
            )
            return [
                Choice(activity_id, title, f"{year} · {number}", search_key(title))
                for activity_id, title, year, number in rows
            ]

    def releases(self) -> list[Choice]:
        """The press releases, newest first, as "2026/014 — headline"."""
        with self._db.session() as session:
            rows = session.execute(
                select(PressRelease.id, PressRelease.reference, func.min(ReleaseVersion.headline))
                .outerjoin(ReleaseVersion, ReleaseVersion.release_id == PressRelease.id)
                .group_by(PressRelease.id)
                .order_by(PressRelease.release_date.desc(), PressRelease.id.desc())
            )
            return [
                Choice(rid, headline or "", reference, search_key(reference, headline))
                for rid, reference, headline in rows
            ]

    # -- iCalendar -----------------------------------------------------------------------------------------
    def ics_between(self, first: date, last: date) -> list[IcsEvent]:
        """The events with an occurrence from `first` to `last`, as iCalendar data (series whole)."""
        with self._db.session() as session:
            return exchange.ics_items(session, exchange.ids_between(session, first, last))

    def ics_events(self, event_ids: Iterable[int]) -> list[IcsEvent]:
        """The given events as iCalendar data."""
        with self._db.session() as session:
            return exchange.ics_items(session, event_ids)

    def import_ics(self, items: Sequence[IcsEvent], progress: Progress | None = None) -> ImportResult:
        """Create or update (same UID) the events read from an .ics file, in one transaction."""
        with self._db.session() as session:
            return exchange.import_items(session, items, tasks.current_rules(session), self._today(), progress)

    def excluded_starts(self, event_id: int) -> list[datetime]:
        """The deleted (or separately edited) occurrences of a series."""
        with self._db.session() as session:
            return sorted(session.scalars(select(EventExdate.original_start).where(EventExdate.event_id == event_id)))

    def event_count(self) -> int:
        with self._db.session() as session:
            return session.scalar(select(func.count(Event.id))) or 0
