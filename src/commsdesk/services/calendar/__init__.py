"""The calendar: events and their repetitions, media-notification tasks, holidays, iCalendar exchange."""

from commsdesk.services.calendar.records import (
    Choice,
    DueTask,
    EventDetails,
    EventInput,
    EventRow,
    HolidayRow,
    ImportResult,
    LinkedRelease,
    Occurrence,
    TaskRow,
)
from commsdesk.services.calendar.service import CalendarService

__all__ = [
    "CalendarService",
    "Choice",
    "DueTask",
    "EventDetails",
    "EventInput",
    "EventRow",
    "HolidayRow",
    "ImportResult",
    "LinkedRelease",
    "Occurrence",
    "TaskRow",
]
