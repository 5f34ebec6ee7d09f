"""The archive: full-text search over every language version (FTS5), filters, sorting and paging, all in SQL.

The search text is folded like the index (`domain.text.fold`), split into words, and each word matches as a
prefix: `cacak` and `Čač` both find `Čačak`. Only headlines are read for a page of the list, never bodies.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import Select, and_, case, exists, func, literal_column, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from commsdesk.db.models import Attachment, Distribution, PressRelease, ReleaseVersion
from commsdesk.db.search import release_search
from commsdesk.domain.releases import Channel, DistributionStatus, ReleaseStatus, VersionState, split_tags
from commsdesk.domain.text import fold
from commsdesk.services.releases.base import ServiceBase
from commsdesk.services.releases.data import ArchiveQuery, ReleaseRow

Progress = Callable[[int, int], None]
_STATUS_ORDER = {status.value: index for index, status in enumerate(ReleaseStatus)}


def fts_query(text: str) -> str | None:
    """The FTS5 query for what the user typed: every folded word as a quoted prefix, all required; None if empty."""
    words = re.findall(r"\w+", fold(text))
    return " ".join(f'"{word}"*' for word in words) or None


def _has_version(language: str) -> ColumnElement[bool]:
    return exists().where(
        ReleaseVersion.release_id == PressRelease.id,
        ReleaseVersion.language == language,
        ReleaseVersion.state != VersionState.MISSING.value,
    )


def _headline_expression(language: str) -> ColumnElement[str]:
    """The headline in `language`, else the first non-empty one."""
    own = (
        select(ReleaseVersion.headline)
        .where(ReleaseVersion.release_id == PressRelease.id, ReleaseVersion.language == language)
        .where(ReleaseVersion.headline != "")
        .limit(1)
        .scalar_subquery()
    )
    first = (
        select(ReleaseVersion.headline)
        .where(ReleaseVersion.release_id == PressRelease.id, ReleaseVersion.headline != "")
        .order_by(ReleaseVersion.id)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(own, first, "")


def _filtered(query: Select, archive: ArchiveQuery) -> Select:
    conditions: list[ColumnElement[bool]] = []
    if archive.year:
        conditions.append(PressRelease.year == archive.year)
    if archive.status is not None:
        conditions.append(PressRelease.status == archive.status.value)
    if archive.tag.strip():
        conditions.append(func.instr(", " + PressRelease.tags + ",", ", " + archive.tag.strip() + ",") > 0)
    if archive.language:
        conditions.append(_has_version(archive.language))
    match = fts_query(archive.text)
    if match is not None:
        # The index's rowid is the version's id: matching ids come straight from the index.
        found = select(literal_column("release_search.rowid")).where(release_search.c.text.op("MATCH")(match))
        version = exists().where(ReleaseVersion.release_id == PressRelease.id, ReleaseVersion.id.in_(found))
        if archive.language:
            version = version.where(ReleaseVersion.language == archive.language)
        conditions.append(version)
    return query.where(and_(*conditions)) if conditions else query


def _order(archive: ArchiveQuery, headline: ColumnElement[str]) -> list[ColumnElement]:
    def direction(column: ColumnElement) -> ColumnElement:
        return column.desc() if archive.descending else column.asc()

    reference = [direction(PressRelease.year), direction(PressRelease.number)]
    if archive.sort == "date":
        return [direction(PressRelease.release_date), *reference]
    if archive.sort == "status":
        return [direction(case(_STATUS_ORDER, value=PressRelease.status, else_=99)), *reference]
    if archive.sort == "headline":
        return [direction(headline.collate("NOCASE")), *reference]
    return reference


class ArchiveMixin(ServiceBase):
    def count(self, archive: ArchiveQuery = ArchiveQuery()) -> int:  # noqa: B008 - a frozen, shared default
        """How many releases the archive list shows with these filters."""
        with self._db.session() as session:
            return session.scalar(_filtered(select(func.count(PressRelease.id)), archive)) or 0

    def page(self, archive: ArchiveQuery, offset: int, limit: int) -> list[ReleaseRow]:
        """One page of the archive list, sorted and filtered in SQL."""
        headline = _headline_expression(archive.display_language)
        query = (
            select(
                PressRelease.id,
                PressRelease.reference,
                PressRelease.release_date,
                PressRelease.status,
                headline.label("headline"),
                PressRelease.tags,
                PressRelease.embargo_until,
            )
            .order_by(*_order(archive, headline))
            .offset(offset)
            .limit(limit)
        )
        with self._db.session() as session:
            rows = session.execute(_filtered(query, archive)).all()
            ids = [row.id for row in rows]
            headlines, languages = self._versions_of(session, ids)
            channels = self._channels_of(session, ids)
            attachments = dict(
                session.execute(
                    select(Attachment.release_id, func.count(Attachment.id))
                    .where(Attachment.release_id.in_(ids))
                    .group_by(Attachment.release_id)
                ).all()
            )
        return [
            ReleaseRow(
                id=row.id,
                reference=row.reference,
                release_date=row.release_date,
                status=ReleaseStatus(row.status),
                headline=row.headline,
                languages=tuple(languages.get(row.id, ())),
                tags=row.tags,
                channels=tuple(channels.get(row.id, ())),
                attachments=attachments.get(row.id, 0),
                embargo_until=row.embargo_until,
                headlines=headlines.get(row.id, {}),
            )
            for row in rows
        ]

    def releases(self, archive: ArchiveQuery = ArchiveQuery(), progress: Progress | None = None) -> list[ReleaseRow]:  # noqa: B008
        """Every release the filters select (for exports), in the list's order, read in pages."""
        total = self.count(archive)
        rows: list[ReleaseRow] = []
        while len(rows) < total:
            page = self.page(archive, len(rows), 500)
            if not page:
                break
            rows += page
            if progress is not None:
                progress(len(rows), total)
        return rows

    def _versions_of(self, session: Session, ids: list[int]) -> tuple[dict, dict]:
        """Headlines per language and the languages with a version, of the releases `ids`, in language order."""
        order = {code: index for index, code in enumerate(self.languages())}
        headlines: dict[int, dict[str, str]] = defaultdict(dict)
        languages: dict[int, list[str]] = defaultdict(list)
        found = session.execute(
            select(ReleaseVersion.release_id, ReleaseVersion.language, ReleaseVersion.headline, ReleaseVersion.state)
            .where(ReleaseVersion.release_id.in_(ids))
            .order_by(ReleaseVersion.release_id, ReleaseVersion.id)
        ).all()
        for release_id, language, headline_text, state in sorted(found, key=lambda r: (r[0], order.get(r[1], 99))):
            if headline_text:
                headlines[release_id][language] = headline_text
            if state != VersionState.MISSING.value:
                languages[release_id].append(language)
        return headlines, languages

    @staticmethod
    def _channels_of(session: Session, ids: list[int]) -> dict[int, list[Channel]]:
        """The channels each release went out through (not counting cancelled ones)."""
        channels: dict[int, list[Channel]] = defaultdict(list)
        found = session.execute(
            select(Distribution.release_id, Distribution.channel)
            .where(Distribution.release_id.in_(ids), Distribution.status != DistributionStatus.CANCELLED.value)
            .distinct()
        ).all()
        order = list(Channel)
        for release_id, channel in found:
            channels[release_id].append(Channel(channel))
        return {key: sorted(value, key=order.index) for key, value in channels.items()}

    def years(self) -> list[int]:
        """The years that have releases, newest first."""
        with self._db.session() as session:
            return list(session.scalars(select(PressRelease.year).distinct().order_by(PressRelease.year.desc())))

    def tags(self) -> list[str]:
        """Every tag in use, in alphabetical order (ignoring case and accents)."""
        with self._db.session() as session:
            found: dict[str, str] = {}
            for text in session.scalars(select(PressRelease.tags).distinct().where(PressRelease.tags != "")):
                for tag in split_tags(text):
                    found.setdefault(tag.casefold(), tag)
        return sorted(found.values(), key=fold)
