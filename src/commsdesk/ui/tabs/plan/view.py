"""The Action plan tab: objectives and their activities for one year, with status and cost."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTreeView, QVBoxLayout

from commsdesk.i18n import current_language, format_money, translate
from commsdesk.services.plan import PlanService
from commsdesk.ui.tabs.base import Tab


def _headers() -> list[str]:
    return [
        translate("PlanTab", "Activity"),
        translate("PlanTab", "Responsible"),
        translate("PlanTab", "Timeframe / frequency"),
        translate("PlanTab", "Planned"),
        translate("PlanTab", "Status"),
        translate("PlanTab", "Progress"),
    ]


class PlanTab(Tab):
    def __init__(self, service: PlanService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.year_label = QLabel()
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self._show_plan)
        self.summary = QLabel()
        self._model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self._model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.refresh()

    def title(self) -> str:
        return translate("MainWindow", "Action plan")

    def retranslate(self) -> None:
        self.year_label.setText(translate("PlanTab", "Year:"))
        self._show_plan()

    def refresh(self) -> None:
        selected = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in self._service.years():
            self.year.addItem(str(year), year)
        index = self.year.findData(selected)
        self.year.setCurrentIndex(index if index >= 0 else self.year.count() - 1)
        self.year.blockSignals(False)
        self.retranslate()

    def _show_plan(self) -> None:
        self._model.clear()
        self._model.setHorizontalHeaderLabels(_headers())
        year = self.year.currentData()
        plan = self._service.plan(year) if year is not None else None
        if plan is None:
            self.summary.setText(translate("PlanTab", "No action plan yet."))
            return
        language = current_language()
        parents: dict[int, QStandardItem] = {}
        for activity in plan.activities:
            parent = parents.get(activity.objective_number)
            if parent is None:
                label = translate("PlanTab", "Objective {number}: {title}").format(
                    number=activity.objective_number, title=activity.objective_title
                )
                parent = QStandardItem(label)
                parent.setEditable(False)
                self._model.appendRow(parent)
                parents[activity.objective_number] = parent
            cells = [
                activity.title,
                "; ".join(activity.responsible),
                activity.timeframe or activity.frequency_text,
                format_money(activity.planned_cost_cents, language),
                activity.status.label(),
                f"{activity.progress} %",
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
            parent.appendRow(items)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 520)
        self.tree.setColumnWidth(1, 260)
        self.summary.setText(
            translate("PlanTab", "{count} activities, {cost} planned").format(
                count=len(plan.activities), cost=format_money(plan.planned_cost_cents, language)
            )
        )
