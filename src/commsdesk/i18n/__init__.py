"""Translations and locale formats, free of Qt so that services, reports and the CLI can use them.

The source of every translation is a Qt `.ts` file in `resources/translations/`, compiled to `.qm` by
`pyside6-lrelease` (`scripts/translations.py`). commsdesk's own strings are read from `commsdesk_<lang>.qm` by
`Catalog` in every layer — the window, the command line and reports in any language; Qt's own dialogs use
`qtbase_<lang>.qm` through QTranslator (`ui/qt_translators.py`). Strings are marked with
`translate("Context", "Text {placeholder}")`, which `pyside6-lupdate` extracts.
"""

from __future__ import annotations

from commsdesk.i18n.catalog import LANGUAGES, Catalog, catalog, language_name
from commsdesk.i18n.formats import (
    format_date,
    format_datetime,
    format_money,
    format_size,
    format_time,
    parse_date,
)

__all__ = [
    "LANGUAGES",
    "Catalog",
    "catalog",
    "current_language",
    "format_date",
    "format_datetime",
    "format_money",
    "format_size",
    "format_time",
    "language_name",
    "parse_date",
    "set_language",
    "translate",
]

_current = "sq"


def set_language(code: str) -> None:
    """Make `code` (sq, sr or en) the language of `translate`."""
    global _current
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    _current = code


def current_language() -> str:
    """The code of the language `translate` uses now."""
    return _current


def translate(context: str, text: str) -> str:
    """`text` in the current language (the English source when no translation exists)."""
    return catalog(_current).translate(context, text)
