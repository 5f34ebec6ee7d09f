"""A standard letter of a document request as PDF, on the office's letterhead in the letter's language.

Plain data in (the rendered blocks, the recipient, the number and date), a file out. Everything printed is escaped:
a subject or a harm test with `&`, `<b>` or quotes is printed as typed, never read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from commsdesk.atomic_files import write_atomically
from commsdesk.domain.office import Profile
from commsdesk.domain.request_letters import LetterBlock
from commsdesk.i18n import catalog
from commsdesk.reports.pdf import (
    FONT,
    FONT_BOLD,
    HEADER_HEIGHT,
    MARGIN,
    Letterhead,
    PageKeepingCanvas,
    draw_letterhead,
    escape,
    logo_reader,
    register_fonts,
)

INSET = 6  # the frame's padding: text and letterhead line up


@dataclass(frozen=True)
class LetterDocument:
    """What a letter prints: who it is to, its number and date, its subject line and its paragraphs."""

    language: str
    reference: str  # printed in the footer
    title: str  # the subject line
    subject_label: str  # "Lënda", "Predmet", "Subject"
    meta: Sequence[str] = ()  # at the top, on the right: "Nr. 2026/003", "Kaçanik, 04.12.2026"
    recipient: Sequence[str] = ()  # below it, on the left: the requester's name and address lines
    blocks: Sequence[LetterBlock] = field(default_factory=tuple)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "body": ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15, spaceAfter=7),
        "meta": ParagraphStyle("meta", fontName=FONT, fontSize=10, leading=14, alignment=TA_RIGHT),
        "recipient": ParagraphStyle("recipient", fontName=FONT, fontSize=10.5, leading=14.5),
        "subject": ParagraphStyle("subject", fontName=FONT_BOLD, fontSize=11, leading=15, spaceAfter=10),
        "heading": ParagraphStyle(
            "heading", fontName=FONT_BOLD, fontSize=10.5, leading=15, spaceBefore=3, spaceAfter=5
        ),
        "signature": ParagraphStyle("signature", fontName=FONT, fontSize=10.5, leading=15, spaceBefore=8 * mm),
        "title": ParagraphStyle(
            "title", fontName=FONT_BOLD, fontSize=12, leading=16, alignment=TA_CENTER, spaceBefore=4, spaceAfter=9
        ),
    }


def printable(text: str) -> str:
    """`text` with what the embedded font cannot draw shown as `�`: a visible mark instead of an empty box."""
    register_fonts()
    known = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph
    if all(ord(c) in known or c in "\n\t" for c in text):
        return text
    return "".join(c if ord(c) in known or c in "\n\t" else "\ufffd" for c in text)


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(printable(text)), style)


def _lines(lines: Sequence[str], style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(escape(printable(line)) for line in lines), style)


def letter_story(document: LetterDocument) -> list[Flowable]:
    """The letter's flowables: number and date, recipient, the subject line, the paragraphs; the last two (the closing
    and the signature) kept together, with room above the signature to sign."""
    styles = _styles()
    subject = f"{document.subject_label}: {document.title}" if document.subject_label else document.title
    story: list[Flowable] = [_lines(document.meta, styles["meta"]), Spacer(1, 4 * mm)]
    if document.recipient:  # no table: a long address may run over a page like any paragraph
        story.append(_lines(document.recipient, styles["recipient"]))
    story += [Spacer(1, 9 * mm), _paragraph(subject, styles["subject"])]
    paragraphs = [_paragraph(block.text, styles.get(block.style, styles["body"])) for block in document.blocks]
    if paragraphs and document.blocks[-1].style == "text":  # the signature: room to sign and stamp above it
        paragraphs[-1] = _paragraph(document.blocks[-1].text, styles["signature"])
    closing = paragraphs[-2:]
    story += paragraphs[: len(paragraphs) - len(closing)]
    if closing:
        story.append(KeepTogether(closing))
    return story


def _canvas_class(letterhead: Letterhead, logo_bytes: bytes | None, reference: str, language: str) -> type[Canvas]:
    """A canvas that draws the letterhead on every page and, when the letter runs over, "page X of Y"."""
    logo = logo_reader(logo_bytes)
    page_text = catalog(language).translate("Reports", "Page {page} of {pages}")

    class LetterCanvas(PageKeepingCanvas):
        def decorate(self, states: list[dict], index: int, width: float, height: float) -> None:
            draw_letterhead(self, letterhead, logo, width, height, inset=INSET)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(MARGIN + INSET, MARGIN - 6 * mm, reference)
            if len(states) > 1:
                text = page_text.format(page=index + 1, pages=len(states))
                self.drawRightString(width - MARGIN - INSET, MARGIN - 6 * mm, text)

    return LetterCanvas


def write_request_letter_pdf(path: Path, document: LetterDocument, profile: Profile) -> Path:
    """Write the letter to `path` on A4, atomically."""
    base = Letterhead.of(profile, document.language)
    letterhead = Letterhead(printable(base.institution), [printable(line) for line in base.lines], base.logo)
    reference = printable(document.reference)
    story = letter_story(document)

    def write(target: Path) -> None:
        template = SimpleDocTemplate(
            str(target),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT + 8 * mm,
            bottomMargin=MARGIN + 2 * mm,
            title=f"{document.title} – {document.reference}",
            author=letterhead.institution,
            creator="commsdesk",
            initialFontName=FONT,  # not Helvetica: every font the letter names is embedded
        )
        template.build(story, canvasmaker=_canvas_class(letterhead, profile.logo, reference, document.language))

    return write_atomically(Path(path), write)
