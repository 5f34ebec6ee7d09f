"""The columns of a contact file: what each one can be mapped to on import, and how cell text becomes a value.

commsdesk's own CSV and XLSX exports use `OWN_COLUMNS`, with headers in the language of the export; on import
their headers are recognised in every language, so that an export reads back as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from commsdesk.domain.contacts import QT_TRANSLATE_NOOP, ContactLabel, OutletType, Reach, language_code
from commsdesk.domain.text import fold
from commsdesk.i18n import LANGUAGES, catalog, translate

IGNORE = ""
LABELS = tuple(label.value for label in ContactLabel)

# Target keys of a column, in the order of commsdesk's own files. `email:<label>` and `phone:<label>` hold one or
# more addresses or numbers (separated by `;`).
OWN_COLUMNS = (
    "given_name",
    "family_name",
    "do_not_contact",
    "position",
    "outlet",
    "outlet_type",
    "reach",
    "language",
    *(f"email:{label}" for label in LABELS),
    *(f"phone:{label}" for label in LABELS),
    "groups",
    "topics",
    "address",
    "website",
    "social",
    "notes",
    "accredited",
    "accredited_until",
    "source",
    "purpose",
    "verified_on",
)
TARGETS = ("full_name", *OWN_COLUMNS)


_HEADERS = {
    "full_name": QT_TRANSLATE_NOOP("ContactColumns", "Full name"),
    "given_name": QT_TRANSLATE_NOOP("ContactColumns", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ContactColumns", "Family name"),
    "do_not_contact": QT_TRANSLATE_NOOP("ContactColumns", "Do not contact"),
    "position": QT_TRANSLATE_NOOP("ContactColumns", "Position"),
    "outlet": QT_TRANSLATE_NOOP("ContactColumns", "Outlet / organisation"),
    "outlet_type": QT_TRANSLATE_NOOP("ContactColumns", "Organisation type"),
    "reach": QT_TRANSLATE_NOOP("ContactColumns", "Reach"),
    "language": QT_TRANSLATE_NOOP("ContactColumns", "Language"),
    "email:work": QT_TRANSLATE_NOOP("ContactColumns", "E-mail (work)"),
    "email:mobile": QT_TRANSLATE_NOOP("ContactColumns", "E-mail (mobile)"),
    "email:home": QT_TRANSLATE_NOOP("ContactColumns", "E-mail (home)"),
    "email:other": QT_TRANSLATE_NOOP("ContactColumns", "E-mail (other)"),
    "phone:work": QT_TRANSLATE_NOOP("ContactColumns", "Phone (work)"),
    "phone:mobile": QT_TRANSLATE_NOOP("ContactColumns", "Phone (mobile)"),
    "phone:home": QT_TRANSLATE_NOOP("ContactColumns", "Phone (home)"),
    "phone:other": QT_TRANSLATE_NOOP("ContactColumns", "Phone (other)"),
    "groups": QT_TRANSLATE_NOOP("ContactColumns", "Groups"),
    "topics": QT_TRANSLATE_NOOP("ContactColumns", "Topics / beats"),
    "address": QT_TRANSLATE_NOOP("ContactColumns", "Address"),
    "website": QT_TRANSLATE_NOOP("ContactColumns", "Website"),
    "social": QT_TRANSLATE_NOOP("ContactColumns", "Social accounts"),
    "notes": QT_TRANSLATE_NOOP("ContactColumns", "Notes"),
    "accredited": QT_TRANSLATE_NOOP("ContactColumns", "Accredited"),
    "accredited_until": QT_TRANSLATE_NOOP("ContactColumns", "Accredited until"),
    "source": QT_TRANSLATE_NOOP("ContactColumns", "Source of the data"),
    "purpose": QT_TRANSLATE_NOOP("ContactColumns", "Purpose"),
    "verified_on": QT_TRANSLATE_NOOP("ContactColumns", "Last verified"),
}


def target_label(target: str) -> str:
    """The translated name of a target, for the column-mapping combo boxes."""
    if target == IGNORE:
        return translate("ContactColumns", "(do not import)")
    return translate("ContactColumns", _HEADERS[target])


def header_in(target: str, language: str) -> str:
    """The header of `target` in `language` (an export may be written in another language than the window's)."""
    return catalog(language).translate("ContactColumns", _HEADERS[target])


def own_header_targets() -> dict[str, str]:
    """Folded header → target, for commsdesk's own headers in every language."""
    known: dict[str, str] = {}
    for language in LANGUAGES:
        for target in TARGETS:
            known.setdefault(fold(header_in(target, language)), target)
    return known


# -- cell values ---------------------------------------------------------------------------------------------------

_YES = {"yes", "y", "true", "1", "x", "po", "p", "da", "d", "✓", "✔", "ja", "oui", "si"}
_NO = {"no", "n", "false", "0", "jo", "j", "ne", "nein", "non", ""}
_YES_NO = {True: QT_TRANSLATE_NOOP("ContactColumns", "Yes"), False: QT_TRANSLATE_NOOP("ContactColumns", "No")}
_LIST_SPLIT = re.compile(r"\s*(?:;|:::|\n)\s*")
_EMAIL_SPLIT = re.compile(r"[\s;,]+|:::")
_EMAIL_SEPARATOR = re.compile(r"[\s;,]|:::")


def text_of(value: object) -> str:
    """A cell as text: numbers without `.0`, dates as dd.MM.yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def split_list(text: str) -> list[str]:
    """`a; b ::: c` → [a, b, c]."""
    if ";" not in text and "\n" not in text and ":::" not in text:
        return [text.strip()] if text.strip() else []
    return [part for part in _LIST_SPLIT.split(text.strip()) if part]


def split_emails(text: str) -> list[str]:
    """The addresses of a cell, separated by `;`, `,`, spaces or `:::`."""
    if _EMAIL_SEPARATOR.search(text) is None:
        return [text] if text else []
    return [part for part in _EMAIL_SPLIT.split(text.strip()) if part]


def parse_bool(value: object) -> bool | None:
    """yes/no in English, Albanian and Serbian (also 1/0, x, true/false); None when it is neither."""
    if isinstance(value, bool):
        return value
    text = fold(text_of(value))
    translated_yes = {fold(catalog(code).translate("ContactColumns", _YES_NO[True])) for code in LANGUAGES}
    translated_no = {fold(catalog(code).translate("ContactColumns", _YES_NO[False])) for code in LANGUAGES}
    if text in _YES or text in translated_yes:
        return True
    if text in _NO or text in translated_no:
        return False
    return None


def yes_no(value: bool, language: str) -> str:
    """`Yes` in `language` for true, empty for false (so that the marked rows stand out)."""
    return catalog(language).translate("ContactColumns", _YES_NO[True]) if value else ""


def parse_date(value: object) -> date | None:
    """A date from a cell: a real date, dd.MM.yyyy (also d.M.yy, dd/MM/yyyy) or yyyy-MM-dd; ValueError otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = text_of(value)
    if not text:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", text)
    if match:
        return date(int(match[1]), int(match[2]), int(match[3]))
    match = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\.?", text)
    if match:
        year = int(match[3])
        if year < 100:
            year += 2000 if year < 70 else 1900
        return date(year, int(match[2]), int(match[1]))
    raise ValueError(text)


def parse_outlet_type(value: str) -> str | None:
    found = OutletType.parse(value)
    return found.value if found is not None else None


def parse_reach(value: str) -> str | None:
    found = Reach.parse(value)
    return found.value if found is not None else None


def parse_language(value: str, allowed: Sequence[str]) -> str | None:
    """The code of a language written as a code or a name, if it is one of `allowed`."""
    code = language_code(value)
    if code is None:
        wanted = fold(value)
        code = next((c for c in allowed if fold(c) == wanted), None)
    return code if code in allowed else None


def label_of(text: str) -> str:
    """A label as other programs write it (`Work`, `* Mobile`, `CELL`, `pune`) → work, mobile, home or other."""
    word = fold(text.replace("*", " ")).strip()
    if any(token in word for token in ("mobil", "cell", "cel", "gsm", "celular")):
        return ContactLabel.MOBILE.value
    if any(token in word for token in ("work", "business", "office", "pune", "posao", "posl", "internet", "pref")):
        return ContactLabel.WORK.value
    if any(token in word for token in ("home", "private", "personal", "shtepi", "kuc", "privat")):
        return ContactLabel.HOME.value
    return ContactLabel.OTHER.value if word else ContactLabel.WORK.value
