"""One run of the real `commsdesk` command line in a child process: to its end, or killed with SIGKILL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLL_S = 0.002


@dataclass(frozen=True)
class Run:
    command: list[str]  # the arguments after `commsdesk`
    exit_code: int  # negative: killed by that signal
    seconds: float  # from the start of the child to its end
    stdout: str
    stderr: str
    peak_mib: float | None  # VmHWM of the child, None when it was killed (it could not write it)
    peak_source: str  # "VmHWM", or "ru_maxrss" (an upper bound: it counts the parent's memory at fork)
    timed_out: bool = False

    @property
    def killed(self) -> bool:
        return self.exit_code == -signal.SIGKILL


def snapshot(target: Path) -> Path:
    """A copy of commsdesk's source and resources as they are now, laid out as in the checkout (`src/`,
    `resources/`): the children run it, so that edits made to the checkout during a long run do not mix versions."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "src" / "commsdesk", target / "src" / "commsdesk", ignore=skip)
    shutil.copytree(ROOT / "resources", target / "resources", ignore=skip)
    return target


def child_environment(home: Path, code: Path | None = None) -> dict[str, str]:
    """Headless, the user's settings and data folders untouched, `faults.launch` importable, and commsdesk from
    `code` (a `snapshot`) instead of the checkout when given."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = str(home)
    paths = [str(code / "src")] if code else []
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [*paths, str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTHONWARNINGS", None)  # pytest's "error" filter must not reach the program under test
    return env


def run(
    command: list[str], env: dict[str, str], cwd: Path, *, kill_after: float | None = None, timeout: float = 600
) -> Run:
    """Run `commsdesk COMMAND…` (through `faults.launch`) in `cwd`; with `kill_after`, SIGKILL it that many seconds
    after it started unless it has ended by then. Its exit is collected with `os.wait4`, so that a child that ends
    any way at all (killed, out of memory) still gives its resource usage."""
    with tempfile.TemporaryDirectory(prefix="commsdesk-faults-run-") as scratch:
        folder = Path(scratch)
        peak_file = folder / "peak"
        with (folder / "out").open("wb") as out, (folder / "err").open("wb") as err:
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "faults.launch", *command],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                cwd=cwd,
                env={**env, "FAULTS_PEAK_FILE": str(peak_file)},
            )
            deadline = started + (timeout if kill_after is None else min(kill_after, timeout))
            timed_out = False
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid:
                    break
                now = time.perf_counter()
                if now >= deadline:
                    timed_out = kill_after is None or kill_after > timeout
                    os.kill(process.pid, signal.SIGKILL)
                    _pid, status, usage = os.wait4(process.pid, 0)
                    break
                time.sleep(min(POLL_S, deadline - now))
            seconds = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)  # collected here: Popen must not wait again
        peak: float | None = None
        source = "VmHWM"
        if peak_file.exists() and peak_file.read_text(encoding="ascii").strip():
            peak = float(peak_file.read_text(encoding="ascii"))
        elif process.returncode != -signal.SIGKILL:
            peak, source = usage.ru_maxrss / 1024, "ru_maxrss"
        return Run(
            command,
            process.returncode,
            seconds,
            (folder / "out").read_text(encoding="utf-8", errors="replace"),
            (folder / "err").read_text(encoding="utf-8", errors="replace"),
            peak,
            source,
            timed_out,
        )
