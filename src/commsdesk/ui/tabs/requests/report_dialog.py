"""The dialog that chooses a report to the Information and Privacy Agency: a year, a quarter of it or any dates,
the format and the language (the shared `PeriodReportDialog`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from commsdesk.i18n import translate
from commsdesk.ui.widgets.report_dialog import PeriodReportDialog, ReportChoice, quarter_days

__all__ = ["ReportChoice", "ReportDialog", "quarter_days"]


class ReportDialog(PeriodReportDialog):
    def __init__(self, years: list[int], today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            years,
            today,
            translate("RequestReport", "Report to the Information and Privacy Agency"),
            translate(
                "RequestReport",
                "Requests received in the period: by requester type and channel, decided in time and late, by "
                "outcome and legal ground, extensions, complaints, days to decide. No requester's personal data.",
            ),
            parent,
        )
