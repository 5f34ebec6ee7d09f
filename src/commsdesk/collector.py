"""Work on tens of thousands of records at once (importing a contact file) with Python's cycle collector paused.

Such work makes millions of small tuples, lists and strings that reference counting frees anyway; the collector
would walk them all again and again as they pile up (a third of a 50,000-row import's time).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block; it runs again afterwards if it ran before (nesting is fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
