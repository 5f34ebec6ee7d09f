"""Errors the user can act on, kept apart from bugs.

A UserError's text is already translated into the current language (`translate("Errors", "…")` where it is
raised), so every front-end shows it as it is. Anything else that escapes is a bug and is reported as one.
"""

from commsdesk.domain.text import visible


class UserError(Exception):
    """A problem the user can understand and fix: bad input, a locked, damaged or newer database, a missing file."""

    def __str__(self) -> str:
        # A file name or typed text quoted in the message may hold control characters: shown written out.
        return visible(super().__str__())


class DatabaseDamagedError(UserError):
    """The database file failed its integrity check; it must not be written to."""


class DatabaseLockedError(UserError):
    """Another commsdesk (or another program) has the database open."""


class DatabaseReadOnlyError(UserError):
    """The database cannot be written (a write-protected file, folder or medium)."""


class DatabaseTooNewError(UserError):
    """The file was written by a newer commsdesk whose schema this version does not know."""


class ValidationError(UserError):
    """Input that breaks a rule; the message says which, and `field` (the input's attribute name, when known) where:
    a form puts the cursor there."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class Cancelled(Exception):
    """The user stopped a long piece of work; whatever it was writing is rolled back."""
