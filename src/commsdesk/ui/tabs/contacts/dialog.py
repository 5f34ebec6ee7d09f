"""The form of one contact: who they are, how to reach them, their groups, and the personal-data facts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.contacts import ContactInput, OutletType, Reach, check_contact, is_valid_email
from commsdesk.i18n import translate
from commsdesk.services.contacts import ContactsService, Reason
from commsdesk.ui.messages import confirm
from commsdesk.ui.tabs.contacts.fields import LabelledValues, OptionalDate
from commsdesk.ui.tabs.contacts.model import language_label
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog


def _text_box(text: str = "", height: int = 54) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class ContactDialog(GuardedDialog):
    """New or edit; on Save it warns about likely duplicates, then stores the contact through the service."""

    def __init__(self, service: ContactsService, contact_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.contact_id = contact_id
        detail = service.get(contact_id) if contact_id is not None else None
        data = detail.data if detail is not None else ContactInput(language=service.release_languages()[0])
        self.setWindowTitle(
            translate("ContactDialog", "Edit contact") if detail else translate("ContactDialog", "New contact")
        )
        self._outlets = {name: (kind, reach) for name, kind, reach in service.outlets()}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._contact_page(data), translate("ContactDialog", "Contact"))
        self.tabs.addTab(self._privacy_page(data), translate("ContactDialog", "Personal data"))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(translate("ContactDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("ContactDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 760)
        self.given.setFocus()

    # -- pages -----------------------------------------------------------------------------------------------------
    def _contact_page(self, data: ContactInput) -> QWidget:
        self.given = QLineEdit(data.given_name)
        self.family = QLineEdit(data.family_name)
        self.position = QLineEdit(data.position)
        self.outlet = QComboBox()
        self.outlet.setEditable(True)
        self.outlet.addItem("")
        self.outlet.addItems(sorted(self._outlets, key=str.lower))
        self.outlet.setCurrentText(data.outlet)
        self.outlet.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.outlet.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.outlet.currentTextChanged.connect(self._outlet_chosen)
        self.outlet_type = QComboBox()
        for code, label in OutletType.labelled():
            self.outlet_type.addItem(label, code)
        self.reach = QComboBox()
        for code, label in Reach.labelled():
            self.reach.addItem(label, code)
        self._set_outlet_kind(data.outlet_type, data.reach, data.outlet)
        self.language = QComboBox()
        languages = self._service.release_languages()
        if data.language not in languages:
            languages.append(data.language)
        for code in languages:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(self.language.findData(data.language), 0))
        self.emails = LabelledValues(translate("ContactDialog", "Add e-mail"), "name@example.org")
        self.emails.set_values(data.emails)
        self.phones = LabelledValues(translate("ContactDialog", "Add phone"), "+383 44 123 456")
        self.phones.set_values(data.phones)
        self.groups = QListWidget()
        self.groups.setFixedHeight(110)
        for group in self._service.groups():
            item = QListWidgetItem(group.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group.name in data.groups
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.topics = QLineEdit(data.topics)
        self.address = _text_box(data.address)
        self.website = QLineEdit(data.website)
        self.social = _text_box(data.social, 44)
        self.notes = _text_box(data.notes, 64)
        self.accredited = QCheckBox(translate("ContactDialog", "Accredited media"))
        self.accredited.setChecked(data.accredited)
        self.accredited_until = OptionalDate(translate("ContactDialog", "valid until"))
        self.accredited_until.set_value(data.accredited_until)
        self.accredited_until.setEnabled(data.accredited)
        self.accredited.toggled.connect(self.accredited_until.setEnabled)

        names = QHBoxLayout()
        names.addWidget(self.given)
        names.addWidget(self.family)
        kind = QHBoxLayout()
        kind.addWidget(self.outlet_type)
        kind.addWidget(self.reach)
        accreditation = QHBoxLayout()
        accreditation.addWidget(self.accredited)
        accreditation.addWidget(self.accredited_until)
        accreditation.addStretch(1)
        self.given.setPlaceholderText(translate("ContactDialog", "Given name"))
        self.family.setPlaceholderText(translate("ContactDialog", "Family name"))
        form = QFormLayout()
        form.addRow(translate("ContactDialog", "Name"), names)
        form.addRow(translate("ContactDialog", "Position"), self.position)
        form.addRow(translate("ContactDialog", "Outlet / organisation"), self.outlet)
        form.addRow(translate("ContactDialog", "Type and reach"), kind)
        form.addRow(translate("ContactDialog", "Language of releases"), self.language)
        form.addRow(translate("ContactDialog", "E-mails"), self.emails)
        form.addRow(translate("ContactDialog", "Phones"), self.phones)
        form.addRow(translate("ContactDialog", "Groups"), self.groups)
        form.addRow(translate("ContactDialog", "Topics / beats"), self.topics)
        form.addRow(translate("ContactDialog", "Address"), self.address)
        form.addRow(translate("ContactDialog", "Website"), self.website)
        form.addRow(translate("ContactDialog", "Social accounts"), self.social)
        form.addRow(translate("ContactDialog", "Notes"), self.notes)
        form.addRow(translate("ContactDialog", "Accreditation"), accreditation)
        page = QWidget()
        page.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _privacy_page(self, data: ContactInput) -> QWidget:
        self.source = QLineEdit(data.source)
        self.source.setPlaceholderText(
            translate("ContactDialog", "e.g. business card at the press conference of 12.03.2026")
        )
        self.purpose = QLineEdit(data.purpose)
        self.purpose.setPlaceholderText(translate("ContactDialog", "e.g. sending press releases and invitations"))
        self.do_not_contact = QCheckBox(translate("ContactDialog", "Do not contact (left out of every distribution)"))
        self.do_not_contact.setChecked(data.do_not_contact)
        self.verified_on = OptionalDate(translate("ContactDialog", "checked on"))
        self.verified_on.set_value(data.verified_on)
        explanation = QLabel(
            translate(
                "ContactDialog",
                "The law on personal data asks the office to know where each contact's data came from, why it is "
                "kept, and when it was last checked.",
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(explanation)
        form.addRow(translate("ContactDialog", "Source of the data"), self.source)
        form.addRow(translate("ContactDialog", "Purpose"), self.purpose)
        form.addRow("", self.do_not_contact)
        form.addRow(translate("ContactDialog", "Last verified"), self.verified_on)
        page = QWidget()
        page.setLayout(form)
        return page

    # -- outlet type and reach follow the chosen outlet ------------------------------------------------------------
    def _set_outlet_kind(self, kind: str | None, reach: str | None, outlet: str) -> None:
        known = self._outlets.get(outlet.strip())
        kind = kind or (known[0] if known else OutletType.OTHER.value)
        reach = reach or (known[1] if known else Reach.LOCAL.value)
        self.outlet_type.setCurrentIndex(max(self.outlet_type.findData(kind), 0))
        self.reach.setCurrentIndex(max(self.reach.findData(reach), 0))

    def _outlet_chosen(self, text: str) -> None:
        if text.strip() in self._outlets:
            self._set_outlet_kind(None, None, text)

    # -- saving ----------------------------------------------------------------------------------------------------
    def data(self) -> ContactInput:
        """The contact as entered."""
        groups = [
            self.groups.item(row).text()
            for row in range(self.groups.count())
            if self.groups.item(row).checkState() == Qt.CheckState.Checked
        ]
        outlet = " ".join(self.outlet.currentText().split())
        return ContactInput(
            given_name=self.given.text().strip(),
            family_name=self.family.text().strip(),
            position=self.position.text().strip(),
            outlet=outlet,
            outlet_type=self.outlet_type.currentData() if outlet else None,
            reach=self.reach.currentData() if outlet else None,
            language=self.language.currentData(),
            emails=self.emails.values(),
            phones=self.phones.values(),
            groups=groups,
            topics=self.topics.text().strip(),
            address=self.address.toPlainText().strip(),
            website=self.website.text().strip(),
            social=self.social.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
            accredited=self.accredited.isChecked(),
            accredited_until=self.accredited_until.value() if self.accredited.isChecked() else None,
            source=self.source.text().strip(),
            purpose=self.purpose.text().strip(),
            do_not_contact=self.do_not_contact.isChecked(),
            verified_on=self.verified_on.value(),
        )

    form_values = data

    def field_widget(self, field: str) -> QWidget | None:
        if field in ("given_name", "family_name"):
            return self.given if field == "given_name" else self.family
        if field == "emails":
            wrong = (edit for edit in self.emails.edits() if edit.text().strip() and not is_valid_email(edit.text()))
            return next(wrong, None)
        return super().field_widget(field)

    def commit(self) -> bool:
        data = self.data()
        check_contact(data)
        hints = self._service.duplicates_of(data, exclude_id=self.contact_id)
        if hints:
            lines = [
                translate("ContactDialog", "• {name} ({outlet}): {reason} — {detail}").format(
                    name=hint.name, outlet=hint.outlet or "—", reason=Reason.label(hint.reason), detail=hint.detail
                )
                for hint in hints[:8]
            ]
            question = translate("ContactDialog", "This may be a contact you already have:") + "\n\n" + "\n".join(lines)
            question += "\n\n" + translate("ContactDialog", "Save it anyway? (You can merge duplicates later.)")
            if not confirm(self, question, translate("ContactDialog", "Save anyway")):
                return False
        if self.contact_id is None:
            self.contact_id = self._service.create(data)
        else:
            self._service.update(self.contact_id, data)
        return True
