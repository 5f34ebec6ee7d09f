"""What the registers' file operations share (document requests, journalists' enquiries): the message that names
every bad row of an import, the numbering of imported records that keeps a file from being added twice, and the
check of a report's period.

An import reads and checks every row first; if any has a problem, nothing is written and one message names every bad
row (`problems_message`). Then `numbered` tells, in one pass over the file's order, which rows are already in the
register (their number is taken in their year, or a record with the same identity exists or came earlier in the
file) and gives the others their number: the file's own, or the next of their year after the highest one in the
register or in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from commsdesk.errors import ValidationError
from commsdesk.i18n import translate

Progress = Callable[[int, int], None]
SHOWN_PROBLEMS = 40  # rows named in the message; the rest counted
PROGRESS_EVERY = 500  # rows between two progress reports of an import


@dataclass(frozen=True)
class ImportResult:
    """What an import did: records added, and rows already in the register (left as they are)."""

    created: int
    unchanged: int


def no_progress(_done: int, _total: int) -> None:
    """A progress callback that reports nowhere."""


def problems_message(problems: dict[int, list[str]]) -> str:
    """The message naming every bad row (the first few dozen) and why; nothing was imported."""
    rows = sorted(problems)
    if len(rows) == 1:
        return translate("Import", "Nothing was imported: row {row}: {reason}").format(
            row=rows[0], reason="; ".join(problems[rows[0]])
        )
    lines = [translate("Import", "Nothing was imported. Rows with problems: {count}.").format(count=len(rows))]
    for row in rows[:SHOWN_PROBLEMS]:
        lines.append(translate("Import", "Row {row}: {reason}").format(row=row, reason="; ".join(problems[row])))
    if len(rows) > SHOWN_PROBLEMS:
        lines.append(translate("Import", "… and {count} more rows.").format(count=len(rows) - SHOWN_PROBLEMS))
    return "\n".join(lines)


def repeated_numbers(rows: Iterable[tuple[int, int, int | None]]) -> dict[int, str]:
    """For each (row, year, number) whose number an earlier row of the file has in the same year: the reason."""
    first: dict[tuple[int, int], int] = {}
    reasons = {}
    for row, year, number in rows:
        if number is None:
            continue
        earlier = first.setdefault((year, number), row)
        if earlier != row:
            reasons[row] = translate("Import", "row {row} has the same number").format(row=earlier)
    return reasons


@dataclass(frozen=True)
class Numbered:
    """A row to import: its year, the number the file gives it (or None) and what makes it the same record as
    another when neither has a number."""

    year: int
    number: int | None
    identity: Hashable


def numbered(
    session: Session,
    model: Any,
    rows: Sequence[Numbered],
    identities: Select,
    identity: Callable[..., Hashable],
) -> list[int | None]:
    """The number to give each row in the register of `model` (a mapped class with `year` and `number`), or None for
    a row already in it. `identities` selects what makes a stored record itself, `identity(*its values)` makes of
    them what `Numbered.identity` is."""
    years = sorted({row.year for row in rows})
    taken = set(session.execute(select(model.year, model.number).where(model.year.in_(years))).all())
    known = {identity(*values) for values in session.execute(identities.where(model.year.in_(years))).all()}
    highest = dict(
        session.execute(
            select(model.year, func.max(model.number)).where(model.year.in_(years)).group_by(model.year)
        ).all()
    )
    for row in rows:  # the file's own numbers are kept: the others come after them
        if row.number is not None:
            highest[row.year] = max(highest.get(row.year, 0), row.number)
    given: list[int | None] = []
    for row in rows:
        if (row.number is not None and (row.year, row.number) in taken) or row.identity in known:
            given.append(None)
            continue
        known.add(row.identity)
        number = row.number
        if number is None:
            number = highest[row.year] = highest.get(row.year, 0) + 1
        taken.add((row.year, number))
        given.append(number)
    return given


def checked_period(first: date, last: date) -> None:
    """A report's period, or a ValidationError if it ends before it begins."""
    if last < first:
        raise ValidationError(translate("Reports", "The period ends before it begins."), "last")
