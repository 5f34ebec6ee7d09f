"""The calendar's commands: export a date range (week plan PDF, XLSX, .ics), import an .ics; and what is due in every
register."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from commsdesk.cli.common import Commands, add_command, opened
from commsdesk.domain.notifications import due_bucket
from commsdesk.errors import UserError
from commsdesk.i18n import LANGUAGES, current_language, format_date, parse_date, translate
from commsdesk.services.calendar.files import FORMATS

MAX_DUE_DAYS = 3660  # ten years ahead


def register(commands: Commands) -> None:
    export = add_command(
        commands.exports,
        "calendar",
        translate("Cli", "write the calendar of a date range: week plan (PDF), workbook (XLSX) or iCalendar (ICS)"),
        run_export,
    )
    export.add_argument(
        "--from", dest="first", metavar="DD.MM.YYYY", required=True, help=translate("Cli", "the first day")
    )
    export.add_argument("--to", dest="last", metavar="DD.MM.YYYY", required=True, help=translate("Cli", "the last day"))
    export.add_argument("--format", choices=FORMATS, help=translate("Cli", "the file format (default: from FILE)"))
    export.add_argument(
        "--lang", dest="report_language", choices=list(LANGUAGES), help=translate("Cli", "the report's language")
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True, help=translate("Cli", "the file to write"))

    imported = add_command(
        commands.imports, "calendar", translate("Cli", "import events from an iCalendar (.ics) file"), run_import
    )
    imported.add_argument("file", metavar="FILE.ics", help=translate("Cli", "the .ics file (Outlook, Google…)"))

    due = add_command(
        commands.top,
        "due",
        translate("Cli", "list what is due: media notifications and the deadlines of document requests"),
        run_due,
    )
    due.add_argument(
        "--days",
        type=int,
        default=7,
        metavar="N",
        help=translate("Cli", "also what is due in the next N days (default 7)"),
    )


def _day(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as error:
        raise UserError(translate("Cli", "{text} is not a date; write it as DD.MM.YYYY.").format(text=text)) from error


def run_export(args: argparse.Namespace) -> int:
    first, last = _day(args.first), _day(args.last)
    if last < first:
        raise UserError(translate("Cli", "The last day comes before the first day."))
    output = Path(args.output).expanduser().resolve()
    kind = args.format or output.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise UserError(translate("Cli", "Say which format to write: --format pdf, xlsx or ics."))
    language = args.report_language or current_language()
    with opened(args) as workspace:
        count = workspace.services.calendar.export_range(output, first, last, kind, language)
    print(translate("Cli", "Wrote {count} events to {path}.").format(count=count, path=output))
    return 0


def run_import(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        result = workspace.services.calendar.import_ics_file(Path(args.file).expanduser())
    print(
        translate("Cli", "Imported {created} new events and updated {updated}.").format(
            created=result.created, updated=result.updated
        )
    )
    for problem in result.skipped:
        print(translate("Cli", "Not imported as it was: {problem}").format(problem=problem))
    return 0


def run_due(args: argparse.Namespace) -> int:
    if not 0 <= args.days <= MAX_DUE_DAYS:
        raise UserError(translate("Cli", "--days must be between 0 and {most}.").format(most=MAX_DUE_DAYS))
    with opened(args) as workspace:
        due = workspace.services.due
        today = due.today()
        items = due.items(until=today + timedelta(days=args.days))
    if not items:
        print(translate("Cli", "Nothing is due."))
        return 0
    heading = None
    for item in items:
        bucket = due_bucket(item.due_on, today)
        if bucket != heading:
            heading = bucket
            print(f"{bucket.label()}:")
        print(f"  {format_date(item.due_on)}  {item.action} — {item.title} ({item.when})")
    return 0
