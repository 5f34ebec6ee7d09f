"""What every command shares: the parser with translated help and opening the workspace."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from commsdesk.i18n import LANGUAGES, translate

if TYPE_CHECKING:
    from commsdesk.workspace import Workspace


class UsageError(Exception):
    """The command line was written wrong (exit code 2)."""


class Parser(argparse.ArgumentParser):
    """argparse with its complaints turned into one translated sentence instead of its own English and exit."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(translate("Errors", "Wrong usage: {problem}. See: commsdesk --help").format(problem=message))


@dataclass(frozen=True)
class Commands:
    """Where modules add their commands: at the top (`check`), or under `import`, `export` and `report`."""

    top: argparse._SubParsersAction
    imports: argparse._SubParsersAction
    exports: argparse._SubParsersAction
    reports: argparse._SubParsersAction


def build_parser(version: str, modules: Sequence[ModuleType]) -> Parser:
    from commsdesk.error_log import log_path

    parser = Parser(
        prog="commsdesk",
        description=translate("Cli", "The desk of a public-information office. Without a command, opens the window."),
        epilog=translate("Cli", "The details of an unexpected error are written to {log}.").format(log=log_path()),
        formatter_class=argparse.RawDescriptionHelpFormatter,  # a path wrapped at its hyphens is no path
    )
    parser.add_argument("--version", action="version", version=f"commsdesk {version}")
    parser.add_argument("--db", metavar="PATH", help=translate("Cli", "the database file to use"))
    parser.add_argument("--lang", choices=list(LANGUAGES), help=translate("Cli", "the language of messages"))
    parser.add_argument(
        "--debug", action="store_true", help=translate("Cli", "write every detail to the log (commsdesk.log)")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open the window on a new demo database in a temporary folder (or in --db)"),
    )
    top = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    groups = {}
    for name, help_text in (
        ("import", translate("Cli", "read data from a file into the database")),
        ("export", translate("Cli", "write data from the database to a file")),
        ("report", translate("Cli", "print a report")),
    ):
        group = top.add_parser(name, help=help_text, description=help_text)
        groups[name] = group.add_subparsers(dest="what", parser_class=Parser, metavar="WHAT", required=True)
    commands = Commands(top, groups["import"], groups["export"], groups["report"])
    for module in modules:
        module.register(commands)
    return parser


def add_command(group: argparse._SubParsersAction, name: str, help_text: str, handler: Callable) -> Parser:
    """A command in `group` (e.g. `commands.top`, `commands.exports`) whose `handler(args)` returns the exit code."""
    command = group.add_parser(name, help=help_text, description=help_text)
    command.set_defaults(handler=handler)
    return command


@contextmanager
def opened(args: argparse.Namespace, *, demo: bool = False) -> Iterator[Workspace]:
    """The workspace of `--db` (or the default database), closed at the end of the block."""
    from commsdesk.paths import resolve_paths
    from commsdesk.workspace import Workspace

    workspace = Workspace.open(resolve_paths(args.db), demo=demo)
    try:
        yield workspace
    finally:
        workspace.close()
