"""Every text the services store is cleaned of control characters as it is set on a row, whatever brought it:
a dialog, an import, the command line, a pasted title with a NUL or an ESC in it.

One-line fields (titles, names, places…) read tabs and line breaks as a space; the fields of several lines keep
them. The bulk contact import, which writes with plain SQL, cleans its rows with `stored_contact` first.
"""

from __future__ import annotations

from sqlalchemy import String, event

from commsdesk.db.models import Base
from commsdesk.domain.contacts import TEXT_LIMITS, ContactInput
from commsdesk.domain.text import multi_line, single_line

MULTI_LINE = {
    "Contact.address",
    "Contact.social",
    "Contact.notes",
    "Outlet.notes",
    "AudienceGroup.description",
    "Event.description",
    "NotificationTask.note",
    "OfficeProfile.address",
    "StatusUpdate.comment",
    "StatusUpdate.evidence",
    "ReleaseVersion.body",
    "ReleaseStatusChange.note",
    "DocumentRequest.requester_address",  # a postal address: the letters print it line by line
    "DocumentRequest.subject",
    "DocumentRequest.urgent_reason",
    "DocumentRequest.withheld",
    "DocumentRequest.harm_test",
    "DocumentRequest.public_interest_test",
    "DocumentRequest.extension_reason",
    "DocumentRequest.complaint_outcome",
    "DocumentRequest.court_outcome",
    "DocumentRequest.note",
    "RequestStep.note",
    "Enquiry.reason",
    "Enquiry.note",
}
PER_LANGUAGE = {"Strategy.titles", "Attachment.captions", "OfficeProfile.institution_names"}  # code → one line
PER_LANGUAGE_MULTI_LINE = {"Enquiry.answers", "Statement.texts"}  # code → a text of several lines


def _cleaned_by(clean):
    def on_set(_target, value, _old, _initiator):
        return clean(value) if isinstance(value, str) else value

    return on_set


def _each_language(clean):
    def on_set(_target, value, _old, _initiator):
        if not isinstance(value, dict):
            return value
        return {code: clean(text) if isinstance(text, str) else text for code, text in value.items()}

    return on_set


def _install() -> None:
    for mapper in Base.registry.mappers:
        for column in mapper.column_attrs:
            name, kind = f"{mapper.class_.__name__}.{column.key}", column.columns[0].type
            attribute = getattr(mapper.class_, column.key)
            if name in PER_LANGUAGE or name in PER_LANGUAGE_MULTI_LINE:
                clean = multi_line if name in PER_LANGUAGE_MULTI_LINE else single_line
                event.listen(attribute, "set", _each_language(clean), retval=True)
            elif isinstance(kind, String):  # and Text
                event.listen(
                    attribute, "set", _cleaned_by(multi_line if name in MULTI_LINE else single_line), retval=True
                )


_CONTACT_TEXTS = tuple(TEXT_LIMITS)  # every text field of a contact has a length limit


def stored_contact(data: ContactInput) -> ContactInput:
    """`data` cleaned as a Contact row cleans it (a cheap look first: nearly every row is clean already)."""
    texts = [getattr(data, name) for name in _CONTACT_TEXTS] + data.groups
    texts += [value for pair in (*data.emails, *data.phones) for value in pair]
    if all(text.isprintable() for text in texts):
        return data
    return data.with_changes(
        **{
            name: (multi_line if f"Contact.{name}" in MULTI_LINE else single_line)(getattr(data, name))
            for name in _CONTACT_TEXTS
        },
        groups=[single_line(name) for name in data.groups],
        emails=[(single_line(label), single_line(address)) for label, address in data.emails],
        phones=[(single_line(label), single_line(number)) for label, number in data.phones],
    )


_install()
