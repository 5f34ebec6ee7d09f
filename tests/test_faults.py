"""The crash campaign (`python -m faults`, README "Reliability") runs, and finds nothing on a small sample.

A couple of kill trials and the quick bad inputs: it keeps the script from rotting and catches the worst at once;
the full campaign (30 trials per scenario) is run by hand and in CI's quick mode.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(sys.platform == "win32", reason="the campaign kills with SIGKILL and reaps with os.wait4 (POSIX)")
def test_quick_campaign_finds_no_damage(tmp_path: Path) -> None:
    output = tmp_path / "faults.json"
    env = {key: value for key, value in os.environ.items() if key != "PYTHONWARNINGS"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    only = ["--only", "contacts-csv", "backup", "bad-inputs"]
    result = subprocess.run(
        [sys.executable, "-m", "faults", "--quick", "--trials", "1", "--seed", "1", *only, "--output", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    report = json.loads(output.read_text(encoding="utf-8"))
    summary = report["summary"]
    assert summary["trials"] == 2
    assert (summary["corrupted"], summary["partial"], summary["not_opening"], summary["tracebacks"]) == (0, 0, 0, 0)
    assert summary["bad_inputs_tried"] >= 5
    assert summary["worst_input"]["peak_mib"] > 0
    assert {s["key"] for s in report["scenarios"]} == {"contacts-csv", "backup"}
