"""How the tab writes an activity's cost, timeframe, evidence and roll-up, in the current language."""

from __future__ import annotations

from commsdesk.domain.plan import ActivityKind, Rollup
from commsdesk.i18n import current_language, format_date, format_money, translate
from commsdesk.services.plan import ActivityState


def money(cents: int | None) -> str:
    return format_money(cents, current_language()) if cents is not None else ""


def plain_amount(cents: int | None) -> str:
    """Cents as an amount to edit: `1250,50` (sq, sr) or `1250.50` (en), without grouping or currency."""
    if cents is None:
        return ""
    text = f"{cents / 100:.2f}"
    return text if current_language() == "en" else text.replace(".", ",")


def planned(activity: ActivityState) -> str:
    if activity.kind is ActivityKind.RECURRING:
        return ""
    if activity.no_additional_cost:
        return translate("PlanTab", "no additional cost")
    return money(activity.planned_cost_cents)


def when(activity: ActivityState) -> str:
    """The timeframe of a specific activity, the frequency of a recurring one, as the plan writes them."""
    return activity.timeframe if activity.kind is ActivityKind.SPECIFIC else activity.frequency_text


def evidence(activity: ActivityState) -> str:
    parts = []
    if activity.events:
        parts.append(translate("PlanTab", "{count} events").format(count=activity.events))
    if activity.releases:
        parts.append(translate("PlanTab", "{count} releases").format(count=activity.releases))
    if activity.requests:
        parts.append(translate("PlanTab", "{count} requests handled").format(count=activity.requests))
    if activity.enquiries:
        parts.append(translate("PlanTab", "{count} enquiries answered").format(count=activity.enquiries))
    return ", ".join(parts)


def overdue_note(activity: ActivityState) -> str:
    return translate("PlanTab", "Overdue: the timeframe ended on {day} without completion.").format(
        day=format_date(activity.period_end)
    )


def objective_status(rollup: Rollup) -> str:
    text = translate("PlanTab", "{done} of {count} completed").format(done=rollup.completed, count=rollup.total)
    if rollup.overdue:
        text += " · " + translate("PlanTab", "{count} overdue").format(count=rollup.overdue)
    return text
