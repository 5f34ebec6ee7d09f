"""How an event repeats: a preset (weekly, monthly, quarterly, twice a year…) and when the repetition ends."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from commsdesk.domain.recurrence import Recurrence, RecurrenceError, format_rrule, parse_rrule
from commsdesk.domain.recurrence_presets import RepeatPreset, describe, preset_label, preset_of, preset_rule
from commsdesk.i18n import translate

NEVER, ON_DATE, AFTER = "never", "until", "count"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RepeatEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.preset = QComboBox()
        self.ending = QComboBox()
        self.until = QDateEdit()
        self.until.setDisplayFormat("dd.MM.yyyy")
        self.until.setCalendarPopup(True)
        self.count = QSpinBox()
        self.count.setRange(1, 999)
        self.count.setValue(10)
        self._custom: Recurrence | None = None
        self._start = datetime.now()
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self.ending)
        ends.addWidget(self.until)
        ends.addWidget(self.count)
        ends.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addLayout(ends)
        self.preset.currentIndexChanged.connect(self._update)
        self.ending.currentIndexChanged.connect(self._update)
        self._fill_endings()

    def _fill_endings(self) -> None:
        current = self.ending.currentData() or NEVER
        self.ending.blockSignals(True)
        self.ending.clear()
        self.ending.addItem(translate("CalendarDialog", "Never ends"), NEVER)
        self.ending.addItem(translate("CalendarDialog", "Ends on"), ON_DATE)
        self.ending.addItem(translate("CalendarDialog", "Ends after (times)"), AFTER)
        self.ending.setCurrentIndex(max(self.ending.findData(current), 0))
        self.ending.blockSignals(False)

    def _fill_presets(self, selected: RepeatPreset) -> None:
        self.preset.blockSignals(True)
        self.preset.clear()
        for preset in RepeatPreset:
            if preset is RepeatPreset.CUSTOM:
                if self._custom is None:
                    continue
                label = translate("CalendarDialog", "Custom: {rule}").format(
                    rule=describe(self._custom.ending(), self._start)
                )
            else:
                label = preset_label(preset, self._start)
            self.preset.addItem(label, preset.value)
        self.preset.setCurrentIndex(max(self.preset.findData(selected.value), 0))
        self.preset.blockSignals(False)
        self._update()

    def set_rule(self, rrule: str | None, start: datetime, zone: str) -> None:
        """Show `rrule` (an RRULE value, None: no repetition) for an event starting at `start`."""
        self._start = start
        rule = None
        if rrule:
            try:
                rule = parse_rrule(rrule, zone)
            except RecurrenceError:
                rule = None
        preset = preset_of(rule, start)
        self._custom = rule if preset is RepeatPreset.CUSTOM else None
        if rule is not None and rule.count is not None:
            self.ending.setCurrentIndex(self.ending.findData(AFTER))
            self.count.setValue(rule.count)
        elif rule is not None and rule.until is not None:
            self.ending.setCurrentIndex(self.ending.findData(ON_DATE))
            self.until.setDate(to_qdate(rule.until.date()))
        else:
            self.ending.setCurrentIndex(self.ending.findData(NEVER))
            self.until.setDate(to_qdate(start.date()).addMonths(3))
        self._fill_presets(preset)

    def set_start(self, start: datetime) -> None:
        """The event's start changed: the presets' names follow ("Every week on Tuesday")."""
        if start.date() != self._start.date():
            self._start = start
            self._fill_presets(RepeatPreset(self.preset.currentData() or RepeatPreset.NONE.value))

    def current_preset(self) -> RepeatPreset:
        return RepeatPreset(self.preset.currentData() or RepeatPreset.NONE.value)

    def rrule(self, start: datetime, zone: str, all_day: bool) -> str | None:
        """The RRULE value as chosen, for an event starting at `start`; None when it does not repeat."""
        preset = self.current_preset()
        rule = self._custom if preset is RepeatPreset.CUSTOM else preset_rule(preset, start)
        if rule is None:
            return None
        ending = self.ending.currentData()
        if ending == ON_DATE:
            rule = rule.ending(until=datetime.combine(from_qdate(self.until.date()), time(23, 59, 59)))
        elif ending == AFTER:
            rule = rule.ending(count=self.count.value())
        else:
            rule = rule.ending()
        return format_rrule(rule, zone, all_day)

    def retranslate(self) -> None:
        self._fill_endings()
        self._fill_presets(self.current_preset())

    def _update(self) -> None:
        repeats = self.current_preset() is not RepeatPreset.NONE
        self.ending.setVisible(repeats)
        self.until.setVisible(repeats and self.ending.currentData() == ON_DATE)
        self.count.setVisible(repeats and self.ending.currentData() == AFTER)
        self.changed.emit()
