"""The contacts' files, as the window and the command line both read and write them: a file opened for import, the
list exported (XLSX, CSV, vCard, PDF), everything held about one person (PDF, XLSX).

The format and report modules load openpyxl, vobject and reportlab: imported when a file is opened or written, not
with the contact list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from commsdesk.domain.contact_records import PersonalData
from commsdesk.services.contacts.exporting import ExportScope
from commsdesk.services.office import OfficeService

if TYPE_CHECKING:
    from commsdesk.io.contacts_files import ContactSource
    from commsdesk.reports.pdf import Letterhead

Progress = Callable[[int, int], None]


class FilesMixin:
    """ContactsService's files."""

    _office: OfficeService

    def open_import(self, path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> ContactSource:
        """The file to import, read and its layout recognised; rows without a language get the first release
        language. `encoding` and `delimiter` (CSV) are detected unless given."""
        from commsdesk.io.contacts_files import ContactSource

        languages = self.release_languages()  # type: ignore[attr-defined]
        return ContactSource.open(
            Path(path), languages=languages, default_language=languages[0], encoding=encoding, delimiter=delimiter
        )

    def export_file(
        self,
        path: Path,
        fmt: str,
        language: str,
        scope: ExportScope | None = None,
        *,
        delimiter: str = ",",
        group_by: str = "group",
        description: str = "",
        progress: Progress | None = None,
    ) -> int:
        """Write the contacts of `scope` (all by default) to `path` as `fmt` (xlsx, csv, vcf or pdf) in `language`;
        returns how many. A vCard `path` that is a folder gets one file per contact; the PDF list is grouped by
        `group_by` and says `description` (which contacts) under its title."""
        from commsdesk.io.contacts_export import export_writer

        write = export_writer(
            fmt,
            Path(path),
            language,
            delimiter=delimiter,
            letterhead=self._letterhead(language) if fmt == "pdf" else None,
            group_by=group_by,
            description=description,
            progress=progress,
        )
        return self.export(scope or ExportScope(), write)  # type: ignore[attr-defined]

    def write_personal_data(self, data: PersonalData, path: Path, fmt: str, language: str) -> Path:
        """Everything held about one person (see `personal_data`) as a PDF or a workbook."""
        from commsdesk.reports.contacts_personal import personal_data_pdf, personal_data_xlsx

        if fmt == "pdf":
            return personal_data_pdf(Path(path), data, letterhead=self._letterhead(language), language=language)
        return personal_data_xlsx(Path(path), data, language=language)

    def _letterhead(self, language: str) -> Letterhead:
        from commsdesk.reports.pdf import Letterhead

        return Letterhead.of(self._office.profile(), language)
