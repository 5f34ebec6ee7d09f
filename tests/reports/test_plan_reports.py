"""The action plan's status reports, read back as the mayor's cabinet would read them: PDF text and workbook cells."""

from datetime import date, datetime

import openpyxl
import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from commsdesk.db.models import PressRelease
from commsdesk.domain.office import Profile
from commsdesk.domain.plan import ActivityKind, ActivityStatus
from commsdesk.io.plan_csv import read_plan_csv
from commsdesk.reports.plan_pdf import wrap, write_plan_pdf
from commsdesk.reports.plan_xlsx import write_plan_xlsx
from commsdesk.resources import resource_path
from commsdesk.services.plan import ActivityInput
from tests.helpers import pdf_fonts, pdf_text

S = ActivityStatus
PROFILE = Profile(
    institution_names={"sq": "Komuna e Kaçanikut", "sr": "Opština Kačanik", "en": "Municipality of Kaçanik"},
    officer_name="Arbëresha Gashi",
)
PRINTED = date(2024, 1, 20)


@pytest.fixture
def plan(services, workspace):
    """The Kaçanik plan with a little history and 37 releases linked to "Komunikata/njoftime për shtyp"."""
    service = services.plan
    strategy = service.create_strategy(
        {"sq": "Strategjia për Informim dhe Komunikim", "sr": "Strategija za informisanje i komunikaciju"}, 2023, 2026
    )
    plan_id = service.import_plan(strategy, 2023, read_plan_csv(resource_path("demo", "kacanik-action-plan-2023.csv")))
    by_title = {a.title: a for a in service.snapshot(plan_id).activities}
    meeting = by_title["Takimi i përgjithshëm (1) me stafin e administratës"]
    service.add_status(meeting.id, date(2023, 3, 24), S.COMPLETED, 100, "Takimi u mbajt", actual_cost_cents=8500)
    training = by_title["Azhurnimi i Programit për trajnime dhe ngritje profesionale"]
    service.add_status(training.id, date(2023, 5, 15), S.IN_PROGRESS, 40, "Moduli i parë", actual_cost_cents=35000)
    service.add_status(training.id, date(2023, 10, 1), S.COMPLETED, 100, "Përfundoi në tetor", actual_cost_cents=99000)
    releases = by_title["Komunikata/njoftime për shtyp"]
    with workspace.database.session() as session:
        for number in range(1, 38):
            session.add(
                PressRelease(
                    year=2023,
                    number=number,
                    reference=f"2023/{number:03d}",
                    status="distributed",
                    release_date=date(2023, 1 + number % 12, 3),
                    activity_id=releases.id,
                )
            )
    return service, plan_id


def test_the_annual_pdf_shows_the_plans_figures_and_each_objectives_planned_total(plan, tmp_path):
    service, _plan_id = plan
    snapshot = service.report_snapshot(2023, as_of=date(2023, 12, 31))
    path = write_plan_pdf(tmp_path / "annual.pdf", snapshot, PROFILE, "en", printed_on=PRINTED)
    text = " ".join(pdf_text(path).split())
    assert "Annual status report of the action plan 2023" in text
    assert "Period 01.01.2023 – 31.12.2023 · status as of 31.12.2023" in text
    assert "Objectives: 3 · specific activities: 25 · recurring activities: 18 · planned: €3,900.00" in text
    assert "spent: €1,075.00 · completed: 2 (5 %)" in text
    assert "Whole plan 43 " in text and "€3,900.00 €1,075.00" in text
    for number, planned in ((1, "€1,800.00"), (2, "€1,900.00"), (3, "€200.00")):
        assert f"Objective {number}: " in text
        assert f"planned: {planned}" in text
    assert (
        "Komunikata/njoftime për shtyp Zyrtari për Marrëdhënie me Publikun; ZIMP Gjatë gjithë kohës 37 releases" in text
    )
    assert "no additional cost" in text and "Përfundoi në tetor" in text
    assert "Prepared by: information officer" in text and "Arbëresha Gashi" in text
    # Tables and charts included: the file names no font it does not embed (as reportlab's Helvetica would be).
    assert pdf_fonts(path) == {"DejaVuSans": True, "DejaVuSans-Bold": True}
    assert "head of the mayor's cabinet" in text
    reader = PdfReader(str(path))
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)
    assert "Page 1 of" in reader.pages[0].extract_text() and "Municipality of Kaçanik" in reader.pages[0].extract_text()


def test_the_annual_workbook_summary_holds_the_same_figures_as_numbers(plan, tmp_path):
    service, _plan_id = plan
    snapshot = service.report_snapshot(2023, as_of=date(2023, 12, 31))
    workbook = openpyxl.load_workbook(write_plan_xlsx(tmp_path / "annual.xlsx", snapshot, "en"))
    assert workbook.sheetnames == ["Summary 2023", "Objective 1", "Objective 2", "Objective 3"]
    rows = list(workbook["Summary 2023"].iter_rows(values_only=True))
    header = rows[0]
    column = {name: header.index(name) for name in header}
    total = rows[-1]
    assert total[column["Objective"]] == "Whole plan"
    assert (
        total[column["Activities"]],
        total[column["Specific activities"]],
        total[column["Recurring activities"]],
    ) == (43, 25, 18)
    assert total[column["Planned"]] == 3900 and total[column["Spent"]] == 1075
    assert [row[column["Planned"]] for row in rows[1:-1]] == [1800, 1900, 200]
    assert [row[column["No."]] for row in rows[1:-1]] == [1, 2, 3]
    assert total[column["Completed"]] == 2 and total[column["% completed"]] == pytest.approx(0.05)
    objective = list(workbook["Objective 2"].iter_rows(values_only=True))
    head = objective[0]
    releases = next(row for row in objective if row[head.index("Activity")] == "Komunikata/njoftime për shtyp")
    assert releases[head.index("Releases")] == 37 and releases[head.index("Kind")] == "Recurring"
    survey = next(row for row in objective if str(row[head.index("Activity")]).startswith("Sondazh"))
    assert survey[head.index("From")] == datetime(2023, 6, 1) and survey[head.index("Planned")] == 0
    assert survey[head.index("Overdue")] == "yes" and survey[head.index("Status")] == "Not started"


def test_a_quarterly_report_is_as_of_the_quarters_last_day_and_lists_what_was_due_and_changed(plan, tmp_path):
    service, _plan_id = plan
    snapshot = service.report_snapshot(2023, quarter=2)  # printed long after June
    assert snapshot.as_of == date(2023, 6, 30)
    text = " ".join(pdf_text(write_plan_pdf(tmp_path / "q2.pdf", snapshot, PROFILE, "en", printed_on=PRINTED)).split())
    assert "Status report of the action plan 2023, quarter 2" in text and "status as of 30.06.2023" in text
    assert "Takim koordinues me organizatat e shoqërisë civile" in text  # mars–qershor 2023
    assert "Konferenca vjetore" not in text and "Festa e fundvitit" not in text  # due later
    assert "What changed in the period" in text and "15.05.2023 1 Azhurnimi i Programit" in text
    assert "Përfundoi në tetor" not in text and "€990.00" not in text  # the October update is after the quarter
    workbook = openpyxl.load_workbook(write_plan_xlsx(tmp_path / "q2.xlsx", snapshot, "en"))
    assert workbook.sheetnames[0] == "Summary 2023 Q2" and workbook.sheetnames[-1] == "Changes"
    changes = list(workbook["Changes"].iter_rows(values_only=True))
    assert changes[1][:5] == (
        datetime(2023, 5, 15),
        1,
        "Azhurnimi i Programit për trajnime dhe ngritje profesionale",
        "In progress",
        0.4,
    )


def test_a_quarter_without_changes_says_so(plan, tmp_path):
    service, _plan_id = plan
    snapshot = service.report_snapshot(2023, quarter=3)
    assert not snapshot.changes
    text = " ".join(pdf_text(write_plan_pdf(tmp_path / "q3.pdf", snapshot, PROFILE, "en", printed_on=PRINTED)).split())
    assert "No status was reported in this period." in text


@pytest.mark.parametrize(
    ("language", "headings", "total"),
    [
        (
            "sr",
            [
                "Godišnji izveštaj o statusu akcionog plana 2023",
                "Specifične aktivnosti",
                "Ponavljajuće aktivnosti",
                "Cilj 2:",
                "Pripremio: službenik za informisanje",
            ],
            "3.900,00 €",
        ),
        (
            "sq",
            [
                "Raporti vjetor i statusit të planit të veprimit 2023",
                "Aktivitetet specifike",
                "Aktivitetet e përsëritura",
                "Objektivi 2:",
                "Përgatiti: zyrtari për informim",
            ],
            "3.900,00 €",
        ),
    ],
)
def test_reports_in_serbian_and_albanian_translate_headings_and_keep_activity_texts(
    plan, tmp_path, language, headings, total
):
    service, _plan_id = plan
    snapshot = service.report_snapshot(2023, as_of=date(2023, 12, 31))
    text = " ".join(
        pdf_text(write_plan_pdf(tmp_path / "r.pdf", snapshot, PROFILE, language, printed_on=PRINTED)).split()
    )
    for heading in headings:
        assert heading in text
    assert total in text and "Annual status report" not in text and "Specific activities" not in text
    assert "Komunikata/njoftime për shtyp" in text and "Takimi u mbajt" in text  # as entered
    assert ("Opština Kačanik" if language == "sr" else "Komuna e Kaçanikut") in text
    workbook = openpyxl.load_workbook(write_plan_xlsx(tmp_path / "r.xlsx", snapshot, language))
    summary = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert summary[-1][2:5] == (43, 25, 18) and "Objective" not in summary[0]


def test_an_empty_plan_still_prints(services, tmp_path):
    service = services.plan
    strategy = service.create_strategy({"en": "S"}, 2023, 2026)
    copied = service.import_plan(strategy, 2023, read_plan_csv(resource_path("demo", "kacanik-action-plan-2023.csv")))
    for activity in service.snapshot(copied).activities:
        service.delete_activity(activity.id)
    snapshot = service.report_snapshot(2023)
    assert "Objectives: 0" in pdf_text(write_plan_pdf(tmp_path / "e.pdf", snapshot, Profile(), "en"))
    assert len(openpyxl.load_workbook(write_plan_xlsx(tmp_path / "e.xlsx", snapshot, "en")).sheetnames) == 1


def test_long_cell_texts_wrap_inside_their_cells_with_every_character_kept(plan, tmp_path):
    service, plan_id = plan
    long_word = "PërgjegjësidheshqyrtimiipërbashkëtiikomunësmeqytetarëtnëKaçanikdheĐeneralJankovićčćžš" * 2
    title = f"Fushatë informuese <b>me & pa</b> {long_word} për buxhetin participues dhe dëgjimet publike"
    activity = service.add_activity(plan_id, ActivityInput(1, ActivityKind.SPECIFIC, title, ("Zyra e informimit",)))
    service.add_status(activity, date(2023, 6, 1), S.IN_PROGRESS, 30, "Rreshti i parë\nRreshti i dytë: ç ë đ")
    snapshot = service.report_snapshot(2023, as_of=date(2023, 12, 31))
    reader = PdfReader(str(write_plan_pdf(tmp_path / "wrap.pdf", snapshot, PROFILE, "sq", printed_on=PRINTED)))
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    assert "".join(title.split()) in text  # the markup-like text printed as written, the long word cut, not lost
    assert "Rreshtiiparë" in text and "Rreshtiidytë:çëđ" in text
    assert wrap(long_word, 100).count("\n") >= 5
    assert all(stringWidth(line, "DejaVuSans", 8) <= 100 for line in wrap(f"{title}\nnjë", 100).split("\n"))
