"""Run something once a window has been painted for the first time (e.g. load data after the window shows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches one widget only: an application-wide Python event filter is slow and unsafe in PySide."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this paint has reached the screen
            self.deleteLater()
        return False


def call_after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, right after the first paint of the top-level `widget`."""
    widget.installEventFilter(_FirstPaint(widget, callback))
