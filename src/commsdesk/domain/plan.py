"""Vocabularies of the strategy's annual action plan: kinds of activity, statuses and frequencies."""

from __future__ import annotations

from commsdesk.domain.choices import Choice
from commsdesk.domain.text import fold
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
