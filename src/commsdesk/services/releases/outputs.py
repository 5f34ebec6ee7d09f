"""What leaves commsdesk for a release: its PDF, the e-mail drafts per language, the archive as XLSX or PDF."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from commsdesk.db.models import Distribution, PressRelease
from commsdesk.domain.contacts import distinct_addresses
from commsdesk.domain.office import Profile
from commsdesk.domain.release_body import body_text, clean_body
from commsdesk.domain.releases import Channel, DistributionStatus, clean_file_name, local_time
from commsdesk.errors import ValidationError
from commsdesk.i18n import format_date, translate
from commsdesk.io.eml import EmailAttachment, EmailDraft, write_draft
from commsdesk.services.releases.base import ServiceBase
from commsdesk.services.releases.data import ArchiveQuery, ReleaseDetail

if TYPE_CHECKING:  # the report modules load reportlab (~0.3 s): imported where a file is written, not at start-up
    from commsdesk.reports.release_archive import ArchiveEntry
    from commsdesk.reports.release_pdf import ReleaseDocument, VersionDocument

Progress = Callable[[int, int], None]


def file_stem(reference: str) -> str:
    """A file name for a reference: `2026/014` → `2026-014`."""
    return clean_file_name(reference.replace("/", "-").replace("\\", "-"), "release")


class OutputsMixin(ServiceBase):
    def profile(self) -> Profile:
        """The office profile printed on releases."""
        return self._office.profile()

    def document(self, release: ReleaseDetail, languages: Sequence[str] | None = None) -> ReleaseDocument:
        """What the PDF prints: the chosen languages that have a version (all present ones by default)."""
        from commsdesk.reports.release_pdf import ReleaseDocument, VersionDocument

        present = release.present_languages()
        wanted = [code for code in (languages or present) if code in present]
        if not wanted:
            raise ValidationError(translate("ReleaseRules", "The release has no text in the chosen language."))
        versions = [
            VersionDocument(
                code, release.versions[code].headline, release.versions[code].subheadline, release.versions[code].body
            )
            for code in wanted
        ]
        return ReleaseDocument(release.reference, release.release_date, release.place, release.embargo_until, versions)

    def write_pdf(self, release_id: int, path: Path, languages: Sequence[str] | None = None) -> Path:
        """The release's PDF: one language, or several one after the other (all present ones by default)."""
        from commsdesk.reports.release_pdf import write_release_pdf

        release = self.detail(release_id)  # type: ignore[attr-defined]
        return write_release_pdf(Path(path), self.document(release, languages), self.profile())

    def email_draft(
        self, release_id: int, language: str, bcc: Iterable[str] = (), attachment_ids: Iterable[int] = ()
    ) -> EmailDraft:
        """One language version's e-mail: to the office itself, Bcc the recipients, that language's PDF attached."""
        from commsdesk.reports.release_pdf import write_release_pdf

        release: ReleaseDetail = self.detail(release_id)  # type: ignore[attr-defined]
        profile = self.profile()
        if not profile.email.strip():
            raise ValidationError(
                translate(
                    "ReleaseRules",
                    "Enter the office's e-mail address in Settings → Office profile: the drafts are sent from it.",
                )
            )
        document = self.document(release, [language])
        version = document.versions[0]
        with tempfile.TemporaryDirectory(prefix="commsdesk-") as folder:
            pdf_name = f"{file_stem(release.reference)}-{language}.pdf"
            pdf = write_release_pdf(Path(folder) / pdf_name, document, profile)
            attachments = [EmailAttachment(pdf_name, pdf.read_bytes(), "application/pdf")]
        for attachment_id in attachment_ids:
            name, content = self.attachments.read_bytes(attachment_id)
            attachments.append(EmailAttachment(name, content))
        text, html = _email_body(release, version, profile)
        return EmailDraft(
            sender_name=profile.institution_name(language),
            sender=profile.email.strip(),
            to=profile.email.strip(),
            subject=version.headline,
            text=text,
            html=html,
            bcc=distinct_addresses(bcc),
            attachments=attachments,
            date=datetime.now().astimezone(),
        )

    def write_email_draft(
        self,
        release_id: int,
        language: str,
        path: Path,
        bcc: Iterable[str] = (),
        attachment_ids: Iterable[int] = (),
    ) -> Path:
        """Write the `.eml` draft of one language version to `path`."""
        return write_draft(Path(path), self.email_draft(release_id, language, bcc, attachment_ids))

    # -- the archive -----------------------------------------------------------------------------------------------
    def archive_entries(self, archive: ArchiveQuery, progress: Progress | None = None) -> list[ArchiveEntry]:
        """The releases the archive list shows, as the archive reports print them."""
        from commsdesk.reports.release_archive import ArchiveEntry

        rows = self.releases(archive, progress)  # type: ignore[attr-defined]
        extra: dict[int, tuple] = {}
        recipients: dict[int, int] = {}
        ids = [row.id for row in rows]
        with self._db.session() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for row in session.execute(
                    select(
                        PressRelease.id,
                        PressRelease.place,
                        PressRelease.approved_by,
                        PressRelease.approved_at,
                    ).where(PressRelease.id.in_(chunk))
                ):
                    extra[row.id] = (row.place, row.approved_by, row.approved_at)
                recipients.update(
                    session.execute(
                        select(Distribution.release_id, func.sum(Distribution.recipient_count))
                        .where(
                            Distribution.release_id.in_(chunk),
                            Distribution.channel == Channel.EMAIL.value,
                            Distribution.status != DistributionStatus.CANCELLED.value,
                        )
                        .group_by(Distribution.release_id)
                    ).all()
                )
        return [
            ArchiveEntry(
                reference=row.reference,
                release_date=row.release_date,
                status=row.status.value,
                headlines=row.headlines,
                channels=[channel.value for channel in row.channels],
                place=extra[row.id][0],
                tags=row.tags,
                approved_by=extra[row.id][1],
                approved_at=local_time(extra[row.id][2]),
                embargo_until=row.embargo_until,
                recipients=recipients.get(row.id, 0) or 0,
            )
            for row in rows
        ]

    def export_archive_xlsx(
        self, path: Path, archive: ArchiveQuery, language: str, progress: Progress | None = None
    ) -> Path:
        """The archive list (or one year of it) as a workbook."""
        from commsdesk.reports.release_archive import write_archive_xlsx

        entries = self.archive_entries(archive, progress)
        return write_archive_xlsx(Path(path), entries, self._report_languages(entries), language, archive.year)

    def export_archive_pdf(
        self, path: Path, archive: ArchiveQuery, language: str, progress: Progress | None = None
    ) -> Path:
        """The annual archive PDF: reference, date, headline per language and channels of every release."""
        from commsdesk.reports.release_archive import write_archive_pdf

        entries = self.archive_entries(archive, progress)
        languages = self._report_languages(entries)
        return write_archive_pdf(Path(path), entries, languages, self.profile(), language, archive.year)

    def _report_languages(self, entries: Sequence[ArchiveEntry]) -> list[str]:
        """The release languages, plus any other language an entry has (a setting may have changed)."""
        languages = self.languages()
        for entry in entries:
            languages += [code for code in entry.headlines if code not in languages]
        return languages


def _email_body(release: ReleaseDetail, version: VersionDocument, profile: Profile) -> tuple[str, str]:
    """The e-mail's plain text and HTML: place and date, headline, subheadline, body, "for more information"."""
    from commsdesk.reports.release_labels import report_translator

    translate = report_translator(version.language)
    place_date = ", ".join(part for part in (release.place, format_date(release.release_date)) if part)
    info_title = translate("ReleasePdf", "For more information:")
    info = [profile.officer_name, profile.institution_name(version.language), profile.phone, profile.email]
    info = [line for line in info if line]
    embargo = ""
    if release.embargo_until:
        embargo = translate("ReleasePdf", "EMBARGO: not for publication before {moment}").format(
            moment=release.embargo_until.strftime("%d.%m.%Y %H:%M")
        )
    text_parts = [embargo, place_date, version.headline.upper(), version.subheadline, body_text(version.body)]
    text = "\n\n".join(part for part in text_parts if part)
    text += "\n\n--\n" + info_title + "\n" + "\n".join(info) + "\n"
    html_parts = []
    if embargo:
        html_parts.append(f"<p><b>{escape(embargo)}</b></p>")
    html_parts.append(f"<p>{escape(place_date)}</p>")
    html_parts.append(f"<h2>{escape(version.headline)}</h2>")
    if version.subheadline:
        html_parts.append(f"<p><i>{escape(version.subheadline)}</i></p>")
    html_parts.append(clean_body(version.body))
    html_parts.append("<hr><p><b>" + escape(info_title) + "</b><br>" + "<br>".join(escape(x) for x in info) + "</p>")
    html = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' + "".join(html_parts) + "</body></html>"
    return text, html
