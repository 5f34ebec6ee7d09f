"""Writing contacts to CSV (UTF-8 with BOM, so Excel shows ë and č) and XLSX, in commsdesk's own layout.

One row per contact; groups by name; type, reach and language as words in the export's language; do-not-contact
people marked in their own column. Phone numbers starting with `+` are written as they are.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from commsdesk.domain.contacts import QT_TRANSLATE_NOOP, ContactRecord, OutletType, Reach
from commsdesk.i18n import LANGUAGES, catalog, format_date, language_name
from commsdesk.io.contacts_columns import LABELS, OWN_COLUMNS, header_in, yes_no
from commsdesk.reports.files import atomic_target
from commsdesk.reports.xlsx import Column, Kind, Sheet, write_workbook

Progress = Callable[[int, int], None]
SHEET_TITLE = QT_TRANSLATE_NOOP("ContactExport", "Contacts")
_DANGEROUS = ("=", "@", "\t", "\r")
_WIDTHS = {"given_name": 16, "family_name": 18, "outlet": 28, "position": 20, "notes": 40, "address": 30, "groups": 30}


def _language(code: str) -> str:
    return language_name(code) if code in LANGUAGES else code


def _joined(pairs: list[tuple[str, str]], label: str) -> str:
    return "; ".join(value for pair_label, value in pairs if pair_label == label)


def _other(pairs: list[tuple[str, str]]) -> str:
    return "; ".join(value for pair_label, value in pairs if pair_label not in LABELS or pair_label == "other")


def cells(record: ContactRecord, language: str, *, text_dates: bool) -> list[object]:
    """The row of a contact in OWN_COLUMNS order."""
    type_names = {member.value: member.label_in(language) for member in OutletType}
    reach_names = {member.value: member.label_in(language) for member in Reach}
    return _cells(record, language, type_names, reach_names, text_dates)


def _cells(record, language, type_names, reach_names, text_dates) -> list[object]:
    emails, phones = record.emails, record.phones
    until, verified = record.accredited_until, record.verified_on
    return [
        record.given_name,
        record.family_name,
        yes_no(record.do_not_contact, language),
        record.position,
        record.outlet,
        type_names.get(record.outlet_type, record.outlet_type),
        reach_names.get(record.reach, record.reach),
        _language(record.language),
        _joined(emails, "work"),
        _joined(emails, "mobile"),
        _joined(emails, "home"),
        _other(emails),
        _joined(phones, "work"),
        _joined(phones, "mobile"),
        _joined(phones, "home"),
        _other(phones),
        "; ".join(record.groups),
        record.topics,
        record.address,
        record.website,
        record.social,
        record.notes,
        yes_no(record.accredited, language),
        format_date(until) if text_dates else until,
        record.source,
        record.purpose,
        format_date(verified) if text_dates else verified,
    ]


def _rows(
    records: Iterable[ContactRecord], language: str, text_dates: bool, progress: Progress | None, total: int
) -> Iterator[list[object]]:
    type_names = {member.value: member.label_in(language) for member in OutletType}
    reach_names = {member.value: member.label_in(language) for member in Reach}
    for count, record in enumerate(records, start=1):
        if progress is not None and count % 2000 == 0:
            progress(count, total)
        yield _cells(record, language, type_names, reach_names, text_dates)


def _safe_csv(value: object) -> object:
    """A cell Excel would run as a formula (`=…`, `@…`) gets a leading apostrophe; `+383…` stays as written."""
    if isinstance(value, str) and value.startswith(_DANGEROUS):
        return "'" + value
    return value


def write_csv(
    path: Path,
    records: Iterable[ContactRecord],
    language: str,
    *,
    delimiter: str = ",",
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """The contacts as CSV (UTF-8 with BOM, `delimiter`-separated); returns how many were written."""
    count = 0
    with atomic_target(path) as target, target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([header_in(target_key, language) for target_key in OWN_COLUMNS])
        for row in _rows(records, language, True, progress, total):
            writer.writerow([_safe_csv(value) for value in row])
            count += 1
    return count


def write_xlsx(
    path: Path, records: Iterable[ContactRecord], language: str, *, progress: Progress | None = None, total: int = 0
) -> int:
    """The contacts as one XLSX sheet with real dates; text stays text (never a formula)."""
    counter = [0]

    def counted() -> Iterator[list[object]]:
        for row in _rows(records, language, False, progress, total):
            counter[0] += 1
            yield row

    columns = [
        Column(
            header_in(key, language),
            _WIDTHS.get(key, 14 if key.startswith(("email", "phone")) else 12),
            Kind.DATE if key in ("accredited_until", "verified_on") else Kind.TEXT,
        )
        for key in OWN_COLUMNS
    ]
    title = catalog(language).translate("ContactExport", SHEET_TITLE)
    write_workbook(path, [Sheet(title, columns, counted())])
    return counter[0]


FORMATS = ("xlsx", "csv", "vcf", "pdf")


def export_writer(
    fmt: str,
    path: Path,
    language: str,
    *,
    delimiter: str = ",",
    letterhead=None,
    group_by: str = "group",
    description: str = "",
    progress: Progress | None = None,
) -> Callable[[Iterator[ContactRecord], int], int]:
    """A `write(records, total)` for ContactsService.export that writes `fmt` to `path` and returns the count.

    For vcf, a `path` that is a folder gets one file per contact (what Outlook imports one at a time)."""
    from commsdesk.io.vcard import write_vcard_folder, write_vcards

    def write(records: Iterator[ContactRecord], total: int) -> int:
        if fmt == "xlsx":
            return write_xlsx(path, records, language, progress=progress, total=total)
        if fmt == "csv":
            return write_csv(path, records, language, delimiter=delimiter, progress=progress, total=total)
        if fmt == "vcf":
            if path.is_dir():
                return write_vcard_folder(path, records, language, progress, total)
            return write_vcards(path, records, language, progress, total)
        if fmt == "pdf":
            from commsdesk.reports.contacts_list import contact_list_pdf

            counted = list(records)
            contact_list_pdf(
                path,
                counted,
                letterhead=letterhead,
                language=language,
                group_by=group_by,
                description=description,
                progress=progress,
                total=total,
            )
            return len(counted)
        raise ValueError(fmt)

    return write
