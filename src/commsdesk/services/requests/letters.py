"""The standard letters of a document request (receipt, clarification, extension, forwarding, decisions, ready),
from templates the office can edit, as PDF on the letterhead or as an `.eml` draft to the requester."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from commsdesk.domain.office import Profile
from commsdesk.domain.request_letter_texts import FORMS, GROUNDS, TITLES, WORDS
from commsdesk.domain.request_letters import (
    LETTER_LANGUAGES,
    TEMPLATES_SETTING,
    LetterBlock,
    LetterKind,
    LetterTemplate,
    check_language,
    check_template,
    default_template,
    letter_blocks,
    letter_kinds,
    letter_language,
    letter_text,
    stored_overrides,
    template_of,
)
from commsdesk.domain.request_letters import letter_file_name as file_name_of
from commsdesk.domain.requests import Deadline, Pause, StepKind, complaint_deadline, decision_deadline
from commsdesk.errors import ValidationError
from commsdesk.i18n import format_date, format_datetime, format_money, translate
from commsdesk.io.eml import EmailAttachment, EmailDraft, write_draft
from commsdesk.services.requests.clock import working_days
from commsdesk.services.requests.data import RequestDetails

if TYPE_CHECKING:  # reportlab loads in ~0.3 s: the PDF module is imported where a letter is written
    from commsdesk.db.engine import Database
    from commsdesk.reports.request_letter import LetterDocument
    from commsdesk.services.office import OfficeService

# An e-mail address somewhere in the requester's contact address ("Rr. …, Prishtinë; arta@example.org").
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


@dataclass(frozen=True)
class Letter:
    """One letter of one request, filled in: what the PDF prints and what the e-mail says."""

    kind: LetterKind
    language: str
    reference: str
    title: str
    meta: tuple[str, ...]  # "Nr. 2026/003", "Kaçanik, 04.12.2026"
    recipient: tuple[str, ...]  # the requester's name and address lines (none once erased)
    blocks: tuple[LetterBlock, ...]
    email_to: str  # the requester's e-mail address, or "" when they gave none

    @property
    def subject(self) -> str:
        """The e-mail's subject: the letter's title and the request's number."""
        return f"{self.title} – {WORDS[self.language]['number']} {self.reference}"

    def text(self) -> str:
        return letter_text(list(self.blocks))


class LettersMixin:
    """The letters part of `RequestsService`."""

    if TYPE_CHECKING:
        _db: Database
        _office: OfficeService

        def details(self, request_id: int) -> RequestDetails: ...
        def record_step(self, request_id: int, kind: StepKind, note: str = "", changed_by: str = "") -> None: ...
        def now(self) -> datetime: ...

    # -- the templates -------------------------------------------------------------------------------------------
    def _overrides(self) -> dict[str, dict[str, str]]:
        return stored_overrides(self._office.setting(TEMPLATES_SETTING))

    def letter_templates(self) -> list[LetterTemplate]:
        """Every letter in every language, as the office's wording or the shipped one."""
        overrides = self._overrides()
        return [template_of(overrides, kind, code) for kind in LetterKind for code in LETTER_LANGUAGES]

    def letter_template(self, kind: LetterKind, language: str) -> LetterTemplate:
        return template_of(self._overrides(), LetterKind(kind), language)

    def save_letter_template(self, kind: LetterKind, language: str, text: str) -> LetterTemplate:
        """Store the office's wording of one letter in one language; refused when it names an unknown placeholder.
        Wording equal to the shipped one is not stored, so later improvements of the shipped one reach the office."""
        kind = LetterKind(kind)
        check_language(language)
        cleaned = check_template(text)
        overrides = self._overrides()
        if cleaned == default_template(kind, language).strip():
            overrides.get(kind.value, {}).pop(language, None)
        else:
            overrides.setdefault(kind.value, {})[language] = cleaned
        self._office.set_setting(TEMPLATES_SETTING, {code: texts for code, texts in overrides.items() if texts})
        return self.letter_template(kind, language)

    def reset_letter_template(self, kind: LetterKind, language: str) -> LetterTemplate:
        """Go back to the shipped wording of one letter in one language."""
        kind = LetterKind(kind)
        check_language(language)
        overrides = self._overrides()
        overrides.get(kind.value, {}).pop(language, None)
        self._office.set_setting(TEMPLATES_SETTING, {code: texts for code, texts in overrides.items() if texts})
        return self.letter_template(kind, language)

    # -- the letters ---------------------------------------------------------------------------------------------
    def letter_kinds_for(self, request_id: int) -> list[LetterKind]:
        """The letters that fit the request as it stands (a refusal only once refused, and so on)."""
        data = self.details(request_id).data
        return letter_kinds(data.outcome, data.extended_on is not None)

    def letter_file_name(
        self, request_id: int, kind: LetterKind, language: str | None = None, suffix: str = ".pdf"
    ) -> str:
        """A file name in the letter's language: `kerkesa-2026-003-konfirmim-pranimi.pdf`."""
        details = self.details(request_id)
        language = language or letter_language(details.data.requester_language)
        return file_name_of(details.reference, LetterKind(kind), language, suffix)

    def letter(self, request_id: int, kind: LetterKind, language: str | None = None) -> Letter:
        """The letter filled in, in `language` (the requester's by default)."""
        kind = LetterKind(kind)
        details = self.details(request_id)
        data = details.data
        language = check_language(language or letter_language(data.requester_language))
        if kind not in letter_kinds(data.outcome, data.extended_on is not None):
            raise ValidationError(
                translate("RequestLetters", "The letter “{letter}” does not fit this request as it stands.").format(
                    letter=kind.label()
                ),
                "kind",
            )
        profile = self._office.profile()
        today = self.now().date()
        values = _values(details, language, profile, today, self._original_deadline(details, today))
        template = template_of(self._overrides(), kind, language).text
        words = WORDS[language]
        place_date = ", ".join(part for part in (profile.municipality.strip(), format_date(today)) if part)
        address = [line.strip() for line in data.requester_address.splitlines() if line.strip()]
        found = _EMAIL.search(data.requester_address)
        return Letter(
            kind=kind,
            language=language,
            reference=details.reference,
            title=TITLES[language][kind.value],
            meta=(f"{words['number']} {details.reference}", place_date),
            recipient=tuple(line for line in (data.requester_name.strip(), *address) if line),
            blocks=tuple(letter_blocks(template, values)),
            email_to=found[0] if found else "",
        )

    def _original_deadline(self, details: RequestDetails, today: date) -> Deadline:
        """The decision deadline before any extension (the one the receipt and the extension notice name)."""
        data = details.data
        if data.extended_on is None:
            return details.deadline
        pause = Pause(data.clarification_asked, data.clarification_received) if data.clarification_asked else None
        with self._db.session() as session:
            working = working_days(session)
        return decision_deadline(data.received_at, details.rules, working, today, urgent=data.urgent, pause=pause)

    def write_letter(
        self, request_id: int, kind: LetterKind, path: Path, language: str | None = None, changed_by: str = ""
    ) -> Path:
        """Write the letter as PDF on the letterhead or as an `.eml` draft, by the path's suffix, and note it in the
        request's history."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".pdf", ".eml"):
            raise ValidationError(
                translate("RequestLetters", "A letter is written as a .pdf or an .eml file, not {suffix}.").format(
                    suffix=path.suffix or path.name
                ),
                "path",
            )
        letter = self.letter(request_id, kind, language)
        profile = self._office.profile()
        if suffix == ".pdf":
            from commsdesk.reports.request_letter import write_request_letter_pdf

            write_request_letter_pdf(path, _document(letter), profile)
        else:
            write_draft(path, self._draft(request_id, letter, profile))
        self.record_step(request_id, StepKind.LETTER, letter.kind.value, changed_by)
        return path

    def _draft(self, request_id: int, letter: Letter, profile: Profile) -> EmailDraft:
        """The e-mail: to the requester (to the office itself when they gave no e-mail address), from the office,
        the letter as text with the office's signature, and as PDF attached."""
        from commsdesk.reports.request_letter import write_request_letter_pdf

        sender = profile.email.strip()
        if not _EMAIL.fullmatch(sender):
            raise ValidationError(
                translate(
                    "RequestLetters",
                    "Enter the office's e-mail address in Settings → Office profile: the letters are sent from it.",
                )
            )
        pdf_name = file_name_of(letter.reference, letter.kind, letter.language, ".pdf")
        with tempfile.TemporaryDirectory(prefix="commsdesk-") as folder:
            pdf = write_request_letter_pdf(Path(folder) / pdf_name, _document(letter), profile)
            attachment = EmailAttachment(pdf_name, pdf.read_bytes(), "application/pdf")
        signature = profile.contact_lines()
        text = letter.text() + ("\n\n-- \n" + "\n".join(signature) if signature else "") + "\n"
        return EmailDraft(
            sender_name=profile.institution_name(letter.language),
            sender=sender,
            to=letter.email_to or sender,
            subject=letter.subject,
            text=text,
            attachments=[attachment],
            date=datetime.now().astimezone(),
        )


def _document(letter: Letter) -> LetterDocument:
    from commsdesk.reports.request_letter import LetterDocument

    return LetterDocument(
        language=letter.language,
        reference=letter.reference,
        title=letter.title,
        subject_label=WORDS[letter.language]["subject"],
        meta=letter.meta,
        recipient=letter.recipient,
        blocks=letter.blocks,
    )


def _deadline_text(deadline: Deadline) -> str:
    return format_datetime(deadline.at) if deadline.at is not None else format_date(deadline.day)


def _values(
    details: RequestDetails, language: str, profile: Profile, today: date, original: Deadline
) -> dict[str, str]:
    """What each placeholder stands for in this request's letter in `language`."""
    data = details.data
    words = WORDS[language]
    decided = data.decided_on or today
    return {
        "number": details.reference,
        "received": format_date(data.received_at.date()),
        "deadline": _deadline_text(original),
        "new_deadline": _deadline_text(details.deadline),
        "requester": data.requester_name.strip() or words["requester"],
        "subject": data.subject.strip(),
        "form": FORMS[language].get(data.form.value, data.form.value),
        "institution": profile.institution_name(language),
        "officer": profile.officer_name.strip(),
        "place": profile.municipality.strip(),
        "today": format_date(today),
        "decided": format_date(decided),
        "ground": GROUNDS[language].get(data.refusal_ground, data.refusal_ground),
        "harm_test": data.harm_test.strip(),
        "public_interest_test": data.public_interest_test.strip(),
        "withheld": data.withheld.strip(),
        "forwarded_to": data.forwarded_to.strip(),
        "extension_reason": data.extension_reason.strip(),
        "complaint_until": format_date(complaint_deadline(decided)),
        "cost": format_money(data.cost_cents, language) if data.cost_cents else words["free"],
    }
