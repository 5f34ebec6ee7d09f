"""The register's records: numbering, the form's checks, the history of steps, deadlines, erasure of personal data.

Every public method is one transaction. `now` can be given for tests; the clock is the office's local time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commsdesk.db.engine import Database
from commsdesk.db.models import Contact, DocumentRequest, Outlet, RequestStep
from commsdesk.domain.contacts import join_name
from commsdesk.domain.releases import check_reference_format, format_reference
from commsdesk.domain.requests import (
    REFERENCE_SETTING,
    REMIND_DAYS_BEFORE,
    RETENTION_SETTING,
    RULES_SETTING,
    DeadlineRules,
    RefusalGround,
    RequestOutcome,
    RequestStatus,
    StepKind,
    WorkingDays,
    check_outcome,
)
from commsdesk.domain.text import fold, search_key
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.attachments import AttachmentsService, attachment_row
from commsdesk.services.office import OfficeService
from commsdesk.services.paging import ListSort, contains
from commsdesk.services.plan_activities import activities_of_year
from commsdesk.services.requests import listing
from commsdesk.services.requests.clock import deadline_of, forwarding_of, rules_of, working_days
from commsdesk.services.requests.data import (
    CHOICE_FIELDS,
    RequestDetails,
    RequestDue,
    RequestFilter,
    RequestInput,
    RequestRow,
    RequestSettings,
    StepRow,
    status_note,
)
from commsdesk.services.requests.privacy import anonymise

MAX_COST_CENTS = 100_000_000  # a million euros: anything above is a typing mistake
PERSONAL_FIELDS = ("requester_name", "requester_address", "contact_id")  # kept as erased once anonymised
# Fields whose change is a step of its own in the history (the rest is recorded as "edited").
_STEP_FIELDS: dict[str, StepKind] = {
    "clarification_asked": StepKind.CLARIFICATION_ASKED,
    "clarification_received": StepKind.CLARIFICATION_RECEIVED,
    "extended_on": StepKind.EXTENDED,
    "decided_on": StepKind.DECIDED,
    "delivered_on": StepKind.DELIVERED,
    "complaint_on": StepKind.COMPLAINT,
    "court_on": StepKind.COMPLAINT,
}


def get_request(session: Session, request_id: int) -> DocumentRequest:
    """The request, or a ValidationError when it no longer exists."""
    request = session.get(DocumentRequest, request_id)
    if request is None:
        raise ValidationError(translate("Requests", "The request no longer exists."))
    return request


def input_of(request: DocumentRequest) -> RequestInput:
    """The stored request as the form edits it."""
    values = {field.name: getattr(request, field.name) for field in fields(RequestInput)}
    for name, kind in CHOICE_FIELDS.items():
        values[name] = kind(values[name]) if values[name] else None
    return RequestInput(**values)


def _open_requests(session: Session) -> list[DocumentRequest]:
    return list(session.scalars(select(DocumentRequest).where(DocumentRequest.status.in_(listing.OPEN_CODES))))


def _contact_label(given: str, family: str, outlet: str | None) -> str:
    name = join_name(given, family)
    return f"{name} — {outlet}" if outlet else name


def checked(data: RequestInput, today: date, erased: bool = False) -> RequestInput:
    """`data` with its outcome's status applied (decided `today` unless a date is given), or a ValidationError
    naming the first thing wrong; a request whose requester's details were `erased` needs no name."""
    if not data.subject.strip():
        raise ValidationError(translate("Requests", "Say which documents are requested."), "subject")
    if not data.requester_name.strip() and not data.anonymous and not erased:
        raise ValidationError(
            translate("Requests", "Name the requester, or mark the request as anonymous."), "requester_name"
        )
    if data.urgent and not data.urgent_reason.strip():
        raise ValidationError(
            translate("Requests", "Say why the request is urgent (whose life or liberty is at stake)."), "urgent_reason"
        )
    if data.refusal_ground and data.refusal_ground not in RefusalGround._value2member_map_:
        raise ValidationError(translate("Requests", "The legal ground is not one commsdesk knows."), "refusal_ground")
    if not 0 <= data.cost_cents <= MAX_COST_CENTS:
        raise ValidationError(
            translate("Requests", "The cost of copies must be between 0 and 1,000,000 €."), "cost_cents"
        )
    received = data.received_at.date()
    for name, text in (
        (
            "clarification_asked",
            translate("Requests", "The clarification cannot be asked before the request was received."),
        ),
        ("extended_on", translate("Requests", "The deadline cannot be extended before the request was received.")),
        ("forwarded_on", translate("Requests", "The request cannot be forwarded before it was received.")),
        ("decided_on", translate("Requests", "The decision cannot come before the request was received.")),
    ):
        value = getattr(data, name)
        if value is not None and value < received:
            raise ValidationError(text, name)
    if data.clarification_received is not None and (
        data.clarification_asked is None or data.clarification_received < data.clarification_asked
    ):
        raise ValidationError(
            translate("Requests", "The clarification cannot arrive before it was asked."), "clarification_received"
        )
    if data.extended_on is not None and not data.extension_reason.strip():
        raise ValidationError(translate("Requests", "Say why the deadline is extended."), "extension_reason")
    if data.delivered_on is not None and (data.decided_on is None or data.delivered_on < data.decided_on):
        raise ValidationError(
            translate("Requests", "Documents are delivered on or after the decision."), "delivered_on"
        )
    if data.complaint_on is not None and data.complaint_on < received:
        raise ValidationError(translate("Requests", "A complaint cannot come before the request."), "complaint_on")
    if data.court_on is not None and data.complaint_on is None:
        raise ValidationError(
            translate("Requests", "Enter the complaint to the Agency before the court case."), "court_on"
        )
    check_outcome(
        data.outcome, data.refusal_ground, data.harm_test, data.public_interest_test, data.withheld, data.forwarded_to
    )
    if data.outcome is None:
        if not data.status.is_open:
            raise ValidationError(translate("Requests", "Choose the outcome of a closed request."), "outcome")
        # The clarification decides whether the request waits for the requester.
        if data.clarification_asked is not None and data.clarification_received is None:
            return replace(data, status=RequestStatus.AWAITING_CLARIFICATION)
        if data.status is RequestStatus.AWAITING_CLARIFICATION:
            return replace(data, status=RequestStatus.IN_PROGRESS)
        return data
    status = data.outcome.status
    closing_day = max(today, received)  # a day not given is the day the form is saved, never before receipt
    if data.outcome is RequestOutcome.FORWARDED:
        return replace(data, status=status, forwarded_on=data.forwarded_on or data.decided_on or closing_day)
    return replace(data, status=status, decided_on=data.decided_on or closing_day)


class RecordsMixin:
    """The records part of `RequestsService` (the package's `__init__` puts the parts together)."""

    def __init__(
        self, database: Database, now: Callable[[], datetime] = datetime.now, attachments_folder: Path | None = None
    ) -> None:
        self._db = database
        self._now = now
        self._office = OfficeService(database)
        folder = attachments_folder or Path(database.path).parent / "attachments"
        self.attachments = AttachmentsService(database, folder)

    def now(self) -> datetime:
        return self._now().replace(second=0, microsecond=0)

    # -- settings ------------------------------------------------------------------------------------------------
    def settings(self) -> RequestSettings:
        return RequestSettings(
            self._office.setting(REFERENCE_SETTING),
            DeadlineRules.from_setting(self._office.setting(RULES_SETTING)),
            int(self._office.setting(RETENTION_SETTING)),
        )

    def save_settings(self, settings: RequestSettings) -> RequestSettings:
        """Store the number format, the deadline rules (for requests registered from now on) and the retention."""
        check_reference_format(settings.reference_format)
        if not 1 <= settings.retention_years <= 100:
            raise ValidationError(
                translate("Requests", "Keep requesters' details between 1 and 100 years."), "retention_years"
            )
        self._office.set_setting(REFERENCE_SETTING, settings.reference_format)
        self._office.set_setting(RULES_SETTING, settings.rules.to_setting())
        self._office.set_setting(RETENTION_SETTING, settings.retention_years)
        return self.settings()

    # -- records ---------------------------------------------------------------------------------------------------
    def create(self, data: RequestInput, changed_by: str = "", number: int | None = None) -> int:
        """Register a request with the next number of its year (or `number`, when free); returns its id."""
        data = checked(data, self.now().date())
        who = self._officer(changed_by)
        with self._db.session() as session:
            request = self._new(session, data, who, number)
            return request.id

    def _new(self, session: Session, data: RequestInput, who: str, number: int | None) -> DocumentRequest:
        year = data.received_at.year
        if number is None:
            number = (
                session.scalar(select(func.max(DocumentRequest.number)).where(DocumentRequest.year == year)) or 0
            ) + 1
        elif session.scalar(
            select(DocumentRequest.id).where(DocumentRequest.year == year, DocumentRequest.number == number)
        ):
            raise ValidationError(translate("Requests", "That number is taken in that year."), "number")
        pattern = self._office.setting(REFERENCE_SETTING)
        rules = DeadlineRules.from_setting(self._office.setting(RULES_SETTING))
        request = DocumentRequest(
            year=year, number=number, reference=format_reference(pattern, year, number), rules=rules.to_setting()
        )
        self._apply(session, request, data)
        request.steps.append(RequestStep(kind=StepKind.REGISTERED.value, by=who, at=self.now()))
        session.add(request)
        session.flush()
        return request

    def update(self, request_id: int, data: RequestInput, changed_by: str = "") -> None:
        """Store the form's changes; each change of status, clarification, extension, decision, delivery or complaint
        becomes a step of the history."""
        who = self._officer(changed_by)
        with self._db.session() as session:
            request = get_request(session, request_id)
            erased = request.anonymised_at is not None
            if erased:
                data = replace(data, **{name: getattr(request, name) for name in PERSONAL_FIELDS})
            data = checked(data, self.now().date(), erased=erased)
            before = input_of(request)
            if data.received_at.year != request.year:
                raise ValidationError(
                    translate("Requests", "A request cannot move to another year: its number would change."),
                    "received_at",
                )
            self._apply(session, request, data)
            self._record_steps(request, before, data, who)

    def _record_steps(self, request: DocumentRequest, before: RequestInput, after: RequestInput, who: str) -> None:
        now = self.now()
        changed = [f.name for f in fields(RequestInput) if getattr(before, f.name) != getattr(after, f.name)]
        if not changed:
            return
        if before.status != after.status or before.outcome != after.outcome:
            # Codes, not words: the history is shown in whatever language the reader uses (StepRow.text).
            note = status_note(after.status, after.outcome)
            request.steps.append(RequestStep(kind=StepKind.STATUS.value, by=who, at=now, note=note))
        edited = False
        for name in changed:
            kind = _STEP_FIELDS.get(name)
            value = getattr(after, name)
            if kind is not None and value is not None:
                request.steps.append(RequestStep(kind=kind.value, by=who, at=now, note=value.isoformat()))
            elif name not in ("status", "outcome"):
                edited = True
        if edited:
            request.steps.append(RequestStep(kind=StepKind.EDITED.value, by=who, at=now))

    def _apply(
        self, session: Session, request: DocumentRequest, data: RequestInput, working: WorkingDays | None = None
    ) -> None:
        """Set `data` on `request` with its closing day, deadline and search key; an import of many rows passes the
        `working` days it read once."""
        if data.contact_id is not None and session.get(Contact, data.contact_id) is None:
            raise ValidationError(translate("Requests", "The linked contact no longer exists."), "contact_id")
        for field in fields(RequestInput):
            value = getattr(data, field.name)
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, str):
                value = value.strip()
            setattr(request, field.name, value)
        request.closed_on = None if data.status.is_open else (data.decided_on or data.forwarded_on or self.now().date())
        deadline = deadline_of(request, working or working_days(session), self.now().date())
        request.deadline, request.deadline_at = deadline.day, deadline.passes_at
        request.search_key = search_key(
            request.reference, request.requester_name, request.subject, request.holder_unit, request.note
        )

    def delete(self, request_id: int) -> None:
        """Delete a request, its history and its files (the form asks first)."""
        with self._db.session() as session:
            request = get_request(session, request_id)
            stored = [attachment.stored_name for attachment in request.files]
            session.delete(request)
        self.attachments.remove_files(stored)

    def details(self, request_id: int) -> RequestDetails:
        with self._db.session() as session:
            request = get_request(session, request_id)
            working = working_days(session)
            return RequestDetails(
                id=request.id,
                reference=request.reference,
                data=input_of(request),
                rules=rules_of(request),
                deadline=deadline_of(request, working, self.now().date()),
                forwarding_deadline=forwarding_of(request, working),
                anonymised=request.anonymised_at is not None,
                history=tuple(StepRow(StepKind(s.kind), s.at, s.by, s.note) for s in request.steps),
                files=tuple(attachment_row(a) for a in request.files),
            )

    def add_file(self, request_id: int, source: Path, changed_by: str = "") -> int:
        """Copy a file (the request, the decision, the documents given) into the archive for the request, and
        record it in the history, in one transaction; returns the attachment's id."""
        who, now, name = self._officer(changed_by), self.now(), Path(source).name

        def record(session: Session) -> None:
            request = get_request(session, request_id)
            request.steps.append(RequestStep(kind=StepKind.FILE.value, by=who, at=now, note=name))

        return self.attachments.add(None, source, request_id=request_id, also=record)

    def find_reference(self, reference: str) -> int | None:
        with self._db.session() as session:
            return session.scalar(select(DocumentRequest.id).where(DocumentRequest.reference == reference.strip()))

    def record_step(self, request_id: int, kind: StepKind, note: str = "", changed_by: str = "") -> None:
        """Add a step to the history (a letter written, a file added)."""
        who = self._officer(changed_by)
        with self._db.session() as session:
            request = get_request(session, request_id)
            request.steps.append(RequestStep(kind=kind.value, by=who, at=self.now(), note=note))

    # -- the list ------------------------------------------------------------------------------------------------
    def count(self, request_filter: RequestFilter) -> int:
        with self._db.session() as session:
            return listing.count(session, request_filter, self.now())

    def page(self, request_filter: RequestFilter, sort: ListSort, offset: int, limit: int) -> list[RequestRow]:
        with self._db.session() as session:
            return listing.page(session, request_filter, sort, offset, limit, self.now())

    def activity_choices(self, year: int) -> list[tuple[int, str]]:
        """(id, title) of the activities of the action plan of `year` a request can be evidence of."""
        with self._db.session() as session:
            return activities_of_year(session, year)

    def contact_choices(self, search: str, limit: int = 30) -> list[tuple[int, str]]:
        """(id, "Name — Outlet") of the contacts whose name, outlet, e-mail or phone holds every word of `search`, to
        link a requester (a journalist, say) to their contact."""
        words = fold(search).split()
        if not words:
            return []
        query = select(Contact.id, Contact.given_name, Contact.family_name, Outlet.name).outerjoin(
            Outlet, Outlet.id == Contact.outlet_id
        )
        for word in words:
            query = query.where(contains(Contact.search_key, word))
        with self._db.session() as session:
            rows = session.execute(query.order_by(Contact.family_name, Contact.given_name).limit(limit)).all()
        return [(row.id, _contact_label(row.given_name, row.family_name, row.name)) for row in rows]

    def contact_label(self, contact_id: int) -> str:
        """How the form names a linked contact; empty when it no longer exists."""
        with self._db.session() as session:
            found = session.execute(
                select(Contact.given_name, Contact.family_name, Outlet.name)
                .outerjoin(Outlet, Outlet.id == Contact.outlet_id)
                .where(Contact.id == contact_id)
            ).first()
        return _contact_label(*found) if found is not None else ""

    def years(self) -> list[int]:
        with self._db.session() as session:
            return listing.years(session)

    # -- deadlines -------------------------------------------------------------------------------------------------
    def working_days(self) -> WorkingDays:
        """The office's working days (public holidays and the ones it entered), for the form's live clock."""
        with self._db.session() as session:
            return working_days(session)

    def refresh_deadlines(self) -> None:
        """Recompute the stored deadlines of open requests (holidays entered since, clarifications still awaited)."""
        with self._db.session() as session:
            self._refresh(session)

    def _refresh(self, session: Session) -> None:
        working, today = working_days(session), self.now().date()
        for request in _open_requests(session):
            deadline = deadline_of(request, working, today)
            if (request.deadline, request.deadline_at) != (deadline.day, deadline.passes_at):
                request.deadline, request.deadline_at = deadline.day, deadline.passes_at

    def due(self, until: date) -> list[RequestDue]:
        """Open requests whose decision deadline is past, or near enough to remind of by `until` (2 days ahead);
        those waiting for the requester's clarification are left out: their clock stands still."""
        with self._db.session() as session:
            working, today = working_days(session), self.now().date()
            found = []
            # Computed afresh and not stored: a look at what is due writes nothing, so it works on a read-only file.
            for request in _open_requests(session):
                deadline = deadline_of(request, working, today)
                if deadline.paused_since is None and deadline.day - timedelta(days=REMIND_DAYS_BEFORE) <= until:
                    found.append(
                        RequestDue(
                            request.id, request.reference, request.subject, deadline.day, deadline.at, request.urgent
                        )
                    )
            return sorted(found, key=lambda due: (due.deadline, due.deadline_at or datetime.max, due.reference))

    # -- personal data -----------------------------------------------------------------------------------------
    def anonymise(self, request_id: int, changed_by: str = "") -> None:
        """Erase the requester's details; the request, its figures and its history stay."""
        who = self._officer(changed_by)
        with self._db.session() as session:
            anonymise(get_request(session, request_id), who, self.now())

    def erase_expired(self, changed_by: str = "") -> int:
        """Erase the requesters' details of requests closed more than the retention period ago; returns how many."""
        years = int(self._office.setting(RETENTION_SETTING))
        today = self.now().date()
        try:
            limit = today.replace(year=today.year - years)
        except ValueError:  # 29 February
            limit = today.replace(year=today.year - years, day=28)
        who = self._officer(changed_by)
        with self._db.session() as session:
            expired = list(
                session.scalars(
                    select(DocumentRequest).where(
                        DocumentRequest.closed_on.is_not(None),
                        DocumentRequest.closed_on < limit,
                        DocumentRequest.anonymised_at.is_(None),
                    )
                )
            )
            for request in expired:
                anonymise(request, who, self.now())
            return len(expired)

    def _officer(self, changed_by: str) -> str:
        return changed_by.strip() or self._office.profile().officer_name
