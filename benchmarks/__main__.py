"""`python -m benchmarks [--quick] [--only CASE…]`: measure, print the table, write benchmarks/results.json."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREAS = ["startup", "contacts", "imports", "calendar", "releases", "plan", "requests", "enquiries"]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a few hundred records, one repetition (CI)")
    parser.add_argument("--repeat", type=int, help="measured repetitions (default 5, quick 1)")
    parser.add_argument("--only", nargs="+", choices=AREAS, help="run only these areas")
    parser.add_argument("--cache", type=Path, default=HERE / "cache", help="where the generated database is kept")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args()

    # Headless, and the user's settings and data folders untouched.
    home = tempfile.mkdtemp(prefix="commsdesk-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = home

    import importlib

    from benchmarks.context import Context
    from benchmarks.generate import FULL, QUICK, generated
    from benchmarks.harness import print_table, write_json
    from commsdesk.i18n import set_language

    set_language("en")
    sizes = QUICK if args.quick else FULL
    database = generated(args.cache, args.quick)
    scratch = Path(tempfile.mkdtemp(prefix="commsdesk-bench-files-"))
    context = Context(database, scratch, args.repeat or (1 if args.quick else 5), args.quick, sizes)
    results = []
    started = time.perf_counter()
    for area in args.only or AREAS:
        print(f"… {area}", flush=True)
        results += importlib.import_module(f"benchmarks.cases.{area}").run(context)
    print()
    print_table(results)
    meta = {
        "quick": args.quick,
        "sizes": sizes,
        "repeat": context.repeat,
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "seconds": round(time.perf_counter() - started, 1),
    }
    write_json(args.output, results, meta)
    print(f"\nwritten {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
