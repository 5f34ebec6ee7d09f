"""The PDF and XLSX toolkits, read back as a user would read the files."""

import io
from datetime import date, datetime

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QGuiApplication, QImage

from commsdesk.domain.office import Profile
from commsdesk.errors import UserError
from commsdesk.reports.pdf import Letterhead, build_pdf, data_table, para, stylesheet
from commsdesk.reports.xlsx import Column, Kind, Sheet, sheet_title, write_workbook
from tests.helpers import TRICKY, pdf_pages, pdf_text

PROFILE = Profile(
    institution_names={"sq": "Komuna e Kaçanikut", "sr": "Opština Kačanik"},
    municipality="Kaçanik",
    phone="+383 290 380 000",
    email="info@kacanik.example",
)


def write_pdf(path, story, language="sq", profile=PROFILE, **options):
    return build_pdf(
        path,
        story,
        title="Test",
        letterhead=Letterhead.of(profile, language),
        language=language,
        printed_on=date(2026, 11, 22),
        **options,
    )


def png_logo() -> bytes:
    QGuiApplication.instance() or QGuiApplication([])
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5d8a"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_pdf_keeps_every_letter_and_every_special_character(tmp_path):
    styles = stylesheet()
    path = write_pdf(
        tmp_path / "r.pdf", [para(TRICKY, styles["title"]), data_table(["A", "B"], [[TRICKY, "x"]], [200, 200])]
    )
    text = pdf_text(path)
    assert text.count(TRICKY) == 2


def test_pdf_embeds_its_font(tmp_path):
    path = write_pdf(tmp_path / "r.pdf", [para("ë ç š đ č ć ž", stylesheet()["body"])])
    fonts = [font.get_object() for page in PdfReader(str(path)).pages for font in page["/Resources"]["/Font"].values()]
    embedded = [str(font["/BaseFont"]) for font in fonts if "/FontFile2" in font.get("/FontDescriptor", {})]
    assert any("DejaVuSans" in name for name in embedded), [str(font.get("/BaseFont")) for font in fonts]


def test_markup_in_user_text_is_printed_not_obeyed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    hostile = f'<img src="{secret}"/> <b>not bold</b> & <font size=40>x</font> <unclosed'
    path = write_pdf(tmp_path / "r.pdf", [para(hostile, stylesheet()["body"])])
    text = " ".join(pdf_text(path).split())
    assert '<img src="' in text and "<b>not bold</b>" in text and "<unclosed" in text
    assert "TOP SECRET" not in text


def test_letterhead_and_page_x_of_y_footer_on_every_page_in_the_reports_language(tmp_path):
    rows = [[f"row {n}", TRICKY] for n in range(150)]
    path = write_pdf(tmp_path / "r.pdf", [data_table(["A", "B"], rows, [100, 300])], language="en")
    pages = pdf_pages(path)
    assert pages >= 3
    readers = PdfReader(str(path)).pages
    for number, page in enumerate(readers, start=1):
        text = page.extract_text()
        assert f"Page {number} of {pages}" in text
        assert "Komuna e Kaçanikut" in text and "Printed on 22.11.2026" in text


def test_letterhead_uses_the_institution_name_of_the_reports_language(tmp_path):
    path = write_pdf(tmp_path / "r.pdf", [para("x", stylesheet()["body"])], language="sr")
    assert "Opština Kačanik" in pdf_text(path)


def test_landscape_pages_are_wider_than_tall(tmp_path):
    path = write_pdf(tmp_path / "r.pdf", [para("x", stylesheet()["body"])], landscape_pages=True)
    box = PdfReader(str(path)).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_a_logo_is_drawn_and_a_broken_logo_is_left_out(tmp_path):
    good = write_pdf(
        tmp_path / "good.pdf", [para("x", stylesheet()["body"])], profile=PROFILE.with_changes(logo=png_logo())
    )
    assert PdfReader(str(good)).pages[0]["/Resources"].get("/XObject")
    broken = write_pdf(
        tmp_path / "bad.pdf", [para("x", stylesheet()["body"])], profile=PROFILE.with_changes(logo=b"garbage")
    )
    assert "Komuna e Kaçanikut" in pdf_text(broken)


def test_a_failed_report_leaves_the_previous_file_untouched(tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(b"previous report")

    class Exploding(para("x", stylesheet()["body"]).__class__):
        def wrap(self, *args):
            raise RuntimeError("layout failed")

    with pytest.raises(RuntimeError):
        write_pdf(path, [Exploding("x", stylesheet()["body"])])
    assert path.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        write_pdf(tmp_path / "nowhere" / "r.pdf", [para("x", stylesheet()["body"])])


def workbook_rows(path):
    sheet = openpyxl.load_workbook(path).active
    return sheet, list(sheet.iter_rows(values_only=True))


def test_xlsx_cells_read_back_with_their_types(tmp_path):
    columns = [
        Column("Name", 30),
        Column("Day", kind=Kind.DATE),
        Column("At", kind=Kind.DATETIME),
        Column("Cost", kind=Kind.MONEY),
        Column("Count", kind=Kind.NUMBER),
        Column("Done", kind=Kind.PERCENT),
    ]
    rows = [[TRICKY, date(2026, 3, 5), datetime(2026, 3, 5, 14, 30), 123456, 7, 40], ["", None, None, 0, 0, 0]]
    path = write_workbook(tmp_path / "t.xlsx", [Sheet("Kontaktet", columns, rows)])
    sheet, values = workbook_rows(path)
    assert values[0] == ("Name", "Day", "At", "Cost", "Count", "Done")
    assert values[1] == (TRICKY, datetime(2026, 3, 5), datetime(2026, 3, 5, 14, 30), 1234.56, 7, 0.4)
    assert values[2] == (None, None, None, 0, 0, 0)
    assert sheet["B2"].number_format == "DD.MM.YYYY" and "€" in sheet["D2"].number_format
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:F3"
    assert sheet.column_dimensions["A"].width == 30


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+383 44 123 456", "-5", "@import", "=1+1"])
def test_text_that_looks_like_a_formula_stays_text(tmp_path, text):
    path = write_workbook(tmp_path / "t.xlsx", [Sheet("S", [Column("Value")], [[text]])])
    sheet, values = workbook_rows(path)
    assert values[1] == (text,) and sheet["A2"].data_type == "s"


def test_control_characters_are_dropped_instead_of_breaking_the_file(tmp_path):
    path = write_workbook(tmp_path / "t.xlsx", [Sheet("S", [Column("Value")], [["a\x00b\x0bc"]])])
    assert workbook_rows(path)[1][1] == ("abc",)


def test_sheet_titles_are_made_valid_and_unique():
    taken = {"Objektivi 1"}
    assert sheet_title("Objektivi 1", taken) == "Objektivi 1 (2)"
    assert sheet_title("a/b:c*?[x]" * 5) == "a_b_c___x_a_b_c___x_a_b_c___x_a"
    assert len(sheet_title("x" * 80)) == 31


def test_an_xlsx_written_twice_to_the_same_name_is_replaced_whole(tmp_path):
    path = tmp_path / "t.xlsx"
    write_workbook(path, [Sheet("S", [Column("V")], [["first"]] * 100)])
    write_workbook(path, [Sheet("S", [Column("V")], [["second"]])])
    assert workbook_rows(path)[1] == [("V",), ("second",)]
    assert openpyxl.load_workbook(io.BytesIO(path.read_bytes())).sheetnames == ["S"]
