"""The dialog that chooses a status report: the year or a quarter, the day it is as of, language and format."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.plan import default_as_of
from commsdesk.i18n import LANGUAGES, current_language, language_name, translate


class ReportDialog(QDialog):
    def __init__(self, year: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.today = year, today
        self.setWindowTitle(translate("PlanReportDialog", "Status report of the plan {year}").format(year=year))
        self.period = QComboBox()
        self.period.addItem(translate("PlanReportDialog", "The whole year (annual report)"), None)
        for quarter in range(1, 5):
            self.period.addItem(
                translate("PlanReportDialog", "Quarter {quarter} (quarterly report)").format(quarter=quarter), quarter
            )
        self.as_of = QDateEdit()
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        self.as_of.setCalendarPopup(True)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.format = QComboBox()
        self.format.addItem(translate("PlanReportDialog", "PDF (to print)"), "pdf")
        self.format.addItem(translate("PlanReportDialog", "Excel workbook (XLSX)"), "xlsx")
        hint = QLabel(
            translate(
                "PlanReportDialog",
                "The report shows each activity's status as it stood on that day; later updates are left out.",
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("PlanReportDialog", "Period:"), self.period)
        form.addRow(translate("PlanReportDialog", "Status as of:"), self.as_of)
        form.addRow(translate("PlanReportDialog", "Language:"), self.language)
        form.addRow(translate("PlanReportDialog", "Format:"), self.format)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("PlanReportDialog", "Write report…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("PlanReportDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._period_changed()

    def _period_changed(self) -> None:
        day = default_as_of(self.year, self.period.currentData(), self.today)
        self.as_of.setDate(QDate(day.year, day.month, day.day))

    def choice(self) -> tuple[int | None, date, str, str]:
        """(quarter or None, as-of day, language code, "pdf" or "xlsx")."""
        day = self.as_of.date()
        return (
            self.period.currentData(),
            date(day.year(), day.month(), day.day()),
            self.language.currentData(),
            self.format.currentData(),
        )
