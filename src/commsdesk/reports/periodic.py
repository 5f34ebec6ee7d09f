"""What the registers' reports for a period share (the report to the Information and Privacy Agency, the report on
journalists' enquiries): the period's name and the report's file name in the report's language, numbers written as
that language writes them, and the plain shape of their contents — key figures and breakdowns — that their PDF
(`figures_pdf`) and their workbook (`figures_xlsx`) both lay out.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from commsdesk.domain.figures import share
from commsdesk.i18n import catalog, format_date, format_money

Translate = Callable[[str, str], str]
_UNSAFE_IN_NAME = re.compile(r'[\s/\\:*?"<>|]+')

__all__ = [
    "Breakdown",
    "Figure",
    "Line",
    "decimal",
    "is_year",
    "period_file_name",
    "period_title",
    "quarter_of",
    "share",
    "short_period",
    "translator",
]


def translator(language: str) -> Translate:
    """`translate(context, text)` in `language`, whatever the window speaks."""
    return catalog(language).translate


def quarter_of(first: date, last: date) -> int | None:
    """The quarter `first`–`last` is exactly, if it is one."""
    if first.year != last.year or first.day != 1 or (first.month - 1) % 3:
        return None
    end_month = first.month + 2
    if last != date(first.year, end_month, monthrange(first.year, end_month)[1]):
        return None
    return (first.month - 1) // 3 + 1


def is_year(first: date, last: date) -> bool:
    return first == date(first.year, 1, 1) and last == date(first.year, 12, 31)


def period_title(first: date, last: date, language: str) -> str:
    """`Year 2026`, `Quarter 2 of 2026` or `01.03.2026 – 15.05.2026`."""
    translate = translator(language)
    if is_year(first, last):
        return translate("Reports", "Year {year}").format(year=first.year)
    quarter = quarter_of(first, last)
    if quarter is not None:
        return translate("Reports", "Quarter {quarter} of {year}").format(quarter=quarter, year=first.year)
    return translate("Reports", "{first} – {last}").format(first=format_date(first), last=format_date(last))


def short_period(first: date, last: date) -> str:
    """`2026`, `2026 Q2` or `01.03.2026–15.05.2026` (for a sheet's title)."""
    if is_year(first, last):
        return str(first.year)
    quarter = quarter_of(first, last)
    if quarter is not None:
        return f"{first.year} Q{quarter}"
    return f"{format_date(first)}–{format_date(last)}"


def period_file_name(stem: str, first: date, last: date, language: str, kind: str) -> str:
    """A report's file name: `stem-2026.pdf`, `stem-2026-q2.pdf` (the quarter as the report's language writes it)
    or, for a date range, `stem-2026-03-01_2026-05-15.pdf`; nothing in it a file system refuses."""
    translate = translator(language)
    if is_year(first, last):
        period = str(first.year)
    elif (quarter := quarter_of(first, last)) is not None:
        period = translate("Reports", "{year}-q{quarter}").format(year=first.year, quarter=quarter)
    else:
        period = f"{first.isoformat()}_{last.isoformat()}"
    return _UNSAFE_IN_NAME.sub("-", f"{stem}-{period}").strip("-.") + f".{kind}"


def decimal(value: float | None, language: str) -> str:
    """`4,5` (sq, sr) or `4.5` (en); whole numbers without decimals; a dash for none."""
    if value is None:
        return "–"
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return text if language == "en" else text.replace(".", ",")


@dataclass(frozen=True)
class Figure:
    """One key figure: its column in the workbook, its label, and its value.

    `kind`: a count, days or hours (decimals), cents (money), or a percentage (0–100)."""

    key: str
    label: str
    value: int | float | None
    kind: str = "count"  # count, days, hours, money or percent

    def shown(self, language: str) -> str:
        if self.kind == "money":
            return format_money(int(self.value or 0), language)
        if self.kind in ("days", "hours"):
            return decimal(self.value, language)
        if self.kind == "percent":
            return "–" if self.value is None else f"{self.value:.0f} %"
        return str(self.value)


@dataclass(frozen=True)
class Line:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class Breakdown:
    """One table of the report: its lines, whether they add up to a total, and what it says when it has none."""

    key: str
    title: str
    column: str  # the header of its first column
    lines: list[Line]
    total: int | None
    empty: str = ""

    @property
    def base(self) -> int:
        """What the lines' shares are of: the total, or the lines' sum."""
        return self.total if self.total is not None else sum(line.count for line in self.lines)
