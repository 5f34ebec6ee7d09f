"""The workbook sheets of the registers' reports for a period (`periodic`): the key figures as one row (so that the
rows of several periods can be put side by side) and every breakdown as rows of section, item, count, share and
code. Counts, shares, days, hours and money are numbers; the period's days are dates."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime

from commsdesk.reports.periodic import Breakdown, Figure, share, translator
from commsdesk.reports.xlsx import Column, Kind, Sheet

FIGURE_KINDS = {
    "count": Kind.NUMBER,
    "days": Kind.NUMBER,
    "hours": Kind.NUMBER,
    "money": Kind.MONEY,
    "percent": Kind.PERCENT,
}


def summary_sheet(
    title: str, first: date, last: date, as_of: date | datetime | None, figures: Sequence[Figure], language: str
) -> Sheet:
    """The period (from, to, as of) and every key figure, as one row under their labels."""
    translate = translator(language)
    columns = [
        Column(translate("Reports", "From"), 11, Kind.DATE),
        Column(translate("Reports", "To"), 11, Kind.DATE),
        Column(translate("Reports", "As of"), 16 if isinstance(as_of, datetime) else 11, _moment_kind(as_of)),
        *(Column(figure.label, 14, FIGURE_KINDS[figure.kind]) for figure in figures),
    ]
    return Sheet(title, columns, [[first, last, as_of, *(figure.value for figure in figures)]])


def _moment_kind(value: date | datetime | None) -> Kind:
    return Kind.DATETIME if isinstance(value, datetime) else Kind.DATE


def breakdown_sheet(title: str, parts: Sequence[Breakdown], count_header: str, language: str) -> Sheet:
    """Every breakdown's lines (and total) as rows: table, item, count (`count_header`), share, code."""
    translate = translator(language)

    def lines() -> Iterator[list[object]]:
        for part in parts:
            for line in part.lines:
                yield [part.title, line.label, line.count, share(line.count, part.base), line.code]
            if part.total is not None:
                yield [part.title, translate("Reports", "Total"), part.total, 100 if part.total else 0, ""]

    columns = [
        Column(translate("Reports", "Table"), 44),
        Column(translate("Reports", "Item"), 48),
        Column(count_header, 11, Kind.NUMBER),
        Column(translate("Reports", "Share"), 9, Kind.PERCENT),
        Column(translate("Reports", "Code"), 18),
    ]
    return Sheet(title, columns, lines())
