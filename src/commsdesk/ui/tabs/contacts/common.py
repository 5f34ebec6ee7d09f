"""Helpers shared by the contacts tab's widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from commsdesk.errors import UserError
from commsdesk.ui.messages import show_error


def attempt(parent: QWidget | None, action: Callable[..., object], *args: object) -> bool:
    """Run `action`; True when it worked, False after showing the user why it did not (a UserError)."""
    try:
        action(*args)
    except UserError as error:
        show_error(parent, str(error))
        return False
    return True


def literal(text: str) -> str:
    """`text` for a menu entry, button or check box, where `&` would otherwise mark a keyboard shortcut."""
    return text.replace("&", "&&")
