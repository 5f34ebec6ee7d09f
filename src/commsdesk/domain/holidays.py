"""Kosovo's public holidays: fixed dates, Catholic and Orthodox Easter, and the two Eids the user enters each year.

The Law on Official Holidays fixes New Year (1–2 January), Orthodox Christmas (7 January), Independence Day
(17 February), Constitution Day (9 April), Labour Day (1 May), Europe Day (9 May) and Catholic Christmas
(25 December); Catholic and Orthodox Easter (with Easter Monday) move with the moon and are computed here; Eid
al-Fitr and Eid al-Adha depend on the sighting of the moon, so the office enters their dates each year.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from commsdesk.domain.events import Translate
from commsdesk.i18n import translate as _current


def _fixed(translate: Translate) -> list[tuple[int, int, str]]:
    return [
        (1, 1, translate("Holidays", "New Year's Day")),
        (1, 2, translate("Holidays", "New Year (second day)")),
        (1, 7, translate("Holidays", "Orthodox Christmas")),
        (2, 17, translate("Holidays", "Independence Day")),
        (4, 9, translate("Holidays", "Constitution Day")),
        (5, 1, translate("Holidays", "Labour Day")),
        (5, 9, translate("Holidays", "Europe Day")),
        (12, 25, translate("Holidays", "Catholic Christmas")),
    ]


def public_holidays(year: int, translate: Translate = _current) -> list[tuple[date, str]]:
    """The computed public holidays of `year`, by date (Eids are not among them: the user enters those).

    Named in the current language, or in that of `translate` (a report's)."""
    found = [(date(year, month, day), name) for month, day, name in _fixed(translate)]
    catholic, orthodox = easter(year, EASTER_WESTERN), easter(year, EASTER_ORTHODOX)
    found += [
        (catholic, translate("Holidays", "Catholic Easter")),
        (catholic + timedelta(days=1), translate("Holidays", "Catholic Easter Monday")),
        (orthodox, translate("Holidays", "Orthodox Easter")),
        (orthodox + timedelta(days=1), translate("Holidays", "Orthodox Easter Monday")),
    ]
    return sorted(found, key=lambda item: item[0])


def holidays_between(
    first: date, last: date, entered: Iterable[tuple[date, str]] = (), translate: Translate = _current
) -> dict[date, list[str]]:
    """Every holiday from `first` to `last` (inclusive) → its names; `entered` adds the user's (the Eids)."""
    found: dict[date, list[str]] = {}
    for year in range(first.year, last.year + 1):
        for day, name in public_holidays(year, translate):
            if first <= day <= last and name not in found.get(day, []):
                found.setdefault(day, []).append(name)
    for day, name in entered:
        if first <= day <= last and name not in found.get(day, []):
            found.setdefault(day, []).append(name)
    return dict(sorted(found.items()))


def suggested_names(translate: Translate = _current) -> list[str]:
    """The holidays the user enters each year, to offer in the dialog."""
    return [translate("Holidays", "Eid al-Fitr"), translate("Holidays", "Eid al-Adha")]
