"""The contacts service: contacts, outlets, audience groups, duplicates, imports, exports and personal data.

Every public method is one transaction and returns plain data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from commsdesk.collector import collector_paused
from commsdesk.db.engine import Database
from commsdesk.db.models import AudienceGroup, Contact, Outlet, Setting, contact_group
from commsdesk.domain.contact_records import ContactRecord, PersonalData
from commsdesk.domain.contacts import (
    Audience,
    ContactDetail,
    ContactInput,
    ImportRow,
    OnDuplicate,
    OutletType,
    Reach,
    check_contact,
)
from commsdesk.domain.releases import DEFAULT_RELEASE_LANGUAGES
from commsdesk.errors import UserError, ValidationError
from commsdesk.i18n import translate
from commsdesk.services.contacts import duplicates, exporting, import_writing, importing, listing, privacy
from commsdesk.services.contacts.duplicates import DuplicateHint, DuplicatePair, MergeInfo
from commsdesk.services.contacts.exporting import ExportScope
from commsdesk.services.contacts.files import FilesMixin
from commsdesk.services.contacts.importing import ImportReport
from commsdesk.services.contacts.listing import ContactFilter, ContactRow, ContactSort
from commsdesk.services.contacts.records import GroupResolver, apply_input, check_group_name, detail_of, outlet_named
from commsdesk.services.office import OfficeService

T = TypeVar("T")
Progress = Callable[[int, int], None]
AUDIENCES_SEEDED = "contacts_audiences_seeded"


@dataclass(frozen=True)
class GroupRow:
    """An audience group with its number of members."""

    id: int
    name: str
    code: str | None
    members: int


class ContactsService(FilesMixin):
    def __init__(self, database: Database) -> None:
        self._db = database
        self._office = OfficeService(database)  # the letterhead of the PDFs

    # -- audiences, outlets and groups ----------------------------------------------------------------------------
    def ensure_audience_groups(self) -> None:
        """Create the strategy's audience groups that do not exist yet, named in the current language."""
        with self._db.session() as session:
            _seed_audiences(session)

    def seed_audiences_once(self) -> None:
        """Create the strategy's audience groups the first time a database is used (deleting one later sticks);
        a write-protected file is shown as it is."""
        if self._db.read_only:
            return
        with self._db.session() as session:
            if session.get(Setting, AUDIENCES_SEEDED) is not None:
                return
            _seed_audiences(session)
            session.add(Setting(key=AUDIENCES_SEEDED, value=True))

    def save_outlet(self, name: str, outlet_type: OutletType, reach: Reach) -> int:
        """Create the outlet `name`, or update its type and reach; returns its id."""
        with self._db.session() as session:
            outlet = outlet_named(session, " ".join(name.split()), outlet_type.value, reach.value)
            session.flush()
            return outlet.id

    def outlets(self) -> list[tuple[str, str, str]]:
        """(name, type, reach) of every outlet, by name."""
        with self._db.session() as session:
            query = select(Outlet.name, Outlet.type, Outlet.reach).order_by(func.lower(Outlet.name))
            return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]

    def groups(self) -> list[GroupRow]:
        """Every audience group with its number of members, by name."""
        members = (
            select(func.count()).select_from(contact_group).where(contact_group.c.group_id == AudienceGroup.id)
        ).scalar_subquery()
        with self._db.session() as session:
            rows = session.execute(
                select(AudienceGroup.id, AudienceGroup.name, AudienceGroup.code, members).order_by(
                    func.lower(AudienceGroup.name)
                )
            )
            return [GroupRow(*row) for row in rows]

    def create_group(self, name: str) -> int:
        cleaned = check_group_name(name)
        with self._db.session() as session:
            self._refuse_taken(session, cleaned)
            group = AudienceGroup(name=cleaned, description="")
            session.add(group)
            session.flush()
            return group.id

    def rename_group(self, group_id: int, name: str) -> None:
        cleaned = check_group_name(name)
        with self._db.session() as session:
            group = session.get(AudienceGroup, group_id)
            if group is None:
                raise UserError(translate("ContactGroups", "The group no longer exists."))
            self._refuse_taken(session, cleaned, group_id)
            group.name = cleaned

    @staticmethod
    def _refuse_taken(session: Session, name: str, own_id: int | None = None) -> None:
        query = select(AudienceGroup.id).where(func.lower(AudienceGroup.name) == name.lower())
        if own_id is not None:
            query = query.where(AudienceGroup.id != own_id)
        if session.scalar(query) is not None:
            raise ValidationError(
                translate("ContactGroups", "There is already a group called “{name}”.").format(name=name)
            )

    def delete_group(self, group_id: int) -> None:
        """Delete the group; its contacts stay."""
        with self._db.session() as session:
            session.execute(delete(AudienceGroup).where(AudienceGroup.id == group_id))

    def add_to_group(self, contact_ids: Iterable[int], group_id: int) -> int:
        """Put the contacts in the group; returns how many were not in it yet."""
        ids = set(contact_ids)
        with self._db.session() as session:
            present = set(
                session.scalars(select(contact_group.c.contact_id).where(contact_group.c.group_id == group_id))
            )
            new = sorted(ids - present)
            if new:
                session.execute(insert(contact_group), [{"contact_id": i, "group_id": group_id} for i in new])
            return len(new)

    def remove_from_group(self, contact_ids: Iterable[int], group_id: int) -> int:
        ids = list(set(contact_ids))
        with self._db.session() as session:
            removed = 0
            for start in range(0, len(ids), 30000):
                result = session.execute(
                    delete(contact_group).where(
                        contact_group.c.group_id == group_id, contact_group.c.contact_id.in_(ids[start : start + 30000])
                    )
                )
                removed += result.rowcount or 0
            return removed

    def release_languages(self) -> list[str]:
        """The languages releases are written in (an office setting), for a contact's preferred language."""
        with self._db.session() as session:
            row = session.get(Setting, "release_languages")
            return list(row.value) if row is not None and row.value else list(DEFAULT_RELEASE_LANGUAGES)

    # -- one contact ----------------------------------------------------------------------------------------------
    def create(self, data: ContactInput) -> int:
        """Store a new contact and return its id."""
        check_contact(data)
        with self._db.session() as session:
            contact = Contact()
            session.add(contact)
            apply_input(session, contact, data)
            session.flush()
            return contact.id

    def update(self, contact_id: int, data: ContactInput) -> None:
        """Replace everything about the contact with `data`."""
        check_contact(data)
        with self._db.session() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise UserError(translate("ContactsTab", "The contact no longer exists."))
            apply_input(session, contact, data)

    def get(self, contact_id: int) -> ContactDetail | None:
        with self._db.session() as session:
            contact = session.get(Contact, contact_id)
            return detail_of(contact) if contact is not None else None

    def delete(self, contact_ids: Iterable[int]) -> int:
        """Delete the contacts (their distribution history keeps its anonymous counts); how many were deleted."""
        ids = list(set(contact_ids))
        with self._db.session() as session:
            deleted = 0
            for start in range(0, len(ids), 30000):
                result = session.execute(delete(Contact).where(Contact.id.in_(ids[start : start + 30000])))
                deleted += result.rowcount or 0
            return deleted

    def duplicates_of(self, data: ContactInput, exclude_id: int | None = None) -> list[DuplicateHint]:
        """Existing contacts sharing an e-mail or phone with `data`, or with a very similar name at its organisation."""
        with self._db.session() as session:
            return duplicates.hints_for(session, data, exclude_id)

    # -- the list -------------------------------------------------------------------------------------------------
    def count(self, contact_filter: ContactFilter | str = "") -> int:
        """How many contacts the filter (or search text) lets through; case- and diacritic-insensitive."""
        with self._db.session() as session:
            return listing.count(session, listing.as_filter(contact_filter))

    def page(
        self,
        offset: int,
        limit: int,
        contact_filter: ContactFilter | str = "",
        sort: ContactSort | None = None,
    ) -> list[ContactRow]:
        """One page of the contact list, filtered and sorted in SQL."""
        with self._db.session() as session:
            return listing.page(session, listing.as_filter(contact_filter), sort or ContactSort(), offset, limit)

    def first_page(self, contact_filter: ContactFilter, sort: ContactSort, limit: int) -> tuple[list[ContactRow], int]:
        """The first page and the number of matching contacts: what one keystroke of a search asks for."""
        with self._db.session() as session:
            if not contact_filter.narrows:
                rows = listing.page(session, contact_filter, sort, 0, limit)
                return rows, len(rows) if len(rows) < limit else listing.count(session, contact_filter)
            return listing.first_page(session, contact_filter, sort, limit)

    def rows(self, contact_ids: Sequence[int]) -> list[ContactRow]:
        """The list rows of these contacts, in this order."""
        with self._db.session() as session:
            return listing.rows_of(session, list(contact_ids))

    def position(self, contact_id: int, contact_filter: ContactFilter, sort: ContactSort) -> int | None:
        """The 0-based row of the contact in the list, or None when the filter hides it."""
        with self._db.session() as session:
            return listing.position_of(session, contact_id, contact_filter, sort)

    # -- duplicates and merging -----------------------------------------------------------------------------------
    def find_duplicates(self, limit: int = 1000) -> list[DuplicatePair]:
        with self._db.session() as session:
            return duplicates.find_pairs(session, limit)

    def merge(self, kept_id: int, removed_id: int, chosen: ContactInput) -> int:
        """Merge `removed_id` into `kept_id` with the fields in `chosen`, keeping every e-mail, phone, group and
        the history of both; the merge can be undone with `undo_last_merge`."""
        check_contact(chosen)
        with self._db.session() as session:
            return duplicates.merge(session, kept_id, removed_id, chosen)

    def last_merge(self) -> MergeInfo | None:
        with self._db.session() as session:
            return duplicates.last_merge(session)

    def undo_last_merge(self) -> tuple[int, int]:
        """Bring back both contacts of the last merge as they were; (kept id, restored id)."""
        with self._db.session() as session:
            return duplicates.undo_last(session)

    # -- import and export ----------------------------------------------------------------------------------------
    def preview_import(self, rows: Sequence[ImportRow], on_duplicate: OnDuplicate) -> ImportReport:
        """What importing `rows` would do, row by row, without writing anything."""
        with collector_paused(), self._db.session() as session:
            return ImportReport(importing.decide(session, rows, on_duplicate, None)[0])

    def import_contacts(
        self,
        rows: Sequence[ImportRow],
        *,
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        group: str | None = None,
        skip_invalid: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import the rows in one transaction: every accepted row or nothing. Rows with problems stop the import
        (a ValidationError naming each) unless `skip_invalid`; matches of existing contacts follow `on_duplicate`."""
        with collector_paused(), self._db.bulk_session() as session:
            outcomes, prepared = importing.decide(session, rows, on_duplicate, progress)
            importing.check_all_accepted(outcomes, skip_invalid)
            done = import_writing.execute(session, prepared, outcomes, group, progress)
            if progress is not None:
                progress(len(rows) * 2, len(rows) * 2)
            return ImportReport(done)

    def export(self, scope: ExportScope, write: Callable[[Iterator, int], T]) -> T:
        """Call `write(rows, count)` with the contacts of `scope`, read with a few bulk queries; returns its result.

        The rows are ContactRecords, or ContactTableRows when `write.table` is true (CSV and XLSX writers)."""
        with collector_paused(), self._db.session() as session:
            total = exporting.count(session, scope)
            rows = exporting.stream_table if getattr(write, "table", False) else exporting.stream
            return write(rows(session, scope), total)

    def records(self, scope: ExportScope) -> list[ContactRecord]:
        """The contacts of `scope` as records (for small exports and tests)."""
        with self._db.session() as session:
            return list(exporting.stream(session, scope))

    # -- personal data --------------------------------------------------------------------------------------------
    def personal_data(self, contact_id: int) -> PersonalData:
        """Everything held about the person: the contact, the releases sent to them, events, merge records."""
        with self._db.session() as session:
            found = privacy.personal_data(session, contact_id)
        if found is None:
            raise UserError(translate("ContactsTab", "The contact no longer exists."))
        return found

    def erase(self, contact_id: int) -> None:
        """Erase the person: the contact and every personal detail in distribution history and merge records
        (distributions keep their anonymous counts); then the file is compacted so no trace stays in it."""
        with self._db.session() as session:
            if not privacy.erase(session, contact_id):
                raise UserError(translate("ContactsTab", "The contact no longer exists."))
        try:
            with self._db.engine.connect() as connection:
                connection.exec_driver_sql("VACUUM")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except OperationalError:
            # Busy (another window or thread is reading): the erased data was already overwritten in place
            # (secure_delete); compacting the file can wait for the next erase.
            pass


def _seed_audiences(session: Session) -> None:
    existing = set(session.scalars(select(AudienceGroup.code).where(AudienceGroup.code.is_not(None))))
    taken = {name.lower() for name in session.scalars(select(AudienceGroup.name))}
    for audience in Audience:
        if audience.value not in existing:
            name = audience.label()
            if name.lower() in taken:
                group = session.scalar(select(AudienceGroup).where(func.lower(AudienceGroup.name) == name.lower()))
                if group is not None and group.code is None:
                    group.code = audience.value
                continue
            session.add(AudienceGroup(code=audience.value, name=name, description=""))


__all__ = ["ContactsService", "GroupResolver", "GroupRow"]
