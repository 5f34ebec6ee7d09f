"""Bugs anywhere in the window — a slot, a paint event, a Python thread — logged and told in one sentence.

Qt calls our slots and virtual methods from C++, so an exception there never reaches `run_gui`: PySide6 hands it
to `sys.excepthook`, whose default prints to stderr, which the windowed Windows build does not have.
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from commsdesk.error_log import log_unexpected, unexpected_error_message
from commsdesk.ui.messages import show_error


class _Relay(QObject):
    """Brings an exception of another thread to the UI thread, where a message box may be shown."""

    raised = Signal(object)


class UnexpectedErrors:
    """The hooks; each distinct bug (type and place) is logged and shown once, so that a paint event failing on
    every frame neither opens box after box nor fills the disk, and a bug while the box is open is only logged."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, ...]] = set()
        self._showing = False
        self._relay = _Relay()
        self._relay.raised.connect(self.report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def _excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
        else:
            self.report(error)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._relay.raised.emit(args.exc_value)

    def report(self, error: BaseException) -> None:
        where = tuple(f"{frame.filename}:{frame.lineno}" for frame in traceback.extract_tb(error.__traceback__))
        signature = (type(error).__name__, *where)
        if signature in self._seen:
            return
        self._seen.add(signature)
        if self._showing:
            log_unexpected(error)
            return
        self._showing = True
        try:
            show_error(QApplication.activeWindow(), unexpected_error_message(error))
        except Exception:  # the box itself failed: the bug is logged, and a hook must not raise
            pass
        finally:
            self._showing = False


def install_unexpected_error_hooks() -> UnexpectedErrors:
    hooks = UnexpectedErrors()
    hooks.install()
    return hooks
