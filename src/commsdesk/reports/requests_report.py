"""The report to the Information and Privacy Agency on requests for access to public documents, as a PDF (A4, on
the letterhead, the font embedded): the key figures, then the requests by requester and by channel, their outcomes,
refusals by legal ground and complaints by outcome, and the signature of the officer who prepared it.

Figures in, no personal data: labels are the vocabularies' names in the report's language; the only text an
officer wrote that it prints is a complaint's outcome, escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from commsdesk.domain.office import Profile
from commsdesk.domain.request_records import CountedRequests
from commsdesk.reports.pdf import FONT, FONT_BOLD, Letterhead, build_pdf, content_width, escape, stylesheet
from commsdesk.reports.requests_common import (
    Breakdown,
    as_of_line,
    breakdowns,
    key_figures,
    period_title,
    report_title,
    share,
    translator,
)

WIDTH = content_width() - 12  # the frame's own padding, 6 pt each side
HEADER_FILL = colors.HexColor("#dde6f0")
TOTAL_FILL = colors.HexColor("#f0f3f7")
GRID = colors.HexColor("#9aa8b8")
NUMBER_WIDTH = 70.0


def _table(rows: Sequence[Sequence[object]], widths: Sequence[float], *, header: bool, total: bool) -> Table:
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


class _Builder:
    def __init__(self, figures: CountedRequests, language: str) -> None:
        self.figures = figures
        self.language = language
        self.translate = translator(language)
        self.styles = stylesheet()

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    def key_figures(self) -> Table:
        rows = [[self.p(f.label, "cell"), f.shown(self.language)] for f in key_figures(self.figures, self.language)]
        return _table(rows, [WIDTH - NUMBER_WIDTH * 1.4, NUMBER_WIDTH * 1.4], header=False, total=False)

    def breakdown(self, part: Breakdown) -> list[Flowable]:
        translate = self.translate
        story: list[Flowable] = [CondPageBreak(30 * mm), self.p(part.title, "heading")]
        if not part.lines:
            return [*story, self.p(part.empty)]
        rows: list[list[object]] = [[self.p(part.column, "cell_bold"), translate("RequestReport", "Requests"), "%"]]
        base = part.total if part.total is not None else sum(line.count for line in part.lines)
        rows += [
            [self.p(line.label, "cell"), str(line.count), f"{share(line.count, base):.0f} %"] for line in part.lines
        ]
        if part.total is not None:
            rows.append([translate("RequestReport", "Total"), str(part.total), "100 %" if part.total else "0 %"])
        widths = [WIDTH - 2 * NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH]
        return [*story, _table(rows, widths, header=True, total=part.total is not None)]

    def signature(self, officer: str) -> Flowable:
        translate = self.translate
        block = [
            self.p(translate("RequestReport", "Prepared by: information officer"), "cell_bold"),
            Spacer(1, 12 * mm),
            self.p("_" * 38),
            self.p(officer or " "),
            self.p(translate("RequestReport", "Date:") + " " + "_" * 16),
        ]
        return KeepTogether([Spacer(1, 10 * mm), *block])


def write_requests_report_pdf(
    path: Path, figures: CountedRequests, profile: Profile, language: str, printed_on: date | None = None
) -> Path:
    """Write the report of `figures` in `language` to `path` (atomically)."""
    builder = _Builder(figures, language)
    title = report_title(language)
    translate = builder.translate
    story: list[Flowable] = [
        builder.p(title, "title"),
        builder.p(period_title(figures.first, figures.last, language), "heading"),
        builder.p(as_of_line(figures, language)),
        Spacer(1, 3 * mm),
        builder.p(translate("RequestReport", "Key figures"), "heading"),
        builder.key_figures(),
    ]
    for part in breakdowns(figures, language):
        story += builder.breakdown(part)
    story.append(builder.signature(profile.officer_name))
    return build_pdf(
        path,
        story,
        title=f"{title} — {period_title(figures.first, figures.last, language)}",
        letterhead=Letterhead.of(profile, language),
        language=language,
        printed_on=printed_on,
    )
