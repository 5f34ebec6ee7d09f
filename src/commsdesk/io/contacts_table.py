"""Reading a table of contacts from CSV (any usual encoding and separator) or XLSX, ready for column mapping."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zipfile import BadZipFile

from commsdesk.i18n import translate
from commsdesk.io.bounded_files import (
    CONTACTS,
    Limits,
    cannot_read,
    capped_lines,
    check_workbook,
    open_text,
    too_long_line,
    too_many_rows,
)

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1250", "cp1252")
DELIMITERS = (",", ";", "\t")


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


def read_csv(path: Path, encoding: str | None = None, delimiter: str | None = None, limits: Limits = CONTACTS) -> Table:
    """The table of a CSV file; encoding and separator are detected unless given. Read a line at a time: the size,
    the rows, the columns and each line's length are bounded by `limits`."""
    handle, chosen = open_text(path, limits, encoding)
    guarded = False

    def lines() -> Iterator[str]:
        nonlocal guarded
        for number, (line, whole) in enumerate(capped_lines(handle, limits.max_line), start=1):
            if not whole:
                raise too_long_line(path, number, limits.max_line)
            guarded = guarded or any(mark in line for mark in _GUARDED)  # only then can a cell be one we guarded
            yield line

    with handle:
        try:
            source = lines()
            first = next(source, "").lstrip("\ufeff")
            if first.lower().startswith("sep=") and first.endswith("\n"):  # Excel's hint line: sep=;
                delimiter = delimiter or first[4:5] or None
                first = next(source, "")
            chosen_delimiter = delimiter or detect_delimiter(first)
            reader = csv.reader(itertools.chain([first], source), delimiter=chosen_delimiter)
            header = next(reader, None)
            if header is None:
                raise cannot_read(path, translate("ContactImport", "it is empty"))
            _check_width(path, header, limits)
            body: list[tuple[int, list[str]]] = []
            for number, record in enumerate(reader, start=2):
                if len(body) == limits.max_rows:
                    raise too_many_rows(path, limits.max_rows)
                _check_width(path, record, limits)
                body.append((number, record))
        except UnicodeDecodeError as error:
            raise cannot_read(
                path, translate("ContactImport", "it is not {encoding} text").format(encoding=chosen)
            ) from error
        except csv.Error as error:
            raise cannot_read(
                path, translate("Import", "line {line} cannot be read as CSV").format(line=reader.line_num)
            ) from error
    headers = [cell.strip() for cell in header]
    if guarded:
        body = [(number, [_unguarded(cell) for cell in record]) for number, record in body]
    return Table(headers, body, chosen, chosen_delimiter)


def _check_width(path: Path, record: list, limits: Limits) -> None:
    if len(record) > limits.max_columns:
        raise cannot_read(
            path, translate("Import", "a row has more than {limit} columns").format(limit=limits.max_columns)
        )


_GUARDED = ("'=", "'@", "'+", "'-")


def _unguarded(cell: str) -> str:
    """A cell as written before commsdesk's CSV export guarded it against Excel formulas (`'=…` → `=…`)."""
    return cell[1:] if cell[:2] in _GUARDED else cell


def read_xlsx(path: Path, limits: Limits = CONTACTS) -> Table:
    """The table of the first sheet of an XLSX workbook (dates stay dates), its size, unpacked size, rows and
    columns bounded by `limits`. Data rows are read as wide as the header row; empty rows are not kept."""
    from openpyxl import load_workbook

    try:
        check_workbook(path, limits)
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as error:
        raise cannot_read(path, translate("ContactImport", "it is not an Excel workbook")) from error
    try:
        sheet = workbook.worksheets[0]
        # A sheet's declared size may be all of Excel's 16,384 columns: never read wider than the limit.
        header = next(sheet.iter_rows(max_row=1, max_col=limits.max_columns + 1, values_only=True), None)
        if header is None:
            raise cannot_read(path, translate("ContactImport", "it is empty"))
        headers = ["" if value is None else str(value).strip() for value in header]
        while headers and not headers[-1]:
            headers.pop()
        _check_width(path, headers, limits)
        rows: list[tuple[int, list[object]]] = []
        width = max(len(headers), 1)
        for number, values in enumerate(sheet.iter_rows(min_row=2, max_col=width, values_only=True), start=2):
            if any(value is not None for value in values):
                if len(rows) == limits.max_rows:
                    raise too_many_rows(path, limits.max_rows)
                rows.append((number, list(values)))
    finally:
        workbook.close()
    return Table(headers, rows)
