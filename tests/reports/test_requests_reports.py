"""The report to the Information and Privacy Agency read back as the Agency would read it: the PDF's text and fonts,
the workbook's cells; its figures are those of a register imported from a file whose figures are known by hand."""

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from commsdesk.domain.office import Profile
from commsdesk.domain.request_records import CountedRequests
from commsdesk.domain.requests import RequestChannel, RequesterType, RequestOutcome
from commsdesk.i18n import catalog
from commsdesk.reports.requests_report import write_requests_report_pdf
from commsdesk.reports.requests_xlsx import write_requests_report_xlsx
from commsdesk.services.requests import RequestInput
from tests.helpers import pdf_fonts, pdf_text

REGISTER = Path(__file__).resolve().parents[1] / "fixtures" / "requests" / "old-register-2025.csv"
PROFILE = Profile(
    institution_names={"sq": "Komuna e Kaçanikut", "sr": "Opština Kačanik", "en": "Municipality of Kaçanik"},
    officer_name="Arbëresha Gashi",
)
# Who asked, and what for: none of it may be in the report.
PERSONAL = ["Arta Gashi", "Radio Kaçanik", "Đorđe Petrović", "Blerta Kelmendi", "Buxheti", "Harta kadastrale"]
NASTY = 'AIP: "e pranuar" & <b>anuluar</b> 😀 ë ç š đ č ć ž'


@pytest.fixture
def register(services):
    services.office.save_profile(PROFILE)
    service = services.requests
    service.import_file(REGISTER)
    return service


def words(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def test_the_annual_pdf_shows_the_registers_figures(register, tmp_path):
    path = register.write_report(tmp_path / "aip.pdf", "pdf", date(2025, 1, 1), date(2025, 12, 31), "en")
    text = words(path)
    assert "Report to the Information and Privacy Agency on requests for access to public documents" in text
    assert "Year 2025" in text and "Municipality of Kaçanik" in text and "Arbëresha Gashi" in text
    for line in (
        "Requests received 26",
        "Decided or forwarded within the deadline 17",
        "Decided or forwarded after the deadline 5",
        "Not yet decided 3",
        "Still open past the deadline (deemed refused) 2",
        "Deadline extended 2",
        "Urgent requests (life or liberty) 1",
        "Complaints to the Agency 2",
        "Cases before the court 1",
        "Median days from registration to decision 4",
        "Longest time from registration to decision (days) 17",
        "Costs of copies charged €18.00",
        # by type of requester, by channel, by outcome (with shares of the 26)
        "Citizen 12 46 %",
        "Media 4 15 %",
        "NGO 3 12 %",
        "Business 2 8 %",
        "Institution 3 12 %",
        "In person 4 15 %",
        "Letter 8 31 %",
        "E-mail 8 31 %",
        "Web form 5 19 %",
        "Granted 5 19 %",
        "Partially granted 4 15 %",
        "Refused 11 42 %",
        "Forwarded 1 4 %",
        "Not held 1 4 %",
        "Withdrawn 1 4 %",
        "Not yet decided 3 12 %",
        "Total 26 100 %",
        # refusals by ground (of the 15), complaints by outcome
        "Privacy and other legitimate private interests 2 13 %",
        "National security 1 7 %",
        "Another ground provided by law 1 7 %",
        "Ankesa u aprovua 1 50 %",
        "Total 2 100 %",
    ):
        assert line in text, line
    for personal in PERSONAL:
        assert personal not in text


def test_the_annual_workbook_has_the_same_figures_as_numbers(register, tmp_path):
    path = register.write_report(tmp_path / "aip.xlsx", "xlsx", date(2025, 1, 1), date(2025, 12, 31), "en")
    book = openpyxl.load_workbook(path)
    summary, breakdown = book.worksheets
    assert summary.title == "AIP 2025" and breakdown.title == "Breakdown 2025"
    figures = dict(zip([cell.value for cell in summary[1]], [cell for cell in summary[2]], strict=True))
    assert figures["From"].value == datetime(2025, 1, 1) and figures["From"].number_format == "DD.MM.YYYY"
    expected = {
        "Requests received": 26,
        "Decided or forwarded within the deadline": 17,
        "Decided or forwarded after the deadline": 5,
        "Not yet decided": 3,
        "Still open past the deadline (deemed refused)": 2,
        "Deadline extended": 2,
        "Urgent requests (life or liberty)": 1,
        "Complaints to the Agency": 2,
        "Cases before the court": 1,
        "Median days from registration to decision": 4,
        "Longest time from registration to decision (days)": 17,
    }
    for label, value in expected.items():
        assert figures[label].value == value and figures[label].data_type == "n", label
    cost = figures["Costs of copies charged"]
    assert cost.value == 18 and "€" in cost.number_format

    lines = {(row[0], row[1]): row[2:] for row in breakdown.iter_rows(min_row=2, values_only=True)}
    by_type = "Requests received by type of requester"
    assert lines[(by_type, "Citizen")] == (12, pytest.approx(12 / 26), "citizen")
    assert lines[(by_type, "Total")] == (26, 1, None)
    assert lines[("Requests received by channel", "Web form")][:1] == (5,)
    assert lines[("Outcome of the requests", "Refused")][0] == 11
    assert lines[("Outcome of the requests", "Not yet decided")] == (3, pytest.approx(3 / 26), "pending")
    grounds = {item: values for (table, item), values in lines.items() if table.startswith("Refusals")}
    assert len(grounds) == 14 and sum(values[0] for values in grounds.values()) == 15
    assert grounds["Privacy and other legitimate private interests"][::2] == (2, "privacy")
    assert lines[("Complaints to the Agency by outcome", "Ankesa u refuzua")][0] == 1
    cells = [str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row]
    for personal in PERSONAL:
        assert not any(personal in cell for cell in cells)


def test_a_quarter_and_a_date_range(register, tmp_path):
    quarter = register.write_report(tmp_path / "q1.pdf", "pdf", date(2025, 1, 1), date(2025, 3, 31), "en")
    text = words(quarter)
    assert "Quarter 1 of 2025" in text and "Requests received 10" in text
    assert "Median days from registration to decision 5.5" in text
    ranged = register.write_report(tmp_path / "r.xlsx", "xlsx", date(2025, 12, 15), date(2026, 1, 5), "en")
    summary = openpyxl.load_workbook(ranged).worksheets[0]
    assert summary.title == "AIP 15.12.2025–05.01.2026"
    assert [cell.value for cell in summary[2]][3:8] == [3, 1, 0, 2, 1]
    pdf = register.write_report(tmp_path / "r.pdf", "pdf", date(2025, 12, 15), date(2026, 1, 5), "en")
    text = words(pdf)
    assert "15.12.2025 – 05.01.2026" in text
    assert "No request was refused, in full or in part." in text and "No complaint was made to the Agency." in text


def test_the_file_names_follow_the_period_in_the_reports_language(register):
    assert register.report_file_name(date(2026, 1, 1), date(2026, 12, 31), "en", "pdf") == "report-to-aip-2026.pdf"
    assert register.report_file_name(date(2026, 4, 1), date(2026, 6, 30), "en", "xlsx") == "report-to-aip-2026-q2.xlsx"
    assert (
        register.report_file_name(date(2026, 3, 1), date(2026, 5, 15), "en", "pdf")
        == "report-to-aip-2026-03-01_2026-05-15.pdf"
    )
    for language in ("sq", "sr"):
        stem = catalog(language).translate("RequestReport", "report-to-aip")
        assert register.report_file_name(date(2026, 1, 1), date(2026, 12, 31), language, "pdf") == f"{stem}-2026.pdf"


@pytest.mark.parametrize("language", ["sq", "sr"])
def test_the_report_in_albanian_and_serbian_embeds_its_fonts(register, tmp_path, language):
    path = register.write_report(tmp_path / "aip.pdf", "pdf", date(2025, 1, 1), date(2025, 12, 31), language)
    text = words(path)
    assert PROFILE.institution_name(language) in text
    translate = catalog(language).translate
    assert translate("RequestReport", "Key figures") in text
    assert f"{translate('RequesterType', 'Citizen')} 12 46 %" in text
    assert pdf_fonts(path) == {"DejaVuSans": True, "DejaVuSans-Bold": True}


def test_a_complaint_outcome_with_nasty_text_is_printed_as_written(register, tmp_path):
    request_id = register.create(
        RequestInput(
            received_at=datetime(2025, 11, 3, 9, 0),
            subject="Kontrata",
            requester_name="Ilir",
            outcome=RequestOutcome.GRANTED,
            decided_on=date(2025, 11, 5),
        )
    )
    data = register.details(request_id).data
    from dataclasses import replace

    register.update(request_id, replace(data, complaint_on=date(2025, 11, 10), complaint_outcome=NASTY + "\x1b"))
    pdf = register.write_report(tmp_path / "aip.pdf", "pdf", date(2025, 1, 1), date(2025, 12, 31), "en")
    assert f"{NASTY} 1 33 %" in words(pdf)
    xlsx = register.write_report(tmp_path / "aip.xlsx", "xlsx", date(2025, 1, 1), date(2025, 12, 31), "en")
    items = [row[1] for row in openpyxl.load_workbook(xlsx).worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert NASTY in items


def test_the_toolkits_take_plain_figures(tmp_path):
    """The report modules need no database: the figures in, a file out."""
    figures = CountedRequests(
        first=date(2026, 1, 1),
        last=date(2026, 12, 31),
        received=0,
        by_type=dict.fromkeys(RequesterType, 0),
        by_channel=dict.fromkeys(RequestChannel, 0),
        by_outcome=dict.fromkeys(RequestOutcome, 0),
        refused_by_ground={},
        pending=0,
        decided_in_time=0,
        decided_late=0,
        overdue_open=0,
        extended=0,
        urgent=0,
        complaints=0,
        as_of=date(2026, 3, 1),
    )
    pdf = write_requests_report_pdf(tmp_path / "empty.pdf", figures, PROFILE, "en", printed_on=date(2026, 3, 1))
    text = words(pdf)
    assert (
        "Requests received 0" in text
        and "Total 0 0 %" in text
        and "Median days from registration to decision –" in text
    )
    assert "Printed on 01.03.2026" in text
    book = openpyxl.load_workbook(write_requests_report_xlsx(tmp_path / "empty.xlsx", figures, "en"))
    assert book.worksheets[0]["D2"].value == 0
