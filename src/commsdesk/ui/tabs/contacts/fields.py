"""Small input widgets of the contact form: labelled e-mails or phones, and a date that may be empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.contacts import ContactLabel
from commsdesk.i18n import translate


class LabelledValues(QWidget):
    """Rows of (label, value) — e-mails or phones — with a button to add one and one to remove each."""

    changed = Signal()

    def __init__(self, add_text: str, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self._rows: list[tuple[QComboBox, QLineEdit, QPushButton]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: self.add_row("work", "").setFocus())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)

    def set_values(self, pairs: list[tuple[str, str]]) -> None:
        for combo, edit, button in self._rows:
            for widget in (combo, edit, button):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self._rows.clear()
        for label, value in pairs or [("work", "")]:
            self.add_row(label, value)

    def add_row(self, label: str, value: str) -> QLineEdit:
        combo = QComboBox()
        for code, text in ContactLabel.labelled():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(label), 0))
        edit = QLineEdit(value)
        edit.setPlaceholderText(self._placeholder)
        edit.textChanged.connect(self.changed)
        remove = QPushButton("✕")
        remove.setToolTip(translate("ContactDialog", "Remove"))
        remove.setFixedWidth(32)
        row = len(self._rows)
        remove.clicked.connect(lambda: self._remove(edit))
        self._grid.addWidget(combo, row, 0)
        self._grid.addWidget(edit, row, 1)
        self._grid.addWidget(remove, row, 2)
        self._grid.setColumnStretch(1, 1)
        self._rows.append((combo, edit, remove))
        return edit

    def _remove(self, edit: QLineEdit) -> None:
        for entry in self._rows:
            if entry[1] is edit:
                edit.clear()
                for widget in entry:
                    widget.hide()
                self.changed.emit()
                return

    def values(self) -> list[tuple[str, str]]:
        """The (label, value) pairs entered, empty ones left out."""
        return [
            (combo.currentData(), edit.text().strip())
            for combo, edit, _button in self._rows
            if not edit.isHidden() and edit.text().strip()
        ]

    def edits(self) -> list[QLineEdit]:
        return [edit for _combo, edit, _button in self._rows if not edit.isHidden()]


class OptionalDate(QWidget):
    """A date that may be left empty: a check box turns the date field on."""

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(text)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())
