"""Press releases and their language versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, selectinload

from commsdesk.db.engine import Database
from commsdesk.db.models import PressRelease, ReleaseStatusChange, ReleaseVersion
from commsdesk.db.search import release_search
from commsdesk.domain.releases import ReleaseStatus, VersionState
from commsdesk.domain.text import fold
from commsdesk.services.office import OfficeService


@dataclass(frozen=True)
class VersionInput:
    language: str
    headline: str
    body: str
    subheadline: str = ""
    state: VersionState = VersionState.DRAFT


@dataclass(frozen=True)
class ReleaseRow:
    id: int
    reference: str
    release_date: date
    status: ReleaseStatus
    headlines: dict[str, str] = field(default_factory=dict)  # language → headline


class ReleasesService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._office = OfficeService(database)

    def create(self, release_date: date, place: str, versions: list[VersionInput], tags: str = "") -> int:
        """A new draft with the next reference number of its year; returns its id."""
        reference_format = self._office.setting("release_reference_format")
        with self._db.session() as session:
            year = release_date.year
            number = (session.scalar(select(func.max(PressRelease.number)).where(PressRelease.year == year)) or 0) + 1
            release = PressRelease(
                year=year,
                number=number,
                reference=reference_format.format(year=year, number=number),
                status=ReleaseStatus.DRAFT.value,
                release_date=release_date,
                place=place,
                tags=tags,
            )
            release.versions = [
                ReleaseVersion(
                    language=v.language,
                    headline=v.headline,
                    subheadline=v.subheadline,
                    body=v.body,
                    state=v.state.value,
                )
                for v in versions
            ]
            release.history = [ReleaseStatusChange(from_status=None, to_status=ReleaseStatus.DRAFT.value)]
            session.add(release)
            session.flush()
            _index_versions(session, release)
            return release.id

    def releases(self) -> list[ReleaseRow]:
        """The archive, newest first."""
        with self._db.session() as session:
            query = (
                select(PressRelease)
                .options(selectinload(PressRelease.versions))
                .order_by(PressRelease.release_date.desc(), PressRelease.number.desc())
            )
            return [
                ReleaseRow(
                    r.id,
                    r.reference,
                    r.release_date,
                    ReleaseStatus(r.status),
                    {v.language: v.headline for v in r.versions},
                )
                for r in session.scalars(query)
            ]


def _index_versions(session: Session, release: PressRelease) -> None:
    """Replace the release's rows in the full-text index with its versions' folded text."""
    session.execute(delete(release_search).where(release_search.c.release_id == release.id))
    rows = [
        {
            "version_id": v.id,
            "release_id": release.id,
            "language": v.language,
            "text": fold(" ".join((v.headline, v.subheadline, v.body))),
        }
        for v in release.versions
    ]
    if rows:
        session.execute(insert(release_search), rows)
