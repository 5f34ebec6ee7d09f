"""The enquiry form's input widgets, each named after the `EnquiryInput` field it edits (see `FieldInputs`): the
questions and the answers are widgets of their own, the tags one line separated by commas."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from commsdesk.domain.releases import split_tags
from commsdesk.services.enquiries.data import CHOICE_FIELDS, EnquiryInput
from commsdesk.ui.widgets.field_inputs import FieldInputs


class TagsEdit(QLineEdit):
    """Tags written `a, b, c`; `value()` is them as a tuple, without empty ones or repeats."""

    def value(self) -> tuple[str, ...]:
        return tuple(split_tags(self.text()))

    def set_value(self, tags: tuple[str, ...]) -> None:
        self.setText(", ".join(tags))


class Inputs(FieldInputs):
    """The enquiry form's widgets by field name; `changed` whenever any of them is edited."""

    def __init__(self, parent=None) -> None:
        super().__init__(EnquiryInput, CHOICE_FIELDS, parent)

    def tags(self, name: str, placeholder: str = "") -> TagsEdit:
        edit = TagsEdit()
        edit.setPlaceholderText(placeholder)
        return self.add(name, edit, edit.textChanged)
