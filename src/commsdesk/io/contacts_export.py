"""Writing contacts to CSV (UTF-8 with BOM, so Excel shows ë and č) and XLSX, in commsdesk's own layout.

One row per contact; groups by name; type, reach and language as words in the export's language; do-not-contact
people marked in their own column. Phone numbers starting with `+` are written as they are.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from commsdesk.atomic_files import atomic_target
from commsdesk.domain.contact_records import ContactRecord, ContactTableRow
from commsdesk.domain.contacts import QT_TRANSLATE_NOOP, OutletType, Reach
from commsdesk.i18n import LANGUAGES, catalog, format_date, language_name
from commsdesk.io.contacts_columns import LABELS, OWN_COLUMNS, header_in, yes_no
from commsdesk.reports.xlsx import Column, Kind, Sheet, write_workbook

Progress = Callable[[int, int], None]
SHEET_TITLE = QT_TRANSLATE_NOOP("ContactExport", "Contacts")
# A cell a spreadsheet would run as a formula, in a row joined by NUL: where a field starts (NUL), and where a
# spreadsheet splitting a `,` file on `;` (Excel in Albanian and Serbian) or the reverse, or on the line breaks
# inside a field, starts one. `= @` tab and CR start a formula, and so do `+` and `-` except before a number that
# ends the cell or before digits in groups, as phone numbers are written (`+383 44 123 456`, lists of them): two
# numbers side by side are no formula, and without letters or `= & * ^ | ! " '` there is nothing to call.
_FIELD = "\x00"
_FORMULA_AT = re.compile(
    r"[\x00\n\r,;](?:[=@\t\r]|[+-](?!\d*(?:[.,]\d+)?(?:[\x00\n\r]|\Z)"
    r"|(?=[\d ()./+-]*(?:[\x00\n\r,;]|\Z))[\d ()./+-]*?[\d)] +[\d(]))"
)
_WIDTHS = {"given_name": 16, "family_name": 18, "outlet": 28, "position": 20, "notes": 40, "address": 30, "groups": 30}


@lru_cache(maxsize=16)
def _names(language: str) -> tuple[dict[str, str], dict[str, str], dict[str, str], str]:
    """Outlet types, reaches and languages by code, and "Yes", in `language` (looked up once per language)."""
    types = {member.value: member.label_in(language) for member in OutletType}
    reaches = {member.value: member.label_in(language) for member in Reach}
    languages = {code: language_name(code) for code in LANGUAGES}
    return types, reaches, languages, yes_no(True, language)


def _joined(pairs: list[tuple[str, str]], label: str) -> str:
    return "; ".join(value for pair_label, value in pairs if pair_label == label)


def _other(pairs: list[tuple[str, str]]) -> str:
    return "; ".join(value for pair_label, value in pairs if pair_label not in LABELS or pair_label == "other")


def table_row(record: ContactRecord) -> ContactTableRow:
    """A full record as a table row (what the table writers take)."""
    emails, phones = record.emails, record.phones
    return ContactTableRow(
        record.id,
        record.given_name,
        record.family_name,
        record.do_not_contact,
        record.position,
        record.outlet,
        record.outlet_type,
        record.reach,
        record.language,
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
        record.accredited,
        record.accredited_until,
        record.source,
        record.purpose,
        record.verified_on,
    )


def table_cells(row: ContactTableRow, language: str, *, text_dates: bool) -> list[object]:
    """The cells of a table row in OWN_COLUMNS order: names in `language`, "Yes" marks, dates as dates or text."""
    types, reaches, languages, yes = _names(language)
    until, verified = row.accredited_until, row.verified_on
    return [
        row.given_name,
        row.family_name,
        yes if row.do_not_contact else "",
        row.position,
        row.outlet,
        types.get(row.outlet_type, row.outlet_type),
        reaches.get(row.reach, row.reach),
        languages.get(row.language, row.language),
        row.email_work,
        row.email_mobile,
        row.email_home,
        row.email_other,
        row.phone_work,
        row.phone_mobile,
        row.phone_home,
        row.phone_other,
        row.groups,
        row.topics,
        row.address,
        row.website,
        row.social,
        row.notes,
        yes if row.accredited else "",
        (format_date(until) if text_dates else until) if until else None,
        row.source,
        row.purpose,
        (format_date(verified) if text_dates else verified) if verified else None,
    ]


def _rows(
    rows: Iterable[ContactTableRow | ContactRecord],
    language: str,
    text_dates: bool,
    progress: Progress | None,
    total: int,
) -> Iterator[list[object]]:
    for count, row in enumerate(rows, start=1):
        if progress is not None and count % 2000 == 0:
            progress(count, total)
        table = row if isinstance(row, ContactTableRow) else table_row(row)
        yield table_cells(table, language, text_dates=text_dates)


def _harmless(formula: re.Match[str]) -> str:
    separator, start = formula[0][0], formula[0][1:]
    if separator == _FIELD:
        return _FIELD + "'" + start  # an apostrophe, which the import takes off again
    return separator + " " + start  # inside a field: pushed off the start of the cell by a space


def _guarded(row: list) -> list:
    """The row (all text, or None), or a copy with no formula (see `_FORMULA_AT`) if it held one. One search over
    the joined row: most rows hold none and are written as read, and 50,000 rows cost hardly more than writing."""
    joined = _FIELD + _FIELD.join([value or "" for value in row])
    if not _FORMULA_AT.search(joined):
        return row
    if joined.count(_FIELD) > len(row):  # a NUL of its own (stored before text was cleaned) would shift the fields
        return _guarded([value.replace(_FIELD, "") if value else value for value in row])
    return _FORMULA_AT.sub(_harmless, joined)[1:].split(_FIELD)


def write_csv(
    path: Path,
    records: Iterable[ContactTableRow | ContactRecord],
    language: str,
    *,
    delimiter: str = ",",
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """The contacts as CSV (UTF-8 with BOM, `delimiter`-separated); returns how many were written."""
    count = 0
    with atomic_target(path) as target, target.open("w", encoding="utf-8-sig", newline="") as handle:
        # Every field quoted: also those holding the other separator, which Excel in Albanian and Serbian splits on.
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow([header_in(target_key, language) for target_key in OWN_COLUMNS])
        for row in _rows(records, language, True, progress, total):
            writer.writerow(_guarded(row))
            count += 1
    return count


def write_xlsx(
    path: Path,
    records: Iterable[ContactTableRow | ContactRecord],
    language: str,
    *,
    progress: Progress | None = None,
    total: int = 0,
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

    def write(records: Iterator, total: int) -> int:
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

    write.table = fmt in ("csv", "xlsx")  # type: ignore[attr-defined]  # the service then streams table rows
    return write
