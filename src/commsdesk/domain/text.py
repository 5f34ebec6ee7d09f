"""Folding text for search: case-, accent- and `đ`-insensitive, so `cacak` finds `Čačak` and `djordje` `Đorđe`."""

from __future__ import annotations

import unicodedata

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
