"""The standard letters of a document request: their kinds, their placeholders, and templates made safe to render.

A template is plain text the office can edit; `{name}` stands for one of `PLACEHOLDERS`. Paragraphs are separated by
an empty line. A one-line paragraph without placeholders and without a closing punctuation mark is a heading
("Arsyetim", "Reasoning"), centred when written in capitals ("VENDIM", "REŠENJE"). Rendering never fails: a
placeholder the letter does not know, or a lone brace, is printed as written, and the values put in (a subject, a
harm test) are never read as placeholders themselves. Saving checks the template first (`check_template`).

The shipped wording is data per language in `domain/request_letter_texts.py`, not translations: a letter is written
in the requester's language whatever the window's language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from commsdesk.domain.choices import Choice
from commsdesk.domain.request_letter_texts import (
    DEFAULT_TEMPLATES,
    FILE_WORDS,
    REQUEST_FILE_WORD,
)
from commsdesk.domain.requests import RequestOutcome
from commsdesk.domain.text import multi_line
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate

TEMPLATES_SETTING = "request_letter_templates"  # kind → language → text; only the office's own wording is stored
LETTER_LANGUAGES = ("sq", "sr", "en")
MAX_TEMPLATE_LENGTH = 20_000


class LetterKind(Choice):
    RECEIPT = "receipt"
    CLARIFICATION = "clarification"
    EXTENSION = "extension"
    FORWARDING = "forwarding"
    GRANTED = "granted"
    PARTIAL = "partial"
    REFUSAL = "refusal"
    READY = "ready"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "receipt": translate("RequestLetters", "Confirmation of receipt"),
            "clarification": translate("RequestLetters", "Request for clarification"),
            "extension": translate("RequestLetters", "Notice of extension"),
            "forwarding": translate("RequestLetters", "Notice of forwarding"),
            "granted": translate("RequestLetters", "Decision granting access"),
            "partial": translate("RequestLetters", "Decision granting partial access"),
            "refusal": translate("RequestLetters", "Refusal"),
            "ready": translate("RequestLetters", "Notice that the documents are ready"),
        }


PLACEHOLDERS = (
    "number",
    "received",
    "deadline",
    "new_deadline",
    "requester",
    "subject",
    "form",
    "institution",
    "officer",
    "place",
    "today",
    "decided",
    "ground",
    "harm_test",
    "public_interest_test",
    "withheld",
    "forwarded_to",
    "extension_reason",
    "complaint_until",
    "cost",
)


def placeholder_descriptions() -> dict[str, str]:
    """placeholder → what it stands for, in the window's language (for the template editor)."""
    return {
        "number": translate("RequestLetters", "The request's number"),
        "received": translate("RequestLetters", "The day the request was registered"),
        "deadline": translate("RequestLetters", "The decision deadline, without an extension"),
        "new_deadline": translate("RequestLetters", "The decision deadline after the extension"),
        "requester": translate("RequestLetters", "The requester's name (a neutral word once it is erased)"),
        "subject": translate("RequestLetters", "The documents requested"),
        "form": translate("RequestLetters", "The form of access asked for"),
        "institution": translate("RequestLetters", "The institution's name in the letter's language"),
        "officer": translate("RequestLetters", "The officer's name"),
        "place": translate("RequestLetters", "The municipality of the office profile"),
        "today": translate("RequestLetters", "The date of the letter"),
        "decided": translate("RequestLetters", "The date of the decision"),
        "ground": translate("RequestLetters", "The legal ground for limiting access"),
        "harm_test": translate("RequestLetters", "The harm test as written down"),
        "public_interest_test": translate("RequestLetters", "The public-interest test as written down"),
        "withheld": translate("RequestLetters", "What was withheld"),
        "forwarded_to": translate("RequestLetters", "The institution the request was forwarded to"),
        "extension_reason": translate("RequestLetters", "Why the deadline was extended"),
        "complaint_until": translate("RequestLetters", "15 days after the decision date"),
        "cost": translate("RequestLetters", "The cost of copies"),
    }


# Anything between braces on one line is meant as a placeholder; `{` alone, or braces around a paragraph, are text.
_CANDIDATE = re.compile(r"\{([^{}\n]{0,60})\}")
_KNOWN = frozenset(PLACEHOLDERS)


def unknown_placeholders(text: str) -> list[str]:
    """The `{…}` in `text` that are not placeholders, in order, each once."""
    found: list[str] = []
    for match in _CANDIDATE.finditer(text):
        if match[1] not in _KNOWN and match[0] not in found:
            found.append(match[0])
    return found


def check_template(text: str) -> str:
    """The template as it is stored (control characters gone); raises ValidationError naming what is wrong."""
    cleaned = multi_line(text).strip()
    if not cleaned:
        raise ValidationError(translate("RequestLetters", "A letter needs some text."), "text")
    if len(cleaned) > MAX_TEMPLATE_LENGTH:
        raise ValidationError(
            translate("RequestLetters", "The letter is too long (at most {count} characters).").format(
                count=MAX_TEMPLATE_LENGTH
            ),
            "text",
        )
    unknown = unknown_placeholders(cleaned)
    if unknown:
        raise ValidationError(
            translate(
                "RequestLetters", "The letter has an unknown placeholder: {placeholder}. It can use {known}."
            ).format(placeholder=unknown[0], known=", ".join(f"{{{name}}}" for name in PLACEHOLDERS)),
            "text",
        )
    return cleaned


def render(text: str, values: Mapping[str, str]) -> str:
    """`text` with each known `{placeholder}` replaced by its value, in one pass; everything else as written."""

    def replace(match: re.Match[str]) -> str:
        value = values.get(match[1])
        return match[0] if value is None else value

    return _CANDIDATE.sub(replace, text)


# -- the letter's blocks -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterBlock:
    """A paragraph of a rendered letter: `text` (lines kept), `heading` or `title` (a centred heading)."""

    text: str
    style: str = "text"


_CLOSING = (".", ",", ":", ";", "!", "?", "…")


def _style_of(paragraph: str) -> str:
    if "\n" in paragraph or _CANDIDATE.search(paragraph) or paragraph.endswith(_CLOSING) or len(paragraph) > 80:
        return "text"
    letters = [c for c in paragraph if c.isalpha()]
    return "title" if letters and all(c.isupper() for c in letters) else "heading"


def letter_blocks(template: str, values: Mapping[str, str]) -> list[LetterBlock]:
    """The letter's paragraphs with the values filled in; lines a value left empty are dropped."""
    blocks = []
    for paragraph in re.split(r"\n\s*\n", multi_line(template).strip()):
        paragraph = "\n".join(line.rstrip() for line in paragraph.strip("\n").splitlines())
        style = _style_of(paragraph.strip())
        lines = [line for line in render(paragraph, values).splitlines() if line.strip()]
        if lines:
            blocks.append(LetterBlock("\n".join(lines), style))
    return blocks


def letter_text(blocks: list[LetterBlock]) -> str:
    """The blocks as plain text (for an e-mail), paragraphs separated by an empty line."""
    return "\n\n".join(block.text for block in blocks)


# -- the office's templates --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterTemplate:
    kind: LetterKind
    language: str
    text: str
    edited: bool  # the office's own wording; False: the shipped one


def default_template(kind: LetterKind, language: str) -> str:
    return DEFAULT_TEMPLATES[language][kind.value]


def stored_overrides(value: object) -> dict[str, dict[str, str]]:
    """The office's wording from the setting, without anything that is not a known kind, language and text."""
    if not isinstance(value, Mapping):
        return {}
    found: dict[str, dict[str, str]] = {}
    for kind, languages in value.items():
        if kind not in LetterKind._value2member_map_ or not isinstance(languages, Mapping):
            continue
        texts = {
            code: text
            for code, text in languages.items()
            if code in LETTER_LANGUAGES and isinstance(text, str) and text.strip()
        }
        if texts:
            found[kind] = texts
    return found


def template_of(overrides: Mapping[str, Mapping[str, str]], kind: LetterKind, language: str) -> LetterTemplate:
    check_language(language)
    text = overrides.get(kind.value, {}).get(language)
    if text is None:
        return LetterTemplate(kind, language, default_template(kind, language), False)
    return LetterTemplate(kind, language, text, True)


def check_language(language: str) -> str:
    if language not in LETTER_LANGUAGES:
        raise ValidationError(
            translate("RequestLetters", "Letters are written in Albanian, Serbian or English, not {language}.").format(
                language=language
            ),
            "language",
        )
    return language


def letter_language(requester_language: str) -> str:
    """The language of a requester's letters: theirs when the letters have it, else English."""
    return requester_language if requester_language in LETTER_LANGUAGES else "en"


# -- file names --------------------------------------------------------------------------------------------------

_ASCII = str.maketrans({"đ": "dj", "Đ": "Dj", "ł": "l", "ß": "ss"})


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: `ZKM/2026/003` → `zkm-2026-003`, `Qasje në` → `qasje-ne`."""
    plain = unicodedata.normalize("NFKD", text.translate(_ASCII))
    ascii_text = "".join(c for c in plain if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def letter_file_name(reference: str, kind: LetterKind, language: str, suffix: str) -> str:
    """`kerkesa-2026-003-konfirmim-pranimi.pdf`: in the letter's language, ASCII only, safe on every system."""
    check_language(language)
    extension = slug(suffix.lstrip("."))
    parts = [REQUEST_FILE_WORD[language], slug(reference)[:60], FILE_WORDS[language][kind.value]]
    stem = "-".join(part for part in parts if part)
    return f"{stem}.{extension}" if extension else stem


def letter_kinds(outcome: RequestOutcome | None, extended: bool) -> list[LetterKind]:
    """The letters that fit a request: receipt and clarification always; the others once the request is there."""
    fits = {LetterKind.RECEIPT, LetterKind.CLARIFICATION}
    if extended:
        fits.add(LetterKind.EXTENSION)
    fits.update(_BY_OUTCOME.get(outcome, ()))
    return [kind for kind in LetterKind if kind in fits]


_BY_OUTCOME: dict[RequestOutcome | None, tuple[LetterKind, ...]] = {
    RequestOutcome.FORWARDED: (LetterKind.FORWARDING,),
    RequestOutcome.GRANTED: (LetterKind.GRANTED, LetterKind.READY),
    RequestOutcome.PARTIAL: (LetterKind.PARTIAL, LetterKind.READY),
    RequestOutcome.REFUSED: (LetterKind.REFUSAL,),
}
