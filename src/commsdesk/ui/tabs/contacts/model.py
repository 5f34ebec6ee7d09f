"""The contact list model: the paged list over the contacts service, with the do-not-contact marking."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from commsdesk.domain.contacts import OutletType
from commsdesk.i18n import LANGUAGES, language_name, translate
from commsdesk.services.contacts import ContactFilter, ContactPages, ContactRow, ContactSort, ContactsService
from commsdesk.ui.widgets.paged_model import PAGE_SIZE, PagedColumn, PagedModel

DNC_MARK = "⊘"
_DNC_COLOUR = QColor("#9a3b2e")


def language_label(code: str) -> str:
    return language_name(code) if code in LANGUAGES else code


def _name(row: ContactRow) -> str:
    return f"{DNC_MARK} {row.name}" if row.do_not_contact else row.name


COLUMNS = (
    PagedColumn(lambda: translate("ContactsTab", "Name"), _name, "name"),
    PagedColumn(lambda: translate("ContactsTab", "Position"), lambda row: row.position, "position"),
    PagedColumn(lambda: translate("ContactsTab", "Outlet / organisation"), lambda row: row.outlet, "outlet"),
    PagedColumn(lambda: translate("ContactsTab", "E-mail"), lambda row: row.email, "email"),
    PagedColumn(lambda: translate("ContactsTab", "Phone"), lambda row: row.phone, "phone"),
    PagedColumn(lambda: translate("ContactsTab", "Language"), lambda row: language_label(row.language), "language"),
    PagedColumn(lambda: translate("ContactsTab", "Groups"), lambda row: row.groups, "groups"),
)


class ContactsModel(PagedModel):
    def __init__(self, service: ContactsService, parent=None) -> None:
        pages = ContactPages(service)
        super().__init__(pages, COLUMNS, ContactFilter(), ContactSort(), parent)
        self._pages = pages

    def contact(self, row: int) -> ContactRow:
        return self.row(row)

    def first_page(self) -> tuple[Sequence[ContactRow], int]:
        return self._pages.first_page(self.list_filter, self.list_sort, PAGE_SIZE)

    def position(self, row_id: int) -> int | None:
        return self._pages.position(row_id, self.list_filter, self.list_sort)

    def refresh_rows(self, contact_ids: list[int]) -> None:
        """Read these contacts again (after an edit) without losing the scroll position."""
        wanted = set(contact_ids)
        positions = [index for index, row in enumerate(self._rows) if row.id in wanted]
        if not positions:
            return
        fresh = {row.id: row for row in self._pages.rows([self._rows[i].id for i in positions])}
        for index in positions:
            if self._rows[index].id in fresh:
                self._rows[index] = fresh[self._rows[index].id]
        self.dataChanged.emit(self.index(min(positions), 0), self.index(max(positions), self.columnCount() - 1))

    def styled(self, row: ContactRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell too narrow for it, and what it means
            lines = [COLUMNS[column].text(row)]
            if column == 2 and row.outlet_type:
                lines.append(OutletType(row.outlet_type).label())
            if row.do_not_contact:
                lines.append(translate("ContactsTab", "Do not contact: left out of every distribution"))
            return "\n".join(line for line in lines if line) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.do_not_contact:
            return QBrush(_DNC_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.do_not_contact and column == 0:
            font = QFont()
            font.setItalic(True)
            return font
        return None
