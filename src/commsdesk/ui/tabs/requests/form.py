"""The form of one request: its sections in tabs, the deadline clock as it is edited, files, history, letters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from commsdesk.domain.requests import OPEN_STATUSES, RequestOutcome, RequestStatus
from commsdesk.i18n import current_language, translate
from commsdesk.services.requests import RequestDetails, RequestInput, RequestsService
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import confirm, guarded, show_info
from commsdesk.ui.tabs.requests import form_pages
from commsdesk.ui.tabs.requests.clock_panel import DeadlineClock
from commsdesk.ui.tabs.requests.form_files import FilesPage, HistoryPage
from commsdesk.ui.tabs.requests.inputs import Inputs
from commsdesk.ui.tabs.requests.letter_menu import LetterButton
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog

PERSONAL = ("requester_name", "requester_address")


class RequestDialog(GuardedDialog):
    """New or edit. Save stores through the service (whose checks name the field to fix) and closes; a letter, a
    file or erasing the requester's details first saves what the form holds and keeps it open."""

    def __init__(
        self,
        service: RequestsService,
        request_id: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.request_id = request_id
        self.details: RequestDetails | None = service.details(request_id) if request_id is not None else None
        self._base = self.details.data if self.details else RequestInput(received_at=service.now(), subject="")
        rules = self.details.rules if self.details else service.settings().rules
        self.clock = DeadlineClock(rules, service.working_days(), service.now)
        self.inputs = Inputs(self)
        self._loading = False
        self._build()
        self._load()
        self.inputs.changed.connect(self._update_clock)
        self.inputs["outcome"].currentIndexChanged.connect(lambda _=0: self._outcome_chosen())
        self.inputs["contact_id"].chosen.connect(self._contact_chosen)
        self.inputs["clarification_asked"].enabled.toggled.connect(lambda _=False: self._clarification_changed())
        self.inputs["clarification_received"].enabled.toggled.connect(lambda _=False: self._clarification_changed())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(920, 660)
        self.inputs["subject" if self.details is None else "status"].setFocus()
        self.remember()  # no caller presets anything: the form as loaded is the unchanged one

    # -- building --------------------------------------------------------------------------------------------------
    def _activities(self) -> list[tuple[int, str]]:
        """The action-plan activities of the request's year it can be evidence of."""
        return self.service.activity_choices(self._base.received_at.year)

    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget()
        self.files = FilesPage(self.service, self._stored, self._reload_details)
        self.history = HistoryPage()
        for page, title in (
            (form_pages.request_page(self.inputs, self._activities()), translate("RequestForm", "Request")),
            (
                form_pages.requester_page(self.inputs, self.service.contact_choices, self.service.contact_label),
                translate("RequestForm", "Requester"),
            ),
            (form_pages.handling_page(self.inputs, self.clock.forwarding), translate("RequestForm", "Handling")),
            (form_pages.decision_page(self.inputs), translate("RequestForm", "Decision")),
            (form_pages.complaint_page(self.inputs, self.clock.complaint), translate("RequestForm", "Complaint")),
            (self.files, translate("RequestForm", "Files")),
            (self.history, translate("RequestForm", "History")),
        ):
            self.tabs.addTab(page, title)
        self.letter_button = LetterButton(
            self.service, self._stored, lambda: self.inputs["requester_language"].currentData(), self._reload_details
        )
        self.erase_button = QPushButton(translate("RequestForm", "&Erase requester's details…"))
        self.erase_button.clicked.connect(lambda _=False: self.erase_requester())
        self.export_button = QPushButton(translate("RequestForm", "E&xport requester's data…"))
        self.export_button.setToolTip(
            translate("RequestForm", "Every request of this requester (same name or address), as a workbook")
        )
        self.export_button.clicked.connect(lambda _=False: self.export_requester())
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(translate("RequestForm", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("RequestForm", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.letter_button)
        bottom.addWidget(self.erase_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.clock.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _show_details(self) -> None:
        details = self.details
        if details is None:
            self.setWindowTitle(translate("RequestForm", "New request"))
            self.heading.setText(translate("RequestForm", "New request — the number is given when it is saved"))
        else:
            self.setWindowTitle(translate("RequestForm", "Request {reference}").format(reference=details.reference))
            heading = translate("RequestForm", "Request {reference} · {status}").format(
                reference=details.reference, status=details.data.status.label()
            )
            if details.anonymised:
                heading += " · " + translate("RequestForm", "requester's details erased")
            self.heading.setText(heading)
        self.files.set_files(details.files if details else ())
        self.history.set_steps(details.history if details else ())
        anonymised = details is not None and details.anonymised
        for name in PERSONAL:
            self.inputs[name].setReadOnly(anonymised)
        self.inputs["contact_id"].setEnabled(not anonymised)  # linking a contact would name the requester again
        self.erase_button.setEnabled(details is not None and not anonymised)
        self.export_button.setEnabled(details is not None and not anonymised)

    # -- the form follows what is entered ------------------------------------------------------------------------------
    def _update_clock(self) -> None:
        self.clock.update(self.inputs.raw())

    def _outcome_chosen(self) -> None:
        """An outcome closes the request with its status; taking the outcome back opens it again."""
        if self._loading:
            return
        code, status = self.inputs["outcome"].currentData(), self.inputs["status"]
        if code:
            target = RequestOutcome(code).status
        elif RequestStatus(status.currentData()).is_open:
            return
        else:
            target = self._base.status if self._base.status.is_open else RequestStatus.IN_PROGRESS
        status.setCurrentIndex(status.findData(target.value))

    def _clarification_changed(self) -> None:
        """Asking for a clarification stops the clock: the status says so; its answer starts it again."""
        status = self.inputs["status"]
        current = RequestStatus(status.currentData())
        if self._loading or current not in OPEN_STATUSES:
            return
        waiting = self.inputs["clarification_asked"].value() and not self.inputs["clarification_received"].value()
        if waiting:
            target = RequestStatus.AWAITING_CLARIFICATION
        else:
            target = RequestStatus.IN_PROGRESS if current is RequestStatus.AWAITING_CLARIFICATION else current
        status.setCurrentIndex(status.findData(target.value))

    # -- GuardedDialog -------------------------------------------------------------------------------------------------
    def form_values(self) -> object:
        return self.inputs.raw()

    def entered(self) -> RequestInput:
        return self.inputs.entered(self._base)

    def field_widget(self, field: str) -> QWidget | None:
        return self.inputs.focus_target(field) or super().field_widget(field)

    def commit(self) -> bool:
        data = self.entered()
        if self.request_id is None:
            self.request_id = self.service.create(data)
        else:
            self.service.update(self.request_id, data)
        self.saved = self.request_id
        return True

    # -- saving while the form stays open ------------------------------------------------------------------------------
    def _stored(self) -> int | None:
        """The request's id with what the form holds saved (a new request gets its number); None when refused."""
        if self.request_id is not None and not self.has_changes():
            return self.request_id
        if not self.save():
            return None
        self._reload_details()
        return self.request_id

    def _reload_details(self) -> None:
        """Read the stored request again (its number, status, files, history) and take it as the unchanged form."""
        assert self.request_id is not None
        self.details = self.service.details(self.request_id)
        self._base = self.details.data
        self._load()
        self.remember()

    def _contact_chosen(self, _contact_id: int, label: str) -> None:
        """A contact linked to a request without a name yet gives it theirs."""
        name = self.inputs["requester_name"]
        if not name.text().strip():
            name.setText(label.split(" — ")[0])

    def _load(self) -> None:
        self._loading = True  # the form shows what is stored: no status follows from it
        try:
            self.inputs.load(self._base)
        finally:
            self._loading = False
        self._show_details()
        self._update_clock()

    def export_requester(self, path: str | None = None) -> Path | None:
        """What the register holds about the requester (the law lets a private person ask for it), as XLSX."""
        if self.details is None or self._stored() is None:
            return None
        if path is None:
            name = translate("RequestForm", "requester-data-{reference}.xlsx").format(
                reference=self.details.reference.replace("/", "-")
            )
            path, _ = file_dialogs.get_save_file_name(
                self,
                translate("RequestForm", "Export the requester's data"),
                name,
                translate("RequestForm", "Excel workbooks (*.xlsx)"),
            )
        if not path:
            return None
        target = Path(path).with_suffix(".xlsx")
        count = guarded(self, self.service.export_requester, self.request_id, target, current_language())
        if count is None:
            return None
        show_info(
            self,
            translate("RequestForm", "{count} requests of this requester written to {path}.").format(
                count=count, path=target
            ),
        )
        return target

    def erase_requester(self) -> None:
        """Erase the requester's name and address (asks first); the request, its figures and history stay."""
        if self.details is None:
            return
        name = self.inputs["requester_name"].text() or translate("RequestForm", "(anonymous)")
        question = translate(
            "RequestForm",
            "Erase the details of {name}, the requester of {reference}? The request, its figures and its history "
            "stay; this cannot be undone.",
        ).format(name=name, reference=self.details.reference)
        if not confirm(self, question, translate("RequestForm", "Erase")):
            return
        if self._stored() is None:
            return
        guarded(self, self.service.anonymise, self.request_id)
        self._reload_details()
