"""The register's list model: the paged list over the requests service, overdue requests marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from commsdesk.i18n import format_datetime, translate
from commsdesk.services.requests import REQUEST_SORT, RequestFilter, RequestRow, RequestsService
from commsdesk.ui.tabs.requests import texts
from commsdesk.ui.widgets.paged_model import PagedColumn, PagedModel

OVERDUE = QColor("#b3261e")
PAUSED = QColor("#6b6b6b")
SUBJECT_COLUMN, DEADLINE_COLUMN, DAYS_COLUMN = 4, 7, 8


class RequestsModel(PagedModel):
    def __init__(self, service: RequestsService, parent=None) -> None:
        self._service = service
        self._now = service.now()
        columns = (
            PagedColumn(lambda: translate("RequestsTab", "Number"), lambda row: row.reference, "reference"),
            PagedColumn(
                lambda: translate("RequestsTab", "Received"), lambda row: format_datetime(row.received_at), "received"
            ),
            PagedColumn(lambda: translate("RequestsTab", "Requester"), lambda row: row.requester, "requester"),
            PagedColumn(lambda: translate("RequestsTab", "Type"), lambda row: row.requester_type.label(), "type"),
            PagedColumn(lambda: translate("RequestsTab", "Documents requested"), _subject, "subject"),
            PagedColumn(lambda: translate("RequestsTab", "Status"), lambda row: row.status.label(), "status"),
            PagedColumn(
                lambda: translate("RequestsTab", "Outcome"),
                lambda row: row.outcome.label() if row.outcome else "",
                "outcome",
            ),
            PagedColumn(
                lambda: translate("RequestsTab", "Deadline"),
                lambda row: texts.deadline_text(row.deadline, row.deadline_at),
                "deadline",
            ),
            PagedColumn(lambda: translate("RequestsTab", "Days left / late"), self._clock, "deadline"),
        )
        super().__init__(service, columns, RequestFilter(), REQUEST_SORT, parent)

    def request(self, row: int) -> RequestRow:
        return self.row(row)

    def first_page(self):
        self._now = self._service.now()  # "today" and "late" as of this reading of the list
        return super().first_page()

    def _clock(self, row: RequestRow) -> str:
        return texts.clock_text(
            is_open=row.status.is_open,
            paused=row.paused,
            late=row.overdue,
            days_late=row.days_late,
            day=row.deadline,
            at=row.deadline_at,
            now=self._now,
        )

    def styled(self, row: RequestRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return OVERDUE
            return PAUSED if row.paused and column in (DEADLINE_COLUMN, DAYS_COLUMN) else None
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == DAYS_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: RequestRow, column: int) -> str | None:
        if row.overdue:
            return f"{row.subject}\n\n{texts.deemed_refused()}" if column == SUBJECT_COLUMN else texts.deemed_refused()
        if column == SUBJECT_COLUMN:
            return row.subject
        if column not in (DEADLINE_COLUMN, DAYS_COLUMN) or not row.status.is_open:
            return None
        if row.paused:
            return translate("RequestsTab", "The clock stands still until the requester's clarification arrives.")
        if row.deadline_at is not None:
            return translate("RequestsTab", "Urgent: due {moment}, not moved to a working day").format(
                moment=format_datetime(row.deadline_at)
            )
        return None


def _subject(row: RequestRow) -> str:
    return row.subject.splitlines()[0] if row.subject else ""
