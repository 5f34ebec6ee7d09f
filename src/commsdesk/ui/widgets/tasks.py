"""Long work off the UI thread, with a progress dialog that can be cancelled.

    run_task(parent, translate("Ctx", "Exporting…"), lambda progress: service.export(path, progress), on_done)

`work` gets a `progress(done, total)` callable to pass down to services (which know nothing of Qt); once the user
presses Cancel, the next call of `progress` raises `Cancelled`, so the service's transaction rolls back. The
dialog only appears when the work takes longer than a second. Results and errors come back on the UI thread:
`on_done(result)`, a UserError as a message box, a bug as a message box plus the error log.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from commsdesk.error_log import unexpected_error_message
from commsdesk.errors import Cancelled, UserError
from commsdesk.i18n import translate
from commsdesk.logs import tasks as log
from commsdesk.ui.messages import show_error

ProgressCallback = Callable[[int, int], None]


class TaskHandle(QObject):
    """One running task; `finished` is emitted on the UI thread when it is over, whatever the outcome."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int) -> None:
        """Called by the work, on its thread: reports progress, raises Cancelled once the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)


class _Runner(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._work = work
        self._handle = handle

    def run(self) -> None:
        try:
            result = self._work(self._handle.progress)
        except BaseException as error:  # handed to the UI thread, which decides how to tell the user
            self._handle.failed.emit(error)
        else:
            self._handle.succeeded.emit(result)


def run_task(
    parent: QWidget,
    label: str,
    work: Callable[[ProgressCallback], Any],
    on_done: Callable[[Any], None] | None = None,
) -> TaskHandle:
    """Run `work(progress)` on a worker thread behind a cancellable progress dialog; see the module's docstring."""
    handle = TaskHandle(parent)
    started = time.perf_counter()
    log.info("started: %s", label)
    dialog = QProgressDialog(label, translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(translate("Tasks", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(1000)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.canceled.connect(handle.cancel)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()
        handle.finished.emit()

    def succeeded(result: Any) -> None:
        log.info("done in %.1f s: %s", time.perf_counter() - started, label)
        handle.result = result
        finish()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        log.info("%s after %.1f s: %s", type(error).__name__, time.perf_counter() - started, label)
        handle.error = error
        finish()
        if isinstance(error, Cancelled):
            return
        if isinstance(error, UserError):
            show_error(parent, str(error))
            return
        show_error(parent, unexpected_error_message(error))

    handle.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)
    handle.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    handle.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runner(work, handle))
    return handle
