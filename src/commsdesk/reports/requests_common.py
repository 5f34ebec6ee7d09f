"""What the report to the Information and Privacy Agency shares between its PDF and its workbook: the period's
name, the key figures and the breakdowns (by requester type, channel, outcome, legal ground, complaint outcome),
all in the report's language. Plain figures in (`CountedRequests`), no personal data anywhere.
"""

from __future__ import annotations

from datetime import date

from commsdesk.domain.request_records import CountedRequests, ground_label_in
from commsdesk.domain.requests import RequestChannel, RequesterType, RequestOutcome
from commsdesk.i18n import format_date
from commsdesk.reports.periodic import (
    Breakdown,
    Figure,
    Line,
    decimal,
    is_year,
    period_file_name,
    period_title,
    quarter_of,
    share,
    short_period,
    translator,
)

__all__ = [
    "Breakdown",
    "Figure",
    "Line",
    "as_of_line",
    "breakdowns",
    "decimal",
    "file_name",
    "is_year",
    "key_figures",
    "period_title",
    "quarter_of",
    "report_title",
    "share",
    "short_period",
    "translator",
]


def report_title(language: str) -> str:
    translate = translator(language)
    return translate(
        "RequestReport", "Report to the Information and Privacy Agency on requests for access to public documents"
    )


def file_name(first: date, last: date, language: str, kind: str) -> str:
    """The report's file name in its language: `report-to-aip-2026.pdf`, `…-2026-q2.pdf` or, for a date range,
    `…-2026-03-01_2026-05-15.pdf`."""
    translate = translator(language)
    return period_file_name(translate("RequestReport", "report-to-aip"), first, last, language, kind)


def as_of_line(figures: CountedRequests, language: str) -> str:
    translate = translator(language)
    return translate(
        "RequestReport", "Requests registered from {first} to {last}, as they stand on {day}. No personal data."
    ).format(first=format_date(figures.first), last=format_date(figures.last), day=format_date(figures.as_of))


def key_figures(figures: CountedRequests, language: str) -> list[Figure]:
    translate = translator(language)
    return [
        Figure("received", translate("RequestReport", "Requests received"), figures.received),
        Figure(
            "in_time", translate("RequestReport", "Decided or forwarded within the deadline"), figures.decided_in_time
        ),
        Figure("late", translate("RequestReport", "Decided or forwarded after the deadline"), figures.decided_late),
        Figure("pending", translate("RequestReport", "Not yet decided"), figures.pending),
        Figure(
            "deemed_refused",
            translate("RequestReport", "Still open past the deadline (deemed refused)"),
            figures.overdue_open,
        ),
        Figure("extended", translate("RequestReport", "Deadline extended"), figures.extended),
        Figure("urgent", translate("RequestReport", "Urgent requests (life or liberty)"), figures.urgent),
        Figure("complaints", translate("RequestReport", "Complaints to the Agency"), figures.complaints),
        Figure("court", translate("RequestReport", "Cases before the court"), figures.court_cases),
        Figure(
            "median_days",
            translate("RequestReport", "Median days from registration to decision"),
            figures.median_days,
            "days",
        ),
        Figure(
            "longest_days",
            translate("RequestReport", "Longest time from registration to decision (days)"),
            figures.longest_days,
            "days",
        ),
        Figure("cost", translate("RequestReport", "Costs of copies charged"), figures.cost_cents, "money"),
    ]


def breakdowns(figures: CountedRequests, language: str) -> list[Breakdown]:
    translate = translator(language)
    outcomes = [
        Line(outcome.value, outcome.label_in(language), figures.by_outcome.get(outcome, 0))
        for outcome in RequestOutcome
    ]
    outcomes.append(Line("pending", translate("RequestReport", "Not yet decided"), figures.pending))
    return [
        Breakdown(
            "requester_type",
            translate("RequestReport", "Requests received by type of requester"),
            translate("RequestReport", "Type of requester"),
            [Line(kind.value, kind.label_in(language), figures.by_type.get(kind, 0)) for kind in RequesterType],
            figures.received,
        ),
        Breakdown(
            "channel",
            translate("RequestReport", "Requests received by channel"),
            translate("RequestReport", "Channel"),
            [Line(c.value, c.label_in(language), figures.by_channel.get(c, 0)) for c in RequestChannel],
            figures.received,
        ),
        Breakdown(
            "outcome",
            translate("RequestReport", "Outcome of the requests"),
            translate("RequestReport", "Outcome"),
            outcomes,
            figures.received,
        ),
        Breakdown(
            "refusal_ground",
            translate("RequestReport", "Refusals and partial refusals by legal ground"),
            translate("RequestReport", "Legal ground"),
            [Line(code, ground_label_in(code, language), n) for code, n in figures.refused_by_ground.items()],
            None,
            translate("RequestReport", "No request was refused, in full or in part."),
        ),
        Breakdown(
            "complaint_outcome",
            translate("RequestReport", "Complaints to the Agency by outcome"),
            translate("RequestReport", "Outcome of the complaint"),
            [
                Line("", text or translate("RequestReport", "No outcome yet"), n)
                for text, n in figures.complaint_outcomes.items()
            ],
            figures.complaints if figures.complaint_outcomes else None,
            translate("RequestReport", "No complaint was made to the Agency."),
        ),
    ]
