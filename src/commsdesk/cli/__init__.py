"""The command line: `commsdesk` opens the GUI; `commsdesk [--db PATH] [--lang sq|sr|en] COMMAND …` scripts it.

A thin front-end over the services. Errors are one sentence on stderr in the chosen language: exit code 1, or 2
for wrong usage; never a traceback (an unexpected error is logged to `commsdesk-errors.log` in the per-user
data folder, whichever database `--db` names, see `error_log`).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from commsdesk import __version__
from commsdesk.cli.common import UsageError, build_parser
from commsdesk.errors import UserError
from commsdesk.i18n import LANGUAGES, set_language, translate

# The modules `commsdesk.cli.<name>` that add commands with `register(commands)`; a new area appends its name.
# They are imported only when a command is given, so that plain `commsdesk` starts the window without them.
COMMAND_MODULES = ["core", "contacts", "calendar", "plan", "releases", "requests", "enquiries", "selftest"]


def _early(argv: Sequence[str]) -> tuple[argparse.Namespace, bool]:
    """The options before any command, and whether the line is just a window start (no command, nothing odd).

    Only the options before the command count: a command may have a `--lang` of its own (`export release`).
    """
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    early.add_argument("--db")
    early.add_argument("--demo", action="store_true")
    early.add_argument("--debug", action="store_true")
    early.add_argument("command", nargs=argparse.REMAINDER)
    known, unknown = early.parse_known_args(argv)
    if known.lang not in LANGUAGES:
        known.lang = None
    window_only = not known.command and not unknown and (known.lang is not None or "--lang" not in argv)
    return known, window_only


def _saved_language() -> str:
    """The language saved by the GUI, so that the command line speaks the same one."""
    from commsdesk.settings import Settings

    return Settings().language()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a file or pipe on Windows is cp1252: never crash on đ, print `?`
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    early, window_only = _early(argv)
    language = early.lang
    set_language(language or _saved_language())
    from commsdesk import logs
    from commsdesk.paths import default_data_dir

    logs.configure(default_data_dir(), debug=early.debug)
    logging.getLogger("commsdesk").info("commsdesk %s: %s", __version__, " ".join(argv) or "window")
    try:
        if window_only:
            from commsdesk.app import run_gui

            return run_gui(database=early.db, language=language, demo=early.demo)
        modules = [importlib.import_module(f"commsdesk.cli.{name}") for name in COMMAND_MODULES]
        args = build_parser(__version__, modules).parse_args(argv)
        if getattr(args, "handler", None) is None:
            from commsdesk.app import run_gui

            return run_gui(database=args.db, language=language, demo=args.demo)
        return args.handler(args)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    except UserError as error:
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(translate("Errors", "Interrupted."), file=sys.stderr)
        return 1
    except Exception as error:  # a bug: one sentence for the user, the traceback for us
        from commsdesk.error_log import unexpected_error_message

        print(unexpected_error_message(error), file=sys.stderr)
        return 1
    finally:
        logging.shutdown()
