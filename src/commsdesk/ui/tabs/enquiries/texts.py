"""How the tab writes an enquiry's deadline and the time left or late, in the list and in the form alike."""

from __future__ import annotations

from datetime import datetime

from commsdesk.domain.enquiries import EnquiryStatus
from commsdesk.i18n import translate
from commsdesk.ui.widgets.time_left import moment_late_text, moment_left_text


def past_deadline() -> str:
    """What an overdue enquiry's mark means (the list's tooltip, the form's warning)."""
    return translate("EnquiriesTab", "Past the journalist's deadline: answer, or tell the journalist why not")


def waiting_for_facts() -> str:
    return translate("EnquiriesTab", "waiting for facts")


def clock_text(status: EnquiryStatus, deadline_at: datetime, answered_at: datetime | None, now: datetime) -> str:
    """The time column: "5 hours left", "2 days left", "3 hours late"; for an answered enquiry whether it was
    answered in time; nothing for one declined or answered with "no comment"."""
    if status.is_open:
        return moment_late_text(deadline_at, now) if now > deadline_at else moment_left_text(deadline_at, now)
    if answered_at is None:
        return ""
    if answered_at <= deadline_at:
        return translate("EnquiriesTab", "answered in time")
    return moment_late_text(deadline_at, answered_at)
