"""Dates, times and money as the office writes them: `dd.MM.yyyy`, 24-hour clock, `1.234,56 €`."""

from __future__ import annotations

from datetime import date, datetime, time

DATE_FORMAT = "%d.%m.%Y"


def format_date(value: date | None) -> str:
    """`dd.MM.yyyy`, the same in every language; empty for no date."""
    return value.strftime(DATE_FORMAT) if value else ""


def format_time(value: time | datetime | None) -> str:
    """24-hour `HH:mm`; empty for no time."""
    return value.strftime("%H:%M") if value else ""


def format_datetime(value: datetime | None) -> str:
    """`dd.MM.yyyy HH:mm`; empty for no value."""
    return value.strftime(f"{DATE_FORMAT} %H:%M") if value else ""


def parse_date(text: str) -> date:
    """A date written `dd.MM.yyyy` (also `d.M.yyyy`); raises ValueError for anything else."""
    day, month, year = text.strip().split(".")
    if len(year) != 4:
        raise ValueError(f"not a dd.MM.yyyy date: {text!r}")
    return date(int(year), int(month), int(day))


def format_size(size: int, language: str = "sq") -> str:
    """A file size as `1,0 GB` (Albanian, Serbian) or `1.0 GB` (English); whole megabytes without decimals."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if size >= factor:
            value = size / factor
            text = f"{value:.0f}" if unit == "MB" and value.is_integer() else f"{value:.1f}"
            return f"{text if language == 'en' else text.replace('.', ',')} {unit}"
    return f"{size} B"


def format_money(cents: int | None, language: str = "sq") -> str:
    """Euro cents as `1.234,56 €` (Albanian, Serbian) or `€1,234.56` (English); empty for none."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    grouped = f"{whole:,}"
    if language == "en":
        return f"{sign}€{grouped}.{part:02d}"
    return f"{sign}{grouped.replace(',', '.')},{part:02d} €"
