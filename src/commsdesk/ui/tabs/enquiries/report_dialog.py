"""The dialog that chooses the enquiries' report: a year, a quarter of it or any dates, the format and the language
(the shared `PeriodReportDialog`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from commsdesk.i18n import translate
from commsdesk.ui.widgets.report_dialog import PeriodReportDialog


class EnquiryReportDialog(PeriodReportDialog):
    def __init__(self, years: list[int], today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            years,
            today,
            translate("EnquiryReport", "Report on journalists' enquiries"),
            translate(
                "EnquiryReport",
                "Enquiries received in the period: by outlet, topic and channel, answered before the deadline, "
                "median and longest time to answer, declined, and the list itself.",
            ),
            parent,
        )
