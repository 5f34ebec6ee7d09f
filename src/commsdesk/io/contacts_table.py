"""Reading a table of contacts from CSV (any usual encoding and separator) or XLSX, ready for column mapping."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zipfile import BadZipFile

from commsdesk.errors import ValidationError
from commsdesk.i18n import translate

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1250", "cp1252")
DELIMITERS = (",", ";", "\t")
# Letters of Albanian and Serbian that tell the two Windows code pages apart: read as the wrong one, Serbian
# č ć đ become è æ ð, and West-European accents become ŕ ĺ ń ę.
_OURS = set("ëËçÇšŠđĐčČćĆžŽ")
_WRONG_1252 = set("èÈæÆðÐ")
_WRONG_1250 = set("ŕĺńęűňăřśťźľąşţőŔĹŃĘŰŇĂŘŚŤŹĽĄŞŢŐ")


@dataclass
class Table:
    """The cells of a file: a header row and the data rows, each with its row number as a spreadsheet shows it."""

    headers: list[str]
    rows: list[tuple[int, list[object]]]
    encoding: str = ""
    delimiter: str = ""
    notes: list[str] = field(default_factory=list)

    def cell(self, values: list[object], column: int) -> object:
        return values[column] if column < len(values) else None


def _cannot_read(path: Path, reason: str) -> ValidationError:
    return ValidationError(
        translate("ContactImport", "The file {path} cannot be read: {reason}").format(path=path.name, reason=reason)
    )


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1250 or -1252, whichever reads more like text."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scores = {}
    for encoding, wrong in (("cp1250", _WRONG_1250), ("cp1252", _WRONG_1252)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scores[encoding] = sum(c in _OURS for c in text) - 3 * sum(c in wrong for c in text)
    if not scores:
        return "cp1250"
    return max(scores, key=lambda code: (scores[code], code == "cp1250"))


def detect_delimiter(text: str) -> str:
    """The separator of the header line (outside quotes): comma, semicolon or tab, whichever occurs most."""
    first = text.split("\n", 1)[0]
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """The table of a CSV file; encoding and separator are detected unless given."""
    data = _read_bytes(path)
    chosen = encoding or detect_encoding(data)
    try:
        text = data.decode(chosen)
    except (UnicodeDecodeError, LookupError) as error:
        raise _cannot_read(
            path, translate("ContactImport", "it is not {encoding} text").format(encoding=chosen)
        ) from error
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if text.lower().startswith("sep=") and "\n" in text:  # Excel's hint line: sep=;
        hint, text = text.split("\n", 1)
        delimiter = delimiter or hint[4:5] or None
    chosen_delimiter = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=chosen_delimiter)
    try:
        records = list(reader)
    except csv.Error as error:
        raise _cannot_read(path, str(error)) from error
    if not records:
        raise _cannot_read(path, translate("ContactImport", "it is empty"))
    headers = [cell.strip() for cell in records[0]]
    body: list[list[str]] = records[1:]
    if any(mark in text for mark in _GUARDED):  # only then can a cell be one that commsdesk guarded
        body = [[_unguarded(cell) for cell in record] for record in body]
    return Table(headers, list(enumerate(body, start=2)), chosen, chosen_delimiter)


_GUARDED = ("'=", "'@", "'+", "'-")


def _unguarded(cell: str) -> str:
    """A cell as written before commsdesk's CSV export guarded it against Excel formulas (`'=…` → `=…`)."""
    return cell[1:] if cell[:2] in _GUARDED else cell


def read_xlsx(path: Path) -> Table:
    """The table of the first sheet of an XLSX workbook (dates stay dates)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as error:
        raise _cannot_read(path, translate("ContactImport", "it is not an Excel workbook")) from error
    try:
        sheet = workbook.worksheets[0]
        rows_iter: Iterator[tuple] = sheet.iter_rows(values_only=True)
        header = next(rows_iter, None)
        if header is None:
            raise _cannot_read(path, translate("ContactImport", "it is empty"))
        headers = ["" if value is None else str(value).strip() for value in header]
        rows = [(number, list(values)) for number, values in enumerate(rows_iter, start=2)]
    finally:
        workbook.close()
    while headers and not headers[-1]:
        headers.pop()
    return Table(headers, rows)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise ValidationError(translate("Errors", "The file {path} does not exist.").format(path=path)) from error
    except OSError as error:
        raise ValidationError(
            translate("Errors", "The file {path} cannot be read: {reason}").format(path=path, reason=error.strerror)
        ) from error
