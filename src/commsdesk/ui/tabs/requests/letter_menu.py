"""The form's "Letter…" button: the standard letters this request can have now, written as PDF or `.eml` draft."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from commsdesk.i18n import translate
from commsdesk.services.requests import RequestsService
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import guarded, show_info

PDF, EML = ".pdf", ".eml"


class LetterButton(QPushButton):
    """`stored()` gives the request's id once what the form holds is saved (None: it could not be); `language()`
    the requester's language; `written()` is called after a letter was written (it is a step of the history)."""

    def __init__(
        self,
        service: RequestsService,
        stored: Callable[[], int | None],
        language: Callable[[], str],
        written: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("RequestForm", "&Letter…"), parent)
        self._service = service
        self._stored = stored
        self._language = language
        self._written = written
        self.menu: QMenu | None = None
        self.setToolTip(
            translate(
                "RequestForm", "Receipt, clarification, extension, forwarding, decisions — as PDF or e-mail draft"
            )
        )
        self.clicked.connect(lambda _=False: self.choose())

    def kinds(self) -> list:
        """The letters the saved request can have now (None: it could not be saved)."""
        request_id = self._stored()
        if request_id is None:
            return []
        return guarded(self, self._service.letter_kinds_for, request_id) or []

    def choose(self) -> None:
        self.build_menu().popup(self.mapToGlobal(QPoint(0, self.height())))

    def build_menu(self) -> QMenu:
        """The menu of the letters the request can have now (it is saved first)."""
        kinds = self.kinds()
        self.menu = QMenu(self)
        for kind in kinds:
            action = self.menu.addAction(kind.label())
            action.triggered.connect(lambda _=False, k=kind: self.write(k))
        if not kinds:
            self.menu.addAction(translate("RequestForm", "(no letter for this request yet)")).setEnabled(False)
        return self.menu

    def write(self, kind, path: str | None = None) -> Path | None:
        """Write the letter `kind` to `path` (asked for when None); `.eml` makes an e-mail draft, else a PDF."""
        request_id = self._stored()
        if request_id is None:
            return None
        language = self._language()
        if path is None:
            name = guarded(self, self._service.letter_file_name, request_id, kind, language, PDF)
            if name is None:
                return None
            pdf, eml = (
                translate("RequestForm", "PDF letters (*.pdf)"),
                translate("RequestForm", "E-mail drafts (*.eml)"),
            )
            path, chosen = file_dialogs.get_save_file_name(self, kind.label(), name, f"{pdf};;{eml}")
            if not path:
                return None
            if Path(path).suffix.lower() not in (PDF, EML):
                path += EML if chosen == eml else PDF
        written = guarded(self, self._service.write_letter, request_id, kind, Path(path), language)
        if written is not None:
            self._written()
            show_info(self, translate("RequestForm", "Written: {path}").format(path=written))
        return written
