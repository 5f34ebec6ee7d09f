"""The Journalists' enquiries tab as the officer uses it: the register, its keyboard, search, filters and sorting,
the deadline marks, the form with its sections through every status, the approved statements inserted into an
answer, the journalist created on the spot, the settings, and an enquiry opened from the calendar's Due panel."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus
from commsdesk.services.contacts import ContactInput
from commsdesk.services.enquiries import EnquiryInput, EnquirySettings, StatementInput
from commsdesk.ui.tabs.enquiries import operations, texts
from commsdesk.ui.tabs.enquiries.form import EnquiryDialog
from commsdesk.ui.tabs.enquiries.model import OVERDUE, STATUS_COLUMN, TIME_COLUMN
from commsdesk.ui.tabs.enquiries.settings_dialog import EnquirySettingsDialog
from commsdesk.ui.tabs.enquiries.statements_dialog import EXPIRED, StatementForm, StatementsDialog
from commsdesk.ui.tabs.enquiries.view import EnquiriesTab
from commsdesk.ui.widgets.field_inputs import qdatetime
from commsdesk.ui.widgets.statement_chooser import StatementChooser
from tests.gui.test_main_window import click_button

PAST_DEADLINE = "Past the journalist's deadline: answer, or tell the journalist why not"
JOURNALIST, OUTLET, TOPIC, DEADLINE = 2, 3, 4, 6


@pytest.fixture
def service(services):
    return services.enquiries


@pytest.fixture
def tab(services, qtbot):
    shown_tab = EnquiriesTab(services.enquiries, services.contacts)
    qtbot.addWidget(shown_tab)
    shown_tab.resize(1366, 700)
    shown_tab.show()
    qtbot.waitExposed(shown_tab)
    shown_tab.activateWindow()
    return shown_tab


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier, target=None) -> None:
    """A key pressed as the officer would: the window active (again, after a message), `target` focused."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    target = target if target is not None else widget.table
    target.setFocus()
    qtbot.keyClick(target, key, modifier)


def add(service, received: datetime | None = None, **values) -> int:
    """An enquiry in the register, received now unless told otherwise."""
    values.setdefault("journalist", "Arta Gashi")
    values.setdefault("questions", ("Kur fillon ndërtimi i stacionit të autobusëve?",))
    changed_by = values.pop("changed_by", "")
    return service.create(EnquiryInput(received_at=received or service.now(), **values), changed_by)


def shown(tab, column: int = JOURNALIST) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def form(qtbot, services, enquiry_id=None) -> EnquiryDialog:
    dialog = EnquiryDialog(services.enquiries, enquiry_id, services.contacts)
    qtbot.addWidget(dialog)
    return dialog


def choose(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))


def close_message(seen: list[str]):
    def act(box):
        seen.append(box.text())
        click_button("OK")(box)

    return act


def save_refused(dialog, answer) -> str:
    """Press Save on a form that refuses it: the message shown."""
    seen: list[str] = []
    answer(close_message(seen))
    dialog.save_button.click()
    assert dialog.isVisible()
    return seen[-1]


# -- the window ---------------------------------------------------------------------------------------------------


def test_the_register_is_a_tab_after_document_requests_with_its_settings_entries(desk):
    window = desk.window
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles.index("Journalists' enquiries") == titles.index("Document requests") + 1
    tab = window.show_tab("enquiries")
    assert isinstance(tab, EnquiriesTab) and tab.model.total == tab.service.count(tab.current_filter()) > 0
    assert [action.text() for action in tab.settings_actions()] == ["&Enquiry settings…", "Approved &statements…"]


# -- the keyboard ---------------------------------------------------------------------------------------------------


def test_ctrl_n_opens_the_form_and_saving_adds_the_enquiry_to_the_list(tab, qtbot, answer):
    def fill(dialog):
        assert isinstance(dialog, EnquiryDialog) and dialog.windowTitle() == "New enquiry"
        assert dialog.focusWidget() is dialog.inputs["journalist"]
        qtbot.keyClicks(dialog.inputs["journalist"], "Besnik Krasniqi")
        dialog.inputs["outlet"].setText("RTK")
        dialog.inputs["topic"].setText("Uji i pijshëm")
        choose(dialog.inputs["channel"], "email")
        qtbot.keyClicks(dialog.questions.editor, "Pse nuk ka uje ne Doganaj?")  # typed: ASCII only
        dialog.save_button.click()

    answer(fill)
    press(qtbot, tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.total == 1 and tab.count_label.text() == "1 enquiry"
    press(qtbot, tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.focusWidget() is tab.filters.search
    row = tab.model.enquiry(tab.table.currentIndex().row())
    assert (row.journalist, row.outlet, row.topic) == ("Besnik Krasniqi", "RTK", "Uji i pijshëm")
    assert (row.status, row.channel) == (EnquiryStatus.NEW, EnquiryChannel.EMAIL)
    assert row.reference == f"P-{tab.service.now().year}/001"
    assert row.first_question == "Pse nuk ka uje ne Doganaj?"
    assert row.deadline_at == row.received_at + timedelta(hours=24)  # no deadline named: the default lead time


def test_enter_and_double_click_open_the_chosen_enquiry(tab, qtbot, answer):
    add(tab.service, journalist="Arta Gashi")
    add(tab.service, journalist="Zana Berisha")
    tab.refresh()
    tab.table.selectRow(1)  # newest first: the first enquiry
    opened = []
    answer(lambda dialog: (opened.append(dialog.windowTitle()), dialog.reject()))
    press(qtbot, tab, Qt.Key.Key_Return)
    year = tab.service.now().year
    assert opened == [f"Enquiry P-{year}/001"]
    answer(lambda dialog: (opened.append(dialog.windowTitle()), dialog.reject()))
    cell = tab.table.visualRect(tab.model.index(0, JOURNALIST)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened == [f"Enquiry P-{year}/001", f"Enquiry P-{year}/002"]


def test_delete_asks_naming_the_enquiry_and_removes_it_only_when_confirmed(tab, qtbot, answer):
    add(tab.service, journalist="Zana Berisha", topic="Tenderi për rrugët")
    tab.refresh()
    questions = []

    def refuse(box):
        questions.append(box.text())
        click_button("Cancel")(box)

    answer(refuse)
    press(qtbot, tab, Qt.Key.Key_Delete)
    reference = f"P-{tab.service.now().year}/001"
    assert questions == [
        f"Delete the enquiry {reference} of Zana Berisha “Tenderi për rrugët” with its questions and history?"
    ]
    assert tab.model.total == 1
    answer(click_button("Delete"))
    press(qtbot, tab, Qt.Key.Key_Delete)
    assert tab.model.total == 0 and tab.count_label.text() == "0 enquiries"


# -- search, filters, sorting -------------------------------------------------------------------------------------


def test_search_as_you_type_ignores_case_and_diacritics(tab, qtbot):
    add(tab.service, journalist="Đorđe Šćekić", outlet="KoSSev", questions=("Zašto nema vode u Doganaju?",))
    add(tab.service, journalist="Arta Gashi", outlet="Koha Ditore", topic="Ujësjellësi")
    tab.refresh()
    qtbot.keyClicks(tab.filters.search, "dorde")
    qtbot.waitUntil(lambda: tab.model.total == 1)
    assert shown(tab) == ["Đorđe Šćekić"]
    for typed, found in (
        ("ujesjellesi", "Arta Gashi"),
        ("DJORDJE", "Đorđe Šćekić"),
        ("gashi koha", "Arta Gashi"),
        ("šćekić", "Đorđe Šćekić"),
        ("zasto nema", "Đorđe Šćekić"),  # the questions are searched too
    ):
        tab.filters.search.setText(typed)
        qtbot.waitUntil(lambda found=found: shown(tab) == [found])
    tab.filters.search.setText("gashi kossev")
    qtbot.waitUntil(lambda: tab.model.total == 0)
    tab.filters.search.clear()
    qtbot.waitUntil(lambda: tab.model.total == 2)


def test_filters_by_year_status_outlet_topic_and_overdue(tab):
    service = tab.service
    now = service.now()
    add(service, datetime(now.year - 1, 3, 10, 9), journalist="Old Open", outlet="RTK", topic="Buxheti")  # overdue
    add(
        service,
        datetime(now.year - 1, 5, 4, 9),
        journalist="Old Declined",
        outlet="Koha Ditore",
        status=EnquiryStatus.DECLINED,
        reason="I takon ministrisë.",
    )
    add(service, journalist="New One", outlet="Koha Ditore", topic="Ujësjellësi")
    tab.refresh()
    filters = tab.filters
    assert [filters.year.itemText(i) for i in range(filters.year.count())] == [
        "All years",
        str(now.year),
        str(now.year - 1),
    ]
    assert [filters.outlet.itemText(i) for i in range(filters.outlet.count())] == ["All outlets", "Koha Ditore", "RTK"]
    assert [filters.topic.itemText(i) for i in range(filters.topic.count())] == ["All topics", "Buxheti", "Ujësjellësi"]
    choose(filters.year, now.year - 1)
    assert sorted(shown(tab)) == ["Old Declined", "Old Open"]
    choose(filters.status, "declined")
    assert shown(tab) == ["Old Declined"]
    filters.status.setCurrentIndex(0)
    filters.year.setCurrentIndex(0)
    choose(filters.outlet, "Koha Ditore")
    assert sorted(shown(tab)) == ["New One", "Old Declined"]
    choose(filters.topic, "Ujësjellësi")
    assert shown(tab) == ["New One"]
    filters.outlet.setCurrentIndex(0)
    filters.topic.setCurrentIndex(0)
    filters.overdue.setChecked(True)
    assert shown(tab) == ["Old Open"] and tab.count_label.text() == "1 enquiry"


def test_clicking_a_header_sorts_the_whole_register_in_the_database(tab):
    service = tab.service
    year = service.now().year - 1
    add(service, datetime(year, 2, 2, 9), journalist="Besnik", outlet="RTK", topic="Beta")
    add(service, datetime(year, 1, 5, 9), journalist="Zana", outlet="Kallxo", topic="Alfa")
    add(service, datetime(year, 3, 1, 9), journalist="Arta", outlet="Zëri", topic="Gama")
    tab.refresh()
    assert shown(tab, 0) == [f"P-{year}/003", f"P-{year}/002", f"P-{year}/001"]  # newest number first
    tab.table.sortByColumn(JOURNALIST, Qt.SortOrder.AscendingOrder)
    assert shown(tab) == ["Arta", "Besnik", "Zana"]
    tab.table.sortByColumn(OUTLET, Qt.SortOrder.AscendingOrder)
    assert shown(tab) == ["Zana", "Besnik", "Arta"]
    tab.table.sortByColumn(TOPIC, Qt.SortOrder.DescendingOrder)
    assert shown(tab, TOPIC) == ["Gama", "Beta", "Alfa"]
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(tab) == ["Zana", "Besnik", "Arta"]
    tab.table.sortByColumn(DEADLINE, Qt.SortOrder.DescendingOrder)
    assert shown(tab) == ["Arta", "Besnik", "Zana"]
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(tab, 0) == [f"P-{year}/001", f"P-{year}/002", f"P-{year}/003"]


# -- the deadline -------------------------------------------------------------------------------------------------


def test_an_overdue_enquiry_is_marked_red_and_the_time_column_counts_hours_then_days(tab):
    service = tab.service
    now = service.now()
    add(service, now - timedelta(hours=30), journalist="Six hours late")  # due 24 hours after it came
    add(service, now - timedelta(days=4), journalist="Three days late", deadline_at=now - timedelta(days=3))
    add(service, now, journalist="Due soon", deadline_at=now + timedelta(hours=5))
    add(service, now, journalist="Due later", deadline_at=now + timedelta(days=3))
    add(service, now, journalist="Facts", facts_from="Drejtoria e Financave", facts_asked_on=now.date())
    tab.refresh()
    rows = {tab.model.enquiry(row).journalist: row for row in range(tab.model.rowCount())}
    clock = {name: tab.model.data(tab.model.index(row, TIME_COLUMN)) for name, row in rows.items()}
    assert clock["Six hours late"] == "6 hours late" and clock["Three days late"] == "3 days late"
    assert clock["Due soon"] == "5 hours left" and clock["Due later"] == "3 days left"
    late = tab.model.index(rows["Six hours late"], TIME_COLUMN)
    assert tab.model.data(late, Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert tab.model.data(late, Qt.ItemDataRole.FontRole).bold()
    assert tab.model.data(tab.model.index(rows["Six hours late"], JOURNALIST), Qt.ItemDataRole.ToolTipRole) == (
        PAST_DEADLINE
    )
    assert tab.model.data(tab.model.index(rows["Due soon"], TIME_COLUMN), Qt.ItemDataRole.ForegroundRole) is None
    facts = tab.model.index(rows["Facts"], STATUS_COLUMN)
    assert tab.model.data(facts) == "New · waiting for facts"
    assert tab.model.data(facts, Qt.ItemDataRole.ToolTipRole) == "The facts were asked for and have not come yet."


def test_the_time_column_words_for_hours_days_and_answers():
    now = datetime(2026, 12, 4, 10, 0)
    new, answered = EnquiryStatus.NEW, EnquiryStatus.ANSWERED
    assert texts.clock_text(new, datetime(2026, 12, 4, 15, 30), None, now) == "6 hours left"
    assert texts.clock_text(new, datetime(2026, 12, 4, 10, 20), None, now) == "1 hour left"
    assert texts.clock_text(new, datetime(2026, 12, 5, 12, 0), None, now) == "1 day left"
    assert texts.clock_text(new, datetime(2026, 12, 7, 9, 0), None, now) == "3 days left"
    assert texts.clock_text(new, datetime(2026, 12, 4, 9, 0), None, now) == "1 hour late"
    assert texts.clock_text(new, datetime(2026, 12, 3, 23, 0), None, now) == "11 hours late"
    assert texts.clock_text(new, datetime(2026, 12, 2, 9, 0), None, now) == "2 days late"
    assert texts.clock_text(answered, datetime(2026, 12, 4, 9, 0), datetime(2026, 12, 4, 8, 0), now) == (
        "answered in time"
    )
    assert texts.clock_text(answered, datetime(2026, 12, 4, 9, 0), datetime(2026, 12, 4, 12, 0), now) == (
        "3 hours late"
    )
    assert texts.clock_text(EnquiryStatus.NO_COMMENT, datetime(2026, 12, 4, 9, 0), None, now) == ""


def test_the_deadline_follows_the_time_received_while_it_is_the_default(services, qtbot):
    dialog = form(qtbot, services)
    received = datetime(2026, 12, 1, 9, 30)
    dialog.inputs["received_at"].setDateTime(qdatetime(received))
    assert dialog.entered().deadline_at == datetime(2026, 12, 2, 9, 30)
    assert dialog.default_deadline.text() == "default: 24 hours after it came (02.12.2026 09:30)"
    assert not dialog.default_button.isEnabled()
    dialog.inputs["deadline_at"].setDateTime(qdatetime(datetime(2026, 12, 1, 16, 0)))  # the journalist's own
    dialog.inputs["received_at"].setDateTime(qdatetime(datetime(2026, 12, 1, 10, 0)))
    assert dialog.entered().deadline_at == datetime(2026, 12, 1, 16, 0)
    assert dialog.summary.text().startswith("Answer due 01.12.2026 16:00 · ")
    dialog.default_button.click()
    assert dialog.entered().deadline_at == datetime(2026, 12, 2, 10, 0)
    dialog.done(0)


def test_an_overdue_enquiry_s_form_warns_in_red(services, qtbot):
    enquiry_id = add(services.enquiries, services.enquiries.now() - timedelta(days=3))
    dialog = form(qtbot, services, enquiry_id)
    assert PAST_DEADLINE in dialog.summary.text() and "2 days late" in dialog.summary.text()
    assert f"color: {OVERDUE.name()}" in dialog.summary.styleSheet()
    dialog.done(0)


# -- the form -----------------------------------------------------------------------------------------------------


def test_the_questions_are_numbered_and_can_be_added_edited_removed_and_reordered(services, qtbot):
    dialog = form(qtbot, services)
    questions = dialog.questions
    qtbot.keyClicks(questions.editor, "Sa kushton?")
    questions.add_question()
    qtbot.keyClicks(questions.editor, "Kur fillon?")
    questions.add_question()
    qtbot.keyClicks(questions.editor, "Kush e nderton?")
    assert questions.texts() == ["1. Sa kushton?", "2. Kur fillon?", "3. Kush e nderton?"]
    questions.move(-1)
    assert questions.value() == ("Sa kushton?", "Kush e nderton?", "Kur fillon?")
    questions.list.setCurrentRow(0)
    questions.editor.setPlainText("Sa kushton projekti?")
    questions.list.setCurrentRow(2)
    questions.remove_question()
    assert questions.texts() == ["1. Sa kushton projekti?", "2. Kush e nderton?"]
    dialog.inputs["journalist"].setText("Arta Gashi")
    assert dialog.save()
    assert services.enquiries.details(dialog.enquiry_id).data.questions == ("Sa kushton projekti?", "Kush e nderton?")
    dialog.done(0)


def test_a_refused_error_puts_the_cursor_in_the_field_to_fix(services, qtbot, answer):
    dialog = form(qtbot, services)
    dialog.show()
    assert save_refused(dialog, answer) == "Write down the journalist's question."
    assert dialog.focusWidget() is dialog.questions.editor
    dialog.questions.editor.setPlainText("A do të ketë ujë nesër?")
    assert save_refused(dialog, answer) == "Name the journalist who asked."
    assert dialog.focusWidget() is dialog.inputs["journalist"]
    dialog.inputs["journalist"].setText("Arta Gashi")
    choose(dialog.inputs["status"], "no_comment")
    assert save_refused(dialog, answer) == "Say why the enquiry is declined or answered with “no comment”."
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Answer"
    assert dialog.focusWidget() is dialog.inputs["reason"]
    choose(dialog.inputs["status"], "new")
    dialog.inputs["answered_at"].enabled.setChecked(True)
    assert dialog.inputs["status"].currentData() == "answered"  # sent: answered
    assert save_refused(dialog, answer) == "Write the answer before marking it sent."
    assert dialog.focusWidget() is dialog.answers.editors["sq"]
    dialog.tabs.setCurrentIndex(0)
    dialog.inputs["deadline_at"].setDateTime(qdatetime(dialog.entered().received_at - timedelta(hours=1)))
    assert save_refused(dialog, answer) == "The deadline cannot come before the enquiry."
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Handling"
    assert dialog.focusWidget() is dialog.inputs["deadline_at"]
    dialog.use_default_deadline()
    choose(dialog.inputs["status"], "new")
    assert dialog.inputs["answered_at"].value() is None  # open again: not sent
    choose(dialog.inputs["status"], "answered")
    assert dialog.inputs["answered_at"].value() is not None  # marked answered by hand: sent now
    assert dialog.summary.text().endswith(" · answered in time")
    dialog.answers.editors["en"].setPlainText("Water returns tomorrow at 8:00.")
    dialog.save_button.click()
    assert not dialog.isVisible()
    data = services.enquiries.details(dialog.enquiry_id).data
    assert data.status is EnquiryStatus.ANSWERED and data.answers == {"en": "Water returns tomorrow at 8:00."}


def saved(qtbot, services, enquiry_id, change) -> EnquiryDialog:
    """Open the enquiry's form, `change(dialog)`, press Save: the form closes with the change stored."""
    dialog = form(qtbot, services, enquiry_id)
    dialog.show()
    change(dialog)
    dialog.save_button.click()
    assert not dialog.isVisible()
    return dialog


def test_the_life_of_an_enquiry_through_every_status(services, qtbot):
    service = services.enquiries
    enquiry_id = add(service, service.now() - timedelta(hours=2), changed_by="Arbëresha Dushi")
    today = service.now().date()

    def ask_for_facts(dialog):
        assert dialog.inputs["status"].currentData() == "new"
        dialog.inputs["facts_from"].setText("Drejtoria e Shërbimeve Publike")
        dialog.inputs["facts_asked_on"].set_value(today)
        dialog.inputs["facts_due_on"].set_value(today + timedelta(days=1))
        assert dialog.inputs["status"].currentData() == "waiting_for_input"  # facts asked of a directorate
        assert "waiting for the facts from Drejtoria e Shërbimeve Publike" in dialog.summary.text()

    def facts_came_and_the_answer_is_drafted(dialog):
        assert dialog.heading.text().endswith(" · Waiting for input")
        dialog.inputs["facts_received_on"].set_value(today)
        assert dialog.inputs["status"].currentData() == "new"  # the facts came: no longer waiting
        dialog.answers.editors["sq"].setPlainText("Ndërtimi fillon në mars.")
        choose(dialog.inputs["status"], "drafted")

    def approve(dialog):
        assert not dialog.inputs["approver"].isEnabled()
        dialog.inputs["approval_needed"].setChecked(True)
        assert dialog.inputs["approver"].isEnabled()
        dialog.inputs["approver"].setText("Kryetari i Komunës")
        dialog.inputs["approved_on"].set_value(today)
        assert dialog.inputs["status"].currentData() == "approved"

    def send(dialog):
        dialog.inputs["answered_at"].enabled.setChecked(True)  # sent at: now
        choose(dialog.inputs["answered_via"], "email")
        assert dialog.inputs["status"].currentData() == "answered"

    statuses = []
    for change in (ask_for_facts, facts_came_and_the_answer_is_drafted, approve, send):
        saved(qtbot, services, enquiry_id, change)
        statuses.append(service.details(enquiry_id).data.status.value)
    assert statuses == ["waiting_for_input", "drafted", "approved", "answered"]
    dialog = form(qtbot, services, enquiry_id)
    assert dialog.heading.text() == f"Enquiry {dialog.details.reference} · Answered"
    assert dialog.summary.text().endswith(" · answered in time")
    lines = dialog.history.texts()
    assert lines[0].endswith(" · Received · Arbëresha Dushi")
    whats = [line.split(" · ")[1] for line in lines]
    for step in (
        "Status changed: Waiting for input",
        f"Facts asked: {today:%d.%m.%Y}",
        f"Facts received: {today:%d.%m.%Y}",
        "Status changed: Answer drafted",
        "Status changed: Answer approved",
        f"Answer approved: {today:%d.%m.%Y}",
        "Answer sent",
    ):
        assert step in whats
    assert (
        whats.index("Answer sent")
        > whats.index("Status changed: Answer approved")
        > whats.index("Status changed: Answer drafted")
    )
    dialog.done(0)
    for closed, label in (("declined", "Declined"), ("no_comment", "No comment")):

        def close(dialog, closed=closed):
            choose(dialog.inputs["status"], closed)
            assert dialog.inputs["reason"].isEnabled()
            dialog.inputs["reason"].setText("Pyetja i takon ministrisë.")

        saved(qtbot, services, enquiry_id, close)
        details = service.details(enquiry_id)
        assert details.data.status is EnquiryStatus(closed) and details.data.reason == "Pyetja i takon ministrisë."
        assert f"Status changed: {label}" in [step.text() for step in details.history[-2:]]
    dialog = form(qtbot, services, enquiry_id)
    choose(dialog.inputs["status"], "new")
    assert not dialog.inputs["reason"].isEnabled()
    dialog.done(0)


def test_closing_with_changes_asks_save_discard_or_cancel(services, qtbot, answer):
    service = services.enquiries
    enquiry_id = add(service, topic="Stacioni i autobusëve")
    dialog = form(qtbot, services, enquiry_id)
    dialog.show()
    dialog.reject()  # nothing changed: closes without asking
    assert not dialog.isVisible()
    dialog = form(qtbot, services, enquiry_id)
    dialog.show()
    dialog.inputs["topic"].setText("Stacioni i ri i autobusëve")
    asked = answer(click_button("Cancel"))
    dialog.reject()
    assert asked[0].text() == "Save the changes before closing?" and dialog.isVisible()
    answer(click_button("Discard"))
    dialog.reject()
    assert not dialog.isVisible() and service.details(enquiry_id).data.topic == "Stacioni i autobusëve"
    dialog = form(qtbot, services, enquiry_id)
    dialog.show()
    dialog.questions.add_question("Kur përfundon?")
    answer(click_button("Save"))
    dialog.reject()
    assert not dialog.isVisible() and len(service.details(enquiry_id).data.questions) == 2


def test_erasing_the_journalist_asks_first_and_keeps_the_enquiry(tab, services, qtbot, answer):
    enquiry_id = add(tab.service, journalist="Đorđe Šćekić", journalist_email="djordje@kossev.example")
    dialog = form(qtbot, services, enquiry_id)
    questions = []

    def agree(box):
        questions.append(box.text())
        click_button("Erase")(box)

    answer(agree)
    dialog.erase_journalist()
    assert "Đorđe Šćekić" in questions[0]
    assert dialog.inputs["journalist"].text() == "" and dialog.inputs["journalist"].isReadOnly()
    assert not dialog.inputs["contact_id"].isEnabled() and not dialog.new_contact_button.isEnabled()
    assert "journalist's details erased" in dialog.heading.text()
    assert dialog.history.texts()[-1].split(" · ")[1] == "Personal data erased"
    dialog.done(0)
    tab.refresh()
    assert shown(tab) == ["(personal data erased)"]


# -- statements ---------------------------------------------------------------------------------------------------


def statements(service) -> dict[str, int]:
    today = service.now().date()
    texts_all = {
        "sq": "Komuna mbetet e përkushtuar për stacionin e ri.",
        "sr": "Opština ostaje posvećena novoj stanici.",
        "en": "The municipality remains committed to the new station.",
    }
    return {
        "valid": service.save_statement(
            StatementInput("Stacioni", texts_all, "Kryetari", today, today - timedelta(days=5), today + timedelta(30))
        ),
        "expired": service.save_statement(
            StatementInput("Ujësjellësi", {"sq": "Uji kthehet nesër."}, "Drejtori", None, None, today - timedelta(1))
        ),
        "english only": service.save_statement(StatementInput("Buxheti", {"en": "The budget was adopted."})),
    }


def test_a_statement_is_inserted_at_the_cursor_in_each_language_and_an_expired_one_is_never_offered(
    services, qtbot, answer
):
    service = services.enquiries
    statements(service)
    dialog = form(qtbot, services)
    answers = dialog.answers
    seen = {}
    for code, before in (("sq", "Përshëndetje. "), ("sr", "Poštovani, "), ("en", "Dear editor, ")):
        editor = answers.show_language(code)
        editor.setPlainText(before + "Faleminderit.")
        cursor = editor.textCursor()
        cursor.setPosition(len(before))
        editor.setTextCursor(cursor)

        def pick(chooser, code=code):
            assert isinstance(chooser, StatementChooser)
            seen[code] = [row.topic for row in chooser.rows()]
            chooser.table.selectRow(next(n for n, row in enumerate(chooser.rows()) if row.topic == "Stacioni"))
            click_button("Insert")(chooser)

        answer(pick)
        answers.insert_button.click()
    assert seen == {"sq": ["Stacioni"], "sr": ["Stacioni"], "en": ["Buxheti", "Stacioni"]}  # never "Ujësjellësi"
    assert answers.value() == {
        "sq": "Përshëndetje. Komuna mbetet e përkushtuar për stacionin e ri.Faleminderit.",
        "sr": "Poštovani, Opština ostaje posvećena novoj stanici.Faleminderit.",
        "en": "Dear editor, The municipality remains committed to the new station.Faleminderit.",
    }
    assert answers.tabs.tabText(0) == "Shqip ✓"
    dialog.done(0)


def test_with_no_statement_valid_in_a_language_insert_says_so(services, qtbot, answer):
    service = services.enquiries
    today = service.now().date()
    service.save_statement(StatementInput("Ujësjellësi", {"sr": "Voda sutra."}, valid_until=today - timedelta(1)))
    dialog = form(qtbot, services)
    seen: list[str] = []
    answer(close_message(seen))
    assert dialog.answers.insert_statement("sr") is None
    assert seen[0].startswith("No approved statement valid today has a text in Srpski.")
    dialog.done(0)


def test_the_statements_library_marks_expired_ones_and_adds_edits_and_deletes(services, qtbot, answer):
    service = services.enquiries
    ids = statements(service)
    library = StatementsDialog(service)
    qtbot.addWidget(library)
    library.show()
    rows = library.rows()
    assert [row.topic for row in rows] == ["Buxheti", "Stacioni", "Ujësjellësi"]
    assert library.count.text() == "3 statements, 1 expired"
    expired = library.model.index(2, 1)
    yesterday = service.now().date() - timedelta(days=1)
    assert library.model.data(expired) == f"expired {yesterday:%d.%m.%Y}"
    assert library.model.data(expired, Qt.ItemDataRole.ForegroundRole) == EXPIRED
    assert library.model.data(library.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert library.model.data(library.model.index(1, 4)) == "Shqip, Srpski, English"
    library.search.setText("posvecena")  # the texts are searched, without diacritics
    qtbot.waitUntil(lambda: [row.topic for row in library.rows()] == ["Stacioni"])
    library.search.clear()
    qtbot.waitUntil(lambda: len(library.rows()) == 3)

    def write(statement_form):
        assert isinstance(statement_form, StatementForm) and statement_form.windowTitle() == "New statement"
        seen: list[str] = []
        answer(close_message(seen))
        statement_form.accept()
        assert seen == ["Name the statement's topic."] and statement_form.focusWidget() is statement_form.topic
        statement_form.topic.setText("Parku i qytetit")
        answer(close_message(seen))
        statement_form.accept()
        assert seen[-1] == "Write the statement in at least one language."
        assert statement_form.focusWidget() is statement_form.texts["sq"]
        statement_form.texts["sr"].setPlainText("Park će biti otvoren u maju.")
        statement_form.approved_by.setText("Kryetari")
        statement_form.valid_until.set_value(date(2099, 5, 31))
        click_button("Save")(statement_form)

    answer(write)
    library.buttons["add"].click()
    assert library.chosen().topic == "Parku i qytetit" and library.chosen().data.valid_until == date(2099, 5, 31)
    library.table.selectRow(next(n for n, row in enumerate(library.rows()) if row.id == ids["expired"]))

    def extend(statement_form):
        assert statement_form.windowTitle() == "Edit statement"
        statement_form.valid_until.edit.setDate(QDate(2099, 1, 1))
        click_button("Save")(statement_form)

    answer(extend)
    press(qtbot, library, Qt.Key.Key_Return, target=library.table)
    assert not next(row for row in library.rows() if row.id == ids["expired"]).expired
    questions = []

    def refuse(box):
        questions.append(box.text())
        click_button("Cancel")(box)

    answer(refuse)
    press(qtbot, library, Qt.Key.Key_Delete, target=library.table)
    assert questions == ["Delete the statement on “Ujësjellësi”? Answers that used it keep their text."]
    answer(click_button("Delete"))
    library.buttons["delete"].click()
    assert [row.topic for row in library.rows()] == ["Buxheti", "Parku i qytetit", "Stacioni"]


def test_the_statements_open_from_the_toolbar(tab, answer):
    seen = []
    answer(lambda dialog: (seen.append(type(dialog).__name__), dialog.reject()))
    tab.statements_action.trigger()
    assert seen == ["StatementsDialog"]


# -- the journalist -------------------------------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen popup
def test_the_journalist_is_linked_to_a_contact_by_typing_part_of_the_name(services, qtbot):
    contact_id = services.contacts.create(
        ContactInput(
            given_name="Đorđe",
            family_name="Šćekić",
            outlet="KoSSev",
            emails=[("work", "djordje@kossev.example")],
            phones=[("mobile", "+383 44 111 222")],
        )
    )
    dialog = form(qtbot, services)
    dialog.questions.editor.setPlainText("Zašto nema vode?")
    link = dialog.inputs["contact_id"]
    link.edit.setFocus()
    qtbot.keyClicks(link.edit, "djordje")
    qtbot.waitUntil(lambda: link.names.stringList() == ["Đorđe Šćekić — KoSSev"])
    link.completer.activated[str].emit("Đorđe Šćekić — KoSSev")
    assert link.value() == contact_id
    assert [
        dialog.inputs[name].text() for name in ("journalist", "outlet", "journalist_email", "journalist_phone")
    ] == [
        "Đorđe Šćekić",
        "KoSSev",
        "djordje@kossev.example",
        "+383 44 111 222",
    ]
    assert dialog.save()
    assert services.enquiries.details(dialog.enquiry_id).data.contact_id == contact_id
    dialog.done(0)


def test_a_new_journalist_becomes_a_contact_on_the_spot_with_the_duplicate_warning(services, qtbot, answer):
    existing = services.contacts.create(
        ContactInput(given_name="Arta", family_name="Gashi", emails=[("work", "arta@koha.example")])
    )
    dialog = form(qtbot, services)
    dialog.inputs["journalist"].setText("Arta Gashi-Berisha")
    dialog.inputs["outlet"].setText("Koha Ditore")
    dialog.inputs["journalist_email"].setText("arta@koha.example")
    warnings = []

    def contact_form(contact_dialog):
        assert contact_dialog.windowTitle() == "New contact"
        assert (contact_dialog.given.text(), contact_dialog.family.text()) == ("Arta", "Gashi-Berisha")
        assert contact_dialog.outlet.currentText() == "Koha Ditore"
        assert contact_dialog.emails.values() == [("work", "arta@koha.example")]

        def warned(box):
            warnings.append(box.text())
            click_button("Save anyway")(box)

        answer(warned)
        contact_dialog.save_button.click()

    answer(contact_form)
    created = dialog.new_contact()
    assert created is not None and created != existing
    assert warnings and warnings[0].startswith("This may be a contact you already have:")
    assert "Arta Gashi" in warnings[0] and "same e-mail" in warnings[0]
    assert dialog.inputs["contact_id"].value() == created
    assert dialog.inputs["contact_id"].edit.text() == "Arta Gashi-Berisha — Koha Ditore"
    dialog.done(0)


def test_a_new_contact_given_up_links_nobody(services, qtbot, answer):
    dialog = form(qtbot, services)
    dialog.inputs["journalist"].setText("Besnik Krasniqi")
    answer(lambda contact_dialog: contact_dialog.done(0))
    assert dialog.new_contact() is None and dialog.inputs["contact_id"].value() is None
    dialog.done(0)


# -- other tabs, settings -------------------------------------------------------------------------------------------


def test_an_enquiry_asked_for_by_another_tab_is_found_and_opened(tab, answer):
    first = add(tab.service, journalist="Arta Gashi")
    add(tab.service, journalist="Zana Berisha")
    tab.refresh()
    tab.filters.search.setText("zana")
    tab.filters.overdue.setChecked(True)
    opened = []
    answer(lambda dialog: (opened.append(dialog.enquiry_id), dialog.reject()))
    tab.open_record(first)
    assert opened == [first] and tab.current_id() == first
    assert tab.filters.search.text() == "" and not tab.filters.overdue.isChecked()


def test_an_enquiry_on_the_calendar_s_due_panel_opens_in_this_tab(desk, answer):
    enquiries = desk.workspace.services.enquiries
    now = enquiries.now()
    enquiry_id = add(enquiries, now, journalist="Due Panel", deadline_at=now + timedelta(hours=3))
    reference = enquiries.details(enquiry_id).reference
    window = desk.window
    calendar = window.show_tab("calendar")
    lines = calendar.due.task_texts()
    due = next(line for texts_of_day in lines.values() for line in texts_of_day if f"enquiry {reference}" in line)
    header = next(
        calendar.due.model.item(row)
        for row in range(calendar.due.model.rowCount())
        if due in lines[calendar.due.model.item(row).text()]
    )
    item = next(header.child(i) for i in range(header.rowCount()) if header.child(i).text() == due)
    opened = []
    answer(lambda dialog: (opened.append(dialog.enquiry_id), dialog.reject()))
    calendar.due.tree.doubleClicked.emit(item.index())  # the form is modal: it was shown and closed by now
    assert window.current_tab_key() == "enquiries" and opened == [enquiry_id]
    assert window.tab("enquiries").current_id() == enquiry_id


def test_settings_round_trip_and_apply_to_new_enquiries(tab, services, qtbot, answer):
    service = tab.service

    def change(dialog):
        assert isinstance(dialog, EnquirySettingsDialog)
        assert dialog.example.text() == "The 14th enquiry of 2026: P-2026/014"
        assert dialog.lead_hours.value() == 24
        dialog.reference_format.setText("PG-{number:02d}/{year}")
        dialog.lead_hours.setValue(48)
        assert dialog.example.text() == "The 14th enquiry of 2026: PG-14/2026"
        click_button("Save")(dialog)

    answer(change)
    assert operations.edit_settings(tab.context)
    assert service.settings() == EnquirySettings("PG-{number:02d}/{year}", 48)
    enquiry_id = add(service)
    details = service.details(enquiry_id)
    assert details.reference == f"PG-01/{service.now().year}"
    assert details.deadline_at == details.data.received_at + timedelta(hours=48)
    new = form(qtbot, services)
    assert new.default_deadline.text().startswith("default: 48 hours after it came")
    new.done(0)
    dialog = EnquirySettingsDialog(service.settings(), service.save_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lead_hours.value() == 48
    dialog.reference_format.setText("{number}")
    seen: list[str] = []
    answer(close_message(seen))
    dialog.accept()
    assert "{year} and {number}" in seen[0] and dialog.focusWidget() is dialog.reference_format
    answer(click_button("Discard"))
    dialog.reject()
    assert service.settings().reference_format == "PG-{number:02d}/{year}"


# -- the answer by e-mail -------------------------------------------------------------------------------------------


def test_the_answer_becomes_an_email_draft_and_is_recorded_as_sent_once_confirmed(
    services, qtbot, tmp_path, answer, monkeypatch
):
    from dataclasses import replace

    from commsdesk.ui import file_dialogs

    services.office.save_profile(replace(services.office.profile(), email="zimp@kacanik.example"))
    service = services.enquiries
    enquiry_id = add(
        service,
        service.now() - timedelta(hours=1),
        journalist="Milan Jovanović",
        journalist_email="milan@radiokim.example",
        questions=("Da li će biti novih autobuskih linija?", "Od kada?"),
        answers={"sr": "Dve nove linije kreću od marta."},
        status=EnquiryStatus.APPROVED,
    )
    asked = []

    def save_as(parent, caption, name, filters):
        asked.append((caption, name, filters))
        return str(tmp_path / "odgovor"), ""

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_as)
    dialog = form(qtbot, services, enquiry_id)
    dialog.tabs.setCurrentIndex(2)
    dialog.answers.show_language("sr")
    questions = []

    def not_yet(box):
        questions.append(box.text())
        click_button("Not yet")(box)

    answer(not_yet)
    written = dialog.draft_button.write()
    reference = dialog.details.reference
    assert asked == [("E-mail draft of the answer", f"{reference.replace('/', '-')}-sr.eml", "E-mail drafts (*.eml)")]
    assert written == tmp_path / "odgovor.eml" and questions[0].startswith(f"The draft is written: {written}")
    text = written.read_text(encoding="utf-8")
    assert "milan@radiokim.example" in text and "Dve nove linije kreću od marta." in text
    assert "> 1. Da li će biti novih autobuskih linija?" in text and "> 2. Od kada?" in text
    assert dialog.inputs["status"].currentData() == "approved"  # not sent yet
    assert dialog.history.texts()[-1].split(" · ")[1] == "E-mail draft written: Srpski"
    answer(click_button("Sent: record it"))
    dialog.draft_button.write(str(tmp_path / "again.eml"))
    data = service.details(enquiry_id).data
    assert data.status is EnquiryStatus.ANSWERED and data.answered_via is EnquiryChannel.EMAIL
    assert dialog.inputs["status"].currentData() == "answered" and dialog.inputs["answered_at"].value() is not None
    assert "Answer sent" in [line.split(" · ")[1] for line in dialog.history.texts()[-2:]]
    assert not dialog.has_changes()
    dialog.done(0)


def test_an_email_draft_without_the_journalist_s_address_says_what_to_enter(services, qtbot, tmp_path, answer):
    from dataclasses import replace

    services.office.save_profile(replace(services.office.profile(), email="zimp@kacanik.example"))
    enquiry_id = add(services.enquiries, answers={"sq": "Po."})
    dialog = form(qtbot, services, enquiry_id)
    seen: list[str] = []
    answer(close_message(seen))
    assert dialog.draft_button.write(str(tmp_path / "draft.eml")) is None
    assert seen == ["The journalist has no e-mail address: enter one on the enquiry."]
    dialog.done(0)


# -- the old register, the export and the report ------------------------------------------------------------------

OLD_REGISTER = Path(__file__).resolve().parents[1] / "fixtures" / "enquiries" / "enquiries-2025.csv"


def test_an_older_register_is_imported_and_a_second_import_adds_nothing(tab, qtbot, answer, monkeypatch):
    from commsdesk.ui import file_dialogs

    asked = []
    monkeypatch.setattr(
        file_dialogs, "get_open_file_name", lambda *args: asked.append(args[1:]) or (str(OLD_REGISTER), "")
    )
    info = []
    answer(close_message(info))
    tab.import_action.trigger()
    qtbot.waitUntil(lambda: bool(info), timeout=20000)
    assert asked[0][0] == "Import enquiries"
    assert info == ["24 enquiries imported; 0 were already in the register."]
    assert tab.model.total == 24 and "2025" in [tab.filters.year.itemText(i) for i in range(tab.filters.year.count())]
    assert "KTV" in [tab.filters.outlet.itemText(i) for i in range(tab.filters.outlet.count())]
    answer(close_message(info))
    tab.import_action.trigger()
    qtbot.waitUntil(lambda: len(info) == 2, timeout=20000)
    assert info[1] == "0 enquiries imported; 24 were already in the register." and tab.model.total == 24


def test_the_export_writes_the_list_as_it_is_filtered(tab, qtbot, tmp_path, answer, monkeypatch):
    from commsdesk.ui import file_dialogs

    add(tab.service, journalist="Arta Gashi", topic="Buxheti")
    add(tab.service, journalist="Zana Berisha", topic="Kontratat")
    tab.refresh()
    tab.filters.search.setText("zana")
    qtbot.waitUntil(lambda: tab.model.total == 1)
    target = tmp_path / "register.csv"
    names = []
    monkeypatch.setattr(
        file_dialogs, "get_save_file_name", lambda parent, caption, name, filters: names.append(name) or (target, "")
    )
    info = []
    answer(close_message(info))
    tab.export_csv_action.trigger()
    qtbot.waitUntil(lambda: bool(info), timeout=20000)
    assert names == ["journalists-enquiries.csv"] and info == [f"1 enquiry written to {target}"]
    text = target.read_text(encoding="utf-8-sig")
    assert "Zana Berisha" in text and "Arta Gashi" not in text


def test_the_report_is_written_for_the_chosen_quarter(tab, qtbot, tmp_path, answer, monkeypatch):
    from commsdesk.ui import file_dialogs
    from commsdesk.ui.tabs.enquiries.report_dialog import EnquiryReportDialog

    year = tab.service.now().year - 1
    add(tab.service, datetime(year, 5, 4, 9), outlet="RTK")
    add(tab.service, datetime(year, 8, 4, 9), outlet="KTV")
    names = []

    def save_as(parent, caption, name, filters):
        names.append(name)
        return str(tmp_path / name), ""

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_as)
    info = []

    def choose_period(dialog):
        assert isinstance(dialog, EnquiryReportDialog) and dialog.windowTitle() == "Report on journalists' enquiries"
        choose(dialog.year, year)
        dialog.period.setCurrentIndex(2)
        choose(dialog.format, "xlsx")
        assert (dialog.choice().first, dialog.choice().last) == (date(year, 4, 1), date(year, 6, 30))
        answer(close_message(info))
        click_button("Write report…")(dialog)

    answer(choose_period)
    tab.report_action.trigger()
    qtbot.waitUntil(lambda: bool(info), timeout=20000)
    written = tmp_path / names[0]
    assert names[0].endswith(".xlsx") and info == [f"Written: {written}"] and written.stat().st_size > 0


def test_an_enquiry_is_linked_to_the_plan_activity_it_is_evidence_of(services, qtbot):
    from commsdesk.io.plan_csv import read_plan_csv
    from commsdesk.resources import resource_path
    from commsdesk.ui.tabs.enquiries.form import EnquiryDialog

    strategy = services.plan.create_strategy({"sq": "Strategjia"}, 2026, 2026)
    services.plan.import_plan(strategy, 2026, read_plan_csv(resource_path("demo", "kacanik-action-plan-2023.csv")))
    activity_id, title = next(
        (i, t) for i, t in services.enquiries.activity_choices(2026) if t.startswith("Intervista")
    )
    dialog = EnquiryDialog(services.enquiries)
    qtbot.addWidget(dialog)
    plan = dialog.inputs["activity_id"]
    assert plan.itemText(0) == "(none)" and plan.findText(title) > 0
    plan.setCurrentIndex(plan.findData(activity_id))
    assert dialog.inputs.entered(dialog._base).activity_id == activity_id
    plan.setCurrentIndex(0)
    assert dialog.inputs.entered(dialog._base).activity_id is None


def test_an_enquiry_links_to_the_release_it_led_to_and_the_event_it_was_about(desk, qtbot):
    from commsdesk.ui.tabs.enquiries.form import EnquiryDialog

    services = desk.workspace.services
    from commsdesk.services.enquiries import ENQUIRY_SORT, EnquiryFilter

    enquiry_id = services.enquiries.page(EnquiryFilter(), ENQUIRY_SORT, 0, 1)[0].id  # the newest: received today
    dialog = EnquiryDialog(services.enquiries, enquiry_id)
    qtbot.addWidget(dialog)
    release, event = dialog.inputs["release_id"], dialog.inputs["event_id"]
    assert release.count() > 1 and event.count() > 1  # the demo's releases and events around the enquiry
    release.setCurrentIndex(1)
    event.setCurrentIndex(1)
    chosen = (release.currentData(), event.currentData())
    assert dialog.save()
    data = services.enquiries.details(enquiry_id).data
    assert (data.release_id, data.event_id) == chosen
