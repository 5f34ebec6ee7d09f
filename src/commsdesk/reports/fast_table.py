"""A long table drawn straight on the canvas: thousands of rows in seconds, where a platypus Table of Paragraphs
takes minutes.

Cells are plain text, wrapped once up front to at most `max_lines` lines of their column (the rest cut with "…"),
so every row's height is known before layout; splitting across pages only slices lists. Section headings (a
group's or an organisation's name) span the whole width and never stay alone at the bottom of a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from commsdesk.reports.pdf import FONT, FONT_BOLD, register_fonts

PADDING = 2.5
HEADER_FILL = colors.HexColor("#dde6f0")
SECTION_FILL = colors.HexColor("#eef2f7")
MARK_FILL = colors.HexColor("#fbe9e7")
GRID = colors.HexColor("#9aa8b8")
ELLIPSIS = "…"


@dataclass(frozen=True)
class FastRow:
    """A laid-out row: each cell's lines, its height, and whether it is a section heading or marked (shaded)."""

    cells: tuple[tuple[str, ...], ...]
    height: float
    heading: bool = False
    marked: bool = False


def cut(text: str, font: str, size: float, width: float, always_mark: bool = False) -> str:
    """`text` shortened to fit `width`, ending in "…" when shortened (or when `always_mark`)."""
    if not always_mark and stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS if low or always_mark else ""


@lru_cache(maxsize=50_000)
def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[str, ...]:
    """`text` wrapped to `width`, at most `max_lines` lines, each cut with "…" where text does not fit.

    Remembered: a list repeats organisations, positions, groups and languages thousands of times."""
    if not text:
        return ("",)
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return (text,)  # most cells: one measurement, no wrapping
    lines: list[str] = []
    for paragraph in str(text).splitlines() or [""]:
        lines.extend(simpleSplit(paragraph, font, size, width) or [""])
    kept = lines[:max_lines]
    left_over = len(lines) > max_lines
    return tuple(
        cut(line, font, size, width, always_mark=left_over and index == len(kept) - 1)
        for index, line in enumerate(kept)
    )


class FastTableStyle:
    def __init__(self, font_size: float = 7.5, leading: float = 9.2, max_lines: int = 2) -> None:
        self.font_size = font_size
        self.leading = leading
        self.max_lines = max_lines


def layout_rows(
    rows: Sequence[tuple[Sequence[str], bool]],
    widths: Sequence[float],
    style: FastTableStyle,
) -> list[FastRow]:
    """Data rows (cells, marked) wrapped to their columns."""
    register_fonts()
    result = []
    inner = [width - 2 * PADDING for width in widths]
    for cells, marked in rows:
        wrapped = tuple(
            fit_lines(cell, FONT, style.font_size, width, style.max_lines)
            for cell, width in zip(cells, inner, strict=True)
        )
        height = max(len(lines) for lines in wrapped) * style.leading + 2 * PADDING
        result.append(FastRow(wrapped, height, marked=marked))
    return result


def heading_row(text: str, total_width: float, style: FastTableStyle) -> FastRow:
    line = fit_lines(text, FONT_BOLD, style.font_size + 1, total_width - 2 * PADDING, 1)
    return FastRow((line,), style.leading + 1 + 2 * PADDING + 2, heading=True)


class FastTable(Flowable):
    """The table; platypus places it and splits it across pages like any flowable.

    Row heights are summed once (`_heights`), so that splitting a table of thousands of rows page after page stays
    linear; each page is drawn with one path for the fills, one for the lines and one text object for the text.
    """

    def __init__(
        self,
        header: Sequence[str] | FastRow,
        rows: Sequence[FastRow],
        widths: Sequence[float],
        style: FastTableStyle | None = None,
        _body_height: float | None = None,
    ) -> None:
        super().__init__()
        self.style = style or FastTableStyle()
        self.widths = list(widths)
        if not isinstance(header, FastRow):
            cells = tuple(
                fit_lines(text, FONT_BOLD, self.style.font_size, width - 2 * PADDING, 2)
                for text, width in zip(header, widths, strict=True)
            )
            lines = max((len(cell) for cell in cells), default=1)
            header = FastRow(cells, lines * self.style.leading + 2 * PADDING)
        self.header = header
        self.header_height = header.height
        self.rows = list(rows)
        self.body_height = sum(row.height for row in self.rows) if _body_height is None else _body_height
        self.total_width = sum(self.widths)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = self.header_height + self.body_height
        return self.total_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self.header_height
        fitted = 0
        used = 0.0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            fitted += 1
        while fitted and self.rows[fitted - 1].heading:
            fitted -= 1  # a heading goes with its first row
            used -= self.rows[fitted].height
        if fitted == 0:
            return []
        if fitted == len(self.rows):
            return [self]
        return [
            FastTable(self.header, self.rows[:fitted], self.widths, self.style, used),
            FastTable(self.header, self.rows[fitted:], self.widths, self.style, self.body_height - used),
        ]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        width = self.total_width
        rows = [(self.header, HEADER_FILL), *((row, _fill(row)) for row in self.rows)]
        tops = []
        y = self.height
        for row, _colour in rows:
            tops.append(y)
            y -= row.height if row is not self.header else self.header_height
        for colour in (HEADER_FILL, SECTION_FILL, MARK_FILL):  # one path per colour
            path = canvas.beginPath()
            found = False
            for (row, fill), top in zip(rows, tops, strict=True):
                if fill is colour:
                    height = self.header_height if row is self.header else row.height
                    path.rect(0, top - height, width, height)
                    found = True
            if found:
                canvas.setFillColor(colour)
                canvas.drawPath(path, stroke=0, fill=1)
        lines = canvas.beginPath()
        for (row, _fill_colour), top in zip(rows, tops, strict=True):
            bottom = top - (self.header_height if row is self.header else row.height)
            lines.moveTo(0, bottom)
            lines.lineTo(width, bottom)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        canvas.drawPath(lines, stroke=1, fill=0)
        text = canvas.beginText()
        text.setFillColor(colors.black)
        current_font = None
        for (row, _fill_colour), top in zip(rows, tops, strict=True):
            if row.heading:
                font, size = FONT_BOLD, style.font_size + 1
            else:
                font, size = (FONT_BOLD if row is self.header else FONT), style.font_size
            if (font, size) != current_font:
                text.setFont(font, size)
                current_font = (font, size)
            if row.heading:
                text.setTextOrigin(PADDING, top - PADDING - style.font_size - 2)
                text.textOut(row.cells[0][0])
                continue
            x = PADDING
            for cell, column_width in zip(row.cells, self.widths, strict=False):
                baseline = top - PADDING - style.font_size
                for line in cell:
                    if line:
                        text.setTextOrigin(x, baseline)
                        text.textOut(line)
                    baseline -= style.leading
                x += column_width
        canvas.drawText(text)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.rect(0, 0, width, self.height, stroke=1, fill=0)


def _fill(row: FastRow):
    if row.heading:
        return SECTION_FILL
    return MARK_FILL if row.marked else None
