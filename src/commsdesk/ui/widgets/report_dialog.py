"""The dialog that chooses a register's report for a period: a year, a quarter of it or any dates, the format and
the language. A register gives its title and a line saying what the report holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from commsdesk.i18n import LANGUAGES, current_language, language_name, translate

WHOLE_YEAR, RANGE = 0, 5  # the period's choices: the year, its quarters 1–4, dates chosen


def quarter_days(year: int, quarter: int) -> tuple[date, date]:
    """The first and last day of `quarter` (1–4) of `year`."""
    first = date(year, 3 * quarter - 2, 1)
    last = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


@dataclass(frozen=True)
class ReportChoice:
    first: date
    last: date
    language: str
    kind: str  # "pdf" or "xlsx"


class PeriodReportDialog(QDialog):
    def __init__(self, years: list[int], today: date, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.year = QComboBox()
        for year in sorted({*years, today.year}, reverse=True):
            self.year.addItem(str(year), year)
        self.period = QComboBox()
        self.period.addItem(translate("PeriodReport", "The whole year (annual report)"), WHOLE_YEAR)
        for quarter in range(1, 5):
            self.period.addItem(translate("PeriodReport", "Quarter {quarter}").format(quarter=quarter), quarter)
        self.period.addItem(translate("PeriodReport", "Dates I choose"), RANGE)
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit in (self.first, self.last):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        self.year.currentIndexChanged.connect(lambda _=0: self._period_changed())
        self.period.currentIndexChanged.connect(lambda _=0: self._period_changed())
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.format = QComboBox()
        self.format.addItem(translate("PeriodReport", "PDF (to print and send)"), "pdf")
        self.format.addItem(translate("PeriodReport", "Excel workbook (XLSX)"), "xlsx")
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.last)
        dates.addStretch(1)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("PeriodReport", "Year"), self.year)
        form.addRow(translate("PeriodReport", "Period"), self.period)
        form.addRow(translate("PeriodReport", "Received from – to"), dates)
        form.addRow(translate("PeriodReport", "Language"), self.language)
        form.addRow(translate("PeriodReport", "Format"), self.format)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("PeriodReport", "Write report…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("PeriodReport", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._period_changed()
        self.resize(520, self.sizeHint().height())

    def _period_changed(self) -> None:
        period, year = self.period.currentData(), self.year.currentData()
        chosen = period == RANGE
        for edit in (self.first, self.last):
            edit.setEnabled(chosen)
        if chosen:
            return
        first, last = (date(year, 1, 1), date(year, 12, 31)) if period == WHOLE_YEAR else quarter_days(year, period)
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))

    def choice(self) -> ReportChoice:
        first, last = _date(self.first), _date(self.last)
        return ReportChoice(min(first, last), max(first, last), self.language.currentData(), self.format.currentData())
