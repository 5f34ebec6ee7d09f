"""Imports within bounds: the peak memory of importing every contact of the generated database from CSV, XLSX and
vCard, and of refusing a 1 GB file of each kind, each in a fresh process against one that reads no file."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.context import Context
from benchmarks.harness import Result, Stats
from commsdesk.io.contacts_export import export_writer
from commsdesk.paths import resolve_paths
from commsdesk.services.contacts import ExportScope
from commsdesk.workspace import Workspace

GIB = 1024**3
_databases = itertools.count()
IMPORTED_GOAL_MIB = 600  # above the reference, for 50,000 contacts
REFUSED_GOAL_MIB = 10  # above the reference: a refused file is never read
# The start of each kind of file; the rest of its gigabyte is a hole in the file (sparse), made in a moment.
HUGE = {
    "contacts CSV": ("contacts", "huge.csv", b"Given name,Family name,E-mail,Notes\r\nDrita,Gashi,d@x.example,"),
    "contacts XLSX": ("contacts", "huge.xlsx", b"PK\x03\x04"),
    "contacts vCard": ("contacts", "huge.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Drita Gashi\r\nNOTE:"),
    "calendar .ics": ("calendar", "huge.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDESCRIPTION:"),
    "plan CSV": ("plan", "huge-plan.csv", b"objective,objective_title,kind,activity\r\n1,"),
}


def _probe(context: Context, kind: str, file: Path) -> dict:
    """Peak memory, time and outcome of one import into a new empty database, in a fresh process."""
    database = resolve_paths(context.scratch / "imports" / f"db-{next(_databases)}" / "commsdesk.sqlite")
    Workspace.open(database).close()
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.import_probe", kind, str(file), str(database.database)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"the import probe failed ({completed.returncode}): {completed.stderr[-2000:]}")
    return json.loads(next(line for line in completed.stdout.splitlines() if line.startswith("{")))


def _huge(context: Context, name: str, start: bytes) -> Path:
    """A 1 GB file in the cache folder that takes no room on disk: its start, then a hole."""
    path = context.database.parent / name
    path.write_bytes(start)
    os.truncate(path, GIB)
    return path


def run(context: Context) -> list[Result]:
    (context.scratch / "imports").mkdir(exist_ok=True)
    workspace = Workspace.open(resolve_paths(context.database))
    files = {}
    try:
        for fmt, name in (("csv", "CSV"), ("xlsx", "XLSX"), ("vcf", "vCard")):
            files[name] = context.scratch / "imports" / f"contacts.{fmt}"
            workspace.services.contacts.export(ExportScope(), export_writer(fmt, files[name], "sq"))
    finally:
        workspace.close()
    # Peak memory hardly varies between runs: one probe of each, the reference taking turns with them.
    runs = max(1, context.repeat // 3)
    reference: list[float] = []
    results = []
    count = context.sizes["contacts"]
    for name, path in files.items():
        measured = []
        for _ in range(runs):
            reference.append(_probe(context, "none", path)["peak_rss_mib"])
            found = _probe(context, "contacts", path)
            if found["outcome"].startswith("refused"):
                raise RuntimeError(f"importing {path.name} failed: {found['outcome']}")
            measured.append(found["peak_rss_mib"])
        result = Result(
            f"import memory, {name}",
            f"peak RSS importing {count:,} contacts from {name} ({path.stat().st_size / 2**20:.1f} MiB)",
            f"≤ reference + {IMPORTED_GOAL_MIB} MiB",
            unit="MiB",
            measured=Stats(measured),
        )
        result.extra["seconds"] = found["seconds"]
        results.append(result)
    for name, (kind, file, start) in HUGE.items():
        path = _huge(context, file, start)
        found = _probe(context, kind, path)
        if not found["outcome"].startswith("refused"):
            raise RuntimeError(f"a 1 GB {name} file was not refused: {found['outcome']}")
        result = Result(
            f"refusing 1 GB, {name}",
            f"peak RSS refusing a 1 GB {name} file",
            f"≤ reference + {REFUSED_GOAL_MIB} MiB",
            unit="MiB",
            measured=Stats([found["peak_rss_mib"]]),
        )
        result.note = found["outcome"]
        results.append(result)
    baseline = Stats(reference)
    for result in results:
        result.reference = baseline
        result.reference_what = "the same process with the database open and the readers' libraries loaded"
        goal = REFUSED_GOAL_MIB if result.case.startswith("refusing") else IMPORTED_GOAL_MIB
        result.passed = result.measured.median <= baseline.median + goal
        result.extra["difference_mib"] = result.measured.median - baseline.median
    return results
