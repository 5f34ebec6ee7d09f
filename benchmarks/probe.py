"""A GUI process measured from outside: `python -m benchmarks.probe MODE [DATABASE]` prints one JSON line.

MODE is `bare` (a bare PySide6 window with four empty tabs: the reference), `window` (commsdesk until its main
window is painted), `data` (commsdesk until the first page of the contact list is painted) or `visit` (commsdesk
showing every tab once the contact list is painted, for memory). The line holds `painted_at` (time.time() at the
moment measured) and `peak_rss_mib`. Run with a fresh settings folder so that the first tab is the contact list.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QTabWidget, QWidget


def _finish(app: QApplication, payload: dict) -> None:
    from benchmarks.harness import peak_rss_mib

    payload["peak_rss_mib"] = peak_rss_mib()
    print(json.dumps(payload), flush=True)
    app.exit(0)


class _PaintWatcher(QObject):
    """Calls `done` at the first paint that `wanted(obj)` accepts."""

    def __init__(self, wanted, done) -> None:
        super().__init__()
        self._wanted, self._done, self._fired = wanted, done, False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self._fired and event.type() == QEvent.Type.Paint and self._wanted(obj):
            self._fired = True
            self.painted_at = time.time()  # now, not when the event loop gets round to `done`
            QTimer.singleShot(0, self._done)
        return False


def _bare(app: QApplication) -> QMainWindow:
    window = QMainWindow()
    tabs = QTabWidget()
    for title in ("Contacts", "Calendar", "Press releases", "Action plan"):
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()
    return window


def _visit_all(app: QApplication, window: QMainWindow) -> None:
    tabs = window.centralWidget()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        for _ in range(20):
            app.processEvents()


def main() -> None:
    mode = sys.argv[1]
    database = sys.argv[2] if len(sys.argv) > 2 else None
    app = QApplication.instance() or QApplication(sys.argv[:1])
    payload: dict = {"mode": mode}

    def painted() -> None:
        payload["painted_at"] = watcher.painted_at
        if mode == "visit":
            _visit_all(app, target["window"])
        _finish(app, payload)

    def is_window(obj: QObject) -> bool:
        """Anything painted inside the main window: the moment the user sees it."""
        return obj.isWidgetType() and isinstance(obj.window(), QMainWindow)

    def is_contact_page(obj: QObject) -> bool:
        view = obj.parent()
        return isinstance(view, QAbstractItemView) and view.model() is not None and view.model().rowCount() > 0

    watcher = _PaintWatcher(is_contact_page if mode in ("data", "visit") else is_window, painted)
    app.installEventFilter(watcher)
    target: dict = {}
    if mode == "bare":
        target["window"] = _bare(app)
    else:
        from commsdesk.app import start_gui

        _app, desk = start_gui(database, "en", demo=False)
        if desk is None:
            sys.exit("commsdesk could not open the database")
        target["window"] = desk.window
    QTimer.singleShot(60_000, lambda: sys.exit("nothing was painted within a minute"))
    app.exec()


if __name__ == "__main__":
    main()
