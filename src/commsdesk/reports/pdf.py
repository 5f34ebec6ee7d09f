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

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.tables import CellStyle

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
LETTERHEAD_ACCENT = colors.HexColor("#1f4e79")


def register_fonts() -> None:
    """Register DejaVu Sans (it has ë ç š đ č ć ž; Helvetica has no đ ć č) once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique"
    )
    # A table cell sets its style's font before drawing, even one holding a paragraph, and a chart its drawing's:
    # left at reportlab's Helvetica, every PDF would name a font it never embeds.
    CellStyle.fontname = FONT
    STATE_DEFAULTS["fontName"] = FONT


def _text_layer_for_every_plane() -> None:
    """reportlab (5.1) writes a character beyond U+FFFF (😀, which DejaVu Sans draws) into the text layer as five hex
    digits, which readers reject: the letter shows but cannot be copied or searched. Write it as UTF-16 instead."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "every_plane", False):
        return

    def to_unicode(fontname: str, subset: Sequence[int]) -> str:
        cmap = original(fontname, [code if code < 0x10000 else 0 for code in subset])
        for index, code in enumerate(subset):
            if code >= 0x10000:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{index:02X}> <0000>", f"<{index:02X}> <{utf16}>", 1)
        return cmap

    to_unicode.every_plane = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = to_unicode


_text_layer_for_every_plane()


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


def draw_letterhead(
    canvas: Canvas,
    letterhead: Letterhead,
    logo: ImageReader | None,
    width: float,
    height: float,
    inset: float = 6,
    accent: colors.Color = LETTERHEAD_ACCENT,
) -> None:
    """The office's letterhead across the top of a page (releases, letters): the logo, the institution's name in
    the accent colour, up to three contact lines and a rule; `inset` lines it up with text in a padded frame."""
    top, left = height - MARGIN, MARGIN + inset
    if logo is not None:
        logo_w, logo_h = logo.getSize()
        scale = (HEADER_HEIGHT - 4 * mm) / max(logo_h, 1)
        canvas.drawImage(logo, left, top - HEADER_HEIGHT + 4 * mm, logo_w * scale, logo_h * scale, mask="auto")
        left += logo_w * scale + 4 * mm
    canvas.setFillColor(accent)
    canvas.setFont(FONT_BOLD, 11)
    canvas.drawString(left, top - 5 * mm, letterhead.institution)
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT, 8)
    for index, line in enumerate(list(letterhead.lines)[:3]):
        canvas.drawString(left, top - (9.5 + 3.7 * index) * mm, line)
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN + inset, top - HEADER_HEIGHT, width - MARGIN - inset, top - HEADER_HEIGHT)


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


class PageKeepingCanvas(Canvas):
    """A canvas that keeps every page until the end and then decorates each (`decorate`), knowing them all: so that
    each footer can say "page X of Y". Its text starts in DejaVu Sans: reportlab's Helvetica is never embedded."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def decorate(self, states: list[dict], index: int, width: float, height: float) -> None:
        """Draw the header and footer of page `index` (0-based) of `states`, the kept pages."""
        raise NotImplementedError

    def save(self) -> None:
        states = self._pages
        for index, state in enumerate(states):
            self.__dict__.update(state)
            width, height = self._pagesize
            self.decorate(states, index, width, height)
            super().showPage()
        super().save()


def _numbered_canvas(decorator: _Decorator) -> type[Canvas]:
    """A canvas with the report's letterhead and "page X of Y" on every page."""

    class NumberedCanvas(PageKeepingCanvas):
        def decorate(self, states: list[dict], index: int, width: float, height: float) -> None:
            decorator.header(self, width, height)
            decorator.footer(self, width, index + 1, len(states))

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
