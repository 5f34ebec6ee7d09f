"""Asking which occurrences of a repeating event a change or a deletion is for."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from commsdesk.domain.events import EditScope
from commsdesk.i18n import format_datetime, translate
from commsdesk.services.calendar import Occurrence


def ask_scope(parent: QWidget | None, occurrence: Occurrence, deleting: bool) -> EditScope | None:
    """This occurrence, this and the following ones, or all — None when the user cancels."""
    if deleting:
        text = translate("CalendarScope", "“{title}” repeats. Delete the occurrence of {when}:")
    else:
        text = translate("CalendarScope", "“{title}” repeats. Apply the change to the occurrence of {when}:")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("CalendarScope", "Repeating event"),
        text.format(title=occurrence.title, when=format_datetime(occurrence.start)),
        parent=parent,
    )
    buttons = {
        box.addButton(EditScope.THIS.label(), QMessageBox.ButtonRole.AcceptRole): EditScope.THIS,
        box.addButton(EditScope.FOLLOWING.label(), QMessageBox.ButtonRole.AcceptRole): EditScope.FOLLOWING,
        box.addButton(EditScope.ALL.label(), QMessageBox.ButtonRole.AcceptRole): EditScope.ALL,
    }
    cancel = box.addButton(translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(next(iter(buttons)))
    box.setEscapeButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton())
