"""The weekly calendar of communication activities as a PDF: A4 landscape, Monday to Sunday, one week per page group.

Each event shows its time, kind, title, place, responsible and the media invited; each day its public holiday.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, TableStyle

from commsdesk.domain.events import AgendaEntry, EventStatus, Translate, week_start, weekday_names
from commsdesk.domain.holidays import holidays_between
from commsdesk.i18n import catalog, format_date, format_time
from commsdesk.reports.pdf import Letterhead, build_pdf, content_width, data_table, escape, para, stylesheet


def entry_time(entry: AgendaEntry, translate: Translate) -> str:
    """ "09:00–10:00", "All day", or the dates too when the event runs over several days."""
    if entry.all_day:
        last = (entry.end - timedelta(days=1)).date() if entry.end else entry.start.date()
        if last > entry.start.date():
            return translate("CalendarReports", "All day") + f", {entry.start:%d.%m.}–{last:%d.%m.}"
        return translate("CalendarReports", "All day")
    if entry.end is None or entry.end.date() == entry.start.date() or entry.end == entry.start:
        end = f"–{format_time(entry.end)}" if entry.end and entry.end != entry.start else ""
        return f"{format_time(entry.start)}{end}"
    return f"{entry.start:%d.%m. %H:%M} – {entry.end:%d.%m. %H:%M}"


def by_day(entries: Sequence[AgendaEntry], first: date, last: date) -> dict[date, list[AgendaEntry]]:
    """Each day from `first` to `last` → the entries shown on it (an event running on from earlier: its first
    day in the range)."""
    days: dict[date, list[AgendaEntry]] = {first + timedelta(days=n): [] for n in range((last - first).days + 1)}
    for entry in entries:
        shown = [day for day in entry.days() if first <= day <= last]
        if shown:
            days[shown[0]].append(entry)
    for items in days.values():
        items.sort(key=lambda e: (not e.all_day, e.start, e.title))
    return days


def _title(entry: AgendaEntry, translate: Translate) -> str:
    if entry.status in (EventStatus.CANCELLED, EventStatus.POSTPONED):
        return f"{entry.title} ({entry.status.label_in(translate)})"
    return entry.title


def _week_table(
    days: Mapping[date, list[AgendaEntry]], holidays: Mapping[date, list[str]], translate: Translate
) -> Flowable:
    styles = stylesheet()
    width = content_width(landscape_pages=True)
    widths = [0.12, 0.08, 0.13, 0.25, 0.13, 0.13, 0.16]
    header = [
        translate("CalendarReports", "Day"),
        translate("CalendarReports", "Time"),
        translate("CalendarReports", "Kind"),
        translate("CalendarReports", "Event"),
        translate("CalendarReports", "Place"),
        translate("CalendarReports", "Responsible"),
        translate("CalendarReports", "Media invited"),
    ]
    names = weekday_names(translate)
    rows: list[list[object]] = []
    spans = []
    shaded = []
    for day, entries in days.items():
        label = f"<b>{escape(names[day.weekday()])}</b><br/>{format_date(day)}"
        for holiday in holidays.get(day, []):
            label += f"<br/><i>{escape(holiday)}</i>"
        first_row = len(rows) + 1
        if not entries:
            rows.append([Paragraph(label, styles["cell"]), "", "", "—", "", "", ""])
        for index, entry in enumerate(entries):
            rows.append(
                [
                    Paragraph(label, styles["cell"]) if index == 0 else "",
                    entry_time(entry, translate),
                    entry.kind.label_in(translate),
                    para(_title(entry, translate), styles["cell_bold"]),
                    entry.location,
                    entry.organiser,
                    "; ".join(entry.media),
                ]
            )
        if len(entries) > 1:
            spans.append(("SPAN", (0, first_row), (0, first_row + len(entries) - 1)))
        if day.weekday() >= 5 or day in holidays:
            shaded.append(("BACKGROUND", (0, first_row), (-1, first_row + max(len(entries), 1) - 1), "#f3f3f3"))
    table = data_table(header, rows, [share * width for share in widths])
    table.setStyle(TableStyle(spans + shaded))
    return table


def write_week_plan(
    path: Path,
    entries: Sequence[AgendaEntry],
    first: date,
    last: date,
    *,
    letterhead: Letterhead,
    language: str,
    holidays: Sequence[tuple[date, str]] = (),
    prepared_by: str = "",
    printed_on: date | None = None,
) -> Path:
    """Write the week plan of `first`–`last` (whole weeks, Monday to Sunday) to `path`.

    `holidays` are the ones the office entered (the Eids); the fixed ones and Easter are added, named in `language`.
    """
    translate = catalog(language).translate
    styles = stylesheet()
    named = holidays_between(week_start(first), week_start(last) + timedelta(days=6), holidays, translate)
    title = translate("CalendarReports", "Weekly calendar of communication activities")
    story: list[Flowable] = []
    monday = week_start(first)
    while monday <= last:
        sunday = monday + timedelta(days=6)
        if story:
            story.append(PageBreak())
        story.append(para(title, styles["title"]))
        story.append(
            para(
                translate("CalendarReports", "Week {week}: {first} – {last}").format(
                    week=monday.isocalendar().week, first=format_date(monday), last=format_date(sunday)
                ),
                styles["heading"],
            )
        )
        story.append(Spacer(0, 4))
        story.append(_week_table(by_day(entries, monday, sunday), named, translate))
        monday += timedelta(days=7)
    if prepared_by:
        story.append(Spacer(0, 10))
        story.append(para(translate("CalendarReports", "Prepared by: {name}").format(name=prepared_by), styles["body"]))
    return build_pdf(
        path, story, title=title, letterhead=letterhead, language=language, landscape_pages=True, printed_on=printed_on
    )
