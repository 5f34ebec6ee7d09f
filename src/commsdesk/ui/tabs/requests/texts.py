"""How the tab writes a request's deadline and the days left or late, in the list and in the form alike."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from commsdesk.domain.requests import Deadline
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.ui.widgets import time_left
from commsdesk.ui.widgets.time_left import days_late_text, days_left_text


def deemed_refused() -> str:
    """What an overdue request means for the requester (the list's tooltip, the form's warning)."""
    return translate("RequestsTab", "Deemed refused — the requester may complain to the Information and Privacy Agency")


def deadline_text(day: date | None, at: datetime | None) -> str:
    """`dd.MM.yyyy`, or `dd.MM.yyyy HH:mm` for an urgent request's moment."""
    return format_datetime(at) if at is not None else format_date(day)


def waiting_text() -> str:
    return translate("RequestsTab", "waiting for clarification")


def clock_text(
    *, is_open: bool, paused: bool, late: bool, days_late: int, day: date | None, at: datetime | None, now: datetime
) -> str:
    """The days column: "3 days left", "today", "2 days late", "waiting for clarification"; for a closed request
    whether it was decided in time."""
    if not is_open:
        return days_late_text(days_late) if days_late > 0 else translate("RequestsTab", "in time")
    if paused:
        return waiting_text()
    if late:
        return days_late_text(days_late)
    if day is None:
        return ""
    if at is not None and at - now < timedelta(days=1):
        return time_left.moment_left_text(at, now)  # an urgent request due within a day: the hours count
    return days_left_text((day - now.date()).days)


def deadline_clock_text(deadline: Deadline, is_open: bool, decided_on: date | None, now: datetime) -> str:
    """The same for a deadline the form computed."""
    paused = deadline.paused_since is not None
    late = is_open and not paused and deadline.is_late(now)
    if is_open:
        days_late = max(0, (now.date() - deadline.day).days) if late else 0
    else:
        days_late = max(0, (decided_on - deadline.day).days) if decided_on else 0
    return clock_text(
        is_open=is_open, paused=paused, late=late, days_late=days_late, day=deadline.day, at=deadline.at, now=now
    )
