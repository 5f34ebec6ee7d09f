"""The request form's input widgets, each named after the `RequestInput` field it edits.

A ValidationError's `field` is a `RequestInput` attribute, so the form finds the widget to put the cursor in by
that name; reading the widgets back into a `RequestInput` is one loop instead of forty lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QWidget

from commsdesk.domain.plan import parse_cost
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.requests.data import CHOICE_FIELDS, RequestInput
from commsdesk.ui.tabs.contacts.fields import OptionalDate
from commsdesk.ui.tabs.plan.texts import plain_amount
from commsdesk.ui.tabs.requests.contact_link import ContactLink, Search

FIELD_NAMES = {field.name for field in fields(RequestInput)}


# The office's wall-clock time, stored naive: shown as UTC so that no local-time rule moves it (02:30 on the night
# summer time begins does not exist in Europe/Belgrade, and Qt would make it 03:30).
WALL_CLOCK = QTimeZone(QTimeZone.Initialization.UTC)


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute), WALL_CLOCK)


class Inputs(QObject):
    """The form's widgets by field name; `changed` whenever any of them is edited."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> Any:
        return self.widgets[name]

    def _add(self, name: str, widget: QWidget, signal) -> Any:
        assert name in FIELD_NAMES, name
        self.widgets[name] = widget
        signal.connect(lambda *_: self.changed.emit())
        return widget

    # -- making ----------------------------------------------------------------------------------------------------
    def line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return self._add(name, edit, edit.textChanged)

    def text(self, name: str, height: int = 64, placeholder: str = "") -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setMinimumHeight(height)
        box.setMaximumHeight(height * 2)
        return self._add(name, box, box.textChanged)

    def choice(self, name: str, labelled: list[tuple[object, str]], none: str | None = None) -> QComboBox:
        combo = QComboBox()
        if none is not None:
            combo.addItem(none, "")
        for code, label in labelled:
            combo.addItem(label, code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return self._add(name, combo, combo.currentIndexChanged)

    def check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        return self._add(name, box, box.toggled)

    def date(self, name: str, text: str | None = None) -> OptionalDate:
        chooser = OptionalDate(text if text is not None else translate("RequestForm", "on"))
        chooser.enabled.toggled.connect(lambda *_: self.changed.emit())
        return self._add(name, chooser, chooser.edit.dateChanged)

    def contact(self, name: str, search: Search, label_of: Callable[[int], str]) -> ContactLink:
        link = ContactLink(search, label_of)
        return self._add(name, link, link.changed)

    def moment(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setTimeZone(WALL_CLOCK)
        edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        edit.setCalendarPopup(True)
        return self._add(name, edit, edit.dateTimeChanged)

    # -- reading and writing ---------------------------------------------------------------------------------------
    def load(self, data: RequestInput) -> None:
        for name, widget in self.widgets.items():
            value = getattr(data, name)
            if isinstance(widget, QLineEdit):
                widget.setText(plain_amount(value) if name == "cost_cents" else value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QComboBox):
                code = value.value if value is not None and hasattr(value, "value") else (value or "")
                widget.setCurrentIndex(max(widget.findData(code), 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, OptionalDate | ContactLink):
                widget.set_value(value)
            elif isinstance(widget, QDateTimeEdit):
                widget.setDateTime(_qdatetime(value))

    def raw(self) -> dict[str, object]:
        """What the widgets hold, as comparable values (never raises: the cost stays text)."""
        found: dict[str, object] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit):
                found[name] = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                found[name] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                found[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                found[name] = widget.isChecked()
            elif isinstance(widget, OptionalDate | ContactLink):
                found[name] = widget.value()
            elif isinstance(widget, QDateTimeEdit):
                found[name] = widget.dateTime().toPython().replace(second=0, microsecond=0)
        return found

    def entered(self, base: RequestInput) -> RequestInput:
        """`base` with what the widgets hold; a ValidationError for what cannot be read (e.g. "abc" euros)."""
        values = self.raw()
        for name, choice in CHOICE_FIELDS.items():
            if name in values:
                values[name] = choice(values[name]) if values[name] else None
        if values.get("activity_id") == "":  # "(none)"
            values["activity_id"] = None
        if "cost_cents" in values:
            text = str(values["cost_cents"])
            try:
                values["cost_cents"] = parse_cost(text)
            except ValueError:
                message = translate("RequestForm", 'The amount "{amount}" is not a number of euros.')
                raise ValidationError(message.format(amount=text), "cost_cents") from None
        return replace(base, **values)

    def focus_target(self, name: str) -> QWidget | None:
        """The widget to put the cursor in for `name` (a date's check box while the date is off)."""
        widget = self.widgets.get(name)
        if isinstance(widget, OptionalDate):
            return widget.edit if widget.enabled.isChecked() else widget.enabled
        return widget
