"""What the report on journalists' enquiries shares between its PDF and its workbook: its title and file name, the
key figures, the breakdowns (by outlet, topic, channel and status), the list's columns and cells, and its notes, all
in the report's language. Plain figures in (`CountedEnquiries`); no journalist's name anywhere.
"""

from __future__ import annotations

from datetime import date

from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus
from commsdesk.domain.enquiry_records import CountedEnquiries, ListedEnquiry
from commsdesk.i18n import format_date, format_datetime, format_time
from commsdesk.reports.periodic import Breakdown, Figure, Line, period_file_name, period_title, translator

__all__ = [
    "as_of_line",
    "breakdowns",
    "file_name",
    "key_figures",
    "list_header",
    "listed_cells",
    "notes",
    "period_title",
    "report_title",
    "status_names",
]


def report_title(language: str) -> str:
    translate = translator(language)
    return translate("EnquiryReport", "Journalists' enquiries")


def file_name(first: date, last: date, language: str, kind: str) -> str:
    """The report's file name in its language: `enquiries-report-2026.pdf`, `…-2026-q2.pdf` or, for a date range,
    `…-2026-03-01_2026-05-15.pdf`."""
    translate = translator(language)
    return period_file_name(translate("EnquiryReport", "enquiries-report"), first, last, language, kind)


def as_of_line(figures: CountedEnquiries, language: str) -> str:
    translate = translator(language)
    return translate(
        "EnquiryReport", "Enquiries received from {first} to {last}, as they stand on {day} at {time}."
    ).format(
        first=format_date(figures.first),
        last=format_date(figures.last),
        day=format_date(figures.as_of),
        time=format_time(figures.as_of),
    )


def notes(language: str) -> list[str]:
    """What a reader must know to read the figures right, and that the report holds no personal data."""
    translate = translator(language)
    return [
        translate(
            "EnquiryReport",
            "The journalists' names are personal data and are not in this report; their outlets are.",
        ),
        translate(
            "EnquiryReport",
            "Answered before or after the deadline and the times to answer count the answered enquiries; declined "
            "ones and those answered with “no comment” are counted apart. A time to answer runs from when the "
            "enquiry came to when the answer went, in hours of the clock, nights and weekends included.",
        ),
        translate(
            "EnquiryReport",
            "The deadline is the journalist's, or the office's usual time to answer where the journalist named none. "
            "Still open past the deadline: as the report was written.",
        ),
    ]


def key_figures(figures: CountedEnquiries, language: str) -> list[Figure]:
    translate = translator(language)
    return [
        Figure("received", translate("EnquiryReport", "Enquiries received"), figures.received),
        Figure("answered", translate("EnquiryReport", "Answered"), figures.answered),
        Figure("in_time", translate("EnquiryReport", "Answered before the deadline"), figures.answered_in_time),
        Figure(
            "in_time_share",
            translate("EnquiryReport", "Answered before the deadline (% of the answered)"),
            figures.in_time_share,
            "percent",
        ),
        Figure("late", translate("EnquiryReport", "Answered after the deadline"), figures.answered_late),
        Figure(
            "median_hours", translate("EnquiryReport", "Median time to answer (hours)"), figures.median_hours, "hours"
        ),
        Figure(
            "longest_hours",
            translate("EnquiryReport", "Longest time to answer (hours)"),
            figures.longest_hours,
            "hours",
        ),
        Figure("declined", translate("EnquiryReport", "Declined"), figures.declined),
        Figure("no_comment", translate("EnquiryReport", "Answered with “no comment”"), figures.no_comment),
        Figure("open", translate("EnquiryReport", "Still open"), figures.still_open),
        Figure("overdue", translate("EnquiryReport", "Still open past the deadline"), figures.overdue),
    ]


def breakdowns(figures: CountedEnquiries, language: str) -> list[Breakdown]:
    translate = translator(language)
    no_outlet = translate("EnquiryReport", "No outlet named")
    no_topic = translate("EnquiryReport", "No topic given")
    return [
        Breakdown(
            "outlet",
            translate("EnquiryReport", "Enquiries by outlet"),
            translate("EnquiryReport", "Outlet"),
            [Line(name, name or no_outlet, count) for name, count in figures.by_outlet.items()],
            figures.received,
            translate("EnquiryReport", "No enquiry was received in the period."),
        ),
        Breakdown(
            "topic",
            translate("EnquiryReport", "Enquiries by topic"),
            translate("EnquiryReport", "Topic"),
            [Line(name, name or no_topic, count) for name, count in figures.by_topic.items()],
            figures.received,
            translate("EnquiryReport", "No enquiry was received in the period."),
        ),
        Breakdown(
            "channel",
            translate("EnquiryReport", "Enquiries by channel"),
            translate("EnquiryReport", "Channel"),
            [Line(c.value, c.label_in(language), figures.by_channel.get(c, 0)) for c in EnquiryChannel],
            figures.received,
        ),
        Breakdown(
            "status",
            translate("EnquiryReport", "Enquiries by status"),
            translate("EnquiryReport", "Status"),
            [Line(s.value, s.label_in(language), figures.by_status.get(s, 0)) for s in EnquiryStatus],
            figures.received,
        ),
    ]


def list_header(language: str) -> list[str]:
    """The list's columns: number, received, outlet, topic, status, deadline, answered."""
    translate = translator(language)
    return [
        translate("EnquiryReport", "Number"),
        translate("EnquiryReport", "Received"),
        translate("EnquiryReport", "Outlet"),
        translate("EnquiryReport", "Topic"),
        translate("EnquiryReport", "Status"),
        translate("EnquiryReport", "Deadline"),
        translate("EnquiryReport", "Answered"),
    ]


def listed_cells(item: ListedEnquiry, statuses: dict[EnquiryStatus, str]) -> list[str]:
    """One enquiry's cells in `list_header`'s order, as text (`statuses`: their names in the report's language)."""
    return [
        item.reference,
        format_datetime(item.received_at),
        item.outlet,
        item.topic,
        statuses[item.status],
        format_datetime(item.deadline_at),
        format_datetime(item.answered_at),
    ]


def status_names(language: str) -> dict[EnquiryStatus, str]:
    """Every status's name in `language` (looked up once for a list of thousands)."""
    return {status: status.label_in(language) for status in EnquiryStatus}
