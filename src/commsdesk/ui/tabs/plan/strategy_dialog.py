"""The dialog that edits the strategy: its title in each language, its years and the decision approving it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commsdesk.errors import ValidationError
from commsdesk.i18n import LANGUAGES, language_name, translate
from commsdesk.services.plan import StrategyInfo
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog


class StrategyDialog(GuardedDialog):
    def __init__(
        self, strategy: StrategyInfo, store: Callable[[StrategyInfo], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, store)
        self.strategy = strategy
        self.setWindowTitle(translate("StrategyDialog", "Strategy"))
        self.resize(640, 300)
        self.titles = {code: QLineEdit(strategy.titles.get(code, "")) for code in LANGUAGES}
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for spin, value in ((self.first_year, strategy.first_year), (self.last_year, strategy.last_year)):
            spin.setRange(1901, 2199)
            spin.setValue(value)
        years = QHBoxLayout()
        years.addWidget(self.first_year)
        years.addWidget(self.last_year)
        years.addStretch(1)
        self.decision = QLineEdit(strategy.decision)
        self.has_date = QCheckBox()
        self.decision_date = QDateEdit()
        self.decision_date.setDisplayFormat("dd.MM.yyyy")
        self.decision_date.setCalendarPopup(True)
        day = strategy.decision_date or date(strategy.first_year, 1, 1)
        self.decision_date.setDate(QDate(day.year, day.month, day.day))
        self.has_date.setChecked(strategy.decision_date is not None)
        self.decision_date.setEnabled(self.has_date.isChecked())
        self.has_date.toggled.connect(self.decision_date.setEnabled)
        dated = QHBoxLayout()
        dated.addWidget(self.has_date)
        dated.addWidget(self.decision_date)
        dated.addStretch(1)
        form = QFormLayout()
        for code, field in self.titles.items():
            form.addRow(translate("StrategyDialog", "Title ({language}):").format(language=language_name(code)), field)
        form.addRow(translate("StrategyDialog", "Years:"), years)
        form.addRow(translate("StrategyDialog", "Approved by the decision:"), self.decision)
        form.addRow(translate("StrategyDialog", "Date of the decision:"), dated)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("StrategyDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("StrategyDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def form_values(self) -> StrategyInfo:
        day = self.decision_date.date()
        return StrategyInfo(
            id=self.strategy.id,
            titles={code: field.text().strip() for code, field in self.titles.items() if field.text().strip()},
            first_year=self.first_year.value(),
            last_year=self.last_year.value(),
            decision=self.decision.text().strip(),
            decision_date=date(day.year(), day.month(), day.day()) if self.has_date.isChecked() else None,
        )

    def entered(self) -> StrategyInfo:
        if not any(field.text().strip() for field in self.titles.values()):
            raise ValidationError(translate("StrategyDialog", "Give the strategy a title."), "titles")
        return self.form_values()

    def field_widget(self, field: str) -> QWidget | None:
        return next(iter(self.titles.values())) if field == "titles" else super().field_widget(field)
