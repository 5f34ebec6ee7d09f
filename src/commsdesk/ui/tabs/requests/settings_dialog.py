"""Settings → Document request settings: the number format, the deadline rules and how long requesters' details
are kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)

from commsdesk.domain.releases import check_reference_format, format_reference
from commsdesk.domain.requests import DeadlineRules
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.requests import RequestSettings
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog


def _spin(value: int, maximum: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, maximum)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setMinimumWidth(150)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return spin


class RequestSettingsDialog(GuardedDialog):
    def __init__(self, settings: RequestSettings, store: Callable[[RequestSettings], object], parent=None) -> None:
        super().__init__(parent, store)
        self.setWindowTitle(translate("RequestSettings", "Document request settings"))
        rules = settings.rules
        self.reference_format = QLineEdit(settings.reference_format)
        self.example = QLabel()
        self.reference_format.textChanged.connect(self._show_example)
        numbers = QFormLayout()
        numbers.addRow(translate("RequestSettings", "Number format"), self.reference_format)
        numbers.addRow("", self.example)
        numbers.addRow(
            "", self._hint(translate("RequestSettings", "{year} is the year, {number:03d} the request's number in it."))
        )

        days, hours = translate("RequestSettings", " days"), translate("RequestSettings", " hours")
        self.decide_days = _spin(rules.decide_days, 365, days)
        self.working_days = QCheckBox(translate("RequestSettings", "Count them as working days (not calendar days)"))
        self.working_days.setChecked(rules.working_days)
        self.urgent_hours = _spin(rules.urgent_hours, 365, hours)
        self.extension_days = _spin(rules.extension_days, 365, days)
        self.forward_working_days = _spin(
            rules.forward_working_days, 365, translate("RequestSettings", " working days")
        )
        deadlines = QFormLayout()
        deadlines.addRow(translate("RequestSettings", "Decide within"), self.decide_days)
        deadlines.addRow("", self.working_days)
        deadlines.addRow(translate("RequestSettings", "Urgent requests (life or liberty)"), self.urgent_hours)
        deadlines.addRow(translate("RequestSettings", "One extension of up to"), self.extension_days)
        deadlines.addRow(
            translate("RequestSettings", "Forward a request for a document not held within"), self.forward_working_days
        )
        deadlines.addRow(
            self._hint(
                translate(
                    "RequestSettings",
                    "The law's defaults: 7 days (calendar days, the stricter reading), 48 hours, 15 days, 5 working "
                    "days. A deadline on a weekend or public holiday moves to the next working day. Changes apply to "
                    "requests registered from now on: each request keeps the rules it was registered under.",
                )
            )
        )
        self.defaults_button = QDialogButtonBox()
        law = self.defaults_button.addButton(
            translate("RequestSettings", "The law's defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        law.clicked.connect(lambda _=False: self.set_rules(DeadlineRules()))
        deadlines.addRow(self.defaults_button)
        rules_box = QGroupBox(translate("RequestSettings", "Deadline rules"))
        rules_box.setLayout(deadlines)

        self.retention_years = _spin(settings.retention_years, 100, translate("RequestSettings", " years"))
        privacy = QFormLayout()
        privacy.addRow(translate("RequestSettings", "Erase requesters' details after"), self.retention_years)
        privacy.addRow("", self._hint(translate("RequestSettings", "counted from the day the request was closed")))

        buttons = QDialogButtonBox()
        buttons.addButton(translate("RequestSettings", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("RequestSettings", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(numbers)
        layout.addWidget(rules_box)
        layout.addLayout(privacy)
        layout.addWidget(buttons)
        self._show_example()
        self.resize(600, self.sizeHint().height())

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _show_example(self) -> None:
        try:
            check_reference_format(self.reference_format.text())
        except ValidationError as error:
            self.example.setText(str(error))
            return
        example = format_reference(self.reference_format.text(), 2026, 14)
        self.example.setText(
            translate("RequestSettings", "The 14th request of 2026: {example}").format(example=example)
        )

    def set_rules(self, rules: DeadlineRules) -> None:
        self.decide_days.setValue(rules.decide_days)
        self.working_days.setChecked(rules.working_days)
        self.urgent_hours.setValue(rules.urgent_hours)
        self.extension_days.setValue(rules.extension_days)
        self.forward_working_days.setValue(rules.forward_working_days)

    def entered(self) -> RequestSettings:
        rules = DeadlineRules(
            decide_days=self.decide_days.value(),
            urgent_hours=self.urgent_hours.value(),
            extension_days=self.extension_days.value(),
            forward_working_days=self.forward_working_days.value(),
            working_days=self.working_days.isChecked(),
        )
        return RequestSettings(self.reference_format.text().strip(), rules, self.retention_years.value())
