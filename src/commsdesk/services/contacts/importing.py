"""Importing contacts: match each row with the existing ones and with the file's earlier rows, without writing.

`import_writing` then writes everything accepted in one transaction. Matching reads every stored e-mail and phone
key once into dictionaries, so that a row costs a few dictionary look-ups, not a query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from commsdesk.db.models import Contact, ContactEmail, ContactPhone, Outlet
from commsdesk.domain.contacts import ContactInput, ImportRow, OnDuplicate, email_key, phone_digits
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.contacts.duplicates import MIN_PHONE_DIGITS
from commsdesk.services.contacts.records import quick_fold, sort_key_of
from commsdesk.services.stored_text import stored_contact

Progress = Callable[[int, int], None]
SHOWN_PROBLEMS = 40
PROGRESS_EVERY = 2000


class ImportOutcome(NamedTuple):
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
    if len(rejected) == 1 and not imported:
        return translate("ContactImport", "Nothing was imported: row {row}: {reason}").format(
            row=rejected[0].row, reason=rejected[0].reason
        )
    if imported:
        first = translate("ContactImport", "Rows left out: {count}.").format(count=len(rejected))
    else:
        first = translate("ContactImport", "Nothing was imported. Rows with problems: {count}.").format(
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
class PreparedRow:
    """A valid row with what matching and writing need, computed once: the outlet's name with single spaces, and
    the unique e-mails and phones with their keys."""

    row: ImportRow
    data: ContactInput
    outlet: str
    emails: list[tuple[str, str, str]]  # label, address, key
    phones: list[tuple[str, str, str]]  # label, number, digits
    name: tuple[str, str] | None  # (sort key, folded outlet) for rows with neither e-mail nor phone

    @classmethod
    def of(cls, row: ImportRow, data: ContactInput) -> PreparedRow:
        data = stored_contact(data)  # written with plain SQL, past the cleaning of `stored_text`
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
        outlet = " ".join(data.outlet.split())
        name = None
        if not emails and not any(len(digits) >= MIN_PHONE_DIGITS for _l, _n, digits in phones):
            name = (sort_key_of(data.given_name, data.family_name), quick_fold(outlet))
        return cls(row, data, outlet, emails, phones, name)

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

    def existing(self, prepared: PreparedRow) -> tuple[int, str] | None:
        for _label, _address, key in prepared.emails:
            if key in self.emails:
                return self.emails[key], translate("ContactImport", "same e-mail {email}").format(email=key)
        for digits in prepared.phone_keys():
            if digits in self.phones:
                return self.phones[digits], translate("ContactImport", "same phone {phone}").format(phone=digits)
        if prepared.name is not None and prepared.name in self.names:
            return self.names[prepared.name], translate("ContactImport", "same name and organisation")
        return None

    def earlier_row(self, prepared: PreparedRow) -> int | None:
        for _label, _address, key in prepared.emails:
            if key in self.file_emails:
                return self.file_emails[key]
        for digits in prepared.phone_keys():
            if digits in self.file_phones:
                return self.file_phones[digits]
        return self.file_names.get(prepared.name) if prepared.name is not None else None

    def remember(self, prepared: PreparedRow) -> None:
        number = prepared.row.row
        for _label, _address, key in prepared.emails:
            self.file_emails.setdefault(key, number)
        for digits in prepared.phone_keys():
            self.file_phones.setdefault(digits, number)
        if prepared.name is not None:
            self.file_names.setdefault(prepared.name, number)


def decide(
    session: Session, rows: Sequence[ImportRow], on_duplicate: OnDuplicate, progress: Progress | None
) -> tuple[list[ImportOutcome], dict[int, PreparedRow]]:
    """Decide, without writing, what happens to each row; also the prepared valid rows by row number.

    Progress counts the rows twice over (planning, then writing)."""
    matcher = None if on_duplicate is OnDuplicate.ADD else _Matcher(session)
    action = "update" if on_duplicate is OnDuplicate.UPDATE else "skip"
    outcomes: list[ImportOutcome] = []
    prepared_rows: dict[int, PreparedRow] = {}
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total * 2)
        data = row.data
        if data is None or row.problems:
            outcomes.append(ImportOutcome(row.row, "reject", data.full_name if data else "", "; ".join(row.problems)))
            continue
        prepared = prepared_rows[row.row] = PreparedRow.of(row, data)
        if matcher is not None:
            found = matcher.existing(prepared)
            if found is not None:
                outcomes.append(ImportOutcome(row.row, action, data.full_name, found[1], found[0]))
                continue
            earlier = matcher.earlier_row(prepared)
            if earlier is not None:
                reason = translate("ContactImport", "the same person as row {row}").format(row=earlier)
                outcomes.append(ImportOutcome(row.row, "skip", data.full_name, reason))
                continue
            matcher.remember(prepared)
        outcomes.append(ImportOutcome(row.row, "create", data.full_name))
    return outcomes, prepared_rows


def check_all_accepted(outcomes: list[ImportOutcome], skip_invalid: bool) -> None:
    rejected = [outcome for outcome in outcomes if outcome.action == "reject"]
    if rejected and not skip_invalid:
        raise ValidationError(rejection_message(rejected))
    if not outcomes:
        raise ValidationError(translate("ContactImport", "The file has no contacts."))
