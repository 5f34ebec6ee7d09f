"""The translations of one language, read from its compiled Qt `.qm` file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from commsdesk.i18n.qm import read_qm
from commsdesk.resources import resource_path

# code → (file suffix, name of the language in itself); the first is the default language.
LANGUAGES: dict[str, tuple[str, str]] = {
    "sq": ("sq", "Shqip"),
    "sr": ("sr_Latn", "Srpski"),
    "en": ("en", "English"),
}


def language_name(code: str) -> str:
    """The language's name in itself, as the Language menu shows it."""
    return LANGUAGES[code][1]


def qm_path(code: str, domain: str = "commsdesk") -> Path:
    """The compiled translations of `code` for `domain` (commsdesk, or qtbase for Qt's own strings)."""
    return resource_path("translations", f"{domain}_{LANGUAGES[code][0]}.qm")


class Catalog:
    """The finished translations of one language, keyed by (context, source)."""

    def __init__(self, code: str, messages: dict[tuple[str, str], str]) -> None:
        self.code = code
        self._messages = messages

    @classmethod
    def load(cls, code: str, path: Path | None = None) -> Catalog:
        """Read the catalog of `code`; what it lacks falls back to the (English) source text."""
        path = path or qm_path(code)
        return cls(code, read_qm(path) if path.exists() else {})

    def translate(self, context: str, text: str) -> str:
        """`text` translated, or `text` itself when the catalog has no finished translation."""
        return self._messages.get((context, text), text)

    def __len__(self) -> int:
        return len(self._messages)


@cache
def catalog(code: str) -> Catalog:
    """The catalog of `code`, read once per process."""
    return Catalog.load(code)
