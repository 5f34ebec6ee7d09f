"""What the registers' cases share (document requests, journalists' enquiries): their list opening and a search
measured through the service's `count` and `page` (as the paged model calls them) against the same SQL with bare
sqlite3, and the bare reportlab layout of a report's tables.

- The list: what the tab reads when it opens (the count and the first page) and one keystroke of a search (the same
  with the search words); the references run the same LIKE on the folded search key and the same ORDER BY.
- A report's PDF reference lays out its tables (key figures, breakdowns, a long list) with reportlab's own Table
  and plain strings, in the report's font on the same page, with no app code: as one usually writes it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from benchmarks.context import Context
from benchmarks.harness import Result, Stats, alternate
from commsdesk.domain.text import fold
from commsdesk.reports.pdf import FONT, register_fonts, stylesheet

PAGE = 200


@dataclass(frozen=True)
class ListCase:
    """A register's list as the tab reads it, and the same in bare SQL."""

    noun: str  # "request", "enquiry": the cases are named after it
    plural: str  # "requests", "enquiries": what the descriptions count
    service: Any  # the register's page source: count(filter), page(filter, sort, offset, limit)
    filter_of: Callable[[str], Any]  # the list's filter with these search words
    sort: Any
    table: str
    columns: str  # what the page reads, bare
    order: str  # the list's ORDER BY, bare
    count: int  # how many records the register holds
    detail: str = ""  # what the page computes besides its columns, for the case's description


def first_page(context: Context, case: ListCase) -> Result:
    """What the register's tab reads when it opens: the count and the first page."""
    empty = case.filter_of("")

    def ours() -> None:
        case.service.count(empty)
        case.service.page(empty, case.sort, 0, PAGE)

    connection = sqlite3.connect(context.database)

    def bare() -> None:
        connection.execute(f"SELECT COUNT(*) FROM {case.table}").fetchone()
        connection.execute(f"SELECT {case.columns} FROM {case.table} {case.order} LIMIT ?", (PAGE,)).fetchall()

    measured, reference = alternate([ours, bare], context.repeat * 4)
    connection.close()
    detail = f", {case.detail}" if case.detail else ""
    result = Result(
        f"{case.noun} list opens",
        f"count and first page ({PAGE} rows{detail}) of {case.count:,} {case.plural}",
        "median ≤ 50 ms",
        measured=measured,
        reference=reference,
        reference_what="the bare count and page with sqlite3",
    )
    result.passed = measured.median <= 0.050
    return result


def search(context: Context, case: ListCase, queries: Sequence[str]) -> Result:
    """One keystroke of a search: the count and first page with the words typed so far."""
    samples, raw = [], []
    connection = sqlite3.connect(context.database)
    for round_number in range(context.repeat + 1):
        for query in queries:
            list_filter = case.filter_of(query)
            start = time.perf_counter()
            case.service.count(list_filter)
            case.service.page(list_filter, case.sort, 0, PAGE)
            taken = time.perf_counter() - start
            words = [f"%{word}%" for word in fold(query).split()]
            where = " AND ".join("search_key LIKE ?" for _ in words)
            start = time.perf_counter()
            connection.execute(f"SELECT COUNT(*) FROM {case.table} WHERE {where}", words).fetchone()
            connection.execute(
                f"SELECT {case.columns} FROM {case.table} WHERE {where} {case.order} LIMIT ?", (*words, PAGE)
            ).fetchall()
            if round_number:  # the first round warms up
                samples.append(taken)
                raw.append(time.perf_counter() - start)
    connection.close()
    result = Result(
        f"{case.noun} search",
        f"one keystroke → count and first page of {case.count:,} {case.plural}, 1–8 letters, "
        "with and without diacritics",
        "median ≤ 50 ms, p95 ≤ 100 ms",
        measured=Stats(samples),
        reference=Stats(raw),
        reference_what="the same LIKE on the folded key with sqlite3",
    )
    result.passed = result.measured.median <= 0.050 and result.measured.p95 <= 0.100
    return result


def bare_pdf(path: Path, tables: list[tuple[str, list[list[str]]]]) -> None:
    """(heading, rows with the header first or none) laid out with reportlab's Table: a label column wrapped as a
    Paragraph where a table has two or three columns (key figures, breakdowns), plain strings in a wider one (a
    list), on A4 in the report's font."""
    register_fonts()
    styles = stylesheet()
    width = A4[0] - 30 * mm - 12
    story: list = []
    for heading, rows in tables:
        if heading:
            story.append(Paragraph(heading, styles["heading"]))
        columns = len(rows[0])
        if columns <= 3:
            data: list[list[object]] = [[Paragraph(row[0], styles["cell"]), *row[1:]] for row in rows]
            widths = [width - 140, 140] if columns == 2 else [width - 140, 70, 70]
        else:
            data = [list(row) for row in rows]
            widths = [width / columns] * columns
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("FONTSIZE", (0, 0), (-1, -1), 8 if columns <= 3 else 7.5),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT" if columns <= 3 else "LEFT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    margin = 15 * mm
    document = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin + 26 * mm
    )
    document.build(story)
