"""The arithmetic of the registers' reports: medians of counted values, shares."""

from __future__ import annotations

from collections import Counter


def median(counted: Counter) -> float | None:
    """The median of the values counted in `counted` (value → how many times), None when there are none."""
    total = sum(counted.values())
    if not total:
        return None
    seen, lower = 0, None
    for value in sorted(counted):
        seen += counted[value]
        if lower is None and seen >= (total + 1) // 2:
            lower = value
        if seen >= total // 2 + 1:
            return float(value) if total % 2 else (lower + value) / 2
    raise AssertionError("not reached")


def share(count: int, total: int) -> float:
    """`count` as a percentage (0–100) of `total`; 0 of nothing."""
    return 100 * count / total if total else 0.0
