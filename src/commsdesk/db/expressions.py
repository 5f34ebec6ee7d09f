"""SQL expressions each store writes in its own dialect, so that the services can use them without knowing which.

`days_between(first, last)`: whole calendar days from the day of `first` (a date or a timestamp) to the day of
`last` — SQLite counts Julian days, PostgreSQL subtracts dates.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement):  # named like the SQL functions it stands for
    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between, "sqlite")
def _sqlite_days(element: days_between, compiler: Any, **options: Any) -> str:
    first, last = (compiler.process(argument, **options) for argument in element.clauses)
    return f"CAST(julianday(date({last})) - julianday(date({first})) AS INTEGER)"


@compiles(days_between, "postgresql")
def _postgresql_days(element: days_between, compiler: Any, **options: Any) -> str:
    first, last = (compiler.process(argument, **options) for argument in element.clauses)
    return f"(CAST({last} AS DATE) - CAST({first} AS DATE))"
