"""The action plan's status report as a PDF (A4 landscape): a summary page with charts, then per objective its
specific and recurring activities, for a quarterly report what changed in the quarter, and signature lines.

Table cells are plain strings, wrapped into lines here (`wrap`), rather than Paragraphs: a table draws a string's
lines without parsing markup or laying out fragments, which makes a 500-activity plan a third quicker to print.
Paragraphs are kept for the header rows and the few cells that need bold or right-aligned wrapping.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from commsdesk.domain.office import Profile
from commsdesk.domain.plan import OVERDUE_COLOUR, STATUS_COLOURS, ActivityStatus, Rollup, roll_up
from commsdesk.domain.plan_records import ActivityState, PlanSnapshot
from commsdesk.i18n import format_date, format_money
from commsdesk.reports.pdf import FONT, FONT_BOLD, Letterhead, build_pdf, content_width, escape, stylesheet
from commsdesk.reports.plan_chart import summary_chart
from commsdesk.reports.plan_common import (
    Section,
    evidence_text,
    key_figures,
    objective_label,
    period_line,
    planned_text,
    report_title,
    sections_of,
    status_names,
    strategy_line,
    translator,
)

WIDTH = content_width(landscape_pages=True) - 12  # the frame's own padding, 6 pt each side
HEADER_FILL = colors.HexColor("#dde6f0")
TOTAL_FILL = colors.HexColor("#f0f3f7")
GRID = colors.HexColor("#9aa8b8")
OVERDUE = colors.HexColor(OVERDUE_COLOUR)


def _break_word(word: str, width: float) -> list[str]:
    """A word wider than `width` cut into pieces that fit (as a Paragraph splits long words)."""
    pieces, current, used = [], "", 0.0
    for char in word:
        char_width = stringWidth(char, FONT, 8)
        if current and used + char_width > width:
            pieces.append(current)
            current, used = "", 0.0
        current += char
        used += char_width
    return [*pieces, current]


def wrap(text: str, width: float) -> str:
    """`text` in the 8-point cell font broken into lines no wider than `width` (between words, and inside a word
    that is wider than a line), joined with newlines: the form in which a table cell shows plain text fastest."""
    lines: list[str] = []
    for line in simpleSplit(text, FONT, 8, width):
        lines += _break_word(line, width) if stringWidth(line, FONT, 8) > width else [line]
    return "\n".join(lines)


def _longest_word(text: str) -> float:
    """The width of the longest word of a bold header cell."""
    return max((stringWidth(word, FONT_BOLD, 8) for word in text.split()), default=0)


def _widths(*parts: float) -> list[float]:
    """Column widths in proportion to `parts`, filling the page's width."""
    return [WIDTH * part / sum(parts) for part in parts]


class _Builder:
    """Builds the story of one report in one language."""

    def __init__(self, snapshot: PlanSnapshot, language: str) -> None:
        self.snapshot = snapshot
        self.language = language
        self.translate = translator(language)
        self.statuses = status_names(language)
        styles = stylesheet()
        self.styles = styles
        self.cell: ParagraphStyle = styles["cell"]
        self.bold: ParagraphStyle = styles["cell_bold"]
        self.right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)

    def money(self, cents: int | None) -> str:
        return format_money(cents, self.language) if cents is not None else ""

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text), style or self.cell)

    def fit(self, text: str, width: float) -> str:
        """`text` for a cell `width` wide (3 pt padding each side): as it is when it fits on one line, else
        wrapped into lines."""
        if not text:
            return ""
        if "\n" not in text and stringWidth(text, FONT, 8) <= width - 7:
            return text
        return wrap(text, width - 7)

    def table(
        self,
        header: Sequence[str],
        rows: list[list[object]],
        widths: list[float],
        right: Sequence[int] = (),
        extra: list[tuple] | None = None,
        total_row: bool = False,
    ) -> Table:
        data = [[self.p(text, self.bold) for text in header], *rows]
        commands: list[tuple] = [
            ("FONTNAME", (0, 1), (-1, -1), FONT),
            ("FONTSIZE", (0, 1), (-1, -1), 8),
            ("LEADING", (0, 1), (-1, -1), 9.8),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("ALIGN", (column, 1), (column, -1), "RIGHT") for column in right]
        if total_row:
            commands += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(commands + (extra or [])))
        return table

    # -- the summary page ----------------------------------------------------------------------------------
    def summary(self, sections: list[Section], total: Rollup) -> list[Flowable]:
        translate = self.translate
        statuses = list(ActivityStatus)
        header = [
            translate("PlanReport", "Objective"),
            translate("PlanReport", "Activities"),
            *(self.statuses[s] for s in statuses),
            translate("PlanReport", "% completed"),
            translate("PlanReport", "Planned"),
            translate("PlanReport", "Spent"),
            translate("PlanReport", "Overdue"),
        ]

        def line(label: object, rollup: Rollup) -> list[object]:
            return [
                label,
                str(rollup.total),
                *(str(rollup.counts[s]) for s in statuses),
                f"{rollup.percent_completed} %",
                self.money(rollup.planned_cents),
                self.money(rollup.actual_cents),
                str(rollup.overdue),
            ]

        rows = [line(self.p(objective_label(s.objective, self.language)), s.rollup) for s in sections]
        rows.append(line(self.p(translate("PlanReport", "Whole plan"), self.bold), total))
        numbers = [max(46.0, _longest_word(text) + 8) for text in header[1:]]  # headers wrap between words only
        for column, cents in ((-3, total.planned_cents), (-2, total.actual_cents)):
            numbers[column] = max(numbers[column], stringWidth(self.money(cents), FONT_BOLD, 8) + 10)
        widths = [WIDTH - sum(numbers), *numbers]
        table = self.table(header, rows, widths, right=range(1, len(header)), total_row=True)
        story = [
            self.p(key_figures(self.snapshot, total, self.language), self.styles["body"]),
            Spacer(1, 3 * mm),
            table,
        ]
        if sections:
            story += [Spacer(1, 4 * mm), summary_chart(sections, self.language, WIDTH, height=165)]
        return story

    # -- per objective -------------------------------------------------------------------------------------
    def specific(self, activities: list[ActivityState]) -> Table:
        translate = self.translate
        header = [
            translate("PlanReport", "Activity"),
            translate("PlanReport", "Responsible"),
            translate("PlanReport", "Timeframe"),
            translate("PlanReport", "Planned"),
            translate("PlanReport", "Status"),
            translate("PlanReport", "Progress"),
            translate("PlanReport", "Spent"),
            translate("PlanReport", "Comment"),
        ]
        overdue_word = translate("PlanReport", "overdue")
        widths = _widths(196, 122, 70, 68, 76, 58, 64, 102)
        rows: list[list[object]] = []
        extra: list[tuple] = []
        for row, a in enumerate(activities, start=1):
            status = self.statuses[a.status] + (f"\n({overdue_word})" if a.overdue else "")
            rows.append(
                [
                    self.fit(a.title, widths[0]),
                    self.fit("; ".join(a.responsible), widths[1]),
                    self.fit(a.timeframe, widths[2]),
                    self.p(planned_text(a, self.language), self.right)
                    if a.no_additional_cost
                    else planned_text(a, self.language),
                    status,
                    f"{a.progress} %",
                    self.money(a.actual_cost_cents),
                    self.fit(a.comment, widths[7]),
                ]
            )
            extra.append(("BACKGROUND", (4, row), (4, row), colors.HexColor(STATUS_COLOURS[a.status])))
            if a.overdue:
                extra.append(("TEXTCOLOR", (4, row), (4, row), OVERDUE))
        total = roll_up(activities)
        rows.append(
            [
                translate("PlanReport", "Total"),
                translate("PlanReport", "{count} activities").format(count=len(activities)),
                "",
                self.money(total.planned_cents),
                self.p(
                    translate("PlanReport", "{done} of {count} completed").format(
                        done=total.completed, count=total.total
                    ),
                    self.bold,
                ),
                "",
                self.money(total.actual_cents),
                "",
            ]
        )
        return self.table(header, rows, widths, right=(3, 5, 6), extra=extra, total_row=True)

    def recurring(self, activities: list[ActivityState]) -> Table:
        translate = self.translate
        header = [
            translate("PlanReport", "Activity"),
            translate("PlanReport", "Responsible"),
            translate("PlanReport", "Frequency"),
            translate("PlanReport", "Evidence"),
            translate("PlanReport", "Comment"),
        ]
        widths = _widths(250, 165, 130, 72, 140)
        rows: list[list[object]] = [
            [
                self.fit(a.title, widths[0]),
                self.fit("; ".join(a.responsible), widths[1]),
                self.fit(a.frequency_text, widths[2]),
                self.fit(evidence_text(a.events, a.releases, self.language, a.requests, a.enquiries), widths[3]),
                self.fit(a.comment, widths[4]),
            ]
            for a in activities
        ]
        evidence = evidence_text(
            sum(a.events for a in activities),
            sum(a.releases for a in activities),
            self.language,
            sum(a.requests for a in activities),
            sum(a.enquiries for a in activities),
        )
        rows.append(
            [
                translate("PlanReport", "Total"),
                translate("PlanReport", "{count} activities").format(count=len(activities)),
                "",
                self.p(evidence, self.bold),
                "",
            ]
        )
        return self.table(header, rows, widths, total_row=True)

    def section(self, section: Section) -> list[Flowable]:
        translate = self.translate
        story: list[Flowable] = [self.p(objective_label(section.objective, self.language), self.styles["title"])]
        story.append(self.p(key_figures_line(section.rollup, self.language), self.styles["body"]))
        heading = self.styles["heading"]
        if section.specific:
            story += [
                CondPageBreak(35 * mm),
                self.p(translate("PlanReport", "Specific activities"), heading),
                self.specific(section.specific),
            ]
        if section.recurring:
            story += [
                CondPageBreak(35 * mm),
                self.p(translate("PlanReport", "Recurring activities"), heading),
                self.recurring(section.recurring),
            ]
        return story

    # -- quarterly changes and signatures ------------------------------------------------------------------
    def changes(self) -> list[Flowable]:
        translate = self.translate
        story: list[Flowable] = [self.p(translate("PlanReport", "What changed in the period"), self.styles["title"])]
        if not self.snapshot.changes:
            return [
                *story,
                self.p(translate("PlanReport", "No status was reported in this period."), self.styles["body"]),
            ]
        header = [
            translate("PlanReport", "Date"),
            translate("PlanReport", "Objective"),
            translate("PlanReport", "Activity"),
            translate("PlanReport", "Status"),
            translate("PlanReport", "Progress"),
            translate("PlanReport", "Spent"),
            translate("PlanReport", "Comment"),
        ]
        widths = _widths(62, 40, 290, 80, 58, 65, 160)
        rows: list[list[object]] = [
            [
                format_date(c.on_date),
                str(c.objective_number),
                self.fit(c.activity_title, widths[2]),
                self.statuses[c.status],
                f"{c.progress} %",
                self.money(c.actual_cost_cents),
                self.fit(c.comment, widths[6]),
            ]
            for c in self.snapshot.changes
        ]
        return [*story, self.table(header, rows, widths, right=(1, 4, 5))]

    def signatures(self, officer: str) -> Flowable:
        translate = self.translate
        body = self.styles["body"]
        line = "_" * 38

        def block(role: str, name: str) -> list[Flowable]:
            return [
                self.p(role, self.styles["cell_bold"]),
                Spacer(1, 12 * mm),
                self.p(line, body),
                self.p(name or " ", body),
                self.p(translate("PlanReport", "Date:") + " " + "_" * 16, body),
            ]

        table = Table(
            [
                [
                    block(translate("PlanReport", "Prepared by: information officer"), officer),
                    block(translate("PlanReport", "Approved by: head of the mayor's cabinet"), ""),
                ]
            ],
            colWidths=[WIDTH / 2, WIDTH / 2],
        )
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return KeepTogether([Spacer(1, 10 * mm), table])


def key_figures_line(rollup: Rollup, language: str) -> str:
    """An objective's figures in one line."""
    translate = translator(language)
    return translate(
        "PlanReport",
        "Activities: {total} ({specific} specific, {recurring} recurring) · completed: {completed} ({percent} %) · "
        "planned: {planned} · spent: {spent} · overdue: {overdue}",
    ).format(
        total=rollup.total,
        specific=rollup.specific,
        recurring=rollup.recurring,
        completed=rollup.completed,
        percent=rollup.percent_completed,
        planned=format_money(rollup.planned_cents, language),
        spent=format_money(rollup.actual_cents, language),
        overdue=rollup.overdue,
    )


def write_plan_pdf(
    path: Path, snapshot: PlanSnapshot, profile: Profile, language: str, printed_on: date | None = None
) -> Path:
    """Write the status report of `snapshot` (annual, or quarterly when it is a quarter's) in `language`."""
    builder = _Builder(snapshot, language)
    styles = builder.styles
    sections = sections_of(snapshot)
    total = snapshot.rollup()
    title = report_title(snapshot, language)
    story: list[Flowable] = [
        builder.p(title, styles["title"]),
        builder.p(strategy_line(snapshot, language), styles["body"]),
        builder.p(period_line(snapshot, language), styles["body"]),
        Spacer(1, 3 * mm),
        *builder.summary(sections, total),
    ]
    for section in sections:
        story += [PageBreak(), *builder.section(section)]
    if snapshot.quarter is not None:
        story += [PageBreak(), *builder.changes()]
    story.append(builder.signatures(profile.officer_name))
    return build_pdf(
        path,
        story,
        title=title,
        letterhead=Letterhead.of(profile, language),
        language=language,
        landscape_pages=True,
        printed_on=printed_on,
    )
