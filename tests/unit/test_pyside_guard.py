"""The guard against PySide6 6.12 releasing references to None it never took (it aborted long sessions)."""

import subprocess
import sys

SCRIPT = """
import commsdesk.ui
from PySide6.QtCore import QObject
o = QObject()
for _ in range(300_000):
    o.setObjectName("x")
print("survived")
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"
