"""What a register's list in the window reads, page by page: its service side offers a `PageSource`.

The window's paged table (`ui/widgets/paged_model.py`) asks it for how many rows a filter lets through and for one
page at a time, filtered and sorted in SQL; filters, sorts and rows are plain frozen dataclasses (rows have an `id`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import ColumnElement


@dataclass(frozen=True)
class ListSort:
    """The order of a list: one of its sort keys, and which way."""

    column: str
    descending: bool = False


class PageSource(Protocol):
    def count(self, list_filter: Any) -> int:
        """How many rows `list_filter` lets through."""
        ...

    def page(self, list_filter: Any, sort: ListSort, offset: int, limit: int) -> Sequence[Any]:
        """The rows offset…offset+limit of the list in that order."""
        ...


def contains(column: Any, word: str) -> ColumnElement[bool]:
    """`column` holds `word` (a folded search key and a folded word: LIKE is then what any store does alike)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")
