"""The command line: `commsdesk` opens the GUI; `commsdesk [--db PATH] [--lang sq|sr|en] COMMAND …` scripts it.

A thin front-end over the services. Errors are one sentence on stderr in the chosen language: exit code 1, or 2
for wrong usage; never a traceback (an unexpected error is logged to a file beside the database).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from commsdesk import __version__
from commsdesk.cli import core
from commsdesk.cli.common import UsageError, build_parser
from commsdesk.error_log import log_unexpected
from commsdesk.errors import UserError
from commsdesk.i18n import LANGUAGES, set_language, translate

# Each module adds its sub-commands with `register(subparsers)`; later areas append theirs here.
COMMAND_MODULES = [core]


def _language(argv: Sequence[str]) -> str | None:
    """The --lang value, read before the full parser exists so that its help is translated."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=list(LANGUAGES))
    known, _ = early.parse_known_args(argv)
    return known.lang


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language(argv)
    set_language(language or core.saved_language())
    parser = build_parser(__version__, COMMAND_MODULES)
    try:
        args = parser.parse_args(argv)
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
        log_file = log_unexpected(error)
        print(
            translate("Errors", "commsdesk hit an unexpected error ({error}). Details are in {log}.").format(
                error=type(error).__name__, log=log_file
            ),
            file=sys.stderr,
        )
        return 1
    finally:
        logging.shutdown()
