"""Dialogs never lose what was typed: they check before closing and keep the input on error, and closing with
changes (Esc, the window's close button, Cancel) asks Save / Discard / Cancel — in the user's language."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commsdesk.domain.releases import AttachmentKind, Channel, ReleaseStatus
from commsdesk.services.releases import AttachmentRow
from commsdesk.ui.dialogs.office_profile import OfficeProfileDialog
from commsdesk.ui.tabs.calendar.settings_dialogs import NotificationRulesDialog
from commsdesk.ui.tabs.contacts.duplicates import MergeDialog
from commsdesk.ui.tabs.plan.activity_dialog import ActivityDialog
from commsdesk.ui.tabs.plan.status_dialog import StatusDialog as PlanStatusDialog
from commsdesk.ui.tabs.plan.strategy_dialog import StrategyDialog
from commsdesk.ui.tabs.releases.attachments_panel import CaptionsDialog
from commsdesk.ui.tabs.releases.distribution_dialog import DistributionDialog
from commsdesk.ui.tabs.releases.settings_dialog import ReleaseSettingsDialog
from commsdesk.ui.tabs.releases.workflow import StatusDialog as ReleaseStatusDialog
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from tests.gui.test_main_window import click_button

ASK = "Save the changes before closing?"
TOO_LONG = "Konferenca per shtyp e Kuvendit " * 16  # 512 characters; QTest types ASCII only


def reply(answer, button: str, seen: list[str]) -> None:
    """The next message box: note its text and press `button`."""

    def act(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click_button(button)(box)

    answer(act)


def escape(qtbot, dialog) -> None:
    """Esc where the cursor is, as the officer presses it."""
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


# -- the event dialog: a too-long title is refused before the dialog closes --------------------------------------------
@pytest.mark.parametrize("last", ["Save", "Discard"])
def test_a_too_long_event_title_is_refused_in_the_open_dialog_and_kept(desk, qtbot, answer, last):
    tab = desk.window.show_tab("calendar")
    before = tab.service.event_count()
    messages, states = [], []

    def work(dialog):
        qtbot.keyClicks(dialog.title, TOO_LONG)
        reply(answer, "OK", messages)
        click_button("Save")(dialog)  # OK
        states.append((dialog.isVisible(), dialog.title.text(), dialog.focusWidget() is dialog.title))
        reply(answer, "Cancel", messages)
        escape(qtbot, dialog)  # Cancel: back to the dialog, as it was
        states.append((dialog.isVisible(), dialog.title.text()))
        if last == "Save":

            def save_again(box):  # Save checks again: still too long, said in a message after the question
                messages.append(box.text())
                reply(answer, "OK", messages)
                click_button("Save")(box)

            answer(save_again)
            escape(qtbot, dialog)
            states.append((dialog.isVisible(), dialog.title.text()))
            qtbot.keyClick(dialog.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(dialog.title, "Brifing per media")
        reply(answer, last, messages)
        escape(qtbot, dialog)

    answer(work)
    tab.new_event()
    refused = "The title is too long (at most 500 characters)."
    assert states[:2] == [(True, TOO_LONG, True), (True, TOO_LONG)]
    if last == "Save":
        assert messages == [refused, ASK, ASK, refused, ASK]
        assert states[2] == (True, TOO_LONG)
        assert tab.service.event_count() == before + 1
        assert "Brifing per media" in [row.title for row in tab.service.events()]
    else:
        assert messages == [refused, ASK, ASK]
        assert tab.service.event_count() == before


# -- the contact dialog: Esc asks --------------------------------------------------------------------------------------
@pytest.mark.parametrize("last", ["Save", "Discard"])
def test_escape_in_the_contact_dialog_asks_and_keeps_the_typed_contact(desk, qtbot, answer, last):
    tab = desk.window.show_tab("contacts")
    service = tab.service
    before = tab.model.rowCount()
    messages, states = [], []

    def work(dialog):
        qtbot.keyClicks(dialog.given, "Zyrafete")
        qtbot.keyClicks(dialog.family, "Qorrolli")
        reply(answer, "Cancel", messages)
        escape(qtbot, dialog)
        states.append((dialog.isVisible(), dialog.given.text(), dialog.family.text()))
        reply(answer, last, messages)
        escape(qtbot, dialog)

    answer(work)
    tab.new_action.trigger()
    assert messages == [ASK, ASK]
    assert states == [(True, "Zyrafete", "Qorrolli")]
    tab.refresh()
    names = [tab.model.contact(row).name for row in range(tab.model.rowCount())]
    if last == "Save":
        assert tab.model.rowCount() == before + 1 and any("Qorrolli" in name for name in names)
        assert service.get(next(tab.model.contact(r).id for r in range(len(names)) if "Qorrolli" in names[r]))
    else:
        assert tab.model.rowCount() == before and not any("Qorrolli" in name for name in names)


def test_a_contact_without_a_name_is_refused_with_the_cursor_on_the_name(desk, qtbot, answer):
    tab = desk.window.show_tab("contacts")
    before = tab.model.rowCount()
    messages, states = [], []

    def work(dialog):
        dialog.tabs.setCurrentIndex(1)
        qtbot.keyClicks(dialog.purpose, "sending press releases")
        reply(answer, "OK", messages)
        click_button("Save")(dialog)
        states.append((dialog.isVisible(), dialog.tabs.currentIndex(), dialog.focusWidget() is dialog.given))
        states.append(dialog.purpose.text())
        reply(answer, "Discard", messages)
        escape(qtbot, dialog)

    answer(work)
    tab.new_action.trigger()
    assert messages == ["A contact needs a given or family name.", ASK]
    assert states == [(True, 0, True), "sending press releases"]
    tab.refresh()
    assert tab.model.rowCount() == before


def test_a_dialog_without_changes_closes_at_once_and_typing_then_undoing_is_no_change(desk, qtbot, answer):
    tab = desk.window.show_tab("contacts")
    closed = []

    def work(dialog):
        qtbot.keyClicks(dialog.given, "x")
        qtbot.keyClick(dialog.given, Qt.Key.Key_Backspace)
        escape(qtbot, dialog)  # a question here would never be answered and the test would time out
        closed.append(not dialog.isVisible())

    answer(work)
    tab.new_action.trigger()
    assert closed == [True]


# -- the release editor: its close question has Save -------------------------------------------------------------------
@pytest.mark.parametrize("last", ["Save", "Discard"])
def test_closing_the_release_editor_with_changes_offers_save(desk, qtbot, answer, last):
    tab = desk.window.show_tab("releases")
    before = tab.model.rowCount()
    messages, states = [], []

    def work(editor):
        qtbot.keyClicks(editor.left.headline, "Dita e hapur e Komunes")
        box_buttons = []

        def look(box):
            messages.append(box.text())
            box_buttons.extend(b.text() for b in box.buttons())
            click_button("Cancel")(box)

        answer(look)
        click_button("Close")(editor)
        states.append((editor.isVisible(), editor.left.headline.text(), sorted(box_buttons)))
        reply(answer, last, messages)
        escape(qtbot, editor)

    answer(work)
    tab.new_action.trigger()
    assert messages == [ASK, ASK]
    assert states == [(True, "Dita e hapur e Komunes", ["Cancel", "Discard", "Save"])]
    tab.reload()
    headlines = [tab.model.release(row).headline for row in range(tab.model.rowCount())]
    if last == "Save":
        assert tab.model.rowCount() == before + 1 and "Dita e hapur e Komunes" in headlines
    else:
        assert tab.model.rowCount() == before and "Dita e hapur e Komunes" not in headlines


# -- every other form: Esc after a change asks -------------------------------------------------------------------------
def _release(desk, status: ReleaseStatus):
    tab = desk.window.tab("releases")
    row = next(tab.model.release(r) for r in range(tab.model.rowCount()) if tab.model.release(r).status is status)
    return tab.service.detail(row.id)


def _plan(services):
    plan = next(p for p in services.plan.plans() if p.activity_count)
    return plan, services.plan.snapshot(plan.id).activities[0]


def office_profile(desk, parent):
    office = desk.workspace.services.office
    dialog = OfficeProfileDialog(office.profile(), office.save_profile, parent)
    return dialog, dialog.phone


def activity(desk, parent):
    services = desk.workspace.services
    plan, _ = _plan(services)
    dialog = ActivityDialog(
        services.plan.objectives(plan.strategy.id),
        services.plan.responsible_names(),
        None,
        partial(services.plan.add_activity, plan.id),
        parent,
    )
    return dialog, dialog.note


def plan_status(desk, parent):
    services = desk.workspace.services
    _, state = _plan(services)
    record = partial(services.plan.record_status, state.id)
    dialog = PlanStatusDialog(state, services.plan.history(state.id), [], [], datetime.now().date(), record, parent)
    return dialog, dialog.file


def strategy(desk, parent):
    services = desk.workspace.services
    plan, _ = _plan(services)
    dialog = StrategyDialog(plan.strategy, services.plan.save_strategy, parent)
    return dialog, dialog.decision


def release_settings(desk, parent):
    service = desk.workspace.services.releases
    dialog = ReleaseSettingsDialog(service.release_settings(), service.save_release_settings, parent)
    return dialog, dialog.reference


def notification_rules(desk, parent):
    service = desk.workspace.services.calendar
    dialog = NotificationRulesDialog(service.notification_rules(), lambda rules: None, parent)
    return dialog, next(iter(dialog.days.values()))


def captions(desk, parent):
    row = AttachmentRow(0, AttachmentKind.PHOTO, "foto.jpg", "x.jpg", 1, "", {}, datetime.now())
    dialog = CaptionsDialog(row, ["sq", "sr"], lambda captions: None, parent)
    return dialog, dialog.fields["sq"]


def release_status(desk, parent):
    release = _release(desk, ReleaseStatus.FOR_APPROVAL)
    dialog = ReleaseStatusDialog(release, ReleaseStatus.APPROVED, lambda entered: None, parent)
    return dialog, dialog.who


def distribution(desk, parent):
    release = _release(desk, ReleaseStatus.APPROVED)
    dialog = DistributionDialog(desk.workspace.services.releases, release.id, parent)
    dialog.channels.used[Channel.WEBSITE].setChecked(True)  # before it opens: the note is what changes
    return dialog, dialog.channels.note[Channel.WEBSITE]


def merge(desk, parent):
    contacts = desk.window.tab("contacts")
    first, second = (contacts.service.get(contacts.model.contact(row).id) for row in (0, 1))
    dialog = MergeDialog(contacts.service, first, second, parent)
    return dialog, None  # only choices: pick the other value of the first field


FORMS = [
    office_profile,
    activity,
    plan_status,
    strategy,
    release_settings,
    notification_rules,
    captions,
    release_status,
    distribution,
    merge,
]


@pytest.mark.parametrize("make", FORMS, ids=[form.__name__ for form in FORMS])
def test_escape_or_the_close_button_after_a_change_asks_in_every_form(desk, qtbot, answer, make):
    dialog, field = make(desk, desk.window)
    assert isinstance(dialog, GuardedDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if field is None:
        group = next(iter(dialog.choices.values()))
        group.button(3 - group.checkedId()).click()
        field = group.button(1)
    else:
        field.setFocus()
        qtbot.keyClicks(field, "x")
    dialog.activateWindow()
    seen = []
    reply(answer, "Cancel", seen)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert seen == [ASK] and dialog.isVisible()
    reply(answer, "Discard", seen)
    dialog.close()  # the window's close button
    assert seen == [ASK, ASK] and not dialog.isVisible()


# -- the question speaks the user's language ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "question", "buttons"),
    [
        ("sq", "Të ruhen ndryshimet para mbylljes?", {"Ruaj", "Hidh poshtë", "Anulo"}),
        ("sr", "Sačuvati izmene pre zatvaranja?", {"Sačuvaj", "Odbaci", "Otkaži"}),
    ],
)
def test_the_save_discard_cancel_question_is_in_albanian_and_serbian(desk, qtbot, answer, language, question, buttons):
    desk.change_language(language)
    try:
        office = desk.workspace.services.office
        dialog = OfficeProfileDialog(office.profile(), office.save_profile, desk.window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.phone, "1")
        shown = []

        def look(box):
            shown.append((box.text(), {b.text() for b in box.buttons()}))
            box.button(QMessageBox.StandardButton.Cancel).click()

        answer(look)
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
        assert shown == [(question, buttons)] and dialog.isVisible()
        dialog.done(0)
    finally:
        desk.change_language("en")
