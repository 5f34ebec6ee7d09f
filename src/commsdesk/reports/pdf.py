"""The PDF toolkit: an embedded Unicode font, the office letterhead, "page X of Y" footers, escaped user text.

Every report builds a list of platypus flowables with the helpers here and calls `build_pdf`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from commsdesk.atomic_files import write_atomically
from commsdesk.domain.office import Profile
from commsdesk.i18n import catalog, format_date
from commsdesk.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
MARGIN = 15 * mm
HEADER_HEIGHT = 22 * mm


def register_fonts() -> None:
    """Register DejaVu Sans (it has ë ç š đ č ć ž; Helvetica has no đ ć č) once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique"
    )


def escape(text: object) -> str:
    """User text made safe for a Paragraph: `&`, `<`, `>` escaped (so no markup, no `<img src=…>`), newlines kept."""
    return _xml_escape("" if text is None else str(text)).replace("\n", "<br/>")


def stylesheet() -> StyleSheet1:
    """Paragraph styles of every report, all in the embedded font."""
    register_fonts()
    sheet = StyleSheet1()
    sheet.add(ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5))
    sheet.add(ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10))
    sheet.add(ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.8))
    sheet.add(ParagraphStyle("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=9.8))
    sheet.add(ParagraphStyle("title", fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=6))
    sheet.add(ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4))
    sheet.add(ParagraphStyle("right", fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_RIGHT))
    return sheet


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text, escaped."""
    return Paragraph(escape(text), style)


@dataclass(frozen=True)
class Letterhead:
    """What the header of every page shows: the office profile in the report's language."""

    institution: str
    lines: Sequence[str] = ()
    logo: bytes | None = None

    @classmethod
    def of(cls, profile: Profile, language: str) -> Letterhead:
        return cls(profile.institution_name(language), profile.contact_lines(), profile.logo)


def data_table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float]) -> Table:
    """A table with a bold repeated header row, wrapped escaped cells and light grid lines."""
    styles = stylesheet()
    data = [[para(text, styles["cell_bold"]) for text in header]]
    data += [[cell if isinstance(cell, Flowable) else para(cell, styles["cell"]) for cell in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def logo_reader(logo: bytes | None) -> ImageReader | None:
    """The logo as an image, or None when there is none or it is not an image reportlab can read."""
    if not logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo))
        reader.getSize()
        return reader
    except Exception:  # a damaged logo must not stop a report: it is left out
        return None


class _Decorator:
    """Draws the letterhead on each page and, once the page count is known, the footer."""

    def __init__(self, letterhead: Letterhead, language: str, printed_on: date) -> None:
        self.letterhead = letterhead
        self.logo = logo_reader(letterhead.logo)
        translate = catalog(language).translate
        self.page_text = translate("Reports", "Page {page} of {pages}")
        self.printed_text = translate("Reports", "Printed on {date}").format(date=format_date(printed_on))

    def header(self, canvas: Canvas, width: float, height: float) -> None:
        top = height - MARGIN
        left = MARGIN
        if self.logo is not None:
            logo_w, logo_h = self.logo.getSize()
            scale = (HEADER_HEIGHT - 4 * mm) / max(logo_h, 1)
            canvas.drawImage(self.logo, left, top - HEADER_HEIGHT + 4 * mm, logo_w * scale, logo_h * scale, mask="auto")
            left += logo_w * scale + 4 * mm
        canvas.setFont(FONT_BOLD, 10.5)
        canvas.drawString(left, top - 5 * mm, self.letterhead.institution)
        canvas.setFont(FONT, 8)
        for index, line in enumerate(self.letterhead.lines[:3]):
            canvas.drawString(left, top - (9.5 + 3.7 * index) * mm, line)
        canvas.setStrokeColor(colors.HexColor("#3b5a7a"))
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, top - HEADER_HEIGHT, width - MARGIN, top - HEADER_HEIGHT)

    def footer(self, canvas: Canvas, width: float, page: int, pages: int) -> None:
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, MARGIN - 6 * mm, self.printed_text)
        canvas.drawRightString(width - MARGIN, MARGIN - 6 * mm, self.page_text.format(page=page, pages=pages))


def _numbered_canvas(decorator: _Decorator) -> type[Canvas]:
    """A canvas that keeps every page until the end, so each footer can say "page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, height = self._pagesize
                decorator.header(self, width, height)
                decorator.footer(self, width, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    path: Path,
    story: list[Flowable],
    *,
    title: str,
    letterhead: Letterhead,
    language: str,
    landscape_pages: bool = False,
    printed_on: date | None = None,
) -> Path:
    """Lay out `story` on A4 (portrait or landscape) with letterhead and footer, and write it atomically."""
    register_fonts()
    page_size = landscape(A4) if landscape_pages else A4
    decorator = _Decorator(letterhead, language, printed_on or date.today())

    def write(target: Path) -> None:
        document = SimpleDocTemplate(
            str(target),
            pagesize=page_size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT + 4 * mm,
            bottomMargin=MARGIN,
            title=title,
            author=letterhead.institution,
            creator="commsdesk",
        )
        document.build(list(story), canvasmaker=_numbered_canvas(decorator))

    return write_atomically(path, write)


def content_width(landscape_pages: bool = False) -> float:
    """The width between the margins, for sizing tables."""
    page_width = landscape(A4)[0] if landscape_pages else A4[0]
    return page_width - 2 * MARGIN
