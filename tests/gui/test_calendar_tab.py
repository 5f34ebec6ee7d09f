"""The Calendar tab as the officer uses it: month, week and agenda, dialogs, the Due panel, keys."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QPushButton, QStyle

from commsdesk.domain.events import EditScope, EventKind
from commsdesk.services.calendar import CalendarService, EventInput
from commsdesk.ui.tabs.calendar import painting
from commsdesk.ui.tabs.calendar.event_dialog import EventDialog
from commsdesk.ui.tabs.calendar.view import CalendarTab

WEDNESDAY = date(2026, 6, 10)


class Clock:
    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock():
    return Clock(WEDNESDAY)


@pytest.fixture
def tab(qtbot, workspace, clock):
    service = CalendarService(workspace.database, today=clock)
    widget = CalendarTab(service, workspace.services.office)
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press(text):
    """Click the button whose text (without &) is `text` in the dialog that is shown."""

    def act(dialog):
        button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text)
        button.click()

    return act


def then_box(answer, action):
    """Answer the message box that follows the dialog being closed (not that dialog, still modal for a moment)."""

    def act(widget):
        if not isinstance(widget, QMessageBox):
            answer(act)
            return
        action(widget)

    answer(act)


def chip_position(view, title) -> QPoint:
    view.grab()  # paint, so that the view knows where each event is drawn
    rect = next(rect for rect, occurrence in view._hits if occurrence.title == title)
    return rect.center().toPoint()


def test_month_view_shows_the_month_with_today_highlighted_and_holidays(tab):
    tab.service.create(EventInput("Konferencë për shtyp", EventKind.PRESS_CONFERENCE, datetime(2026, 6, 12, 11, 0)))
    tab.refresh()
    assert tab.toolbar.period.text() == "June 2026"
    assert [o.title for o in tab.month.occurrences_on(date(2026, 6, 12))] == ["Konferencë për shtyp"]
    image = tab.month.grab().toImage()
    index = (WEDNESDAY - date(2026, 6, 1)).days  # June 2026 starts on a Monday: the grid starts on 1 June

    def fill_of(day_index: int) -> QColor:  # the bottom-right corner of a day's cell, where no event is drawn
        cell = tab.month._cell(day_index)
        return QColor(image.pixel(int(cell.right()) - 4, int(cell.bottom()) - 4))

    assert fill_of(index) == painting.TODAY_FILL
    # The days after today keep their own colours (today's accent once leaked into every later cell).
    assert fill_of(index + 1) == tab.month.palette().base().color()
    assert fill_of(index + 3) == painting.WEEKEND_FILL
    tab.go_to(date(2026, 2, 1))
    assert tab.month._holidays[date(2026, 2, 17)] == ["Independence Day"]


def test_week_view_starts_on_monday_with_the_hours_as_rows(tab):
    tab.service.create(
        EventInput("Intervistë", EventKind.INTERVIEW, datetime(2026, 6, 11, 14, 0), datetime(2026, 6, 11, 15, 0))
    )
    tab.refresh()  # changed behind the tab's back
    tab.show_week()
    assert tab.toolbar.period.text() == "Week 24: 08.06.2026 – 14.06.2026"
    assert tab.week.monday == date(2026, 6, 8)
    tab.week.grid.grab()
    rect = next(rect for rect, o in tab.week.grid.hits if o.title == "Intervistë")
    assert rect.top() == pytest.approx(14 * 44 + 1) and rect.height() == pytest.approx(44 - 2)


def test_keys_move_the_day_change_the_month_and_go_back_to_today(tab, qtbot):
    tab.month.setFocus()
    qtbot.keyClick(tab.month, Qt.Key.Key_Right)
    assert tab.anchor == WEDNESDAY + timedelta(days=1)
    qtbot.keyClick(tab.month, Qt.Key.Key_Down)
    assert tab.anchor == WEDNESDAY + timedelta(days=8)
    qtbot.keyClick(tab.month, Qt.Key.Key_PageDown)
    assert tab.toolbar.period.text() == "July 2026"
    qtbot.keyClick(tab.month, Qt.Key.Key_T)
    assert tab.anchor == WEDNESDAY and tab.toolbar.period.text() == "June 2026"
    tab.show_week()
    qtbot.keyClick(tab.week, Qt.Key.Key_Left)
    qtbot.keyClick(tab.week, Qt.Key.Key_Left)
    qtbot.keyClick(tab.week, Qt.Key.Key_Left)
    assert tab.week.monday == date(2026, 6, 1)


def test_enter_opens_the_chosen_event_and_page_keys_page_in_every_view(tab, qtbot, answer):
    tab.service.create(EventInput("Seanca e Kuvendit", EventKind.ASSEMBLY_SESSION, datetime(2026, 6, 10, 10, 0)))
    tab.refresh()
    opened, paged = [], []
    for view in (tab.month, tab.week, tab.agenda):
        view.page_requested.connect(paged.append)

    def enter(widget):
        """Enter on `widget` opens the event's dialog; note its title and close it."""
        answer(lambda dialog: (opened.append(dialog.title.text()), dialog.reject()))
        qtbot.keyClick(widget, Qt.Key.Key_Return)

    tab.month.setFocus()
    enter(tab.month)  # the day's only event, though none is selected
    tab.show_week()
    tab.week.select(WEDNESDAY, tab.week.occurrences_on(WEDNESDAY)[0])
    enter(tab.week)
    qtbot.keyClick(tab.week, Qt.Key.Key_PageUp)
    tab.show_agenda()
    tab.agenda.table.setCurrentIndex(tab.agenda.model.index(0, 0))
    enter(tab.agenda.table)
    qtbot.keyClick(tab.agenda.table, Qt.Key.Key_PageDown)  # plain Page Down scrolls the list
    qtbot.keyClick(tab.agenda.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert opened == ["Seanca e Kuvendit"] * 3
    assert paged == [-1, 1]


def test_double_click_on_a_day_creates_an_event_there(tab, qtbot, answer):
    def fill(dialog):
        assert isinstance(dialog, EventDialog)
        dialog.title.setText("Takim publik në Stagovë")
        dialog.kind.setCurrentIndex(dialog.kind.findData("public_meeting"))
        press("Save")(dialog)

    answer(fill)
    cell = tab.month._cell((date(2026, 6, 24) - date(2026, 6, 1)).days)
    qtbot.mouseDClick(tab.month, Qt.MouseButton.LeftButton, pos=cell.bottomRight().toPoint() - QPoint(5, 5))
    assert [o.title for o in tab.month.occurrences_on(date(2026, 6, 24))] == ["Takim publik në Stagovë"]
    assert tab.month.occurrences_on(date(2026, 6, 24))[0].start == datetime(2026, 6, 24, 9, 0)
    tab.show_week()  # the week shows it too; told 14 days before: due today
    assert [o.title for o in tab.week.occurrences_on(date(2026, 6, 24))] == ["Takim publik në Stagovë"]
    assert "Takim publik në Stagovë — 24.06.2026 09:00" in tab.due.task_texts()["Due today (1)"][0]


def test_ctrl_n_opens_a_new_event_and_cancel_writes_nothing(tab, qtbot, answer):
    seen = answer(press("Cancel"))
    tab.month.setFocus()
    qtbot.keyClick(tab.month, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(seen[0], EventDialog) and seen[0].windowTitle() == "New event"
    assert tab.service.event_count() == 0


def test_scheduling_on_a_public_holiday_warns_and_asks(tab, answer):
    tab.go_to(date(2026, 2, 17))
    shown, kept = [], []

    def fill(dialog):
        shown.append(dialog.holiday_warning.text())
        dialog.title.setText("Konferencë")
        then_box(answer, press("Cancel"))  # the question that follows: do not schedule on the holiday
        press("Save")(dialog)
        kept.append((dialog.isVisible(), dialog.title.text()))  # back in the dialog, nothing lost
        answer(press("Discard"))
        dialog.reject()

    answer(fill)
    tab.new_event()
    assert shown == ["17.02.2026 is a public holiday: Independence Day."]
    assert kept == [(True, "Konferencë")]
    assert tab.service.event_count() == 0


def test_changing_one_occurrence_of_a_series_asks_which_ones_and_keeps_the_rest(tab, answer):
    series = tab.service.create(
        EventInput(
            "Mbledhja javore",
            EventKind.MAYOR_MEETING,
            datetime(2026, 6, 1, 9, 0),
            datetime(2026, 6, 1, 10, 0),
            rrule="FREQ=WEEKLY;BYDAY=MO",
        )
    )
    tab.refresh()
    scope_texts = []

    def edit(dialog):
        assert "repeating event" in dialog.note.text()
        dialog.title.setText("Mbledhja e zgjeruar")

        def choose(box):
            assert isinstance(box, QMessageBox)
            scope_texts.extend(b.text() for b in box.findChildren(QPushButton))
            press(EditScope.THIS.label())(box)

        then_box(answer, choose)
        press("Save")(dialog)

    answer(edit)
    june_8 = next(o for o in tab.month.occurrences_on(date(2026, 6, 8)))
    tab.editing.open(june_8)
    assert {"Only this occurrence", "This and the following occurrences", "All occurrences"} <= set(scope_texts)
    titles = [(o.start.date(), o.title) for o in tab.service.occurrences(datetime(2026, 6, 1), datetime(2026, 6, 16))]
    assert titles == [
        (date(2026, 6, 1), "Mbledhja javore"),
        (date(2026, 6, 8), "Mbledhja e zgjeruar"),
        (date(2026, 6, 15), "Mbledhja javore"),
    ]
    assert tab.service.excluded_starts(series) == [datetime(2026, 6, 8, 9, 0)]


def test_delete_key_on_an_occurrence_deletes_only_it_when_asked(tab, qtbot, answer):
    tab.service.create(
        EventInput(
            "Brifing",
            EventKind.PRESS_CONFERENCE,
            datetime(2026, 6, 2, 11, 0),
            datetime(2026, 6, 2, 12, 0),
            rrule="FREQ=WEEKLY;BYDAY=TU",
        )
    )
    tab.refresh()
    position = chip_position(tab.month, "Brifing")
    qtbot.mouseClick(tab.month, Qt.MouseButton.LeftButton, pos=position)
    answer(press(EditScope.THIS.label()))
    qtbot.keyClick(tab.month, Qt.Key.Key_Delete)
    starts = [o.start.date() for o in tab.service.occurrences(datetime(2026, 6, 1), datetime(2026, 7, 1))]
    assert starts == [date(2026, 6, 9), date(2026, 6, 16), date(2026, 6, 23), date(2026, 6, 30)]


def test_due_panel_lists_overdue_today_and_this_week_and_one_click_marks_done(tab, qtbot):
    service = tab.service
    for day, title in [
        (date(2026, 6, 10), "A"),
        (date(2026, 6, 11), "B"),
        (date(2026, 6, 13), "C"),
        (date(2026, 6, 25), "D"),
    ]:
        # public meetings: told 14 days before (27, 28, 30 May; 11 June) and reminded the day before
        # (9, 10, 12 June; 24 June is after this week)
        service.create(
            EventInput(
                f"Takim {title}", EventKind.PUBLIC_MEETING, datetime.combine(day, datetime.min.time()).replace(hour=18)
            )
        )
    tab.refresh()
    shown = tab.due.task_texts()
    assert list(shown) == ["Overdue (4)", "Due today (1)", "Due this week (2) — until 14.06.2026"]
    assert shown["Due today (1)"] == ["10.06.2026 · Remind the media (the day before)\nTakim B — 11.06.2026 18:00"]
    assert shown["Due this week (2) — until 14.06.2026"] == [
        "11.06.2026 · Notify the media (14 days before)\nTakim D — 25.06.2026 18:00",
        "12.06.2026 · Remind the media (the day before)\nTakim C — 13.06.2026 18:00",
    ]
    assert [line[:10] for line in shown["Overdue (4)"]] == ["27.05.2026", "28.05.2026", "30.05.2026", "09.06.2026"]
    assert all("24.06.2026" not in line for lines in shown.values() for line in lines)
    today_task = next(t for t in service.due_tasks() if t.due_on == WEDNESDAY)
    header = tab.due.model.item(1)  # "Due today"
    rect = tab.due.tree.visualRect(header.child(0).index())
    box = QPoint(
        rect.left() + tab.due.tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2 + 3, rect.center().y()
    )
    qtbot.mouseClick(tab.due.tree.viewport(), Qt.MouseButton.LeftButton, pos=box)  # one click on the box
    qtbot.waitUntil(lambda: "Due today (1)" not in tab.due.task_texts())
    done = next(t for t in service.details(today_task.event_id).tasks if t.id == today_task.id)
    assert abs(done.done_at - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=1)  # when it was done
    tab.due.undo.click()
    assert "Due today (1)" in tab.due.task_texts()


def test_filters_by_kind_apply_to_the_views(tab):
    tab.service.create(EventInput("Konferencë", EventKind.PRESS_CONFERENCE, datetime(2026, 6, 12, 11, 0)))
    tab.service.create(EventInput("Trajnim", EventKind.TRAINING, datetime(2026, 6, 12, 13, 0)))
    tab.refresh()
    tab.toolbar.kind.setCurrentIndex(tab.toolbar.kind.findData("training"))
    assert [o.title for o in tab.month.occurrences_on(date(2026, 6, 12))] == ["Trajnim"]
    tab.show_agenda()
    assert tab.agenda.model.rowCount() == 1
    tab.toolbar.kind.setCurrentIndex(0)
    assert tab.agenda.model.rowCount() == 2


def test_agenda_lists_the_month_searches_and_sorts(tab, qtbot):
    for day, title, place in [
        (3, "Dëgjim publik", "Shtëpia e Kulturës"),
        (20, "Konferencë", "Salla"),
        (12, "Đorđe intervju", "Radio KIM"),
    ]:
        tab.service.create(EventInput(title, EventKind.OTHER, datetime(2026, 6, day, 10, 0), location=place))
    tab.refresh()
    tab.show_agenda()
    model = tab.agenda.model
    assert [model.occurrence(r).title for r in range(model.rowCount())] == [
        "Dëgjim publik",
        "Đorđe intervju",
        "Konferencë",
    ]
    tab.agenda.search.setText("djorđe")  # QTest cannot type non-ASCII letters
    assert [model.occurrence(r).title for r in range(model.rowCount())] == ["Đorđe intervju"]
    tab.agenda.search.clear()
    tab.agenda.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert model.occurrence(0).title == "Konferencë"
    assert model.data(model.index(0, 0)) == "Sat 20.06.2026"


def test_the_demo_calendar_is_there_in_the_main_window(desk):
    tab = next(t for t in desk.window.tab_widgets() if isinstance(t, CalendarTab))
    low, high = tab.visible_range()
    found = tab.service.occurrences(low, high)
    assert len(found) > 15 and any(o.recurring for o in found)
    assert tab.settings_actions()[0].text() == "Media-notification rules…"
