"""Settings → Document request settings: the number format, the deadline rules and how long requesters' details
are kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox, QVBoxLayout

from commsdesk.domain.requests import DeadlineRules
from commsdesk.i18n import translate
from commsdesk.services.requests import RequestSettings
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from commsdesk.ui.widgets.settings_fields import NumberFormat, spin, wrapped


class RequestSettingsDialog(GuardedDialog):
    def __init__(self, settings: RequestSettings, store: Callable[[RequestSettings], object], parent=None) -> None:
        super().__init__(parent, store)
        self.setWindowTitle(translate("RequestSettings", "Document request settings"))
        rules = settings.rules
        self.number_format = NumberFormat(
            settings.reference_format, translate("RequestSettings", "The 14th request of 2026: {example}")
        )
        self.reference_format, self.example = self.number_format.edit, self.number_format.example
        numbers = QFormLayout()
        self.number_format.add_to(
            numbers,
            translate("RequestSettings", "Number format"),
            translate("RequestSettings", "{year} is the year, {number:03d} the request's number in it."),
        )

        days, hours = translate("RequestSettings", " days"), translate("RequestSettings", " hours")
        self.decide_days = spin(rules.decide_days, 365, days)
        self.working_days = QCheckBox(translate("RequestSettings", "Count them as working days (not calendar days)"))
        self.working_days.setChecked(rules.working_days)
        self.urgent_hours = spin(rules.urgent_hours, 365, hours)
        self.extension_days = spin(rules.extension_days, 365, days)
        self.forward_working_days = spin(rules.forward_working_days, 365, translate("RequestSettings", " working days"))
        deadlines = QFormLayout()
        deadlines.addRow(translate("RequestSettings", "Decide within"), self.decide_days)
        deadlines.addRow("", self.working_days)
        deadlines.addRow(translate("RequestSettings", "Urgent requests (life or liberty)"), self.urgent_hours)
        deadlines.addRow(translate("RequestSettings", "One extension of up to"), self.extension_days)
        deadlines.addRow(
            translate("RequestSettings", "Forward a request for a document not held within"), self.forward_working_days
        )
        deadlines.addRow(
            wrapped(
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

        self.retention_years = spin(settings.retention_years, 100, translate("RequestSettings", " years"))
        privacy = QFormLayout()
        privacy.addRow(translate("RequestSettings", "Erase requesters' details after"), self.retention_years)
        privacy.addRow("", wrapped(translate("RequestSettings", "counted from the day the request was closed")))

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
        self.resize(600, self.sizeHint().height())

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
        return RequestSettings(self.number_format.text(), rules, self.retention_years.value())
