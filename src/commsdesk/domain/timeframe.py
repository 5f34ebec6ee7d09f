"""Timeframes as action plans write them (`2023`, `nëntor 2023`, `mars–qershor 2023`, `Q2 2023`) → date ranges."""

from __future__ import annotations

import calendar
import re
from datetime import date

from commsdesk.domain.text import fold

# Folded month names in Albanian, Serbian (Latin) and English → month number.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("janar", "januar", "january", "jan"),
        ("shkurt", "februar", "february", "feb"),
        ("mars", "mart", "march", "mar"),
        ("prill", "april", "apr"),
        ("maj", "may"),
        ("qershor", "jun", "june"),
        ("korrik", "jul", "july"),
        ("gusht", "avgust", "august", "aug"),
        ("shtator", "septembar", "september", "sep"),
        ("tetor", "oktobar", "october", "oct", "okt"),
        ("nentor", "novembar", "november", "nov"),
        ("dhjetor", "decembar", "december", "dec", "dhj"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_DASH = r"\s*[-–—]\s*"
_DATE = r"(\d{1,2})\.(\d{1,2})\.(\d{4})"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of quarter 1–4 of `year`."""
    first_month = 3 * (quarter - 1) + 1
    return date(year, first_month, 1), _month_end(year, first_month + 2)


def parse_timeframe(text: str) -> tuple[date, date] | None:
    """The first and last day `text` covers, or None when it names no period this function understands."""
    folded = fold(text).strip().rstrip(".")
    if not folded:
        return None
    if match := re.fullmatch(r"(\d{4})", folded):
        year = int(match[1])
        return date(year, 1, 1), date(year, 12, 31)
    if match := re.fullmatch(r"(?:q|tm|k)\s*([1-4])\s*[/ ]?\s*(\d{4})", folded):
        return quarter_range(int(match[2]), int(match[1]))
    if match := re.fullmatch(rf"([a-z]+)(?:{_DASH}([a-z]+))?\s+(\d{{4}})", folded):
        first, last, year = _MONTHS.get(match[1]), _MONTHS.get(match[2] or match[1]), int(match[3])
        if first and last and first <= last:
            return date(year, first, 1), _month_end(year, last)
        return None
    if match := re.fullmatch(rf"{_DATE}(?:{_DASH}{_DATE})?", folded):
        try:
            start = date(int(match[3]), int(match[2]), int(match[1]))
            end = date(int(match[6]), int(match[5]), int(match[4])) if match[4] else start
        except ValueError:
            return None
        return (start, end) if start <= end else None
    return None


def overlaps(start: date | None, end: date | None, period_start: date, period_end: date) -> bool:
    """Whether [start, end] shares a day with [period_start, period_end]; an open timeframe overlaps everything."""
    if start is None or end is None:
        return True
    return start <= period_end and end >= period_start


def year_range(year: int) -> tuple[date, date]:
    """1 January to 31 December of `year`."""
    return date(year, 1, 1), date(year, 12, 31)


def shift_year(text: str, year: int, new_year: int) -> str:
    """A timeframe as written, moved from `year` to `new_year` (`nëntor 2023` → `nëntor 2024`)."""
    return re.sub(rf"(?<!\d){year}(?!\d)", str(new_year), text)
