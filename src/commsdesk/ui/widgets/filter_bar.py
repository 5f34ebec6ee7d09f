"""A register's search field and filters above its list: choices (year, status…) and "overdue only"."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

SEARCH_PAUSE_MS = 200  # as the other lists: the list is read once typing pauses


class FilterBar(QWidget):
    """Emits `changed` (after a short pause while typing) whenever the search or a filter changes.

    A register adds its choices with `add_choice` and fills them in `fill_choices` (each starts with its "All …"
    entry, whose data is None); `fill()` refills them in the current language, keeping what was chosen."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.overdue = QCheckBox()
        self._choices: list[QComboBox] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        self.overdue.toggled.connect(lambda _=False: self.changed.emit())
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.search, 1)
        self._layout.addWidget(self.overdue)

    def add_choice(self, minimum: int) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumContentsLength(8)
        combo.setMinimumWidth(minimum)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _=0: self.changed.emit())
        self._layout.insertWidget(self._layout.count() - 1, combo)  # before "overdue only"
        self._choices.append(combo)
        return combo

    def fill_choices(self) -> None:
        """Add the entries of every choice (they are empty when this is called) and set the texts."""
        raise NotImplementedError

    def fill(self) -> None:
        """(Re)fill the choices from the data and the current language, keeping what was chosen."""
        chosen = [combo.currentData() for combo in self._choices]
        for combo in self._choices:
            combo.blockSignals(True)
            combo.clear()
        self.fill_choices()
        for combo, value in zip(self._choices, chosen, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.setMinimumContentsLength(max(8, len(combo.itemText(0))))  # "All …" whole, in every language
            combo.blockSignals(False)

    def clear(self) -> None:
        """Show everything: no search, every choice on "All …", not only the overdue (no `changed`)."""
        for widget in (self.search, self.overdue, *self._choices):
            widget.blockSignals(True)
        self.search.clear()
        self.overdue.setChecked(False)
        for combo in self._choices:
            combo.setCurrentIndex(0)
        for widget in (self.search, self.overdue, *self._choices):
            widget.blockSignals(False)
