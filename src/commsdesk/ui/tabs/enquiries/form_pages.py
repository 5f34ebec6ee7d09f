"""The sections of the enquiry form: the enquiry (who asked what), its handling (deadline, facts, approval) and
the answer.

Each function makes its section's widgets through `Inputs` (so that they are named after their fields) and lays
them out; the form puts the sections in tabs, which fit a 1366×768 screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus
from commsdesk.i18n import translate
from commsdesk.ui.tabs.enquiries.answers import AnswersEditor
from commsdesk.ui.tabs.enquiries.inputs import Inputs
from commsdesk.ui.tabs.enquiries.journalist import Journalists
from commsdesk.ui.tabs.enquiries.questions import QuestionsEditor
from commsdesk.ui.widgets.form_pages import form_page, form_row, hint_label


def _completing(edit: QLineEdit, known: list[str]) -> QLineEdit:
    """`edit` proposing the values the register knows (outlets, topics) as they are typed."""
    completer = QCompleter(known, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


def enquiry_page(
    inputs: Inputs,
    questions: QuestionsEditor,
    journalists: Journalists | None,
    new_contact: QPushButton,
    outlets: list[str],
    topics: list[str],
) -> QWidget:
    form = QFormLayout()
    channel = inputs.choice("channel", EnquiryChannel.labelled())
    form.addRow(
        translate("EnquiryForm", "Received"),
        form_row(inputs.moment("received_at"), _label(translate("EnquiryForm", "by")), channel, stretch_last=False),
    )
    form.addRow(
        translate("EnquiryForm", "Journalist"),
        inputs.line("journalist", translate("EnquiryForm", "name, as the journalist gave it")),
    )
    if journalists is not None:
        link = inputs.contact(
            "contact_id",
            journalists.search,
            journalists.label,
            translate("EnquiryForm", "type a name to link the journalist to a contact"),
        )
        link.setToolTip(
            translate(
                "EnquiryForm",
                "The journalist in the contacts: their personal-data export and erasure then include this enquiry",
            )
        )
        link.row.addWidget(new_contact)
        form.addRow(translate("EnquiryForm", "Contact"), link)
    outlet = _completing(inputs.line("outlet", translate("EnquiryForm", "newspaper, portal, TV or radio")), outlets)
    form.addRow(translate("EnquiryForm", "Outlet"), outlet)
    email = inputs.line("journalist_email", "name@example.org")
    phone = inputs.line("journalist_phone", "+383 44 123 456")
    form.addRow(
        translate("EnquiryForm", "E-mail"),
        form_row(email, _label(translate("EnquiryForm", "Phone")), phone, stretch_last=False),
    )
    topic = _completing(inputs.line("topic", translate("EnquiryForm", "what the enquiry is about")), topics)
    tags = inputs.tags("tags", translate("EnquiryForm", "tags, separated by commas"))
    form.addRow(translate("EnquiryForm", "Topic"), form_row(topic, tags, stretch_last=False))
    inputs.add("questions", questions, questions.changed)
    form.addRow(translate("EnquiryForm", "Questions"), questions)
    return form_page(form)


def handling_page(
    inputs: Inputs,
    default_deadline: QLabel,
    use_default: QPushButton,
    activities: list[tuple[int, str]],
    links: tuple[list[tuple[int, str]], list[tuple[int, str]]],
) -> QWidget:
    form = QFormLayout()
    form.addRow(
        translate("EnquiryForm", "Deadline"),
        form_row(inputs.moment("deadline_at"), use_default, default_deadline),
    )
    form.addRow(
        "", hint_label(translate("EnquiryForm", "The journalist's deadline: when the answer must be with them."))
    )
    form.addRow(
        translate("EnquiryForm", "Facts from"),
        inputs.line("facts_from", translate("EnquiryForm", "the directorate or person who supplies the facts")),
    )
    asked = inputs.date("facts_asked_on", translate("EnquiryForm", "asked on"))
    remind = inputs.date("facts_due_on", translate("EnquiryForm", "remind on"))
    received = inputs.date("facts_received_on", translate("EnquiryForm", "received on"))
    facts = form_row(asked, remind, received, stretch_last=False)
    facts.addStretch(1)
    form.addRow(translate("EnquiryForm", "Facts"), facts)
    form.addRow(
        "",
        hint_label(
            translate(
                "EnquiryForm",
                "Facts asked for and not received show on the calendar's Due panel from the day to remind.",
            )
        ),
    )
    needed = inputs.check("approval_needed", translate("EnquiryForm", "The answer must be approved"))
    form.addRow(translate("EnquiryForm", "Approval"), needed)
    approver = inputs.line("approver", translate("EnquiryForm", "the mayor, a director, the cabinet…"))
    approved = inputs.date("approved_on", translate("EnquiryForm", "approved on"))
    form.addRow(translate("EnquiryForm", "Approved by"), form_row(approver, approved, stretch_last=False))
    form.addRow(translate("EnquiryForm", "Note"), inputs.text("note", 60))
    tooltip = translate(
        "EnquiryForm", "The action-plan activity this enquiry is evidence of (interviews and statements)"
    )
    form.addRow(translate("EnquiryForm", "Plan activity"), inputs.activity("activity_id", activities, tooltip))
    releases, events = links
    release_tip = translate("EnquiryForm", "The press release the enquiry led to, or that answered it")
    form.addRow(translate("EnquiryForm", "Press release"), inputs.activity("release_id", releases, release_tip))
    event_tip = translate("EnquiryForm", "The event the enquiry was about")
    form.addRow(translate("EnquiryForm", "Event"), inputs.activity("event_id", events, event_tip))
    return form_page(form)


def answer_page(inputs: Inputs, answers: AnswersEditor, now: Callable[[], datetime]) -> QWidget:
    form = QFormLayout()
    status = inputs.choice("status", EnquiryStatus.labelled())
    reason = inputs.line(
        "reason", translate("EnquiryForm", "why the enquiry is declined or answered with “no comment”")
    )
    form.addRow(translate("EnquiryForm", "Status"), form_row(status, reason))
    inputs.add("answers", answers, answers.changed)
    form.addRow(translate("EnquiryForm", "Answer"), answers)
    sent = inputs.optional_moment("answered_at", translate("EnquiryForm", "sent at"), now)
    via = inputs.choice("answered_via", EnquiryChannel.labelled(), translate("EnquiryForm", "(how?)"))
    row = form_row(sent, _label(translate("EnquiryForm", "by")), via, stretch_last=False)
    row.addStretch(1)
    form.addRow(translate("EnquiryForm", "Sent"), row)
    answers.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    page = QWidget()
    page.setLayout(form)  # no stretch under it: the answer takes the height
    return page
