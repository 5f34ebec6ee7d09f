"""What the report to the Information and Privacy Agency shares between its PDF and its workbook: the period's
name, the key figures and the breakdowns (by requester type, channel, outcome, legal ground, complaint outcome),
all in the report's language. Plain figures in (`CountedRequests`), no personal data anywhere.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from commsdesk.domain.request_records import CountedRequests, ground_label_in
from commsdesk.domain.requests import RequestChannel, RequesterType, RequestOutcome
from commsdesk.i18n import catalog, format_date, format_money

Translate = Callable[[str, str], str]
_UNSAFE_IN_NAME = re.compile(r'[\s/\\:*?"<>|]+')


def translator(language: str) -> Translate:
    return catalog(language).translate


def quarter_of(first: date, last: date) -> int | None:
    """The quarter `first`–`last` is exactly, if it is one."""
    if first.year != last.year or first.day != 1 or (first.month - 1) % 3:
        return None
    end_month = first.month + 2
    if last != date(first.year, end_month, monthrange(first.year, end_month)[1]):
        return None
    return (first.month - 1) // 3 + 1


def is_year(first: date, last: date) -> bool:
    return first == date(first.year, 1, 1) and last == date(first.year, 12, 31)


def report_title(language: str) -> str:
    translate = translator(language)
    return translate(
        "RequestReport", "Report to the Information and Privacy Agency on requests for access to public documents"
    )


def period_title(first: date, last: date, language: str) -> str:
    """`Year 2026`, `Quarter 2 of 2026` or `01.03.2026 – 15.05.2026`."""
    translate = translator(language)
    if is_year(first, last):
        return translate("RequestReport", "Year {year}").format(year=first.year)
    quarter = quarter_of(first, last)
    if quarter is not None:
        return translate("RequestReport", "Quarter {quarter} of {year}").format(quarter=quarter, year=first.year)
    return translate("RequestReport", "{first} – {last}").format(first=format_date(first), last=format_date(last))


def short_period(first: date, last: date) -> str:
    """`2026`, `2026 Q2` or `01.03.2026–15.05.2026` (for a sheet's title)."""
    if is_year(first, last):
        return str(first.year)
    quarter = quarter_of(first, last)
    if quarter is not None:
        return f"{first.year} Q{quarter}"
    return f"{format_date(first)}–{format_date(last)}"


def file_name(first: date, last: date, language: str, kind: str) -> str:
    """The report's file name in its language: `report-to-aip-2026.pdf`, `…-2026-q2.pdf` or, for a date range,
    `…-2026-03-01_2026-05-15.pdf`."""
    translate = translator(language)
    stem = translate("RequestReport", "report-to-aip")
    if is_year(first, last):
        period = str(first.year)
    elif (quarter := quarter_of(first, last)) is not None:
        period = translate("RequestReport", "{year}-q{quarter}").format(year=first.year, quarter=quarter)
    else:
        period = f"{first.isoformat()}_{last.isoformat()}"
    return _UNSAFE_IN_NAME.sub("-", f"{stem}-{period}").strip("-.") + f".{kind}"


def as_of_line(figures: CountedRequests, language: str) -> str:
    translate = translator(language)
    return translate(
        "RequestReport", "Requests registered from {first} to {last}, as they stand on {day}. No personal data."
    ).format(first=format_date(figures.first), last=format_date(figures.last), day=format_date(figures.as_of))


def decimal(value: float | None, language: str) -> str:
    """`4,5` (sq, sr) or `4.5` (en); whole numbers without decimals; a dash for none."""
    if value is None:
        return "–"
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return text if language == "en" else text.replace(".", ",")


def share(count: int, total: int) -> float:
    """`count` as a percentage (0–100) of `total`."""
    return 100 * count / total if total else 0.0


@dataclass(frozen=True)
class Figure:
    """One key figure: its column in the workbook, its label, and its value (a count, days, or cents)."""

    key: str
    label: str
    value: int | float | None
    kind: str = "count"  # count, days or money

    def shown(self, language: str) -> str:
        if self.kind == "money":
            return format_money(int(self.value or 0), language)
        if self.kind == "days":
            return decimal(self.value, language)
        return str(self.value)


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


@dataclass(frozen=True)
class Line:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class Breakdown:
    """One table of the report: its lines, whether they add up to a total, and what it says when it has none."""

    key: str
    title: str
    column: str  # the header of its first column
    lines: list[Line]
    total: int | None
    empty: str = ""


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
