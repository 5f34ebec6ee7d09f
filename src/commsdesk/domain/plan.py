"""The strategy's annual action plan: kinds of activity, statuses, frequencies, and the rules of its reports.

Pure functions over plain values: the status of an activity as of a day (from its dated history), when an activity
is overdue, and the roll-ups (counts by status, % completed, planned and spent €) of a set of activities.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Protocol

from commsdesk.domain.choices import Choice
from commsdesk.domain.text import fold
from commsdesk.domain.timeframe import quarter_range, year_range
from commsdesk.i18n import translate


class ActivityKind(Choice):
    SPECIFIC = "specific"
    RECURRING = "recurring"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "specific": translate("ActivityKind", "Specific"),
            "recurring": translate("ActivityKind", "Recurring"),
        }


class ActivityStatus(Choice):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "not_started": translate("ActivityStatus", "Not started"),
            "in_progress": translate("ActivityStatus", "In progress"),
            "completed": translate("ActivityStatus", "Completed"),
            "postponed": translate("ActivityStatus", "Postponed"),
            "cancelled": translate("ActivityStatus", "Cancelled"),
        }


class Frequency(Choice):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    TWICE_A_YEAR = "twice_a_year"
    CONTINUOUSLY = "continuously"
    AS_NEEDED = "as_needed"
    BEFORE_EACH_SESSION = "before_each_session"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "weekly": translate("Frequency", "Weekly"),
            "monthly": translate("Frequency", "Monthly"),
            "quarterly": translate("Frequency", "Quarterly"),
            "twice_a_year": translate("Frequency", "Twice a year"),
            "continuously": translate("Frequency", "Continuously"),
            "as_needed": translate("Frequency", "As needed"),
            "before_each_session": translate("Frequency", "Before each session"),
            "other": translate("Frequency", "Other"),
        }


# Folded phrases of the plans' frequency column → frequency, tried in order.
_FREQUENCY_PHRASES: list[tuple[str, Frequency]] = [
    ("javor", Frequency.WEEKLY),
    ("nedelj", Frequency.WEEKLY),
    ("weekly", Frequency.WEEKLY),
    ("tremujor", Frequency.QUARTERLY),
    ("kvartal", Frequency.QUARTERLY),
    ("tromesec", Frequency.QUARTERLY),
    ("quarter", Frequency.QUARTERLY),
    ("mujor", Frequency.MONTHLY),
    ("mesecn", Frequency.MONTHLY),
    ("monthly", Frequency.MONTHLY),
    ("dy here ne vit", Frequency.TWICE_A_YEAR),
    ("dva puta godisnje", Frequency.TWICE_A_YEAR),
    ("twice a year", Frequency.TWICE_A_YEAR),
    ("para secil", Frequency.BEFORE_EACH_SESSION),
    ("pre svake", Frequency.BEFORE_EACH_SESSION),
    ("before each", Frequency.BEFORE_EACH_SESSION),
    ("vazhdimesi", Frequency.CONTINUOUSLY),
    ("gjate gjithe kohes", Frequency.CONTINUOUSLY),
    ("kontinuirano", Frequency.CONTINUOUSLY),
    ("continuous", Frequency.CONTINUOUSLY),
    ("sipas rastit", Frequency.AS_NEEDED),
    ("sipas nevojes", Frequency.AS_NEEDED),
    ("sa here", Frequency.AS_NEEDED),
    ("po potrebi", Frequency.AS_NEEDED),
    ("as needed", Frequency.AS_NEEDED),
]


def frequency_from_text(text: str) -> Frequency:
    """The frequency a plan's wording means (`Në baza javore` → weekly); OTHER when none is recognised."""
    folded = fold(text)
    return next((frequency for phrase, frequency in _FREQUENCY_PHRASES if phrase in folded), Frequency.OTHER)


# Folded ways plans write the kind column → kind.
_KIND_WORDS: dict[str, ActivityKind] = {
    "specific": ActivityKind.SPECIFIC,
    "specifik": ActivityKind.SPECIFIC,
    "specifike": ActivityKind.SPECIFIC,
    "specificna": ActivityKind.SPECIFIC,
    "specificne": ActivityKind.SPECIFIC,
    "recurring": ActivityKind.RECURRING,
    "i perseritur": ActivityKind.RECURRING,
    "e perseritur": ActivityKind.RECURRING,
    "te perseritura": ActivityKind.RECURRING,
    "ponavljajuca": ActivityKind.RECURRING,
    "ponavljajuce": ActivityKind.RECURRING,
}


def kind_from_text(text: str) -> ActivityKind | None:
    """The kind a plan file's `kind` cell means (`specific`, `recurring`, or their Albanian/Serbian names)."""
    return _KIND_WORDS.get(" ".join(fold(text).split()))


def parse_cost(text: str) -> int:
    """Euro amount as written (`1000`, `1.000,50`, `1000.50`, empty) → cents; ValueError when not a number."""
    cleaned = text.strip().replace("€", "").replace(" ", "")
    if not cleaned:
        return 0
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if value < 0 or not value.is_finite():
        raise ValueError(text)
    return int((value * 100).to_integral_value())


# Colours of the statuses, shared by the tab and the reports (light backgrounds, dark text stays readable).
STATUS_COLOURS: dict[ActivityStatus, str] = {
    ActivityStatus.NOT_STARTED: "#e3e6ea",
    ActivityStatus.IN_PROGRESS: "#fde9a9",
    ActivityStatus.COMPLETED: "#bfe5c2",
    ActivityStatus.POSTPONED: "#f9d2a8",
    ActivityStatus.CANCELLED: "#d9c8e6",
}
OVERDUE_COLOUR = "#b3261e"

# The longest value of each text of a plan's row, by its column in the import layout (the database's column sizes,
# and more than any plan needs); each responsible unit counts on its own.
TEXT_LIMITS = {
    "objective_title": 1000,
    "activity": 2000,
    "responsible": 300,
    "timeframe": 200,
    "frequency": 500,
    "note": 10_000,
}

# Statuses after which nothing more is expected of an activity.
CLOSED = frozenset({ActivityStatus.COMPLETED, ActivityStatus.CANCELLED})


@dataclass(frozen=True)
class StatusEntry:
    """One dated status update of an activity."""

    on_date: date
    status: ActivityStatus
    progress: int = 0
    actual_cost_cents: int | None = None
    comment: str = ""


@dataclass(frozen=True)
class StatusAsOf:
    """What an activity's history says on a day: the latest status, its progress, the cost spent so far."""

    status: ActivityStatus = ActivityStatus.NOT_STARTED
    progress: int = 0
    actual_cost_cents: int | None = None
    comment: str = ""
    on_date: date | None = None  # the day of the update it comes from; None when there is none yet


def status_as_of(entries: Sequence[StatusEntry], day: date) -> StatusAsOf:
    """The status on `day` from `entries` in the order they were recorded; later updates are ignored.

    The latest update on or before `day` gives status and progress (a completed activity is at 100 %); the cost is
    the latest one stated, the comment the latest one written.
    """
    latest: StatusEntry | None = None
    cost: int | None = None
    comment = ""
    for entry in sorted(entries, key=lambda e: e.on_date):  # stable: same-day updates stay in recorded order
        if entry.on_date > day:
            break
        latest = entry
        if entry.actual_cost_cents is not None:
            cost = entry.actual_cost_cents
        if entry.comment.strip():
            comment = entry.comment
    if latest is None:
        return StatusAsOf()
    progress = 100 if latest.status is ActivityStatus.COMPLETED else max(0, min(100, latest.progress))
    return StatusAsOf(latest.status, progress, cost, comment, latest.on_date)


def is_overdue(kind: ActivityKind, period_end: date | None, status: ActivityStatus, as_of: date) -> bool:
    """A specific activity whose timeframe has ended by the end of `as_of` without being completed (or cancelled)."""
    return kind is ActivityKind.SPECIFIC and period_end is not None and period_end <= as_of and status not in CLOSED


def is_unfinished(kind: ActivityKind, status: ActivityStatus) -> bool:
    """Whether a copy of the plan to the next year carries the activity over: every recurring one, and the
    specific ones neither completed nor cancelled."""
    return kind is ActivityKind.RECURRING or status not in CLOSED


class RollupItem(Protocol):
    @property
    def kind(self) -> ActivityKind: ...
    @property
    def status(self) -> ActivityStatus: ...
    @property
    def planned_cost_cents(self) -> int: ...
    @property
    def actual_cost_cents(self) -> int | None: ...
    @property
    def overdue(self) -> bool: ...


@dataclass(frozen=True)
class Rollup:
    """Counts by status, planned and spent money and overdue activities of a set of activities."""

    counts: dict[ActivityStatus, int] = field(default_factory=lambda: {status: 0 for status in ActivityStatus})
    specific: int = 0
    recurring: int = 0
    planned_cents: int = 0
    actual_cents: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return self.specific + self.recurring

    @property
    def completed(self) -> int:
        return self.counts[ActivityStatus.COMPLETED]

    @property
    def percent_completed(self) -> int:
        """Completed activities as a whole percentage of all of them (rounded half up); 0 for none."""
        if not self.total:
            return 0
        return (200 * self.completed + self.total) // (2 * self.total)


def roll_up(items: Iterable[RollupItem]) -> Rollup:
    """The roll-up of `items` (an objective's activities, or the whole plan's)."""
    counts = {status: 0 for status in ActivityStatus}
    specific = recurring = planned = actual = overdue = 0
    for item in items:
        counts[item.status] += 1
        if item.kind is ActivityKind.SPECIFIC:
            specific += 1
        else:
            recurring += 1
        planned += item.planned_cost_cents
        actual += item.actual_cost_cents or 0
        overdue += bool(item.overdue)
    return Rollup(counts, specific, recurring, planned, actual, overdue)


def report_period(year: int, quarter: int | None) -> tuple[date, date]:
    """The period a report covers: the whole year, or one quarter of it."""
    return quarter_range(year, quarter) if quarter else year_range(year)


def default_as_of(year: int, quarter: int | None, today: date) -> date:
    """The day a report states the plan as of: the period's last day, or today while the period is still running.

    So a second-quarter report printed in October shows the plan as it stood on 30 June.
    """
    return min(report_period(year, quarter)[1], today)
