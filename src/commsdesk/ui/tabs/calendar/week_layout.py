"""Where the timed events of one day go in the week view: side by side when they overlap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from commsdesk.services.calendar import Occurrence

MAX_COLUMNS = 5
MIN_MINUTES = 20  # a short event still gets a block tall enough to read


@dataclass(frozen=True)
class Placed:
    occurrence: Occurrence
    start: int  # minutes from midnight, clipped to the day
    end: int
    column: int
    columns: int


@dataclass(frozen=True)
class Hidden:
    """Events of an overlapping group that did not fit: shown as "+N" at the group's top."""

    start: int
    count: int


def _minutes(moment: datetime, day: date) -> int:
    if moment.date() < day:
        return 0
    if moment.date() > day:
        return 24 * 60
    return moment.hour * 60 + moment.minute


def day_layout(occurrences: list[Occurrence], day: date) -> tuple[list[Placed], list[Hidden]]:
    """The timed occurrences that touch `day`, each in a column of its overlapping group."""
    spans = []
    for occurrence in occurrences:
        if occurrence.all_day:
            continue
        start, end = _minutes(occurrence.start, day), _minutes(occurrence.end, day)
        if occurrence.start >= datetime.combine(day + timedelta(days=1), time(0)) or (
            occurrence.end <= datetime.combine(day, time(0)) and occurrence.end > occurrence.start
        ):
            continue
        spans.append((start, max(end, start + MIN_MINUTES), occurrence))
    spans.sort(key=lambda item: (item[0], -item[1]))
    placed: list[Placed] = []
    hidden: list[Hidden] = []
    group: list[tuple[int, int, Occurrence, int]] = []
    column_ends: list[int] = []
    group_end = -1

    def close_group() -> None:
        columns = min(len(column_ends), MAX_COLUMNS)
        overflow = [item for item in group if item[3] >= MAX_COLUMNS]
        for start, end, occurrence, column in group:
            if column < MAX_COLUMNS:
                placed.append(Placed(occurrence, start, end, column, columns))
        if overflow:
            hidden.append(Hidden(min(item[0] for item in overflow), len(overflow)))

    for start, end, occurrence in spans:
        if group and start >= group_end:
            close_group()
            group, column_ends = [], []
        column = next((index for index, taken in enumerate(column_ends) if taken <= start), len(column_ends))
        if column == len(column_ends):
            column_ends.append(end)
        else:
            column_ends[column] = end
        group.append((start, end, occurrence, column))
        group_end = max(group_end, end) if group[:-1] else end
    if group:
        close_group()
    return placed, hidden
