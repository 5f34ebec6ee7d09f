"""The calendar of any date range as an XLSX workbook: one row per occurrence, with real dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from commsdesk.domain.events import AgendaEntry, weekday_names
from commsdesk.domain.holidays import holidays_between
from commsdesk.i18n import catalog, format_date, format_time
from commsdesk.reports.calendar_week_plan import by_day
from commsdesk.reports.xlsx import Column, Kind, Sheet, write_workbook


def write_calendar_workbook(
    path: Path,
    entries: Sequence[AgendaEntry],
    first: date,
    last: date,
    *,
    language: str,
    holidays: Sequence[tuple[date, str]] = (),
) -> Path:
    """Write every occurrence from `first` to `last` (inclusive) to `path`, one row each, by day and time.

    `holidays` are the ones the office entered; the fixed ones and Easter are added, named in `language`."""
    translate = catalog(language).translate
    names = weekday_names(translate)
    holidays = holidays_between(first, last, holidays, translate)
    columns = [
        Column(translate("CalendarReports", "Date"), 12, Kind.DATE),
        Column(translate("CalendarReports", "Day"), 12),
        Column(translate("CalendarReports", "Start"), 8),
        Column(translate("CalendarReports", "End"), 8),
        Column(translate("CalendarReports", "Kind"), 26),
        Column(translate("CalendarReports", "Event"), 48),
        Column(translate("CalendarReports", "Status"), 12),
        Column(translate("CalendarReports", "Place"), 26),
        Column(translate("CalendarReports", "Responsible"), 26),
        Column(translate("CalendarReports", "Media invited"), 40),
        Column(translate("CalendarReports", "Press releases"), 16),
        Column(translate("CalendarReports", "Action-plan activity"), 36),
        Column(translate("CalendarReports", "Repeats"), 9),
        Column(translate("CalendarReports", "Public holiday"), 20),
        Column(translate("CalendarReports", "Description"), 50),
    ]

    def rows():
        for day, items in by_day(entries, first, last).items():
            for entry in items:
                multi_day = entry.end is not None and entry.end.date() > entry.start.date() and not entry.all_day
                yield [
                    day,
                    names[day.weekday()],
                    translate("CalendarReports", "All day") if entry.all_day else format_time(entry.start),
                    ""
                    if entry.all_day
                    else (format_date(entry.end) + " " if multi_day else "") + format_time(entry.end),
                    entry.kind.label_in(translate),
                    entry.title,
                    entry.status.label_in(translate),
                    entry.location,
                    entry.organiser,
                    "; ".join(entry.media),
                    ", ".join(entry.releases),
                    entry.activity,
                    translate("CalendarReports", "yes") if entry.recurring else "",
                    ", ".join(holidays.get(day, [])),
                    entry.description,
                ]

    title = translate("CalendarReports", "Calendar {first}–{last}").format(
        first=format_date(first), last=format_date(last)
    )
    return write_workbook(path, [Sheet(title, columns, rows())])
