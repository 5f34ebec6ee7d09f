"""The base of every form dialog: it checks and saves before it closes, and never loses what was typed unasked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QStackedWidget, QTabWidget, QWidget

from commsdesk.errors import UserError
from commsdesk.ui.messages import ask_save_changes, show_error

_NOT_OPENED = object()


class GuardedDialog(QDialog):
    """A form that closes only once its input is saved, or when the user chose to lose it.

    Save/OK → `accept()`: `commit()` checks (through the service, where the rules live) and stores; on a UserError the
    message is shown, the form stays open as it was and the cursor goes to the ValidationError's field. Esc, the
    window's close button and Cancel → `reject()`: when `form_values()` differ from those the dialog opened with, it
    asks Save / Discard / Cancel.

    A subclass gives `form_values()` and either a `store` callable (the service call that writes what `entered()`
    returns; its result is kept in `saved`, and False means "not stored, stay open" after the user declined a
    question) or its own `commit()`.
    """

    def __init__(self, parent: QWidget | None = None, store: Callable[[Any], object] | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._snapshot: object = _NOT_OPENED
        self.saved: object = None

    # -- what a form says about itself ---------------------------------------------------------------------------------
    def form_values(self) -> object:
        """Everything the user can change, as comparable values (never raises); by default what `entered()` gives."""
        return self.entered()

    def entered(self) -> object:
        """The input to store, as entered; raises ValidationError for what cannot even be read (e.g. "abc" euros)."""
        raise NotImplementedError

    def commit(self) -> bool:
        """Check and store; raise UserError to stay open with its message, return False to stay open silently."""
        result = self._store(self.entered())
        if result is False:
            return False
        self.saved = result
        return True

    def field_widget(self, field: str) -> QWidget | None:
        """The input a ValidationError's `field` names: by default the dialog's attribute of that name."""
        widget = getattr(self, field, None)
        return widget if isinstance(widget, QWidget) else None

    # -- the mechanism -------------------------------------------------------------------------------------------------
    def remember(self) -> None:
        """Take the form as it is now as unchanged: when it opens, and after saving without closing."""
        self._snapshot = self.form_values()

    def has_changes(self) -> bool:
        return self._snapshot is not _NOT_OPENED and self.form_values() != self._snapshot

    def showEvent(self, event: QShowEvent) -> None:
        if self._snapshot is _NOT_OPENED:  # after the caller's own settings (e.g. a preselected objective)
            self.remember()
        super().showEvent(event)

    def save(self) -> bool:
        """Commit, or show why not (the form stays as it is); True when stored."""
        try:
            return self.commit() is not False
        except UserError as error:
            show_error(self, str(error))
            widget = self.field_widget(getattr(error, "field", None) or "")
            if widget is not None:
                self._reveal(widget)
                widget.setFocus()
            return False

    def _reveal(self, widget: QWidget) -> None:
        """Bring forward the tab or page holding `widget`, so that the cursor can go there."""
        child, parent = widget, widget.parentWidget()
        while parent is not None and parent is not self:
            if isinstance(parent, QStackedWidget):  # a tab widget's pages are in one, but its tab bar leads
                tabs = parent.parentWidget()
                (tabs if isinstance(tabs, QTabWidget) else parent).setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if self.has_changes():
            answer = ask_save_changes(self)
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
