"""The report to the Information and Privacy Agency on requests for access to public documents, as a PDF (A4, on
the letterhead, the font embedded): the key figures, then the requests by requester and by channel, their outcomes,
refusals by legal ground and complaints by outcome, and the signature of the officer who prepared it.

Figures in, no personal data: labels are the vocabularies' names in the report's language; the only text an
officer wrote that it prints is a complaint's outcome, escaped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from commsdesk.domain.office import Profile
from commsdesk.domain.request_records import CountedRequests
from commsdesk.reports.figures_pdf import breakdown_flowables, key_figures_table
from commsdesk.reports.pdf import Letterhead, build_pdf, escape, stylesheet
from commsdesk.reports.requests_common import (
    as_of_line,
    breakdowns,
    key_figures,
    period_title,
    report_title,
    translator,
)


class _Builder:
    def __init__(self, figures: CountedRequests, language: str) -> None:
        self.figures = figures
        self.language = language
        self.translate = translator(language)
        self.styles = stylesheet()

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

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
        key_figures_table(key_figures(figures, language), language, builder.styles),
    ]
    for part in breakdowns(figures, language):
        story += breakdown_flowables(part, translate("RequestReport", "Requests"), language, builder.styles)
    story.append(builder.signature(profile.officer_name))
    return build_pdf(
        path,
        story,
        title=f"{title} — {period_title(figures.first, figures.last, language)}",
        letterhead=Letterhead.of(profile, language),
        language=language,
        printed_on=printed_on,
    )
