"""Press releases: workflow statuses and their rules, language versions, channels, reference numbers, attachments."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import PurePath
from zoneinfo import ZoneInfo

from commsdesk.domain.choices import Choice
from commsdesk.domain.events import DEFAULT_TIME_ZONE
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate

DEFAULT_RELEASE_LANGUAGES = ("sq", "sr", "en")

# Release languages commsdesk knows by name (a municipality may publish in Turkish, Bosnian or Romani too).
RELEASE_LANGUAGE_NAMES: dict[str, str] = {
    "sq": "Shqip",
    "sr": "Srpski",
    "en": "English",
    "tr": "Türkçe",
    "bs": "Bosanski",
    "rom": "Romani",
}


def release_language_name(code: str) -> str:
    """The language's name in itself (`Shqip`, `Srpski`…), or its code when commsdesk does not know it."""
    return RELEASE_LANGUAGE_NAMES.get(code, code)


class ReleaseStatus(Choice):
    DRAFT = "draft"
    FOR_APPROVAL = "for_approval"
    APPROVED = "approved"
    DISTRIBUTED = "distributed"
    ARCHIVED = "archived"
    WITHDRAWN = "withdrawn"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "draft": translate("ReleaseStatus", "Draft"),
            "for_approval": translate("ReleaseStatus", "For approval"),
            "approved": translate("ReleaseStatus", "Approved"),
            "distributed": translate("ReleaseStatus", "Distributed"),
            "archived": translate("ReleaseStatus", "Archived"),
            "withdrawn": translate("ReleaseStatus", "Withdrawn"),
        }


# The workflow: draft → for approval → approved → distributed → archived; a release can be withdrawn at any point
# before it is archived, sent back to draft while it waits for approval or before it goes out, and nothing leaves
# "archived" or "withdrawn" (a withdrawn release keeps its number).
TRANSITIONS: dict[ReleaseStatus, tuple[ReleaseStatus, ...]] = {
    ReleaseStatus.DRAFT: (ReleaseStatus.FOR_APPROVAL, ReleaseStatus.WITHDRAWN),
    ReleaseStatus.FOR_APPROVAL: (ReleaseStatus.APPROVED, ReleaseStatus.DRAFT, ReleaseStatus.WITHDRAWN),
    ReleaseStatus.APPROVED: (ReleaseStatus.DISTRIBUTED, ReleaseStatus.DRAFT, ReleaseStatus.WITHDRAWN),
    ReleaseStatus.DISTRIBUTED: (ReleaseStatus.ARCHIVED, ReleaseStatus.WITHDRAWN),
    ReleaseStatus.ARCHIVED: (),
    ReleaseStatus.WITHDRAWN: (),
}

# Statuses in which the text may still change (a change to an approved release sends it back to draft).
EDITABLE_STATUSES = (ReleaseStatus.DRAFT, ReleaseStatus.FOR_APPROVAL, ReleaseStatus.APPROVED)
# Statuses from which a release may be distributed.
DISTRIBUTABLE_STATUSES = (ReleaseStatus.APPROVED, ReleaseStatus.DISTRIBUTED, ReleaseStatus.ARCHIVED)


def allowed_transitions(status: ReleaseStatus) -> tuple[ReleaseStatus, ...]:
    """The statuses a release in `status` may move to."""
    return TRANSITIONS[status]


def check_transition(current: ReleaseStatus, target: ReleaseStatus) -> None:
    """Raise ValidationError when the workflow does not allow `current` → `target`."""
    if target not in TRANSITIONS[current]:
        raise ValidationError(
            translate("ReleaseRules", "A release that is “{current}” cannot become “{target}”.").format(
                current=current.label(), target=target.label()
            )
        )


class VersionState(Choice):
    MISSING = "missing"
    DRAFT = "draft"
    FINAL = "final"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "missing": translate("VersionState", "Missing"),
            "draft": translate("VersionState", "Draft"),
            "final": translate("VersionState", "Final"),
        }


def is_version_present(state: VersionState | str | None, headline: str, body_text: str) -> bool:
    """Whether a language version exists: not marked missing, with a headline and some body text."""
    return state not in (None, VersionState.MISSING, "missing") and bool(headline.strip()) and bool(body_text.strip())


def missing_languages(required: Iterable[str], present: Iterable[str]) -> list[str]:
    """The required languages (in their order) that have no version."""
    have = set(present)
    return [code for code in required if code not in have]


def check_can_approve(required: Iterable[str], present: Iterable[str]) -> None:
    """Raise ValidationError naming the required languages that are still missing."""
    missing = missing_languages(required, present)
    if missing:
        raise ValidationError(
            translate("ReleaseRules", "The release cannot be approved: the {languages} version is missing.").format(
                languages=", ".join(release_language_name(code) for code in missing)
            )
        )


class Channel(Choice):
    EMAIL = "email"
    WEBSITE = "website"
    FACEBOOK = "facebook"
    SOCIAL = "social"
    PRINT = "print"
    AGENCY = "agency"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "email": translate("Channel", "E-mail"),
            "website": translate("Channel", "Website"),
            "facebook": translate("Channel", "Facebook"),
            "social": translate("Channel", "Other social media"),
            "print": translate("Channel", "Print"),
            "agency": translate("Channel", "News agency"),
        }


class DistributionStatus(Choice):
    """Where one channel's distribution stands."""

    PLANNED = "planned"
    PREPARED = "prepared"
    DONE = "done"
    CANCELLED = "cancelled"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "planned": translate("DistributionStatus", "Planned"),
            "prepared": translate("DistributionStatus", "Prepared"),
            "done": translate("DistributionStatus", "Sent / published"),
            "cancelled": translate("DistributionStatus", "Cancelled"),
        }


class ExclusionReason(Choice):
    """Why a chosen contact gets no copy."""

    DO_NOT_CONTACT = "do_not_contact"
    NO_EMAIL = "no_email"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "do_not_contact": translate("ExclusionReason", "Do not contact"),
            "no_email": translate("ExclusionReason", "No e-mail address"),
        }


def version_for(preferred: str, available: Iterable[str], order: Iterable[str]) -> str | None:
    """The version a contact receives: their preferred language, else the first available one in `order`."""
    have = list(available)
    if preferred in have:
        return preferred
    return next((code for code in order if code in have), have[0] if have else None)


# -- reference numbers -------------------------------------------------------------------------------------------


def check_reference_format(pattern: str) -> None:
    """Raise ValidationError unless `pattern` names `{year}` and `{number}` (a format may follow: `{number:03d}`)."""
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
        sample = pattern.format(year=2026, number=14)
    except (ValueError, KeyError, IndexError, AttributeError):
        fields, sample = set(), ""
    if fields != {"year", "number"} or not sample.strip() or len(sample) > 50:
        raise ValidationError(
            translate(
                "ReleaseRules",
                "The reference format must contain {{year}} and {{number}} and nothing else in braces, "
                "e.g. {{year}}/{{number:03d}}.",
            ).format(),
            "reference_format",
        )


def format_reference(pattern: str, year: int, number: int) -> str:
    """The reference of release `number` of `year`, e.g. `2026/014` for `{year}/{number:03d}`."""
    return pattern.format(year=year, number=number)


# -- attachments -------------------------------------------------------------------------------------------------


class AttachmentKind(Choice):
    PHOTO = "photo"
    AUDIO = "audio"
    VIDEO = "video"
    DOCUMENT = "document"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "photo": translate("AttachmentKind", "Photo"),
            "audio": translate("AttachmentKind", "Audio"),
            "video": translate("AttachmentKind", "Video"),
            "document": translate("AttachmentKind", "Document"),
        }


_EXTENSION_KINDS = {
    AttachmentKind.PHOTO: {"jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp", "heic"},
    AttachmentKind.AUDIO: {"mp3", "wav", "ogg", "m4a", "aac", "flac", "wma", "opus"},
    AttachmentKind.VIDEO: {"mp4", "mov", "avi", "mkv", "wmv", "webm", "m4v", "mpg", "mpeg"},
}
# Files the system would run rather than show: commsdesk never opens them, it only saves them out.
EXECUTABLE_EXTENSIONS = frozenset(
    {
        "exe",
        "com",
        "bat",
        "cmd",
        "scr",
        "pif",
        "msi",
        "msp",
        "cpl",
        "jar",
        "js",
        "jse",
        "vbs",
        "vbe",
        "wsf",
        "wsh",
        "ps1",
        "psm1",
        "hta",
        "lnk",
        "reg",
        "sh",
        "app",
        "dll",
    }
)


def extension(name: str) -> str:
    """The lower-case extension of a file name as another system wrote it (`\\` and `/` both separate folders)."""
    last = re.split(r"[\\/]", name)[-1]
    suffix = PurePath(last).suffix
    return suffix[1:].lower() if suffix else ""


def attachment_kind(name: str) -> AttachmentKind:
    """Photo, audio, video or document, from the file name's extension."""
    ext = extension(name)
    return next((kind for kind, exts in _EXTENSION_KINDS.items() if ext in exts), AttachmentKind.DOCUMENT)


_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|clock\$|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE)
MAX_NAME_LENGTH = 150


def clean_file_name(name: str, fallback: str = "attachment") -> str:
    """A file name safe on Windows, macOS and Linux: no folders, no forbidden or reserved names, not too long.

    `..\\..\\evil.exe` becomes `evil.exe`; `CON.txt` becomes `_CON.txt`; an empty or all-dots name becomes `fallback`.
    """
    last = re.split(r"[\\/]", name or "")[-1]
    cleaned = _FORBIDDEN.sub("_", last).strip(" .")
    if not cleaned or set(cleaned) <= {"_", "."}:
        cleaned = fallback
    stem = cleaned.partition(".")[0]
    if _RESERVED.match(stem.strip()):
        cleaned = "_" + cleaned
    if len(cleaned) > MAX_NAME_LENGTH:
        ext = PurePath(cleaned).suffix[:20]
        cleaned = cleaned[: MAX_NAME_LENGTH - len(ext)].rstrip(" .") + ext
    return cleaned


def captions_of(captions: Mapping[str, str] | None) -> dict[str, str]:
    """Captions per language without the empty ones."""
    return {code: text.strip() for code, text in (captions or {}).items() if text and text.strip()}


def split_tags(text: str | Iterable[str]) -> list[str]:
    """Tags from `a, b; c` (or a list), trimmed, without empty ones or repeats (the first spelling wins)."""
    parts = re.split(r"[,;]", text) if isinstance(text, str) else list(text)
    seen: dict[str, str] = {}
    for part in parts:
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


def join_tags(tags: Iterable[str]) -> str:
    """The stored form of a list of tags: `a, b, c`."""
    return ", ".join(split_tags(list(tags)))


def local_time(moment: datetime | None) -> datetime | None:
    """A stored UTC time (naive) as the office's wall-clock time in Europe/Belgrade (naive), for showing."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone(ZoneInfo(DEFAULT_TIME_ZONE)).replace(tzinfo=None)
