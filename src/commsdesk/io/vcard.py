"""vCard files: reading 2.1, 3.0 and 4.0 (one or many cards, quoted-printable, any charset) and writing 3.0.

commsdesk writes what vCard has no property for as `X-COMMSDESK-…` lines, so that its own files read back whole;
do-not-contact people also get the category "Do not contact", which other programs show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import vobject
from vobject.base import ParseError, VObjectError

from commsdesk.atomic_files import atomic_target
from commsdesk.domain.contact_records import ContactRecord
from commsdesk.domain.contacts import (
    QT_TRANSLATE_NOOP,
    ContactInput,
    ContactLabel,
    ImportRow,
    is_valid_email,
    language_code,
    overlong_problems,
    split_full_name,
)
from commsdesk.domain.text import fold
from commsdesk.errors import ValidationError
from commsdesk.i18n import LANGUAGES, catalog, translate
from commsdesk.io.bounded_files import CONTACTS, Limits, capped_lines, open_text, too_many_rows
from commsdesk.io.contacts_columns import parse_bool, parse_date, parse_outlet_type, parse_reach

DO_NOT_CONTACT = QT_TRANSLATE_NOOP("ContactExport", "Do not contact")
_X = "X-COMMSDESK-"
_QP_LINE = re.compile(r"^[^:]*QUOTED-PRINTABLE[^:]*:", re.IGNORECASE)
_TEL_TYPES = {"work": "WORK,VOICE", "mobile": "CELL,VOICE", "home": "HOME,VOICE", "other": "VOICE,X-OTHER"}
_EMAIL_TYPES = {
    "work": "INTERNET,WORK",
    "mobile": "INTERNET,X-MOBILE",
    "home": "INTERNET,HOME",
    "other": "INTERNET,X-OTHER",
}


# -- reading -------------------------------------------------------------------------------------------------------


def _join_soft_breaks(text: str) -> str:
    """Undo quoted-printable soft line breaks (a QP line ending in `=` goes on in the next), which vobject does not."""
    result: list[str] = []
    continued = False
    for raw in text.split("\n"):
        line = raw.rstrip("\r")
        if continued:
            result[-1] = result[-1][:-1] + line
        else:
            result.append(line)
        continued = result[-1].endswith("=") and bool(_QP_LINE.match(result[-1]))
    return "\r\n".join(result)


def read_vcards(
    path: Path, *, languages: Sequence[str], default_language: str, limits: Limits = CONTACTS
) -> list[ImportRow]:
    """Every card of a .vcf file as a contact (or its problems), numbered from 1 in file order.

    Read a line at a time and parsed a card at a time, within `limits`: the file's size, the number of cards, the
    length of a line and of a card (a card too long is that card's problem)."""
    handle, _encoding = open_text(path, limits, errors="replace")
    rows = []
    with handle:
        for number, (text, problem) in enumerate(_cards(handle, limits), start=1):
            if number > limits.max_rows:
                raise too_many_rows(path, limits.max_rows)
            if problem:
                rows.append(ImportRow(number, None, (problem,)))
                continue
            try:
                card = next(vobject.readComponents(_join_soft_breaks(text)))
                rows.append(_card(number, card, languages, default_language))
            except (ParseError, VObjectError, ValueError, UnicodeError, StopIteration) as error:
                raise ValidationError(
                    translate("ContactImport", "The file {path} is not a readable vCard file: {reason}").format(
                        path=path.name, reason=str(error).strip()
                    )
                ) from error
    if not rows:
        raise ValidationError(translate("ContactImport", "The file {path} holds no vCard.").format(path=path.name))
    return rows


# Pictures, sounds and keys: commsdesk keeps none of them, so they are dropped unparsed, whatever their size.
_BINARY = re.compile(r"(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_NAME = re.compile(r"(?:[\w-]+\.)?([\w-]*)")


def _cards(handle, limits: Limits) -> Iterator[tuple[str, str]]:
    """(text, problem) of each card of the file, BEGIN:VCARD to END:VCARD: its lines, or (with no text) why it is
    not read — a line or the whole card longer than the limits. Lines between cards are left out."""
    lines: list[str] = []
    size = depth = 0
    problem = name = ""
    binary = False
    for line, whole in capped_lines(handle, limits.max_line):
        folded = line[:1] in (" ", "\t")  # continues the line before
        if binary and (folded or not line.strip()):
            continue
        binary = False
        marker = line.strip().upper()
        if marker == "BEGIN:VCARD":
            depth += 1
            if depth == 1:
                lines, size, problem = [], 0, ""
        if depth == 0:
            continue
        if not folded:
            name = _NAME.match(line).group(1).upper()  # type: ignore[union-attr]
        if _BINARY.match(line):
            binary = True
        elif not problem:
            if not whole:
                problem = translate("ContactImport", "its {property} line is longer than {limit} characters").format(
                    property=name, limit=limits.max_line
                )
            elif size + len(line) > limits.max_card:
                problem = translate("ContactImport", "the card is longer than {limit} characters").format(
                    limit=limits.max_card
                )
            else:
                lines.append(line)
                size += len(line)
            if problem:
                lines = []
        if marker == "END:VCARD":
            depth -= 1
            if depth == 0:
                yield "".join(lines), problem
    if depth:
        yield "".join(lines), problem  # an unfinished card: vobject says what is missing


def _types(line) -> set[str]:
    found = set()
    for value in [*line.params.get("TYPE", []), *getattr(line, "singletonparams", [])]:
        found.update(part.strip().lower() for part in str(value).split(",") if part.strip())
    return found


def _label(types: set[str]) -> str:
    if any("cell" in kind or "mobile" in kind for kind in types):
        return ContactLabel.MOBILE.value
    if "work" in types:
        return ContactLabel.WORK.value
    if "home" in types:
        return ContactLabel.HOME.value
    if types - {"internet", "pref", "voice", "x400", "text"}:
        return ContactLabel.OTHER.value
    return ContactLabel.WORK.value


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_text(part) for part in value if _text(part))
    return str(value or "").strip()


def _dnc_names() -> set[str]:
    return {fold(catalog(code).translate("ContactExport", DO_NOT_CONTACT)) for code in LANGUAGES}


def _card(number: int, card, languages: Sequence[str], default_language: str) -> ImportRow:
    values: dict[str, str] = {}
    emails: list[tuple[str, str]] = []
    phones: list[tuple[str, str]] = []
    groups: list[str] = []
    addresses: list[str] = []
    websites: list[str] = []
    extra: dict[str, str] = {}
    given = family = full = ""
    dnc_names = _dnc_names()
    for line in card.getChildren():
        key = line.name.upper()
        value = line.value
        if key == "N":
            given = " ".join(part for part in (_text(value.given), _text(value.additional)) if part)
            family = _text(value.family)
        elif key == "FN":
            full = _text(value)
        elif key == "ORG":
            values.setdefault("outlet", _text(value[0] if isinstance(value, list) and value else value))
        elif key == "TITLE":
            values.setdefault("position", _text(value))
        elif key == "ROLE":
            values.setdefault("role", _text(value))
        elif key == "EMAIL" and _text(value):
            emails.append((_label(_types(line)), _text(value)))
        elif key == "TEL" and _text(value):
            phones.append((_label(_types(line)), re.sub(r"^tel:", "", _text(value), flags=re.IGNORECASE)))
        elif key == "ADR":
            parts = [value.box, value.extended, value.street, value.city, value.region, value.code, value.country]
            address = ", ".join(_text(part) for part in parts if _text(part))
            if address:
                addresses.append(address)
        elif key == "URL" and _text(value):
            websites.append(_text(value))
        elif key == "NOTE":
            values["notes"] = _text(value).replace("\r\n", "\n")
        elif key == "CATEGORIES":
            for name in value if isinstance(value, list) else [value]:
                if fold(_text(name)) in dnc_names:
                    extra["DO-NOT-CONTACT"] = "1"
                elif _text(name):
                    groups.append(_text(name))
        elif key == "LANG":
            extra.setdefault("LANGUAGE", _text(value))
        elif key.startswith(_X):
            extra[key[len(_X) :]] = _text(value)
    if not given and not family and full:
        given, family = split_full_name(full)
    problems: list[str] = []
    if not given and not family:
        problems.append(translate("ContactImport", "there is no name"))
    for _label_code, address in emails:
        if not is_valid_email(address):
            problems.append(translate("ContactImport", "the e-mail “{email}” is not valid").format(email=address))
    language = default_language
    if extra.get("LANGUAGE"):
        code = language_code(extra["LANGUAGE"]) or extra["LANGUAGE"].lower()
        if code in languages:
            language = code
        else:
            problems.append(
                translate("ContactImport", "unknown language “{language}”").format(language=extra["LANGUAGE"])
            )
    dates = {}
    for field_name, key in (("accredited_until", "ACCREDITED-UNTIL"), ("verified_on", "VERIFIED-ON")):
        try:
            dates[field_name] = parse_date(extra.get(key, ""))
        except ValueError:
            problems.append(
                translate("ContactImport", "“{value}” is not a date (dd.mm.yyyy)").format(value=extra.get(key))
            )
    data = ContactInput(
        given_name=given,
        family_name=family,
        position=values.get("position") or values.get("role", ""),
        outlet=values.get("outlet", ""),
        outlet_type=parse_outlet_type(extra.get("OUTLET-TYPE", "")),
        reach=parse_reach(extra.get("REACH", "")),
        language=language,
        emails=emails,
        phones=phones,
        groups=groups,
        topics=extra.get("TOPICS", ""),
        address="\n".join(addresses),
        website=websites[0] if websites else "",
        social=extra.get("SOCIAL", "") or "\n".join(websites[1:]),
        notes=values.get("notes", ""),
        accredited=bool(parse_bool(extra.get("ACCREDITED", ""))),
        accredited_until=dates.get("accredited_until"),
        source=extra.get("SOURCE", ""),
        purpose=extra.get("PURPOSE", ""),
        do_not_contact=bool(parse_bool(extra.get("DO-NOT-CONTACT", ""))),
        verified_on=dates.get("verified_on"),
    )
    problems += overlong_problems(data)
    fields = {
        name
        for name in ContactInput.__dataclass_fields__
        if name != "language" and getattr(data, name) not in ("", None, [], False)
    }
    if extra.get("LANGUAGE"):
        fields.add("language")
    return ImportRow(number, data, tuple(problems), frozenset(fields))


# -- writing -------------------------------------------------------------------------------------------------------


_ESCAPES = str.maketrans({"\\": "\\\\", ",": "\\,", ";": "\\;", "\n": "\\n", "\r": ""})


def _escape(text: str) -> str:
    """A vCard text value: backslash, comma, semicolon and line breaks escaped (CR LF counts as one break)."""
    if "," in text or ";" in text or "\\" in text or "\n" in text or "\r" in text:
        return text.translate(_ESCAPES)
    return text


def _fold(line: str) -> str:
    """The line folded at 75 octets (never inside a UTF-8 character), each line ending in CRLF."""
    if len(line) <= 75 and (line.isascii() or len(line.encode("utf-8")) <= 75):
        return line + "\r\n"
    pieces = []
    current: list[str] = []
    size = 0
    limit = 75
    for char in line:
        width = 1 if char < "\x80" else len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with a space
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces) + "\r\n"


def card_text(record: ContactRecord, language: str) -> str:
    """One contact as a vCard 3.0."""
    escape = _escape
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape(record.family_name)};{escape(record.given_name)};;;",
        f"FN:{escape(record.full_name)}",
    ]
    if record.outlet:
        lines.append(f"ORG:{escape(record.outlet)}")
    if record.position:
        lines.append(f"TITLE:{escape(record.position)}")
    for label, address in record.emails:
        lines.append(f"EMAIL;TYPE={_EMAIL_TYPES.get(label, 'INTERNET')}:{escape(address)}")
    for label, number in record.phones:
        lines.append(f"TEL;TYPE={_TEL_TYPES.get(label, 'VOICE')}:{escape(number)}")
    if record.address:
        lines.append(f"ADR;TYPE=WORK:;;{escape(record.address)};;;;")
    if record.website:
        lines.append(f"URL:{escape(record.website)}")
    if record.notes:
        lines.append(f"NOTE:{escape(record.notes)}")
    categories = [escape(name) for name in record.groups]
    if record.do_not_contact:
        categories.insert(0, escape(catalog(language).translate("ContactExport", DO_NOT_CONTACT)))
    if categories:
        lines.append("CATEGORIES:" + ",".join(categories))
    lines.append(f"{_X}LANGUAGE:{escape(record.language)}")
    for key, value in (
        ("OUTLET-TYPE", record.outlet_type),
        ("REACH", record.reach),
        ("TOPICS", record.topics),
        ("SOCIAL", record.social),
        ("SOURCE", record.source),
        ("PURPOSE", record.purpose),
    ):
        if value:
            lines.append(f"{_X}{key}:{escape(value)}")
    if record.accredited:
        lines.append(f"{_X}ACCREDITED:1")
    if record.accredited_until:
        lines.append(f"{_X}ACCREDITED-UNTIL:{record.accredited_until.isoformat()}")
    if record.do_not_contact:
        lines.append(f"{_X}DO-NOT-CONTACT:1")
    if record.verified_on:
        lines.append(f"{_X}VERIFIED-ON:{record.verified_on.isoformat()}")
    lines.append("END:VCARD\r\n")
    if all(len(line) <= 75 and line.isascii() for line in lines):
        return "\r\n".join(lines)
    return "".join(_fold(line) for line in lines[:-1]) + lines[-1]


def write_vcards(path: Path, records: Iterable[ContactRecord], language: str, progress=None, total: int = 0) -> int:
    """All the contacts in one .vcf file (vCard 3.0, UTF-8); returns how many."""
    count = 0
    with atomic_target(path) as target, target.open("w", encoding="utf-8", newline="") as handle:
        for record in records:
            handle.write(card_text(record, language))
            count += 1
            if progress is not None and count % 1000 == 0:
                progress(count, total)
    return count


def file_name_for(record: ContactRecord, taken: set[str]) -> str:
    """A file name for one contact's card, safe on Windows and unique in `taken`."""
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", record.full_name).strip(" .") or f"contact-{record.id}"
    base = base[:80]
    name, counter = f"{base}.vcf", 2
    while name.lower() in taken:
        name, counter = f"{base} ({counter}).vcf", counter + 1
    taken.add(name.lower())
    return name


def write_vcard_folder(folder: Path, records: Iterable[ContactRecord], language: str, progress=None, total=0) -> int:
    """One .vcf file per contact in `folder` (what Outlook imports one at a time); returns how many."""
    if not folder.is_dir():
        raise ValidationError(translate("Errors", "The folder {folder} does not exist.").format(folder=folder))
    taken = {entry.name.lower() for entry in folder.iterdir()}
    count = 0
    for record in records:
        target = folder / file_name_for(record, taken)
        with atomic_target(target) as temporary:
            temporary.write_text(card_text(record, language), encoding="utf-8", newline="")
        count += 1
        if progress is not None and count % 200 == 0:
            progress(count, total)
    return count
