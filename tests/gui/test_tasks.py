"""Background work: results come back on the UI thread, cancelling rolls the work back, errors are shown."""

import threading

import pytest

from commsdesk.errors import UserError
from commsdesk.services.contacts import ContactInput
from commsdesk.ui.widgets.tasks import run_task
from tests.gui.test_main_window import click_button


@pytest.fixture
def parent(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_result_comes_back_to_the_ui_thread(qtbot, parent):
    results = []

    def work(progress):
        for step in range(3):
            progress(step, 3)
        return threading.current_thread() is not threading.main_thread()

    with qtbot.waitSignal(run_task(parent, "x", work, results.append).finished):
        pass
    assert results == [True]


def test_cancelling_stops_the_work_and_its_transaction_rolls_back(qtbot, parent, services, workspace):
    started, release = threading.Event(), threading.Event()

    def work(progress):
        with workspace.database.session() as session:
            from commsdesk.db.models import Contact

            session.add(Contact(given_name="Half", family_name="Written"))
            session.flush()
            started.set()
            release.wait(5)
            progress(1, 2)  # raises Cancelled: the session rolls back
        return "finished"

    done = []
    handle = run_task(parent, "x", work, done.append)
    started.wait(5)
    handle.cancel()
    release.set()
    with qtbot.waitSignal(handle.finished):
        pass
    assert done == [] and services.contacts.count() == 0


def test_a_user_error_is_shown_as_a_message(qtbot, parent, answer):
    seen = answer(click_button("OK"))

    def work(progress):
        raise UserError("The file x.csv does not exist.")

    with qtbot.waitSignal(run_task(parent, "x", work).finished):
        pass
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].text() == "The file x.csv does not exist."


def test_work_that_succeeds_changes_the_database(qtbot, parent, services):
    with qtbot.waitSignal(
        run_task(parent, "x", lambda p: services.contacts.create(ContactInput(given_name="Ana"))).finished
    ):
        pass
    assert services.contacts.count() == 1
