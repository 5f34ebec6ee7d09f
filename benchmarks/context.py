"""What every case gets: the generated database, the repetition count, a scratch folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Context:
    database: Path  # the generated database; cases must not change it (copy it first if they write)
    scratch: Path  # a temporary folder for files the cases write
    repeat: int  # measured repetitions (after one warm-up)
    quick: bool
    sizes: dict[str, int]
