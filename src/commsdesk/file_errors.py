"""One true sentence for a file that could not be read or written, from the operating system's error number."""

from __future__ import annotations

import errno
from pathlib import Path

from commsdesk.errors import UserError
from commsdesk.i18n import translate


def file_error(error: OSError, path: Path) -> UserError:
    """The user's sentence for `error` met while reading or writing `path` (the cause, not the English text)."""
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return UserError(translate("Errors", "The disk is full. Free some space; nothing was saved."))
    if code == errno.EROFS:
        return UserError(
            translate("Errors", "{path} is on a write-protected medium: nothing can be written there.").format(
                path=path
            )
        )
    if code in (errno.EACCES, errno.EPERM):
        return UserError(
            translate(
                "Errors", "{path} cannot be written: you have no permission there, or another program holds it."
            ).format(path=path)
        )
    if code == errno.ENOENT:
        return UserError(translate("Errors", "{path} does not exist.").format(path=path))
    if code == errno.EISDIR:
        return UserError(translate("Errors", "{path} is a folder, not a file.").format(path=path))
    if code == errno.ENOTDIR:
        return UserError(translate("Errors", "A part of {path} is a file, not a folder.").format(path=path))
    if code == errno.ENAMETOOLONG:
        return UserError(translate("Errors", "The name {path} is too long for this disk.").format(path=path))
    return UserError(
        translate("Errors", "{path} could not be read or written ({reason}).").format(
            path=path, reason=error.strerror or type(error).__name__
        )
    )
