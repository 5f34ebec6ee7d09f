"""The Calendar tab: month, week and agenda views of the events, and the Due panel of media notifications."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout

from commsdesk.domain.events import month_names, week_start
from commsdesk.domain.notifications import SETTING_KEY, Rules, rules_to_setting
from commsdesk.i18n import format_date, translate
from commsdesk.services.calendar import CalendarService
from commsdesk.services.due import DueItem, DueService, calendar_item
from commsdesk.ui.messages import guarded
from commsdesk.ui.tabs.base import Tab
from commsdesk.ui.tabs.calendar import files
from commsdesk.ui.tabs.calendar.agenda_view import AgendaView
from commsdesk.ui.tabs.calendar.due_panel import DuePanel
from commsdesk.ui.tabs.calendar.editing import EventEditing
from commsdesk.ui.tabs.calendar.month_view import MonthView
from commsdesk.ui.tabs.calendar.settings_dialogs import HolidaysDialog, NotificationRulesDialog
from commsdesk.ui.tabs.calendar.toolbar import AGENDA, MONTH, WEEK, CalendarToolbar
from commsdesk.ui.tabs.calendar.week_view import WeekView


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


class CalendarTab(Tab):
    def __init__(self, service: CalendarService, office=None, due: DueService | None = None, parent=None) -> None:
        super().__init__(parent)
        self.service, self.office, self.due_service = service, office, due
        self.today = service.today()
        self.anchor = self.today
        self.mode = MONTH
        self._last: tuple | None = None  # (filters, low, high, occurrences) of the last range read
        self.toolbar = CalendarToolbar()
        self.month, self.week, self.agenda = MonthView(), WeekView(), AgendaView()
        self.views = {MONTH: self.month, WEEK: self.week, AGENDA: self.agenda}
        self.stack = QStackedWidget()
        for view in self.views.values():
            self.stack.addWidget(view)
            view.open_requested.connect(self.editing_open)
            view.create_requested.connect(lambda start, all_day: self.editing.create(start, all_day))
            view.day_selected.connect(self._day_selected)
            view.delete_requested.connect(lambda occurrence: self.editing.delete(occurrence))
            view.today_requested.connect(self.go_today)
            view.page_requested.connect(self.step)
        self.month.week_requested.connect(self._show_week_of)
        self.due = DuePanel()
        self.due.done_clicked.connect(self._mark_done)
        self.due.undo_clicked.connect(self._reopen)
        self.due.open_requested.connect(self._open_task)
        self.editing = EventEditing(self)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.due)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 380])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.toolbar.step.connect(self.step)
        self.toolbar.today.connect(self.go_today)
        self.toolbar.view_chosen.connect(self.set_mode)
        self.toolbar.filters_changed.connect(self.reload)
        self.toolbar.new_event.connect(self.new_event)
        self.toolbar.print_week.triggered.connect(self._print_week)
        self.toolbar.save_xlsx.triggered.connect(lambda: self._export("xlsx"))
        self.toolbar.save_ics.triggered.connect(lambda: self._export("ics"))
        self.toolbar.open_ics.triggered.connect(lambda: files.import_ics(self, self.service, self.refresh))
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_event)
        self.addAction(self.new_action)
        self.rules_action, self.holidays_action = QAction(self), QAction(self)
        self.rules_action.triggered.connect(self.edit_rules)
        self.holidays_action.triggered.connect(self.edit_holidays)
        self.toolbar.retranslate()
        self.toolbar.set_view(MONTH)
        self.retranslate()

    # -- Tab -----------------------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("MainWindow", "Calendar")

    def retranslate(self) -> None:
        self.toolbar.retranslate()
        self.agenda.retranslate()
        self.due.retranslate()
        self.rules_action.setText(translate("CalendarTab", "Media-notification rules…"))
        self.holidays_action.setText(translate("CalendarTab", "Public holidays…"))
        self.refresh()

    def refresh(self) -> None:
        self.forget()
        self.today = self.service.today()
        self.reload()
        self.reload_due()

    def settings_actions(self) -> list[QAction]:
        return [self.rules_action, self.holidays_action]

    # -- what is shown -------------------------------------------------------------------------------------
    def current_view(self):
        return self.views[self.mode]

    def visible_range(self) -> tuple[datetime, datetime]:
        return self.current_view().visible_range(self.anchor)

    def reload(self) -> None:
        """Read the visible range of the current view (only that) and show it."""
        low, high = self.visible_range()
        occurrences = self._occurrences(low, high)
        holidays = self.service.holidays(low.date(), (high - timedelta(days=1)).date())
        view = self.current_view()
        if view is not self.agenda:
            view.selected_day = self.anchor
        view.set_data(self.anchor, occurrences, holidays, self.today)
        self.toolbar.period.setText(self._period_text())

    def _occurrences(self, low: datetime, high: datetime) -> list:
        """The occurrences of [low, high): from the last range read when it covers this one (the week of a month
        just shown), else read anew. Every change made here (and `refresh`) forgets the last range."""
        key = (self.toolbar.kinds(), self.toolbar.statuses())
        if self._last is not None and self._last[0] == key and self._last[1] <= low and high <= self._last[2]:
            return [o for o in self._last[3] if o.start < high and (o.end > low or o.start >= low)]
        found = self.service.occurrences(low, high, *key)
        self._last = (key, low, high, found)
        return found

    def forget(self) -> None:
        self._last = None

    def reload_due(self) -> None:
        if self.due_service is not None:
            items = self.due_service.items()
        else:  # the calendar on its own (tests of the calendar alone)
            items = [calendar_item(task) for task in self.service.due_tasks()]
        self.due.set_tasks(items, self.today)

    def _period_text(self) -> str:
        if self.mode == WEEK:
            monday = week_start(self.anchor)
            return translate("CalendarTab", "Week {week}: {first} – {last}").format(
                week=monday.isocalendar().week, first=format_date(monday), last=format_date(monday + timedelta(6))
            )
        return f"{month_names()[self.anchor.month - 1]} {self.anchor.year}"

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.toolbar.set_view(mode)
        self.stack.setCurrentWidget(self.current_view())
        self.reload()
        self.current_view().setFocus()

    def show_month(self) -> None:
        self.set_mode(MONTH)

    def show_week(self) -> None:
        self.set_mode(WEEK)

    def show_agenda(self) -> None:
        self.set_mode(AGENDA)

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.reload()

    def go_today(self) -> None:
        self.today = self.service.today()
        self.go_to(self.today)

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.go_to(self.anchor + timedelta(days=7 * direction))
        else:
            following = _add_months(self.anchor, direction)
            self.go_to(following.replace(day=min(self.anchor.day, 28)))

    def _day_selected(self, day: date) -> None:
        low, high = self.visible_range()
        moved_out = self.mode == MONTH and (day.month, day.year) != (self.anchor.month, self.anchor.year)
        self.anchor = day
        if moved_out or not (low.date() <= day < high.date()):
            self.reload()

    def _show_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode(WEEK)

    # -- events --------------------------------------------------------------------------------------------
    def editing_open(self, occurrence) -> None:
        self.editing.open(occurrence)

    def new_event(self) -> None:
        hour = min(datetime.now().hour + 1, 23) if self.anchor == self.today else 9
        self.editing.create(datetime.combine(self.anchor, time(hour, 0)), False)

    def changed(self) -> None:
        """An event was saved or deleted."""
        self.forget()
        self.reload()
        self.reload_due()

    # -- the Due panel -------------------------------------------------------------------------------------
    def _mark_done(self, task_id: int) -> None:
        guarded(self, self.service.mark_done, task_id)
        self.reload_due()

    def _reopen(self, task_id: int) -> None:
        guarded(self, self.service.reopen, task_id)
        self.reload_due()

    def _open_task(self, item: DueItem) -> None:
        task = item.task
        if task is None:  # another register's deadline: its own tab opens it
            self.open_elsewhere.emit(item.register, item.record_id)
            return
        day = task.occurrence_start.date()
        self.go_to(day)
        low = datetime.combine(day, time(0))
        found = [
            o
            for o in self.service.occurrences(low, low + timedelta(days=1))
            if o.event_id == task.event_id and (o.original_start in (None, task.occurrence_start))
        ]
        if found:
            self.editing.open(found[0])

    # -- files and settings --------------------------------------------------------------------------------
    def _print_week(self) -> None:
        monday = week_start(self.anchor)
        dialog = files.RangeDialog(
            translate("CalendarTab", "Week plan (PDF)"), monday, monday + timedelta(days=6), self
        )
        if dialog.exec():
            files.export_report(self, self.service, *dialog.range(), "pdf")

    def _export(self, kind: str) -> None:
        selected = self.agenda.selected_occurrences() if self.mode == AGENDA else []
        if kind == "ics" and selected:
            files.export_ics(self, self.service, self.anchor, self.anchor, sorted({o.event_id for o in selected}))
            return
        low, high = self.visible_range()
        if self.mode == MONTH:
            low = datetime.combine(self.anchor.replace(day=1), time(0))
            high = datetime.combine(_add_months(self.anchor, 1), time(0))
        title = (
            translate("CalendarTab", "Export to iCalendar (.ics)")
            if kind == "ics"
            else translate("CalendarTab", "Date range as a workbook (XLSX)")
        )
        dialog = files.RangeDialog(title, low.date(), (high - timedelta(days=1)).date(), self)
        if not dialog.exec():
            return
        if kind == "ics":
            files.export_ics(self, self.service, *dialog.range())
        else:
            files.export_report(self, self.service, *dialog.range(), "xlsx")

    def edit_rules(self) -> None:
        if self.office is None:
            return
        office = self.office

        def store(rules: Rules) -> None:
            office.set_setting(SETTING_KEY, rules_to_setting(rules))
            self.service.apply_notification_rules()

        if NotificationRulesDialog(self.service.notification_rules(), store, self).exec():
            self.reload_due()

    def edit_holidays(self) -> None:
        HolidaysDialog(self.service, self).exec()
        self.refresh()
