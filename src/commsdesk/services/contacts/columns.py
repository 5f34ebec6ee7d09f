"""The columns of a contact file as the import dialog maps them, re-exported from the format: the window reaches files
only through the services. Imported with the dialog, not with the contact list."""

from commsdesk.io.contacts_columns import IGNORE, TARGETS, target_label, text_of
from commsdesk.io.contacts_table import Table

__all__ = ["IGNORE", "TARGETS", "Table", "target_label", "text_of"]
