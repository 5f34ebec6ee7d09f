"""The calendar's files, as the window and the command line both write and read them: a date range as the week plan
(PDF), a workbook (XLSX) or iCalendar (ICS), and an .ics file imported."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from commsdesk.services.calendar.records import ImportResult
from commsdesk.services.office import OfficeService

Progress = Callable[[int, int], None]
FORMATS = ("pdf", "xlsx", "ics")


class FilesMixin:
    """CalendarService's files; the report and format modules are imported when a file is written, not at start-up."""

    _office: OfficeService

    def export_range(
        self,
        path: Path,
        first: date,
        last: date,
        kind: str,
        language: str,
        *,
        event_ids: Iterable[int] | None = None,
        name: str = "",
        progress: Progress | None = None,
    ) -> int:
        """Write `first`–`last` to `path` as `kind` (see FORMATS) in `language`; returns how many events it holds.

        The week plan prints whole weeks; an .ics holds the events given by `event_ids` instead when there are
        any, and is called `name` in the calendar programs that import it."""
        tick = progress or (lambda _done, _total: None)
        tick(0, 2)
        if kind == "ics":
            items = self.ics_events(event_ids) if event_ids else self.ics_between(first, last)  # type: ignore[attr-defined]
            tick(1, 2)
            from commsdesk.io.icalendar_io import write_ics

            write_ics(Path(path), items, name)
            return len(items)
        entries = self.agenda(first, last)  # type: ignore[attr-defined]
        holidays = [(holiday.day, holiday.name) for holiday in self.entered_holidays()]  # type: ignore[attr-defined]
        tick(1, 2)
        if kind == "xlsx":
            from commsdesk.reports.calendar_range_xlsx import write_calendar_workbook

            write_calendar_workbook(Path(path), entries, first, last, language=language, holidays=holidays)
            return len(entries)
        from commsdesk.reports.calendar_week_plan import write_week_plan
        from commsdesk.reports.pdf import Letterhead

        profile = self._office.profile()
        write_week_plan(
            Path(path),
            entries,
            first,
            last,
            letterhead=Letterhead.of(profile, language),
            language=language,
            holidays=holidays,
            prepared_by=profile.officer_name,
        )
        return len(entries)

    def import_ics_file(self, path: Path, progress: Progress | None = None) -> ImportResult:
        """Read an .ics file (Outlook, Google…) into the calendar: new events added, known ones (same UID) updated."""
        from commsdesk.io.icalendar_io import read_ics

        return self.import_ics(read_ics(Path(path)), progress)  # type: ignore[attr-defined]
