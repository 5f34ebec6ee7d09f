"""How a register's list and forms write the time left before a deadline or past it: "3 days left", "today",
"5 hours left", "2 hours late", "1 day late" — the same words in every register."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from commsdesk.i18n import translate

DAY = timedelta(days=1)


def days_left_text(count: int) -> str:
    if count == 0:
        return translate("TimeLeft", "today")
    if count == 1:
        return translate("TimeLeft", "1 day left")
    return translate("TimeLeft", "{count} days left").format(count=count)


def days_late_text(count: int) -> str:
    if count <= 0:
        return translate("TimeLeft", "late")
    if count == 1:
        return translate("TimeLeft", "1 day late")
    return translate("TimeLeft", "{count} days late").format(count=count)


def hours_left_text(count: int) -> str:
    if count <= 1:
        return translate("TimeLeft", "1 hour left")
    return translate("TimeLeft", "{count} hours left").format(count=count)


def hours_late_text(count: int) -> str:
    if count <= 1:
        return translate("TimeLeft", "1 hour late")
    return translate("TimeLeft", "{count} hours late").format(count=count)


def _hours(span: timedelta) -> int:
    """Whole hours, an hour begun counting as one."""
    return max(1, math.ceil(span.total_seconds() / 3600))


def moment_left_text(deadline: datetime, now: datetime) -> str:
    """Before a deadline that has a time: the hours left within the last day, the calendar days before that."""
    if deadline - now < DAY:
        return hours_left_text(_hours(deadline - now))
    return days_left_text((deadline.date() - now.date()).days)


def moment_late_text(deadline: datetime, moment: datetime) -> str:
    """How late `moment` is after `deadline`: in hours within the first day, in calendar days after that."""
    if moment - deadline < DAY:
        return hours_late_text(_hours(moment - deadline))
    return days_late_text((moment.date() - deadline.date()).days)
