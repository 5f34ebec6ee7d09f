"""The action plan's status report as a workbook: a summary sheet, one sheet per objective, and for a quarterly
report a sheet of what changed in the quarter. Counts, money, percentages and dates are real numbers and dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from commsdesk.domain.plan import ActivityKind, ActivityStatus, Rollup
from commsdesk.domain.plan_records import PlanSnapshot
from commsdesk.reports.plan_common import Section, kind_names, sections_of, status_names, translator
from commsdesk.reports.xlsx import Column, Kind, Sheet, write_workbook


def _summary(snapshot: PlanSnapshot, sections: list[Section], language: str) -> Sheet:
    translate = translator(language)
    names = status_names(language)
    statuses = list(ActivityStatus)
    columns = [
        Column(translate("PlanReport", "No."), 6, Kind.NUMBER),
        Column(translate("PlanReport", "Objective"), 50),
        Column(translate("PlanReport", "Activities"), 11, Kind.NUMBER),
        Column(translate("PlanReport", "Specific activities"), 12, Kind.NUMBER),
        Column(translate("PlanReport", "Recurring activities"), 12, Kind.NUMBER),
        *(Column(names[status], 12, Kind.NUMBER) for status in statuses),
        Column(translate("PlanReport", "% completed"), 12, Kind.PERCENT),
        Column(translate("PlanReport", "Planned"), 14, Kind.MONEY),
        Column(translate("PlanReport", "Spent"), 14, Kind.MONEY),
        Column(translate("PlanReport", "Overdue"), 10, Kind.NUMBER),
        Column(translate("PlanReport", "Evidence"), 10, Kind.NUMBER),
    ]

    def line(number: int | None, label: str, rollup: Rollup, evidence: int) -> list[object]:
        return [
            number,
            label,
            rollup.total,
            rollup.specific,
            rollup.recurring,
            *(rollup.counts[status] for status in statuses),
            rollup.percent_completed,
            rollup.planned_cents,
            rollup.actual_cents,
            rollup.overdue,
            evidence,
        ]

    def rows() -> Iterator[list[object]]:
        for section in sections:
            evidence = sum(a.evidence_count for a in section.specific + section.recurring)
            yield line(section.objective.number, section.objective.title, section.rollup, evidence)
        evidence = sum(a.evidence_count for a in snapshot.reported())
        yield line(None, translate("PlanReport", "Whole plan"), snapshot.rollup(), evidence)

    title = translate("PlanReport", "Summary {year}").format(year=snapshot.year)
    if snapshot.quarter is not None:
        title = translate("PlanReport", "Summary {year} Q{quarter}").format(
            year=snapshot.year, quarter=snapshot.quarter
        )
    return Sheet(title, columns, rows())


def _objective(section: Section, language: str) -> Sheet:
    translate = translator(language)
    statuses = status_names(language)
    kinds = kind_names(language)
    yes = translate("PlanReport", "yes")
    columns = [
        Column(translate("PlanReport", "Kind"), 12),
        Column(translate("PlanReport", "Activity"), 60),
        Column(translate("PlanReport", "Responsible"), 36),
        Column(translate("PlanReport", "Timeframe / frequency"), 22),
        Column(translate("PlanReport", "From"), 11, Kind.DATE),
        Column(translate("PlanReport", "To"), 11, Kind.DATE),
        Column(translate("PlanReport", "Planned"), 13, Kind.MONEY),
        Column(translate("PlanReport", "Status"), 14),
        Column(translate("PlanReport", "Progress"), 10, Kind.PERCENT),
        Column(translate("PlanReport", "Spent"), 13, Kind.MONEY),
        Column(translate("PlanReport", "Overdue"), 10),
        Column(translate("PlanReport", "Events"), 9, Kind.NUMBER),
        Column(translate("PlanReport", "Releases"), 9, Kind.NUMBER),
        Column(translate("PlanReport", "Requests handled"), 9, Kind.NUMBER),
        Column(translate("PlanReport", "Enquiries answered"), 9, Kind.NUMBER),
        Column(translate("PlanReport", "Status date"), 11, Kind.DATE),
        Column(translate("PlanReport", "Comment"), 40),
        Column(translate("PlanReport", "Note"), 30),
    ]
    rows = (
        [
            kinds[a.kind],
            a.title,
            "; ".join(a.responsible),
            a.timeframe if a.kind is ActivityKind.SPECIFIC else a.frequency_text,
            a.period_start,
            a.period_end,
            a.planned_cost_cents if a.kind is ActivityKind.SPECIFIC else None,
            statuses[a.status],
            a.progress,
            a.actual_cost_cents,
            yes if a.overdue else "",
            a.events,
            a.releases,
            a.requests,
            a.enquiries,
            a.status_date,
            a.comment,
            a.note,
        ]
        for a in section.specific + section.recurring
    )
    title = translate("PlanReport", "Objective {number}").format(number=section.objective.number)
    return Sheet(title, columns, rows)


def _changes(snapshot: PlanSnapshot, language: str) -> Sheet:
    translate = translator(language)
    statuses = status_names(language)
    columns = [
        Column(translate("PlanReport", "Date"), 11, Kind.DATE),
        Column(translate("PlanReport", "Objective"), 9, Kind.NUMBER),
        Column(translate("PlanReport", "Activity"), 60),
        Column(translate("PlanReport", "Status"), 14),
        Column(translate("PlanReport", "Progress"), 10, Kind.PERCENT),
        Column(translate("PlanReport", "Spent"), 13, Kind.MONEY),
        Column(translate("PlanReport", "Comment"), 50),
    ]
    rows = (
        [
            c.on_date,
            c.objective_number,
            c.activity_title,
            statuses[c.status],
            c.progress,
            c.actual_cost_cents,
            c.comment,
        ]
        for c in snapshot.changes
    )
    return Sheet(translate("PlanReport", "Changes"), columns, rows)


def write_plan_xlsx(path: Path, snapshot: PlanSnapshot, language: str) -> Path:
    """Write the status report of `snapshot` as a workbook in `language`."""
    sections = sections_of(snapshot)
    sheets = [_summary(snapshot, sections, language), *(_objective(section, language) for section in sections)]
    if snapshot.quarter is not None:
        sheets.append(_changes(snapshot, language))
    return write_workbook(path, sheets)
