"""A record's history: every step taken on it, oldest first — when, what, who. Read only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtWidgets import QVBoxLayout, QWidget

from commsdesk.i18n import format_datetime, translate
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.table_view import make_table_view


class Step(Protocol):
    """What a register's history step gives (`StepRow` of requests, `EnquiryStepRow`…)."""

    at: datetime
    by: str

    def text(self) -> str: ...


class HistoryPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = RowsModel(
            (
                ColumnSpec(lambda: translate("HistoryPage", "When"), lambda step: format_datetime(step.at)),
                ColumnSpec(lambda: translate("HistoryPage", "What"), lambda step: step.text()),
                ColumnSpec(lambda: translate("HistoryPage", "Who"), lambda step: step.by),
            ),
            self,
        )
        self.table = make_table_view()
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def set_steps(self, steps: Sequence[Step]) -> None:
        self.model.set_rows(steps)

    def texts(self) -> list[str]:
        """The steps as shown, one line each."""
        model = self.model
        return [
            " · ".join(str(model.data(model.index(row, column))) for column in range(model.columnCount()))
            for row in range(model.rowCount())
        ]
