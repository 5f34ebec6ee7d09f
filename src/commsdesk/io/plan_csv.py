"""Reads an annual action plan (CSV or XLSX) in the layout of the shared Kaçanik CSV, validating every row,
and writes the empty XLSX template of that layout.

Columns: objective, objective_title, kind (specific|recurring), activity, responsible (`; `-separated),
timeframe, frequency, cost_eur (0 = no additional cost), note. A file is taken whole or not at all: one
ValidationError names every bad row by its number in the file (the header is row 1).
"""

from __future__ import annotations

import csv
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from commsdesk.domain.plan import ActivityKind, kind_from_text
from commsdesk.errors import ValidationError
from commsdesk.i18n import format_date, translate

COLUMNS = (
    "objective",
    "objective_title",
    "kind",
    "activity",
    "responsible",
    "timeframe",
    "frequency",
    "cost_eur",
    "note",
)


@dataclass(frozen=True)
class PlanRow:
    row: int  # 1-based line number in the file, header = 1
    objective: int
    objective_title: str
    kind: ActivityKind
    activity: str
    responsible: list[str]
    timeframe: str
    frequency: str
    cost_cents: int
    note: str


def parse_cost(text: str) -> int:
    """Euro amount as written (`1000`, `1.000,50`, `1000.50`, empty) → cents; ValueError when not a number."""
    cleaned = text.strip().replace("€", "").replace(" ", "")
    if not cleaned:
        return 0
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if value < 0 or not value.is_finite():
        raise ValueError(text)
    return int((value * 100).to_integral_value())


def validate_rows(records: list[dict[str, str]], first_row: int = 2) -> list[PlanRow]:
    """Check every record; raise one ValidationError naming every bad row, or return them all.

    `records` may hold None for blank lines (skipped, but counted, so that row numbers match the file).
    """
    problems: list[str] = []
    rows: list[PlanRow] = []
    titles: dict[int, tuple[str, int]] = {}  # objective → (title, the row that first named it)
    for number, record in enumerate(records, start=first_row):
        if record is None:
            continue
        value = {column: (record.get(column) or "").strip() for column in COLUMNS}
        reasons = []
        if not value["objective"].isdigit() or int(value["objective"]) == 0:
            reasons.append(translate("PlanImport", "the objective number is missing or not a number"))
        kind = kind_from_text(value["kind"])
        if kind is None:
            reasons.append(translate("PlanImport", 'unknown kind "{kind}"').format(kind=value["kind"]))
        if not value["activity"]:
            reasons.append(translate("PlanImport", "the activity is empty"))
        try:
            cost = parse_cost(value["cost_eur"])
        except ValueError:
            reasons.append(translate("PlanImport", 'the cost "{cost}" is not an amount').format(cost=value["cost_eur"]))
            cost = 0
        if kind is ActivityKind.RECURRING:
            if cost:
                reasons.append(translate("PlanImport", "a recurring activity has no planned cost"))
            if not value["frequency"]:
                reasons.append(translate("PlanImport", "a recurring activity needs a frequency"))
        if value["objective"].isdigit() and value["objective_title"]:
            title, first = titles.setdefault(int(value["objective"]), (value["objective_title"], number))
            if title != value["objective_title"]:
                reasons.append(
                    translate("PlanImport", "objective {number} has another title in row {row}").format(
                        number=int(value["objective"]), row=first
                    )
                )
        if reasons:
            problems.append(
                translate("PlanImport", "Row {row}: {reasons}").format(row=number, reasons="; ".join(reasons))
            )
            continue
        assert kind is not None
        rows.append(
            PlanRow(
                row=number,
                objective=int(value["objective"]),
                objective_title=value["objective_title"] or titles.get(int(value["objective"]), ("", 0))[0],
                kind=kind,
                activity=value["activity"],
                responsible=[name.strip() for name in value["responsible"].split(";") if name.strip()],
                timeframe=value["timeframe"],
                frequency=value["frequency"],
                cost_cents=cost,
                note=value["note"],
            )
        )
    if problems:
        raise ValidationError(translate("PlanImport", "The plan was not imported:") + "\n" + "\n".join(problems))
    if not rows:
        raise ValidationError(translate("PlanImport", "The plan file has no activities."))
    return rows


def _missing_columns(header: list[str]) -> None:
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise ValidationError(
            translate("PlanImport", "The plan file lacks the columns: {columns}").format(columns=", ".join(missing))
        )


def read_plan_csv(path: Path) -> list[PlanRow]:
    """The validated rows of a plan CSV (UTF-8, with or without BOM)."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [name.strip().lower() for name in next(reader, [])]
            _missing_columns(header)
            records: list[dict[str, str] | None] = []
            for cells in reader:
                if not any(cell.strip() for cell in cells):
                    records.append(None)
                    continue
                records.append(dict(zip(header, cells, strict=False)))
    except FileNotFoundError as error:
        raise ValidationError(translate("Errors", "The file {path} does not exist.").format(path=path)) from error
    except UnicodeDecodeError as error:
        raise ValidationError(
            translate("PlanImport", "The plan file {path} is not UTF-8 text.").format(path=path)
        ) from error
    return validate_rows(records)


def _cell_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV would hold: `1.0` → `1`, a date → `dd.MM.yyyy`."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return str(value)


def read_plan_xlsx(path: Path) -> list[PlanRow]:
    """The validated rows of the first sheet of a plan workbook (the header row is row 1)."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(translate("Errors", "The file {path} does not exist.").format(path=path))
    try:
        from openpyxl import load_workbook  # ~0.15 s to import: only when an XLSX plan is read

        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ValidationError(
            translate("PlanImport", "The file {path} is not an Excel workbook (.xlsx).").format(path=path)
        ) from error
    try:
        sheet = workbook.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = [_cell_text(name).strip().lower() for name in next(lines, ())]
        _missing_columns(header)
        records: list[dict[str, str] | None] = []
        for cells in lines:
            texts = [_cell_text(cell) for cell in cells]
            records.append(dict(zip(header, texts, strict=False)) if any(t.strip() for t in texts) else None)
    finally:
        workbook.close()
    while records and records[-1] is None:
        records.pop()
    return validate_rows(records)


def read_plan_file(path: Path) -> list[PlanRow]:
    """The validated rows of a plan file, CSV or XLSX by its extension."""
    if Path(path).suffix.lower() in {".xlsx", ".xlsm"}:
        return read_plan_xlsx(path)
    return read_plan_csv(path)


_TEMPLATE_WIDTHS = {"objective": 10, "objective_title": 40, "kind": 12, "activity": 60, "responsible": 36}


def write_plan_template(path: Path) -> Path:
    """An empty plan workbook with the import layout, and a second sheet explaining each column."""
    from commsdesk.reports.xlsx import Column, Sheet, write_workbook

    columns = [Column(name, _TEMPLATE_WIDTHS.get(name, 18)) for name in COLUMNS]
    explanations = [
        ("objective", translate("PlanImport", "The objective's number: 1, 2, 3…")),
        ("objective_title", translate("PlanImport", "The objective's title (once per objective is enough).")),
        ("kind", translate("PlanImport", "specific (with a timeframe and a cost) or recurring (with a frequency)")),
        ("activity", translate("PlanImport", "What is to be done, as the plan writes it.")),
        ("responsible", translate("PlanImport", 'Who is responsible; several separated by ";", e.g. "ZIMP; Zyra IT".')),
        (
            "timeframe",
            translate(
                "PlanImport", 'Specific activities: "2024", "nëntor 2024", "mars–qershor 2024", "Q2 2024" or dates.'
            ),
        ),
        ("frequency", translate("PlanImport", 'Recurring activities: e.g. "Në baza javore", "Dy herë në vit".')),
        ("cost_eur", translate("PlanImport", "The planned cost in euro; 0 means no additional cost.")),
        ("note", translate("PlanImport", "Anything else worth keeping.")),
    ]
    help_columns = [Column(translate("PlanImport", "Column"), 18), Column(translate("PlanImport", "Meaning"), 100)]
    return write_workbook(
        path,
        [Sheet("plan", columns, []), Sheet(translate("PlanImport", "Help"), help_columns, explanations)],
    )
