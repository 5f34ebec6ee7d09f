"""Base for the closed vocabularies (kinds, statuses…): stored as stable codes, shown translated at the edge."""

from __future__ import annotations

from enum import StrEnum

from commsdesk.i18n import LANGUAGES, catalog, translate


class Choice(StrEnum):
    """A value stored by its code; `label()` gives its name in the current language."""

    @classmethod
    def _labels(cls) -> dict[str, str]:
        """code → translated name; each subclass lists its names with `translate(...)` so lupdate finds them."""
        raise NotImplementedError

    def label(self) -> str:
        """The translated name of this value."""
        return type(self)._labels()[self.value]

    @classmethod
    def labelled(cls) -> list[tuple[str, str]]:
        """(code, translated name) for every value, in declaration order — for combo boxes and legends."""
        labels = cls._labels()
        return [(member.value, labels[member.value]) for member in cls]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate reads it) and gives back the source text."""
    return text


class SourcedChoice(Choice):
    """A Choice whose names are kept as English source texts, so that a name can be given in any language (a
    report's) and recognised in any language (an import's)."""

    @classmethod
    def _context(cls) -> str:
        return cls.__name__

    @classmethod
    def _sources(cls) -> dict[str, str]:
        """code → English name, each marked with QT_TRANSLATE_NOOP(context, …) so that lupdate finds it."""
        raise NotImplementedError

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {code: translate(cls._context(), text) for code, text in cls._sources().items()}

    def label_in(self, language: str) -> str:
        """The name of this value in `language`."""
        return catalog(language).translate(self._context(), self._sources()[self.value])

    @classmethod
    def parse(cls, text: str) -> SourcedChoice | None:
        """The value written as `text`: its code, or its name in any of the app's languages; None if none."""
        from commsdesk.domain.text import fold

        wanted = fold(text)
        if not wanted:
            return None
        for member in cls:
            if wanted == fold(member.value) or any(wanted == fold(member.label_in(code)) for code in LANGUAGES):
                return member
        return None
