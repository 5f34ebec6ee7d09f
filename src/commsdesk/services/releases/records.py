"""Creating, editing, deleting releases, their reference numbers and their workflow.

Numbering rule: references run 1, 2, 3… per year of the release date, without duplicates. Only a draft can be
deleted (a release that went further is withdrawn and keeps its number). When a draft is deleted, the drafts that
follow it in the same year move down one number each, until a release that is no longer a draft (its number is
known outside the office); a gap left before such a release is filled by the next release created in that year,
which always takes the lowest free number. A draft moved to another year is numbered in that year the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commsdesk.db.models import (
    Activity,
    Event,
    PressRelease,
    ReleaseStatusChange,
    ReleaseVersion,
    utc_now,
)
from commsdesk.domain.release_body import body_text, clean_body
from commsdesk.domain.releases import (
    EDITABLE_STATUSES,
    Channel,
    DistributionStatus,
    ReleaseStatus,
    VersionState,
    check_can_approve,
    check_reference_format,
    check_transition,
    format_reference,
    is_version_present,
    join_tags,
    split_tags,
)
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.attachments import attachment_row
from commsdesk.services.link_choices import events_near
from commsdesk.services.plan_activities import activities_of_year
from commsdesk.services.releases.base import ServiceBase, get_release, index_versions
from commsdesk.services.releases.data import (
    Choice,
    DistributionRow,
    ReleaseDetail,
    ReleaseInput,
    ReleaseSettings,
    StatusChangeRow,
    VersionData,
    VersionInput,
)


def _lowest_free_number(session: Session, year: int) -> int:
    taken = set(session.scalars(select(PressRelease.number).where(PressRelease.year == year)))
    number = 1
    while number in taken:
        number += 1
    return number


def _close_gap(session: Session, year: int, gap: int, pattern: str) -> None:
    """Move the drafts right after the freed number `gap` down, one by one, until a release that is not a draft."""
    later = session.scalars(
        select(PressRelease).where(PressRelease.year == year, PressRelease.number > gap).order_by(PressRelease.number)
    ).all()
    for release in later:
        if release.number != gap + 1 or release.status != ReleaseStatus.DRAFT.value:
            break
        release.number = gap
        release.reference = format_reference(pattern, year, gap)
        session.flush()
        gap += 1


def _version_content(version: ReleaseVersion) -> tuple[str, str, str, str]:
    return (version.headline, version.subheadline, version.body, version.state)


def _version_data(version: ReleaseVersion) -> VersionData:
    return VersionData(
        version.language, VersionState(version.state), version.headline, version.subheadline, version.body
    )


def _present(version: ReleaseVersion) -> bool:
    return is_version_present(version.state, version.headline, body_text(version.body))


def _add_history(release: PressRelease, target: ReleaseStatus, who: str, note: str = "") -> None:
    release.history.append(
        ReleaseStatusChange(from_status=release.status, to_status=target.value, changed_by=who, note=note)
    )
    release.status = target.value


class RecordsMixin(ServiceBase):
    # -- settings ------------------------------------------------------------------------------------------------
    def release_settings(self) -> ReleaseSettings:
        return ReleaseSettings(
            self.languages(), self.required_languages(), self._office.setting("release_reference_format")
        )

    def save_release_settings(self, settings: ReleaseSettings) -> ReleaseSettings:
        """Store the release languages, the required ones and the reference format, after checking them."""
        languages = [code.strip() for code in settings.languages if code.strip()]
        if not languages:
            raise ValidationError(translate("ReleaseRules", "Choose at least one release language."))
        check_reference_format(settings.reference_format)
        required = [code for code in languages if code in settings.required]
        self._office.set_setting("release_languages", languages)
        self._office.set_setting("required_release_languages", required)
        self._office.set_setting("release_reference_format", settings.reference_format)
        return self.release_settings()

    # -- records ---------------------------------------------------------------------------------------------------
    def create(
        self,
        release_date: date,
        place: str,
        versions: list[VersionInput],
        tags: str | list[str] = "",
        *,
        embargo_until: datetime | None = None,
        event_id: int | None = None,
        activity_id: int | None = None,
        changed_by: str = "",
    ) -> int:
        """A new draft with the lowest free reference number of its year; returns its id."""
        data = ReleaseInput(release_date, place, versions, split_tags(tags), embargo_until, event_id, activity_id)
        return self.save(data, changed_by=changed_by)

    def save(self, data: ReleaseInput, release_id: int | None = None, changed_by: str = "") -> int:
        """Create (no `release_id`) or update a release from the editor; returns its id.

        Changing the text of a release waiting for approval or approved sends it back to draft.
        """
        if data.release_date is None:
            raise ValidationError(translate("ReleaseRules", "A release needs a date."))
        for version in data.versions:
            if version.state is VersionState.FINAL and not is_version_present(
                version.state, version.headline, body_text(clean_body(version.body))
            ):
                raise ValidationError(
                    translate("ReleaseRules", "A final version needs a headline and a text ({language}).").format(
                        language=version.language
                    )
                )
        pattern = self._office.setting("release_reference_format")
        who = self._officer(changed_by)
        with self._db.session() as session:
            if release_id is None:
                year = data.release_date.year
                number = _lowest_free_number(session, year)
                release = PressRelease(
                    year=year,
                    number=number,
                    reference=format_reference(pattern, year, number),
                    status=ReleaseStatus.DRAFT.value,
                )
                release.history = [
                    ReleaseStatusChange(from_status=None, to_status=ReleaseStatus.DRAFT.value, changed_by=who)
                ]
                session.add(release)
            else:
                release = get_release(session, release_id)
                if ReleaseStatus(release.status) not in EDITABLE_STATUSES:
                    raise ValidationError(
                        translate("ReleaseRules", "A release that is “{status}” can no longer be changed.").format(
                            status=ReleaseStatus(release.status).label()
                        )
                    )
                if data.release_date.year != release.year:
                    self._move_to_year(session, release, data.release_date.year, pattern)
            release.release_date = data.release_date
            release.place = data.place.strip()
            release.tags = join_tags(data.tags)
            release.embargo_until = data.embargo_until
            release.event_id = data.event_id
            release.activity_id = data.activity_id
            changed = self._apply_versions(release, data.versions)
            if release_id is not None and changed and release.status != ReleaseStatus.DRAFT.value:
                note = translate("ReleaseRules", "The text changed; the release must be approved again.")
                _add_history(release, ReleaseStatus.DRAFT, who, note)
                release.approved_by, release.approved_at = "", None
            session.flush()
            index_versions(session, release)
            return release.id

    def _move_to_year(self, session: Session, release: PressRelease, year: int, pattern: str) -> None:
        if release.status != ReleaseStatus.DRAFT.value:
            raise ValidationError(
                translate("ReleaseRules", "Only a draft can move to another year: its reference would change.")
            )
        old_year, old_number = release.year, release.number
        release.year, release.number = year, -release.id  # out of the way while the numbers move
        release.reference = f"moving-{release.id}"
        session.flush()
        _close_gap(session, old_year, old_number, pattern)
        release.number = _lowest_free_number(session, year)
        release.reference = format_reference(pattern, year, release.number)

    @staticmethod
    def _apply_versions(release: PressRelease, versions: list[VersionInput]) -> bool:
        """Store the versions entered (an empty missing one is dropped); True when any text or state changed."""
        existing = {v.language: v for v in release.versions}
        changed = False
        for entry in versions:
            body = clean_body(entry.body)
            headline, subheadline = entry.headline.strip(), entry.subheadline.strip()
            empty = not headline and not subheadline and not body_text(body).strip()
            current = existing.get(entry.language)
            if entry.state is VersionState.MISSING and empty:
                if current is not None:
                    release.versions.remove(current)
                    changed = True
                continue
            if current is None:
                current = ReleaseVersion(language=entry.language)
                release.versions.append(current)
            before = _version_content(current) if current.id else None
            current.headline, current.subheadline, current.body = headline, subheadline, body
            current.state = entry.state.value
            changed = changed or before != _version_content(current)
        return changed

    def delete(self, release_id: int) -> None:
        """Delete a draft with its attachments; the numbers after it close up (see the module's docstring)."""
        pattern = self._office.setting("release_reference_format")
        with self._db.session() as session:
            release = get_release(session, release_id)
            if release.status != ReleaseStatus.DRAFT.value:
                raise ValidationError(
                    translate(
                        "ReleaseRules",
                        "Only a draft can be deleted. Withdraw the release instead: it keeps its number.",
                    )
                )
            stored = [a.stored_name for a in release.attachments]
            year, number = release.year, release.number
            session.delete(release)
            session.flush()
            _close_gap(session, year, number, pattern)
        self.attachments.remove_files(stored)

    # -- workflow --------------------------------------------------------------------------------------------------
    def change_status(
        self, release_id: int, target: ReleaseStatus, changed_by: str = "", note: str = ""
    ) -> ReleaseStatus:
        """Move the release to `target` if the workflow allows it, recording who and when in its history.

        Approval needs the approver's name and every required language.
        """
        who = self._officer(changed_by)
        required = self.required_languages()
        with self._db.session() as session:
            release = get_release(session, release_id)
            check_transition(ReleaseStatus(release.status), target)
            if target is ReleaseStatus.APPROVED:
                if not changed_by.strip():
                    raise ValidationError(translate("ReleaseRules", "Say who approved the release."), "who")
                check_can_approve(required, [v.language for v in release.versions if _present(v)])
                release.approved_by, release.approved_at = changed_by.strip(), utc_now()
            elif target is ReleaseStatus.DRAFT:
                release.approved_by, release.approved_at = "", None
            _add_history(release, target, who, note.strip())
            return target

    # -- reading ---------------------------------------------------------------------------------------------------
    def detail(self, release_id: int) -> ReleaseDetail:
        """Everything about one release."""
        languages = self.languages()
        with self._db.session() as session:
            release = session.scalar(
                select(PressRelease)
                .where(PressRelease.id == release_id)
                .options(
                    selectinload(PressRelease.versions),
                    selectinload(PressRelease.history),
                    selectinload(PressRelease.attachments),
                    selectinload(PressRelease.distributions),
                )
            )
            if release is None:
                raise ValidationError(translate("ReleaseRules", "The release no longer exists."))
            stored = {v.language: _version_data(v) for v in release.versions}
            order = languages + [code for code in stored if code not in languages]
            versions = {code: stored.get(code, VersionData(code, VersionState.MISSING)) for code in order}
            event = session.get(Event, release.event_id) if release.event_id else None
            activity = session.get(Activity, release.activity_id) if release.activity_id else None
            return ReleaseDetail(
                id=release.id,
                reference=release.reference,
                year=release.year,
                number=release.number,
                status=ReleaseStatus(release.status),
                release_date=release.release_date,
                place=release.place,
                embargo_until=release.embargo_until,
                tags=split_tags(release.tags),
                approved_by=release.approved_by,
                approved_at=release.approved_at,
                event_id=release.event_id,
                event_title=event.title if event else "",
                activity_id=release.activity_id,
                activity_title=activity.title if activity else "",
                versions=versions,
                history=[
                    StatusChangeRow(
                        ReleaseStatus(h.from_status) if h.from_status else None,
                        ReleaseStatus(h.to_status),
                        h.changed_at,
                        h.changed_by,
                        h.note,
                    )
                    for h in release.history
                ],
                attachments=[attachment_row(a) for a in sorted(release.attachments, key=lambda a: a.id)],
                distributions=[
                    DistributionRow(
                        d.id,
                        d.language,
                        Channel(d.channel),
                        DistributionStatus(d.status),
                        d.distributed_at,
                        d.recipient_count,
                        dict(d.details or {}),
                    )
                    for d in sorted(release.distributions, key=lambda d: (d.distributed_at, d.id))
                ],
            )

    def find_reference(self, reference: str) -> int | None:
        """The id of the release with this reference, or None."""
        with self._db.session() as session:
            return session.scalar(select(PressRelease.id).where(PressRelease.reference == reference.strip()))

    def event_choices(self, around: date, days: int = 90) -> list[Choice]:
        """Events within `days` of `around` a release can report on, nearest first."""
        with self._db.session() as session:
            return [Choice(event_id, label) for event_id, label in events_near(session, around, days)]

    def activity_choices(self, year: int) -> list[Choice]:
        """The activities of the action plan of `year` a release can serve."""
        with self._db.session() as session:
            return [Choice(activity_id, title) for activity_id, title in activities_of_year(session, year)]
