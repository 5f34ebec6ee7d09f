"""The filter bar above the plan tree: search, status, responsible, quarter, kind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from commsdesk.domain.plan import ActivityKind, ActivityStatus
from commsdesk.domain.text import fold
from commsdesk.domain.timeframe import quarter_range
from commsdesk.i18n import translate
from commsdesk.services.plan import ActivityState

OVERDUE = "overdue"


def _fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
    """Replace the items of `combo`, keeping the chosen one when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, label in items:
        combo.addItem(label, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.responsible = QComboBox()
        self.responsible.setMinimumContentsLength(18)
        self.responsible.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.quarter = QComboBox()
        self.kind = QComboBox()
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.labels = [QLabel() for _ in range(4)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for label, combo in zip(self.labels, (self.status, self.responsible, self.quarter, self.kind), strict=True):
            layout.addWidget(label)
            layout.addWidget(combo, 1 if combo is self.responsible else 0)
            combo.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.clear_button)
        self.search.textChanged.connect(self.changed)
        self._names: list[str] = []

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("PlanTab", "Search activities, responsible, comments (Ctrl+F)"))
        for label, text in zip(
            self.labels,
            (
                translate("PlanTab", "Status:"),
                translate("PlanTab", "Responsible:"),
                translate("PlanTab", "Quarter:"),
                translate("PlanTab", "Kind:"),
            ),
            strict=True,
        ):
            label.setText(text)
        everything = translate("PlanTab", "All")
        _fill(
            self.status,
            [(None, everything), *ActivityStatus.labelled(), (OVERDUE, translate("PlanTab", "Overdue"))],
        )
        _fill(
            self.quarter,
            [(None, everything)] + [(q, translate("PlanTab", "Q{quarter}").format(quarter=q)) for q in range(1, 5)],
        )
        _fill(self.kind, [(None, everything), *ActivityKind.labelled()])
        self.set_responsible(self._names)
        self.clear_button.setText(translate("PlanTab", "Clear filters"))

    def set_responsible(self, names: list[str]) -> None:
        self._names = names
        _fill(self.responsible, [(None, translate("PlanTab", "All")), *((name, name) for name in names)])

    def clear(self) -> None:
        for combo in (self.status, self.responsible, self.quarter, self.kind):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.changed.emit()

    def is_active(self) -> bool:
        combos = (self.status, self.responsible, self.quarter, self.kind)
        return bool(self.search.text().strip()) or any(c.currentIndex() > 0 for c in combos)

    def predicate(self, year: int) -> Callable[[ActivityState], bool]:
        """The test an activity must pass to be shown; `year` places the quarter."""
        words = fold(self.search.text()).split()
        status, name = self.status.currentData(), self.responsible.currentData()
        quarter, kind = self.quarter.currentData(), self.kind.currentData()
        period: tuple[date, date] | None = quarter_range(year, quarter) if quarter else None

        def accept(activity: ActivityState) -> bool:
            if status == OVERDUE and not activity.overdue:
                return False
            if status not in (None, OVERDUE) and activity.status.value != status:
                return False
            if kind is not None and activity.kind.value != kind:
                return False
            if name is not None and name not in activity.responsible:
                return False
            if period is not None and not activity.due_between(*period):
                return False
            if words:
                haystack = fold(" ".join((activity.title, *activity.responsible, activity.comment, activity.note)))
                return all(word in haystack for word in words)
            return True

        return accept
