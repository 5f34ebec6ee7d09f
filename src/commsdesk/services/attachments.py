"""The managed archive of attachments: photos, audio, video and documents of releases and document requests,
copied beside the database.

Files are stored under generated names (`3f9c…e1.jpg`) in the `attachments/` folder, so that nothing a user names
can escape it or clash; the original name, size, SHA-256 and a caption per language live in the database. Saving
a file back out cleans its name and writes only inside the folder the user chose.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from commsdesk.atomic_files import atomic_target
from commsdesk.db.engine import Database
from commsdesk.db.models import Attachment, DocumentRequest, PressRelease
from commsdesk.domain.releases import (
    EXECUTABLE_EXTENSIONS,
    AttachmentKind,
    attachment_kind,
    captions_of,
    clean_file_name,
    extension,
)
from commsdesk.errors import UserError, ValidationError
from commsdesk.i18n import translate
from commsdesk.open_files import refuse_if_open
from commsdesk.private_files import private_folder
from commsdesk.services.attachments_data import AttachmentRow

CHUNK = 1024 * 1024


def attachment_row(attachment: Attachment) -> AttachmentRow:
    return AttachmentRow(
        attachment.id,
        AttachmentKind(attachment.kind),
        attachment.original_name,
        attachment.stored_name,
        attachment.size,
        attachment.sha256,
        dict(attachment.captions or {}),
        attachment.added_at,
    )


def _unique_target(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/name (2).ext`… when that exists already."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    counter = 2
    while target.exists():
        target = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    return target


class AttachmentsService:
    def __init__(self, database: Database, folder: Path) -> None:
        self._db = database
        self.folder = Path(folder)

    def add(
        self,
        release_id: int | None,
        source: Path,
        captions: Mapping[str, str] | None = None,
        kind: AttachmentKind | None = None,
        *,
        request_id: int | None = None,
        also: Callable[[Session], None] | None = None,
    ) -> int:
        """Copy `source` into the archive for the release (or the document request) and return the attachment's id."""
        source = Path(source)
        refuse_if_open(source)  # reading the open database raw would cost it its locks
        original = source.name
        ext = extension(original)
        stored = uuid.uuid4().hex + (f".{ext}" if re.fullmatch(r"[a-z0-9]{1,10}", ext) else "")
        private_folder(self.folder)
        target = self.folder / stored
        digest = hashlib.sha256()
        size = 0
        try:
            with atomic_target(target) as temporary, source.open("rb") as reader, temporary.open("wb") as writer:
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    writer.write(chunk)
                    size += len(chunk)
                writer.flush()
                os.fsync(writer.fileno())
        except OSError as error:
            raise UserError(
                translate("Errors", "The file {path} cannot be read: {reason}").format(
                    path=source, reason=error.strerror or error
                )
            ) from error
        try:
            with self._db.session() as session:
                if release_id is not None and session.get(PressRelease, release_id) is None:
                    raise ValidationError(translate("ReleaseRules", "The release no longer exists."))
                if request_id is not None and session.get(DocumentRequest, request_id) is None:
                    raise ValidationError(translate("Requests", "The request no longer exists."))
                attachment = Attachment(
                    release_id=release_id,
                    request_id=request_id,
                    kind=(kind or attachment_kind(original)).value,
                    original_name=original[:500],
                    stored_name=stored,
                    size=size,
                    sha256=digest.hexdigest(),
                    captions=captions_of(captions),
                )
                session.add(attachment)
                if also is not None:  # what the owner records with it (a history step), in the same transaction
                    also(session)
                session.flush()
                return attachment.id
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def attachments(self, release_id: int) -> list[AttachmentRow]:
        """The release's attachments in the order they were added."""
        with self._db.session() as session:
            query = select(Attachment).where(Attachment.release_id == release_id).order_by(Attachment.id)
            return [attachment_row(a) for a in session.scalars(query)]

    def attachment(self, attachment_id: int) -> AttachmentRow:
        with self._db.session() as session:
            return attachment_row(self._get(session, attachment_id))

    def set_captions(self, attachment_id: int, captions: Mapping[str, str]) -> None:
        """Replace the attachment's captions (language code → caption)."""
        with self._db.session() as session:
            self._get(session, attachment_id).captions = captions_of(captions)

    def remove(self, attachment_id: int) -> None:
        """Delete the attachment and its file from the archive."""
        with self._db.session() as session:
            attachment = self._get(session, attachment_id)
            stored = attachment.stored_name
            session.delete(attachment)
        self.remove_files([stored])

    def remove_files(self, stored_names: Iterable[str]) -> None:
        """Delete archive files (after their rows are gone); a name is only ever looked up inside the folder."""
        for name in stored_names:
            path = self.folder / Path(name).name
            path.unlink(missing_ok=True)

    def stored_path(self, attachment_id: int) -> Path:
        """The archived file of the attachment; UserError when it has gone missing."""
        row = self.attachment(attachment_id)
        path = self.folder / Path(row.stored_name).name
        if not path.is_file():
            raise UserError(
                translate("Errors", "The file of {name} is missing from the archive folder {folder}.").format(
                    name=row.original_name, folder=self.folder
                )
            )
        return path

    def path_to_open(self, attachment_id: int) -> Path:
        """The archived file to hand to the system's program; programs and scripts are never opened."""
        row = self.attachment(attachment_id)
        if extension(row.original_name) in EXECUTABLE_EXTENSIONS:
            raise UserError(
                translate(
                    "Errors", "commsdesk does not open programs or scripts ({name}). Save it to a folder instead."
                ).format(name=row.original_name)
            )
        return self.stored_path(attachment_id)

    def save_copy(self, attachment_id: int, folder: Path) -> Path:
        """Copy the attachment into `folder` under its cleaned original name (never elsewhere); returns the path.

        An existing file is never overwritten (` (2)` is added), and the copy is checked against the SHA-256.
        """
        row = self.attachment(attachment_id)
        source = self.stored_path(attachment_id)
        folder = Path(folder)
        if not folder.is_dir():
            raise UserError(translate("Errors", "The folder {folder} does not exist.").format(folder=folder))
        root = folder.resolve()
        target = _unique_target(root, clean_file_name(row.original_name))
        if target.resolve().parent != root:
            raise UserError(translate("Errors", "{name} cannot be saved there.").format(name=row.original_name))
        digest = hashlib.sha256()
        with atomic_target(target) as temporary, source.open("rb") as reader, temporary.open("wb") as writer:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            if digest.hexdigest() != row.sha256:
                raise UserError(
                    translate("Errors", "The archived copy of {name} is damaged (its checksum differs).").format(
                        name=row.original_name
                    )
                )
        return target

    def read_bytes(self, attachment_id: int) -> tuple[str, bytes]:
        """The cleaned original name and the content of the attachment (for an e-mail)."""
        row = self.attachment(attachment_id)
        return clean_file_name(row.original_name), self.stored_path(attachment_id).read_bytes()

    def _get(self, session, attachment_id: int) -> Attachment:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise ValidationError(translate("ReleaseRules", "The attachment no longer exists."))
        return attachment
