"""The archive of press releases as an annual PDF (reference, date, headline per language, channels) and as XLSX."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from commsdesk.domain.office import Profile
from commsdesk.domain.releases import release_language_name
from commsdesk.i18n import format_date
from commsdesk.reports.pdf import Letterhead, build_pdf, content_width, data_table, escape, para, stylesheet
from commsdesk.reports.release_labels import channel_name, report_translator, status_name
from commsdesk.reports.xlsx import Column, Kind, Sheet, write_workbook


@dataclass(frozen=True)
class ArchiveEntry:
    """One release as the archive lists it."""

    reference: str
    release_date: date
    status: str  # domain.releases.ReleaseStatus code
    headlines: dict[str, str] = field(default_factory=dict)  # language → headline
    channels: Sequence[str] = ()  # domain.releases.Channel codes
    place: str = ""
    tags: str = ""
    approved_by: str = ""
    approved_at: datetime | None = None
    embargo_until: datetime | None = None
    recipients: int = 0


def _title(year: int | None, language: str) -> str:
    translate = report_translator(language)
    if year:
        return translate("ReleaseArchive", "Press releases {year}").format(year=year)
    return translate("ReleaseArchive", "Press release archive")


def write_archive_pdf(
    path: Path,
    entries: Sequence[ArchiveEntry],
    languages: Sequence[str],
    profile: Profile,
    language: str,
    year: int | None = None,
) -> Path:
    """The annual archive: one row per release with its headline in every release language and its channels."""
    translate = report_translator(language)
    styles = stylesheet()
    cell = styles["cell"]
    rows = []
    for entry in entries:
        headlines = "<br/>".join(
            f"<b>{escape(code.upper())}</b> {escape(entry.headlines[code])}"
            for code in languages
            if entry.headlines.get(code)
        )
        rows.append(
            [
                entry.reference,
                format_date(entry.release_date),
                status_name(entry.status, translate),
                Paragraph(headlines, cell),
                ", ".join(channel_name(code, translate) for code in entry.channels),
            ]
        )
    width = content_width(landscape_pages=True)
    header = [
        translate("ReleaseArchive", "Reference"),
        translate("ReleaseArchive", "Date"),
        translate("ReleaseArchive", "Status"),
        translate("ReleaseArchive", "Headline ({languages})").format(
            languages=", ".join(release_language_name(code) for code in languages)
        ),
        translate("ReleaseArchive", "Channels"),
    ]
    widths = [24 * 2.835, 22 * 2.835, 26 * 2.835]
    widths += [width - sum(widths) - 48 * 2.835, 48 * 2.835]
    story: list[Flowable] = [
        para(_title(year, language), styles["title"]),
        para(translate("ReleaseArchive", "{count} releases").format(count=len(entries)), styles["body"]),
        data_table(header, rows, widths),
    ]
    return build_pdf(
        path,
        story,
        title=_title(year, language),
        letterhead=Letterhead.of(profile, language),
        language=language,
        landscape_pages=True,
    )


def write_archive_xlsx(
    path: Path, entries: Sequence[ArchiveEntry], languages: Sequence[str], language: str, year: int | None = None
) -> Path:
    """The archive as a workbook: one row per release, a headline column per release language."""
    translate = report_translator(language)
    columns = [
        Column(translate("ReleaseArchive", "Reference"), 12),
        Column(translate("ReleaseArchive", "Date"), 12, Kind.DATE),
        Column(translate("ReleaseArchive", "Place"), 14),
        Column(translate("ReleaseArchive", "Status"), 14),
    ]
    columns += [
        Column(translate("ReleaseArchive", "Headline ({language})").format(language=release_language_name(code)), 50)
        for code in languages
    ]
    columns += [
        Column(translate("ReleaseArchive", "Tags"), 20),
        Column(translate("ReleaseArchive", "Channels"), 24),
        Column(translate("ReleaseArchive", "E-mail recipients"), 12, Kind.NUMBER),
        Column(translate("ReleaseArchive", "Approved by"), 20),
        Column(translate("ReleaseArchive", "Approved on"), 16, Kind.DATETIME),
        Column(translate("ReleaseArchive", "Embargo until"), 16, Kind.DATETIME),
    ]
    rows = (
        [
            entry.reference,
            entry.release_date,
            entry.place,
            status_name(entry.status, translate),
            *(entry.headlines.get(code, "") for code in languages),
            entry.tags,
            ", ".join(channel_name(code, translate) for code in entry.channels),
            entry.recipients,
            entry.approved_by,
            entry.approved_at,
            entry.embargo_until,
        ]
        for entry in entries
    )
    return write_workbook(path, [Sheet(_title(year, language), columns, rows)])
