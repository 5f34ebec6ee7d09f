"""The enquiries' records: numbering, the form's checks, the history of steps, deadlines, erasure of personal data.

Every public method is one transaction. `now` can be given for tests; times are the office's wall-clock time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from enum import Enum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from commsdesk.db.engine import Database
from commsdesk.db.models import Contact, Enquiry, EnquiryHistory, EnquiryQuestion
from commsdesk.domain.enquiries import (
    ANSWER_LANGUAGES,
    LEAD_TIME_SETTING,
    MAX_QUESTIONS,
    OPEN_STATUSES,
    REFERENCE_SETTING,
    REMIND_HOURS_BEFORE,
    EnquiryStatus,
    EnquiryStep,
    default_deadline,
)
from commsdesk.domain.releases import check_reference_format, format_reference, join_tags, split_tags
from commsdesk.domain.text import search_key
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.enquiries import listing
from commsdesk.services.enquiries.data import (
    CHOICE_FIELDS,
    EnquiryDetails,
    EnquiryDue,
    EnquiryFilter,
    EnquiryInput,
    EnquiryRow,
    EnquirySettings,
    EnquiryStepRow,
)
from commsdesk.services.link_choices import events_near, releases_near
from commsdesk.services.office import OfficeService
from commsdesk.services.paging import ListSort
from commsdesk.services.plan_activities import activities_of_year

# Fields stored as they are (the rest — questions, tags, answers, choices — are converted).
_PLAIN = [
    f.name
    for f in fields(EnquiryInput)
    if f.name not in ("questions", "tags", "answers", "deadline_at", *CHOICE_FIELDS)
]
# Changes that are a step of their own in the history (the rest are recorded as "edited").
_STEP_FIELDS = {
    "facts_asked_on": EnquiryStep.FACTS_ASKED,
    "facts_received_on": EnquiryStep.FACTS_RECEIVED,
    "approved_on": EnquiryStep.APPROVED,
}


def get_enquiry(session: Session, enquiry_id: int) -> Enquiry:
    enquiry = session.get(Enquiry, enquiry_id)
    if enquiry is None:
        raise ValidationError(translate("Enquiries", "The enquiry no longer exists."))
    return enquiry


def input_of(enquiry: Enquiry) -> EnquiryInput:
    """The stored enquiry as the form edits it."""
    values = {name: getattr(enquiry, name) for name in _PLAIN}
    for name, kind in CHOICE_FIELDS.items():
        code = getattr(enquiry, name)
        values[name] = kind(code) if code else None
    return EnquiryInput(
        **values,
        questions=tuple(question.text for question in enquiry.questions),
        tags=tuple(split_tags(enquiry.tags)),
        answers=dict(enquiry.answers or {}),
        deadline_at=enquiry.deadline_at,
    )


def checked(data: EnquiryInput) -> EnquiryInput:
    """`data` cleaned (questions without empty ones), or a ValidationError naming the first thing wrong."""
    questions = tuple(question.strip() for question in data.questions if question.strip())
    if not questions:
        raise ValidationError(translate("Enquiries", "Write down the journalist's question."), "questions")
    if len(questions) > MAX_QUESTIONS:
        raise ValidationError(
            translate("Enquiries", "An enquiry holds at most {count} questions.").format(count=MAX_QUESTIONS),
            "questions",
        )
    if not data.journalist.strip() and data.contact_id is None:
        raise ValidationError(translate("Enquiries", "Name the journalist who asked."), "journalist")
    if data.deadline_at is not None and data.deadline_at < data.received_at:
        raise ValidationError(translate("Enquiries", "The deadline cannot come before the enquiry."), "deadline_at")
    if data.facts_received_on is not None and data.facts_asked_on is None:
        raise ValidationError(
            translate("Enquiries", "Say when the facts were asked for before when they came."), "facts_asked_on"
        )
    if data.approval_needed and data.status is EnquiryStatus.APPROVED and not data.approver.strip():
        raise ValidationError(translate("Enquiries", "Name who approved the answer."), "approver")
    if data.status.needs_reason and not data.reason.strip():
        raise ValidationError(
            translate("Enquiries", "Say why the enquiry is declined or answered with “no comment”."), "reason"
        )
    unknown = sorted(set(data.answers) - set(ANSWER_LANGUAGES))
    if unknown:
        raise ValidationError(
            translate("Enquiries", "Answers are kept in Shqip, Srpski and English, not in {language}.").format(
                language=", ".join(unknown)
            ),
            "answers",
        )
    answers = {code: text.strip() for code, text in data.answers.items() if text.strip()}
    if data.status is EnquiryStatus.ANSWERED:
        if not answers:
            raise ValidationError(translate("Enquiries", "Write the answer before marking it sent."), "answers")
        if data.answered_at is None:
            raise ValidationError(translate("Enquiries", "Say when the answer was sent."), "answered_at")
    if data.answered_at is not None and data.answered_at < data.received_at:
        raise ValidationError(
            translate("Enquiries", "The answer cannot be sent before the enquiry came."), "answered_at"
        )
    return replace(data, questions=questions, answers=answers)


class RecordsMixin:
    """The records part of `EnquiriesService` (the package's `__init__` puts the parts together)."""

    def __init__(self, database: Database, now: Callable[[], datetime] = datetime.now) -> None:
        self._db = database
        self._now = now
        self._office = OfficeService(database)

    def now(self) -> datetime:
        return self._now().replace(second=0, microsecond=0)

    # -- settings ------------------------------------------------------------------------------------------------
    def settings(self) -> EnquirySettings:
        return EnquirySettings(self._office.setting(REFERENCE_SETTING), int(self._office.setting(LEAD_TIME_SETTING)))

    def save_settings(self, settings: EnquirySettings) -> EnquirySettings:
        """Store the number format and the default lead time (for enquiries whose journalist names no deadline)."""
        check_reference_format(settings.reference_format)
        if not 1 <= settings.lead_hours <= 24 * 30:
            raise ValidationError(
                translate("Enquiries", "The default time to answer must be between 1 hour and 30 days."), "lead_hours"
            )
        self._office.set_setting(REFERENCE_SETTING, settings.reference_format)
        self._office.set_setting(LEAD_TIME_SETTING, settings.lead_hours)
        return self.settings()

    # -- records ---------------------------------------------------------------------------------------------------
    def create(self, data: EnquiryInput, changed_by: str = "", number: int | None = None) -> int:
        """Register an enquiry with the next number of its year (or `number`, when free); returns its id."""
        data = checked(data)
        who = self._officer(changed_by)
        with self._db.session() as session:
            return self._new(session, data, who, number).id

    def _new(self, session: Session, data: EnquiryInput, who: str, number: int | None) -> Enquiry:
        year = data.received_at.year
        if number is None:
            number = (session.scalar(select(func.max(Enquiry.number)).where(Enquiry.year == year)) or 0) + 1
        elif session.scalar(select(Enquiry.id).where(Enquiry.year == year, Enquiry.number == number)):
            raise ValidationError(translate("Enquiries", "That number is taken in that year."), "number")
        pattern = self._office.setting(REFERENCE_SETTING)
        enquiry = Enquiry(year=year, number=number, reference=format_reference(pattern, year, number))
        self._apply(session, enquiry, data)
        enquiry.steps.append(EnquiryHistory(kind=EnquiryStep.REGISTERED.value, by=who, at=self.now()))
        session.add(enquiry)
        session.flush()
        return enquiry

    def update(self, enquiry_id: int, data: EnquiryInput, changed_by: str = "") -> None:
        """Store the form's changes; each change of status, facts asked or received, or approval becomes a step."""
        data = checked(data)
        who = self._officer(changed_by)
        with self._db.session() as session:
            enquiry = get_enquiry(session, enquiry_id)
            if data.received_at.year != enquiry.year:
                raise ValidationError(
                    translate("Enquiries", "An enquiry cannot move to another year: its number would change."),
                    "received_at",
                )
            if enquiry.anonymised_at is not None:
                data = replace(data, journalist="", journalist_email="", journalist_phone="", contact_id=None)
            before = input_of(enquiry)
            self._apply(session, enquiry, data)
            self._record_steps(enquiry, before, input_of(enquiry), who)

    def _apply(self, session: Session, enquiry: Enquiry, data: EnquiryInput) -> None:
        if data.contact_id is not None and session.get(Contact, data.contact_id) is None:
            raise ValidationError(translate("Enquiries", "The linked contact no longer exists."), "contact_id")
        for name in _PLAIN:
            value = getattr(data, name)
            setattr(enquiry, name, value.strip() if isinstance(value, str) else value)
        for name in CHOICE_FIELDS:
            value = getattr(data, name)
            setattr(enquiry, name, value.value if isinstance(value, Enum) else (value or ""))
        enquiry.tags = join_tags(list(data.tags))
        enquiry.answers = dict(data.answers)
        enquiry.deadline_at = data.deadline_at or self.default_deadline(data.received_at)  # the setting: if need be
        enquiry.questions = [EnquiryQuestion(position=n, text=text) for n, text in enumerate(data.questions, start=1)]
        enquiry.search_key = search_key(
            enquiry.reference, enquiry.journalist, enquiry.outlet, enquiry.topic, enquiry.tags, *data.questions
        )

    def _record_steps(self, enquiry: Enquiry, before: EnquiryInput, after: EnquiryInput, who: str) -> None:
        now = self.now()
        if before.status != after.status:
            step = EnquiryStep.ANSWERED if after.status is EnquiryStatus.ANSWERED else EnquiryStep.STATUS
            note = after.status.value if step is EnquiryStep.STATUS else ""
            enquiry.steps.append(EnquiryHistory(kind=step.value, by=who, at=now, note=note))
        edited = False
        for f in fields(EnquiryInput):
            old, new = getattr(before, f.name), getattr(after, f.name)
            if old == new or f.name == "status":
                continue
            kind = _STEP_FIELDS.get(f.name)
            if kind is not None and new is not None:
                enquiry.steps.append(EnquiryHistory(kind=kind.value, by=who, at=now, note=new.isoformat()))
            else:
                edited = True
        if edited:
            enquiry.steps.append(EnquiryHistory(kind=EnquiryStep.EDITED.value, by=who, at=now))

    def record_step(self, enquiry_id: int, kind: EnquiryStep, note: str = "", changed_by: str = "") -> None:
        who = self._officer(changed_by)
        with self._db.session() as session:
            enquiry = get_enquiry(session, enquiry_id)  # held: a step added to an unreferenced row would be lost
            enquiry.steps.append(EnquiryHistory(kind=kind.value, by=who, at=self.now(), note=note))

    def delete(self, enquiry_id: int) -> None:
        """Delete an enquiry with its questions and history (the form asks first)."""
        with self._db.session() as session:
            session.delete(get_enquiry(session, enquiry_id))

    def details(self, enquiry_id: int) -> EnquiryDetails:
        with self._db.session() as session:
            enquiry = get_enquiry(session, enquiry_id)
            return EnquiryDetails(
                id=enquiry.id,
                reference=enquiry.reference,
                data=input_of(enquiry),
                deadline_at=enquiry.deadline_at,
                anonymised=enquiry.anonymised_at is not None,
                history=tuple(EnquiryStepRow(EnquiryStep(s.kind), s.at, s.by, s.note) for s in enquiry.steps),
            )

    def find_reference(self, reference: str) -> int | None:
        with self._db.session() as session:
            return session.scalar(select(Enquiry.id).where(Enquiry.reference == reference.strip()))

    def default_deadline(self, received_at: datetime) -> datetime:
        """When an enquiry received at `received_at` is due if the journalist names no deadline."""
        return default_deadline(received_at, int(self._office.setting(LEAD_TIME_SETTING)))

    # -- the list ------------------------------------------------------------------------------------------------
    def count(self, enquiry_filter: EnquiryFilter) -> int:
        with self._db.session() as session:
            return listing.count(session, enquiry_filter, self.now())

    def page(self, enquiry_filter: EnquiryFilter, sort: ListSort, offset: int, limit: int) -> list[EnquiryRow]:
        with self._db.session() as session:
            return listing.page(session, enquiry_filter, sort, offset, limit, self.now())

    def activity_choices(self, year: int) -> list[tuple[int, str]]:
        """(id, title) of the activities of the action plan of `year` an enquiry can be evidence of."""
        with self._db.session() as session:
            return activities_of_year(session, year)

    def link_choices(self, around: date) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """(releases, events) near `around` an enquiry can be linked to (what it led to, what it was about)."""
        with self._db.session() as session:
            return releases_near(session, around), events_near(session, around)

    def years(self) -> list[int]:
        with self._db.session() as session:
            return listing.years(session)

    def outlets(self) -> list[str]:
        with self._db.session() as session:
            return listing.distinct_values(session, Enquiry.outlet)

    def topics(self) -> list[str]:
        with self._db.session() as session:
            return listing.distinct_values(session, Enquiry.topic)

    # -- deadlines -------------------------------------------------------------------------------------------------
    def due(self, until: date) -> list[EnquiryDue]:
        """Open enquiries whose deadline is past or within a day (or falls by `until`), and facts asked of a
        directorate, not yet received, whose reminder day has come by `until`."""
        now = self.now()
        horizon = max(datetime.combine(until, datetime.max.time()), now + timedelta(hours=REMIND_HOURS_BEFORE))
        open_codes = [status.value for status in OPEN_STATUSES]
        with self._db.session() as session:
            rows = session.scalars(
                select(Enquiry)
                .where(
                    Enquiry.status.in_(open_codes),
                    or_(
                        Enquiry.deadline_at <= horizon,
                        (Enquiry.facts_received_on.is_(None)) & (Enquiry.facts_due_on <= until),
                    ),
                )
                .order_by(Enquiry.deadline_at, Enquiry.id)
            )
            found = []
            for enquiry in rows:
                base = EnquiryDue(
                    enquiry.id,
                    enquiry.reference,
                    listing.journalist_shown(enquiry),
                    enquiry.outlet,
                    enquiry.topic,
                    enquiry.deadline_at,
                )
                if enquiry.deadline_at <= horizon:
                    found.append(base)
                facts_due = enquiry.facts_due_on
                if enquiry.facts_received_on is None and facts_due is not None and facts_due <= until:
                    found.append(replace(base, facts_from=enquiry.facts_from, facts_due_on=enquiry.facts_due_on))
            return found

    # -- personal data -----------------------------------------------------------------------------------------
    def anonymise(self, enquiry_id: int, changed_by: str = "") -> None:
        """Erase the journalist's details; the enquiry, its questions, answer and history stay."""
        who = self._officer(changed_by)
        with self._db.session() as session:
            anonymise(get_enquiry(session, enquiry_id), who, self.now())

    def _officer(self, changed_by: str) -> str:
        return changed_by.strip() or self._office.profile().officer_name


def anonymise(enquiry: Enquiry, who: str, now: datetime) -> None:
    """Erase the journalist's details from an enquiry (the contact's erasure calls this in its own session)."""
    if enquiry.anonymised_at is not None:
        return
    enquiry.journalist = enquiry.journalist_email = enquiry.journalist_phone = ""
    enquiry.contact_id = None
    enquiry.anonymised_at = now
    questions = [question.text for question in enquiry.questions]
    enquiry.search_key = search_key(enquiry.reference, enquiry.outlet, enquiry.topic, enquiry.tags, *questions)
    enquiry.steps.append(EnquiryHistory(kind=EnquiryStep.ANONYMISED.value, by=who, at=now))
