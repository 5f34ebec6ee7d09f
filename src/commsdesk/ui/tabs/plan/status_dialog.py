"""The dialog that records a dated status update of an activity, with its evidence and the history so far."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.plan import ActivityStatus, parse_cost
from commsdesk.errors import ValidationError
from commsdesk.i18n import format_date, translate
from commsdesk.services.plan import ActivityState, EvidenceItem, StatusInput, UpdateRow
from commsdesk.ui import file_dialogs
from commsdesk.ui.tabs.plan import texts
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.table_view import make_table_view


def _checkable(items: list[EvidenceItem], chosen: set[int]) -> QStandardItemModel:
    model = QStandardItemModel()
    for item in items:
        row = QStandardItem(f"{format_date(item.day)}  {item.title}")
        row.setData(item.id, Qt.ItemDataRole.UserRole)
        row.setCheckable(True)
        row.setEditable(False)
        if item.id in chosen:  # linked by an earlier update: it stays evidence
            row.setCheckState(Qt.CheckState.Checked)
            row.setEnabled(False)
            row.setToolTip(translate("StatusDialog", "Linked by an earlier status update"))
        model.appendRow(row)
    return model


def _checked(model: QStandardItemModel) -> tuple[int, ...]:
    return tuple(
        model.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(model.rowCount())
        if model.item(row).checkState() == Qt.CheckState.Checked and model.item(row).isEnabled()
    )


class StatusDialog(GuardedDialog):
    """`store(update)` records the status update; the dialog closes once it has."""

    def __init__(
        self,
        activity: ActivityState,
        history: list[UpdateRow],
        events: list[EvidenceItem],
        releases: list[EvidenceItem],
        today: date,
        store: Callable[[StatusInput], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, store)
        self.setWindowTitle(translate("StatusDialog", "Status update"))
        self.resize(720, 620)
        self.activity = activity
        heading = QLabel(activity.title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold")
        when = QLabel(
            " · ".join(
                part
                for part in ("; ".join(activity.responsible), texts.when(activity), texts.planned(activity))
                if part
            )
        )
        when.setWordWrap(True)

        self.on_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.on_date.setDisplayFormat("dd.MM.yyyy")
        self.on_date.setCalendarPopup(True)
        self.status = QComboBox()
        for code, label in ActivityStatus.labelled():
            self.status.addItem(label, code)
        self.status.setCurrentIndex(self.status.findData(activity.status.value))
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(10)
        self.progress.setSuffix(" %")
        self.progress.setValue(activity.progress)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.cost = QLineEdit(texts.plain_amount(activity.actual_cost_cents))
        self.cost.setPlaceholderText(translate("StatusDialog", "euros spent so far, e.g. 1.250,00"))
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMaximumHeight(60)
        self.file = QLineEdit()
        browse = QPushButton(translate("StatusDialog", "Choose…"))
        browse.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(translate("StatusDialog", "Date:"), self.on_date)
        form.addRow(translate("StatusDialog", "Status:"), self.status)
        form.addRow(translate("StatusDialog", "Progress:"), self.progress)
        form.addRow(translate("StatusDialog", "Spent so far (€):"), self.cost)
        form.addRow(translate("StatusDialog", "Comment:"), self.comment)
        form.addRow(translate("StatusDialog", "Evidence:"), self.evidence)
        form.addRow(translate("StatusDialog", "Evidence file:"), file_row)

        linked_events = {i for row in history for i in row.event_ids}
        linked_releases = {i for row in history for i in row.release_ids}
        self.events_model = _checkable(events, linked_events)
        self.releases_model = _checkable(releases, linked_releases)
        pages = QTabWidget()
        pages.addTab(self._history(history), translate("StatusDialog", "History ({count})").format(count=len(history)))
        pages.addTab(
            self._list(self.events_model),
            translate("StatusDialog", "Evidence: calendar events ({count})").format(count=len(events)),
        )
        pages.addTab(
            self._list(self.releases_model),
            translate("StatusDialog", "Evidence: press releases ({count})").format(count=len(releases)),
        )
        self.pages = pages

        buttons = QDialogButtonBox()
        buttons.addButton(translate("StatusDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("StatusDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(when)
        layout.addLayout(form)
        layout.addWidget(pages, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _list(model: QStandardItemModel) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setUniformItemSizes(True)
        model.setParent(view)
        return view

    def _history(self, history: list[UpdateRow]) -> QWidget:
        model = RowsModel(
            [
                ColumnSpec(lambda: translate("StatusDialog", "Date"), lambda r: format_date(r.on_date)),
                ColumnSpec(lambda: translate("StatusDialog", "Status"), lambda r: r.status.label()),
                ColumnSpec(lambda: translate("StatusDialog", "Progress"), lambda r: f"{r.progress} %"),
                ColumnSpec(lambda: translate("StatusDialog", "Spent"), lambda r: texts.money(r.actual_cost_cents)),
                ColumnSpec(lambda: translate("StatusDialog", "Comment"), lambda r: r.comment),
            ],
            self,
        )
        model.set_rows(list(reversed(history)))
        view = make_table_view()
        view.setModel(model)
        for column, width in enumerate((80, 110, 70, 90)):
            view.setColumnWidth(column, width)
        return view

    def _status_changed(self) -> None:
        status = ActivityStatus(self.status.currentData())
        if status is ActivityStatus.COMPLETED:
            self.progress.setValue(100)
        elif status is ActivityStatus.IN_PROGRESS and self.progress.value() in (0, 100):
            self.progress.setValue(10 if self.progress.value() == 0 else 90)

    def _choose_file(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, translate("StatusDialog", "Evidence file"))
        if path:
            self.file.setText(path)

    def form_values(self) -> tuple:
        written = (self.cost.text(), self.comment.toPlainText(), self.evidence.toPlainText(), self.file.text())
        evidence = (_checked(self.events_model), _checked(self.releases_model))
        return self.on_date.date(), self.status.currentData(), self.progress.value(), *written, *evidence

    def entered(self) -> StatusInput:
        text = self.cost.text().strip()
        try:
            cost = parse_cost(text) if text else None
        except ValueError:
            raise ValidationError(
                translate("StatusDialog", 'The amount "{amount}" is not a number of euros.').format(amount=text), "cost"
            ) from None
        day = self.on_date.date()
        return StatusInput(
            on_date=date(day.year(), day.month(), day.day()),
            status=ActivityStatus(self.status.currentData()),
            progress=self.progress.value(),
            actual_cost_cents=cost,
            comment=self.comment.toPlainText().strip(),
            evidence=self.evidence.toPlainText().strip(),
            evidence_file=self.file.text().strip(),
            event_ids=_checked(self.events_model),
            release_ids=_checked(self.releases_model),
        )
