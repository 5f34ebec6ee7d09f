"""The event dialog: what, when (and how it repeats), where, who is responsible, the media invited, links."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.events import DEFAULT_TIME_ZONE, EventKind, EventStatus
from commsdesk.domain.notifications import task_label
from commsdesk.domain.recurrence import wall_clock
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.services.calendar import Choice, EventDetails, EventInput
from commsdesk.ui.tabs.calendar.links import LinksPanel
from commsdesk.ui.tabs.calendar.media_picker import MediaField
from commsdesk.ui.tabs.calendar.repeat_editor import RepeatEditor, from_qdate, to_qdate
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog

DELETE = 2  # the dialog's result when the user pressed Delete
ZONES = [DEFAULT_TIME_ZONE, "Europe/Tirane", "Europe/Skopje", "Europe/Istanbul", "Europe/London", "UTC"]


@dataclass
class DialogSources:
    """What the dialog offers to choose from, and how it learns about holidays."""

    groups: list[Choice]
    contacts: list[Choice]
    activities: list[Choice]
    releases: list[Choice]
    holidays: Callable[[date, date], dict[date, list[str]]]


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    return edit


class EventDialog(GuardedDialog):
    """`store(event)` checks and writes the event (asking what it must first) before the dialog closes."""

    def __init__(
        self,
        data: EventInput,
        sources: DialogSources,
        store: Callable[[EventInput], object],
        details: EventDetails | None = None,
        note: str = "",
        parent=None,
    ) -> None:
        super().__init__(parent, store)
        self._data, self._sources = data, sources
        self.setWindowTitle(
            translate("CalendarDialog", "Edit event") if details else translate("CalendarDialog", "New event")
        )
        self.title = QLineEdit(data.title)
        self.kind = QComboBox()
        for code, label in EventKind.labelled():
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(self.kind.findData(EventKind(data.kind).value))
        self.status = QComboBox()
        for code, label in EventStatus.labelled():
            self.status.addItem(label, code)
        self.status.setCurrentIndex(self.status.findData(EventStatus(data.status).value))
        self.all_day = QCheckBox(translate("CalendarDialog", "All day"))
        self.all_day.setChecked(data.all_day)
        self.start_date, self.start_time = _date_edit(), _time_edit()
        self.end_date, self.end_time = _date_edit(), _time_edit()
        end = data.ends_at or data.starts_at + timedelta(hours=1)
        if data.all_day and end > data.starts_at:
            end -= timedelta(days=1)  # shown as the last day, stored as the midnight after it
        self.start_date.setDate(to_qdate(data.starts_at.date()))
        self.start_time.setTime(QTime(data.starts_at.hour, data.starts_at.minute))
        self.end_date.setDate(to_qdate(end.date()))
        self.end_time.setTime(QTime(end.hour, end.minute))
        self.holiday_warning = QLabel()
        self.holiday_warning.setWordWrap(True)
        self.holiday_warning.setStyleSheet("color: #b3261e; font-weight: bold")
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(ZONES if data.time_zone in ZONES else [data.time_zone, *ZONES])
        self.zone.setCurrentText(data.time_zone)
        self.repeat = RepeatEditor()
        self.repeat.set_rule(data.rrule, data.starts_at, data.time_zone)
        self.has_material = QCheckBox(translate("CalendarDialog", "Distributed on"))
        self.material = _date_edit()
        self.has_material.setChecked(data.material_date is not None)
        self.material.setDate(to_qdate(data.material_date or data.starts_at.date() - timedelta(days=7)))
        self.location = QLineEdit(data.location)
        self.organiser = QLineEdit(data.organiser)
        self.media = MediaField(sources.groups, sources.contacts)
        self.media.set_selected(data.media_group_ids, data.media_contact_ids)
        self.links = LinksPanel(sources.activities, sources.releases, data.activity_id, data.release_ids or ())
        self.description = QPlainTextEdit(data.description)
        self.tasks = QLabel(self._tasks_text(details))
        self.tasks.setWordWrap(True)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self._last_start = self._start()
        self._build(details is not None)
        for signal in (self.start_date.dateChanged, self.start_time.timeChanged):
            signal.connect(self._start_changed)
        self.end_date.dateChanged.connect(self._check_holidays)
        self.all_day.toggled.connect(self._all_day_toggled)
        self.has_material.toggled.connect(self.material.setEnabled)
        self.material.setEnabled(self.has_material.isChecked())
        self._all_day_toggled(data.all_day)
        self._check_holidays()

    def _build(self, existing: bool) -> None:
        when = QHBoxLayout()
        for widget in (self.start_date, self.start_time, QLabel("–"), self.end_date, self.end_time, self.all_day):
            when.addWidget(widget)
        when.addStretch(1)
        material = QHBoxLayout()
        material.addWidget(self.has_material)
        material.addWidget(self.material)
        material.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("CalendarDialog", "Title"), self.title)
        form.addRow(translate("CalendarDialog", "Kind"), self.kind)
        form.addRow(translate("CalendarDialog", "Status"), self.status)
        form.addRow(translate("CalendarDialog", "When"), when)
        form.addRow("", self.holiday_warning)
        form.addRow(translate("CalendarDialog", "Repeats"), self.repeat)
        form.addRow(translate("CalendarDialog", "Time zone"), self.zone)
        form.addRow(translate("CalendarDialog", "Assembly material"), material)
        form.addRow(translate("CalendarDialog", "Place"), self.location)
        form.addRow(translate("CalendarDialog", "Responsible"), self.organiser)
        form.addRow(translate("CalendarDialog", "Description"), self.description)
        side = QFormLayout()
        side.addRow(translate("CalendarDialog", "Media invited"), self.media)
        side.addRow(self.links)
        side.addRow(translate("CalendarDialog", "Media notifications"), self.tasks)
        right = QVBoxLayout()
        right.addLayout(side)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("CalendarDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("CalendarDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        if existing:
            delete = buttons.addButton(translate("CalendarDialog", "Delete…"), QDialogButtonBox.ButtonRole.ResetRole)
            delete.clicked.connect(lambda: self.done(DELETE))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(1020, 620)

    @staticmethod
    def _tasks_text(details: EventDetails | None) -> str:
        if details is None or not details.tasks:
            return translate("CalendarDialog", "Planned when the event is saved, as the notification rules say.")
        lines = []
        for task in details.tasks[:8]:
            line = f"{format_date(task.due_on)} {task_label(task.rule)}"
            if task.done_at is not None:  # kept in UTC, shown on the office's clock
                when = format_datetime(wall_clock(task.done_at.replace(tzinfo=UTC), DEFAULT_TIME_ZONE))
                line += " — " + translate("CalendarDialog", "done {when}").format(when=when)
            lines.append(line)
        if len(details.tasks) > 8:
            lines.append("…")
        return "\n".join(lines)

    # -- reactions -----------------------------------------------------------------------------------------
    def _start(self) -> datetime:
        moment = self.start_time.time()
        return datetime.combine(from_qdate(self.start_date.date()), time(moment.hour(), moment.minute()))

    def _end(self) -> datetime:
        moment = self.end_time.time()
        return datetime.combine(from_qdate(self.end_date.date()), time(moment.hour(), moment.minute()))

    def _start_changed(self) -> None:
        """Moving the start moves the end with it, so the duration stays."""
        start = self._start()
        delta = start - self._last_start
        self._last_start = start
        end = self._end() + delta
        self.end_date.blockSignals(True)
        self.end_date.setDate(to_qdate(end.date()))
        self.end_date.blockSignals(False)
        self.end_time.setTime(QTime(end.hour, end.minute))
        self.repeat.set_start(start)
        self._check_holidays()

    def _all_day_toggled(self, checked: bool) -> None:
        self.start_time.setVisible(not checked)
        self.end_time.setVisible(not checked)

    def _check_holidays(self) -> None:
        first, last = from_qdate(self.start_date.date()), from_qdate(self.end_date.date())
        found = self._sources.holidays(first, max(first, min(last, first + timedelta(days=31))))
        lines = [
            translate("CalendarDialog", "{date} is a public holiday: {name}.").format(
                date=format_date(day), name=", ".join(names)
            )
            for day, names in found.items()
        ]
        self.holiday_warning.setText("\n".join(lines))
        self.holiday_warning.setVisible(bool(lines))

    def holiday_text(self) -> str:
        return "" if self.holiday_warning.isHidden() else self.holiday_warning.text()

    # -- result --------------------------------------------------------------------------------------------
    def value(self) -> EventInput:
        """The event as entered (the service checks it)."""
        all_day = self.all_day.isChecked()
        start, end = self._start(), self._end()
        if all_day:
            start = datetime.combine(start.date(), time(0))
            end = datetime.combine(end.date() + timedelta(days=1), time(0))
        zone = self.zone.currentText().strip() or DEFAULT_TIME_ZONE
        return replace(
            self._data,
            title=self.title.text(),
            kind=EventKind(self.kind.currentData()),
            status=EventStatus(self.status.currentData()),
            starts_at=start,
            ends_at=end,
            all_day=all_day,
            time_zone=zone,
            rrule=self.repeat.rrule(start, zone, all_day),
            material_date=from_qdate(self.material.date()) if self.has_material.isChecked() else None,
            location=self.location.text(),
            organiser=self.organiser.text(),
            description=self.description.toPlainText(),
            activity_id=self.links.activity_id(),
            media_group_ids=self.media.group_ids,
            media_contact_ids=self.media.contact_ids,
            release_ids=self.links.release_ids(),
        )

    entered = value

    def field_widget(self, field: str) -> QWidget | None:
        named = {"time_zone": self.zone, "ends_at": self.end_date, "rrule": self.repeat}
        return named.get(field) or super().field_widget(field)
