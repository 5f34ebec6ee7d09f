"""An enquiry's answer as an `.eml` draft to the journalist (their address, the questions quoted, the office's
signature), recorded as sent when the officer confirms it went."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from commsdesk.db.engine import Database
from commsdesk.db.models import ContactEmail
from commsdesk.domain.enquiries import ANSWER_LANGUAGES, EnquiryChannel, EnquiryStatus, EnquiryStep
from commsdesk.errors import ValidationError
from commsdesk.i18n import catalog, format_datetime, translate
from commsdesk.io.eml import EmailDraft, write_draft
from commsdesk.services.enquiries.data import EnquiryDetails
from commsdesk.services.office import OfficeService


def answer_text(details: EnquiryDetails, language: str, signature: list[str]) -> str:
    """The e-mail's text: the answer, the office's signature, and the journalist's questions quoted below."""
    translate_in = catalog(language).translate
    questions = [f"> {number}. {text}" for number, text in enumerate(details.data.questions, start=1)]
    asked = translate_in("EnquiryAnswer", "On {day}, you asked:").format(day=format_datetime(details.data.received_at))
    parts = [details.data.answers[language]]
    if signature:
        parts.append("-- \n" + "\n".join(signature))
    parts.append(asked + "\n" + "\n".join(questions))
    return "\n\n".join(parts) + "\n"


class AnswersMixin:
    """The answers part of `EnquiriesService`."""

    _db: Database
    _office: OfficeService

    def answer_languages(self, enquiry_id: int) -> list[str]:
        """The languages the enquiry has an answer in, in the office's order."""
        answers = self.details(enquiry_id).data.answers  # type: ignore[attr-defined]
        return [code for code in ANSWER_LANGUAGES if answers.get(code)]

    def journalist_address(self, details: EnquiryDetails) -> str:
        """The e-mail address the answer goes to: the one noted on the enquiry, else the linked contact's first."""
        if details.data.journalist_email.strip():
            return details.data.journalist_email.strip()
        if details.data.contact_id is None:
            return ""
        with self._db.session() as session:
            found = session.scalar(
                select(ContactEmail.address)
                .where(ContactEmail.contact_id == details.data.contact_id)
                .order_by(ContactEmail.id)
                .limit(1)
            )
        return found or ""

    def write_answer_draft(self, enquiry_id: int, path: Path, language: str) -> Path:
        """The answer in `language` as an `.eml` draft to the journalist, noted in the history (not as sent: the
        officer confirms that with `record_answer_sent`)."""
        details: EnquiryDetails = self.details(enquiry_id)  # type: ignore[attr-defined]
        if not details.data.answers.get(language):
            raise ValidationError(translate("EnquiryAnswer", "The enquiry has no answer in this language yet."))
        to = self.journalist_address(details)
        if not to:
            raise ValidationError(
                translate("EnquiryAnswer", "The journalist has no e-mail address: enter one on the enquiry.")
            )
        profile = self._office.profile()
        sender = profile.email.strip()
        if not sender:
            raise ValidationError(
                translate(
                    "EnquiryAnswer",
                    "Enter the office's e-mail address in Settings → Office profile: answers are sent from it.",
                )
            )
        translate_in = catalog(language).translate
        about = details.data.topic or details.data.questions[0]
        subject = translate_in("EnquiryAnswer", "Answer to your enquiry {number}: {about}").format(
            number=details.reference, about=about[:120]
        )
        draft = EmailDraft(
            sender_name=profile.institution_name(language),
            sender=sender,
            to=to,
            subject=subject,
            text=answer_text(details, language, profile.contact_lines()),
            date=datetime.now().astimezone(),
        )
        written = write_draft(Path(path), draft)
        self.record_step(enquiry_id, EnquiryStep.DRAFT_WRITTEN, language)  # type: ignore[attr-defined]
        return written

    def record_answer_sent(self, enquiry_id: int, sent_at: datetime, via: EnquiryChannel, changed_by: str = "") -> None:
        """Record that the answer went out (the officer confirms it after sending the draft)."""
        details: EnquiryDetails = self.details(enquiry_id)  # type: ignore[attr-defined]
        data = replace(details.data, status=EnquiryStatus.ANSWERED, answered_at=sent_at, answered_via=via)
        self.update(enquiry_id, data, changed_by)  # type: ignore[attr-defined]
