"""Reads an annual action plan in the layout of the shared Kaçanik CSV, validating every row.

Columns: objective, objective_title, kind (specific|recurring), activity, responsible (`; `-separated),
timeframe, frequency, cost_eur (0 = no additional cost), note.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from commsdesk.domain.plan import ActivityKind
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate

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
    """Check every record; raise one ValidationError naming every bad row, or return them all."""
    problems: list[str] = []
    rows: list[PlanRow] = []
    for number, record in enumerate(records, start=first_row):
        value = {column: (record.get(column) or "").strip() for column in COLUMNS}
        reasons = []
        if not value["objective"].isdigit():
            reasons.append(translate("PlanImport", "the objective number is missing or not a number"))
        if value["kind"] not in {kind.value for kind in ActivityKind}:
            reasons.append(translate("PlanImport", 'unknown kind "{kind}"').format(kind=value["kind"]))
        if not value["activity"]:
            reasons.append(translate("PlanImport", "the activity is empty"))
        try:
            cost = parse_cost(value["cost_eur"])
        except ValueError:
            reasons.append(translate("PlanImport", 'the cost "{cost}" is not an amount').format(cost=value["cost_eur"]))
            cost = 0
        if reasons:
            problems.append(
                translate("PlanImport", "Row {row}: {reasons}").format(row=number, reasons="; ".join(reasons))
            )
            continue
        rows.append(
            PlanRow(
                row=number,
                objective=int(value["objective"]),
                objective_title=value["objective_title"],
                kind=ActivityKind(value["kind"]),
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


def read_plan_csv(path: Path) -> list[PlanRow]:
    """The validated rows of a plan CSV (UTF-8, with or without BOM)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [column for column in COLUMNS if column not in (reader.fieldnames or [])]
            if missing:
                raise ValidationError(
                    translate("PlanImport", "The plan file lacks the columns: {columns}").format(
                        columns=", ".join(missing)
                    )
                )
            records = list(reader)
    except FileNotFoundError as error:
        raise ValidationError(translate("Errors", "The file {path} does not exist.").format(path=path)) from error
    except UnicodeDecodeError as error:
        raise ValidationError(
            translate("PlanImport", "The plan file {path} is not UTF-8 text.").format(path=path)
        ) from error
    return validate_rows(records)
