"""The press-release commands: `export release REF` (PDF or e-mail draft) and `export releases` (XLSX or PDF)."""

from __future__ import annotations

import argparse
from pathlib import Path

from commsdesk.cli.common import Commands, add_command, opened
from commsdesk.errors import UserError
from commsdesk.i18n import current_language, translate
from commsdesk.services.releases import ArchiveQuery, ReleasesService, file_stem


def register(commands: Commands) -> None:
    release = add_command(
        commands.exports,
        "release",
        translate("Cli", "write one press release as PDF or as e-mail drafts (.eml)"),
        run_export_release,
    )
    release.add_argument("reference", metavar="REF", help=translate("Cli", "the release's reference, e.g. 2026/014"))
    release.add_argument(
        "--lang",
        dest="release_language",
        default="all",
        metavar="sq|sr|en|all",
        help=translate("Cli", "which language version (all: every version; one combined PDF or one .eml each)"),
    )
    release.add_argument("--format", choices=["pdf", "eml"], default="pdf", help=translate("Cli", "the file format"))
    release.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("Cli", "e-mail drafts: Bcc the members of this audience group, by name or code (repeatable)"),
    )
    release.add_argument("-o", "--output", required=True, metavar="PATH", help=translate("Cli", "where to write"))

    archive = add_command(
        commands.exports,
        "releases",
        translate("Cli", "write the press-release archive (or one year of it) as XLSX or PDF"),
        run_export_releases,
    )
    archive.add_argument("--year", type=int, metavar="YYYY", help=translate("Cli", "only the releases of this year"))
    archive.add_argument("--format", choices=["xlsx", "pdf"], default="xlsx", help=translate("Cli", "the file format"))
    archive.add_argument("-o", "--output", required=True, metavar="FILE", help=translate("Cli", "where to write"))


def _release_id(service: ReleasesService, reference: str) -> int:
    release_id = service.find_reference(reference)
    if release_id is None:
        raise UserError(translate("Errors", "There is no release {reference}.").format(reference=reference))
    return release_id


def _languages(service: ReleasesService, release_id: int, wanted: str) -> list[str]:
    present = service.detail(release_id).present_languages()
    if wanted == "all":
        return present
    if wanted not in present:
        raise UserError(
            translate("Errors", "The release has no {language} version (it has: {present}).").format(
                language=wanted, present=", ".join(present) or "–"
            )
        )
    return [wanted]


def _bcc_by_language(service: ReleasesService, release_id: int, group_names: list[str]) -> dict[str, list[str]]:
    groups = {group.name.casefold(): group.id for group in service.groups()}
    groups.update({group.code: group.id for group in service.groups() if group.code})
    unknown = [name for name in group_names if name.casefold() not in groups]
    if unknown:
        raise UserError(translate("Errors", "There is no audience group {name}.").format(name=unknown[0]))
    chosen = [groups[name.casefold()] for name in group_names]
    bcc: dict[str, list[str]] = {}
    for recipient in service.recipients(release_id, chosen):
        if recipient.included and recipient.language:
            bcc.setdefault(recipient.language, []).append(recipient.email)
    return bcc


def run_export_release(args: argparse.Namespace) -> int:
    output = Path(args.output).expanduser()
    with opened(args) as workspace:
        service = workspace.services.releases
        release_id = _release_id(service, args.reference)
        languages = _languages(service, release_id, args.release_language)
        stem = file_stem(args.reference)
        if args.format == "pdf":
            target = output / f"{stem}-{args.release_language}.pdf" if output.is_dir() else output
            written = [service.write_pdf(release_id, target.resolve(), languages)]
        else:
            bcc = _bcc_by_language(service, release_id, args.group)
            written = []
            for code in languages:
                if output.is_dir():
                    target = output / f"{stem}-{code}.eml"
                elif len(languages) > 1:
                    target = output.with_name(f"{output.stem}-{code}{output.suffix or '.eml'}")
                else:
                    target = output
                written.append(service.write_email_draft(release_id, code, target.resolve(), bcc.get(code, [])))
    for path in written:
        print(translate("Cli", "Written: {path}").format(path=path))
    return 0


def run_export_releases(args: argparse.Namespace) -> int:
    output = Path(args.output).expanduser().resolve()
    with opened(args) as workspace:
        service = workspace.services.releases
        query = ArchiveQuery(year=args.year, sort="reference", descending=False, display_language=current_language())
        if args.format == "xlsx":
            service.export_archive_xlsx(output, query, current_language())
        else:
            service.export_archive_pdf(output, query, current_language())
    print(translate("Cli", "Written: {path}").format(path=output))
    return 0
