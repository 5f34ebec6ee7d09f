"""GUI fixtures: the real window over a real database, and a way to answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from commsdesk.app import Desk
from commsdesk.paths import resolve_paths
from commsdesk.settings import LAST_TAB, Settings
from commsdesk.ui.qt_translators import install_qt_translator


@pytest.fixture(autouse=True)
def qt_in_english(qapp):
    """Qt's own buttons (Save, Discard, Cancel) in English too, whatever language a test before switched to."""
    install_qt_translator("en")


@pytest.fixture
def desk(qtbot, tmp_path):
    """The application over a fresh demo database, window shown (on its first tab, whatever a test before chose)."""
    Settings().set(LAST_TAB, "contacts")
    opened = Desk(Settings())
    assert opened.open(resolve_paths(tmp_path / "commsdesk.sqlite"), demo=True)
    qtbot.addWidget(opened.window)
    opened.window.show()
    yield opened
    opened.close()


@pytest.fixture
def answer(qtbot):
    """`answer(action)`: when the next modal dialog appears, run `action(dialog)` on it (e.g. click a button)."""
    seen: list[QWidget] = []

    def arm(action: Callable[[QWidget], None]) -> list[QWidget]:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, poll)
                return
            seen.append(dialog)
            action(dialog)

        QTimer.singleShot(0, poll)
        return seen

    return arm
