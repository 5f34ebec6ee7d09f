"""`python -m faults.launch ARGS…` is `python -m commsdesk ARGS…` that also writes its peak memory at exit.

The peak (VmHWM of this process, `benchmarks.harness.peak_rss_mib`) goes to the file named by $FAULTS_PEAK_FILE,
not to stdout or stderr, whose every line the campaign judges. A process killed with SIGKILL writes nothing.
"""

from __future__ import annotations

import atexit
import os
import runpy
import sys


def _report_peak() -> None:
    target = os.environ.get("FAULTS_PEAK_FILE")
    if not target:
        return
    from benchmarks.harness import peak_rss_mib  # imported at exit: the command starts as it always does

    with open(target, "w", encoding="ascii") as handle:
        handle.write(f"{peak_rss_mib():.1f}\n")


if __name__ == "__main__":
    atexit.register(_report_peak)
    sys.argv[0] = "commsdesk"
    runpy.run_module("commsdesk", run_name="__main__", alter_sys=True)
