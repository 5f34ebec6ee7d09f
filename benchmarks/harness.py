"""Timing, statistics and the results table. Each case measures commsdesk and a bare reference in the same run."""

from __future__ import annotations

import gc
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Stats:
    """Seconds (or MiB for memory) of the repetitions of one measurement."""

    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def summary(self) -> dict[str, float]:
        return {
            "median": self.median,
            "p95": self.p95,
            "min": min(self.samples),
            "max": max(self.samples),
            "n": len(self.samples),
        }


@dataclass
class Result:
    case: str
    what: str
    goal: str
    unit: str = "s"
    measured: Stats | None = None
    reference: Stats | None = None
    reference_what: str = ""
    peak_rss_mib: float = 0.0
    passed: bool | None = None  # None: no goal could be judged (e.g. the reference tool is missing)
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.measured is None or self.reference is None or self.reference.median == 0:
            return None
        return self.measured.median / self.reference.median

    def as_json(self) -> dict:
        data = asdict(self)
        data["measured"] = self.measured.summary() if self.measured else None
        data["reference"] = self.reference.summary() if self.reference else None
        data["ratio"] = self.ratio
        return data


def peak_rss_mib() -> float:
    """The peak resident memory of this process so far.

    On Linux from VmHWM: `ru_maxrss` would include the parent's memory at fork, which survives exec.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def repeat(action: Callable[[], object], times: int, warmup: int = 1) -> Stats:
    """Run `action` `warmup` times unmeasured, then `times` times measured."""
    return alternate([action], times, warmup)[0]


def alternate(actions: Sequence[Callable[[], object]], times: int, warmup: int = 1) -> list[Stats]:
    """Like `repeat` for each of `actions`, taking turns (one run of each per round): the machine's drift then falls
    on commsdesk and on its reference alike, which two series one after the other do not guarantee."""
    for _ in range(warmup):
        for action in actions:
            action()
    samples: list[list[float]] = [[] for _ in actions]
    for _ in range(times):
        for action, taken in zip(actions, samples, strict=True):
            gc.collect()
            start = time.perf_counter()
            action()
            taken.append(time.perf_counter() - start)
    return [Stats(taken) for taken in samples]


def _format(result: Result) -> list[str]:
    unit = result.unit

    def show(stats: Stats | None) -> str:
        if stats is None:
            return "—"
        if unit == "MiB":
            return f"{stats.median:.0f} MiB"
        return f"{stats.median * 1000:.0f} ms" if stats.median < 1 else f"{stats.median:.2f} s"

    ratio = f"{result.ratio:.2f}×" if result.ratio is not None else "—"
    p95 = "" if result.measured is None or unit != "s" else f" (p95 {result.measured.p95 * 1000:.0f} ms)"
    verdict = {True: "ok", False: "MISSED", None: "n/a"}[result.passed]
    return [result.case, show(result.measured) + p95, show(result.reference), ratio, result.goal, verdict]


def print_table(results: list[Result]) -> None:
    header = ["case", "commsdesk", "reference", "ratio", "goal", "verdict"]
    rows = [header] + [_format(result) for result in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))
    for result in results:
        if result.note:
            print(f"- {result.case}: {result.note}")


def write_json(path: Path, results: list[Result], meta: dict) -> None:
    path.write_text(
        json.dumps({"meta": meta, "results": [r.as_json() for r in results]}, indent=2, ensure_ascii=False),
        encoding="utf-8",
    )
