"""The contact list's vocabularies (outlet types, reach, audiences, labels) and a contact as plain data, with the
rules for e-mail addresses, phone numbers and similar names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from difflib import SequenceMatcher
from typing import Any

from commsdesk.domain.choices import QT_TRANSLATE_NOOP, Choice, SourcedChoice
from commsdesk.domain.text import fold
from commsdesk.errors import ValidationError
from commsdesk.i18n import catalog, translate


class OutletType(SourcedChoice):
    TV = "tv"
    RADIO = "radio"
    NEWSPAPER = "newspaper"
    ONLINE = "online"
    AGENCY = "agency"
    INSTITUTION = "institution"
    NGO = "ngo"
    BUSINESS = "business"
    INTERNATIONAL = "international"
    OTHER = "other"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "tv": QT_TRANSLATE_NOOP("OutletType", "TV"),
            "radio": QT_TRANSLATE_NOOP("OutletType", "Radio"),
            "newspaper": QT_TRANSLATE_NOOP("OutletType", "Newspaper"),
            "online": QT_TRANSLATE_NOOP("OutletType", "Online portal"),
            "agency": QT_TRANSLATE_NOOP("OutletType", "News agency"),
            "institution": QT_TRANSLATE_NOOP("OutletType", "Institution"),
            "ngo": QT_TRANSLATE_NOOP("OutletType", "NGO"),
            "business": QT_TRANSLATE_NOOP("OutletType", "Business"),
            "international": QT_TRANSLATE_NOOP("OutletType", "International organisation"),
            "other": QT_TRANSLATE_NOOP("OutletType", "Other"),
        }


class Reach(SourcedChoice):
    LOCAL = "local"
    REGIONAL = "regional"
    NATIONAL = "national"
    INTERNATIONAL = "international"
    DIASPORA = "diaspora"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "local": QT_TRANSLATE_NOOP("Reach", "Local"),
            "regional": QT_TRANSLATE_NOOP("Reach", "Regional"),
            "national": QT_TRANSLATE_NOOP("Reach", "National"),
            "international": QT_TRANSLATE_NOOP("Reach", "International"),
            "diaspora": QT_TRANSLATE_NOOP("Reach", "Diaspora"),
        }


class Audience(SourcedChoice):
    """The audiences of the communication strategy; seeded as groups, which the user may rename."""

    EMPLOYEES = "employees"
    CITIZENS = "citizens"
    MEDIA = "media"
    CIVIL_SOCIETY = "civil_society"
    BUSINESS = "business"
    INSTITUTIONS = "institutions"
    DONORS = "donors"
    DIASPORA = "diaspora"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "employees": QT_TRANSLATE_NOOP("Audience", "Municipal employees"),
            "citizens": QT_TRANSLATE_NOOP("Audience", "Citizens and taxpayers"),
            "media": QT_TRANSLATE_NOOP("Audience", "Media"),
            "civil_society": QT_TRANSLATE_NOOP("Audience", "Civil society and professional organisations"),
            "business": QT_TRANSLATE_NOOP("Audience", "Business community and investors"),
            "institutions": QT_TRANSLATE_NOOP("Audience", "Kosovo institutions"),
            "donors": QT_TRANSLATE_NOOP("Audience", "Donors and international partners"),
            "diaspora": QT_TRANSLATE_NOOP("Audience", "Diaspora"),
        }


def audience_of_name(name: str) -> str | None:
    """The code of the audience called `name` in any of the app's languages (`Mediat`, `Mediji`), or None."""
    found = Audience.parse(name)
    return found.value if found is not None else None


class ContactLabel(SourcedChoice):
    """Label of an e-mail address or phone number."""

    WORK = "work"
    MOBILE = "mobile"
    HOME = "home"
    OTHER = "other"

    @classmethod
    def _sources(cls) -> dict[str, str]:
        return {
            "work": QT_TRANSLATE_NOOP("ContactLabel", "Work"),
            "mobile": QT_TRANSLATE_NOOP("ContactLabel", "Mobile"),
            "home": QT_TRANSLATE_NOOP("ContactLabel", "Home"),
            "other": QT_TRANSLATE_NOOP("ContactLabel", "Other"),
        }


# -- A contact as plain data ---------------------------------------------------------------------------------------

DEFAULT_COUNTRY_CODE = "383"  # Kosovo: a number written 044 123 456 is +383 44 123 456
_EMAIL = re.compile(
    r"^[^\s@<>(),;:\"\[\]\\]+@[^\s@<>(),;:\"\[\]\\.]+(\.[^\s@<>(),;:\"\[\]\\.]+)*\.[^\s@<>(),;:\"\[\]\\.\d]{2,}$"
)
SIMILAR_NAME_RATIO = 0.86
_NON_DIGITS = re.compile(r"\D")


@dataclass(frozen=True)
class ContactInput:
    """Everything the office keeps about one person; e-mails and phones as (label, value), groups by name.

    `outlet_type` and `reach` describe the outlet; None leaves an existing outlet as it is.
    """

    given_name: str = ""
    family_name: str = ""
    position: str = ""
    outlet: str = ""
    language: str = "sq"
    emails: list[tuple[str, str]] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    topics: str = ""
    notes: str = ""
    source: str = ""
    purpose: str = ""
    do_not_contact: bool = False
    verified_on: date | None = None
    outlet_type: str | None = None
    reach: str | None = None
    address: str = ""
    website: str = ""
    social: str = ""
    accredited: bool = False
    accredited_until: date | None = None

    @property
    def full_name(self) -> str:
        return join_name(self.given_name, self.family_name)

    def with_changes(self, **changes: Any) -> ContactInput:
        return replace(self, **changes)


@dataclass(frozen=True)
class ContactDetail:
    """A stored contact: its id, its data and when it was created and last changed."""

    id: int
    data: ContactInput
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def name(self) -> str:
        return self.data.full_name


# Fields a merge lets the user choose between two contacts (e-mails, phones and groups are always all kept).
MERGE_FIELDS = (
    "given_name",
    "family_name",
    "position",
    "outlet",
    "language",
    "topics",
    "address",
    "website",
    "social",
    "notes",
    "accredited",
    "accredited_until",
    "source",
    "purpose",
    "do_not_contact",
    "verified_on",
)


_FIELD_LABELS = {
    "given_name": QT_TRANSLATE_NOOP("ContactField", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ContactField", "Family name"),
    "position": QT_TRANSLATE_NOOP("ContactField", "Position"),
    "outlet": QT_TRANSLATE_NOOP("ContactField", "Outlet / organisation"),
    "outlet_type": QT_TRANSLATE_NOOP("ContactField", "Organisation type"),
    "reach": QT_TRANSLATE_NOOP("ContactField", "Reach"),
    "language": QT_TRANSLATE_NOOP("ContactField", "Language"),
    "emails": QT_TRANSLATE_NOOP("ContactField", "E-mails"),
    "phones": QT_TRANSLATE_NOOP("ContactField", "Phones"),
    "groups": QT_TRANSLATE_NOOP("ContactField", "Groups"),
    "topics": QT_TRANSLATE_NOOP("ContactField", "Topics / beats"),
    "address": QT_TRANSLATE_NOOP("ContactField", "Address"),
    "website": QT_TRANSLATE_NOOP("ContactField", "Website"),
    "social": QT_TRANSLATE_NOOP("ContactField", "Social accounts"),
    "notes": QT_TRANSLATE_NOOP("ContactField", "Notes"),
    "accredited": QT_TRANSLATE_NOOP("ContactField", "Accredited"),
    "accredited_until": QT_TRANSLATE_NOOP("ContactField", "Accredited until"),
    "source": QT_TRANSLATE_NOOP("ContactField", "Source of the data"),
    "purpose": QT_TRANSLATE_NOOP("ContactField", "Purpose"),
    "do_not_contact": QT_TRANSLATE_NOOP("ContactField", "Do not contact"),
    "verified_on": QT_TRANSLATE_NOOP("ContactField", "Last verified"),
}


def field_label(name: str, language: str | None = None) -> str:
    """The name of a field of ContactInput, as forms, merges and reports show it (in `language`, or the current)."""
    source = _FIELD_LABELS[name]
    return catalog(language).translate("ContactField", source) if language else translate("ContactField", source)


def join_name(given: str, family: str) -> str:
    return f"{given.strip()} {family.strip()}".strip()


def split_full_name(full: str) -> tuple[str, str]:
    """`Đorđe Čačak` → (`Đorđe`, `Čačak`); `Čačak, Đorđe` → the same; one word is a given name."""
    text = " ".join(full.split())
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    given, _, family = text.rpartition(" ")
    return (given, family) if given else (family, "")


def is_valid_email(address: str) -> bool:
    """Whether `address` looks like an e-mail address someone could send to."""
    return bool(_EMAIL.match(address.strip())) and ".." not in address


# The longest value of each text field (what the database's columns are sized for, and more than any real
# contact needs). The contact dialog and every import hold to them; a longer value is refused, never cut.
TEXT_LIMITS = {
    "given_name": 200,
    "family_name": 200,
    "position": 200,
    "outlet": 300,
    "website": 300,
    "topics": 1000,
    "address": 1000,
    "social": 1000,
    "source": 1000,
    "purpose": 1000,
    "notes": 10_000,
}
LIST_LIMITS = {"emails": 300, "phones": 100, "groups": 200}  # each e-mail address, phone number, group name


def overlong_fields(data: ContactInput) -> list[tuple[str, int, int]]:
    """(field, length, limit) for each field of `data` with a value longer than its limit."""
    found = []
    for name, limit in TEXT_LIMITS.items():
        length = len(getattr(data, name))
        if length > limit:
            found.append((name, length, limit))
    for name, values in (
        ("emails", [address for _label, address in data.emails]),
        ("phones", [number for _label, number in data.phones]),
        ("groups", data.groups),
    ):
        length = max(map(len, values), default=0)
        if length > LIST_LIMITS[name]:
            found.append((name, length, LIST_LIMITS[name]))
    return found


def overlong_problems(data: ContactInput) -> list[str]:
    """An import row's problem for each field of `data` with a value too long."""
    return [
        translate("ContactImport", "“{field}” has {length} characters, more than the {limit} allowed").format(
            field=field_label(name), length=length, limit=limit
        )
        for name, length, limit in overlong_fields(data)
    ]


def check_contact(data: ContactInput) -> None:
    """Raise a ValidationError naming the field when the contact cannot be stored as it is (no name at all, an
    e-mail that is not one, a value too long)."""
    if not (data.given_name.strip() or data.family_name.strip()):
        raise ValidationError(translate("ContactDialog", "A contact needs a given or family name."), "given_name")
    for _label, address in data.emails:
        if address.strip() and not is_valid_email(address):
            raise ValidationError(
                translate("ContactDialog", "“{email}” is not a valid e-mail address.").format(email=address.strip()),
                "emails",
            )
    overlong = overlong_fields(data)
    if overlong:
        name, length, limit = overlong[0]
        raise ValidationError(
            translate("ContactDialog", "“{field}” has {length} characters; at most {limit} are allowed.").format(
                field=field_label(name), length=length, limit=limit
            ),
            name,
        )


def email_key(address: str) -> str:
    """The form e-mail addresses are compared in."""
    return address.strip().lower()


def distinct_addresses(addresses: Iterable[str]) -> list[str]:
    """Each e-mail address once (as first written), however many contacts share it or however it is capitalised."""
    seen: set[str] = set()
    found = []
    for address in addresses:
        key = email_key(address)
        if key and key not in seen:
            seen.add(key)
            found.append(address.strip())
    return found


def phone_digits(number: str) -> str:
    """The number's digits in international form, for comparing: `044 123 456` and `+383 44 123 456` agree."""
    text = number.strip()
    digits = _NON_DIGITS.sub("", text)
    if text.startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    if digits.startswith("0") and len(digits) >= 8:
        return DEFAULT_COUNTRY_CODE + digits[1:]
    return digits


def phone_search_forms(number: str, digits: str | None = None) -> list[str]:
    """What a search for a phone number may be typed as: as written, its digits, and the national `0…` form."""
    digits = phone_digits(number) if digits is None else digits
    forms = [number, digits]
    if digits.startswith(DEFAULT_COUNTRY_CODE):
        forms.append("0" + digits[len(DEFAULT_COUNTRY_CODE) :])
    return forms


def name_forms(given: str, family: str) -> tuple[str, str]:
    """A name folded both ways round ("given family", "family given"), for `forms_similar`."""
    return fold(join_name(given, family)), fold(join_name(family, given))


def forms_similar(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether two names given as `name_forms` are probably the same person's (order and small typos aside)."""
    name = first[0]
    if not name:
        return False
    if name in second:
        return True
    for other in second:
        if not other or abs(len(name) - len(other)) > max(2, len(name) // 4):
            continue
        matcher = SequenceMatcher(None, name, other)
        if (
            matcher.real_quick_ratio() >= SIMILAR_NAME_RATIO
            and matcher.quick_ratio() >= SIMILAR_NAME_RATIO
            and matcher.ratio() >= SIMILAR_NAME_RATIO
        ):
            return True
    return False


def names_similar(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether two (given, family) names are probably the same person's (case, accents, order and typos aside)."""
    return forms_similar(name_forms(*first), name_forms(*second))


LANGUAGE_NAMES = {
    "sq": ("sq", "alb", "sqi", "shqip", "albanian", "albanski", "shqipe", "albanisch"),
    "sr": ("sr", "srp", "srb", "srpski", "serbian", "serbisht", "serbe", "serbisch", "sr-latn", "sr_latn"),
    "en": ("en", "eng", "english", "anglisht", "engleski", "englisch"),
    "tr": ("tr", "tur", "turkish", "turqisht", "turski", "türkçe", "turkce"),
    "bs": ("bs", "bos", "bosnian", "boshnjakisht", "bosanski"),
    "rom": ("rom", "romani", "romisht", "romski"),
}


_LANGUAGE_BY_NAME = {fold(name): code for code, names in LANGUAGE_NAMES.items() for name in names}


def language_code(text: str) -> str | None:
    """The code of a language written as a code or a name in sq, sr or en (`Shqip`, `Serbian`…); None if unknown."""
    return _LANGUAGE_BY_NAME.get(fold(text.strip()))


# -- importing -----------------------------------------------------------------------------------------------------


class OnDuplicate(Choice):
    """What an import does with a row that matches an existing contact by e-mail or phone."""

    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "skip": translate("OnDuplicate", "Skip it (keep the existing contact as it is)"),
            "update": translate("OnDuplicate", "Update the existing contact with the file's values"),
            "add": translate("OnDuplicate", "Add it as a new contact anyway"),
        }


@dataclass(frozen=True)
class ImportRow:
    """One row (or card) of an imported file: the contact it describes, or why it cannot be imported.

    `fields` names the ContactInput fields the file gave a value for, so that updating an existing contact changes
    only those.
    """

    row: int
    data: ContactInput | None
    problems: tuple[str, ...] = ()
    fields: frozenset[str] = frozenset()
