"""What every part of the releases service shares: the database, the office settings, the attachment archive."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from commsdesk.db.engine import Database
from commsdesk.db.models import PressRelease
from commsdesk.db.search import release_search
from commsdesk.domain.release_body import body_text
from commsdesk.domain.text import fold
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.attachments import AttachmentsService
from commsdesk.services.office import OfficeService


class ServiceBase:
    def __init__(self, database: Database, attachments_folder: Path | None = None) -> None:
        self._db = database
        self._office = OfficeService(database)
        # The `attachments/` folder beside the database (AppPaths.attachments), unless told otherwise.
        folder = attachments_folder or Path(database.path).parent / "attachments"
        self.attachments = AttachmentsService(database, folder)

    def languages(self) -> list[str]:
        """The release languages, in order (setting `release_languages`)."""
        return list(self._office.setting("release_languages"))

    def required_languages(self) -> list[str]:
        """The languages a release must have before it can be approved (setting `required_release_languages`)."""
        return list(self._office.setting("required_release_languages"))

    def _officer(self, changed_by: str) -> str:
        """Who did it: the name given, else the office's information officer."""
        return changed_by.strip() or self._office.profile().officer_name


def get_release(session: Session, release_id: int) -> PressRelease:
    """The release, or a ValidationError when it no longer exists."""
    release = session.get(PressRelease, release_id)
    if release is None:
        raise ValidationError(translate("ReleaseRules", "The release no longer exists."))
    return release


INSERT_INDEX_ROW = text(
    "INSERT INTO release_search (rowid, version_id, release_id, language, text) "
    "VALUES (:version_id, :version_id, :release_id, :language, :text)"
)


def index_versions(session: Session, release: PressRelease) -> None:
    """Replace the release's rows in the full-text index with its versions' folded plain text.

    Each row's rowid is its version's id, so a search reads matching ids without touching the stored columns.
    """
    session.execute(delete(release_search).where(release_search.c.release_id == release.id))
    rows = [
        {
            "version_id": v.id,
            "release_id": release.id,
            "language": v.language,
            "text": fold(" ".join((v.headline, v.subheadline, body_text(v.body)))),
        }
        for v in release.versions
    ]
    if rows:
        session.execute(INSERT_INDEX_ROW, rows)
