"""Importing contacts: match each row with the existing ones, then write everything accepted in one transaction.

Rows become contacts through a few bulk INSERTs (ids assigned here), not one ORM object per row, so that 50,000
rows import in seconds. Existing contacts a row updates go through the ORM (there are few).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commsdesk.db.models import Contact, ContactEmail, ContactPhone, Outlet, utc_now
from commsdesk.domain.contacts import (
    ContactInput,
    ImportRow,
    OnDuplicate,
    OutletType,
    Reach,
    email_key,
    phone_digits,
)
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.contacts.records import (
    GroupResolver,
    quick_fold,
    refresh_keys,
    search_key_of,
    sort_key_of,
)

Progress = Callable[[int, int], None]
MIN_PHONE_DIGITS = 6
SHOWN_PROBLEMS = 40
BATCH = 5000


@dataclass(frozen=True)
class ImportOutcome:
    """What the import does (or did) with one row: create, update, skip or reject, and why."""

    row: int
    action: str  # "create", "update", "skip", "reject"
    name: str
    reason: str = ""
    contact_id: int | None = None


@dataclass(frozen=True)
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)

    def _count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def created(self) -> int:
        return self._count("create")

    @property
    def updated(self) -> int:
        return self._count("update")

    @property
    def skipped(self) -> int:
        return self._count("skip")

    @property
    def rejected(self) -> list[ImportOutcome]:
        return [outcome for outcome in self.outcomes if outcome.action == "reject"]

    def summary(self) -> str:
        return translate(
            "ContactImport", "{created} new, {updated} updated, {skipped} skipped, {rejected} rejected"
        ).format(created=self.created, updated=self.updated, skipped=self.skipped, rejected=len(self.rejected))


def rejection_message(rejected: Sequence[ImportOutcome], imported: bool = False) -> str:
    """The message that names every rejected row (the first few dozen) and why; `imported` when the other rows
    were imported (skip invalid rows), else it says that nothing was."""
    if imported:
        first = translate("ContactImport", "{count} rows were left out:").format(count=len(rejected))
    else:
        first = translate("ContactImport", "Nothing was imported: {count} rows have problems.").format(
            count=len(rejected)
        )
    lines = [first]
    for outcome in rejected[:SHOWN_PROBLEMS]:
        lines.append(translate("ContactImport", "Row {row}: {reason}").format(row=outcome.row, reason=outcome.reason))
    if len(rejected) > SHOWN_PROBLEMS:
        lines.append(
            translate("ContactImport", "… and {count} more rows.").format(count=len(rejected) - SHOWN_PROBLEMS)
        )
    return "\n".join(lines)


@dataclass
class _Prepared:
    """A valid row with what matching and writing need, computed once: unique e-mails and phones with their keys."""

    row: ImportRow
    data: ContactInput
    emails: list[tuple[str, str, str]]  # label, address, key
    phones: list[tuple[str, str, str]]  # label, number, digits
    name: tuple[str, str] | None  # (sort key, folded outlet) for rows with neither e-mail nor phone

    @classmethod
    def of(cls, row: ImportRow, data: ContactInput) -> _Prepared:
        emails, seen = [], set()
        for label, address in data.emails:
            address = address.strip()
            key = email_key(address)
            if address and key not in seen:
                seen.add(key)
                emails.append((label or "work", address, key))
        phones, seen = [], set()
        for label, number in data.phones:
            number = number.strip()
            digits = phone_digits(number)
            if number and digits not in seen:
                seen.add(digits)
                phones.append((label or "work", number, digits))
        name = None
        if not emails and not any(len(digits) >= MIN_PHONE_DIGITS for _l, _n, digits in phones):
            name = (sort_key_of(data.given_name, data.family_name), quick_fold(" ".join(data.outlet.split())))
        return cls(row, data, emails, phones, name)

    def phone_keys(self) -> list[str]:
        return [digits for _label, _number, digits in self.phones if len(digits) >= MIN_PHONE_DIGITS]


class _Matcher:
    """Finds the contact a row describes: by e-mail, then by phone, then (for rows with neither) by name and
    organisation — among the stored contacts and the rows of the file seen before."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.emails: dict[str, int] = dict(
            session.execute(select(ContactEmail.address_key, ContactEmail.contact_id)).all()
        )
        self.phones: dict[str, int] = {
            digits: contact_id
            for digits, contact_id in session.execute(select(ContactPhone.digits, ContactPhone.contact_id))
            if len(digits) >= MIN_PHONE_DIGITS
        }
        self._names: dict[tuple[str, str], int] | None = None
        self.file_emails: dict[str, int] = {}
        self.file_phones: dict[str, int] = {}
        self.file_names: dict[tuple[str, str], int] = {}

    @property
    def names(self) -> dict[tuple[str, str], int]:
        if self._names is None:
            query = select(Contact.sort_key, Outlet.name, Contact.id).outerjoin(Outlet, Outlet.id == Contact.outlet_id)
            self._names = {
                (key, quick_fold(outlet or "")): contact_id for key, outlet, contact_id in self._session.execute(query)
            }
        return self._names

    def existing(self, prepared: _Prepared) -> tuple[int, str] | None:
        for _label, _address, key in prepared.emails:
            if key in self.emails:
                return self.emails[key], translate("ContactImport", "same e-mail {email}").format(email=key)
        for digits in prepared.phone_keys():
            if digits in self.phones:
                return self.phones[digits], translate("ContactImport", "same phone {phone}").format(phone=digits)
        if prepared.name is not None and prepared.name in self.names:
            return self.names[prepared.name], translate("ContactImport", "same name and organisation")
        return None

    def earlier_row(self, prepared: _Prepared) -> int | None:
        for _label, _address, key in prepared.emails:
            if key in self.file_emails:
                return self.file_emails[key]
        for digits in prepared.phone_keys():
            if digits in self.file_phones:
                return self.file_phones[digits]
        return self.file_names.get(prepared.name) if prepared.name is not None else None

    def remember(self, prepared: _Prepared) -> None:
        number = prepared.row.row
        for _label, _address, key in prepared.emails:
            self.file_emails.setdefault(key, number)
        for digits in prepared.phone_keys():
            self.file_phones.setdefault(digits, number)
        if prepared.name is not None:
            self.file_names.setdefault(prepared.name, number)


def plan(
    session: Session, rows: Sequence[ImportRow], on_duplicate: OnDuplicate, progress: Progress | None
) -> tuple[list[ImportOutcome], dict[int, _Prepared]]:
    """Decide, without writing, what happens to each row; also the prepared valid rows by row number."""
    matcher = _Matcher(session)
    outcomes: list[ImportOutcome] = []
    prepared_rows: dict[int, _Prepared] = {}
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        if progress is not None and done % 2000 == 0:
            progress(done, total * 2)
        data = row.data
        if data is None or row.problems:
            outcomes.append(ImportOutcome(row.row, "reject", data.full_name if data else "", "; ".join(row.problems)))
            continue
        prepared = prepared_rows[row.row] = _Prepared.of(row, data)
        name = data.full_name
        found = matcher.existing(prepared)
        if found is not None and on_duplicate is not OnDuplicate.ADD:
            contact_id, how = found
            action = "update" if on_duplicate is OnDuplicate.UPDATE else "skip"
            outcomes.append(ImportOutcome(row.row, action, name, how, contact_id))
            continue
        earlier = matcher.earlier_row(prepared)
        if earlier is not None and on_duplicate is not OnDuplicate.ADD:
            reason = translate("ContactImport", "the same person as row {row}").format(row=earlier)
            outcomes.append(ImportOutcome(row.row, "skip", name, reason))
            continue
        matcher.remember(prepared)
        outcomes.append(ImportOutcome(row.row, "create", name))
    return outcomes, prepared_rows


def execute(
    session: Session,
    prepared: dict[int, _Prepared],
    outcomes: list[ImportOutcome],
    extra_group: str | None,
    progress: Progress | None,
) -> list[ImportOutcome]:
    """Write the planned creations and updates; returns the outcomes with the new contacts' ids."""
    groups = GroupResolver(session)
    extra = groups.get(extra_group) if extra_group else None
    touched = [prepared[o.row] for o in outcomes if o.action in ("create", "update")]
    outlets = _outlet_ids(session, touched)
    creating = [prepared[outcome.row] for outcome in outcomes if outcome.action == "create"]
    new_ids = _create_all(session, creating, groups, outlets, extra, progress, len(outcomes))
    result = []
    for outcome in outcomes:
        if outcome.action == "create":
            outcome = ImportOutcome(outcome.row, "create", outcome.name, "", new_ids[outcome.row])
        elif outcome.action == "update" and outcome.contact_id is not None:
            _update(session, outcome.contact_id, prepared[outcome.row], groups, outlets, extra)
        result.append(outcome)
    return result


def _outlet_ids(session: Session, rows: list[_Prepared]) -> dict[str, int]:
    """Outlet id by name for every outlet the rows name; new outlets are inserted at once, and a type or reach a
    row gives is stored on its outlet."""
    ids: dict[str, int] = {name: outlet_id for outlet_id, name in session.execute(select(Outlet.id, Outlet.name))}
    kinds: dict[str, tuple[str | None, str | None]] = {}
    for prepared in rows:
        name = " ".join(prepared.data.outlet.split())
        if name:
            old_type, old_reach = kinds.get(name, (None, None))
            kinds[name] = (prepared.data.outlet_type or old_type, prepared.data.reach or old_reach)
    next_id = (session.scalar(select(func.max(Outlet.id))) or 0) + 1
    new, changed = [], []
    for name, (kind, reach) in kinds.items():
        if name in ids:
            if kind or reach:
                changed.append((kind, reach, ids[name]))
            continue
        ids[name] = next_id
        new.append((next_id, name, kind or OutletType.OTHER.value, reach or Reach.LOCAL.value, "", ""))
        next_id += 1
    connection = session.connection()
    if new:
        connection.exec_driver_sql(
            "INSERT INTO outlet (id, name, type, reach, website, notes) VALUES (?, ?, ?, ?, ?, ?)", new
        )
    if changed:
        connection.exec_driver_sql(
            "UPDATE outlet SET type = coalesce(?, type), reach = coalesce(?, reach) WHERE id = ?", changed
        )
    return ids


_CONTACT_COLUMNS = (
    "id, given_name, family_name, position, outlet_id, language, topics, address, website, social, notes, accredited, "
    "accredited_until, source, purpose, do_not_contact, verified_on, search_key, sort_key, created_at, updated_at"
)


def _create_all(
    session: Session,
    rows: list[_Prepared],
    groups: GroupResolver,
    outlets: dict[str, int],
    extra,
    progress: Progress | None,
    total: int,
) -> dict[int, int]:
    """Insert the new contacts with a few executemany calls, ids assigned here."""
    connection = session.connection()
    next_id = (session.scalar(select(func.max(Contact.id))) or 0) + 1
    now = utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")
    ids: dict[int, int] = {}
    contacts, emails, phones, members = [], [], [], []
    group_ids: dict[tuple[str, ...], list[int]] = {}
    for done, prepared in enumerate(rows, start=1):
        data = prepared.data
        contact_id = next_id
        next_id += 1
        ids[prepared.row.row] = contact_id
        outlet_name = " ".join(data.outlet.split())
        given, family = data.given_name.strip(), data.family_name.strip()
        contacts.append(
            (
                contact_id,
                given,
                family,
                data.position.strip(),
                outlets.get(outlet_name) if outlet_name else None,
                data.language or "sq",
                data.topics.strip(),
                data.address.strip(),
                data.website.strip(),
                data.social.strip(),
                data.notes.strip(),
                int(data.accredited),
                data.accredited_until.isoformat() if data.accredited_until else None,
                data.source.strip(),
                data.purpose.strip(),
                int(data.do_not_contact),
                data.verified_on.isoformat() if data.verified_on else None,
                search_key_of(
                    given,
                    family,
                    data.position,
                    outlet_name,
                    [address for _label, address, _key in prepared.emails],
                    [number for _label, number, _digits in prepared.phones],
                    data.topics,
                    data.notes,
                    [digits for _label, _number, digits in prepared.phones],
                ),
                sort_key_of(given, family),
                now,
                now,
            )
        )
        emails.extend((contact_id, label, address, key) for label, address, key in prepared.emails)
        phones.extend((contact_id, label, number, digits) for label, number, digits in prepared.phones)
        names = tuple(data.groups)
        if names not in group_ids:
            found = {group.id for group in groups.all(names)}
            if extra is not None:
                found.add(extra.id)
            group_ids[names] = sorted(found)
        members.extend((contact_id, group_id) for group_id in group_ids[names])
        if progress is not None and done % 5000 == 0:
            progress(total + done, total * 2)
    if contacts:
        connection.exec_driver_sql(f"INSERT INTO contact ({_CONTACT_COLUMNS}) VALUES ({', '.join('?' * 21)})", contacts)
    if emails:
        connection.exec_driver_sql(
            "INSERT INTO contact_email (contact_id, label, address, address_key) VALUES (?, ?, ?, ?)", emails
        )
    if phones:
        connection.exec_driver_sql(
            "INSERT INTO contact_phone (contact_id, label, number, digits) VALUES (?, ?, ?, ?)", phones
        )
    if members:
        connection.exec_driver_sql("INSERT INTO contact_group (contact_id, group_id) VALUES (?, ?)", members)
    return ids


_SCALARS = (
    "given_name",
    "family_name",
    "position",
    "language",
    "topics",
    "address",
    "website",
    "social",
    "notes",
    "accredited_until",
    "source",
    "purpose",
    "verified_on",
)


def _update(
    session: Session, contact_id: int, prepared: _Prepared, groups: GroupResolver, outlets: dict[str, int], extra
) -> None:
    """Bring the file's values into an existing contact: the fields it gives replace the stored ones, its e-mails,
    phones and groups are added; nothing is erased."""
    contact = session.get(Contact, contact_id)
    row, data = prepared.row, prepared.data
    if contact is None:
        return
    for name in _SCALARS:
        value = getattr(data, name)
        if name in row.fields and value not in ("", None):
            setattr(contact, name, value.strip() if isinstance(value, str) else value)
    for flag in ("accredited", "do_not_contact"):
        if flag in row.fields:
            setattr(contact, flag, getattr(data, flag))
    outlet_name = " ".join(data.outlet.split())
    if "outlet" in row.fields and outlet_name in outlets:
        contact.outlet_id = outlets[outlet_name]
        session.flush()
        session.expire(contact, ["outlet"])
    known_emails = {email.address_key for email in contact.emails}
    for label, address, key in prepared.emails:
        if key not in known_emails:
            contact.emails.append(ContactEmail(label=label, address=address, address_key=key))
    known_phones = {phone.digits for phone in contact.phones}
    for label, number, digits in prepared.phones:
        if digits not in known_phones:
            contact.phones.append(ContactPhone(label=label, number=number, digits=digits))
    wanted = groups.all(data.groups) + ([extra] if extra is not None else [])
    present = {group.id for group in contact.groups}
    for group in wanted:
        if group.id not in present:
            contact.groups.append(group)
            present.add(group.id)
    refresh_keys(contact)


def check_all_accepted(outcomes: list[ImportOutcome], skip_invalid: bool) -> None:
    rejected = [outcome for outcome in outcomes if outcome.action == "reject"]
    if rejected and not skip_invalid:
        raise ValidationError(rejection_message(rejected))
    if not outcomes:
        raise ValidationError(translate("ContactImport", "The file has no contacts."))
