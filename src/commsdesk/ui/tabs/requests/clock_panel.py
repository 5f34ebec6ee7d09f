"""The deadline clock as the form is edited: the decision deadline, days left or late, the forwarding deadline and
the last day to complain, computed with the rules the request was registered under (the law's clock, domain)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from commsdesk.domain.requests import (
    Deadline,
    DeadlineRules,
    RequestOutcome,
    RequestStatus,
    WorkingDays,
    complaint_deadline,
    forwarding_deadline,
    request_deadline,
)
from commsdesk.i18n import format_date, translate
from commsdesk.ui.tabs.requests import texts
from commsdesk.ui.tabs.requests.model import OVERDUE

_DATES = ("extended_on", "clarification_asked", "clarification_received")


def rules_text(rules: DeadlineRules) -> str:
    days = translate("RequestForm", "working days") if rules.working_days else translate("RequestForm", "calendar days")
    return translate(
        "RequestForm",
        "This request keeps the rules it was registered under: {decide} {days} to decide, {hours} hours when urgent, "
        "{extension} more days when extended, {forward} working days to forward.",
    ).format(
        decide=rules.decide_days,
        days=days,
        hours=rules.urgent_hours,
        extension=rules.extension_days,
        forward=rules.forward_working_days,
    )


class DeadlineClock:
    """Computes and shows the clock in three labels: the form's heading line, beside "Forwarded" and on Complaint."""

    def __init__(self, rules: DeadlineRules, working: WorkingDays, now: Callable[[], datetime]) -> None:
        self._rules = rules
        self._working = working
        self._now = now
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setToolTip(rules_text(rules))
        self.forwarding = QLabel()
        self.complaint = QLabel()
        self.complaint.setWordWrap(True)
        self.complaint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.deadline: Deadline | None = None

    def update(self, values: Mapping[str, object]) -> None:
        """Show the clock for the form's current values (`Inputs.raw()`)."""
        received = values["received_at"]
        assert isinstance(received, datetime)
        now = self._now()
        dates = {name: value if isinstance(value := values.get(name), date) else None for name in _DATES}
        deadline = request_deadline(
            received, self._rules, self._working, now.date(), urgent=bool(values.get("urgent")), **dates
        )
        self.deadline = deadline
        outcome = RequestOutcome(values["outcome"]) if values.get("outcome") else None
        status = outcome.status if outcome is not None else RequestStatus(values["status"])
        decided = values.get("decided_on")
        clock = texts.deadline_clock_text(deadline, status.is_open, decided if isinstance(decided, date) else None, now)
        due = texts.deadline_text(deadline.day, deadline.at)
        if deadline.paused_since is not None:
            line = translate(
                "RequestForm",
                "Decision due {due} once the clarification arrives — the clock stands still since {since}",
            )
            line = line.format(due=due, since=format_date(deadline.paused_since))
        else:
            line = translate("RequestForm", "Decision due {due} · {clock}").format(due=due, clock=clock)
        late = status.is_open and deadline.paused_since is None and deadline.is_late(now)
        if late:
            line += "\n" + texts.deemed_refused()
        self.summary.setText(line)
        self.summary.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold" if late else "")
        forward_by = forwarding_deadline(received, self._rules, self._working)
        self.forwarding.setText(
            translate("RequestForm", "forward by {day} ({count} working days)").format(
                day=format_date(forward_by), count=self._rules.forward_working_days
            )
        )
        self.complaint.setText(self._complaint_text(status, decided if isinstance(decided, date) else None, deadline))

    def _complaint_text(self, status: RequestStatus, decided: date | None, deadline: Deadline) -> str:
        if decided is not None and not status.is_open:
            return translate(
                "RequestForm", "The requester may complain to the Agency until {day} (15 days after the decision)."
            ).format(day=format_date(complaint_deadline(decided)))
        return translate(
            "RequestForm", "Without a decision by {due}, the request counts as refused and the requester may complain."
        ).format(due=texts.deadline_text(deadline.day, deadline.at))
