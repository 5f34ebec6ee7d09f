"""What the registers' commands share (`export requests`, `report enquiries`…): their options for a year, a quarter
or a range of days, a format and a file or folder to write, and reading those options back as a period and a kind.

A report command's handler is `report_handler(area)`: it asks the area's service (`workspace.services.<area>`) for
`report_file_name` when the output is a folder, and for `write_report`, as the window does.
"""

from __future__ import annotations

import argparse
from calendar import monthrange
from collections.abc import Callable
from datetime import date
from pathlib import Path

from commsdesk.cli.common import Commands, add_command, opened
from commsdesk.errors import UserError
from commsdesk.i18n import LANGUAGES, current_language, parse_date, translate


def add_register_commands(
    commands: Commands,
    area: str,
    *,
    import_help: str,
    file_help: str,
    export_help: str,
    year_help: str,
    report_help: str,
    run_import: Callable[[argparse.Namespace], int],
    run_export: Callable[[argparse.Namespace], int],
    export_kinds: tuple[str, ...],
    report_kinds: tuple[str, ...],
) -> None:
    """`import <area> FILE`, `export <area>` (with `add_export_options`) and `report <area>` (with
    `add_report_options`, handled by `report_handler(area)`); the helps are translated by the register's module."""
    importer = add_command(commands.imports, area, import_help, run_import)
    importer.add_argument("file", metavar="FILE", help=file_help)

    exporter = add_command(commands.exports, area, export_help, run_export)
    add_export_options(exporter, export_kinds, year_help)

    report = add_command(commands.reports, area, report_help, report_handler(area, report_kinds))
    add_report_options(report, report_kinds)


def add_export_options(command: argparse.ArgumentParser, kinds: tuple[str, ...], year_help: str) -> None:
    """`--year YYYY`, `--format` (one of `kinds`) and `-o FILE`."""
    command.add_argument("--year", type=int, metavar="YYYY", help=year_help)
    command.add_argument(
        "--format", choices=kinds, help=translate("Cli", "the file format (default: from the file name)")
    )
    command.add_argument("-o", "--output", metavar="FILE", required=True, help=translate("Cli", "the file to write"))


def add_report_options(command: argparse.ArgumentParser, kinds: tuple[str, ...]) -> None:
    """`--year YYYY [--quarter N]` or `--from DD.MM.YYYY --to DD.MM.YYYY`, `--format`, `--lang` and `-o PATH`."""
    command.add_argument("--year", type=int, metavar="YYYY", help=translate("Cli", "the year of the report"))
    command.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help=translate("Cli", "one quarter of the year"))
    command.add_argument(
        "--from", dest="first", metavar="DD.MM.YYYY", help=translate("Cli", "the first day of a period")
    )
    command.add_argument("--to", dest="last", metavar="DD.MM.YYYY", help=translate("Cli", "its last day"))
    command.add_argument(
        "--format", choices=kinds, help=translate("Cli", "the file format (default: from the file name)")
    )
    command.add_argument(
        "--lang", dest="report_language", choices=list(LANGUAGES), help=translate("Cli", "the report's language")
    )
    command.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        required=True,
        help=translate("Cli", "the file to write, or a folder (the report is then named after its period)"),
    )


def output_kind(args: argparse.Namespace, output: Path, kinds: tuple[str, ...]) -> str:
    """The format to write: `--format`, or the output's extension if it is one of `kinds`."""
    kind = args.format or output.suffix.lower().lstrip(".")
    if kind not in kinds:
        raise UserError(
            translate("Cli", "Say which format to write: {choices}.").format(
                choices=" ".join(f"--format {choice}" for choice in kinds)
            )
        )
    return kind


def _day(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as error:
        raise UserError(translate("Errors", "{text} is not a date written dd.MM.yyyy.").format(text=text)) from error


def report_period(args: argparse.Namespace) -> tuple[date, date]:
    """The report's first and last day from --year [--quarter] or --from/--to."""
    if args.first or args.last:
        if not (args.first and args.last):
            raise UserError(translate("Cli", "Give both --from and --to."))
        if args.year is not None or args.quarter is not None:
            raise UserError(translate("Cli", "Give either --year (and --quarter) or --from and --to."))
        first, last = _day(args.first), _day(args.last)
        if last < first:
            raise UserError(translate("Cli", "The period ends before it begins."))
        return first, last
    if args.year is None:
        raise UserError(translate("Cli", "Say which period to report on: --year, or --from and --to."))
    if not 1900 <= args.year <= 2100:
        raise UserError(translate("Cli", "{year} is not a year commsdesk reports on.").format(year=args.year))
    if args.quarter is None:
        return date(args.year, 1, 1), date(args.year, 12, 31)
    month = 3 * args.quarter
    return date(args.year, month - 2, 1), date(args.year, month, monthrange(args.year, month)[1])


def report_handler(area: str, kinds: tuple[str, ...]) -> Callable[[argparse.Namespace], int]:
    """The handler of `report <area>`: the period's report from `workspace.services.<area>`, to a file or into a
    folder under the name the service gives it."""

    def run(args: argparse.Namespace) -> int:
        first, last = report_period(args)
        output = Path(args.output).expanduser().resolve()
        language = args.report_language or args.lang or current_language()
        with opened(args) as workspace:
            service = getattr(workspace.services, area)
            if output.is_dir():
                kind = args.format or kinds[0]
                output = output / service.report_file_name(first, last, language, kind)
            else:
                kind = output_kind(args, output, kinds)
            written = service.write_report(output, kind, first, last, language)
        print(translate("Cli", "Report written to {path}.").format(path=written))
        return 0

    return run
