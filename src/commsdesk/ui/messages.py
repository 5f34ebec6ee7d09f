"""Message boxes with translated buttons: errors, confirmations before destroying data, information."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from commsdesk.errors import UserError
from commsdesk.i18n import translate

T = TypeVar("T")


def show_error(parent: QWidget | None, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Messages", "commsdesk"), text, parent=parent)
    box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_info(parent: QWidget | None, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, translate("Messages", "commsdesk"), text, parent=parent)
    box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, text: str, action: str) -> bool:
    """Ask before doing something that cannot be taken back; `action` names the button that goes ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Messages", "commsdesk"), text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def ask_save_changes(parent: QWidget | None) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel (back to the form) before a form with changes closes; Qt's standard buttons, which
    `qtbase_<language>.qm` translates and each platform orders as its users expect."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Messages", "commsdesk"),
        translate("Messages", "Save the changes before closing?"),
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.exec()
    return box.standardButton(box.clickedButton())


def guarded(parent: QWidget | None, action: Callable[..., T], *args: object) -> T | None:
    """Run `action`; a UserError is shown to the user (nothing was saved) and gives None."""
    try:
        return action(*args)
    except UserError as error:
        show_error(parent, str(error))
        return None
