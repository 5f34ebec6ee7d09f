"""Reading plan files (CSV and XLSX) in the shared layout, all or nothing, and the empty template."""

import csv
from pathlib import Path

import openpyxl
import pytest

from commsdesk.domain.plan import ActivityKind
from commsdesk.errors import ValidationError
from commsdesk.io.plan_csv import COLUMNS, read_plan_csv, read_plan_file, read_plan_xlsx, write_plan_template
from commsdesk.resources import resource_path

KACANIK = resource_path("demo", "kacanik-action-plan-2023.csv")
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "kacanik-action-plan-2023.csv"


def kacanik_records() -> list[list[str]]:
    with KACANIK.open(encoding="utf-8") as handle:
        return list(csv.reader(handle))


def write_csv(path: Path, lines: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(lines)
    return path


def write_xlsx(path: Path, lines: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    for line in lines:
        workbook.active.append(line)
    workbook.save(path)
    return path


def test_the_demo_copy_is_the_shared_kacanik_plan():
    if SHARED.exists():
        assert SHARED.read_bytes() == KACANIK.read_bytes()


def test_the_kacanik_csv_reads_as_three_objectives_25_specific_18_recurring_and_3900_euros():
    rows = read_plan_csv(KACANIK)
    specific = [r for r in rows if r.kind is ActivityKind.SPECIFIC]
    assert len(rows) == 43 and len(specific) == 25
    assert {r.objective for r in rows} == {1, 2, 3}
    assert sum(r.cost_cents for r in rows) == 390000
    first = rows[0]
    assert first.row == 2 and first.responsible == ["Shefi i kabinetit të kryetarit", "ZIMP"]
    quoted = next(r for r in rows if r.activity.startswith('"Dita'))
    assert quoted.activity == '"Dita e Dyerve të Hapura" e Komunës' and quoted.timeframe == "korrik 2023"


def test_the_same_plan_reads_the_same_from_an_xlsx_file(tmp_path):
    lines = kacanik_records()
    workbook_lines = [lines[0]] + [
        [int(line[0]), *line[1:7], float(line[7]) if line[7] else None, line[8]] for line in lines[1:]
    ]
    from_xlsx = read_plan_xlsx(write_xlsx(tmp_path / "plan.xlsx", workbook_lines))
    assert from_xlsx == read_plan_csv(KACANIK)


def test_a_malformed_plan_is_rejected_with_the_number_of_every_bad_row(tmp_path):
    lines = kacanik_records()
    lines[3][0] = ""  # row 4: no objective
    lines[5][7] = "abc"  # row 6: a cost that is no amount
    lines[8][2] = "special"  # row 9: an unknown kind
    for path in (write_csv(tmp_path / "bad.csv", lines), write_xlsx(tmp_path / "bad.xlsx", lines)):
        with pytest.raises(ValidationError) as caught:
            read_plan_file(path)
        message = str(caught.value)
        assert message.startswith("The plan was not imported:")
        assert "Row 4: the objective number is missing or not a number" in message
        assert 'Row 6: the cost "abc" is not an amount' in message
        assert 'Row 9: unknown kind "special"' in message
        assert message.count("Row ") == 3


def test_row_numbers_count_blank_lines_as_the_file_shows_them(tmp_path):
    lines = [*kacanik_records()[:3], [""] * 9, ["1", "", "recurring", "Takim", "ZIMP", "", "", "150", ""]]
    with pytest.raises(ValidationError) as caught:
        read_plan_csv(write_csv(tmp_path / "gaps.csv", lines))
    reasons = "a recurring activity has no planned cost; a recurring activity needs a frequency"
    assert f"Row 5: {reasons}" in str(caught.value)


def test_an_objective_titled_two_ways_is_reported(tmp_path):
    lines = kacanik_records()[:3]
    lines[2][1] = "Another title"
    with pytest.raises(ValidationError, match="Row 3: objective 1 has another title in row 2"):
        read_plan_csv(write_csv(tmp_path / "titles.csv", lines))


def test_missing_columns_and_missing_or_foreign_files_are_clear_errors(tmp_path):
    with pytest.raises(ValidationError, match="lacks the columns: cost_eur, note"):
        read_plan_csv(write_csv(tmp_path / "short.csv", [COLUMNS[:7], ["1", "x", "specific", "a", "", "2023", ""]]))
    with pytest.raises(ValidationError, match="does not exist"):
        read_plan_file(tmp_path / "none.xlsx")
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        read_plan_xlsx(fake)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(",".join(COLUMNS).encode() + b"\n1,T\xebst,specific,a,,2023,,0,\n")
    with pytest.raises(ValidationError, match="not UTF-8"):
        read_plan_csv(latin)


def test_the_template_has_the_import_layout_and_an_explanation_sheet(tmp_path):
    path = write_plan_template(tmp_path / "template.xlsx")
    workbook = openpyxl.load_workbook(path)
    plan, explanation = workbook.worksheets
    assert [cell.value for cell in plan[1]] == list(COLUMNS) and plan.max_row == 1
    assert explanation.title == "Help"
    assert [row[0] for row in explanation.iter_rows(min_row=2, values_only=True)] == list(COLUMNS)
    with pytest.raises(ValidationError, match="has no activities"):
        read_plan_file(path)


def test_a_filled_in_template_imports(tmp_path):
    path = write_plan_template(tmp_path / "template.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook.worksheets[0].append([1, "Komunikimi", "specific", "Faqja e re", "ZIMP; Zyra IT", "Q2 2024", None, 1250.5])
    workbook.save(path)
    (row,) = read_plan_file(path)
    assert (row.objective, row.responsible, row.timeframe) == (1, ["ZIMP", "Zyra IT"], "Q2 2024")
    assert row.cost_cents == 125050
