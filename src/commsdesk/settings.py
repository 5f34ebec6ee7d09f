"""The user's preferences (language, window geometry, last tab), declared with their defaults, kept in QSettings.

Office-wide settings that belong with the data (release languages, notification rules) live in the database,
see `services/office.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

from commsdesk import APP_NAME
from commsdesk.i18n import LANGUAGES


def system_language() -> str:
    """sr or en when the system speaks it, else Albanian."""
    name = QLocale.system().name()
    return next((code for code in LANGUAGES if name.startswith(code)), "sq")


@dataclass(frozen=True)
class Preference:
    key: str
    default: Any
    kind: type


LANGUAGE = Preference("ui/language", None, str)
GEOMETRY = Preference("ui/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Preference("ui/window_state", QByteArray(), QByteArray)
LAST_TAB = Preference("ui/last_tab", "contacts", str)  # a tab's key (see ui/main_window.py)
# Before tabs had keys the last tab was stored as its position, in this order.
_TABS_BY_POSITION = ("contacts", "calendar", "releases", "plan")


class Settings:
    """Typed access to the declared preferences."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)

    def get(self, preference: Preference) -> Any:
        value = self._store.value(preference.key, preference.default)
        if value is None:
            return preference.default
        try:
            return preference.kind(value)
        except (TypeError, ValueError):
            return preference.default

    def set(self, preference: Preference, value: Any) -> None:
        self._store.setValue(preference.key, value)

    def language(self) -> str:
        """The saved UI language, or the system's on first run."""
        saved = self.get(LANGUAGE)
        return saved if saved in LANGUAGES else system_language()

    def last_tab(self) -> str:
        """The key of the tab used last; a position stored by an older commsdesk still names the tab it meant."""
        saved = self.get(LAST_TAB)
        if saved.isdigit():
            return _TABS_BY_POSITION[int(saved)] if int(saved) < len(_TABS_BY_POSITION) else LAST_TAB.default
        return saved

    def sync(self) -> None:
        self._store.sync()
