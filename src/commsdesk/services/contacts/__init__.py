"""Contacts, outlets and audience groups: the list, duplicates and merging, import, export and personal data."""

from commsdesk.domain.contact_records import ContactRecord, DistributionEntry, InvitationEntry, PersonalData
from commsdesk.domain.contacts import ContactDetail, ContactInput, ImportRow, OnDuplicate
from commsdesk.services.contacts.duplicates import DuplicateHint, DuplicatePair, MergeInfo, Reason
from commsdesk.services.contacts.exporting import ExportScope
from commsdesk.services.contacts.importing import ImportOutcome, ImportReport, rejection_message
from commsdesk.services.contacts.listing import SORT_COLUMNS, ContactFilter, ContactRow, ContactSort
from commsdesk.services.contacts.pages import ContactPages
from commsdesk.services.contacts.service import ContactsService, GroupRow

__all__ = [
    "SORT_COLUMNS",
    "ContactDetail",
    "ContactFilter",
    "ContactInput",
    "ContactPages",
    "ContactRecord",
    "ContactRow",
    "ContactSort",
    "ContactsService",
    "DistributionEntry",
    "DuplicateHint",
    "DuplicatePair",
    "ExportScope",
    "GroupRow",
    "ImportOutcome",
    "ImportReport",
    "ImportRow",
    "InvitationEntry",
    "MergeInfo",
    "OnDuplicate",
    "PersonalData",
    "Reason",
    "rejection_message",
]
