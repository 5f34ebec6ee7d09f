"""A press release as PDF: one language version on the office letterhead in that language, or all of them together.

Each version starts on a new page with the letterhead in its own language; page numbers count within a version
("Page 1 of 2"), so every language can be printed or sent on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from commsdesk.atomic_files import write_atomically
from commsdesk.domain.office import Profile
from commsdesk.domain.release_body import Block, parse_body
from commsdesk.i18n import format_date, format_datetime
from commsdesk.reports.pdf import (
    FONT,
    FONT_BOLD,
    HEADER_HEIGHT,
    LETTERHEAD_ACCENT,
    MARGIN,
    Letterhead,
    PageKeepingCanvas,
    draw_letterhead,
    escape,
    logo_reader,
    register_fonts,
)
from commsdesk.reports.release_labels import report_translator

ACCENT = LETTERHEAD_ACCENT
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame's width inside its 6 pt padding


@dataclass(frozen=True)
class VersionDocument:
    language: str
    headline: str
    subheadline: str = ""
    body: str = ""  # the stored HTML subset


@dataclass(frozen=True)
class ReleaseDocument:
    """What a release PDF prints; `versions` in the order they are printed."""

    reference: str
    release_date: date
    place: str = ""
    embargo_until: datetime | None = None
    versions: list[VersionDocument] = field(default_factory=list)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "kind": ParagraphStyle("kind", fontName=FONT_BOLD, fontSize=11, leading=14, textColor=ACCENT),
        "meta": ParagraphStyle("meta", fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_RIGHT),
        "embargo": ParagraphStyle("embargo", fontName=FONT_BOLD, fontSize=9.5, leading=12.5, textColor="#9c1c1c"),
        "headline": ParagraphStyle("headline", fontName=FONT_BOLD, fontSize=17, leading=21.5, spaceBefore=8),
        "subheadline": ParagraphStyle(
            "subheadline", fontName="DejaVuSans-Oblique", fontSize=11.5, leading=15, spaceBefore=4, textColor="#333333"
        ),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15, spaceAfter=7),
        "item": ParagraphStyle("item", fontName=FONT, fontSize=10.5, leading=15, spaceAfter=2),
        "info_title": ParagraphStyle("info_title", fontName=FONT_BOLD, fontSize=9.5, leading=13),
        "info": ParagraphStyle("info", fontName=FONT, fontSize=9, leading=12.5),
    }


def _markup(block: Block) -> str:
    """A block's runs as reportlab markup: escaped text, `<b>`, `<i>`, `<br/>`."""
    parts = []
    for run in block.runs:
        text = escape(run.text)
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def body_flowables(body: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Paragraphs and bullet lists of a stored body."""
    flowables: list[Flowable] = []
    items: list[ListItem] = []

    def close_list() -> None:
        if items:
            flowables.append(
                ListFlowable(list(items), bulletType="bullet", start="•", leftIndent=14, bulletFontName=FONT)
            )
            flowables.append(Spacer(1, 5))
            items.clear()

    for block in parse_body(body):
        if block.kind == "li":
            items.append(ListItem(Paragraph(_markup(block), styles["item"]), leftIndent=14))
        else:
            close_list()
            flowables.append(Paragraph(_markup(block), styles["body"]))
    close_list()
    return flowables


class _Section(Flowable):
    """Marks where a language version begins, so that the pages after it get that language's letterhead."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.section_language = self.language  # type: ignore[attr-defined]


def _contact_block(profile: Profile, language: str, styles: dict[str, ParagraphStyle]) -> Flowable:
    translate = report_translator(language)
    lines = [profile.officer_name, profile.institution_name(language)]
    if profile.phone:
        lines.append(translate("ReleasePdf", "Phone: {phone}").format(phone=profile.phone))
    if profile.email:
        lines.append(translate("ReleasePdf", "E-mail: {email}").format(email=profile.email))
    if profile.website:
        lines.append(profile.website)
    content = [Paragraph(escape(translate("ReleasePdf", "For more information:")), styles["info_title"])]
    content += [Paragraph(escape(line), styles["info"]) for line in lines if line]
    table = Table([[content]], colWidths=[WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([Spacer(1, 10), table])


def _version_story(
    document: ReleaseDocument, version: VersionDocument, profile: Profile, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    translate = report_translator(version.language)
    place_date = ", ".join(part for part in (document.place, format_date(document.release_date)) if part)
    meta = "<br/>".join(
        escape(text)
        for text in (translate("ReleasePdf", "Ref. {reference}").format(reference=document.reference), place_date)
    )
    heading = Table(
        [
            [
                Paragraph(escape(translate("ReleasePdf", "PRESS RELEASE")), styles["kind"]),
                Paragraph(meta, styles["meta"]),
            ]
        ],
        colWidths=[WIDTH * 0.55, WIDTH * 0.45],
    )
    heading.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Flowable] = [_Section(version.language), heading]
    if document.embargo_until:
        embargo = translate("ReleasePdf", "EMBARGO: not for publication before {moment}").format(
            moment=format_datetime(document.embargo_until)
        )
        story.append(Paragraph(escape(embargo), styles["embargo"]))
    story.append(Paragraph(escape(version.headline), styles["headline"]))
    if version.subheadline:
        story.append(Paragraph(escape(version.subheadline), styles["subheadline"]))
    story.append(Spacer(1, 10))
    story += body_flowables(version.body, styles)
    story.append(_contact_block(profile, version.language, styles))
    return story


def _canvas_class(profile: Profile, reference: str) -> type[Canvas]:
    """A canvas that keeps every page, then draws each one's letterhead and "page X of Y" within its language."""
    logo = logo_reader(profile.logo)

    def header(canvas: Canvas, language: str, width: float, height: float) -> None:
        draw_letterhead(canvas, Letterhead.of(profile, language), logo, width, height, inset=6, accent=ACCENT)

    def footer(canvas: Canvas, language: str, width: float, page: int, pages: int) -> None:
        translate = report_translator(language)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN + 6, MARGIN - 6 * mm, reference)
        text = translate("Reports", "Page {page} of {pages}").format(page=page, pages=pages)
        canvas.drawRightString(width - MARGIN - 6, MARGIN - 6 * mm, text)

    class ReleaseCanvas(PageKeepingCanvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self.section_language = "en"

        def decorate(self, states: list[dict], index: int, width: float, height: float) -> None:
            # Pages are numbered within their language's section.
            languages = [state["section_language"] for state in states]
            language = languages[index]
            first = index
            while first > 0 and languages[first - 1] == language:
                first -= 1
            last = index
            while last + 1 < len(languages) and languages[last + 1] == language:
                last += 1
            header(self, language, width, height)
            footer(self, language, width, index - first + 1, last - first + 1)

    return ReleaseCanvas


def write_release_pdf(path: Path, document: ReleaseDocument, profile: Profile) -> Path:
    """Write the release's versions (one or several, each from a new page) to `path`, atomically."""
    styles = _styles()
    story: list[Flowable] = []
    for index, version in enumerate(document.versions):
        if index:
            story.append(PageBreak())
        story += _version_story(document, version, profile, styles)
    first = document.versions[0] if document.versions else None
    title = f"{document.reference} – {first.headline}" if first else document.reference

    def write(target: Path) -> None:
        template = SimpleDocTemplate(
            str(target),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT + 6 * mm,
            bottomMargin=MARGIN + 2 * mm,
            title=title,
            author=profile.institution_name(first.language if first else "sq"),
            creator="commsdesk",
        )
        template.build(story, canvasmaker=_canvas_class(profile, document.reference))

    return write_atomically(path, write)
