"""What the main window expects of a tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


class Tab(QWidget):
    """A tab of the main window: it has a translated title, follows language changes and can reload its data."""

    # (tab key, record id): show a record of another tab — a request named on the calendar's Due panel.
    open_elsewhere = Signal(str, int)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the tab shows from its services (after a restore, an import…)."""
        raise NotImplementedError

    def settings_actions(self) -> list[QAction]:
        """Entries this tab adds to the Settings menu (its own settings dialogs); the tab keeps their texts current."""
        return []

    def open_record(self, record_id: int) -> None:
        """Open one of this tab's records, asked for by another tab (`open_elsewhere`); tabs with records do."""
