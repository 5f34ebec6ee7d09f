"""A contact as the exports and the personal-data report see it: plain records, cheap to make by the ten thousand."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from commsdesk.domain.contacts import ContactDetail, ContactInput, join_name


class ContactRecord(NamedTuple):
    """A contact as exports stream it (a tuple: cheap to make 50,000 of); dates as dates, lists as lists."""

    id: int
    given_name: str
    family_name: str
    position: str
    outlet: str
    outlet_type: str
    reach: str
    language: str
    emails: list[tuple[str, str]]
    phones: list[tuple[str, str]]
    groups: list[str]
    topics: str
    address: str
    website: str
    social: str
    notes: str
    accredited: bool
    accredited_until: date | None
    source: str
    purpose: str
    do_not_contact: bool
    verified_on: date | None

    @property
    def full_name(self) -> str:
        return join_name(self.given_name, self.family_name)

    def as_input(self) -> ContactInput:
        return ContactInput(
            given_name=self.given_name,
            family_name=self.family_name,
            position=self.position,
            outlet=self.outlet,
            outlet_type=self.outlet_type or None,
            reach=self.reach or None,
            language=self.language,
            emails=list(self.emails),
            phones=list(self.phones),
            groups=list(self.groups),
            topics=self.topics,
            address=self.address,
            website=self.website,
            social=self.social,
            notes=self.notes,
            accredited=self.accredited,
            accredited_until=self.accredited_until,
            source=self.source,
            purpose=self.purpose,
            do_not_contact=self.do_not_contact,
            verified_on=self.verified_on,
        )

    @classmethod
    def of(cls, contact_id: int, data: ContactInput) -> ContactRecord:
        return cls(
            contact_id,
            data.given_name,
            data.family_name,
            data.position,
            data.outlet,
            data.outlet_type or "",
            data.reach or "",
            data.language,
            list(data.emails),
            list(data.phones),
            list(data.groups),
            data.topics,
            data.address,
            data.website,
            data.social,
            data.notes,
            data.accredited,
            data.accredited_until,
            data.source,
            data.purpose,
            data.do_not_contact,
            data.verified_on,
        )


# -- personal data -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DistributionEntry:
    """One press release sent to the person."""

    sent_at: datetime | None
    reference: str
    headline: str
    language: str
    channel: str  # domain.releases.Channel code
    email: str


@dataclass(frozen=True)
class InvitationEntry:
    """One event the person was invited to."""

    starts_at: datetime | None
    title: str


@dataclass(frozen=True)
class RequestEntry:
    """One request for access to public documents the person made."""

    received_at: datetime
    reference: str
    subject: str
    status: str  # domain.requests.RequestStatus code


@dataclass(frozen=True)
class EnquiryEntry:
    """One enquiry the person made as a journalist."""

    received_at: datetime
    reference: str
    topic: str  # the topic, or the first question
    status: str  # domain.enquiries.EnquiryStatus code


@dataclass(frozen=True)
class PersonalData:
    """Everything the office holds about one person."""

    detail: ContactDetail
    distributions: list[DistributionEntry]
    invitations: list[InvitationEntry]
    merges: int  # merged duplicates whose earlier data is kept for undo
    requests: list[RequestEntry] = field(default_factory=list)  # requests for access to documents they made
    enquiries: list[EnquiryEntry] = field(default_factory=list)  # questions they asked as a journalist


class ContactTableRow(NamedTuple):
    """A contact as the table exports (CSV, XLSX) write it: one value per column, e-mails and phones joined per
    label with "; ", codes for type, reach and language (the writer names them in its language)."""

    id: int
    given_name: str
    family_name: str
    do_not_contact: bool
    position: str
    outlet: str
    outlet_type: str
    reach: str
    language: str
    email_work: str
    email_mobile: str
    email_home: str
    email_other: str
    phone_work: str
    phone_mobile: str
    phone_home: str
    phone_other: str
    groups: str
    topics: str
    address: str
    website: str
    social: str
    notes: str
    accredited: bool
    accredited_until: date | None
    source: str
    purpose: str
    verified_on: date | None
