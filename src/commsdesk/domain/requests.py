"""Requests for access to public documents: vocabularies, the workflow and the legal deadline clock.

Law No. 06/L-081 on Access to Public Documents: the institution decides within 7 days of registering a request,
within 48 hours when the document is needed to protect someone's life or liberty, may extend once by up to 15 days,
forwards a request for a document it does not hold within 5 working days, and silence counts as refusal (the
requester may complain to the Information and Privacy Agency within 15 days). Whether "days" are calendar or working
days is read differently in different places, so it is a setting; calendar days, the stricter reading, by default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import Any

from commsdesk.domain.choices import QT_TRANSLATE_NOOP, SourcedChoice
from commsdesk.domain.holidays import public_holidays
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate

RULES_SETTING = "request_deadline_rules"
REFERENCE_SETTING = "request_reference_format"
RETENTION_SETTING = "request_retention_years"
DEFAULT_REFERENCE_FORMAT = "{year}/{number:03d}"
DEFAULT_RETENTION_YEARS = 5
REMIND_DAYS_BEFORE = 2  # the Due panel shows a deadline from this many days before it


class RequestChannel(SourcedChoice):
    IN_PERSON = "in_person"
    LETTER = "letter"
    EMAIL = "email"
    WEB = "web"
    OTHER = "other"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "in_person": QT_TRANSLATE_NOOP("RequestChannel", "In person"),
            "letter": QT_TRANSLATE_NOOP("RequestChannel", "Letter"),
            "email": QT_TRANSLATE_NOOP("RequestChannel", "E-mail"),
            "web": QT_TRANSLATE_NOOP("RequestChannel", "Web form"),
            "other": QT_TRANSLATE_NOOP("RequestChannel", "Other"),
        }


class RequesterType(SourcedChoice):
    CITIZEN = "citizen"
    MEDIA = "media"
    NGO = "ngo"
    BUSINESS = "business"
    INSTITUTION = "institution"
    OTHER = "other"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "citizen": QT_TRANSLATE_NOOP("RequesterType", "Citizen"),
            "media": QT_TRANSLATE_NOOP("RequesterType", "Media"),
            "ngo": QT_TRANSLATE_NOOP("RequesterType", "NGO"),
            "business": QT_TRANSLATE_NOOP("RequesterType", "Business"),
            "institution": QT_TRANSLATE_NOOP("RequesterType", "Institution"),
            "other": QT_TRANSLATE_NOOP("RequesterType", "Other"),
        }


class DocumentForm(SourcedChoice):
    PAPER = "paper"
    ELECTRONIC = "electronic"
    INSPECTION = "inspection"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "paper": QT_TRANSLATE_NOOP("DocumentForm", "Copy on paper"),
            "electronic": QT_TRANSLATE_NOOP("DocumentForm", "Electronic copy"),
            "inspection": QT_TRANSLATE_NOOP("DocumentForm", "Inspection on site"),
        }


class RequestStatus(SourcedChoice):
    REGISTERED = "registered"
    IN_PROGRESS = "in_progress"
    AWAITING_CLARIFICATION = "awaiting_clarification"
    DECIDED = "decided"
    FORWARDED = "forwarded"
    WITHDRAWN = "withdrawn"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "registered": QT_TRANSLATE_NOOP("RequestStatus", "Registered"),
            "in_progress": QT_TRANSLATE_NOOP("RequestStatus", "In progress"),
            "awaiting_clarification": QT_TRANSLATE_NOOP("RequestStatus", "Awaiting clarification"),
            "decided": QT_TRANSLATE_NOOP("RequestStatus", "Decided"),
            "forwarded": QT_TRANSLATE_NOOP("RequestStatus", "Forwarded"),
            "withdrawn": QT_TRANSLATE_NOOP("RequestStatus", "Withdrawn"),
        }

    @property
    def is_open(self) -> bool:
        """Whether the deadline clock still runs for a request in this status."""
        return self in OPEN_STATUSES


OPEN_STATUSES = (RequestStatus.REGISTERED, RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_CLARIFICATION)


class RequestOutcome(SourcedChoice):
    GRANTED = "granted"
    PARTIAL = "partial"
    REFUSED = "refused"
    FORWARDED = "forwarded"
    NOT_HELD = "not_held"
    WITHDRAWN = "withdrawn"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "granted": QT_TRANSLATE_NOOP("RequestOutcome", "Granted"),
            "partial": QT_TRANSLATE_NOOP("RequestOutcome", "Partially granted"),
            "refused": QT_TRANSLATE_NOOP("RequestOutcome", "Refused"),
            "forwarded": QT_TRANSLATE_NOOP("RequestOutcome", "Forwarded"),
            "not_held": QT_TRANSLATE_NOOP("RequestOutcome", "Not held"),
            "withdrawn": QT_TRANSLATE_NOOP("RequestOutcome", "Withdrawn"),
        }

    @property
    def status(self) -> RequestStatus:
        """The status a request takes with this outcome."""
        if self is RequestOutcome.FORWARDED:
            return RequestStatus.FORWARDED
        if self is RequestOutcome.WITHDRAWN:
            return RequestStatus.WITHDRAWN
        return RequestStatus.DECIDED


# Outcomes that limit access: the legal ground, the harm test and the public-interest test must be written down.
LIMITING_OUTCOMES = (RequestOutcome.PARTIAL, RequestOutcome.REFUSED)


class RefusalGround(SourcedChoice):
    """The interests for which the law allows access to be limited."""

    NATIONAL_SECURITY = "national_security"
    DEFENCE = "defence"
    INTERNATIONAL_RELATIONS = "international_relations"
    PUBLIC_SAFETY = "public_safety"
    CRIME = "crime"
    DISCIPLINARY = "disciplinary"
    INSPECTION = "inspection"
    PRIVACY = "privacy"
    COMMERCIAL = "commercial"
    PROCEEDINGS = "proceedings"
    ENVIRONMENT = "environment"
    DELIBERATIONS = "deliberations"
    ECONOMIC_POLICY = "economic_policy"
    OTHER = "other"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "national_security": QT_TRANSLATE_NOOP("RefusalGround", "National security"),
            "defence": QT_TRANSLATE_NOOP("RefusalGround", "Defence"),
            "international_relations": QT_TRANSLATE_NOOP("RefusalGround", "International relations"),
            "public_safety": QT_TRANSLATE_NOOP("RefusalGround", "Public safety"),
            "crime": QT_TRANSLATE_NOOP(
                "RefusalGround", "Prevention, investigation or prosecution of criminal offences"
            ),
            "disciplinary": QT_TRANSLATE_NOOP("RefusalGround", "Disciplinary investigations"),
            "inspection": QT_TRANSLATE_NOOP("RefusalGround", "Inspection, control and supervision by the institution"),
            "privacy": QT_TRANSLATE_NOOP("RefusalGround", "Privacy and other legitimate private interests"),
            "commercial": QT_TRANSLATE_NOOP("RefusalGround", "Commercial and other economic interests"),
            "proceedings": QT_TRANSLATE_NOOP("RefusalGround", "Equality of parties in court proceedings"),
            "environment": QT_TRANSLATE_NOOP("RefusalGround", "The environment"),
            "deliberations": QT_TRANSLATE_NOOP("RefusalGround", "Deliberations within the institution"),
            "economic_policy": QT_TRANSLATE_NOOP(
                "RefusalGround", "The economic, monetary and exchange policy of the state"
            ),
            "other": QT_TRANSLATE_NOOP("RefusalGround", "Another ground provided by law"),
        }


class StepKind(SourcedChoice):
    """What a step in a request's history records."""

    @classmethod
    def _context(cls) -> str:
        return "RequestStep"

    REGISTERED = "registered"
    EDITED = "edited"
    STATUS = "status"
    CLARIFICATION_ASKED = "clarification_asked"
    CLARIFICATION_RECEIVED = "clarification_received"
    EXTENDED = "extended"
    DECIDED = "decided"
    DELIVERED = "delivered"
    COMPLAINT = "complaint"
    LETTER = "letter"
    FILE = "file"
    ANONYMISED = "anonymised"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "registered": QT_TRANSLATE_NOOP("RequestStep", "Registered"),
            "edited": QT_TRANSLATE_NOOP("RequestStep", "Edited"),
            "status": QT_TRANSLATE_NOOP("RequestStep", "Status changed"),
            "clarification_asked": QT_TRANSLATE_NOOP("RequestStep", "Clarification asked"),
            "clarification_received": QT_TRANSLATE_NOOP("RequestStep", "Clarification received"),
            "extended": QT_TRANSLATE_NOOP("RequestStep", "Deadline extended"),
            "decided": QT_TRANSLATE_NOOP("RequestStep", "Decided"),
            "delivered": QT_TRANSLATE_NOOP("RequestStep", "Documents delivered"),
            "complaint": QT_TRANSLATE_NOOP("RequestStep", "Complaint or court case"),
            "letter": QT_TRANSLATE_NOOP("RequestStep", "Letter written"),
            "file": QT_TRANSLATE_NOOP("RequestStep", "File added"),
            "anonymised": QT_TRANSLATE_NOOP("RequestStep", "Personal data erased"),
        }


# -- the deadline clock -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineRules:
    """The day counts of the law; a request keeps the rules it was registered under."""

    decide_days: int = 7
    urgent_hours: int = 48
    extension_days: int = 15
    forward_working_days: int = 5
    working_days: bool = False  # count the decision and extension days as working days instead of calendar days

    def to_setting(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_setting(cls, value: object) -> DeadlineRules:
        """The rules a setting (or a request) stored; what is missing or makes no sense keeps the law's default."""
        if not isinstance(value, Mapping):
            return cls()
        known: dict[str, Any] = {}
        for field in fields(cls):
            item = value.get(field.name)
            if field.name == "working_days":
                if isinstance(item, bool):
                    known[field.name] = item
            elif isinstance(item, int) and not isinstance(item, bool) and 1 <= item <= 365:
                known[field.name] = item
        return cls(**known)


class WorkingDays:
    """Which days are working days: not Saturday, Sunday, a public holiday or a holiday the office entered."""

    def __init__(self, entered: Iterable[date] = ()) -> None:
        self._entered = frozenset(entered)
        self._years: dict[int, frozenset[date]] = {}

    def is_working(self, day: date) -> bool:
        if day.weekday() >= 5 or day in self._entered:
            return False
        if day.year not in self._years:
            self._years[day.year] = frozenset(found for found, _ in public_holidays(day.year, _untranslated))
        return day not in self._years[day.year]

    def on_or_after(self, day: date) -> date:
        """`day`, or the next working day when it is not one."""
        while not self.is_working(day):
            day += timedelta(days=1)
        return day


def _untranslated(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Pause:
    """A clarification asked of the requester on `asked`; the clock stands still until `received`."""

    asked: date
    received: date | None = None


@dataclass(frozen=True)
class Deadline:
    """When a decision is due: a day (the end of it), or a moment for urgent requests."""

    day: date
    at: datetime | None = None  # urgent requests: 48 hours from the moment received
    paused_since: date | None = None  # a clarification is outstanding: the clock stands still

    @property
    def passes_at(self) -> datetime:
        """The moment the deadline has passed: an urgent request's hour, else the end of the deadline day."""
        return self.at if self.at is not None else datetime.combine(self.day, time.max)

    def days_left(self, today: date) -> int:
        """Days until the deadline (0 on its day, negative when late)."""
        return (self.day - today).days

    def is_late(self, now: datetime) -> bool:
        if self.paused_since is not None:
            return False
        if self.at is not None:
            return now > self.at
        return now.date() > self.day


def _count_forward(start: date, days: int, counts: Callable[[date], bool]) -> date:
    """The `days`-th day after `start` among the days `counts` lets through."""
    day, counted = start, 0
    while counted < days:
        day += timedelta(days=1)
        if counts(day):
            counted += 1
    return day


def decision_deadline(
    received_at: datetime,
    rules: DeadlineRules,
    working: WorkingDays,
    today: date,
    urgent: bool = False,
    extended: bool = False,
    pause: Pause | None = None,
) -> Deadline:
    """The decision deadline of a request registered at `received_at`.

    Normal requests: `decide_days` after the registration day (calendar or working days as the rules say), plus the
    days a clarification kept the clock still; a deadline on a weekend or holiday moves to the next working day,
    and an extension adds `extension_days` to that original deadline. Urgent requests: `urgent_hours` from the
    moment received, not moved — someone's life or liberty does not wait for Monday. While a clarification is
    outstanding the deadline is where it would be if the answer came `today`.
    """
    paused_since = None
    if pause is not None and pause.received is None:
        paused_since = pause.asked
        pause = Pause(pause.asked, max(pause.asked, today))
    if urgent:
        moment = received_at + timedelta(hours=rules.urgent_hours)
        if pause is not None and pause.received is not None:
            moment += pause.received - pause.asked
        return Deadline(moment.date(), moment, paused_since)

    def counts(day: date) -> bool:
        if pause is not None and pause.received is not None and pause.asked < day <= pause.received:
            return False  # the requester has the clarification: these days are not the institution's
        return working.is_working(day) if rules.working_days else True

    day = working.on_or_after(_count_forward(received_at.date(), rules.decide_days, counts))
    if extended:  # the extension runs from the original deadline
        day = working.on_or_after(_count_forward(day, rules.extension_days, counts))
    return Deadline(day, None, paused_since)


def request_deadline(
    received_at: datetime,
    rules: DeadlineRules,
    working: WorkingDays,
    today: date,
    *,
    urgent: bool = False,
    extended_on: date | None = None,
    clarification_asked: date | None = None,
    clarification_received: date | None = None,
    closed_on: date | None = None,
) -> Deadline:
    """The decision deadline of a request with these fields (stored, or as the form holds them); a closed one's as
    it stood when it closed (a clarification still awaited then no longer moves it)."""
    pause = Pause(clarification_asked, clarification_received) if clarification_asked is not None else None
    return decision_deadline(
        received_at,
        rules,
        working,
        closed_on or today,
        urgent=urgent,
        extended=extended_on is not None,
        pause=pause,
    )


def forwarding_deadline(received_at: datetime, rules: DeadlineRules, working: WorkingDays) -> date:
    """The last day to forward a request for a document the institution does not hold (working days)."""
    return _count_forward(received_at.date(), rules.forward_working_days, working.is_working)


def complaint_deadline(decided_on: date, days: int = 15) -> date:
    """The last day the requester may complain to the Information and Privacy Agency about a decision."""
    return decided_on + timedelta(days=days)


# -- checks --------------------------------------------------------------------------------------------------------


def check_outcome(
    outcome: RequestOutcome | None,
    refusal_ground: str,
    harm_test: str,
    public_interest_test: str,
    withheld: str,
    forwarded_to: str,
) -> None:
    """Raise ValidationError when an outcome lacks what the law wants written down with it."""
    if outcome in LIMITING_OUTCOMES:
        if not refusal_ground:
            raise ValidationError(
                translate("RequestRules", "Name the legal ground for limiting access."), "refusal_ground"
            )
        if not harm_test.strip():
            raise ValidationError(
                translate("RequestRules", "Write down the harm test: what harm disclosure would cause."), "harm_test"
            )
        if not public_interest_test.strip():
            raise ValidationError(
                translate(
                    "RequestRules",
                    "Write down the public-interest test: why the interest in disclosure does not outweigh the harm.",
                ),
                "public_interest_test",
            )
    if outcome is RequestOutcome.PARTIAL and not withheld.strip():
        raise ValidationError(translate("RequestRules", "Say what was withheld and why."), "withheld")
    if outcome is RequestOutcome.FORWARDED and not forwarded_to.strip():
        raise ValidationError(translate("RequestRules", "Name the institution the request went to."), "forwarded_to")
