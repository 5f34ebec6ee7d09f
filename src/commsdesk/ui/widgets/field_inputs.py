"""A form's input widgets, each named after the field of the record's input dataclass it edits.

A ValidationError's `field` is an attribute of that dataclass (`RequestInput`, `EnquiryInput`…), so the form finds
the widget to put the cursor in by that name; reading the widgets back into the dataclass is one loop instead of
forty lines. A widget of the form's own (a list of questions, say) takes part when it has `value()`, `set_value()`
and a signal for its changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from commsdesk.domain.choices import Choice
from commsdesk.i18n import translate
from commsdesk.ui.tabs.contacts.fields import OptionalDate
from commsdesk.ui.widgets.contact_link import ContactLink, Search

# The office's wall-clock time, stored naive: shown as UTC so that no local-time rule moves it (02:30 on the night
# summer time begins does not exist in Europe/Belgrade, and Qt would make it 03:30).
WALL_CLOCK = QTimeZone(QTimeZone.Initialization.UTC)


def qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute), WALL_CLOCK)


def moment_edit() -> QDateTimeEdit:
    """A date and time of the office's wall clock, `dd.MM.yyyy HH:mm`, with a calendar to pick the day."""
    edit = QDateTimeEdit()
    edit.setTimeZone(WALL_CLOCK)
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    edit.setCalendarPopup(True)
    return edit


def moment_of(edit: QDateTimeEdit) -> datetime:
    """The edit's wall-clock moment, to the minute."""
    return edit.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)


class OptionalMoment(QWidget):
    """A date and time that may be left empty: a check box turns the field on (as `OptionalDate` for days)."""

    def __init__(self, text: str, default: Callable[[], datetime], parent=None) -> None:
        super().__init__(parent)
        self._default = default
        self.enabled = QCheckBox(text)
        self.edit = moment_edit()
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.setDateTime(qdatetime(default()))

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:
            self.edit.setDateTime(qdatetime(self._default()))  # turned on by hand: now, rather than whenever

    def set_value(self, value: datetime | None) -> None:
        self.enabled.blockSignals(True)  # not "turned on by hand": the value is given
        self.enabled.setChecked(value is not None)
        self.enabled.blockSignals(False)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDateTime(qdatetime(value))

    def value(self) -> datetime | None:
        return moment_of(self.edit) if self.enabled.isChecked() else None


def _valued(widget: QWidget) -> bool:
    return callable(getattr(widget, "value", None)) and callable(getattr(widget, "set_value", None))


class FieldInputs(QObject):
    """The form's widgets by field name of `record` (a dataclass); `changed` whenever any of them is edited.

    `choices` names the fields holding a vocabulary's value: their combo boxes hold its code ("" for none)."""

    changed = Signal()

    def __init__(self, record: type, choices: Mapping[str, type[Choice]] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._names = {field.name for field in fields(record)}
        self._choices = dict(choices or {})
        self._optional: set[str] = set()  # choices whose "(none)" is None
        self.widgets: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> Any:
        return self.widgets[name]

    def add(self, name: str, widget: QWidget, signal) -> Any:
        """Take `widget` as the editor of field `name`; `signal` says when it changed."""
        assert name in self._names, name
        self.widgets[name] = widget
        signal.connect(lambda *_: self.changed.emit())
        return widget

    # -- making ----------------------------------------------------------------------------------------------------
    def line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return self.add(name, edit, edit.textChanged)

    def text(self, name: str, height: int = 64, placeholder: str = "") -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setMinimumHeight(height)
        box.setMaximumHeight(height * 2)
        return self.add(name, box, box.textChanged)

    def choice(self, name: str, labelled: list[tuple[object, str]], none: str | None = None) -> QComboBox:
        combo = QComboBox()
        if none is not None:
            combo.addItem(none, "")
        for code, label in labelled:
            combo.addItem(label, code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return self.add(name, combo, combo.currentIndexChanged)

    def activity(self, name: str, activities: list[tuple[int, str]], tooltip: str) -> QComboBox:
        """A record the record links to — the action-plan activity it is evidence of, a release, an event — or
        none."""
        combo = self.choice(name, activities, translate("FieldInputs", "(none)"))
        self._optional.add(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(40)
        combo.setToolTip(tooltip)
        return combo

    def check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        return self.add(name, box, box.toggled)

    def date(self, name: str, text: str | None = None) -> OptionalDate:
        chooser = OptionalDate(text if text is not None else translate("FieldInputs", "on"))
        chooser.enabled.toggled.connect(lambda *_: self.changed.emit())
        return self.add(name, chooser, chooser.edit.dateChanged)

    def optional_moment(self, name: str, text: str, default: Callable[[], datetime]) -> OptionalMoment:
        chooser = OptionalMoment(text, default)
        chooser.enabled.toggled.connect(lambda *_: self.changed.emit())
        return self.add(name, chooser, chooser.edit.dateTimeChanged)

    def contact(self, name: str, search: Search, label_of: Callable[[int], str], placeholder: str = "") -> ContactLink:
        link = ContactLink(search, label_of, placeholder)
        return self.add(name, link, link.changed)

    def moment(self, name: str) -> QDateTimeEdit:
        edit = moment_edit()
        return self.add(name, edit, edit.dateTimeChanged)

    # -- reading and writing ---------------------------------------------------------------------------------------
    def shown(self, name: str, value: object) -> object:
        """How a stored value is shown in its widget (a subclass writes amounts as text, say)."""
        return value

    def load(self, data: object) -> None:
        for name, widget in self.widgets.items():
            value = self.shown(name, getattr(data, name))
            if _valued(widget):
                widget.set_value(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value or "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QComboBox):
                code = value.value if value is not None and hasattr(value, "value") else (value or "")
                widget.setCurrentIndex(max(widget.findData(code), 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QDateTimeEdit):
                widget.setDateTime(qdatetime(value))

    def raw(self) -> dict[str, object]:
        """What the widgets hold, as comparable values (never raises: an amount stays text)."""
        found: dict[str, object] = {}
        for name, widget in self.widgets.items():
            if _valued(widget):
                found[name] = widget.value()
            elif isinstance(widget, QLineEdit):
                found[name] = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                found[name] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                found[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                found[name] = widget.isChecked()
            elif isinstance(widget, QDateTimeEdit):
                found[name] = moment_of(widget)
        return found

    def converted(self, values: dict[str, object]) -> dict[str, object]:
        """`values` as the dataclass takes them; a ValidationError for what cannot be read (e.g. "abc" euros)."""
        return values

    def entered(self, base: Any) -> Any:
        """`base` with what the widgets hold."""
        values = self.raw()
        for name, choice in self._choices.items():
            if name in values:
                values[name] = choice(values[name]) if values[name] else None
        for name in self._optional:
            if values.get(name) == "":  # "(none)"
                values[name] = None
        return replace(base, **self.converted(values))

    def focus_target(self, name: str) -> QWidget | None:
        """The widget to put the cursor in for `name` (a date's check box while the date is off)."""
        widget = self.widgets.get(name)
        if isinstance(widget, OptionalDate | OptionalMoment):
            return widget.edit if widget.enabled.isChecked() else widget.enabled
        focus = getattr(widget, "focus_target", None)
        return focus() if callable(focus) else widget
