"""A bug in any slot of the window is logged and told in one sentence, once, instead of vanishing on stderr."""

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from commsdesk import error_log
from commsdesk.error_log import LOG_NAME
from commsdesk.ui import unexpected_errors
from commsdesk.ui.unexpected_errors import install_unexpected_error_hooks

pytestmark = pytest.mark.qt_no_exception_capture  # the exceptions must reach our hooks, not pytest-qt's


def a_bug():
    raise ZeroDivisionError("a bug in a slot")


@pytest.fixture
def hooked(monkeypatch, tmp_path):
    """Our hooks installed (the previous ones come back after the test), the data folder in `tmp_path`."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(error_log, "default_data_dir", lambda: tmp_path)
    install_unexpected_error_hooks()
    return tmp_path / LOG_NAME


def test_a_slot_that_raises_is_logged_and_told_once_however_often_it_fails(qtbot, answer, hooked):
    button = QPushButton("Go")
    button.clicked.connect(a_bug)
    qtbot.addWidget(button)
    button.show()
    boxes = answer(lambda box: box.buttons()[0].click())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert isinstance(boxes[0], QMessageBox)
    assert boxes[0].text() == f"commsdesk hit an unexpected error (ZeroDivisionError). Details are in {hooked}."
    log = hooked.read_text(encoding="utf-8")
    assert "Traceback" in log and "in a_bug" in log and "ZeroDivisionError: a bug in a slot" in log
    for _ in range(20):  # as a paint event failing on every frame: no box after box, no log growing
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert len(boxes) == 1 and hooked.read_text(encoding="utf-8") == log


def test_a_timer_and_a_thread_that_raise_are_told_on_the_ui_thread(qtbot, answer, hooked):
    texts = []  # read while each box is open: a closed one may be deleted by the time the test looks

    def read_and_close(box):
        texts.append(box.text())
        box.buttons()[0].click()

    answer(read_and_close)
    QTimer.singleShot(0, a_bug)
    qtbot.waitUntil(lambda: len(texts) == 1)
    answer(read_and_close)
    thread = threading.Thread(target=a_bug)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(texts) == 2)
    assert all("Details are in" in text for text in texts)
    assert hooked.read_text(encoding="utf-8").count("ZeroDivisionError: a bug in a slot") == 2


def test_a_message_box_that_fails_does_not_bring_the_hook_down(qtbot, hooked, monkeypatch):
    def broken_box(_parent, _text):
        raise RuntimeError("the box failed")

    monkeypatch.setattr(unexpected_errors, "show_error", broken_box)
    QTimer.singleShot(0, a_bug)
    qtbot.waitUntil(lambda: hooked.exists())
    qtbot.wait(50)
    assert "ZeroDivisionError: a bug in a slot" in hooked.read_text(encoding="utf-8")
