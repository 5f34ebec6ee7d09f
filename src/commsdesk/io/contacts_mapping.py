"""Which column holds what: recognising Outlook's, Google's and commsdesk's own layouts by their header rows, a
guess for other files, and turning mapped rows into validated contacts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from commsdesk.domain.contacts import (
    QT_TRANSLATE_NOOP,
    ContactInput,
    ImportRow,
    is_valid_email,
    overlong_problems,
    split_full_name,
)
from commsdesk.domain.text import fold
from commsdesk.i18n import translate
from commsdesk.io.contacts_columns import (
    TARGETS,
    label_of,
    own_header_targets,
    parse_bool,
    parse_date,
    parse_language,
    parse_outlet_type,
    parse_reach,
    split_emails,
    split_list,
    text_of,
)
from commsdesk.io.contacts_table import Table

_LAYOUT_NAMES = {
    "commsdesk": QT_TRANSLATE_NOOP("ContactImport", "commsdesk export"),
    "outlook": QT_TRANSLATE_NOOP("ContactImport", "Outlook contacts"),
    "google": QT_TRANSLATE_NOOP("ContactImport", "Google contacts"),
    "generic": QT_TRANSLATE_NOOP("ContactImport", "Table with a header row"),
    "vcard": QT_TRANSLATE_NOOP("ContactImport", "vCard"),
}

_OUTLOOK = {
    "first name": "given_name",
    "middle name": "given_name",
    "last name": "family_name",
    "company": "outlet",
    "job title": "position",
    "e-mail address": "email:work",
    "e-mail 2 address": "email:other",
    "e-mail 3 address": "email:other",
    "business phone": "phone:work",
    "business phone 2": "phone:work",
    "company main phone": "phone:work",
    "mobile phone": "phone:mobile",
    "home phone": "phone:home",
    "home phone 2": "phone:home",
    "other phone": "phone:other",
    "primary phone": "phone:other",
    "car phone": "phone:other",
    "business street": "address",
    "business street 2": "address",
    "business city": "address",
    "business postal code": "address",
    "business country/region": "address",
    "web page": "website",
    "notes": "notes",
    "categories": "groups",
}

_GOOGLE = {
    "name": "full_name",
    "first name": "given_name",
    "given name": "given_name",
    "middle name": "given_name",
    "additional name": "given_name",
    "last name": "family_name",
    "family name": "family_name",
    "organization name": "outlet",
    "organization 1 - name": "outlet",
    "organization title": "position",
    "organization 1 - title": "position",
    "notes": "notes",
    "labels": "groups",
    "group membership": "groups",
}
_GOOGLE_PAIRED = re.compile(r"(e-mail|phone|website) (\d+) - value")
_GOOGLE_ADDRESS = re.compile(r"address (\d+) - formatted")

# Headers people write in their own spreadsheets, in English, Albanian and Serbian (folded).
_SYNONYMS = {
    "full_name": ("name", "full name", "emri dhe mbiemri", "emri i plote", "ime i prezime", "kontakti", "kontakt"),
    "given_name": ("given name", "first name", "firstname", "emri", "ime"),
    "family_name": ("family name", "last name", "surname", "lastname", "mbiemri", "prezime"),
    "email:work": ("email", "e-mail", "e-mail address", "email address", "mail", "e-posta", "imejli", "e-posta"),
    "phone:work": ("phone", "telephone", "tel", "tel.", "telefoni", "telefon", "nr. telefoni", "broj telefona"),
    "phone:mobile": ("mobile", "mobile phone", "cell", "mobil", "celular", "mobilni", "mobitel"),
    "outlet": (
        "organisation",
        "organization",
        "company",
        "outlet",
        "media",
        "medium",
        "institution",
        "institucioni",
        "organizata",
        "mediumi",
        "media/organizata",
        "medij",
        "mediji",
        "organizacija",
        "institucija",
        "redakcija",
    ),
    "position": ("position", "job title", "title", "role", "pozita", "funksioni", "pozicija", "funkcija"),
    "groups": ("group", "groups", "category", "categories", "grupi", "grupet", "kategoria", "grupa", "grupe"),
    "language": ("language", "gjuha", "jezik"),
    "notes": ("notes", "note", "comment", "comments", "remarks", "shenime", "komente", "napomena", "beleske"),
    "address": ("address", "adresa"),
    "website": ("website", "web", "web page", "url", "faqja", "web faqja", "sajt"),
    "topics": ("topics", "beat", "beats", "temat", "teme"),
}


@dataclass
class Layout:
    """A recognised (or guessed) layout: the target of each column, and for Google's "E-mail 1 - Value" the column
    holding its label."""

    kind: str
    mapping: dict[int, str]
    companions: dict[int, int] = field(default_factory=dict)

    def name(self) -> str:
        return translate("ContactImport", _LAYOUT_NAMES[self.kind])


def recognise(headers: Sequence[str]) -> Layout:
    """The layout of a file from its header row."""
    folded = [fold(header).strip() for header in headers]
    present = set(folded)
    own = own_header_targets()
    if sum(header in own for header in folded) >= max(6, len(folded) * 7 // 10):
        return Layout("commsdesk", _guess(folded, own))
    if any(_GOOGLE_PAIRED.fullmatch(header) for header in folded) or "group membership" in present:
        return _google(folded)
    if {"first name", "last name", "e-mail address"} <= present:
        return Layout("outlook", {i: _OUTLOOK[h] for i, h in enumerate(folded) if h in _OUTLOOK})
    return Layout("generic", _guess(folded, own))


def _google(folded: list[str]) -> Layout:
    mapping: dict[int, str] = {}
    companions: dict[int, int] = {}
    index = {header: i for i, header in enumerate(folded)}
    for i, header in enumerate(folded):
        paired = _GOOGLE_PAIRED.fullmatch(header)
        if header in _GOOGLE:
            mapping[i] = _GOOGLE[header]
        elif paired:
            kind, number = paired.groups()
            mapping[i] = {"e-mail": "email:work", "phone": "phone:work", "website": "website"}[kind]
            for suffix in ("label", "type"):
                label_column = index.get(f"{kind} {number} - {suffix}")
                if label_column is not None and kind != "website":
                    companions[i] = label_column
        elif _GOOGLE_ADDRESS.fullmatch(header):
            mapping[i] = "address"
    if any(target in ("given_name", "family_name") for target in mapping.values()):
        mapping = {i: target for i, target in mapping.items() if target != "full_name"}
    return Layout("google", mapping, companions)


def _guess(folded: list[str], own: dict[str, str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    synonyms = {name: target for target, names in _SYNONYMS.items() for name in names}
    for i, header in enumerate(folded):
        target = own.get(header) or synonyms.get(header)
        if target is not None and (target not in _SINGLE or target not in mapping.values()):
            mapping[i] = target
    if "full_name" in mapping.values() and not {"given_name", "family_name"} & set(mapping.values()):
        return mapping
    return {i: target for i, target in mapping.items() if target != "full_name"} if _has_names(mapping) else mapping


_SINGLE = {"given_name", "family_name", "full_name", "language", "outlet_type", "reach", "accredited", "do_not_contact"}


def _has_names(mapping: dict[int, str]) -> bool:
    return bool({"given_name", "family_name"} & set(mapping.values()))


# -- rows into contacts --------------------------------------------------------------------------------------------

_DIGIT = re.compile(r"\d")
_JOIN = {"given_name": " ", "family_name": " ", "full_name": " ", "address": ", ", "notes": "\n", "topics": "; "}
_FIELDS = frozenset(ContactInput.__dataclass_fields__)


def convert(
    table: Table,
    mapping: dict[int, str],
    *,
    languages: Sequence[str],
    default_language: str,
    companions: dict[int, int] | None = None,
) -> list[ImportRow]:
    """Every non-empty row of the table as a contact (or its problems), following `mapping` (column → target)."""
    converter = _Converter(mapping, companions or {}, languages, default_language)
    result = []
    for number, values in table.rows:
        if any(value not in (None, "") and text_of(value) for value in values):
            result.append(converter.row(number, values))
    return result


class _Converter:
    """Turns rows into contacts; values that repeat down a column (languages, types, groups) are parsed once."""

    def __init__(
        self, mapping: dict[int, str], companions: dict[int, int], languages: Sequence[str], default_language: str
    ) -> None:
        used = sorted((column, target) for column, target in mapping.items() if target and target in TARGETS)
        scalars = [(column, target) for column, target in used if ":" not in target]
        self.scalar_targets = [target for _column, target in scalars]
        # All the scalar columns of a row in one C call (a tuple even for one column).
        self.scalar_cells = itemgetter(*[column for column, _target in scalars], -1) if scalars else None
        self.width = max((column + 1 for column, _target in used), default=0)
        self.lists = [(column, *target.split(":"), companions.get(column)) for column, target in used if ":" in target]
        self.languages = list(languages)
        self.default_language = default_language
        self.cache: dict[tuple[str, str], object] = {}
        self.no_name = translate("ContactImport", "there is no name")
        self.bad_email = translate("ContactImport", "the e-mail “{email}” is not valid")
        self.bad_phone = translate("ContactImport", "the phone “{phone}” has no digits")

    def _parsed(self, kind: str, text: str, parse) -> object:
        key = (kind, text)
        if key not in self.cache:
            self.cache[key] = parse(text)
        return self.cache[key]

    def row(self, number: int, values: list[object]) -> ImportRow:
        size = len(values)
        if size < self.width:
            values = [*values, *[None] * (self.width - size)]
            size = self.width
        texts: dict[str, list[str]] = {}
        raw: dict[str, object] = {}
        emails: list[tuple[str, str]] = []
        phones: list[tuple[str, str]] = []
        problems: list[str] = []
        if self.scalar_cells is not None:
            for target, value in zip(self.scalar_targets, self.scalar_cells(values), strict=False):
                if value is None or value == "":
                    continue
                text = value.strip() if type(value) is str else text_of(value)
                if text:
                    if target in texts:
                        texts[target].append(text)
                    else:
                        texts[target] = [text]
                        raw[target] = value
        for column, kind, label, label_column in self.lists:
            value = values[column]
            if value is None or value == "":
                continue
            text = value.strip() if type(value) is str else text_of(value)
            if not text:
                continue
            if label_column is not None and label_column < size:
                written = text_of(values[label_column])
                if written:
                    label = self._parsed("label", written, label_of)
            if kind == "email":
                emails.extend((label, address) for address in split_emails(text))
            else:
                phones.extend((label, phone) for phone in split_list(text))

        values_of = {
            target: parts[0] if len(parts) == 1 else _JOIN.get(target, " ").join(parts)
            for target, parts in texts.items()
        }
        joined = values_of.get

        given, family = joined("given_name", ""), joined("family_name", "")
        if not given and not family and "full_name" in texts:
            given, family = split_full_name(joined("full_name", ""))
        if not given and not family:
            problems.append(self.no_name)
        for _label, address in emails:
            if not is_valid_email(address):
                problems.append(self.bad_email.format(email=address))
        for _label, phone in phones:
            if _DIGIT.search(phone) is None:
                problems.append(self.bad_phone.format(phone=phone))
        fields = {target for target in texts if target in _FIELDS}
        if given:
            fields.add("given_name")
        if family:
            fields.add("family_name")
        if emails:
            fields.add("emails")
        if phones:
            fields.add("phones")
        language = self.default_language
        if "language" in texts:
            written = joined("language", "")
            found = self._parsed("language", written, lambda text: parse_language(text, self.languages))
            if found is None:
                problems.append(translate("ContactImport", "unknown language “{language}”").format(language=written))
            else:
                language = found
        outlet_type = reach = None
        if "outlet_type" in texts:
            outlet_type = self._parsed("type", joined("outlet_type", ""), parse_outlet_type)
            if outlet_type is None:
                problems.append(
                    translate("ContactImport", "unknown organisation type “{type}”").format(
                        type=joined("outlet_type", "")
                    )
                )
        if "reach" in texts:
            reach = self._parsed("reach", joined("reach", ""), parse_reach)
            if reach is None:
                problems.append(translate("ContactImport", "unknown reach “{reach}”").format(reach=joined("reach", "")))
        flags: dict[str, bool] = {}
        for name in ("accredited", "do_not_contact"):
            if name in texts:
                value = raw[name]
                flag = self._parsed("flag", value, parse_bool) if type(value) is str else parse_bool(value)
                if flag is None:
                    problems.append(
                        translate("ContactImport", "“{value}” is not yes or no").format(value=joined(name, ""))
                    )
                flags[name] = bool(flag)
        dates = {}
        for name in ("accredited_until", "verified_on"):
            if name in texts:
                try:
                    dates[name] = parse_date(raw[name])
                except ValueError:
                    problems.append(
                        translate("ContactImport", "“{value}” is not a date (dd.mm.yyyy)").format(
                            value=joined(name, "")
                        )
                    )
        groups: list[str] = []
        for text in texts.get("groups", ()):
            groups.extend(self._parsed("groups", text, _groups))  # type: ignore[arg-type]
        data = ContactInput(
            given_name=given,
            family_name=family,
            position=joined("position", ""),
            outlet=joined("outlet", ""),
            outlet_type=outlet_type,  # type: ignore[arg-type]
            reach=reach,  # type: ignore[arg-type]
            language=language,  # type: ignore[arg-type]
            emails=emails,
            phones=phones,
            groups=groups,
            topics=joined("topics", ""),
            address=joined("address", ""),
            website=joined("website", ""),
            social=joined("social", ""),
            notes=joined("notes", ""),
            accredited=flags.get("accredited", False),
            accredited_until=dates.get("accredited_until"),
            source=joined("source", ""),
            purpose=joined("purpose", ""),
            do_not_contact=flags.get("do_not_contact", False),
            verified_on=dates.get("verified_on"),
        )
        problems += overlong_problems(data)
        return ImportRow(number, data, tuple(problems), frozenset(fields))


def _groups(text: str) -> list[str]:
    """Group names of a cell; Google's system labels (`* myContacts`) are left out."""
    return [name for name in split_list(text) if not name.startswith("*")]
