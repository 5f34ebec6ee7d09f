"""Errors the user can act on, kept apart from bugs.

A UserError's text is already translated into the current language (`translate("Errors", "…")` where it is
raised), so every front-end shows it as it is. Anything else that escapes is a bug and is reported as one.
"""


class UserError(Exception):
    """A problem the user can understand and fix: bad input, a locked, damaged or newer database, a missing file."""


class DatabaseDamagedError(UserError):
    """The database file failed its integrity check; it must not be written to."""


class DatabaseLockedError(UserError):
    """Another commsdesk (or another program) has the database open."""


class DatabaseTooNewError(UserError):
    """The file was written by a newer commsdesk whose schema this version does not know."""


class ValidationError(UserError):
    """Input that breaks a rule; the message says which."""


class Cancelled(Exception):
    """The user stopped a long piece of work; whatever it was writing is rolled back."""
