"""Everything held about one person (the law on personal data): a small PDF or an XLSX workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from commsdesk.domain.choices import SourcedChoice
from commsdesk.domain.contact_records import PersonalData
from commsdesk.domain.contacts import ContactLabel, OutletType, Reach, field_label
from commsdesk.domain.enquiries import EnquiryStatus
from commsdesk.domain.releases import Channel
from commsdesk.domain.requests import RequestStatus
from commsdesk.i18n import LANGUAGES, Catalog, catalog, format_date, format_datetime, language_name
from commsdesk.reports.pdf import Letterhead, build_pdf, content_width, data_table, para, stylesheet
from commsdesk.reports.xlsx import Column, Sheet, write_workbook


def _yes_no(value: bool, language: str) -> str:
    tr = catalog(language)
    return tr.translate("PersonalData", "yes") if value else tr.translate("PersonalData", "no")


def _channel(code: str) -> str:
    try:
        return Channel(code).label()
    except ValueError:
        return code


def detail_lines(data: PersonalData, language: str) -> list[tuple[str, str]]:
    """(field, value) for every fact about the person, in `language`."""
    contact = data.detail.data
    tr = catalog(language)
    outlet_type = OutletType.parse(contact.outlet_type or "")
    reach = Reach.parse(contact.reach or "")
    labels = {member.value: member.label_in(language) for member in ContactLabel}
    lines = [
        (field_label("given_name", language), contact.given_name),
        (field_label("family_name", language), contact.family_name),
        (field_label("position", language), contact.position),
        (field_label("outlet", language), contact.outlet),
        (field_label("outlet_type", language), outlet_type.label_in(language) if outlet_type else ""),
        (field_label("reach", language), reach.label_in(language) if reach else ""),
        (field_label("language", language), _language(contact.language)),
    ]
    for label, address in contact.emails:
        lines.append((f"{field_label('emails', language)} ({labels.get(label, label)})", address))
    for label, number in contact.phones:
        lines.append((f"{field_label('phones', language)} ({labels.get(label, label)})", number))
    lines += [
        (field_label("groups", language), "; ".join(contact.groups)),
        (field_label("topics", language), contact.topics),
        (field_label("address", language), contact.address),
        (field_label("website", language), contact.website),
        (field_label("social", language), contact.social),
        (field_label("notes", language), contact.notes),
        (field_label("accredited", language), _yes_no(contact.accredited, language)),
        (field_label("accredited_until", language), format_date(contact.accredited_until)),
        (field_label("source", language), contact.source),
        (field_label("purpose", language), contact.purpose),
        (field_label("do_not_contact", language), _yes_no(contact.do_not_contact, language)),
        (field_label("verified_on", language), format_date(contact.verified_on)),
        (tr.translate("PersonalData", "Recorded on"), format_datetime(data.detail.created_at)),
        (tr.translate("PersonalData", "Last changed on"), format_datetime(data.detail.updated_at)),
        (tr.translate("PersonalData", "Merged duplicate records kept for undo"), str(data.merges)),
    ]
    return lines


def _language(code: str) -> str:
    return language_name(code) if code in LANGUAGES else code


def _register_header(tr: Catalog, what: str) -> list[str]:
    """The columns of a register's entries (requests, enquiries): received, number, `what`, status."""
    return [
        tr.translate("PersonalData", "Received"),
        tr.translate("PersonalData", "Number"),
        what,
        tr.translate("PersonalData", "Status"),
    ]


def _register_rows(entries: list, status: type[SourcedChoice]) -> list[list[object]]:
    """One row per request or enquiry: when, its number, what it was about, its status in the report's language."""
    rows = []
    for entry in entries:
        about = getattr(entry, "subject", None) or getattr(entry, "topic", "")
        code = entry.status
        shown = status(code).label() if code in status._value2member_map_ else code
        rows.append([format_datetime(entry.received_at), entry.reference, about, shown])
    return rows


def _registers(tr: Catalog, data: PersonalData) -> list[tuple[str, str, list[str], list[list[object]]]]:
    """(heading, sheet name, header, rows) of each register that can hold the person: requests, enquiries."""
    return [
        (
            tr.translate("PersonalData", "Requests for access to public documents"),
            tr.translate("PersonalData", "Requests"),
            _register_header(tr, tr.translate("PersonalData", "Documents requested")),
            _register_rows(data.requests, RequestStatus),
        ),
        (
            tr.translate("PersonalData", "Enquiries the person made as a journalist"),
            tr.translate("PersonalData", "Enquiries"),
            _register_header(tr, tr.translate("PersonalData", "Topic")),
            _register_rows(data.enquiries, EnquiryStatus),
        ),
    ]


def _history_rows(data: PersonalData) -> list[list[object]]:
    return [
        [
            format_datetime(entry.sent_at),
            entry.reference,
            entry.headline,
            _language(entry.language),
            _channel(entry.channel),
            entry.email,
        ]
        for entry in data.distributions
    ]


def personal_data_pdf(
    path: Path, data: PersonalData, *, letterhead: Letterhead, language: str, printed_on: date | None = None
) -> Path:
    tr = catalog(language)
    styles = stylesheet()
    width = content_width()
    name = data.detail.data.full_name
    title = tr.translate("PersonalData", "Personal data held about {name}").format(name=name)
    story: list[Flowable] = [para(title, styles["title"])]
    story.append(
        para(
            tr.translate(
                "PersonalData",
                "Everything this office's contact register holds about the person, as of {date}.",
            ).format(date=format_date(printed_on or date.today())),
            styles["body"],
        )
    )
    story.append(Spacer(1, 3 * mm))
    header = [tr.translate("PersonalData", "Field"), tr.translate("PersonalData", "Value")]
    story.append(data_table(header, detail_lines(data, language), [width * 0.32, width * 0.68]))
    story.append(para(tr.translate("PersonalData", "Press releases sent to the person"), styles["heading"]))
    if data.distributions:
        history_header = [
            tr.translate("PersonalData", "Sent"),
            tr.translate("PersonalData", "Release"),
            tr.translate("PersonalData", "Headline"),
            tr.translate("PersonalData", "Language"),
            tr.translate("PersonalData", "Channel"),
            tr.translate("PersonalData", "E-mail"),
        ]
        fractions = (0.14, 0.13, 0.31, 0.09, 0.11, 0.22)
        story.append(data_table(history_header, _history_rows(data), [width * f for f in fractions]))
    else:
        story.append(para(tr.translate("PersonalData", "None."), styles["body"]))
    story.append(para(tr.translate("PersonalData", "Events the person was invited to"), styles["heading"]))
    if data.invitations:
        rows = [[format_datetime(entry.starts_at), entry.title] for entry in data.invitations]
        header = [tr.translate("PersonalData", "When"), tr.translate("PersonalData", "Event")]
        story.append(data_table(header, rows, [width * 0.2, width * 0.8]))
    else:
        story.append(para(tr.translate("PersonalData", "None."), styles["body"]))
    for heading, _sheet, header, rows in _registers(tr, data):
        story.append(para(heading, styles["heading"]))
        if rows:
            story.append(data_table(header, rows, [width * f for f in (0.2, 0.14, 0.5, 0.16)]))
        else:
            story.append(para(tr.translate("PersonalData", "None."), styles["body"]))
    return build_pdf(path, story, title=title, letterhead=letterhead, language=language, printed_on=printed_on)


def personal_data_xlsx(path: Path, data: PersonalData, *, language: str) -> Path:
    tr = catalog(language)
    sheets = [
        Sheet(
            tr.translate("PersonalData", "Person"),
            [Column(tr.translate("PersonalData", "Field"), 34), Column(tr.translate("PersonalData", "Value"), 60)],
            detail_lines(data, language),
        ),
        Sheet(
            tr.translate("PersonalData", "Releases sent"),
            [
                Column(tr.translate("PersonalData", "Sent"), 18),
                Column(tr.translate("PersonalData", "Release"), 12),
                Column(tr.translate("PersonalData", "Headline"), 60),
                Column(tr.translate("PersonalData", "Language"), 10),
                Column(tr.translate("PersonalData", "Channel"), 14),
                Column(tr.translate("PersonalData", "E-mail"), 30),
            ],
            _history_rows(data),
        ),
        Sheet(
            tr.translate("PersonalData", "Events"),
            [Column(tr.translate("PersonalData", "When"), 18), Column(tr.translate("PersonalData", "Event"), 60)],
            [[format_datetime(entry.starts_at), entry.title] for entry in data.invitations],
        ),
        *(
            Sheet(sheet, [Column(name, width) for name, width in zip(header, (18, 12, 60, 16), strict=True)], rows)
            for _heading, sheet, header, rows in _registers(tr, data)
        ),
    ]
    return write_workbook(path, sheets)
