"""The journalists' enquiries commands: `import enquiries FILE` (a list of enquiries, CSV or XLSX), `export
enquiries` (the register as XLSX or CSV) and `report enquiries` (the report for a year, a quarter or any range of
days, as PDF or XLSX)."""

from __future__ import annotations

import argparse
from pathlib import Path

from commsdesk.cli.common import Commands, opened
from commsdesk.cli.registers import add_register_commands, output_kind
from commsdesk.i18n import current_language, translate
from commsdesk.services.enquiries import EnquiryFilter
from commsdesk.services.enquiries.files import EXPORT_KINDS, REPORT_KINDS


def register(commands: Commands) -> None:
    add_register_commands(
        commands,
        "enquiries",
        import_help=translate("EnquiriesCli", "import journalists' enquiries from CSV or XLSX (all rows or none)"),
        file_help=translate("EnquiriesCli", "the file (.csv or .xlsx)"),
        export_help=translate(
            "EnquiriesCli", "write the register of journalists' enquiries (or one year of it) as XLSX or CSV"
        ),
        year_help=translate("EnquiriesCli", "only the enquiries received in this year"),
        report_help=translate("EnquiriesCli", "the report on journalists' enquiries for a year, a quarter or a period"),
        run_import=run_import,
        run_export=run_export,
        export_kinds=EXPORT_KINDS,
        report_kinds=REPORT_KINDS,
    )


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    with opened(args) as workspace:
        result = workspace.services.enquiries.import_file(path)
    message = translate(
        "EnquiriesCli", "Imported {path}: {created} new enquiries, {unchanged} already in the register."
    )
    print(message.format(path=path.name, created=result.created, unchanged=result.unchanged))
    return 0


def run_export(args: argparse.Namespace) -> int:
    output = Path(args.output).expanduser().resolve()
    kind = output_kind(args, output, EXPORT_KINDS)
    with opened(args) as workspace:
        count = workspace.services.enquiries.export_file(
            output, kind, EnquiryFilter(year=args.year), language=current_language()
        )
    print(translate("EnquiriesCli", "Exported {count} enquiries to {path}.").format(count=count, path=output))
    return 0
