"""The calendar's toolbar: previous / today / next, the period shown, month / week / agenda, filters, files."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from commsdesk.domain.events import EventKind, EventStatus
from commsdesk.i18n import translate

MONTH, WEEK, AGENDA = "month", "week", "agenda"


class CalendarToolbar(QWidget):
    step = Signal(int)
    today = Signal()
    view_chosen = Signal(str)
    filters_changed = Signal()
    new_event = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.previous, self.today_button, self.next = QToolButton(), QPushButton(), QToolButton()
        self.previous.setText("◀")
        self.next.setText("▶")
        self.previous.clicked.connect(lambda: self.step.emit(-1))
        self.next.clicked.connect(lambda: self.step.emit(1))
        self.today_button.clicked.connect(self.today.emit)
        self.period = QLabel()
        font = self.period.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.period.setFont(font)
        self.views = QButtonGroup(self)
        self.view_buttons: dict[str, QPushButton] = {}
        for code in (MONTH, WEEK, AGENDA):
            button = QPushButton()
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=code: self.view_chosen.emit(c))
            self.views.addButton(button)
            self.view_buttons[code] = button
        self.kind = QComboBox()
        self.status = QComboBox()
        self.kind.currentIndexChanged.connect(lambda _index: self.filters_changed.emit())
        self.status.currentIndexChanged.connect(lambda _index: self.filters_changed.emit())
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_event.emit)
        self.files = QPushButton()
        self.files_menu = QMenu(self)
        self.files.setMenu(self.files_menu)
        self.print_week = QAction(self)
        self.save_xlsx = QAction(self)
        self.save_ics = QAction(self)
        self.open_ics = QAction(self)
        for action in (self.print_week, self.save_xlsx, self.save_ics):
            self.files_menu.addAction(action)
        self.files_menu.addSeparator()
        self.files_menu.addAction(self.open_ics)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.today_button, self.next, self.period):
            layout.addWidget(widget)
        layout.addStretch(1)
        for button in self.view_buttons.values():
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.kind)
        layout.addWidget(self.status)
        layout.addSpacing(12)
        layout.addWidget(self.new_button)
        layout.addWidget(self.files)

    def retranslate(self) -> None:
        self.previous.setToolTip(translate("CalendarTab", "Previous (Page Up)"))
        self.next.setToolTip(translate("CalendarTab", "Next (Page Down)"))
        self.today_button.setText(translate("CalendarTab", "Today"))
        self.today_button.setToolTip(translate("CalendarTab", "Go to today (T)"))
        self.view_buttons[MONTH].setText(translate("CalendarTab", "Month"))
        self.view_buttons[WEEK].setText(translate("CalendarTab", "Week"))
        self.view_buttons[AGENDA].setText(translate("CalendarTab", "Agenda"))
        self.new_button.setText(translate("CalendarTab", "New event"))
        self.new_button.setToolTip(translate("CalendarTab", "New event (Ctrl+N); or double-click a day"))
        self.files.setText(translate("CalendarTab", "Print and files"))
        self.print_week.setText(translate("CalendarTab", "Week plan (PDF)…"))
        self.save_xlsx.setText(translate("CalendarTab", "Date range as a workbook (XLSX)…"))
        self.save_ics.setText(translate("CalendarTab", "Export to iCalendar (.ics)…"))
        self.open_ics.setText(translate("CalendarTab", "Import from iCalendar (.ics)…"))
        self._fill(self.kind, translate("CalendarTab", "All kinds"), EventKind.labelled())
        self._fill(self.status, translate("CalendarTab", "All statuses"), EventStatus.labelled())

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def set_view(self, code: str) -> None:
        self.view_buttons[code].setChecked(True)

    def kinds(self) -> list[str] | None:
        code = self.kind.currentData()
        return None if code is None else [code]

    def statuses(self) -> list[str] | None:
        code = self.status.currentData()
        return None if code is None else [code]
