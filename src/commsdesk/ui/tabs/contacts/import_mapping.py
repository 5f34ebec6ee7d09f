"""The column mapping of an import: for each column of the file, a few sample values and what it becomes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QWidget

from commsdesk.i18n import translate
from commsdesk.services.contacts.columns import IGNORE, TARGETS, Table, target_label, text_of

SAMPLES = 3


class MappingEditor(QScrollArea):
    """One line per file column: its header, sample values, and a combo box choosing its target."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.combos: dict[int, QComboBox] = {}
        self.setWidget(QWidget())

    def show_table(self, table: Table, mapping: dict[int, str]) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        for column, text in enumerate(
            (
                translate("ContactImport", "Column of the file"),
                translate("ContactImport", "Sample values"),
                translate("ContactImport", "Import as"),
            )
        ):
            label = QLabel(text)
            label.setStyleSheet("font-weight: bold")
            grid.addWidget(label, 0, column)
        self.combos = {}
        for index, header in enumerate(table.headers):
            samples = [text_of(table.cell(values, index)) for _number, values in table.rows[: SAMPLES * 3]]
            shown = " · ".join(sample for sample in samples if sample)[:120]
            name = QLabel(header or translate("ContactImport", "(column {number})").format(number=index + 1))
            name.setTextFormat(Qt.TextFormat.PlainText)
            sample = QLabel(shown)
            sample.setTextFormat(Qt.TextFormat.PlainText)
            sample.setStyleSheet("color: #555")
            combo = QComboBox()
            combo.addItem(target_label(IGNORE), IGNORE)
            for target in TARGETS:
                combo.addItem(target_label(target), target)
            combo.setCurrentIndex(max(combo.findData(mapping.get(index, IGNORE)), 0))
            combo.currentIndexChanged.connect(self.changed)
            grid.addWidget(name, index + 1, 0)
            grid.addWidget(sample, index + 1, 1)
            grid.addWidget(combo, index + 1, 2)
            self.combos[index] = combo
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(table.headers) + 1, 1)
        self.setWidget(page)

    def mapping(self) -> dict[int, str]:
        return {index: combo.currentData() for index, combo in self.combos.items() if combo.currentData()}
