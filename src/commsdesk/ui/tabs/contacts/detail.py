"""The chosen contact in full, beside the list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser

from commsdesk.domain.contacts import ContactDetail, ContactLabel, OutletType, Reach, field_label
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.ui.tabs.contacts.model import DNC_MARK, language_label


def _line(label: str, value: str) -> str:
    if not value:
        return ""
    text = escape(value).replace("\n", "<br>")
    return f"<tr><td style='color:#555;padding-right:10px;vertical-align:top'>{escape(label)}</td><td>{text}</td></tr>"


def detail_html(detail: ContactDetail) -> str:
    """The contact as rich text; every user value escaped."""
    data = detail.data
    labels = dict(ContactLabel.labelled())
    parts = [f"<h3 style='margin-bottom:2px'>{escape(data.full_name)}</h3>"]
    subtitle = " · ".join(part for part in (data.position, data.outlet) if part)
    if subtitle:
        parts.append(f"<div>{escape(subtitle)}</div>")
    kind = OutletType.parse(data.outlet_type or "") if data.outlet else None
    reach = Reach.parse(data.reach or "") if data.outlet else None
    if kind or reach:
        parts.append(
            f"<div style='color:#555'>{escape(' · '.join(c.label() for c in (kind, reach) if c is not None))}</div>"
        )
    if data.do_not_contact:
        warning = translate("ContactsTab", "{mark} Do not contact: left out of every distribution").format(
            mark=DNC_MARK
        )
        parts.append(f"<p style='color:#9a3b2e;font-weight:bold'>{escape(warning)}</p>")
    rows = []
    for label, address in data.emails:
        rows.append(_line(f"{field_label('emails')} ({labels.get(label, label)})", address))
    for label, number in data.phones:
        rows.append(_line(f"{field_label('phones')} ({labels.get(label, label)})", number))
    accreditation = ""
    if data.accredited:
        accreditation = translate("ContactsTab", "yes")
        if data.accredited_until:
            accreditation = translate("ContactsTab", "yes, until {date}").format(
                date=format_date(data.accredited_until)
            )
    rows += [
        _line(field_label("language"), language_label(data.language)),
        _line(field_label("groups"), "; ".join(data.groups)),
        _line(field_label("topics"), data.topics),
        _line(field_label("address"), data.address),
        _line(field_label("website"), data.website),
        _line(field_label("social"), data.social),
        _line(field_label("notes"), data.notes),
        _line(field_label("accredited"), accreditation),
        _line(field_label("source"), data.source),
        _line(field_label("purpose"), data.purpose),
        _line(field_label("verified_on"), format_date(data.verified_on)),
        _line(translate("ContactsTab", "Last changed"), format_datetime(detail.updated_at)),
    ]
    parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>")
    return "".join(parts)


class DetailPanel(QTextBrowser):
    """Read-only, selectable; long e-mail addresses wrap anywhere rather than widen the panel."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.show_detail(None)

    def show_detail(self, detail: ContactDetail | None, selected: int = 1) -> None:
        if selected > 1:
            self.setHtml(escape(translate("ContactsTab", "{count} contacts selected.").format(count=selected)))
        elif detail is None:
            self.setHtml(escape(translate("ContactsTab", "Choose a contact to see it in full.")))
        else:
            self.setHtml(detail_html(detail))

    def text(self) -> str:
        return self.toPlainText()
