"""Settings → Enquiry settings: the number format and the default time to answer a journalist who names no
deadline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout

from commsdesk.domain.enquiries import DEFAULT_LEAD_HOURS
from commsdesk.i18n import translate
from commsdesk.services.enquiries import EnquirySettings
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from commsdesk.ui.widgets.settings_fields import NumberFormat, spin, wrapped

MAX_LEAD_HOURS = 24 * 30


class EnquirySettingsDialog(GuardedDialog):
    def __init__(self, settings: EnquirySettings, store: Callable[[EnquirySettings], object], parent=None) -> None:
        super().__init__(parent, store)
        self.setWindowTitle(translate("EnquirySettings", "Enquiry settings"))
        self.number_format = NumberFormat(
            settings.reference_format, translate("EnquirySettings", "The 14th enquiry of 2026: {example}")
        )
        self.reference_format, self.example = self.number_format.edit, self.number_format.example
        self.lead_hours = spin(settings.lead_hours, MAX_LEAD_HOURS, translate("EnquirySettings", " hours"))
        form = QFormLayout()
        self.number_format.add_to(
            form,
            translate("EnquirySettings", "Number format"),
            translate("EnquirySettings", "{year} is the year, {number:03d} the enquiry's number in it."),
        )
        form.addRow(translate("EnquirySettings", "Answer within"), self.lead_hours)
        form.addRow(
            "",
            wrapped(
                translate(
                    "EnquirySettings",
                    "The deadline of an enquiry whose journalist names none, counted from when it came ({hours} "
                    "hours unless changed). Enquiries already registered keep their deadline.",
                ).format(hours=DEFAULT_LEAD_HOURS)
            ),
        )
        buttons = QDialogButtonBox()
        buttons.addButton(translate("EnquirySettings", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("EnquirySettings", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def entered(self) -> EnquirySettings:
        return EnquirySettings(self.number_format.text(), self.lead_hours.value())
