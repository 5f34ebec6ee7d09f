"""Pieces of a register's settings dialog: the number format with a live example, counts with their unit, hints."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpinBox

from commsdesk.domain.releases import check_reference_format, format_reference
from commsdesk.errors import ValidationError

EXAMPLE_YEAR, EXAMPLE_NUMBER = 2026, 14


def spin(value: int, maximum: int, suffix: str, minimum: int = 1) -> QSpinBox:
    """A count with its unit (" days"), as wide in every language."""
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setMinimumWidth(150)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class NumberFormat:
    """The register's number format (`{year}/{number:03d}`) and, under it, its 14th number of 2026 or what is wrong.

    `example` is the translated sentence around the example, with `{example}` in it."""

    def __init__(self, pattern: str, example: str) -> None:
        self._example = example
        self.edit = QLineEdit(pattern)
        self.example = QLabel()
        self.edit.textChanged.connect(lambda _text: self._show_example())
        self._show_example()

    def add_to(self, form: QFormLayout, label: str, hint: str) -> None:
        form.addRow(label, self.edit)
        form.addRow("", self.example)
        form.addRow("", wrapped(hint))

    def _show_example(self) -> None:
        try:
            check_reference_format(self.edit.text())
        except ValidationError as error:
            self.example.setText(str(error))
            return
        example = format_reference(self.edit.text(), EXAMPLE_YEAR, EXAMPLE_NUMBER)
        self.example.setText(self._example.format(example=example))

    def text(self) -> str:
        return self.edit.text().strip()
