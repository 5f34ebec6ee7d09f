"""E-mail drafts as `.eml` files (RFC 5322, MIME) that Outlook, Thunderbird or Mail open ready to send.

The header `X-Unsent: 1` makes Outlook open the file as a new, unsent message. Nothing is ever sent from here.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from commsdesk.atomic_files import write_atomically
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate


@dataclass(frozen=True)
class EmailAttachment:
    file_name: str
    content: bytes
    mime_type: str = ""  # guessed from the name when empty


@dataclass(frozen=True)
class EmailDraft:
    """A message to be opened by the user's mail program: the office writes to itself and Bcc's the recipients."""

    sender_name: str
    sender: str
    to: str
    subject: str
    text: str
    html: str = ""
    bcc: Sequence[str] = ()
    attachments: Sequence[EmailAttachment] = field(default_factory=tuple)
    date: datetime | None = None


def _address(display_name: str, address: str) -> Address:
    try:
        user, domain = address.strip().rsplit("@", 1)
        return Address(display_name=display_name, username=user, domain=domain)
    except (ValueError, IndexError) as error:
        raise ValidationError(
            translate("Errors", "{address} is not an e-mail address.").format(address=address)
        ) from error


def build_message(draft: EmailDraft) -> EmailMessage:
    """The MIME message of a draft: text (and HTML) body, attachments, `Bcc`, `X-Unsent: 1`."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = _address(draft.sender_name, draft.sender)
    message["To"] = _address("", draft.to)
    if draft.bcc:
        message["Bcc"] = [_address("", address) for address in draft.bcc]
    message["Subject"] = draft.subject
    if draft.date is not None:
        message["Date"] = format_datetime(draft.date.astimezone())
    message["Message-ID"] = make_msgid(domain=draft.sender.rsplit("@", 1)[-1] or None)
    message["X-Unsent"] = "1"
    message.set_content(draft.text, subtype="plain", charset="utf-8")
    if draft.html:
        message.add_alternative(draft.html, subtype="html", charset="utf-8")
    for attachment in draft.attachments:
        mime = attachment.mime_type or mimetypes.guess_type(attachment.file_name)[0] or "application/octet-stream"
        main, _, sub = mime.partition("/")
        message.add_attachment(attachment.content, maintype=main, subtype=sub, filename=attachment.file_name)
    return message


def write_draft(path: Path, draft: EmailDraft) -> Path:
    """Write the draft to `path` as an `.eml` file, atomically."""
    data = build_message(draft).as_bytes(policy=policy.SMTP)
    return write_atomically(Path(path), lambda target: target.write_bytes(data))
