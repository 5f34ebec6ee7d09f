"""What the calendar tab asks of each of its views (month, week, agenda): the same signals, the same keys."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from commsdesk.services.calendar import Occurrence


class PeriodView(QWidget):
    """Base of the three views; the tab connects to these signals without knowing which view is shown."""

    open_requested = Signal(object)  # Occurrence
    create_requested = Signal(object, bool)  # datetime, all day
    day_selected = Signal(object)  # date
    delete_requested = Signal(object)  # Occurrence
    today_requested = Signal()
    page_requested = Signal(int)  # -1 previous period, +1 next

    def shared_key(self, event: QKeyEvent, chosen: Occurrence | None, day: date | None, page_with_alt=False) -> bool:
        """Enter opens `chosen` (or starts a new event at 09:00 on `day`), Delete deletes it, T goes to today,
        Page Up/Down pages; True when the key was one of these."""
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (chosen is not None or day is not None):
            if chosen is not None:
                self.open_requested.emit(chosen)
            else:
                self.create_requested.emit(datetime.combine(day, time(9, 0)), False)
        elif key == Qt.Key.Key_Delete and chosen is not None:
            self.delete_requested.emit(chosen)
        elif key == Qt.Key.Key_T and not event.modifiers():
            self.today_requested.emit()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and (
            not page_with_alt or event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.page_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        else:
            return False
        return True
