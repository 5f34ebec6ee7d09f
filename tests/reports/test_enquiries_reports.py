"""The report on journalists' enquiries read back as the mayor's office would read it: the PDF's text and fonts, the
workbook's cells; its figures are those of a list imported from a file whose figures are known by hand (see
tests/db/test_enquiries_statistics.py)."""

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus
from commsdesk.domain.enquiry_records import CountedEnquiries
from commsdesk.domain.office import Profile
from commsdesk.i18n import catalog
from commsdesk.reports.enquiries_report import write_enquiries_report_pdf
from commsdesk.reports.enquiries_xlsx import write_enquiries_report_xlsx
from commsdesk.services.enquiries import EnquiriesService, EnquiryInput
from tests.helpers import pdf_fonts, pdf_text

FILE = Path(__file__).resolve().parents[1] / "fixtures" / "enquiries" / "enquiries-2025.csv"
NOW = datetime(2026, 1, 10, 12, 0)
YEAR = (date(2025, 1, 1), date(2025, 12, 31))
PROFILE = Profile(
    institution_names={"sq": "Komuna e Kaçanikut", "sr": "Opština Kačanik", "en": "Municipality of Kaçanik"},
    officer_name="Arbëresha Gashi",
)
# Who asked, how to reach them, what they asked and what they were told: none of it may be in the report.
PERSONAL = [
    "Arta Gashi",
    "Driton Berisha",
    "Blerta Kelmendi",
    "Đorđe Petrović",
    "Mimoza Hoxha",
    "Besa Krasniqi",
    "Lulzim Rexhepi",
    "arta@rk.example",
    "+383 44 111 222",
    "Sa është buxheti",
    "Koliki je budžet",
    "12,4 milionë",
    "Gazetar i pavarur",
]
NASTY = 'Radio "Zëri" & <b>Kaçaniku</b> 😀 ë ç š đ č ć ž'


@pytest.fixture
def register(services):
    services.office.save_profile(PROFILE)
    service = EnquiriesService(services.database, now=lambda: NOW)
    service.import_file(FILE)
    return service


def words(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def test_the_annual_pdf_shows_the_figures_and_the_list(register, tmp_path):
    path = register.write_report(tmp_path / "enquiries.pdf", "pdf", *YEAR, "en")
    text = words(path)
    assert "Journalists' enquiries Year 2025" in text and "Municipality of Kaçanik" in text
    assert "Enquiries received from 01.01.2025 to 31.12.2025, as they stand on 10.01.2026 at 12:00." in text
    for line in (
        "Enquiries received 22",
        "Answered 13",
        "Answered before the deadline 9",
        "Answered before the deadline (% of the answered) 69 %",
        "Answered after the deadline 4",
        "Median time to answer (hours) 21.5",
        "Longest time to answer (hours) 71",
        "Declined 2",
        "Answered with “no comment” 2",
        "Still open 5",
        "Still open past the deadline 4",
        # by outlet (most first, the unnamed last), by topic, by channel, by status: shares of the 22
        "Outlet Enquiries % KTV 6 27 % Radio Kaçaniku 5 23 % Koha Ditore 3 14 % Kosovo Online 3 14 % RTK 3 14 % "
        "No outlet named 2 9 % Total 22 100 %",
        "Buxheti 7 32 % Uji 5 23 % Rrugët 4 18 % Shkollat 4 18 % No topic given 2 9 % Total 22 100 %",
        "Phone 7 32 %",
        "E-mail 7 32 %",
        "In person 2 9 %",
        "Social media 3 14 %",
        "Message (SMS, Viber, WhatsApp) 3 14 %",
        "Waiting for input 1 5 %",
        "Answer drafted 1 5 %",
        "Answer approved 1 5 %",
        "Answered 13 59 %",
        "No comment 2 9 %",
        # the list: number, received, outlet, topic, status, deadline, answered
        "Number Received Outlet Topic Status Deadline Answered",
        "P-2025/002 08.01.2025 10:00 KTV Uji Answered 09.01.2025 10:00 09.01.2025 12:00",
        "P-2025/004 03.02.2025 08:00 Kosovo Online Shkollat Declined 03.02.2025 12:00 P-2025/005",
        "P-2025/022 30.12.2025 16:00 New 15.01.2026 12:00",
        "The journalists' names are personal data and are not in this report; their outlets are.",
    ):
        assert line in text, line
    assert "P-2024/031" not in text and "P-2026/001" not in text
    for personal in PERSONAL:
        assert personal not in text, personal
    assert pdf_fonts(path) == {"DejaVuSans": True, "DejaVuSans-Bold": True}


def test_the_annual_workbook_has_the_same_figures_as_numbers(register, tmp_path):
    path = register.write_report(tmp_path / "enquiries.xlsx", "xlsx", *YEAR, "en")
    book = openpyxl.load_workbook(path)
    summary, breakdown, listed = book.worksheets
    assert (summary.title, breakdown.title, listed.title) == ("Enquiries 2025", "Breakdown 2025", "List 2025")
    figures = dict(zip([cell.value for cell in summary[1]], summary[2], strict=True))
    assert figures["From"].value == datetime(2025, 1, 1) and figures["From"].number_format == "DD.MM.YYYY"
    assert figures["As of"].value == NOW and figures["As of"].number_format == "DD.MM.YYYY HH:MM"
    expected = {
        "Enquiries received": 22,
        "Answered": 13,
        "Answered before the deadline": 9,
        "Answered after the deadline": 4,
        "Median time to answer (hours)": 21.5,
        "Longest time to answer (hours)": 71,
        "Declined": 2,
        "Answered with “no comment”": 2,
        "Still open": 5,
        "Still open past the deadline": 4,
    }
    for label, value in expected.items():
        assert figures[label].value == value and figures[label].data_type == "n", label
    share = figures["Answered before the deadline (% of the answered)"]
    assert share.value == pytest.approx(9 / 13) and share.number_format == "0%"

    lines = {(row[0], row[1]): row[2:] for row in breakdown.iter_rows(min_row=2, values_only=True)}
    assert lines[("Enquiries by outlet", "KTV")] == (6, pytest.approx(6 / 22), "KTV")
    assert lines[("Enquiries by outlet", "No outlet named")] == (2, pytest.approx(2 / 22), None)
    assert lines[("Enquiries by outlet", "Total")] == (22, 1, None)
    assert lines[("Enquiries by topic", "Rrugët")][0] == 4
    assert lines[("Enquiries by channel", "Social media")] == (3, pytest.approx(3 / 22), "social_media")
    assert lines[("Enquiries by status", "No comment")] == (2, pytest.approx(2 / 22), "no_comment")

    header = [cell.value for cell in listed[1]]
    assert header[:7] == ["Number", "Received", "Outlet", "Topic", "Status", "Deadline", "Answered"]
    rows = {row[0]: dict(zip(header, row, strict=True)) for row in listed.iter_rows(min_row=2, values_only=True)}
    assert len(rows) == 22
    late = rows["P-2025/002"]
    assert (late["Received"], late["Deadline"], late["Answered"]) == (
        datetime(2025, 1, 8, 10, 0),
        datetime(2025, 1, 9, 10, 0),
        datetime(2025, 1, 9, 12, 0),
    )
    assert (late["Hours to answer"], late["Late (after the deadline, or open past it)"]) == (26, "Yes")
    assert rows["P-2025/003"]["Hours to answer"] == 21.5 and rows["P-2025/003"]["Channel"] == "E-mail"
    assert rows["P-2025/018"]["Late (after the deadline, or open past it)"] == "Yes"  # open past its deadline
    assert rows["P-2025/004"]["Hours to answer"] is None and rows["P-2025/004"]["Status"] == "Declined"
    cells = [str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row]
    for personal in PERSONAL:
        assert not any(personal in cell for cell in cells), personal


def test_a_quarter_and_a_date_range(register, tmp_path):
    quarter = register.write_report(tmp_path / "q1.pdf", "pdf", date(2025, 1, 1), date(2025, 3, 31), "en")
    text = words(quarter)
    assert "Quarter 1 of 2025" in text and "Enquiries received 7" in text
    assert "Answered before the deadline (% of the answered) 60 %" in text
    assert "Median time to answer (hours) 21.5" in text and "Longest time to answer (hours) 48" in text
    assert "P-2025/007" in text and "P-2025/008" not in text
    ranged = register.write_report(tmp_path / "r.xlsx", "xlsx", date(2025, 12, 15), date(2026, 1, 5), "en")
    summary = openpyxl.load_workbook(ranged).worksheets[0]
    assert summary.title == "Enquiries 15.12.2025–05.01.2026"
    figures = dict(zip([cell.value for cell in summary[1]], [cell.value for cell in summary[2]], strict=True))
    assert (figures["Enquiries received"], figures["Still open"], figures["Still open past the deadline"]) == (3, 3, 1)
    assert figures["Answered before the deadline (% of the answered)"] is None
    pdf = register.write_report(tmp_path / "r.pdf", "pdf", date(2025, 12, 15), date(2026, 1, 5), "en")
    text = words(pdf)
    assert "15.12.2025 – 05.01.2026" in text and "P-2026/001" in text
    assert "Answered before the deadline (% of the answered) –" in text and "Median time to answer (hours) –" in text


def test_the_file_names_follow_the_period_in_the_reports_language(register):
    name = register.report_file_name
    assert name(date(2026, 1, 1), date(2026, 12, 31), "en", "pdf") == "enquiries-report-2026.pdf"
    assert name(date(2026, 4, 1), date(2026, 6, 30), "en", "xlsx") == "enquiries-report-2026-q2.xlsx"
    assert name(date(2026, 3, 1), date(2026, 5, 15), "en", "pdf") == "enquiries-report-2026-03-01_2026-05-15.pdf"
    for language in ("sq", "sr"):  # raporti-i-pyetjeve-2026.pdf, izvestaj-o-upitima-2026.pdf
        stem = catalog(language).translate("EnquiryReport", "enquiries-report")
        assert name(date(2026, 1, 1), date(2026, 12, 31), language, "pdf") == f"{stem}-2026.pdf"


@pytest.mark.parametrize("language", ["sq", "sr"])
def test_the_report_in_albanian_and_serbian_embeds_its_fonts(register, tmp_path, language):
    path = register.write_report(tmp_path / "enquiries.pdf", "pdf", *YEAR, language)
    text = words(path)
    translate = catalog(language).translate
    assert PROFILE.institution_name(language) in text
    assert translate("EnquiryReport", "Key figures") in text
    assert f"{EnquiryChannel.PHONE.label_in(language)} 7 32 %" in text
    assert f"{EnquiryStatus.ANSWERED.label_in(language)} 13 59 %" in text
    assert "21,5" in text  # the median, as sq and sr write decimals
    assert pdf_fonts(path) == {"DejaVuSans": True, "DejaVuSans-Bold": True}
    sheet = openpyxl.load_workbook(register.write_report(tmp_path / "e.xlsx", "xlsx", *YEAR, language)).worksheets[2]
    assert sheet["E2"].value == EnquiryStatus.ANSWERED.label_in(language)


def test_an_outlet_and_a_topic_with_nasty_text_are_printed_as_written(register, tmp_path):
    register.create(
        EnquiryInput(
            received_at=datetime(2025, 11, 3, 9, 0),
            questions=("Pse?",),
            journalist="Ilir",
            outlet=NASTY + "\x1b",
            topic='=HYPERLINK("http://x.example")',
        )
    )
    text = words(register.write_report(tmp_path / "e.pdf", "pdf", *YEAR, "en"))
    assert f"{NASTY} 1 4 %" in text and '=HYPERLINK("http://x.example") 1 4 %' in text
    book = openpyxl.load_workbook(register.write_report(tmp_path / "e.xlsx", "xlsx", *YEAR, "en"))
    items = [row[1] for row in book.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert NASTY in items and '=HYPERLINK("http://x.example")' in items
    topics = [cell for cell in book.worksheets[2]["D"] if cell.value and cell.value.startswith("=")]
    assert [cell.data_type for cell in topics] == ["s"]  # text, never a formula


def test_a_year_of_a_few_hundred_enquiries_runs_over_pages_with_its_header_on_each(register, tmp_path):
    data = EnquiryInput(received_at=datetime(2025, 1, 1), questions=("Pse?",), journalist="Ilir", outlet="KTV")
    for hour in range(300):
        register.create(replace(data, received_at=datetime(2025, 2, 1 + hour // 24, hour % 24, 0)))
    path = register.write_report(tmp_path / "long.pdf", "pdf", *YEAR, "en")
    pages = [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]
    listing = [page for page in pages if re.search(r"P-2025/\d{3} \d\d\.\d\d\.2025", page)]
    assert len(listing) >= 6 and pages[1:] == listing  # the first page: the figures
    assert all("Number Received Outlet Topic Status Deadline Answered" in page for page in listing)
    assert "Enquiries received 322" in pages[0] and "P-2025/322" in pages[-1]


def test_the_toolkits_take_plain_figures(tmp_path):
    """The report modules need no database: the figures in, a file out."""
    figures = CountedEnquiries(
        first=date(2026, 1, 1),
        last=date(2026, 12, 31),
        received=0,
        by_outlet={},
        by_topic={},
        by_channel=dict.fromkeys(EnquiryChannel, 0),
        by_status=dict.fromkeys(EnquiryStatus, 0),
        answered_in_time=0,
        answered_late=0,
        overdue=0,
        as_of=datetime(2026, 3, 1, 8, 30),
    )
    pdf = write_enquiries_report_pdf(tmp_path / "empty.pdf", figures, PROFILE, "en", printed_on=date(2026, 3, 1))
    text = words(pdf)
    assert "Enquiries received 0" in text and "Median time to answer (hours) –" in text
    assert "Enquiries by outlet No enquiry was received in the period." in text and "Total 0 0 %" in text
    assert "Printed on 01.03.2026" in text
    book = openpyxl.load_workbook(write_enquiries_report_xlsx(tmp_path / "empty.xlsx", figures, "en"))
    assert book.worksheets[0]["D2"].value == 0 and book.worksheets[2].max_row == 1
