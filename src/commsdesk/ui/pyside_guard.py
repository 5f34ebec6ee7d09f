"""A guard against a PySide6 6.12.0 bug on Python 3.11: calls to Qt methods that return nothing release one
reference to `None` (and `True`/`False`) that they never took. After some tens of thousands of calls the count
reaches zero and the interpreter aborts ("none_dealloc"). Python 3.12 makes these objects immortal; on 3.11 we
give them a reference count no session can use up. Remove this module once PySide6 fixes the bug.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40


def protect_singletons() -> None:
    """Raise the reference counts of None, True and False far out of reach (only where they are not immortal)."""
    if sys.version_info >= (3, 12) or getattr(sys, "_commsdesk_singletons_protected", False):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN  # ob_refcnt is a PyObject's first field
    sys._commsdesk_singletons_protected = True
