"""The printed week plan (PDF) and the range workbook (XLSX), read back as the office would see them."""

from datetime import date, datetime, time, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from commsdesk.domain.events import EventKind, EventStatus
from commsdesk.domain.office import Profile
from commsdesk.reports.calendar_range_xlsx import write_calendar_workbook
from commsdesk.reports.calendar_week_plan import write_week_plan
from commsdesk.reports.pdf import Letterhead
from commsdesk.services.calendar import CalendarService, EventInput
from tests.helpers import pdf_text

MONDAY = date(2026, 2, 16)  # the week of Independence Day (Tuesday 17.02.2026)
PROFILE = Profile(
    institution_names={"sq": "Komuna e Kaçanikut – ZIMP", "sr": "Opština Kačanik – KIOJ"},
    officer_name="Arbëresha Gashi",
)


def at(day_offset: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day_offset), time(hour, minute))


@pytest.fixture
def calendar(workspace):
    service = CalendarService(workspace.database, today=lambda: date(2026, 1, 5))
    workspace.services.contacts.ensure_audience_groups()
    media = [g.id for g in service.media_groups()]
    inside = [
        EventInput(
            "Alfa konferenca",
            EventKind.PRESS_CONFERENCE,
            at(0, 11),
            at(0, 12),
            location="Salla Đ",
            organiser="ZIMP Čačak",
        ),
        EventInput("Beta intervista", EventKind.INTERVIEW, at(2, 14), at(2, 15), organiser="Drejtoria ç"),
        EventInput("Gama panairi", EventKind.CULTURAL, at(4, 0), at(5, 0), all_day=True),
        EventInput("Delta fushata", EventKind.CAMPAIGN, at(-4, 0), at(2, 0), all_day=True),  # began the week before
        EventInput("Epsilon anuluar", EventKind.TENDER_OPENING, at(3, 10), at(3, 11), status=EventStatus.CANCELLED),
        EventInput("Zeta e diel", EventKind.CULTURAL, at(6, 23), at(6, 23, 30)),
    ]
    outside = [
        EventInput("Jashtë para", EventKind.OTHER, at(-1, 23), at(-1, 23, 59)),
        EventInput("Jashtë pas", EventKind.OTHER, at(7, 0, 30), at(7, 1, 30)),
    ]
    for data in inside + outside:
        service.create(data)
    service.create(
        EventInput(
            "Mbledhja javore",
            EventKind.MAYOR_MEETING,
            datetime(2026, 1, 5, 9, 0),
            datetime(2026, 1, 5, 10, 0),
            rrule="FREQ=WEEKLY;BYDAY=WE",
            media_group_ids=tuple(media[:1]),
        )
    )
    return service


def week_plan(calendar, tmp_path, language="en"):
    entries = calendar.agenda(MONDAY, MONDAY + timedelta(days=6))
    holidays = [(h.day, h.name) for h in calendar.entered_holidays()]
    return write_week_plan(
        tmp_path / f"java-{language}.pdf",
        entries,
        MONDAY,
        MONDAY + timedelta(days=6),
        letterhead=Letterhead.of(PROFILE, language),
        language=language,
        holidays=holidays,
        prepared_by=PROFILE.officer_name,
        printed_on=date(2026, 2, 13),
    )


def test_week_plan_lists_every_event_of_the_week_and_no_other(calendar, tmp_path):
    path = week_plan(calendar, tmp_path)
    text = pdf_text(path)
    for title in [
        "Alfa konferenca",
        "Beta intervista",
        "Gama panairi",
        "Delta fushata",
        "Epsilon anuluar",
        "Zeta e diel",
    ]:
        assert title in text
    assert text.count("Mbledhja javore") == 1  # the series' Wednesday in this week
    assert "Jashtë para" not in text and "Jashtë pas" not in text
    assert "Week 8: 16.02.2026 – 22.02.2026" in text
    assert "Independence Day" in text and "Salla Đ" in text and "ZIMP Čačak" in text
    assert "11:00–12:00" in text and "All day" in text and "(Cancelled)" in text
    assert "Komuna e Kaçanikut – ZIMP" in text and "Prepared by: Arbëresha Gashi" in text
    page = PdfReader(str(path)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # A4 landscape
    for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]:
        assert day in text


def test_week_plan_shows_the_media_invited(calendar, tmp_path):
    text = pdf_text(week_plan(calendar, tmp_path))
    assert calendar.media_groups()[0].label in text


def test_week_plan_speaks_the_report_language_not_the_windows(calendar, tmp_path):
    text = pdf_text(week_plan(calendar, tmp_path, "sr"))
    assert "Opština Kačanik – KIOJ" in text and "Utorak" in text and "Dan nezavisnosti" in text
    text = pdf_text(week_plan(calendar, tmp_path, "sq"))
    assert "E martë" in text and "Dita e Pavarësisë" in text


def test_a_longer_range_gets_one_section_per_week(calendar, tmp_path):
    last = MONDAY + timedelta(days=20)
    path = write_week_plan(
        tmp_path / "three.pdf",
        calendar.agenda(MONDAY, last),
        MONDAY,
        last,
        letterhead=Letterhead.of(PROFILE, "en"),
        language="en",
    )
    text = pdf_text(path)
    assert "Week 8:" in text and "Week 9:" in text and "Week 10:" in text
    assert text.count("Mbledhja javore") == 3


def test_range_workbook_has_one_row_per_occurrence_with_real_dates(calendar, tmp_path):
    first, last = MONDAY, MONDAY + timedelta(days=6)
    calendar.create(EventInput("=SUM(A1:A9)", EventKind.OTHER, at(1, 8), at(1, 9)))
    path = write_calendar_workbook(
        tmp_path / "kalendari.xlsx",
        calendar.agenda(first, last),
        first,
        last,
        language="en",
        holidays=[(h.day, h.name) for h in calendar.entered_holidays()],
    )
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("Date", "Day", "Start", "End", "Kind", "Event")
    titles = [row[5] for row in rows[1:]]
    assert sorted(titles) == sorted(
        [
            "Alfa konferenca",
            "Beta intervista",
            "Gama panairi",
            "Delta fushata",
            "Epsilon anuluar",
            "Zeta e diel",
            "Mbledhja javore",
            "=SUM(A1:A9)",
        ]
    )
    formula = next(row for row in rows[1:] if row[5] == "=SUM(A1:A9)")
    assert formula[0] == datetime(2026, 2, 17) and formula[13] == "Independence Day"
    assert sheet.cell(row=rows.index(formula) + 1, column=6).data_type == "s"
    meeting = next(row for row in rows[1:] if row[5] == "Mbledhja javore")
    assert meeting[2:5] == ("09:00", "10:00", "Mayor's meeting") and meeting[12] == "yes"
