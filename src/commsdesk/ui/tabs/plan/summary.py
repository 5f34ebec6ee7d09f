"""The summary strips: counts by status, % completed, planned and spent €, overdue — for the whole plan (or what
the filters show) and for the objective of the selected row."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from commsdesk.domain.plan import OVERDUE_COLOUR, STATUS_COLOURS, ActivityStatus, Rollup
from commsdesk.i18n import translate
from commsdesk.ui.tabs.plan import texts


class SummaryStrip(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setStyleSheet("font-weight: bold")
        self.chips = {status: QLabel() for status in ActivityStatus}
        self.completed = QLabel()
        self.money = QLabel()
        self.overdue = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.caption)
        for status, chip in self.chips.items():
            chip.setStyleSheet(
                f"background: {STATUS_COLOURS[status]}; color: #1d1d1d; border-radius: 3px; padding: 1px 6px"
            )
            layout.addWidget(chip)
        for label in (self.completed, self.money, self.overdue):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_rollup(self, caption: str, rollup: Rollup | None) -> None:
        self.caption.setText(caption)
        for label in (*self.chips.values(), self.completed, self.money, self.overdue):
            label.setVisible(rollup is not None)
        if rollup is None:
            return
        for status, chip in self.chips.items():
            chip.setText(f"{status.label()}: {rollup.counts[status]}")
        self.completed.setText(translate("PlanTab", "{percent} % completed").format(percent=rollup.percent_completed))
        self.money.setText(
            translate("PlanTab", "planned {planned} · spent {spent}").format(
                planned=texts.money(rollup.planned_cents), spent=texts.money(rollup.actual_cents)
            )
        )
        self.overdue.setText(translate("PlanTab", "{count} overdue").format(count=rollup.overdue))
        colour = OVERDUE_COLOUR if rollup.overdue else "#555555"
        self.overdue.setStyleSheet(f"color: {colour}; font-weight: {'bold' if rollup.overdue else 'normal'}")
