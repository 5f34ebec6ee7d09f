"""Finding duplicates and merging two contacts field by field."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.contacts import MERGE_FIELDS, ContactDetail, field_label
from commsdesk.i18n import format_date, translate
from commsdesk.services.contacts import ContactsService, DuplicatePair, Reason
from commsdesk.ui.tabs.contacts.common import literal
from commsdesk.ui.tabs.contacts.model import language_label
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.table_view import make_table_view


def shown(name: str, value: object) -> str:
    """A field's value as the merge dialog shows it."""
    if isinstance(value, bool):
        return translate("ContactsTab", "yes") if value else translate("ContactsTab", "no")
    if isinstance(value, date):
        return format_date(value)
    if name == "language":
        return language_label(str(value))
    return str(value or "")


class DuplicatesDialog(QDialog):
    """Pairs of contacts that are probably the same person; Merge opens the field-by-field merge."""

    def __init__(self, service: ContactsService, pairs: list[DuplicatePair], parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.merged = 0
        self.setWindowTitle(translate("ContactDuplicates", "Possible duplicates"))
        self.model = RowsModel(
            [
                ColumnSpec(lambda: translate("ContactDuplicates", "Contact"), lambda p: p.first_name),
                ColumnSpec(lambda: translate("ContactDuplicates", "Possible duplicate"), lambda p: p.second_name),
                ColumnSpec(lambda: translate("ContactDuplicates", "Organisation"), lambda p: p.outlet),
                ColumnSpec(lambda: translate("ContactDuplicates", "Why"), lambda p: Reason.label(p.reason)),
                ColumnSpec(lambda: translate("ContactDuplicates", "Shared"), lambda p: p.detail),
            ],
            self,
        )
        self.model.set_rows(pairs)
        self.table = make_table_view()
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.setModel(self.model)
        for column, width in enumerate((190, 190, 200, 190)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.merge_current())
        self.summary = QLabel()
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(
            translate("ContactDuplicates", "Merge…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.clicked.connect(self.merge_current)
        buttons.addButton(translate("ContactDuplicates", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._show_summary()
        if pairs:
            self.table.selectRow(0)
        self.resize(1000, 520)

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        if count:
            text = translate("ContactDuplicates", "{count} pairs of contacts may be the same person.").format(
                count=count
            )
        else:
            text = translate("ContactDuplicates", "No duplicates found.")
        self.summary.setText(text)
        self.merge_button.setEnabled(count > 0)

    def merge_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        pair: DuplicatePair = self.model.row(index.row())
        first, second = self._service.get(pair.first_id), self._service.get(pair.second_id)
        if first is None or second is None:
            self._drop(index.row())
            return
        dialog = MergeDialog(self._service, first, second, self)
        if dialog.exec():
            self.merged += 1
            gone = {pair.first_id, pair.second_id}
            rows = [p for p in self._pairs() if not ({p.first_id, p.second_id} & gone)]
            self.model.set_rows(rows)
            self._show_summary()

    def _pairs(self) -> list[DuplicatePair]:
        return [self.model.row(index) for index in range(self.model.rowCount())]

    def _drop(self, row: int) -> None:
        rows = self._pairs()
        del rows[row]
        self.model.set_rows(rows)
        self._show_summary()


class MergeDialog(GuardedDialog):
    """Both contacts side by side; for each field that differs the user picks which value to keep."""

    def __init__(self, service: ContactsService, first: ContactDetail, second: ContactDetail, parent=None) -> None:
        super().__init__(parent, partial(service.merge, first.id, second.id))
        self.first, self.second = first, second
        self.setWindowTitle(translate("ContactDuplicates", "Merge two contacts"))
        self.choices: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        headings = (
            translate("ContactDuplicates", "Field"),
            translate("ContactDuplicates", "Keep this value"),
            translate("ContactDuplicates", "or this one"),
        )
        for column, text in enumerate(headings):
            heading = QLabel(text)
            heading.setStyleSheet("font-weight: bold")
            grid.addWidget(heading, 0, column)
        row = 1
        for name in MERGE_FIELDS:
            left, right = getattr(first.data, name), getattr(second.data, name)
            if left == right or (right in ("", None, False) and name != "do_not_contact"):
                continue
            group = QButtonGroup(self)
            for column, value in ((1, left), (2, right)):
                button = QRadioButton(literal(shown(name, value)) or translate("ContactDuplicates", "(empty)"))
                group.addButton(button, column)
                grid.addWidget(button, row, column)
            keep_left = left not in ("", None) or name == "do_not_contact"
            if name == "do_not_contact":
                keep_left = bool(left) or not right
            group.button(1 if keep_left else 2).setChecked(True)
            grid.addWidget(QLabel(field_label(name)), row, 0)
            self.choices[name] = group
            row += 1
        if not self.choices:
            grid.addWidget(
                QLabel(translate("ContactDuplicates", "The two contacts hold the same values.")), row, 0, 1, 3
            )
            row += 1
        for name in ("emails", "phones"):  # always all kept: shown, not chosen
            grid.addWidget(QLabel(field_label(name)), row, 0)
            for column, side in ((1, first), (2, second)):
                values = QLabel("\n".join(value for _label, value in getattr(side.data, name)) or "—")
                values.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(values, row, column)
            row += 1
        grid.addWidget(QLabel(field_label("groups")), row, 0)
        for column, side in ((1, first), (2, second)):
            names = QLabel("; ".join(side.data.groups) or "—")
            names.setTextFormat(Qt.TextFormat.PlainText)
            names.setWordWrap(True)
            grid.addWidget(names, row, column)
        grid.setRowStretch(row + 1, 1)
        note = QLabel(
            translate(
                "ContactDuplicates",
                "Every e-mail, phone and group of both contacts is kept, and so is their distribution history. "
                "The merge can be undone.",
            )
        )
        note.setWordWrap(True)
        page = QWidget()
        page.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("ContactDuplicates", "Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("ContactDuplicates", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(
            translate("ContactDuplicates", "Merge “{second}” into “{first}”.").format(
                first=first.name, second=second.name
            )
        )
        title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def chosen(self):
        """The merged contact: each field from the side picked (e-mails, phones and groups of both)."""
        values = {}
        for name in MERGE_FIELDS:
            group = self.choices.get(name)
            side = self.second if group is not None and group.checkedId() == 2 else self.first
            values[name] = getattr(side.data, name)
        outlet_side = (
            self.second if values["outlet"] == self.second.data.outlet and self.second.data.outlet else self.first
        )
        return self.first.data.with_changes(
            **values, outlet_type=outlet_side.data.outlet_type, reach=outlet_side.data.reach
        )

    entered = chosen
