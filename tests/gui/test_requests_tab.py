"""The Document requests tab as the officer uses it: the register, its keyboard, search and filters, the deadline
of each request, the form with its sections, files and history, the settings and the report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication

from commsdesk.domain.request_letters import LetterKind
from commsdesk.domain.requests import DeadlineRules, RequesterType, RequestOutcome, RequestStatus
from commsdesk.services.requests import RequestInput, RequestSettings
from commsdesk.ui import file_dialogs
from commsdesk.ui.tabs.releases import system
from commsdesk.ui.tabs.requests import operations, texts
from commsdesk.ui.tabs.requests.form import RequestDialog
from commsdesk.ui.tabs.requests.inputs import WALL_CLOCK
from commsdesk.ui.tabs.requests.model import DAYS_COLUMN, OVERDUE
from commsdesk.ui.tabs.requests.report_dialog import ReportDialog, quarter_days
from commsdesk.ui.tabs.requests.settings_dialog import RequestSettingsDialog
from commsdesk.ui.tabs.requests.view import RequestsTab
from tests.gui.test_main_window import click_button
from tests.helpers import pdf_text

OLD_REGISTER = Path(__file__).resolve().parents[1] / "fixtures" / "requests" / "old-register-2025.csv"
DEEMED_REFUSED = "Deemed refused — the requester may complain to the Information and Privacy Agency"


@pytest.fixture
def service(services):
    return services.requests


@pytest.fixture
def tab(service, qtbot):
    shown = RequestsTab(service)
    qtbot.addWidget(shown)
    shown.resize(1366, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def press(qtbot, tab, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed in the list, as the officer would: the window active (again, after a message), the list focused."""
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, key, modifier)


def add(service, received: datetime | None = None, **values) -> int:
    """A request in the register, received now unless told otherwise."""
    values.setdefault("subject", "Kontratat e riparimit të rrugëve 2026")
    values.setdefault("requester_name", "Arta Gashi")
    changed_by = values.pop("changed_by", "")
    return service.create(RequestInput(received_at=received or service.now(), **values), changed_by)


def shown(tab, column: int = 2) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def form(qtbot, service, request_id=None) -> RequestDialog:
    dialog = RequestDialog(service, request_id)
    qtbot.addWidget(dialog)
    return dialog


def set_received(dialog: RequestDialog, moment: datetime) -> None:
    value = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute), WALL_CLOCK)
    dialog.inputs["received_at"].setDateTime(value)


def close_message(seen: list[str]):
    def act(box):
        seen.append(box.text())
        click_button("OK")(box)

    return act


# -- the window ---------------------------------------------------------------------------------------------------


def test_the_register_is_a_tab_after_press_releases_with_its_settings_entries(desk):
    window = desk.window
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles.index("Document requests") == titles.index("Press releases") + 1
    tab = window.show_tab("requests")
    assert isinstance(tab, RequestsTab) and tab.model.total == tab.service.count(tab.current_filter())
    assert [action.text() for action in tab.settings_actions()] == [
        "Document request &settings…",
        "Letter &templates…",
    ]


# -- the keyboard ---------------------------------------------------------------------------------------------------


def test_ctrl_n_opens_the_form_and_saving_adds_the_request_to_the_list(tab, qtbot, answer):
    def fill(dialog):
        assert isinstance(dialog, RequestDialog) and dialog.windowTitle() == "New request"
        dialog.inputs["subject"].setPlainText("Procesverbalet e mbledhjeve të Kuvendit, 2026")
        dialog.inputs["requester_name"].setText("Besnik Krasniqi")
        dialog.inputs["requester_type"].setCurrentIndex(dialog.inputs["requester_type"].findData("media"))
        dialog.save_button.click()

    answer(fill)
    press(qtbot, tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.total == 1 and tab.count_label.text() == "1 request"
    row = tab.model.request(tab.table.currentIndex().row())
    assert (row.requester, row.requester_type) == ("Besnik Krasniqi", RequesterType.MEDIA)
    assert row.status is RequestStatus.REGISTERED
    assert row.reference == f"{tab.service.now().year}/001"
    assert tab.model.data(tab.model.index(0, 4)) == "Procesverbalet e mbledhjeve të Kuvendit, 2026"


def test_enter_and_double_click_open_the_chosen_request(tab, qtbot, answer):
    add(tab.service, requester_name="Arta Gashi")
    add(tab.service, requester_name="Zana Berisha")
    tab.refresh()
    tab.table.selectRow(1)  # newest first: the first request
    opened = []
    answer(lambda dialog: (opened.append(dialog.windowTitle()), dialog.reject()))
    press(qtbot, tab, Qt.Key.Key_Return)
    year = tab.service.now().year
    assert opened == [f"Request {year}/001"]
    answer(lambda dialog: (opened.append(dialog.windowTitle()), dialog.reject()))
    cell = tab.table.visualRect(tab.model.index(0, 2)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened == [f"Request {year}/001", f"Request {year}/002"]


def test_delete_asks_naming_the_request_and_removes_it_only_when_confirmed(tab, qtbot, answer):
    add(tab.service, subject="Buxheti i drejtorisë së arsimit")
    tab.refresh()
    questions = []

    def refuse(box):
        questions.append(box.text())
        click_button("Cancel")(box)

    answer(refuse)
    press(qtbot, tab, Qt.Key.Key_Delete)
    reference = f"{tab.service.now().year}/001"
    assert questions == [
        f"Delete the request {reference} “Buxheti i drejtorisë së arsimit” with its history and its 0 files?"
    ]
    assert tab.model.total == 1
    answer(click_button("Delete"))
    press(qtbot, tab, Qt.Key.Key_Delete)
    assert tab.model.total == 0 and tab.count_label.text() == "0 requests"


# -- search, filters, sorting -------------------------------------------------------------------------------------


def test_search_as_you_type_ignores_case_and_diacritics(tab, qtbot):
    add(tab.service, requester_name="Đorđe Čačak", subject="Rešenje o građevinskoj dozvoli")
    add(tab.service, requester_name="Arta Gashi", subject="Kontratat e ujësjellësit")
    tab.refresh()
    qtbot.keyClicks(tab.filters.search, "dorde")
    qtbot.waitUntil(lambda: tab.model.total == 1)
    assert shown(tab) == ["Đorđe Čačak"]
    for typed, found in (
        ("ujesjellesit", "Arta Gashi"),
        ("DJORDJE", "Đorđe Čačak"),
        ("gashi kontr", "Arta Gashi"),
        ("čačak", "Đorđe Čačak"),
        ("gradjevinskoj", "Đorđe Čačak"),
    ):
        tab.filters.search.setText(typed)
        qtbot.waitUntil(lambda found=found: shown(tab) == [found])
    tab.filters.search.setText("gashi dozvoli")
    qtbot.waitUntil(lambda: tab.model.total == 0)
    tab.filters.search.clear()
    qtbot.waitUntil(lambda: tab.model.total == 2)


def test_filters_by_year_status_outcome_requester_type_and_overdue(tab):
    service = tab.service
    now = service.now()
    add(service, datetime(now.year - 1, 3, 10, 9), requester_name="Old Open")  # long overdue
    add(
        service,
        datetime(now.year - 1, 5, 4, 9),
        requester_name="Old Refused",
        outcome=RequestOutcome.REFUSED,
        decided_on=date(now.year - 1, 5, 8),
        refusal_ground="privacy",
        harm_test="Privatësia e palës së tretë.",
        public_interest_test="Nuk ka interes publik mbizotërues.",
    )
    add(service, requester_name="New Media", requester_type=RequesterType.MEDIA)
    tab.refresh()
    filters = tab.filters
    assert [filters.year.itemText(i) for i in range(filters.year.count())] == [
        "All years",
        str(now.year),
        str(now.year - 1),
    ]
    filters.year.setCurrentIndex(filters.year.findData(now.year - 1))
    assert sorted(shown(tab)) == ["Old Open", "Old Refused"]
    filters.outcome.setCurrentIndex(filters.outcome.findData("refused"))
    assert shown(tab) == ["Old Refused"]
    filters.outcome.setCurrentIndex(0)
    filters.status.setCurrentIndex(filters.status.findData("registered"))
    assert shown(tab) == ["Old Open"]
    filters.status.setCurrentIndex(0)
    filters.year.setCurrentIndex(0)
    filters.requester_type.setCurrentIndex(filters.requester_type.findData("media"))
    assert shown(tab) == ["New Media"]
    filters.requester_type.setCurrentIndex(0)
    filters.overdue.setChecked(True)
    assert shown(tab) == ["Old Open"]
    assert tab.count_label.text() == "1 request"


def test_clicking_a_header_sorts_the_whole_register_in_the_database(tab):
    service = tab.service
    year = service.now().year - 1
    add(service, datetime(year, 2, 2, 9), requester_name="Besnik", subject="Beta")
    add(service, datetime(year, 1, 5, 9), requester_name="Zana", subject="Alfa")
    add(service, datetime(year, 3, 1, 9), requester_name="Arta", subject="Gama")
    tab.refresh()
    assert shown(tab, 0) == [f"{year}/003", f"{year}/002", f"{year}/001"]  # newest number first
    tab.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert shown(tab) == ["Arta", "Besnik", "Zana"]
    tab.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert shown(tab, 4) == ["Gama", "Beta", "Alfa"]
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(tab) == ["Zana", "Besnik", "Arta"]
    tab.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # the deadline follows the received day here
    assert shown(tab) == ["Zana", "Besnik", "Arta"]
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(tab, 0) == [f"{year}/001", f"{year}/002", f"{year}/003"]


# -- the deadline -------------------------------------------------------------------------------------------------


def test_an_overdue_request_is_marked_red_and_says_it_is_deemed_refused(tab):
    service = tab.service
    year = service.now().year - 1
    add(service, datetime(year, 12, 1, 9, 30), requester_name="Overdue")  # due Tuesday 8.12
    tab.refresh()
    row = tab.model.request(0)
    late = (service.now().date() - row.deadline).days
    index = tab.model.index(0, DAYS_COLUMN)
    assert tab.model.data(tab.model.index(0, 7)) == f"08.12.{year}"
    assert tab.model.data(index) == f"{late} days late"
    assert tab.model.data(index, Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert tab.model.data(index, Qt.ItemDataRole.ToolTipRole) == DEEMED_REFUSED
    assert tab.model.data(tab.model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == DEEMED_REFUSED


def test_waiting_urgent_and_coming_deadlines_say_so_in_the_days_column(tab):
    service = tab.service
    now = service.now()
    add(service, now, requester_name="Urgent", urgent=True, urgent_reason="Shëndeti i një fëmije")
    add(service, now - timedelta(days=1), requester_name="Waiting", clarification_asked=now.date())
    add(service, now, requester_name="Normal")
    tab.refresh()
    found = {tab.model.request(r).requester: r for r in range(tab.model.rowCount())}
    days = {name: tab.model.data(tab.model.index(row, DAYS_COLUMN)) for name, row in found.items()}
    deadlines = {name: tab.model.data(tab.model.index(row, 7)) for name, row in found.items()}
    assert days["Waiting"] == "waiting for clarification"
    assert deadlines["Urgent"] == (now + timedelta(hours=48)).strftime("%d.%m.%Y %H:%M")
    assert days["Urgent"] == "2 days left"
    normal = tab.model.request(found["Normal"]).deadline
    assert days["Normal"] == f"{(normal - now.date()).days} days left"
    assert tab.model.data(tab.model.index(found["Normal"], DAYS_COLUMN), Qt.ItemDataRole.ForegroundRole) is None


def test_the_days_column_words_for_today_one_day_and_lateness():
    now = datetime(2026, 12, 4, 10, 0)

    def clock(day, at=None, **state):
        state = {"is_open": True, "paused": False, "late": False, "days_late": 0} | state
        return texts.clock_text(day=day, at=at, now=now, **state)

    assert clock(date(2026, 12, 7)) == "3 days left"
    assert clock(date(2026, 12, 5)) == "1 day left"
    assert clock(date(2026, 12, 4)) == "today"
    assert clock(date(2026, 12, 4), datetime(2026, 12, 4, 15, 30)) == "6 hours left"
    assert clock(date(2026, 12, 5), datetime(2026, 12, 5, 8, 0)) == "22 hours left"  # urgent: due tomorrow morning
    assert clock(date(2026, 12, 4), datetime(2026, 12, 4, 10, 20)) == "1 hour left"
    assert clock(date(2026, 12, 2), late=True, days_late=2) == "2 days late"
    assert clock(date(2026, 12, 2), paused=True) == "waiting for clarification"
    assert clock(date(2026, 12, 2), is_open=False) == "in time"
    assert clock(date(2026, 12, 2), is_open=False, days_late=1) == "1 day late"


def test_the_form_shows_the_deadline_as_it_is_edited(service, qtbot):
    dialog = form(qtbot, service)
    set_received(dialog, datetime(2026, 12, 1, 9, 30))  # a Tuesday
    assert dialog.clock.summary.text().startswith("Decision due 08.12.2026 · ")
    assert dialog.clock.forwarding.text() == "forward by 08.12.2026 (5 working days)"
    dialog.inputs["urgent"].setChecked(True)
    assert dialog.clock.summary.text().startswith("Decision due 03.12.2026 09:30 · ")
    dialog.inputs["urgent"].setChecked(False)
    dialog.inputs["extended_on"].set_value(date(2026, 12, 7))
    assert dialog.clock.summary.text().startswith("Decision due 23.12.2026 · ")
    set_received(dialog, datetime(2026, 12, 18, 15, 0))
    dialog.inputs["extended_on"].set_value(None)
    assert dialog.clock.summary.text().startswith("Decision due 28.12.2026 · ")  # Christmas, then the weekend
    assert "7 calendar days to decide" in dialog.clock.summary.toolTip()
    dialog.done(0)


def test_asking_for_a_clarification_stops_the_clock_and_its_answer_starts_it(service, qtbot):
    request_id = add(service, service.now() - timedelta(days=2))
    dialog = form(qtbot, service, request_id)
    status = dialog.inputs["status"]
    dialog.inputs["clarification_asked"].set_value(service.now().date() - timedelta(days=1))
    assert status.currentData() == "awaiting_clarification"
    assert "the clock stands still since" in dialog.clock.summary.text()
    dialog.inputs["clarification_received"].set_value(service.now().date())
    assert status.currentData() == "in_progress"
    assert dialog.clock.summary.text().startswith("Decision due ")
    dialog.inputs["outcome"].setCurrentIndex(dialog.inputs["outcome"].findData("forwarded"))
    assert status.currentData() == "forwarded"
    dialog.done(0)


def test_an_overdue_request_s_form_warns_in_red(service, qtbot):
    request_id = add(service, service.now() - timedelta(days=30))
    dialog = form(qtbot, service, request_id)
    assert DEEMED_REFUSED in dialog.clock.summary.text() and "days late" in dialog.clock.summary.text()
    assert "color: #b3261e" in dialog.clock.summary.styleSheet()
    dialog.done(0)


# -- the form -----------------------------------------------------------------------------------------------------


def test_a_refused_error_puts_the_cursor_in_the_field_to_fix(service, qtbot, answer):
    dialog = form(qtbot, service)
    dialog.show()
    seen: list[str] = []
    answer(close_message(seen))
    dialog.save_button.click()
    assert seen == ["Say which documents are requested."] and dialog.isVisible()
    assert dialog.focusWidget() is dialog.inputs["subject"]
    dialog.inputs["subject"].setPlainText("Raporti i inspektimit")
    dialog.inputs["requester_name"].setText("Arta Gashi")
    dialog.inputs["outcome"].setCurrentIndex(dialog.inputs["outcome"].findData("refused"))
    answer(close_message(seen))
    dialog.save_button.click()
    assert seen[-1] == "Name the legal ground for limiting access."
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Decision"
    assert dialog.focusWidget() is dialog.inputs["refusal_ground"]
    dialog.inputs["outcome"].setCurrentIndex(0)
    dialog.inputs["cost_cents"].setText("dhjetë")
    answer(close_message(seen))
    dialog.save_button.click()
    assert seen[-1] == 'The amount "dhjetë" is not a number of euros.'
    assert dialog.focusWidget() is dialog.inputs["cost_cents"]
    dialog.inputs["cost_cents"].setText("12,50")
    dialog.inputs["urgent"].setChecked(True)
    answer(close_message(seen))
    dialog.save_button.click()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Request"
    assert dialog.focusWidget() is dialog.inputs["urgent_reason"]
    dialog.inputs["urgent_reason"].setText("Shëndeti publik")
    dialog.save_button.click()
    assert not dialog.isVisible() and service.details(dialog.request_id).data.cost_cents == 1250


def test_closing_with_changes_asks_save_discard_or_cancel(service, qtbot, answer):
    request_id = add(service, subject="Plani i investimeve kapitale")
    dialog = form(qtbot, service, request_id)
    dialog.show()
    dialog.reject()  # nothing changed: closes without asking
    assert not dialog.isVisible()
    dialog = form(qtbot, service, request_id)
    dialog.show()
    dialog.inputs["subject"].setPlainText("Plani i investimeve kapitale 2026–2028")
    asked = answer(click_button("Cancel"))
    dialog.reject()
    assert asked[0].text() == "Save the changes before closing?" and dialog.isVisible()
    answer(click_button("Discard"))
    dialog.reject()
    assert not dialog.isVisible()
    assert service.details(request_id).data.subject == "Plani i investimeve kapitale"
    dialog = form(qtbot, service, request_id)
    dialog.show()
    dialog.inputs["holder_unit"].setText("Drejtoria e Financave")
    answer(click_button("Save"))
    dialog.reject()
    assert not dialog.isVisible() and service.details(request_id).data.holder_unit == "Drejtoria e Financave"


def test_a_time_in_the_hour_summer_time_skips_is_kept_as_written(service, qtbot, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Belgrade")  # Qt reads it at each conversion
    night = datetime(2026, 3, 29, 2, 30)  # clocks go from 02:00 to 03:00 that night
    request_id = add(service, night)
    dialog = form(qtbot, service, request_id)
    assert dialog.inputs["received_at"].text() == "29.03.2026 02:30" and not dialog.has_changes()
    assert dialog.entered().received_at == night
    dialog.done(0)


def test_the_history_shows_every_step_with_who_and_when(service, qtbot):
    request_id = add(service, service.now() - timedelta(days=3), changed_by="Arbëresha Dushi")
    data = service.details(request_id).data
    service.update(
        request_id,
        replace(data, status=RequestStatus.IN_PROGRESS),
        changed_by="Blerim Hoxha",
    )
    dialog = form(qtbot, service, request_id)
    lines = dialog.history.texts()
    assert lines[0].endswith(" · Registered · Arbëresha Dushi")
    assert lines[1].endswith(" · Status changed: In progress · Blerim Hoxha")
    dialog.done(0)


def test_files_are_added_opened_saved_and_removed_through_the_attachments_store(
    service, qtbot, tmp_path, answer, monkeypatch
):
    opened = []
    monkeypatch.setattr(system, "open_path", lambda path: opened.append(path) or True)
    source = tmp_path / "kërkesa – Đakovica.pdf"
    source.write_bytes(b"%PDF-1.4 the request as it came")
    dialog = form(qtbot, service)  # a new request: adding a file saves it first
    dialog.inputs["subject"].setPlainText("Vendimi për ndarjen e subvencioneve")
    dialog.inputs["anonymous"].setChecked(True)
    dialog.files.add_files([str(source)])
    assert dialog.request_id is not None and dialog.windowTitle().startswith("Request ")
    assert [row.original_name for row in dialog.files.model.rows] == ["kërkesa – Đakovica.pdf"]
    assert dialog.history.texts()[-1].split(" · ")[1] == "File added: kërkesa – Đakovica.pdf"
    dialog.files.table.selectRow(0)
    dialog.files.open_selected()
    assert opened[0].read_bytes() == source.read_bytes()
    folder = tmp_path / "out"
    folder.mkdir()
    answer(click_button("OK"))
    saved = dialog.files.save_selected(str(folder))
    assert saved.read_bytes() == source.read_bytes()
    answer(click_button("Remove"))
    dialog.files.remove_selected()
    assert dialog.files.model.rows == [] and service.details(dialog.request_id).files == ()
    assert not dialog.has_changes()
    dialog.done(0)


def test_erasing_the_requester_asks_first_and_keeps_the_request(tab, qtbot, answer):
    request_id = add(tab.service, requester_name="Đorđe Čačak", requester_address="djordje@example.org")
    dialog = form(qtbot, tab.service, request_id)
    questions = []

    def agree(box):
        questions.append(box.text())
        click_button("Erase")(box)

    answer(agree)
    dialog.erase_requester()
    assert "Đorđe Čačak" in questions[0]
    assert dialog.inputs["requester_name"].text() == "" and dialog.inputs["requester_name"].isReadOnly()
    assert dialog.inputs["requester_address"].toPlainText() == ""
    assert not dialog.erase_button.isEnabled() and "requester's details erased" in dialog.heading.text()
    assert dialog.history.texts()[-1].split(" · ")[1] == "Personal data erased"
    dialog.done(0)
    tab.refresh()
    assert shown(tab) == ["(personal data erased)"]


def test_a_request_whose_requester_was_erased_is_edited_and_saved_without_a_name(service, qtbot, answer, monkeypatch):
    from commsdesk.ui.widgets import guarded_dialog

    request_id = add(service, requester_name="Đorđe Čačak", requester_address="djordje@example.org")
    dialog = form(qtbot, service, request_id)
    dialog.show()
    answer(click_button("Erase"))
    dialog.erase_requester()
    assert not dialog.inputs["contact_id"].isEnabled()  # a contact linked again would name the requester
    dialog.inputs["complaint_outcome"].setPlainText("Agjencia e refuzoi ankesën")
    seen: list[str] = []  # "Name the requester…" would be shown: a name the form can no longer take
    monkeypatch.setattr(guarded_dialog, "show_error", lambda _parent, text: seen.append(text))
    dialog.save_button.click()
    assert seen == [] and not dialog.isVisible()
    assert service.details(request_id).data.complaint_outcome == "Agjencia e refuzoi ankesën"


def test_a_request_asked_for_by_another_tab_is_found_and_opened(tab, answer):
    first = add(tab.service, requester_name="Arta Gashi")
    add(tab.service, requester_name="Zana Berisha")
    tab.refresh()
    tab.filters.search.setText("zana")
    opened = []
    answer(lambda dialog: (opened.append(dialog.request_id), dialog.reject()))
    tab.open_record(first)
    assert opened == [first] and tab.current_id() == first and tab.filters.search.text() == ""


def test_a_request_on_the_calendar_s_due_panel_opens_in_this_tab(desk, qtbot, answer):
    window = desk.window
    calendar = window.show_tab("calendar")
    shown = [line for lines in calendar.due.task_texts().values() for line in lines]
    decide = next(line for line in shown if "request " in line and ("Decide" in line or "Deemed refused" in line))
    header = next(
        calendar.due.model.item(row)
        for row in range(calendar.due.model.rowCount())
        if decide in calendar.due.task_texts()[calendar.due.model.item(row).text()]
    )
    item = next(header.child(i) for i in range(header.rowCount()) if header.child(i).text() == decide)
    assert not item.isCheckable()  # met by deciding the request, not by ticking it off
    opened = []
    answer(lambda dialog: (opened.append(dialog.details.reference), dialog.reject()))
    calendar.due.tree.doubleClicked.emit(item.index())  # the form is modal: it was shown and closed by now
    assert window.current_tab_key() == "requests" and f"request {opened[0]}" in decide


# -- settings and reports -------------------------------------------------------------------------------------------


def test_settings_round_trip_and_apply_to_new_requests_only(tab, qtbot, answer):
    service = tab.service
    before = add(service)

    def change(dialog):
        assert isinstance(dialog, RequestSettingsDialog)
        assert dialog.example.text() == "The 14th request of 2026: 2026/014"
        dialog.reference_format.setText("ZIMP-{number:02d}/{year}")
        dialog.decide_days.setValue(10)
        dialog.working_days.setChecked(True)
        dialog.retention_years.setValue(7)
        assert dialog.example.text() == "The 14th request of 2026: ZIMP-14/2026"
        click_button("Save")(dialog)

    answer(change)
    assert operations.edit_settings(tab.context)
    settings = service.settings()
    assert settings == RequestSettings("ZIMP-{number:02d}/{year}", DeadlineRules(decide_days=10, working_days=True), 7)
    after = add(service)
    assert service.details(before).rules == DeadlineRules()
    assert service.details(after).rules == settings.rules
    assert service.details(after).reference == f"ZIMP-02/{service.now().year}"
    dialog = RequestSettingsDialog(service.settings(), service.save_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.decide_days.value(), dialog.working_days.isChecked()) == (10, True)
    assert dialog.retention_years.value() == 7
    dialog.reference_format.setText("{number}")
    seen: list[str] = []
    answer(close_message(seen))
    dialog.accept()
    assert "{year} and {number}" in seen[0] and dialog.focusWidget() is dialog.reference_format
    answer(click_button("Discard"))
    dialog.reject()


def test_the_letter_templates_open_from_the_toolbar(tab, answer):
    seen = []
    answer(lambda dialog: (seen.append(type(dialog).__name__), dialog.reject()))
    tab.templates_action.trigger()
    assert seen == ["LetterTemplatesDialog"]


def test_the_report_dialog_offers_the_year_its_quarters_and_chosen_dates(qtbot):
    dialog = ReportDialog([2025], date(2026, 5, 20))
    qtbot.addWidget(dialog)
    assert [dialog.year.itemText(i) for i in range(dialog.year.count())] == ["2026", "2025"]
    choice = dialog.choice()
    assert (choice.first, choice.last) == (date(2026, 1, 1), date(2026, 12, 31))
    assert (choice.kind, choice.language) == ("pdf", "en")
    dialog.period.setCurrentIndex(2)
    assert (dialog.choice().first, dialog.choice().last) == (date(2026, 4, 1), date(2026, 6, 30))
    assert not dialog.first.isEnabled()
    dialog.period.setCurrentIndex(5)
    dialog.first.setDate(QDate(2026, 2, 10))
    assert dialog.first.isEnabled() and dialog.choice().first == date(2026, 2, 10)
    assert quarter_days(2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))


# -- letters, the old register, the export and the report ---------------------------------------------------------


def test_a_letter_is_written_in_the_requester_s_language_and_noted_in_the_history(service, qtbot, tmp_path, answer):
    request_id = add(service, requester_name="Milan Jovanović", requester_language="sr", subject="Rešenje o dozvoli")
    dialog = form(qtbot, service, request_id)
    kinds = dialog.letter_button.kinds()
    assert LetterKind.RECEIPT in kinds and LetterKind.REFUSAL not in kinds
    offered = [action.text() for action in dialog.letter_button.build_menu().actions()]
    assert offered == [kind.label() for kind in kinds] and "Confirmation of receipt" in offered
    info = []
    answer(close_message(info))
    written = dialog.letter_button.write(LetterKind.RECEIPT, str(tmp_path / "potvrda.pdf"))
    reference = service.details(request_id).reference
    assert info == [f"Written: {written}"]
    assert reference in pdf_text(written) and "Milan Jovanović" in pdf_text(written)
    assert dialog.history.texts()[-1].split(" · ")[1] == "Letter written: Confirmation of receipt"
    assert not dialog.has_changes()
    dialog.done(0)


def test_a_letter_asks_where_and_takes_the_draft_format_from_the_chosen_filter(
    services, service, qtbot, tmp_path, answer, monkeypatch
):
    services.office.save_profile(replace(services.office.profile(), email="zimp@kacanik.example"))
    request_id = add(service, requester_address="arta.gashi@kallxo.example")
    asked = []

    def save_as(parent, caption, name, filters):
        asked.append((caption, name, filters))
        return str(tmp_path / "draft"), "E-mail drafts (*.eml)"

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_as)
    dialog = form(qtbot, service, request_id)
    dialog.inputs["holder_unit"].setText("Drejtoria e Financave")  # unsaved: the letter saves it first
    info = []
    answer(close_message(info))
    written = dialog.letter_button.write(LetterKind.RECEIPT)
    assert info == [f"Written: {tmp_path / 'draft.eml'}"]
    assert written == tmp_path / "draft.eml" and "arta.gashi@kallxo.example" in written.read_text(encoding="utf-8")
    assert asked[0][0] == "Confirmation of receipt" and asked[0][1].endswith(".pdf")
    assert service.details(request_id).data.holder_unit == "Drejtoria e Financave"
    dialog.done(0)


def test_the_old_register_is_imported_and_a_second_import_adds_nothing(tab, qtbot, answer, monkeypatch):
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *args: (str(OLD_REGISTER), ""))
    info = []
    answer(close_message(info))
    tab.import_action.trigger()
    qtbot.waitUntil(lambda: bool(info), timeout=20000)
    assert info == ["28 requests imported; 0 were already in the register."]
    assert tab.model.total == 28 and "2025" in [tab.filters.year.itemText(i) for i in range(tab.filters.year.count())]
    answer(close_message(info))
    tab.import_action.trigger()
    qtbot.waitUntil(lambda: len(info) == 2, timeout=20000)
    assert info[1] == "0 requests imported; 28 were already in the register." and tab.model.total == 28


def test_the_export_writes_the_list_as_it_is_filtered(tab, qtbot, tmp_path, answer, monkeypatch):
    add(tab.service, requester_name="Arta Gashi", subject="Buxheti")
    add(tab.service, requester_name="Zana Berisha", subject="Kontratat")
    tab.refresh()
    tab.filters.search.setText("zana")
    qtbot.waitUntil(lambda: tab.model.total == 1)
    target = tmp_path / "register.csv"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *args: (str(target), ""))
    info = []
    answer(close_message(info))
    tab.export_csv_action.trigger()
    qtbot.waitUntil(lambda: bool(info), timeout=20000)
    assert info == [f"1 request written to {target}"]
    text = target.read_text(encoding="utf-8-sig")
    assert "Zana Berisha" in text and "Arta Gashi" not in text


def test_the_report_to_the_agency_is_written_for_the_chosen_quarter(tab, qtbot, tmp_path, answer, monkeypatch):
    year = tab.service.now().year - 1
    add(tab.service, datetime(year, 5, 4, 9), outcome=RequestOutcome.GRANTED, decided_on=date(year, 5, 6))
    add(tab.service, datetime(year, 8, 4, 9))
    names = []

    def save_as(parent, caption, name, filters):
        names.append(name)
        return str(tmp_path / name), ""

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_as)

    def choose(dialog):
        assert isinstance(dialog, ReportDialog)
        dialog.year.setCurrentIndex(dialog.year.findData(year))
        dialog.period.setCurrentIndex(2)
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        answer(close_message(info))
        click_button("Write report…")(dialog)

    info = []
    answer(choose)
    tab.report_action.trigger()
    qtbot.waitUntil(lambda: bool(info), timeout=20000)
    written = tmp_path / names[0]
    assert names[0].endswith(".xlsx") and info == [f"Written: {written}"] and written.stat().st_size > 0


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen popup
def test_the_requester_is_linked_to_a_contact_by_typing_part_of_the_name(service, services, qtbot):
    from commsdesk.services.contacts import ContactInput

    contact_id = services.contacts.create(ContactInput(given_name="Đorđe", family_name="Šćekić", outlet="KoSSev"))
    services.contacts.create(ContactInput(given_name="Arta", family_name="Gashi"))
    dialog = form(qtbot, service)
    dialog.inputs["subject"].setPlainText("Budžet 2026")
    link = dialog.inputs["contact_id"]
    link.edit.setFocus()
    qtbot.keyClicks(link.edit, "djordje")
    qtbot.waitUntil(lambda: link.names.stringList() == ["Đorđe Šćekić — KoSSev"])
    link.completer.activated[str].emit("Đorđe Šćekić — KoSSev")
    assert link.value() == contact_id and dialog.inputs["requester_name"].text() == "Đorđe Šćekić"
    dialog.save()
    saved = service.find_reference(f"{service.now().year}/001")
    assert service.details(saved).data.contact_id == contact_id
    assert [entry.reference for entry in services.contacts.personal_data(contact_id).requests] == [
        f"{service.now().year}/001"
    ]
    reopened = form(qtbot, service, saved)
    assert reopened.inputs["contact_id"].edit.text() == "Đorđe Šćekić — KoSSev"
    reopened.inputs["contact_id"].unlink.click()
    assert reopened.inputs["contact_id"].value() is None


def test_the_requesters_data_is_exported_from_the_form(service, qtbot, tmp_path, answer, monkeypatch):
    from openpyxl import load_workbook

    first = add(service, requester_name="Arbër Çoku", subject="Buxheti 2026")
    add(service, requester_name="Arbër Çoku", subject="Leje ndërtimi")
    add(service, requester_name="Besa Gashi", subject="Tenderi")
    dialog = form(qtbot, service, first)
    offered = []

    def save_as(*args):
        offered.append(args[2])
        return str(tmp_path / "kerkuesi"), ""

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_as)
    seen = answer(click_button("OK"))
    written = dialog.export_requester()
    assert offered == [f"requester-data-{dialog.details.reference.replace('/', '-')}.xlsx"]
    assert written == tmp_path / "kerkuesi.xlsx" and "2 requests of this requester" in seen[0].text()
    workbook = load_workbook(written, read_only=True)
    cells = {str(value) for row in workbook.active.iter_rows(values_only=True) for value in row}
    workbook.close()
    assert {"Buxheti 2026", "Leje ndërtimi"} <= cells and "Tenderi" not in cells
