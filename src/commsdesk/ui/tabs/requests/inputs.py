"""The request form's input widgets, each named after the `RequestInput` field it edits (see `FieldInputs`); the
cost of copies is written as euros and read back as cents, and "(none)" is no plan activity."""

from __future__ import annotations

from commsdesk.domain.plan import parse_cost
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.requests.data import CHOICE_FIELDS, RequestInput
from commsdesk.ui.tabs.plan.texts import plain_amount
from commsdesk.ui.widgets.field_inputs import WALL_CLOCK, FieldInputs

__all__ = ["WALL_CLOCK", "Inputs"]


class Inputs(FieldInputs):
    """The request form's widgets by field name; `changed` whenever any of them is edited."""

    def __init__(self, parent=None) -> None:
        super().__init__(RequestInput, CHOICE_FIELDS, parent)

    def shown(self, name: str, value: object) -> object:
        return plain_amount(value) if name == "cost_cents" else value

    def converted(self, values: dict[str, object]) -> dict[str, object]:
        if "cost_cents" in values:
            text = str(values["cost_cents"])
            try:
                values["cost_cents"] = parse_cost(text)
            except ValueError:
                message = translate("RequestForm", 'The amount "{amount}" is not a number of euros.')
                raise ValidationError(message.format(amount=text), "cost_cents") from None
        return values
