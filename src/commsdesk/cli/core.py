"""The database commands: init, backup, check."""

from __future__ import annotations

import argparse
from pathlib import Path

from commsdesk.cli.common import Commands, add_command, opened
from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.paths import resolve_paths
from commsdesk.services.backups import (
    backup_now,
    backup_to,
    check_file,
    head_revision,
    is_sqlite_file,
    known_revisions,
    stored_revision,
)


def register(commands: Commands) -> None:
    init = add_command(commands.top, "init", translate("Cli", "create or upgrade the database and exit"), run_init)
    init.add_argument("--demo", action="store_true", help=translate("Cli", "fill a new database with demo content"))
    backup = add_command(
        commands.top, "backup", translate("Cli", "write a verified backup of the database"), run_backup
    )
    backup.add_argument("-o", "--output", metavar="FILE", help=translate("Cli", "where to write the backup"))
    add_command(commands.top, "check", translate("Cli", "check the database's integrity and schema"), run_check)


def run_init(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.db)
    if args.demo and paths.database.exists() and paths.database.stat().st_size > 0:
        raise UserError(
            translate("Errors", "{path} already exists; demo content only goes into a new database.").format(
                path=paths.database
            )
        )
    with opened(args, demo=args.demo) as workspace:
        result = workspace.migration
        if result.created:
            print(translate("Cli", "Created {path}.").format(path=paths.database))
        elif result.backup:
            print(
                translate("Cli", "Upgraded {path}; the previous version is saved as {backup}.").format(
                    path=paths.database, backup=result.backup
                )
            )
        else:
            print(translate("Cli", "{path} is up to date.").format(path=paths.database))
    return 0


def _existing_database(args: argparse.Namespace) -> Path:
    path = resolve_paths(args.db).database
    if not path.exists():
        raise UserError(translate("Errors", "The database {path} does not exist.").format(path=path))
    return path


def run_backup(args: argparse.Namespace) -> int:
    path = _existing_database(args)
    if args.output:
        target = backup_to(path, Path(args.output).expanduser().resolve())
    else:
        target = backup_now(path, resolve_paths(args.db).backups)
    print(translate("Cli", "Backup written to {path}.").format(path=target))
    return 0


def run_check(args: argparse.Namespace) -> int:
    path = _existing_database(args)
    if path.is_dir():
        raise UserError(translate("Errors", "{path} is a folder, not a database file.").format(path=path))
    print(translate("Cli", "Database: {path}").format(path=path))
    if path.stat().st_size == 0:
        print(translate("Cli", "Result: the file is empty (0 bytes); it holds no data."))
        return 1
    if not is_sqlite_file(path):
        print(translate("Cli", "Result: this is not a commsdesk database."))
        return 1
    report = check_file(path)
    if not report.ok:
        for problem in report.problems:
            print(translate("Cli", "Damage: {problem}").format(problem=problem))
        if report.foreign_key_violations:
            print(translate("Cli", "Broken references: {count}").format(count=report.foreign_key_violations))
        print(translate("Cli", "Result: the database is damaged."))
        return 1
    revision, head = stored_revision(path), head_revision()
    print(translate("Cli", "Integrity: ok"))
    if report.interrupted_change:
        print(translate("Cli", "A change was interrupted; commsdesk undoes it when it next opens the file."))
    if revision is None:
        print(translate("Cli", "Result: the file holds no commsdesk data yet."))
        return 1
    if revision not in known_revisions():
        print(translate("Cli", "Result: the database was written by a newer version of commsdesk."))
        return 1
    print(
        translate("Cli", "Schema: {revision} (this version of commsdesk: {head})").format(revision=revision, head=head)
    )
    if revision != head:
        print(translate("Cli", "Result: the database needs an upgrade; it happens when commsdesk opens it."))
        return 0
    print(translate("Cli", "Result: the database is healthy."))
    return 0
