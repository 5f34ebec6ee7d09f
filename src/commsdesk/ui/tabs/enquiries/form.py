"""The form of one enquiry: who asked what, its handling, the answer in three languages and its history.

The status follows what is entered (facts asked: waiting for input; approved on: approved; sent at: answered),
and can always be chosen by hand; the deadline follows the time received while it is the default one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.enquiries import EnquiryStatus, default_deadline
from commsdesk.i18n import format_datetime, translate
from commsdesk.services.contacts import ContactsService
from commsdesk.services.enquiries import EnquiriesService, EnquiryDetails, EnquiryInput
from commsdesk.ui.messages import confirm, guarded
from commsdesk.ui.tabs.enquiries import form_pages, texts
from commsdesk.ui.tabs.enquiries.answers import AnswersEditor
from commsdesk.ui.tabs.enquiries.draft_button import DraftButton
from commsdesk.ui.tabs.enquiries.inputs import Inputs
from commsdesk.ui.tabs.enquiries.journalist import Journalists
from commsdesk.ui.tabs.enquiries.model import OVERDUE
from commsdesk.ui.tabs.enquiries.questions import QuestionsEditor
from commsdesk.ui.widgets.field_inputs import moment_of, qdatetime
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from commsdesk.ui.widgets.history_page import HistoryPage

PERSONAL = ("journalist", "journalist_email", "journalist_phone")


class EnquiryDialog(GuardedDialog):
    """New or edit. Save stores through the service (whose checks name the field to fix) and closes; an e-mail
    draft (`draft_button`) or erasing the journalist's details first saves what the form holds and keeps it open."""

    def __init__(
        self,
        service: EnquiriesService,
        enquiry_id: int | None = None,
        contacts: ContactsService | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.enquiry_id = enquiry_id
        self.details: EnquiryDetails | None = service.details(enquiry_id) if enquiry_id is not None else None
        self._lead_hours = service.settings().lead_hours
        if self.details is not None:
            self._base = self.details.data
        else:
            now = service.now()
            self._base = EnquiryInput(
                received_at=now, questions=(), deadline_at=default_deadline(now, self._lead_hours)
            )
        self.journalists = Journalists(contacts) if contacts is not None else None
        self.inputs = Inputs(self)
        self.questions = QuestionsEditor()
        self.answers = AnswersEditor(service)
        self._loading = False
        self._build()
        self._load()
        self._follow_the_form()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(960, 680)
        (self.inputs["journalist"] if self.details is None else self.inputs["status"]).setFocus()
        self.remember()  # no caller presets anything: the form as loaded is the unchanged one

    # -- building --------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.new_contact_button = QPushButton(translate("EnquiryForm", "New &contact…"))
        self.new_contact_button.setToolTip(
            translate("EnquiryForm", "Add the journalist to the contacts, with what the enquiry holds, and link them")
        )
        self.new_contact_button.clicked.connect(lambda _=False: self.new_contact())
        self.default_deadline = QLabel()
        self.default_button = QPushButton(translate("EnquiryForm", "Use the default"))
        self.default_button.clicked.connect(lambda _=False: self.use_default_deadline())
        self.draft_button = DraftButton(
            self.service, self._stored_reference, self.answers.language, self._reload_details
        )
        self.answers.buttons.insertWidget(1, self.draft_button)
        self.tabs = QTabWidget()
        self.history = HistoryPage()
        pages = (
            (
                form_pages.enquiry_page(
                    self.inputs,
                    self.questions,
                    self.journalists,
                    self.new_contact_button,
                    self.service.outlets(),
                    self.service.topics(),
                ),
                translate("EnquiryForm", "Enquiry"),
            ),
            (
                form_pages.handling_page(
                    self.inputs,
                    self.default_deadline,
                    self.default_button,
                    self.service.activity_choices(self._base.received_at.year),
                    self.service.link_choices(self._base.received_at.date()),
                ),
                translate("EnquiryForm", "Handling"),
            ),
            (form_pages.answer_page(self.inputs, self.answers, self.service.now), translate("EnquiryForm", "Answer")),
            (self.history, translate("EnquiryForm", "History")),
        )
        for page, title in pages:
            self.tabs.addTab(page, title)
        self.erase_button = QPushButton(translate("EnquiryForm", "E&rase journalist's details…"))
        self.erase_button.clicked.connect(lambda _=False: self.erase_journalist())
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(translate("EnquiryForm", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("EnquiryForm", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.erase_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _follow_the_form(self) -> None:
        inputs = self.inputs
        inputs.changed.connect(self._show_deadline)
        inputs["received_at"].dateTimeChanged.connect(lambda _=None: self._received_changed())
        inputs["status"].currentIndexChanged.connect(lambda _=0: self._status_chosen())
        inputs["approval_needed"].toggled.connect(lambda _=False: self._show_approval())
        for name in ("facts_asked_on", "facts_received_on"):
            inputs[name].enabled.toggled.connect(lambda _=False: self._facts_changed())
        inputs["approved_on"].enabled.toggled.connect(lambda _=False: self._approval_changed())
        inputs["answered_at"].enabled.toggled.connect(lambda _=False: self._sent_changed())
        if self.journalists is not None:
            inputs["contact_id"].chosen.connect(self._contact_chosen)

    def _show_details(self) -> None:
        details = self.details
        if details is None:
            self.setWindowTitle(translate("EnquiryForm", "New enquiry"))
            self.heading.setText(translate("EnquiryForm", "New enquiry — the number is given when it is saved"))
        else:
            self.setWindowTitle(translate("EnquiryForm", "Enquiry {reference}").format(reference=details.reference))
            heading = translate("EnquiryForm", "Enquiry {reference} · {status}").format(
                reference=details.reference, status=details.data.status.label()
            )
            if details.anonymised:
                heading += " · " + translate("EnquiryForm", "journalist's details erased")
            self.heading.setText(heading)
        self.history.set_steps(details.history if details else ())
        anonymised = details is not None and details.anonymised
        for name in PERSONAL:
            self.inputs[name].setReadOnly(anonymised)
        if self.journalists is not None:
            self.inputs["contact_id"].setEnabled(not anonymised)  # a contact linked again would name them again
        self.new_contact_button.setEnabled(not anonymised)
        self.erase_button.setEnabled(details is not None and not anonymised)
        self._show_approval()
        self.inputs["reason"].setEnabled(self._status().needs_reason)

    # -- the form follows what is entered ------------------------------------------------------------------------------
    def _status(self) -> EnquiryStatus:
        return EnquiryStatus(self.inputs["status"].currentData())

    def _set_status(self, status: EnquiryStatus) -> None:
        combo = self.inputs["status"]
        combo.setCurrentIndex(combo.findData(status.value))

    def _working_status(self) -> EnquiryStatus:
        """Where an open enquiry stands by what is entered, once it is no longer approved or answered."""
        if self.inputs["approved_on"].value() is not None:
            return EnquiryStatus.APPROVED
        return EnquiryStatus.DRAFTED if self.answers.value() else EnquiryStatus.NEW

    def _facts_changed(self) -> None:
        """Facts asked of a directorate: the enquiry waits for them; once they came, it goes on."""
        status = self._status()
        if self._loading or not status.is_open:
            return
        awaited = self.inputs["facts_asked_on"].value() is not None and self.inputs["facts_received_on"].value() is None
        if awaited and status is EnquiryStatus.NEW:
            self._set_status(EnquiryStatus.WAITING_FOR_INPUT)
        elif not awaited and status is EnquiryStatus.WAITING_FOR_INPUT:
            self._set_status(self._working_status())

    def _approval_changed(self) -> None:
        status = self._status()
        if self._loading or not status.is_open:
            return
        if self.inputs["approved_on"].value() is not None:
            self._set_status(EnquiryStatus.APPROVED)
        elif status is EnquiryStatus.APPROVED:
            self._set_status(self._working_status())

    def _sent_changed(self) -> None:
        if self._loading:
            return
        status = self._status()
        if self.inputs["answered_at"].value() is not None:
            if status.is_open:
                self._set_status(EnquiryStatus.ANSWERED)
        elif status is EnquiryStatus.ANSWERED:
            self._set_status(self._working_status())

    def _status_chosen(self) -> None:
        """A reason for declining or "no comment"; an enquiry marked answered by hand was answered now, one made
        open again was not answered yet."""
        status = self._status()
        self.inputs["reason"].setEnabled(status.needs_reason)
        sent = self.inputs["answered_at"]
        if self._loading:
            return
        if status is EnquiryStatus.ANSWERED and sent.value() is None:
            sent.set_value(self.service.now())
        elif status.is_open and sent.value() is not None:
            sent.set_value(None)
        else:
            return
        self._show_deadline()  # answered in time, or not yet

    def _show_approval(self) -> None:
        needed = self.inputs["approval_needed"].isChecked()
        for name in ("approver", "approved_on"):
            self.inputs[name].setEnabled(needed)

    def _received_changed(self) -> None:
        """The deadline moves with the time received while it is the default one."""
        received = moment_of(self.inputs["received_at"])
        deadline = self.inputs["deadline_at"]
        if not self._loading and moment_of(deadline) == default_deadline(self._received, self._lead_hours):
            deadline.setDateTime(qdatetime(default_deadline(received, self._lead_hours)))
        self._received = received

    def use_default_deadline(self) -> None:
        received = moment_of(self.inputs["received_at"])
        self.inputs["deadline_at"].setDateTime(qdatetime(default_deadline(received, self._lead_hours)))

    def _show_deadline(self) -> None:
        """The heading's line: when the answer is due and how much time is left, red once late."""
        deadline = moment_of(self.inputs["deadline_at"])
        received = moment_of(self.inputs["received_at"])
        default = default_deadline(received, self._lead_hours)
        self.default_deadline.setText(
            translate("EnquiryForm", "default: {hours} hours after it came ({moment})").format(
                hours=self._lead_hours, moment=format_datetime(default)
            )
        )
        self.default_button.setEnabled(deadline != default)
        now = self.service.now()
        status = self._status()
        clock = texts.clock_text(status, deadline, self.inputs["answered_at"].value(), now)
        line = translate("EnquiryForm", "Answer due {moment}").format(moment=format_datetime(deadline))
        if clock:
            line += f" · {clock}"
        if self.inputs["facts_asked_on"].value() is not None and self.inputs["facts_received_on"].value() is None:
            source = self.inputs["facts_from"].text().strip()
            waiting = (
                translate("EnquiryForm", "waiting for the facts from {source}").format(source=source)
                if source
                else texts.waiting_for_facts()
            )
            line += f" · {waiting}"
        late = status.is_open and now > deadline
        if late:
            line += "\n" + texts.past_deadline()
        self.summary.setText(line)
        self.summary.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold" if late else "")

    def _contact_chosen(self, contact_id: int, _label: str) -> None:
        """A contact linked to the enquiry fills in the journalist's details still empty."""
        assert self.journalists is not None
        row = self.journalists.row(contact_id)
        if row is None:
            return
        for name, value in (
            ("journalist", row.name),
            ("outlet", row.outlet),
            ("journalist_email", row.email),
            ("journalist_phone", row.phone),
        ):
            edit = self.inputs[name]
            if not edit.text().strip() and value:
                edit.setText(value)

    # -- GuardedDialog -------------------------------------------------------------------------------------------------
    def form_values(self) -> object:
        return self.inputs.raw()

    def entered(self) -> EnquiryInput:
        return self.inputs.entered(self._base)

    def field_widget(self, field: str) -> QWidget | None:
        return self.inputs.focus_target(field) or super().field_widget(field)

    def commit(self) -> bool:
        data = self.entered()
        if self.enquiry_id is None:
            self.enquiry_id = self.service.create(data)
        else:
            self.service.update(self.enquiry_id, data)
        self.saved = self.enquiry_id
        return True

    # -- saving while the form stays open ------------------------------------------------------------------------------
    def _stored(self) -> int | None:
        """The enquiry's id with what the form holds saved (a new one gets its number); None when refused."""
        if self.enquiry_id is not None and not self.has_changes():
            return self.enquiry_id
        if not self.save():
            return None
        self._reload_details()
        return self.enquiry_id

    def _stored_reference(self) -> tuple[int, str] | None:
        enquiry_id = self._stored()
        return (enquiry_id, self.details.reference) if enquiry_id is not None and self.details is not None else None

    def _reload_details(self) -> None:
        """Read the stored enquiry again (its number, status, history) and take it as the unchanged form."""
        assert self.enquiry_id is not None
        self.details = self.service.details(self.enquiry_id)
        self._base = self.details.data
        self._load()
        self.remember()

    def _load(self) -> None:
        self._loading = True  # the form shows what is stored: no status follows from it
        try:
            self.inputs.load(self._base)
            self._received = self._base.received_at
        finally:
            self._loading = False
        self._show_details()
        self._show_deadline()

    # -- actions -----------------------------------------------------------------------------------------------------
    def new_contact(self) -> int | None:
        """Create the journalist as a contact (the contact form, filled in from the enquiry) and link them."""
        if self.journalists is None:
            return None
        value = {name: self.inputs[name].text().strip() for name in ("journalist", "outlet")}
        created = self.journalists.create(
            self,
            value["journalist"],
            value["outlet"],
            self.inputs["journalist_email"].text().strip(),
            self.inputs["journalist_phone"].text().strip(),
        )
        if created is not None:
            self.inputs["contact_id"].set_value(created, notify=True)
            self._contact_chosen(created, "")
        return created

    def erase_journalist(self) -> None:
        """Erase the journalist's name, e-mail, phone and contact link (asks first); the enquiry stays."""
        if self.details is None:
            return
        name = self.inputs["journalist"].text() or translate("EnquiryForm", "(no name)")
        question = translate(
            "EnquiryForm",
            "Erase the details of {name}, the journalist of {reference}? The enquiry, its questions, answer and "
            "history stay; this cannot be undone.",
        ).format(name=name, reference=self.details.reference)
        if not confirm(self, question, translate("EnquiryForm", "Erase")):
            return
        if self._stored() is None:
            return
        guarded(self, self.service.anonymise, self.enquiry_id)
        self._reload_details()
