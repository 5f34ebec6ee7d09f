"""Base for the closed vocabularies (kinds, statuses…): stored as stable codes, shown translated at the edge."""

from __future__ import annotations

from enum import StrEnum


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
