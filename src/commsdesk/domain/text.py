"""Folding text for search: case-, accent- and `đ`-insensitive, so `cacak` finds `Čačak` and `djordje` `Đorđe`;
and text without control characters, as it is stored and shown."""

from __future__ import annotations

import re
import unicodedata

_SPACING = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85]+")  # what a one-line field reads as a space
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 but tab and line feed, DEL, C1

# Letters that Unicode decomposition does not reduce to ASCII.
_EXTRA = str.maketrans({"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str | None) -> str:
    """Lower-case ASCII-ish form of `text`: no accents, `đ`→`d`, and `dj`→`d` so both spellings of Đorđe meet."""
    if not text:
        return ""
    lowered = text.casefold().translate(_EXTRA)
    stripped = "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))
    return stripped.replace("dj", "d")


def search_key(*parts: str | None) -> str:
    """One folded string of all the searchable parts of a record, separated so words never run together."""
    return " | ".join(fold(part) for part in parts if part)


def single_line(text: str) -> str:
    """`text` for a one-line field (a title, a name): tabs and line breaks become a space, the other control
    characters (NUL, ESC, C1…) go, and the ends are trimmed if anything went."""
    if text.isprintable():  # nearly always: one C-level scan
        return text
    return _CONTROL.sub("", _SPACING.sub(" ", text)).strip()


def multi_line(text: str) -> str:
    """`text` for a field of several lines (notes, a description): line breaks as `\\n`, tabs kept, the other
    control characters gone, and the ends trimmed if any went."""
    if text.isprintable():
        return text
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = _CONTROL.sub("", lines)
    return lines if kept == lines else kept.strip()


def visible(text: str) -> str:
    """`text` for a message, control characters but tabs and line breaks written out (`\\x00`, `\\x1b`): a file name or
    typed text quoted in it can neither cut it short nor drive the terminal."""
    if text.isprintable():
        return text
    return _CONTROL.sub(lambda found: f"\\x{ord(found[0]):02x}", text)
