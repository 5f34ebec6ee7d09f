"""The sections of the request form: the request, the requester, its handling, the decision, complaints.

Each function makes its section's widgets through `Inputs` (so that they are named after their fields) and lays
them out; the form puts the sections in tabs, which fit a 1366×768 screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from commsdesk.domain.requests import (
    DocumentForm,
    RefusalGround,
    RequestChannel,
    RequesterType,
    RequestOutcome,
    RequestStatus,
)
from commsdesk.i18n import LANGUAGES, language_name, translate
from commsdesk.ui.tabs.requests.inputs import Inputs
from commsdesk.ui.widgets.contact_link import Search
from commsdesk.ui.widgets.form_pages import form_page, form_row, hint_label


def request_page(inputs: Inputs, activities: list[tuple[int, str]]) -> QWidget:
    form = QFormLayout()
    form.addRow(translate("RequestForm", "Received"), inputs.moment("received_at"))
    form.addRow(translate("RequestForm", "Channel"), inputs.choice("channel", RequestChannel.labelled()))
    subject = inputs.text(
        "subject", 90, translate("RequestForm", "Which documents: as the requester wrote it, or as written down")
    )
    form.addRow(translate("RequestForm", "Documents requested"), subject)
    form.addRow(translate("RequestForm", "Form wanted"), inputs.choice("form", DocumentForm.labelled()))
    urgent = inputs.check("urgent", translate("RequestForm", "Urgent"))
    reason = inputs.line(
        "urgent_reason", translate("RequestForm", "whose life or liberty, public health or the environment is at stake")
    )
    urgent.toggled.connect(reason.setEnabled)
    reason.setEnabled(False)
    form.addRow(translate("RequestForm", "Urgency"), form_row(urgent, reason))
    form.addRow(
        translate("RequestForm", "Held by"),
        inputs.line("holder_unit", translate("RequestForm", "the directorate or unit holding the documents")),
    )
    form.addRow(translate("RequestForm", "Note"), inputs.text("note", 70))
    tooltip = translate(
        "RequestForm", "The action-plan activity this request is evidence of (answering requests for information)"
    )
    form.addRow(translate("RequestForm", "Plan activity"), inputs.activity("activity_id", activities, tooltip))
    form.addRow(
        hint_label(
            translate(
                "RequestForm",
                "A request made in person is written down by the officer; the requester need not give reasons.",
            )
        )
    )
    return form_page(form)


def requester_page(inputs: Inputs, search: Search, label_of: Callable[[int], str]) -> QWidget:
    form = QFormLayout()
    form.addRow(
        translate("RequestForm", "Name"),
        inputs.line("requester_name", translate("RequestForm", "person or organisation")),
    )
    link = inputs.contact(
        "contact_id", search, label_of, translate("RequestForm", "type a name to link the requester to a contact")
    )
    link.setToolTip(
        translate(
            "RequestForm",
            "A journalist or anyone in the contacts: their personal-data export and erasure then include this request",
        )
    )
    form.addRow(translate("RequestForm", "Contact"), link)
    form.addRow(
        "",
        inputs.check(
            "anonymous", translate("RequestForm", "Anonymous towards third parties (the name is never given out)")
        ),
    )
    form.addRow(translate("RequestForm", "Requester type"), inputs.choice("requester_type", RequesterType.labelled()))
    address = inputs.text("requester_address", 70, translate("RequestForm", "e-mail or postal address for the reply"))
    form.addRow(translate("RequestForm", "Reply to"), address)
    languages = [(code, language_name(code)) for code in LANGUAGES]
    form.addRow(translate("RequestForm", "Letters in"), inputs.choice("requester_language", languages))
    form.addRow(
        hint_label(
            translate(
                "RequestForm",
                "Requesters are private persons: their details are erased a number of years after the request is "
                "closed (Settings), or at once with “Erase requester's details”.",
            )
        )
    )
    return form_page(form)


def handling_page(inputs: Inputs, forwarding: QLabel) -> QWidget:
    form = QFormLayout()
    form.addRow(translate("RequestForm", "Status"), inputs.choice("status", RequestStatus.labelled()))
    asked = inputs.date("clarification_asked", translate("RequestForm", "asked on"))
    received = inputs.date("clarification_received", translate("RequestForm", "received on"))
    form.addRow(translate("RequestForm", "Clarification"), form_row(asked, received))
    form.addRow(
        "",
        hint_label(translate("RequestForm", "While a clarification is outstanding the deadline clock stands still.")),
    )
    extended = inputs.date("extended_on", translate("RequestForm", "extended on"))
    form.addRow(translate("RequestForm", "Extension"), extended)
    reason = inputs.text(
        "extension_reason", 54, translate("RequestForm", "why the deadline is extended (once, by up to 15 days)")
    )
    form.addRow(translate("RequestForm", "Reason for extension"), reason)
    form.addRow(translate("RequestForm", "Forwarded"), form_row(inputs.date("forwarded_on"), forwarding))
    form.addRow(
        translate("RequestForm", "Forwarded to"),
        inputs.line("forwarded_to", translate("RequestForm", "the institution that holds the documents")),
    )
    return form_page(form)


def decision_page(inputs: Inputs) -> QWidget:
    form = QFormLayout()
    outcome = inputs.choice("outcome", RequestOutcome.labelled(), translate("RequestForm", "(not decided yet)"))
    form.addRow(
        translate("RequestForm", "Outcome"),
        form_row(outcome, inputs.date("decided_on", translate("RequestForm", "decided on"))),
    )
    form.addRow(
        translate("RequestForm", "Withheld"),
        inputs.text("withheld", 54, translate("RequestForm", "partial access: what was withheld and why")),
    )
    grounds = inputs.choice("refusal_ground", RefusalGround.labelled(), translate("RequestForm", "(none)"))
    grounds.setSizeAdjustPolicy(grounds.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    grounds.setMinimumContentsLength(40)
    form.addRow(translate("RequestForm", "Legal ground"), grounds)
    form.addRow(
        translate("RequestForm", "Harm test"),
        inputs.text("harm_test", 60, translate("RequestForm", "what harm disclosure would cause")),
    )
    form.addRow(
        translate("RequestForm", "Public-interest test"),
        inputs.text(
            "public_interest_test",
            60,
            translate("RequestForm", "why the interest in disclosure does not outweigh the harm"),
        ),
    )
    delivered = inputs.date("delivered_on", translate("RequestForm", "delivered on"))
    cost = inputs.line("cost_cents", "0,00")
    cost.setMaximumWidth(120)
    form.addRow(
        translate("RequestForm", "Documents"),
        form_row(delivered, QLabel(translate("RequestForm", "Cost of copies (€)")), cost, stretch_last=False),
    )
    return form_page(form)


def complaint_page(inputs: Inputs, complaint_until: QLabel) -> QWidget:
    form = QFormLayout()
    form.addRow("", complaint_until)
    form.addRow(
        translate("RequestForm", "Complaint to the Agency"),
        inputs.date("complaint_on", translate("RequestForm", "lodged on")),
    )
    outcome = inputs.text(
        "complaint_outcome",
        60,
        translate("RequestForm", "e.g. complaint upheld — no names: this text goes into the report to the Agency"),
    )
    form.addRow(translate("RequestForm", "Agency's decision"), outcome)
    form.addRow(translate("RequestForm", "Court case"), inputs.date("court_on", translate("RequestForm", "filed on")))
    form.addRow(translate("RequestForm", "Court's decision"), inputs.text("court_outcome", 60))
    form.addRow(
        hint_label(
            translate(
                "RequestForm",
                "After a refusal, or when no answer came in time, the requester may complain to the Information and "
                "Privacy Agency within 15 days, and then go to the administrative court within 30 days.",
            )
        )
    )
    return form_page(form)
