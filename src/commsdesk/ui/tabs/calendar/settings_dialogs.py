"""Settings of the calendar: the media-notification rules per kind of event, and the holidays entered each year."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.events import EventKind
from commsdesk.domain.holidays import public_holidays, suggested_names
from commsdesk.domain.notifications import MATERIAL, MAX_DAYS_BEFORE, START, NotificationRule, Rules
from commsdesk.errors import ValidationError
from commsdesk.i18n import format_date, translate
from commsdesk.services.calendar import HolidayRow
from commsdesk.ui.messages import confirm, guarded
from commsdesk.ui.tabs.calendar.repeat_editor import from_qdate, to_qdate
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog

HOLIDAY_ID = Qt.ItemDataRole.UserRole + 1


class NotificationRulesDialog(GuardedDialog):
    """Per kind of event: how many days before it the media are told, and whether on the material date."""

    def __init__(self, rules: Rules, store: Callable[[Rules], object], parent=None) -> None:
        super().__init__(parent, store)
        self.setWindowTitle(translate("CalendarSettings", "Media-notification rules"))
        explanation = QLabel(
            translate(
                "CalendarSettings",
                "For each kind of event, the days before it on which the media are to be told (e.g. “14, 1”: two "
                "weeks before and the day before). Assembly sessions can also be announced on the day their "
                "material is distributed.",
            )
        )
        explanation.setWordWrap(True)
        grid = QGridLayout()
        headers = [
            translate("CalendarSettings", "Kind of event"),
            translate("CalendarSettings", "Days before the event"),
            translate("CalendarSettings", "On the material date"),
        ]
        for column, text in enumerate(headers):
            label = QLabel(text)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        self.days: dict[EventKind, QLineEdit] = {}
        self.material: dict[EventKind, QCheckBox] = {}
        for row, kind in enumerate(EventKind, start=1):
            items = rules.get(kind, ())
            days = QLineEdit(", ".join(str(r.days_before) for r in items if r.anchor == START))
            days.setPlaceholderText(translate("CalendarSettings", "none"))
            material = QCheckBox()
            material.setChecked(any(r.anchor == MATERIAL for r in items))
            grid.addWidget(QLabel(kind.label()), row, 0)
            grid.addWidget(days, row, 1)
            grid.addWidget(material, row, 2, Qt.AlignmentFlag.AlignCenter)
            self.days[kind], self.material[kind] = days, material
        grid.setRowStretch(len(EventKind) + 1, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("CalendarSettings", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("CalendarSettings", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def form_values(self) -> tuple:
        return tuple((field.text(), self.material[kind].isChecked()) for kind, field in self.days.items())

    def entered(self) -> Rules:
        """The rules as entered; a ValidationError names the kind whose field holds something else than days."""
        rules: Rules = {}
        for kind, field in self.days.items():
            text = field.text().strip()
            parts = [part for part in re.split(r"[,;\s]+", text) if part]
            if not all(part.isdigit() and int(part) <= MAX_DAYS_BEFORE for part in parts):
                raise ValidationError(
                    translate(
                        "CalendarSettings", "“{text}” for {kind}: write whole numbers of days, e.g. 14, 1."
                    ).format(text=text, kind=kind.label()),
                    kind.value,
                )
            found = {NotificationRule(int(part), START) for part in parts}
            if self.material[kind].isChecked():
                found.add(NotificationRule(0, MATERIAL))
            if found:
                rules[kind] = tuple(sorted(found, key=lambda r: (r.anchor != MATERIAL, -r.days_before)))
        return rules

    def field_widget(self, field: str) -> QWidget | None:
        by_kind = {kind.value: edit for kind, edit in self.days.items()}
        return by_kind.get(field) or super().field_widget(field)


class HolidaysDialog(QDialog):
    """The holidays the office enters each year (the two Eids), with the year's fixed ones for reference."""

    def __init__(self, service, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(translate("CalendarSettings", "Public holidays"))
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.day = QDateEdit()
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(to_qdate(date.today()))
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(suggested_names())
        add = QPushButton(translate("CalendarSettings", "Add"))
        add.clicked.connect(self._add)
        remove = QPushButton(translate("CalendarSettings", "Remove"))
        remove.clicked.connect(self._remove)
        self.fixed = QLabel()
        self.fixed.setWordWrap(True)
        self.fixed.setStyleSheet("color: #5f6368")
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.name, 1)
        row.addWidget(add)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("CalendarSettings", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("CalendarSettings", "Holidays entered each year (Eid al-Fitr, Eid al-Adha):"))
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        layout.addWidget(self.fixed)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self._reload()

    def _reload(self) -> None:
        self.model.clear()
        rows: list[HolidayRow] = self._service.entered_holidays()
        for holiday in rows:
            item = QStandardItem(f"{format_date(holiday.day)} — {holiday.name}")
            item.setEditable(False)
            item.setData(holiday.id, HOLIDAY_ID)
            self.model.appendRow(item)
        year = date.today().year
        fixed = "; ".join(f"{day:%d.%m.} {name}" for day, name in public_holidays(year))
        self.fixed.setText(translate("CalendarSettings", "Computed for {year}: {list}").format(year=year, list=fixed))

    def _add(self) -> None:
        if guarded(self, self._service.add_holiday, from_qdate(self.day.date()), self.name.currentText()) is not None:
            self._reload()

    def _remove(self) -> None:
        index = self.list.currentIndex()
        question = translate("CalendarSettings", "Remove the holiday {holiday}?").format(holiday=index.data())
        if index.isValid() and confirm(self, question, translate("CalendarSettings", "Remove")):
            self._service.remove_holiday(int(index.data(HOLIDAY_ID)))
            self._reload()
