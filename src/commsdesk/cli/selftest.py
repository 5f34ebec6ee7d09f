"""`commsdesk selftest`: one line per check, ok or failed; exit code 0 only when every check passed."""

from __future__ import annotations

import argparse
import sys

from commsdesk.cli.common import Commands, add_command
from commsdesk.i18n import translate
from commsdesk.selftest import describe_installation, run_checks


def register(commands: Commands) -> None:
    command = add_command(
        commands.top,
        "selftest",
        translate(
            "SelfTest",
            "check that this installation works: database, PDF, Excel, translations, time zones (writes only to a "
            "temporary folder)",
        ),
        run_selftest,
    )
    command.add_argument(
        "--verbose", action="store_true", help=translate("SelfTest", "show the details of each failure")
    )


def run_selftest(args: argparse.Namespace) -> int:
    if hasattr(sys.stdout, "reconfigure"):  # redirected to a file on Windows (cp1252): đ and → must not end the run
        sys.stdout.reconfigure(errors="backslashreplace")
    ok_word, failed_word = translate("SelfTest", "ok"), translate("SelfTest", "failed")
    width = max(len(ok_word), len(failed_word)) + 2
    print(describe_installation(), flush=True)
    count = failures = 0
    for result in run_checks():
        count += 1
        failures += not result.ok
        status = ok_word if result.ok else failed_word
        print(f"{status:<{width}}{result.name}: {result.detail}", flush=True)
        if not result.ok and args.verbose:
            print(result.trace, file=sys.stderr, flush=True)
    if failures:
        print(translate("SelfTest", "{failed} of {count} checks failed.").format(failed=failures, count=count))
        return 1
    print(translate("SelfTest", "All {count} checks passed.").format(count=count))
    return 0
