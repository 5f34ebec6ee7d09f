"""`python -m faults [--quick] [--trials N] [--seed S] [--only SCENARIO…] [--output FILE]`: the crash campaign.

For each scenario, one undisturbed run gives its duration and the content after it; then each trial starts from
a fresh copy of the same file, runs the same command and kills it with SIGKILL at a moment uniform between 0 and
that duration, and checks what it left: integrity, all or nothing, leftovers, `commsdesk check`, and (full mode)
the next start, `commsdesk init`. Then every bad input is given to every import. Prints the tables, writes the
JSON, and exits with 1 if a file was damaged, an import or a backup partial, a file would not open, or a bad input
gave a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = ["scenario", "trials", "killed", "before/after", "corrupted", "partial", "won't open", "hot journal"]
HEADER += ["leftovers", "undisturbed", "peak"]
SCENARIOS = ["contacts-csv", "contacts-xlsx", "contacts-vcf", "calendar-ics", "plan-csv", "backup", "upgrade"]


def _table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for index, row in enumerate([header, *rows]):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


def _mib(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m faults", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 trials per scenario, small inputs, a few bad inputs")
    parser.add_argument("--trials", type=int, help="kill trials per scenario (default 30, quick 3)")
    parser.add_argument("--seed", type=int, help="the kill moments' seed (default: a new one, printed)")
    parser.add_argument("--only", nargs="+", choices=[*SCENARIOS, "bad-inputs"], help="run only these")
    parser.add_argument("--jobs", type=int, help="runs side by side (default 1, quick 2)")
    parser.add_argument(
        "--snapshot", action="store_true", help="run a copy of commsdesk's source taken at the start (long runs)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (its path is printed)")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args()

    from benchmarks.generate import SEED

    from commsdesk import __version__
    from faults import campaign
    from faults.child import child_environment, snapshot
    from faults.inputs import FULL, QUICK, bad_inputs, make_inputs

    trials = args.trials if args.trials is not None else (3 if args.quick else 30)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    sizes = QUICK if args.quick else FULL
    jobs = max(1, args.jobs or (2 if args.quick else 1))
    wanted = args.only or [*SCENARIOS, "bad-inputs"]
    scratch = Path(tempfile.mkdtemp(prefix="commsdesk-faults-"))
    restart = not args.quick  # the full mode also starts commsdesk once more after each kill
    env = child_environment(scratch / "home", snapshot(scratch / "code") if args.snapshot else None)
    started = time.perf_counter()
    print(f"seed {seed}, {trials} trials per scenario, scratch {scratch}", flush=True)
    try:
        inputs = make_inputs(scratch / "inputs", sizes, env, jobs)
        print(f"… inputs made in {time.perf_counter() - started:.0f} s", flush=True)
        chosen = [s for s in campaign.scenarios(inputs) if s.key in wanted]
        with ThreadPoolExecutor(jobs) as pool:
            bases = dict(
                zip(
                    [s.key for s in chosen],
                    pool.map(lambda s: campaign.baseline(s, scratch / "runs" / s.key / "baseline", env), chosen),
                    strict=True,
                )
            )
            work = []
            for scenario in chosen:
                base = bases[scenario.key]
                if base.error:
                    continue
                for number, moment in enumerate(campaign.kill_moments(scenario, base, trials, seed), start=1):
                    folder = scratch / "runs" / scenario.key / f"trial-{number:03d}"
                    work.append((scenario, base, number, moment, folder))
            print(f"… {len(work)} kill trials", flush=True)
            results = list(pool.map(lambda job: _trial_logged(campaign, job, env, restart, len(work)), work))
            bad_runs = []
            if "bad-inputs" in wanted:
                bad = bad_inputs(scratch / "bad", inputs, random.Random(SEED))
                plan = campaign.bad_plan(bad, args.quick)
                print(f"… {len(plan)} bad inputs", flush=True)
                bad_runs = list(
                    pool.map(
                        lambda job: campaign.bad_run(
                            job[1][0], job[1][1], inputs.empty, scratch / "runs" / "bad" / f"{job[0]:03d}", env
                        ),
                        enumerate(plan),
                    )
                )
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    seconds = time.perf_counter() - started

    print()
    rows, per_scenario = [], []
    for scenario in chosen:
        base = bases[scenario.key]
        mine = [t for t in results if t.scenario == scenario.key]
        totals = {
            "trials": len(mine),
            "killed": sum(t.killed for t in mine),
            "before": sum(t.state == "before" for t in mine),
            "after": sum(t.state == "after" for t in mine),
            "corrupted": sum(t.corrupted for t in mine),
            "partial": sum(t.partial for t in mine),
            "not_opening": sum(not t.opens for t in mine),
            "leftovers": sum(bool(t.leftovers) for t in mine),
            "leftover_files": sorted({Path(f).name.split("-20")[0] + "…" for t in mine for f in t.leftovers}),
            "leftovers_after_next_start": sum(bool(t.leftovers_after_next_start) for t in mine),
            "hot_journals": sum(t.hot_journal for t in mine),
        }
        rows.append(
            [
                scenario.what,
                str(totals["trials"]),
                str(totals["killed"]),
                f"{totals['before']}/{totals['after']}",
                str(totals["corrupted"]),
                str(totals["partial"]),
                str(totals["not_opening"]),
                str(totals["hot_journals"]),
                f"{totals['leftovers']} ({totals['leftovers_after_next_start']} after the next start)"
                if restart
                else str(totals["leftovers"]),
                "ERROR" if base.error else f"{base.seconds:.2f} s",
                _mib(base.peak_mib),
            ]
        )
        per_scenario.append(
            {
                "key": scenario.key,
                "what": scenario.what,
                "command": campaign.cli(Path("PATH"), scenario.command),
                "baseline": campaign.as_json(base),
                "totals": totals,
                "trials": [campaign.as_json(t) for t in mine],
            }
        )
    if rows:
        _table(HEADER, rows)
    for scenario in chosen:
        if bases[scenario.key].error:
            print(f"- {scenario.key}: the undisturbed run failed: {bases[scenario.key].error}")
    for t in results:
        if t.failed or t.detail:
            print(f"- {t.scenario} #{t.number} (kill at {t.kill_at:.2f} s): {'; '.join(t.detail)}")
        elif t.leftovers:
            remain = f"; after the next start {', '.join(t.leftovers_after_next_start) or 'nothing'}" if restart else ""
            print(f"- {t.scenario} #{t.number} (kill at {t.kill_at:.2f} s): left {', '.join(t.leftovers)}{remain}")

    worst = max((r for r in bad_runs if r.peak_mib is not None), key=lambda r: r.peak_mib, default=None)
    if bad_runs:
        print()
        _table(
            ["bad input", "import", "exit", "stderr lines", "verdict", "peak", "time"],
            [
                [
                    r.input,
                    r.importer,
                    str(r.exit_code),
                    str(r.stderr_lines),
                    "; ".join(r.problems) or "ok",
                    _mib(r.peak_mib),
                    f"{r.seconds:.1f} s",
                ]
                for r in bad_runs
            ],
        )
        if worst:
            print(f"- worst peak memory: {worst.input} to import {worst.importer}, {worst.peak_mib:.0f} MiB")
    fatal = (
        [f"{t.scenario} #{t.number}" for t in results if t.corrupted or t.partial or not t.opens]
        + [f"{s.key}: undisturbed run failed" for s in chosen if bases[s.key].error]
        + [f"{r.input} → import {r.importer}: {', '.join(r.problems)}" for r in bad_runs if r.fatal]
    )
    meta = {
        "quick": args.quick,
        "trials_per_scenario": trials,
        "seed": seed,
        "jobs": jobs,
        "snapshot": args.snapshot,
        "next_start": not args.quick,
        "sizes": sizes,
        "commsdesk": __version__,
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "seconds": round(seconds, 1),
    }
    summary = {
        "trials": len(results),
        "corrupted": sum(t.corrupted for t in results),
        "partial": sum(t.partial for t in results),
        "not_opening": sum(not t.opens for t in results),
        "leftovers": sum(bool(t.leftovers) for t in results),
        "leftovers_after_next_start": sum(bool(t.leftovers_after_next_start) for t in results),
        "hot_journals": sum(t.hot_journal for t in results),
        "bad_inputs_tried": len(bad_runs),
        "bad_inputs_failed": sum(bool(r.problems) for r in bad_runs),
        "tracebacks": sum(r.traceback for r in bad_runs),
        "worst_input": None
        if worst is None
        else {"input": worst.input, "import": worst.importer, "peak_mib": worst.peak_mib},
        "fatal": fatal,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {
                "meta": meta,
                "summary": summary,
                "scenarios": per_scenario,
                "bad_inputs": [campaign.as_json(r, lambda r: {"problems": r.problems}) for r in bad_runs],
            },
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    print(
        f"\n{summary['trials']} trials: {summary['corrupted']} corrupted, {summary['partial']} partial, "
        f"{summary['not_opening']} not opening, {summary['leftovers']} with leftovers; {len(bad_runs)} bad inputs, "
        f"{summary['bad_inputs_failed']} not as expected, {summary['tracebacks']} tracebacks; {seconds:.0f} s"
    )
    print(f"written {args.output}")
    if fatal:
        print("FAILED: " + "; ".join(fatal), file=sys.stderr)
        return 1
    return 0


_progress = {"done": 0, "lock": threading.Lock()}


def _trial_logged(campaign, job, env, restart, total):
    scenario, base, number, moment, folder = job
    result = campaign.trial(scenario, base, number, moment, folder, env, restart)
    shutil.rmtree(folder, ignore_errors=True)  # a trial's copies are not needed once judged
    with _progress["lock"]:
        _progress["done"] += 1
        if _progress["done"] % 10 == 0 or _progress["done"] == total:
            print(f"  {_progress['done']}/{total} trials", flush=True)
    return result


if __name__ == "__main__":
    sys.exit(main())
