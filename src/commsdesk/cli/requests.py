"""The document-request commands: `import requests FILE` (the old register), `export requests` (the register as
XLSX or CSV) and `report requests` (the report to the Information and Privacy Agency for a year, a quarter or any
range of days, as PDF or XLSX)."""

from __future__ import annotations

import argparse
from calendar import monthrange
from datetime import date
from pathlib import Path

from commsdesk.cli.common import Commands, add_command, opened
from commsdesk.errors import UserError
from commsdesk.i18n import LANGUAGES, current_language, parse_date, translate
from commsdesk.services.requests import RequestFilter
from commsdesk.services.requests.files import EXPORT_KINDS, REPORT_KINDS


def register(commands: Commands) -> None:
    importer = add_command(
        commands.imports,
        "requests",
        translate("RequestsCli", "import the old register of document requests from CSV or XLSX (all rows or none)"),
        run_import,
    )
    importer.add_argument("file", metavar="FILE", help=translate("RequestsCli", "the register file (.csv or .xlsx)"))

    exporter = add_command(
        commands.exports,
        "requests",
        translate("RequestsCli", "write the register of document requests (or one year of it) as XLSX or CSV"),
        run_export,
    )
    exporter.add_argument(
        "--year", type=int, metavar="YYYY", help=translate("RequestsCli", "only the requests received in this year")
    )
    exporter.add_argument(
        "--format", choices=EXPORT_KINDS, help=translate("RequestsCli", "the file format (default: from the file name)")
    )
    exporter.add_argument(
        "-o", "--output", metavar="FILE", required=True, help=translate("RequestsCli", "the file to write")
    )

    report = add_command(
        commands.reports,
        "requests",
        translate("RequestsCli", "the report to the Information and Privacy Agency on document requests"),
        run_report,
    )
    report.add_argument("--year", type=int, metavar="YYYY", help=translate("RequestsCli", "the year of the report"))
    report.add_argument(
        "--quarter", type=int, choices=[1, 2, 3, 4], help=translate("RequestsCli", "one quarter of the year")
    )
    report.add_argument(
        "--from", dest="first", metavar="DD.MM.YYYY", help=translate("RequestsCli", "the first day of a period")
    )
    report.add_argument("--to", dest="last", metavar="DD.MM.YYYY", help=translate("RequestsCli", "its last day"))
    report.add_argument(
        "--format", choices=REPORT_KINDS, help=translate("RequestsCli", "the file format (default: from the file name)")
    )
    report.add_argument(
        "--lang",
        dest="report_language",
        choices=list(LANGUAGES),
        help=translate("RequestsCli", "the report's language"),
    )
    report.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        required=True,
        help=translate("RequestsCli", "the file to write, or a folder (the report is then named after its period)"),
    )


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    with opened(args) as workspace:
        result = workspace.services.requests.import_file(path)
    message = translate("RequestsCli", "Imported {path}: {created} new requests, {unchanged} already in the register.")
    print(message.format(path=path.name, created=result.created, unchanged=result.unchanged))
    return 0


def _kind(args: argparse.Namespace, output: Path, kinds: tuple[str, ...]) -> str:
    kind = args.format or output.suffix.lower().lstrip(".")
    if kind not in kinds:
        raise UserError(
            translate("RequestsCli", "Say which format to write: {choices}.").format(
                choices=" ".join(f"--format {choice}" for choice in kinds)
            )
        )
    return kind


def run_export(args: argparse.Namespace) -> int:
    output = Path(args.output).expanduser().resolve()
    kind = _kind(args, output, EXPORT_KINDS)
    with opened(args) as workspace:
        count = workspace.services.requests.export_file(
            output, kind, RequestFilter(year=args.year), language=current_language()
        )
    print(translate("RequestsCli", "Exported {count} requests to {path}.").format(count=count, path=output))
    return 0


def _day(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as error:
        raise UserError(translate("Errors", "{text} is not a date written dd.MM.yyyy.").format(text=text)) from error


def period(args: argparse.Namespace) -> tuple[date, date]:
    """The report's first and last day from --year [--quarter] or --from/--to."""
    if args.first or args.last:
        if not (args.first and args.last):
            raise UserError(translate("RequestsCli", "Give both --from and --to."))
        if args.year is not None or args.quarter is not None:
            raise UserError(translate("RequestsCli", "Give either --year (and --quarter) or --from and --to."))
        first, last = _day(args.first), _day(args.last)
        if last < first:
            raise UserError(translate("RequestsCli", "The period ends before it begins."))
        return first, last
    if args.year is None:
        raise UserError(translate("RequestsCli", "Say which period to report on: --year, or --from and --to."))
    if not 1900 <= args.year <= 2100:
        raise UserError(translate("RequestsCli", "{year} is not a year commsdesk reports on.").format(year=args.year))
    if args.quarter is None:
        return date(args.year, 1, 1), date(args.year, 12, 31)
    month = 3 * args.quarter
    return date(args.year, month - 2, 1), date(args.year, month, monthrange(args.year, month)[1])


def run_report(args: argparse.Namespace) -> int:
    first, last = period(args)
    output = Path(args.output).expanduser().resolve()
    language = args.report_language or args.lang or current_language()
    with opened(args) as workspace:
        service = workspace.services.requests
        if output.is_dir():
            kind = args.format or "pdf"
            output = output / service.report_file_name(first, last, language, kind)
        else:
            kind = _kind(args, output, REPORT_KINDS)
        written = service.write_report(output, kind, first, last, language)
    print(translate("RequestsCli", "Report written to {path}.").format(path=written))
    return 0
