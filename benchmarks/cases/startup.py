"""Cold start and memory of the GUI, each in a fresh process, against a bare PySide6 window."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.context import Context
from benchmarks.harness import Result, Stats


def _own_copy(context: Context) -> Path:
    """A copy of the generated database for the GUI processes: the window may write to its file (the calendar's
    notification tasks, for one), and nobody else must hold the copy's lock."""
    folder = context.scratch / "startup"
    folder.mkdir(exist_ok=True)
    target = folder / "commsdesk.sqlite"
    if not target.exists():
        source, copy = sqlite3.connect(context.database), sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            source.close()
            copy.close()
    return target


def _probe(mode: str, context: Context) -> tuple[float, float]:
    """(seconds from process start to the measured paint, peak RSS in MiB) of one fresh probe process."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, QT_QPA_PLATFORM="offscreen")
        # An installed commsdesk runs compiled bytecode: let the warm-up compile it (into the cache folder, not
        # the source tree) even where PYTHONDONTWRITEBYTECODE is set, as it is on the development machine.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(context.database.parent / "pycache")
        started = time.time()
        completed = subprocess.run(
            [sys.executable, "-m", "benchmarks.probe", mode, str(_own_copy(context))],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    if completed.returncode != 0:
        raise RuntimeError(f"the {mode} probe failed ({completed.returncode}): {completed.stderr[-2000:]}")
    line = next(line for line in completed.stdout.splitlines() if line.startswith("{"))
    payload = json.loads(line)
    return payload["painted_at"] - started, payload["peak_rss_mib"]


MODES = ("bare", "window", "data", "visit")


def _series(context: Context) -> dict[str, tuple[Stats, Stats]]:
    """(times, peak memory) of each mode. The probes take turns, one of each per round, so that the machine's drift
    over the minutes of the run falls on the reference as much as on commsdesk (in series, it did not)."""
    for mode in MODES:
        _probe(mode, context)  # warm-up: the file cache, the .pyc files
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    memory: dict[str, list[float]] = {mode: [] for mode in MODES}
    for _ in range(context.repeat):
        for mode in MODES:
            seconds, rss = _probe(mode, context)
            times[mode].append(seconds)
            memory[mode].append(rss)
    return {mode: (Stats(times[mode]), Stats(memory[mode])) for mode in MODES}


def run(context: Context) -> list[Result]:
    series = _series(context)
    bare_time, bare_memory = series["bare"]
    window_time, data_time, visit_memory = series["window"][0], series["data"][0], series["visit"][1]
    window = Result(
        "cold start, window",
        "process start → main window painted",
        "≤ 1.5×",
        measured=window_time,
        reference=bare_time,
        reference_what="bare PySide6 window with 4 empty tabs",
    )
    window.passed = window.ratio <= 1.5
    data = Result(
        "cold start, data",
        f"process start → first page of the {context.sizes['contacts']:,} contacts painted",
        "≤ 4×",
        measured=data_time,
        reference=bare_time,
        reference_what="bare PySide6 window with 4 empty tabs",
    )
    data.passed = data.ratio <= 4
    memory = Result(
        "memory",
        "peak RSS after visiting every tab",
        "≤ bare + 150 MiB",
        unit="MiB",
        measured=visit_memory,
        reference=bare_memory,
        reference_what="peak RSS of the bare window",
    )
    memory.passed = visit_memory.median <= bare_memory.median + 150
    memory.extra["difference_mib"] = visit_memory.median - bare_memory.median
    return [window, data, memory]
