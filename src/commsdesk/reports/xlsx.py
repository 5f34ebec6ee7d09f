"""The XLSX toolkit: streamed sheets with a bold frozen header, auto-filter, sized columns, real dates and numbers.

Text is always stored as text: a value starting with `= + - @` never becomes a formula.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from commsdesk.atomic_files import write_atomically

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
MONEY_FORMAT = '#,##0.00 "€"'
PERCENT_FORMAT = "0%"
_FORBIDDEN_IN_TITLE = str.maketrans({c: "_" for c in "[]:*?/\\"})


class Kind(Enum):
    """How a column's values are written."""

    TEXT = "text"
    NUMBER = "number"
    MONEY = "money"  # euro cents in, euros out, with a € format
    DATE = "date"
    DATETIME = "datetime"
    PERCENT = "percent"  # 0–100 in, a percentage out


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 18
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]


def sheet_title(text: str, taken: set[str] | None = None) -> str:
    """A valid, unique sheet title (31 characters, none of `[]:*?/\\`)."""
    base = (text.translate(_FORBIDDEN_IN_TITLE).strip() or "Sheet")[:31]
    title, counter = base, 2
    while taken is not None and title.lower() in {t.lower() for t in taken}:
        suffix = f" ({counter})"
        title, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    return title


_FORMULA_STARTS = ("=", "+", "-", "@")


def _cell(sheet: Worksheet, value: object, kind: Kind) -> object:
    """The value as the sheet should hold it: plain numbers and harmless text as they are (fast), the rest as a
    styled cell."""
    if value is None or value == "":
        return None
    if kind is Kind.TEXT and isinstance(value, str):
        if not value.startswith(_FORMULA_STARTS) and not ILLEGAL_CHARACTERS_RE.search(value):
            return value
    elif kind is Kind.NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if kind is Kind.MONEY:
        cell = WriteOnlyCell(sheet, value=int(value) / 100)  # type: ignore[call-overload]
        cell.number_format = MONEY_FORMAT
    elif kind is Kind.PERCENT:
        cell = WriteOnlyCell(sheet, value=float(value) / 100)  # type: ignore[arg-type]
        cell.number_format = PERCENT_FORMAT
    elif kind is Kind.DATE and isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
    elif kind is Kind.DATETIME and isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT
    else:
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", str(value)))
        cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def _write_sheet(workbook: Workbook, spec: Sheet, taken: set[str]) -> None:
    title = sheet_title(spec.title, taken)
    taken.add(title)
    sheet = workbook.create_sheet(title)
    for index, column in enumerate(spec.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    header = []
    for column in spec.columns:
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", column.header))
        cell.data_type = "s"
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        header.append(cell)
    sheet.append(header)
    count = 1
    for row in spec.rows:
        sheet.append([_cell(sheet, value, column.kind) for value, column in zip(row, spec.columns, strict=True)])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{count}"


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> Path:
    """Write `sheets` (rows are streamed) to `path` atomically."""

    def write(target: Path) -> None:
        workbook = Workbook(write_only=True)
        taken: set[str] = set()
        for spec in sheets:
            _write_sheet(workbook, spec, taken)
        workbook.save(target)

    return write_atomically(path, write)
