"""The document-request commands: `import requests FILE` (the old register), `export requests` (the register as
XLSX or CSV) and `report requests` (the report to the Information and Privacy Agency for a year, a quarter or any
range of days, as PDF or XLSX)."""

from __future__ import annotations

import argparse
from pathlib import Path

from commsdesk.cli.common import Commands, opened
from commsdesk.cli.registers import add_register_commands, output_kind
from commsdesk.i18n import current_language, translate
from commsdesk.services.requests import RequestFilter
from commsdesk.services.requests.files import EXPORT_KINDS, REPORT_KINDS


def register(commands: Commands) -> None:
    add_register_commands(
        commands,
        "requests",
        import_help=translate(
            "RequestsCli", "import the old register of document requests from CSV or XLSX (all rows or none)"
        ),
        file_help=translate("RequestsCli", "the register file (.csv or .xlsx)"),
        export_help=translate(
            "RequestsCli", "write the register of document requests (or one year of it) as XLSX or CSV"
        ),
        year_help=translate("RequestsCli", "only the requests received in this year"),
        report_help=translate("RequestsCli", "the report to the Information and Privacy Agency on document requests"),
        run_import=run_import,
        run_export=run_export,
        export_kinds=EXPORT_KINDS,
        report_kinds=REPORT_KINDS,
    )


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    with opened(args) as workspace:
        result = workspace.services.requests.import_file(path)
    message = translate("RequestsCli", "Imported {path}: {created} new requests, {unchanged} already in the register.")
    print(message.format(path=path.name, created=result.created, unchanged=result.unchanged))
    return 0


def run_export(args: argparse.Namespace) -> int:
    output = Path(args.output).expanduser().resolve()
    kind = output_kind(args, output, EXPORT_KINDS)
    with opened(args) as workspace:
        count = workspace.services.requests.export_file(
            output, kind, RequestFilter(year=args.year), language=current_language()
        )
    print(translate("RequestsCli", "Exported {count} requests to {path}.").format(count=count, path=output))
    return 0
