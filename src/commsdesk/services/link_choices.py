"""The events and press releases near a day, for the registers whose records link to one (a release to its event,
an enquiry to the release or event it led to), nearest first."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commsdesk.db.models import Event, PressRelease, ReleaseVersion


def events_near(session: Session, around: date, days: int = 90) -> list[tuple[int, str]]:
    """(id, "dd.MM.yyyy – title") of the events (not single occurrences) within `days` of `around`."""
    start = datetime.combine(around, time.min)
    rows = session.execute(
        select(Event.id, Event.title, Event.starts_at).where(
            Event.parent_id.is_(None),
            Event.starts_at.between(start - timedelta(days=days), start + timedelta(days=days)),
        )
    ).all()
    rows.sort(key=lambda r: abs((r.starts_at - start).total_seconds()))
    return [(r.id, f"{r.starts_at:%d.%m.%Y} – {r.title}") for r in rows]


def releases_near(session: Session, around: date, days: int = 90) -> list[tuple[int, str]]:
    """(id, "2026/014 – headline") of the releases dated within `days` of `around`."""
    rows = session.execute(
        select(PressRelease.id, PressRelease.reference, PressRelease.release_date, func.min(ReleaseVersion.headline))
        .outerjoin(ReleaseVersion, ReleaseVersion.release_id == PressRelease.id)
        .where(PressRelease.release_date.between(around - timedelta(days=days), around + timedelta(days=days)))
        .group_by(PressRelease.id)
    ).all()
    rows.sort(key=lambda r: abs((r.release_date - around).days))
    return [(r.id, f"{r.reference} – {r[3] or ''}".rstrip(" –")) for r in rows]
