"""The answer's "E-mail draft…" button: the answer shown, as an `.eml` draft to the journalist with the questions
quoted; then the officer says whether it was sent, and a sent answer is recorded (status answered, by e-mail)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from commsdesk.domain.enquiries import EnquiryChannel
from commsdesk.i18n import translate
from commsdesk.services.enquiries import EnquiriesService
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import guarded

EML = ".eml"


class DraftButton(QPushButton):
    """`stored()` gives the enquiry's id and reference once what the form holds is saved (None: it could not be);
    `language()` the answer's language shown; `written()` is called after a draft was written or the answer
    recorded as sent (both are steps of the history)."""

    def __init__(
        self,
        service: EnquiriesService,
        stored: Callable[[], tuple[int, str] | None],
        language: Callable[[], str],
        written: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("EnquiryForm", "&E-mail draft…"), parent)
        self._service, self._stored, self._language, self._written = service, stored, language, written
        self.setToolTip(
            translate("EnquiryForm", "The answer shown as an e-mail draft to the journalist, with the questions quoted")
        )
        self.clicked.connect(lambda _=False: self.write())

    def write(self, path: str | None = None) -> Path | None:
        """Write the draft to `path` (asked for when None), then ask whether it was sent and record it if so."""
        language = self._language()
        stored = self._stored()
        if stored is None:
            return None
        enquiry_id, reference = stored
        if path is None:
            path, _ = file_dialogs.get_save_file_name(
                self,
                translate("EnquiryForm", "E-mail draft of the answer"),
                f"{reference.replace('/', '-')}-{language}{EML}",
                translate("EnquiryForm", "E-mail drafts (*.eml)"),
            )
            if not path:
                return None
            if Path(path).suffix.lower() != EML:
                path += EML
        written = guarded(self, self._service.write_answer_draft, enquiry_id, Path(path), language)
        if written is None:
            return None
        self._written()
        if self._sent(written):
            sent_at = self._service.now()
            guarded(self, self._service.record_answer_sent, enquiry_id, sent_at, EnquiryChannel.EMAIL)
            self._written()
        return written

    def _sent(self, written: Path) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("EnquiryForm", "Was it sent?"),
            translate(
                "EnquiryForm",
                "The draft is written: {path}\n\nOpen it in the e-mail program and send it. Was the answer sent?",
            ).format(path=written),
            parent=self,
        )
        sent = box.addButton(translate("EnquiryForm", "Sent: record it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("EnquiryForm", "Not yet"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is sent
