"""What the action-plan status reports (PDF and XLSX) share: their texts in the report's language and their
sections, one per objective. Headings are translated; activity texts are printed as they were entered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from commsdesk.domain.plan import ActivityKind, ActivityStatus, Rollup, roll_up
from commsdesk.domain.plan_records import ActivityState, ObjectiveInfo, PlanSnapshot
from commsdesk.i18n import catalog, format_date, format_money

Translate = Callable[[str, str], str]


def translator(language: str) -> Translate:
    return catalog(language).translate


def status_names(language: str) -> dict[ActivityStatus, str]:
    """The statuses' names in `language`."""
    translate = translator(language)
    return {
        ActivityStatus.NOT_STARTED: translate("ActivityStatus", "Not started"),
        ActivityStatus.IN_PROGRESS: translate("ActivityStatus", "In progress"),
        ActivityStatus.COMPLETED: translate("ActivityStatus", "Completed"),
        ActivityStatus.POSTPONED: translate("ActivityStatus", "Postponed"),
        ActivityStatus.CANCELLED: translate("ActivityStatus", "Cancelled"),
    }


def kind_names(language: str) -> dict[ActivityKind, str]:
    translate = translator(language)
    return {
        ActivityKind.SPECIFIC: translate("ActivityKind", "Specific"),
        ActivityKind.RECURRING: translate("ActivityKind", "Recurring"),
    }


def report_title(snapshot: PlanSnapshot, language: str) -> str:
    translate = translator(language)
    if snapshot.quarter is None:
        return translate("PlanReport", "Annual status report of the action plan {year}").format(year=snapshot.year)
    return translate("PlanReport", "Status report of the action plan {year}, quarter {quarter}").format(
        year=snapshot.year, quarter=snapshot.quarter
    )


def strategy_line(snapshot: PlanSnapshot, language: str) -> str:
    """The strategy's title in the report's language, its years and its approving decision."""
    strategy = snapshot.plan.strategy
    text = strategy.title(language)
    years = f"{strategy.first_year}–{strategy.last_year}"
    if years not in text:
        text = f"{text} ({years})".strip()
    if strategy.decision:
        decision = strategy.decision
        if strategy.decision_date:
            decision += ", " + format_date(strategy.decision_date)
        text += " · " + decision
    return text


def period_line(snapshot: PlanSnapshot, language: str) -> str:
    translate = translator(language)
    return translate("PlanReport", "Period {start} – {end} · status as of {day}").format(
        start=format_date(snapshot.period_start), end=format_date(snapshot.period_end), day=format_date(snapshot.as_of)
    )


def objective_label(objective: ObjectiveInfo, language: str) -> str:
    translate = translator(language)
    return translate("PlanReport", "Objective {number}: {title}").format(number=objective.number, title=objective.title)


def planned_text(activity: ActivityState, language: str) -> str:
    """The planned cost, or "no additional cost" for a specific activity planned at none."""
    if activity.kind is ActivityKind.SPECIFIC and activity.no_additional_cost:
        translate = translator(language)
        return translate("PlanReport", "no additional cost")
    if activity.kind is ActivityKind.RECURRING:
        return ""
    return format_money(activity.planned_cost_cents, language)


def evidence_text(events: int, releases: int, language: str, requests: int = 0, enquiries: int = 0) -> str:
    """`37 releases`, `5 events`, `5 events, 37 releases, 4 requests handled, 12 enquiries answered`, or a dash
    when there is none."""
    translate = translator(language)
    parts = []
    if events:
        parts.append(translate("PlanReport", "{count} events").format(count=events))
    if releases:
        parts.append(translate("PlanReport", "{count} releases").format(count=releases))
    if requests:
        parts.append(translate("PlanReport", "{count} requests handled").format(count=requests))
    if enquiries:
        parts.append(translate("PlanReport", "{count} enquiries answered").format(count=enquiries))
    return ", ".join(parts) or "–"


def whole_euros(cents: float, language: str) -> str:
    """A rounded amount for chart axes: `1.500 €` (sq, sr) or `€1,500` (en)."""
    grouped = f"{round(cents / 100):,}"
    return f"€{grouped}" if language == "en" else f"{grouped.replace(',', '.')} €"


def key_figures(snapshot: PlanSnapshot, rollup: Rollup, language: str) -> str:
    """One line with the figures the evaluation starts from."""
    translate = translator(language)
    return translate(
        "PlanReport",
        "Objectives: {objectives} · specific activities: {specific} · recurring activities: {recurring} · "
        "planned: {planned} · spent: {spent} · completed: {completed} ({percent} %) · overdue: {overdue}",
    ).format(
        objectives=len(sections_of(snapshot)),
        specific=rollup.specific,
        recurring=rollup.recurring,
        planned=format_money(rollup.planned_cents, language),
        spent=format_money(rollup.actual_cents, language),
        completed=rollup.completed,
        percent=rollup.percent_completed,
        overdue=rollup.overdue,
    )


@dataclass(frozen=True)
class Section:
    """One objective of the report with the activities it lists."""

    objective: ObjectiveInfo
    specific: list[ActivityState]
    recurring: list[ActivityState]

    @property
    def rollup(self) -> Rollup:
        return roll_up(self.specific + self.recurring)


def sections_of(snapshot: PlanSnapshot) -> list[Section]:
    """The report's objectives in order, each with its reported specific and recurring activities."""
    by_objective: dict[int, Section] = {}
    for objective in snapshot.objectives:
        by_objective[objective.id] = Section(objective, [], [])
    for activity in snapshot.reported():
        section = by_objective[activity.objective.id]
        (section.specific if activity.kind is ActivityKind.SPECIFIC else section.recurring).append(activity)
    return [section for section in by_objective.values() if section.specific or section.recurring]
