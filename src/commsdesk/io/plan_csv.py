"""Reads an annual action plan (CSV or XLSX) in the layout of the shared Kaçanik CSV, validating every row,
and writes the empty XLSX template of that layout.

Columns: objective, objective_title, kind (specific|recurring), activity, responsible (`; `-separated),
timeframe, frequency, cost_eur (0 = no additional cost), note. A file is taken whole or not at all: one
ValidationError names every bad row by its number in the file (the header is row 1).
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from commsdesk.domain.plan import TEXT_LIMITS, ActivityKind, kind_from_text, parse_cost
from commsdesk.errors import ValidationError
from commsdesk.i18n import format_date, translate
from commsdesk.io.bounded_files import (
    PLAN,
    Limits,
    cannot_read,
    capped_lines,
    check_workbook,
    open_text,
    too_long_line,
    too_many_rows,
)

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
        texts = {**value, "responsible": max(value["responsible"].split(";"), key=len)}
        for column, limit in TEXT_LIMITS.items():
            if len(texts[column]) > limit:
                reasons.append(
                    translate("PlanImport", '"{column}" has {length} characters, more than the {limit} allowed').format(
                        column=column, length=len(texts[column]), limit=limit
                    )
                )
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


def read_plan_csv(path: Path, limits: Limits = PLAN) -> list[PlanRow]:
    """The validated rows of a plan CSV (UTF-8, with or without BOM), read a line at a time within `limits`."""
    path = Path(path)
    handle, _encoding = open_text(path, limits, "utf-8-sig")

    def lines() -> Iterator[str]:
        for number, (line, whole) in enumerate(capped_lines(handle, limits.max_line), start=1):
            if not whole:
                raise too_long_line(path, number, limits.max_line)
            yield line

    with handle:
        try:
            reader = csv.reader(lines())
            header = [name.strip().lower() for name in next(reader, [])]
            _missing_columns(header)
            records: list[dict[str, str] | None] = []
            for cells in reader:
                if len(records) == limits.max_rows:
                    raise too_many_rows(path, limits.max_rows)
                if not any(cell.strip() for cell in cells):
                    records.append(None)
                    continue
                records.append(dict(zip(header, cells, strict=False)))
        except UnicodeDecodeError as error:
            raise ValidationError(
                translate("PlanImport", "The plan file {path} is not UTF-8 text.").format(path=path)
            ) from error
        except csv.Error as error:
            raise cannot_read(
                path, translate("Import", "line {line} cannot be read as CSV").format(line=reader.line_num)
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


def read_plan_xlsx(path: Path, limits: Limits = PLAN) -> list[PlanRow]:
    """The validated rows of the first sheet of a plan workbook (the header row is row 1), within `limits`."""
    path = Path(path)
    try:
        from openpyxl import load_workbook  # ~0.15 s to import: only when an XLSX plan is read

        check_workbook(path, limits)
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ValidationError(
            translate("PlanImport", "The file {path} is not an Excel workbook (.xlsx).").format(path=path)
        ) from error
    try:
        sheet = workbook.worksheets[0]
        # A sheet's declared size may be all of Excel's 16,384 columns: rows are read as wide as the header.
        first = next(sheet.iter_rows(max_row=1, max_col=limits.max_columns, values_only=True), ())
        header = [_cell_text(name).strip().lower() for name in first]
        _missing_columns(header)
        records: list[dict[str, str] | None] = []
        kept = 0
        for cells in sheet.iter_rows(min_row=2, max_col=len(header), values_only=True):
            texts = [_cell_text(cell) for cell in cells]
            if not any(t.strip() for t in texts):
                records.append(None)
                continue
            if kept == limits.max_rows:
                raise too_many_rows(path, limits.max_rows)
            kept += 1
            records.append(dict(zip(header, texts, strict=False)))
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
