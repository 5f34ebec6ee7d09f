"""What every command shares: the parser with translated help, opening the workspace, the error log."""

from __future__ import annotations

import argparse
import logging
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from commsdesk.i18n import LANGUAGES, translate
from commsdesk.paths import default_data_dir, resolve_paths
from commsdesk.workspace import Workspace


class UsageError(Exception):
    """The command line was written wrong (exit code 2)."""


class Parser(argparse.ArgumentParser):
    """argparse with its complaints turned into one translated sentence instead of its own English and exit."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(translate("Errors", "Wrong usage: {problem}. See: commsdesk --help").format(problem=message))


def build_parser(version: str, modules: Sequence[ModuleType]) -> Parser:
    parser = Parser(
        prog="commsdesk",
        description=translate("Cli", "The desk of a public-information office. Without a command, opens the window."),
    )
    parser.add_argument("--version", action="version", version=f"commsdesk {version}")
    parser.add_argument("--db", metavar="PATH", help=translate("Cli", "the database file to use"))
    parser.add_argument("--lang", choices=list(LANGUAGES), help=translate("Cli", "the language of messages"))
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open the window on a new demo database in a temporary folder (or in --db)"),
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for module in modules:
        module.register(commands)
    return parser


def add_command(commands: argparse._SubParsersAction, name: str, help_text: str, handler: Callable) -> Parser:
    """A sub-command whose `handler(args)` returns the exit code."""
    command = commands.add_parser(name, help=help_text, description=help_text)
    command.set_defaults(handler=handler)
    return command


@contextmanager
def opened(args: argparse.Namespace, *, demo: bool = False) -> Iterator[Workspace]:
    """The workspace of `--db` (or the default database), closed at the end of the block."""
    workspace = Workspace.open(resolve_paths(args.db), demo=demo)
    try:
        yield workspace
    finally:
        workspace.close()


def log_unexpected(error: BaseException) -> Path:
    """Append the traceback of a bug to the log file in the data folder (or the temporary folder)."""
    try:
        folder = default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir())
    log_file = folder / "commsdesk-errors.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logger = logging.getLogger("commsdesk.errors")
    logger.addHandler(handler)
    logger.error("".join(traceback.format_exception(error)))
    logger.removeHandler(handler)
    handler.close()
    return log_file
