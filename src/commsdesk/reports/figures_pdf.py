"""The PDF tables of the registers' reports for a period (`periodic`): key figures as label and value, and each
breakdown as label, count and share with its total, on the report's A4 page in the embedded font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from commsdesk.reports.pdf import FONT, FONT_BOLD, content_width, escape
from commsdesk.reports.periodic import Breakdown, Figure, share, translator

WIDTH = content_width() - 12  # the frame's own padding, 6 pt each side
HEADER_FILL = colors.HexColor("#dde6f0")
TOTAL_FILL = colors.HexColor("#f0f3f7")
GRID = colors.HexColor("#9aa8b8")
NUMBER_WIDTH = 70.0
ROW_HEIGHT = 13.8  # a one-line row: 9.8 pt leading and 2 × 2 pt padding


def grid_table(rows: Sequence[Sequence[object]], widths: Sequence[float], *, header: bool, total: bool) -> Table:
    """A grid of plain-string cells (numbers right-aligned), with a bold header row and total row if asked."""
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 9.8),  # as the Paragraph cells' style
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD)]
    if total:
        commands += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)]
    table = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=1 if header else 0)
    table.setStyle(TableStyle(commands))
    return table


def key_figures_table(figures: Sequence[Figure], language: str, styles: StyleSheet1) -> Table:
    """The key figures, one a row: the label (wrapped) and the value as the report's language writes it."""
    rows = [[Paragraph(escape(figure.label), styles["cell"]), figure.shown(language)] for figure in figures]
    return grid_table(rows, [WIDTH - NUMBER_WIDTH * 1.4, NUMBER_WIDTH * 1.4], header=False, total=False)


def breakdown_flowables(part: Breakdown, count_header: str, language: str, styles: StyleSheet1) -> list[Flowable]:
    """A breakdown's heading and table (label, `count_header`, %), with its total; its `empty` sentence if it has no
    lines."""
    # A short table starts on a new page rather than leave a row or two behind; a long one may split anywhere.
    height = 12 * mm + (len(part.lines) + 2) * ROW_HEIGHT
    story: list[Flowable] = [CondPageBreak(min(height, 100 * mm)), Paragraph(escape(part.title), styles["heading"])]
    if not part.lines:
        return [*story, Paragraph(escape(part.empty), styles["body"])]
    translate = translator(language)
    rows: list[list[object]] = [[Paragraph(escape(part.column), styles["cell_bold"]), count_header, "%"]]
    rows += [
        [Paragraph(escape(line.label), styles["cell"]), str(line.count), f"{share(line.count, part.base):.0f} %"]
        for line in part.lines
    ]
    if part.total is not None:
        rows.append([translate("Reports", "Total"), str(part.total), "100 %" if part.total else "0 %"])
    widths = [WIDTH - 2 * NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH]
    return [*story, grid_table(rows, widths, header=True, total=part.total is not None)]
