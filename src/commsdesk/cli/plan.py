"""The action plan's commands: import a plan, print its status report, export the empty template."""

from __future__ import annotations

import argparse
from pathlib import Path

from commsdesk.cli.common import Commands, add_command, opened
from commsdesk.errors import UserError
from commsdesk.i18n import LANGUAGES, current_language, format_money, parse_date, translate
from commsdesk.services.plan.files import FORMATS, read_plan_file, write_plan_template


def register(commands: Commands) -> None:
    plan = add_command(
        commands.imports, "plan", translate("Cli", "import an annual action plan from CSV or XLSX"), run_import
    )
    plan.add_argument("file", metavar="FILE", help=translate("Cli", "the plan file (.csv or .xlsx)"))
    plan.add_argument("--year", type=int, required=True, help=translate("Cli", "the year of the plan"))
    plan.add_argument("--strategy", metavar="NAME", help=translate("Cli", "the strategy the plan belongs to"))
    plan.add_argument(
        "--replace", action="store_true", help=translate("Cli", "replace the year's plan if it already exists")
    )

    report = add_command(
        commands.reports, "plan", translate("Cli", "the action plan's annual or quarterly status report"), run_report
    )
    report.add_argument("--year", type=int, required=True, help=translate("Cli", "the year of the plan"))
    report.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help=translate("Cli", "a quarterly report"))
    report.add_argument("--as-of", metavar="DD.MM.YYYY", help=translate("Cli", "the day the status is shown as of"))
    report.add_argument("--format", choices=FORMATS, help=translate("Cli", "the file format"))
    report.add_argument(
        "--lang", dest="report_language", choices=list(LANGUAGES), help=translate("Cli", "the report's language")
    )
    report.add_argument("-o", "--output", metavar="FILE", required=True, help=translate("Cli", "the file to write"))

    template = add_command(
        commands.exports, "plan-template", translate("Cli", "write the empty action-plan template (XLSX)"), run_template
    )
    template.add_argument("-o", "--output", metavar="FILE", required=True, help=translate("Cli", "the file to write"))


def _output(args: argparse.Namespace) -> Path:
    return Path(args.output).expanduser().resolve()


def run_import(args: argparse.Namespace) -> int:
    rows = read_plan_file(Path(args.file).expanduser())
    with opened(args) as workspace:
        service = workspace.services.plan
        plan_id = service.import_plan(
            None, args.year, rows, strategy_name=args.strategy, language=current_language(), replace=args.replace
        )
        rollup = service.snapshot(plan_id).rollup()
        objectives = len({row.objective for row in rows})
    print(
        translate(
            "Cli",
            "Imported the plan of {year}: {objectives} objectives, {specific} specific and {recurring} recurring "
            "activities, {planned} planned.",
        ).format(
            year=args.year,
            objectives=objectives,
            specific=rollup.specific,
            recurring=rollup.recurring,
            planned=format_money(rollup.planned_cents, current_language()),
        )
    )
    return 0


def run_report(args: argparse.Namespace) -> int:
    output = _output(args)
    kind = args.format or output.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise UserError(translate("Cli", "Say which format to write: --format pdf or --format xlsx."))
    as_of = None
    if args.as_of:
        try:
            as_of = parse_date(args.as_of)
        except ValueError as error:
            raise UserError(
                translate("Errors", "{text} is not a date written dd.MM.yyyy.").format(text=args.as_of)
            ) from error
    language = args.report_language or args.lang or current_language()
    with opened(args) as workspace:
        workspace.services.plan.write_report(output, args.year, kind, language, quarter=args.quarter, as_of=as_of)
    print(translate("Cli", "Report written to {path}.").format(path=output))
    return 0


def run_template(args: argparse.Namespace) -> int:
    output = _output(args)
    write_plan_template(output)
    print(translate("Cli", "Template written to {path}.").format(path=output))
    return 0
