"""The register's list model: the paged list over the enquiries service, overdue enquiries marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from commsdesk.domain.enquiries import EnquiryStatus
from commsdesk.i18n import format_datetime, translate
from commsdesk.services.enquiries import ENQUIRY_SORT, EnquiriesService, EnquiryFilter, EnquiryRow
from commsdesk.ui.tabs.enquiries import texts
from commsdesk.ui.widgets.paged_model import PagedColumn, PagedModel

OVERDUE = QColor("#b3261e")
WAITING = QColor("#8a5a00")
TOPIC_COLUMN, STATUS_COLUMN, DEADLINE_COLUMN, TIME_COLUMN = 4, 5, 6, 7


class EnquiriesModel(PagedModel):
    def __init__(self, service: EnquiriesService, parent=None) -> None:
        self._service = service
        self._now = service.now()
        columns = (
            PagedColumn(lambda: translate("EnquiriesTab", "Number"), lambda row: row.reference, "reference"),
            PagedColumn(
                lambda: translate("EnquiriesTab", "Received"),
                lambda row: format_datetime(row.received_at),
                "received",
            ),
            PagedColumn(lambda: translate("EnquiriesTab", "Journalist"), lambda row: row.journalist, "journalist"),
            PagedColumn(lambda: translate("EnquiriesTab", "Outlet"), lambda row: row.outlet, "outlet"),
            PagedColumn(lambda: translate("EnquiriesTab", "Topic"), _topic, "topic"),
            PagedColumn(lambda: translate("EnquiriesTab", "Status"), _status, "status"),
            PagedColumn(
                lambda: translate("EnquiriesTab", "Deadline"), lambda row: format_datetime(row.deadline_at), "deadline"
            ),
            PagedColumn(lambda: translate("EnquiriesTab", "Time left / late"), self._clock, "deadline"),
        )
        super().__init__(service, columns, EnquiryFilter(), ENQUIRY_SORT, parent)

    def enquiry(self, row: int) -> EnquiryRow:
        return self.row(row)

    def first_page(self):
        self._now = self._service.now()  # "left" and "late" as of this reading of the list
        return super().first_page()

    def _clock(self, row: EnquiryRow) -> str:
        return texts.clock_text(row.status, row.deadline_at, row.answered_at, self._now)

    def styled(self, row: EnquiryRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return OVERDUE
            return WAITING if row.waiting_for_facts and column == STATUS_COLUMN else None
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == TIME_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: EnquiryRow, column: int) -> str | None:
        if column == TOPIC_COLUMN:
            question = row.first_question
            return f"{question}\n\n{texts.past_deadline()}" if row.overdue else question or None
        if row.overdue:
            return texts.past_deadline()
        if column == STATUS_COLUMN and row.waiting_for_facts:
            return translate("EnquiriesTab", "The facts were asked for and have not come yet.")
        return None


def _topic(row: EnquiryRow) -> str:
    """The topic, or the first question's first line when the enquiry has no topic."""
    return row.topic or (row.first_question.splitlines()[0] if row.first_question else "")


def _status(row: EnquiryRow) -> str:
    """The status, and whether facts are awaited (unless the status says so already)."""
    label = row.status.label()
    if row.waiting_for_facts and row.status is not EnquiryStatus.WAITING_FOR_INPUT:
        return f"{label} · {texts.waiting_for_facts()}"
    return label
