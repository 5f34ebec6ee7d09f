"""The letter templates dialog driven as the officer drives it: keys typed, placeholders inserted, Reset, Save and
the Save / Discard / Cancel question on closing with edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commsdesk.domain.request_letters import LetterKind, default_template
from commsdesk.services.requests import RequestsService
from commsdesk.ui.tabs.requests.letter_templates_dialog import LetterTemplatesDialog
from tests.gui.test_main_window import click_button

ASK = "Save the changes before closing?"


@pytest.fixture
def service(workspace):
    return RequestsService(workspace.services.database)


def opened(qtbot, service) -> LetterTemplatesDialog:
    shown = LetterTemplatesDialog(service)
    qtbot.addWidget(shown, before_close_func=lambda widget: widget.remember())  # a failed test must not hang on
    shown.show()  # the question the dialog asks when it closes with edits
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def dialog(qtbot, service):
    return opened(qtbot, service)


def choose(qtbot, combo, text: str) -> None:
    """Pick `text` in a combo box with the keyboard, as a user tabbing through the form does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not in the list"


def to_end(qtbot, editor) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)


def reply(answer, button: str, seen: list[str]) -> None:
    def act(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click_button(button)(box)

    answer(act)


def test_typed_text_and_an_inserted_placeholder_are_saved_for_the_chosen_letter_and_language(dialog, qtbot, service):
    choose(qtbot, dialog.kind, "Refusal")
    choose(qtbot, dialog.language, "Srpski")
    assert dialog.editor.toPlainText() == default_template(LetterKind.REFUSAL, "sr")
    to_end(qtbot, dialog.editor)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor, "Rok za zalbu: ")
    dialog.placeholders.setFocus()
    while not dialog.placeholders.currentItem().text().startswith("{complaint_until}"):
        qtbot.keyClick(dialog.placeholders, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.placeholders, Qt.Key.Key_Return)
    assert dialog.editor.hasFocus()
    qtbot.keyClicks(dialog.editor, " & <b>")
    assert dialog.state.text() == "The office's own wording, not saved yet."
    click_button("Save")(dialog)
    assert not dialog.isVisible()
    saved = service.letter_template(LetterKind.REFUSAL, "sr")
    assert saved.edited
    assert saved.text.endswith("\nRok za zalbu: {complaint_until} & <b>")
    assert not service.letter_template(LetterKind.REFUSAL, "sq").edited


def test_an_unknown_placeholder_is_refused_with_its_name_and_the_typed_text_is_kept(dialog, qtbot, answer, service):
    choose(qtbot, dialog.kind, "Notice of extension")
    to_end(qtbot, dialog.editor)
    qtbot.keyClicks(dialog.editor, " Afati: {afati_ri}")
    assert "{afati_ri}" in dialog.problem.text()
    choose(qtbot, dialog.kind, "Confirmation of receipt")  # the edited extension stays in the dialog, unsaved
    seen: list[str] = []
    reply(answer, "OK", seen)
    click_button("Save")(dialog)
    assert len(seen) == 1 and "unknown placeholder: {afati_ri}" in seen[0]
    assert dialog.isVisible() and dialog.kind.currentText() == "Notice of extension"  # brought back to the fault
    assert dialog.editor.toPlainText().endswith(" Afati: {afati_ri}")
    assert dialog.focusWidget() is dialog.editor
    assert not service.letter_template(LetterKind.EXTENSION, "sq").edited
    assert dialog.editor.textCursor().selectedText() == "{afati_ri}"  # typing replaces the fault
    qtbot.keyClicks(dialog.editor, "{new_deadline}")
    assert dialog.problem.text() == ""
    click_button("Save")(dialog)
    assert not dialog.isVisible()
    assert service.letter_template(LetterKind.EXTENSION, "sq").text.endswith(" Afati: {new_deadline}")


@pytest.mark.parametrize("last", ["Save", "Discard"])
def test_escape_with_edits_asks_and_keeps_or_drops_them(dialog, qtbot, answer, service, last):
    choose(qtbot, dialog.language, "English")
    to_end(qtbot, dialog.editor)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor, "P.S. Thank you.")
    seen: list[str] = []
    reply(answer, "Cancel", seen)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.editor.toPlainText().endswith("P.S. Thank you.")
    reply(answer, last, seen)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert seen == [ASK, ASK] and not dialog.isVisible()
    kept = service.letter_template(LetterKind.RECEIPT, "en")
    assert kept.edited is (last == "Save")


def test_escape_without_edits_closes_without_asking(dialog, qtbot):
    choose(qtbot, dialog.kind, "Refusal")
    choose(qtbot, dialog.language, "English")
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_reset_brings_back_the_shipped_wording_and_saving_it_drops_the_offices_own(qtbot, service):
    service.save_letter_template(LetterKind.READY, "sq", "Dokumentet {number} janë gati.")
    dialog = opened(qtbot, service)
    choose(qtbot, dialog.kind, "Notice that the documents are ready")
    assert dialog.editor.toPlainText() == "Dokumentet {number} janë gati."
    assert dialog.state.text() == "The office's own wording." and dialog.reset_button.isEnabled()
    dialog.reset_button.setFocus()
    qtbot.keyClick(dialog.reset_button, Qt.Key.Key_Space)
    assert dialog.editor.toPlainText() == default_template(LetterKind.READY, "sq")
    assert dialog.state.text() == "The wording commsdesk ships with." and not dialog.reset_button.isEnabled()
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Reset can be taken back
    assert dialog.editor.toPlainText() == "Dokumentet {number} janë gati."
    click_button("Reset to default")(dialog)
    assert dialog.editor.toPlainText() == default_template(LetterKind.READY, "sq")
    click_button("Save")(dialog)
    assert not dialog.isVisible()
    assert not any(template.edited for template in service.letter_templates())
