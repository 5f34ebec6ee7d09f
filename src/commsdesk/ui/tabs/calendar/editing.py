"""Creating, editing and deleting events from the calendar, with the "this / following / all" question."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from commsdesk.domain.events import EditScope, EventKind
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.services.calendar import EventInput, Occurrence
from commsdesk.ui.messages import confirm, guarded
from commsdesk.ui.tabs.calendar.event_dialog import DELETE, DialogSources, EventDialog
from commsdesk.ui.tabs.calendar.scope_dialog import ask_scope


class EventEditing:
    """The dialogs around one tab; `tab.changed()` is called after every saved change."""

    def __init__(self, tab) -> None:
        self.tab = tab
        self.last_dialog: EventDialog | None = None  # for tests: the dialog being shown

    @property
    def service(self):
        return self.tab.service

    def sources(self) -> DialogSources:
        service = self.service
        return DialogSources(
            groups=service.media_groups(),
            contacts=service.media_contacts(),
            activities=service.activities(),
            releases=service.releases(),
            holidays=service.holidays,
        )

    def _confirm_holiday(self, dialog: EventDialog, moved: bool) -> bool:
        """Saving on a public holiday asks once more (only when the date is new)."""
        warning = dialog.holiday_text()
        if not warning or not moved:
            return True
        question = warning + "\n\n" + translate("CalendarTab", "Schedule the event on this day anyway?")
        return confirm(dialog, question, translate("CalendarTab", "Schedule anyway"))

    def create(self, start: datetime, all_day: bool) -> int | None:
        end = start + (timedelta(days=1) if all_day else timedelta(hours=1))
        data = EventInput(title="", kind=EventKind.OTHER, starts_at=start, ends_at=end, all_day=all_day)

        def store(entered: EventInput) -> int | bool:
            self.service.check(entered)  # a refused title is said before the holiday question
            if not self._confirm_holiday(dialog, True):
                return False
            return self.service.create(entered)

        dialog = EventDialog(data, self.sources(), store, parent=self.tab)
        self.last_dialog = dialog
        if dialog.exec() != EventDialog.DialogCode.Accepted:
            return None
        self.tab.anchor = dialog.value().starts_at.date()
        self.tab.changed()
        return dialog.saved

    def open(self, occurrence: Occurrence) -> None:
        details = guarded(self.tab, self.service.details, occurrence.event_id)
        if details is None:
            self.tab.changed()
            return
        data, note = details.data, ""
        if occurrence.in_series:
            duration = (data.ends_at or data.starts_at) - data.starts_at
            data = replace(data, starts_at=occurrence.original_start, ends_at=occurrence.original_start + duration)
            note = translate("CalendarTab", "This is the occurrence of {when} of a repeating event.").format(
                when=format_datetime(occurrence.original_start)
            )
        elif details.parent_id is not None:
            note = translate(
                "CalendarTab", "This occurrence of a repeating event was changed on its own; the series is unchanged."
            )

        def store(changed: EventInput) -> int | bool | None:
            if changed == data:
                return None
            self.service.check(changed)
            if not self._confirm_holiday(dialog, changed.starts_at.date() != data.starts_at.date()):
                return False
            if not occurrence.in_series:
                return self.service.update(occurrence.event_id, changed)
            scope = ask_scope(dialog, occurrence, deleting=False)
            if scope is None:
                return False
            return self.service.update(occurrence.event_id, changed, scope, occurrence.original_start)

        dialog = EventDialog(data, self.sources(), store, details, note, parent=self.tab)
        self.last_dialog = dialog
        result = dialog.exec()
        if result == DELETE:
            self.delete(occurrence)
        elif result == EventDialog.DialogCode.Accepted and dialog.saved is not None:
            self.tab.changed()

    def delete(self, occurrence: Occurrence) -> None:
        if occurrence.in_series:
            scope = ask_scope(self.tab, occurrence, deleting=True)
            if scope is None:
                return
            guarded(self.tab, self.service.delete, occurrence.event_id, scope, occurrence.original_start)
        else:
            question = translate("CalendarTab", "Delete the event “{title}” of {date}?").format(
                title=occurrence.title, date=format_date(occurrence.start.date())
            )
            if not confirm(self.tab, question, translate("CalendarTab", "Delete")):
                return
            guarded(self.tab, self.service.delete, occurrence.event_id, EditScope.ALL)
        self.tab.changed()
