"""What the registers' own tables share, whichever register they hold (document requests, journalists' enquiries):
reading one from CSV or XLSX with headers in English, Albanian or Serbian, and writing one as CSV that imports again.

A register's module says what its file holds (`TableLayout`: its columns, the names each goes by, the required ones)
and how one row becomes its record (`parse_row`: the record, or the reasons it is none, in the user's language);
`read_register` does the rest. Every row is read whole and its problems named with the row's number as a spreadsheet
shows it; the caller decides (the services reject a whole file if any row has one). A file that is no such table at
all (too big, not text or not a workbook, empty, unknown or missing columns) is refused in one sentence naming it.

A header or a word is matched `folded`: case, diacritics, `_`, `-`, dots and colons do not count.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Generic, TypeVar

from commsdesk.atomic_files import atomic_target
from commsdesk.domain.choices import SourcedChoice
from commsdesk.domain.text import fold
from commsdesk.errors import ValidationError
from commsdesk.i18n import LANGUAGES, translate
from commsdesk.io.bounded_files import Limits, cannot_read, open_bytes
from commsdesk.io.contacts_columns import text_of
from commsdesk.io.contacts_export import _guarded as formula_guarded  # the contacts' CSV guard, shared
from commsdesk.io.contacts_table import Table, read_csv, read_xlsx

Record = TypeVar("Record")
Progress = Callable[[int, int], None]
SHOWN_LENGTH = 60  # characters of a cell quoted in a message
_PUNCTUATION = re.compile(r"[\s_\-.:/()*]+")
_DATE_TIME = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})\.?(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?)?")
_ISO_DATE_TIME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?")
_NUMBERS = re.compile(r"\d+")


def folded(text: str) -> str:
    """`text` as it is matched: folded, with `_ - . : / ( ) *` and runs of spaces made one space."""
    return _PUNCTUATION.sub(" ", fold(text)).strip()


def header_names(
    columns: Iterable[str], header_in: Callable[[str, str], str], aliases: Mapping[str, str]
) -> dict[str, str]:
    """Every header a register's file may give a column (matched `folded`) → the column: its code, its name in each
    language (`header_in(column, language)`), and its `|`-separated aliases."""
    known: dict[str, str] = {}
    for column in columns:
        known[folded(column)] = column
        for language in LANGUAGES:
            known.setdefault(folded(header_in(column, language)), column)
        for alias in aliases.get(column, "").split("|"):
            if alias:
                known.setdefault(folded(alias), column)
    return known


def value_names(kind: type[SourcedChoice], aliases: Mapping[str, str]) -> dict[str, str]:
    """Every word a cell may use for a value of `kind` (matched `folded`) → its code: the code, its name in each
    language, and its `|`-separated aliases (code → aliases)."""
    words: dict[str, str] = {}
    for member in kind:
        words[folded(member.value)] = member.value
        for language in LANGUAGES:
            words.setdefault(folded(member.label_in(language)), member.value)
    for code, spellings in aliases.items():
        for alias in spellings.split("|"):
            words.setdefault(folded(alias), code)
    return words


@dataclass(frozen=True)
class TableLayout:
    """What a register's file holds: its columns in order (as messages list them), the names they go by, the ones
    every file must have, and the ones the export writes that the import leaves out (computed by commsdesk)."""

    columns: Sequence[str]
    headers: Mapping[str, str]  # folded header → column
    required: Sequence[str]
    ignored: Sequence[str] = ()


@dataclass(frozen=True)
class ReadRow(Generic[Record]):
    """A row of the file that reads as a record."""

    row: int  # as a spreadsheet numbers it: the header is row 1
    record: Record


@dataclass
class RegisterTable(Generic[Record]):
    """What a register's file holds: the rows that read as records, and every problem of the others."""

    records: list[ReadRow[Record]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row, the reasons in one sentence)

    @property
    def rows(self) -> int:
        return len(self.records) + len(self.problems)


def kind_of(path: Path) -> str:
    """`xlsx` or `csv`, by the file's name or, failing that, by its first bytes."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return "xlsx"
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        return "csv"
    with open_bytes(path) as handle:
        return "xlsx" if handle.read(4) == b"PK\x03\x04" else "csv"


def read_register(
    path: Path,
    limits: Limits,
    layout: TableLayout,
    parse_row: Callable[[dict[str, object]], tuple[Record | None, list[str]]],
    nothing_in_it: str,
) -> RegisterTable[Record]:
    """The rows of a register's file (CSV in any usual encoding and separator, or the first sheet of an XLSX), each
    parsed by `parse_row` from its cells by column; empty rows are left out.

    Raises ValidationError, naming the file, when it cannot be read as the register's table at all (`nothing_in_it`
    when it has only its header row)."""
    path = Path(path)
    table = read_xlsx(path, limits) if kind_of(path) == "xlsx" else read_csv(path, limits=limits)
    columns = _columns(path, table, layout)
    found: RegisterTable[Record] = RegisterTable()
    for number, values in table.rows:
        cells = {column: table.cell(values, index) for index, column in columns.items()}
        if all(text_of(value) == "" for value in cells.values()):
            continue
        record, reasons = parse_row(cells)
        if reasons:
            found.problems.append((number, "; ".join(reasons)))
        else:
            assert record is not None
            found.records.append(ReadRow(number, record))
    if not found.rows:
        raise ValidationError(nothing_in_it)
    return found


def _columns(path: Path, table: Table, layout: TableLayout) -> dict[int, str]:
    """Position → column of each header; ValidationError for unknown, repeated or missing columns."""
    if not any(header.strip() for header in table.headers):
        raise cannot_read(path, translate("ContactImport", "it is empty"))
    columns: dict[int, str] = {}
    unknown: list[str] = []
    for index, header in enumerate(table.headers):
        if not header.strip():
            continue  # a column without a header (a trailing separator) is left out
        column = layout.headers.get(folded(header))
        if column is None:
            unknown.append(header)
        elif column in columns.values():
            raise cannot_read(path, translate("Import", 'two columns are "{column}"').format(column=header.strip()))
        else:
            columns[index] = column
    if unknown:
        raise cannot_read(
            path,
            translate("Import", "commsdesk does not know the columns {unknown} (it reads: {known})").format(
                unknown=", ".join(f'"{name}"' for name in unknown), known=", ".join(layout.columns)
            ),
        )
    missing = [column for column in layout.required if column not in columns.values()]
    if missing:
        raise cannot_read(
            path, translate("Import", "it lacks the columns {columns}").format(columns=", ".join(missing))
        )
    return {index: column for index, column in columns.items() if column not in layout.ignored}


# -- cells -----------------------------------------------------------------------------------------------------


def shortened(text: str) -> str:
    """A cell as a message quotes it: at most SHOWN_LENGTH characters."""
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 3] + "…"


def read_moment(value: object) -> tuple[datetime, bool] | None:
    """A moment from a cell and whether it has a time of day: a real date (and time), `DD.MM.YYYY`,
    `DD.MM.YYYY HH:MM` or ISO; None when empty; ValueError otherwise. A day without a time is taken at 00:00.

    A workbook's date cell always counts as having its time (a spreadsheet cannot tell 00:00 from no time)."""
    if isinstance(value, datetime):
        moment, timed = value.replace(second=0, microsecond=0), True
    elif isinstance(value, date):
        moment, timed = datetime.combine(value, time()), False
    else:
        text = text_of(value)
        if not text:
            return None
        match = _DATE_TIME.fullmatch(text)
        if match:
            day, month, year, hour, minute = match.groups()
        else:
            match = _ISO_DATE_TIME.fullmatch(text)
            if not match:
                raise ValueError(text)
            year, month, day, hour, minute = match.groups()
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
        timed = hour is not None
    if not 1900 <= moment.year <= 2100:
        raise ValueError(value)
    return moment, timed


def parse_number(value: object, year: int | None) -> int | None:
    """A record's number within its year from a cell: `14`, or a reference such as `2026/014`, `14/2026`,
    `P-2026/014` or `ZIMP-014-2026` (the number is the figure that is not the year); None when empty; ValueError
    otherwise."""
    text = text_of(value)
    if not text:
        return None
    figures = [int(found) for found in _NUMBERS.findall(text)]
    if len(figures) == 2 and year is not None and year in figures:
        figures.remove(year)
    if len(figures) != 1 or not 0 < figures[0] < 1_000_000:
        raise ValueError(text)
    return figures[0]


def number_problem(text: str, year: int | None) -> str:
    """Why `parse_number` refused `text` as the number of a record received in `year`."""
    figures = [int(found) for found in _NUMBERS.findall(text)]
    if year is not None and len(figures) == 2 and any(1900 <= figure <= 2100 for figure in figures):
        return translate("Import", 'the number "{value}" is of another year than the received date').format(
            value=shortened(text)
        )
    return translate("Import", 'the number "{value}" is not a number').format(value=shortened(text))


def too_long(texts: Mapping[str, str], limits: Mapping[str, int]) -> list[str]:
    """A reason for each column of `texts` longer than its limit."""
    return [
        translate("Import", '"{column}" has {length} characters, more than the {limit} allowed').format(
            column=column, length=len(texts[column]), limit=limit
        )
        for column, limit in limits.items()
        if len(texts.get(column, "")) > limit
    ]


# -- writing -------------------------------------------------------------------------------------------------------


def write_register_csv(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[list[str]],
    *,
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """A register as CSV (UTF-8 with BOM, comma-separated, every field quoted, no cell a spreadsheet would run as a
    formula), headers the column codes, so that it imports again as it was; returns how many rows were written."""
    count = 0
    with atomic_target(path) as target, target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(formula_guarded(row))
            count += 1
            if progress is not None and count % 2000 == 0:
                progress(count, total)
    return count
