"""`commsdesk import contacts FILE …` and `commsdesk export contacts --format … -o FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from commsdesk.cli.common import Commands, add_command, opened
from commsdesk.domain.contacts import OnDuplicate, audience_of_name
from commsdesk.domain.text import fold
from commsdesk.errors import UserError
from commsdesk.i18n import current_language, translate
from commsdesk.io.contacts_export import FORMATS
from commsdesk.reports.contacts_list import GROUP_BY
from commsdesk.services.contacts import ContactFilter, ExportScope, rejection_message


def register(commands: Commands) -> None:
    importer = add_command(
        commands.imports,
        "contacts",
        translate("ContactsCli", "import contacts from CSV, XLSX or vCard (all rows or none)"),
        run_import,
    )
    importer.add_argument("file", metavar="FILE", help=translate("ContactsCli", "the file to import"))
    importer.add_argument(
        "--group", metavar="NAME", help=translate("ContactsCli", "also put the contacts in this group")
    )
    importer.add_argument(
        "--on-duplicate",
        choices=[choice.value for choice in OnDuplicate],
        default=OnDuplicate.SKIP.value,
        help=translate("ContactsCli", "what to do with a row whose e-mail or phone is already known (default: skip)"),
    )
    importer.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("ContactsCli", "import the valid rows and list the rejected ones, instead of importing nothing"),
    )
    importer.add_argument("--encoding", help=translate("ContactsCli", "the CSV file's encoding (default: detected)"))
    importer.add_argument(
        "--delimiter", choices=[",", ";", "tab"], help=translate("ContactsCli", "the CSV separator (default: detected)")
    )
    exporter = add_command(
        commands.exports, "contacts", translate("ContactsCli", "export contacts to XLSX, CSV, vCard or PDF"), run_export
    )
    exporter.add_argument("--group", metavar="NAME", help=translate("ContactsCli", "only the contacts of this group"))
    exporter.add_argument("--format", choices=FORMATS, required=True, help=translate("ContactsCli", "the file format"))
    exporter.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help=translate("ContactsCli", "the file to write (for vcf, a folder gets one file per contact)"),
    )
    exporter.add_argument(
        "--delimiter", choices=[",", ";"], default=",", help=translate("ContactsCli", "the CSV separator")
    )
    exporter.add_argument(
        "--group-by", choices=GROUP_BY, default="group", help=translate("ContactsCli", "how the PDF list is grouped")
    )


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    with opened(args) as workspace:
        service = workspace.services.contacts
        source = service.open_import(path, encoding=args.encoding, delimiter=delimiter)
        report = service.import_contacts(
            source.rows(),
            on_duplicate=OnDuplicate(args.on_duplicate),
            group=args.group,
            skip_invalid=args.skip_invalid,
        )
    print(translate("ContactsCli", "Imported {path}: {summary}.").format(path=path.name, summary=report.summary()))
    if report.rejected:
        print(rejection_message(report.rejected, imported=True), file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    path = Path(args.output).expanduser()
    language = current_language()
    with opened(args) as workspace:
        service = workspace.services.contacts
        contact_filter = ContactFilter()
        description = ""
        if args.group:
            found = _group_named(service.groups(), args.group)
            if found is None:
                raise UserError(translate("ContactsCli", "There is no group called “{name}”.").format(name=args.group))
            contact_filter = ContactFilter(group_id=found.id)
            description = translate("ContactsCli", "Group: {name}.").format(name=found.name)
        count = service.export_file(
            path,
            args.format,
            language,
            ExportScope(contact_filter),
            delimiter=args.delimiter,
            group_by=args.group_by,
            description=description,
        )
    print(translate("ContactsCli", "Exported {count} contacts to {path}.").format(count=count, path=path))
    return 0


def _group_named(groups, name: str):
    """The group called `name` (case and accents aside), or the audience so named in any language (`media`)."""
    wanted = fold(name)
    found = next((group for group in groups if fold(group.name) == wanted), None)
    if found is None:
        code = audience_of_name(name)
        found = next((group for group in groups if code and group.code == code), None)
    return found
