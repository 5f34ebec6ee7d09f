"""Distribution: choosing recipients from the contact list, splitting them by language, recording what went out.

People marked "do not contact" are never recipients: they are listed as excluded, and `record_distribution`
drops them again should a caller pass them anyway. Anyone who already received the release is flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from commsdesk.db.models import (
    AudienceGroup,
    Contact,
    ContactEmail,
    Distribution,
    DistributionRecipient,
    Outlet,
    PressRelease,
    contact_group,
    utc_now,
)
from commsdesk.domain.releases import (
    DISTRIBUTABLE_STATUSES,
    DistributionStatus,
    ExclusionReason,
    ReleaseStatus,
    version_for,
)
from commsdesk.domain.text import fold
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.releases.base import ServiceBase, get_release
from commsdesk.services.releases.data import ContactChoice, DistributionInput, GroupChoice, Recipient
from commsdesk.services.releases.records import _add_history, _present


def _name(contact: Contact) -> str:
    return f"{contact.given_name} {contact.family_name}".strip()


def _first_emails(session: Session, ids) -> dict[int, str]:
    emails: dict[int, str] = {}
    for contact_id, address in session.execute(
        select(ContactEmail.contact_id, ContactEmail.address)
        .where(ContactEmail.contact_id.in_(ids), ContactEmail.address != "")
        .order_by(ContactEmail.id)
    ):
        emails.setdefault(contact_id, address.strip())
    return emails


def _already_sent(session: Session, release_id: int) -> tuple[dict[int, datetime], dict[str, datetime]]:
    """When the release last went to each contact id and each address (cancelled distributions not counted)."""
    by_contact: dict[int, datetime] = {}
    by_address: dict[str, datetime] = {}
    for contact_id, address, moment in session.execute(
        select(DistributionRecipient.contact_id, DistributionRecipient.email, Distribution.distributed_at)
        .join(Distribution, DistributionRecipient.distribution_id == Distribution.id)
        .where(Distribution.release_id == release_id, Distribution.status != DistributionStatus.CANCELLED.value)
    ):
        if contact_id is not None:
            by_contact[contact_id] = max(moment, by_contact.get(contact_id, moment))
        if address:
            key = address.strip().lower()
            by_address[key] = max(moment, by_address.get(key, moment))
    return by_contact, by_address


def _promote(release: PressRelease, statuses: Iterable[DistributionStatus], who: str) -> None:
    """An approved release that has gone out through any channel becomes "distributed"."""
    if release.status == ReleaseStatus.APPROVED.value and DistributionStatus.DONE in statuses:
        _add_history(release, ReleaseStatus.DISTRIBUTED, who)


class DistributionMixin(ServiceBase):
    def groups(self) -> list[GroupChoice]:
        """The audience groups with their number of members, by name."""
        with self._db.session() as session:
            members = {
                group_id: count
                for group_id, count in session.execute(
                    select(contact_group.c.group_id, func.count(Contact.id))
                    .join(Contact, Contact.id == contact_group.c.contact_id)
                    .group_by(contact_group.c.group_id)
                )
            }
            groups = session.execute(
                select(AudienceGroup.id, AudienceGroup.name, AudienceGroup.code).order_by(AudienceGroup.name)
            ).all()
        return [GroupChoice(g.id, g.name, members.get(g.id, 0), g.code) for g in groups]

    def find_contacts(self, text: str, limit: int = 50) -> list[ContactChoice]:
        """Contacts whose name, organisation, e-mail or phone contains `text` (case- and accent-insensitive)."""
        query = (
            select(Contact, Outlet.name)
            .outerjoin(Outlet, Contact.outlet_id == Outlet.id)
            .order_by(Contact.sort_key, Contact.id)
            .limit(limit)
        )
        if text.strip():
            query = query.where(Contact.search_key.contains(fold(text.strip()), autoescape=True))
        with self._db.session() as session:
            rows = session.execute(query).all()
            emails = _first_emails(session, [contact.id for contact, _ in rows])
            return [
                ContactChoice(
                    contact.id,
                    _name(contact),
                    outlet or "",
                    emails.get(contact.id, ""),
                    contact.language,
                    contact.do_not_contact,
                )
                for contact, outlet in rows
            ]

    def recipients(
        self, release_id: int, group_ids: Iterable[int] = (), contact_ids: Iterable[int] = ()
    ) -> list[Recipient]:
        """The chosen groups' members and contacts, each with the version they get or why they get none.

        Sorted by the language they get (in the order of the release languages), the excluded last, then by name.
        """
        order = self.languages()
        group_ids, contact_ids = list(group_ids), list(contact_ids)
        with self._db.session() as session:
            release = get_release(session, release_id)
            present = [v.language for v in release.versions if _present(v)]
            available = sorted(present, key=lambda code: order.index(code) if code in order else len(order))
            members = select(contact_group.c.contact_id).where(contact_group.c.group_id.in_(group_ids))
            chosen = select(Contact.id).where(or_(Contact.id.in_(members), Contact.id.in_(contact_ids)))
            contacts = session.execute(
                select(Contact, Outlet.name)
                .outerjoin(Outlet, Contact.outlet_id == Outlet.id)
                .where(Contact.id.in_(chosen))
            ).all()
            emails = _first_emails(session, chosen)
            by_contact, by_address = _already_sent(session, release_id)
        result = []
        for contact, outlet in contacts:
            email = emails.get(contact.id, "")
            if contact.do_not_contact:
                excluded: ExclusionReason | None = ExclusionReason.DO_NOT_CONTACT
            elif not email:
                excluded = ExclusionReason.NO_EMAIL
            else:
                excluded = None
            language = None if excluded else version_for(contact.language, available, order)
            sent = by_contact.get(contact.id) or (by_address.get(email.lower()) if email else None)
            result.append(
                Recipient(contact.id, _name(contact), outlet or "", email, contact.language, language, excluded, sent)
            )
        rank = {code: index for index, code in enumerate(available)}
        result.sort(key=lambda r: (r.excluded is not None, rank.get(r.language or "", 99), fold(r.name), r.contact_id))
        return result

    def record_distribution(
        self, release_id: int, entries: Iterable[DistributionInput], changed_by: str = ""
    ) -> list[int]:
        """Record what went out (or is prepared) through which channels; returns the new distributions' ids.

        E-mail recipients marked "do not contact" are dropped, and each address is recorded once per distribution.
        """
        entries = list(entries)
        who = self._officer(changed_by)
        with self._db.session() as session:
            release = get_release(session, release_id)
            if ReleaseStatus(release.status) not in DISTRIBUTABLE_STATUSES:
                raise ValidationError(translate("ReleaseRules", "Only an approved release can be distributed."))
            present = {v.language for v in release.versions if _present(v)}
            ids = [contact_id for entry in entries for contact_id, _ in entry.recipients if contact_id is not None]
            blocked = set(
                session.scalars(select(Contact.id).where(Contact.id.in_(ids), Contact.do_not_contact.is_(True)))
            )
            created = []
            for entry in entries:
                if entry.language not in present:
                    raise ValidationError(
                        translate("ReleaseRules", "The release has no {language} version.").format(
                            language=entry.language
                        )
                    )
                seen: set[str] = set()
                recipients = []
                for contact_id, address in entry.recipients:
                    key = address.strip().lower()
                    if contact_id in blocked or (key and key in seen):
                        continue
                    seen.add(key)
                    recipients.append(DistributionRecipient(contact_id=contact_id, email=address.strip()))
                distribution = Distribution(
                    language=entry.language,
                    channel=entry.channel.value,
                    status=entry.status.value,
                    distributed_at=utc_now(),
                    recipient_count=len(recipients),
                    details=dict(entry.details),
                )
                distribution.recipients = recipients
                release.distributions.append(distribution)
                session.flush()
                created.append(distribution.id)
            _promote(release, [entry.status for entry in entries], who)
            return created

    def set_distribution_status(self, distribution_id: int, status: DistributionStatus, changed_by: str = "") -> None:
        """Change where one channel's distribution stands (e.g. prepared → sent)."""
        who = self._officer(changed_by)
        with self._db.session() as session:
            distribution = session.get(Distribution, distribution_id)
            if distribution is None:
                raise ValidationError(translate("ReleaseRules", "The distribution no longer exists."))
            distribution.status = status.value
            _promote(get_release(session, distribution.release_id), [status], who)

    def distribution_recipients(self, distribution_id: int) -> list[tuple[str, str]]:
        """(name, address) of everyone one distribution went to; the name is empty for an erased contact."""
        with self._db.session() as session:
            rows = session.execute(
                select(Contact.given_name, Contact.family_name, DistributionRecipient.email)
                .outerjoin(Contact, DistributionRecipient.contact_id == Contact.id)
                .where(DistributionRecipient.distribution_id == distribution_id)
                .order_by(DistributionRecipient.id)
            ).all()
        return [(f"{given or ''} {family or ''}".strip(), email) for given, family, email in rows]
