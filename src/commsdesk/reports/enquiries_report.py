"""The report on journalists' enquiries for a period, as a PDF (A4, on the letterhead, every font embedded): the key
figures, the enquiries by outlet, topic, channel and status, notes on how to read them, and the list itself (number,
received, outlet, topic, status, deadline, answered; late ones shaded).

Figures in, no personal data: no journalist's name, no question, no answer. Outlets and topics are printed as the
officer wrote them; the list is drawn with `fast_table`, so that a year of thousands of enquiries takes seconds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from commsdesk.domain.enquiry_records import CountedEnquiries
from commsdesk.domain.office import Profile
from commsdesk.reports.enquiries_common import (
    as_of_line,
    breakdowns,
    key_figures,
    list_header,
    listed_cells,
    notes,
    period_title,
    report_title,
    status_names,
)
from commsdesk.reports.fast_table import FastTable, FastTableStyle, layout_rows
from commsdesk.reports.figures_pdf import WIDTH, breakdown_flowables, key_figures_table
from commsdesk.reports.pdf import Letterhead, build_pdf, escape, stylesheet
from commsdesk.reports.periodic import translator

# Number, received, outlet, topic, status, deadline, answered: a day and time is 67 pt at 7.5 pt.
_TIME = 72.0
LIST_WIDTHS = (50.0, _TIME, 0.0, 0.0, 72.0, _TIME, _TIME)


def _list_widths() -> list[float]:
    free = WIDTH - sum(LIST_WIDTHS)
    widths = list(LIST_WIDTHS)
    widths[2], widths[3] = free * 0.48, free * 0.52  # outlet, topic
    return widths


def list_table(figures: CountedEnquiries, language: str) -> FastTable:
    """The period's enquiries, one a row, those answered late or still open past the deadline shaded."""
    statuses = status_names(language)
    style = FastTableStyle()
    widths = _list_widths()
    rows = layout_rows([(listed_cells(item, statuses), item.late) for item in figures.listed], widths, style)
    return FastTable(list_header(language), rows, widths, style)


def write_enquiries_report_pdf(
    path: Path, figures: CountedEnquiries, profile: Profile, language: str, printed_on: date | None = None
) -> Path:
    """Write the report of `figures` in `language` to `path` (atomically)."""
    translate = translator(language)
    styles = stylesheet()

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), styles[style])

    title = report_title(language)
    period = period_title(figures.first, figures.last, language)
    story: list[Flowable] = [
        p(title, "title"),
        p(period, "heading"),
        p(as_of_line(figures, language)),
        Spacer(1, 3 * mm),
        p(translate("EnquiryReport", "Key figures"), "heading"),
        key_figures_table(key_figures(figures, language), language, styles),
    ]
    for part in breakdowns(figures, language):
        story += breakdown_flowables(part, translate("EnquiryReport", "Enquiries"), language, styles)
    remarks: list[Flowable] = [p(translate("EnquiryReport", "Notes"), "heading")]
    for note in notes(language):
        remarks += [p(note, "small"), Spacer(1, 1.5 * mm)]
    story.append(KeepTogether(remarks))
    story += [CondPageBreak(40 * mm), p(translate("EnquiryReport", "The enquiries"), "heading")]
    if figures.listed:
        story += [
            p(translate("EnquiryReport", "Shaded: answered after the deadline, or still open past it."), "small"),
            Spacer(1, 2 * mm),
            list_table(figures, language),
        ]
    else:
        story.append(p(translate("EnquiryReport", "No enquiry was received in the period.")))
    return build_pdf(
        path,
        story,
        title=f"{title} — {period}",
        letterhead=Letterhead.of(profile, language),
        language=language,
        printed_on=printed_on,
    )
