"""The Action plan tab as the officer uses it: the tree, filters, summary strips, status updates, editing, undo,
import, reports and copying a plan to the next year."""

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QPushButton

from commsdesk.domain.plan import STATUS_COLOURS, ActivityStatus
from commsdesk.i18n import set_language
from commsdesk.resources import resource_path
from commsdesk.services.demo import _fill_plan
from commsdesk.ui import file_dialogs
from commsdesk.ui.tabs.plan.activity_dialog import ActivityDialog
from commsdesk.ui.tabs.plan.model import Col
from commsdesk.ui.tabs.plan.report_dialog import ReportDialog
from commsdesk.ui.tabs.plan.status_dialog import StatusDialog
from commsdesk.ui.tabs.plan.view import PlanTab
from tests.helpers import pdf_text

TODAY = date(2023, 10, 15)


@pytest.fixture
def tab(qtbot, services):
    _fill_plan(services)
    widget = PlanTab(services.plan, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def shown(tab):
    """(objective label, [activity titles]) as the tree shows them."""
    model = tab.model
    result = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        result.append((parent.data(), [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]))
    return result


def titles(tab):
    return [title for _objective, activities in shown(tab) for title in activities]


def select(tab, start):
    model = tab.model
    for activity in model.visible_activities():
        if activity.title.startswith(start):
            tab.tree.setCurrentIndex(model.activity_index(activity.id))
            return activity
    raise AssertionError(start)


def cell(tab, start, column, role=Qt.ItemDataRole.DisplayRole):
    activity = select(tab, start)
    return tab.model.activity_index(activity.id).siblingAtColumn(column).data(role)


def click(dialog, text):
    buttons = dialog.findChildren(QPushButton)
    next(b for b in buttons if b.text().replace("&", "") == text).click()


def test_the_tree_shows_objectives_with_their_activities_status_colours_and_roll_ups(tab):
    objectives = shown(tab)
    assert [label[:12] for label, _ in objectives] == ["Objective 1:", "Objective 2:", "Objective 3:"]
    assert [len(activities) for _, activities in objectives] == [17, 17, 9]
    assert tab.summary.text() == "43 activities, €3,900.00 planned"
    assert tab.plan_strip.chips[ActivityStatus.COMPLETED].text() == "Completed: 10"
    assert tab.plan_strip.completed.text() == "23 % completed"
    assert tab.plan_strip.money.text() == "planned €3,900.00 · spent €710.00"
    objective_two = tab.model.index(1, 0)
    assert objective_two.siblingAtColumn(Col.PLANNED).data() == "€1,900.00"
    assert objective_two.siblingAtColumn(Col.STATUS).data() == "3 of 17 completed"
    assert cell(tab, "Takim koordinues", Col.STATUS) == "Completed"
    assert (
        cell(tab, "Takim koordinues", Col.STATUS, Qt.ItemDataRole.BackgroundRole).color().name()
        == STATUS_COLOURS[ActivityStatus.COMPLETED]
    )
    assert cell(tab, "Takim koordinues", Col.SPENT) == "€160.00"
    assert cell(tab, "Hartimi i Udhëzuesit", Col.PLANNED) == "no additional cost"
    assert cell(tab, "Mbledhje e rregullt javore", Col.WHEN) == "Në baza javore"
    assert tab.objective_strip.caption.text() == "Objective 1:"  # the selected row's objective


def test_status_as_of_an_earlier_day_and_overdue_activities(tab):
    tab.as_of.setDate(date(2023, 12, 31))
    assert cell(tab, "Konferenca e Kryetarit", Col.STATUS) == "In progress · overdue"
    assert "overdue" in tab.plan_strip.overdue.text() and tab.plan_strip.overdue.text() != "0 overdue"
    tab.as_of.setDate(date(2023, 5, 1))
    assert cell(tab, "Takim koordinues", Col.STATUS) == "In progress"  # completed only in June
    assert cell(tab, "Takim koordinues", Col.PROGRESS, Qt.ItemDataRole.UserRole + 2) == 20
    assert tab.plan_strip.overdue.text() == "0 overdue"


def test_filters_by_quarter_status_responsible_kind_and_text(tab):
    filters = tab.filters
    filters.quarter.setCurrentIndex(filters.quarter.findData(1))
    first = titles(tab)
    assert any(t.startswith("Takim koordinues") for t in first)  # mars–qershor 2023
    assert not any(t.startswith("Konferenca vjetore") for t in first)  # nëntor 2023
    filters.quarter.setCurrentIndex(filters.quarter.findData(3))
    third = titles(tab)
    assert not any(t.startswith("Takim koordinues") for t in third) and any(t.startswith("Sondazh") for t in third)
    assert tab.summary.text().startswith(f"{len(third)} of 43 activities shown")
    filters.clear()
    filters.kind.setCurrentIndex(filters.kind.findData("recurring"))
    assert len(titles(tab)) == 18 and tab.summary.text() == "18 of 43 activities shown, €0.00 planned"
    filters.clear()
    filters.status.setCurrentIndex(filters.status.findData("postponed"))
    assert titles(tab) == [
        "Trajnim mbi përdorimin efikas të platformave sociale (FB; Instagram; Twitter; YouTube) për personelin në ZIMP"
    ]
    filters.clear()
    filters.responsible.setCurrentIndex(filters.responsible.findData("Zyra IT"))
    assert all("Zyra IT" in a.responsible for a in tab.model.visible_activities()) and len(titles(tab)) == 6
    filters.clear()
    filters.search.setText("WEBFAQE")
    assert [t[:20] for t in titles(tab)] == ["Sondazh në webfaqe d", "Mirëmbajtja e webfaq"]
    filters.clear()
    assert len(titles(tab)) == 43 and tab.summary.text() == "43 activities, €3,900.00 planned"


def test_a_status_update_through_the_dialog_shows_at_once_and_can_be_undone(tab, answer):
    select(tab, "Konferenca vjetore")

    def fill(dialog):
        assert isinstance(dialog, StatusDialog)
        assert dialog.on_date.date().toPython() == TODAY
        dialog.status.setCurrentIndex(dialog.status.findData("completed"))
        assert dialog.progress.value() == 100
        dialog.cost.setText("95,50")
        dialog.comment.setPlainText("Konferenca u mbajt me 46 pjesëmarrës")
        click(dialog, "Save")

    answer(fill)
    tab.status_action.trigger()
    assert cell(tab, "Konferenca vjetore", Col.STATUS) == "Completed"
    assert cell(tab, "Konferenca vjetore", Col.SPENT) == "€95.50"
    assert cell(tab, "Konferenca vjetore", Col.COMMENT) == "Konferenca u mbajt me 46 pjesëmarrës"
    assert tab.undo_action.isEnabled() and "Konferenca vjetore" in tab.undo_action.toolTip()
    tab.undo_action.trigger()
    assert cell(tab, "Konferenca vjetore", Col.STATUS) == "Not started" and not tab.undo_action.isEnabled()


def test_an_invalid_amount_in_the_dialog_is_refused_and_nothing_is_saved(tab, answer):
    select(tab, "Konferenca vjetore")
    seen = []

    def fill(dialog):
        dialog.cost.setText("shumë")
        answer(lambda box: (seen.append(box.text()), click(box, "OK")))
        click(dialog, "Save")
        assert dialog.isVisible() and dialog.cost.text() == "shumë" and dialog.focusWidget() is dialog.cost
        answer(lambda box: click(box, "Discard"))  # the typed amount is a change: closing asks
        click(dialog, "Cancel")

    answer(fill)
    tab.status_action.trigger()
    assert seen == ['The amount "shumë" is not a number of euros.']
    assert cell(tab, "Konferenca vjetore", Col.STATUS) == "Not started" and not tab.undo_action.isEnabled()


def test_inline_status_and_progress_edits_record_dated_updates(tab, qtbot):
    activity = select(tab, "Anketimi i personelit mbi kënaq")
    index = tab.model.activity_index(activity.id)
    assert tab.model.flags(index.siblingAtColumn(Col.STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert not tab.model.flags(index.siblingAtColumn(Col.TITLE)) & Qt.ItemFlag.ItemIsEditable
    tab.model.setData(index.siblingAtColumn(Col.PROGRESS), 30)
    qtbot.waitUntil(lambda: cell(tab, "Anketimi i personelit mbi kënaq", Col.STATUS) == "In progress")
    assert cell(tab, "Anketimi i personelit mbi kënaq", Col.PROGRESS) == "30 %"
    assert cell(tab, "Anketimi i personelit mbi kënaq", Col.UPDATED) == "15.10.2023"
    index = tab.model.activity_index(activity.id)
    tab.model.setData(index.siblingAtColumn(Col.STATUS), "completed")
    qtbot.waitUntil(lambda: cell(tab, "Anketimi i personelit mbi kënaq", Col.STATUS) == "Completed")
    assert cell(tab, "Anketimi i personelit mbi kënaq", Col.PROGRESS) == "100 %"
    history = tab.service.history(activity.id)
    assert [(u.on_date, u.status, u.progress) for u in history] == [
        (TODAY, ActivityStatus.IN_PROGRESS, 30),
        (TODAY, ActivityStatus.COMPLETED, 100),
    ]
    tab.undo()
    assert cell(tab, "Anketimi i personelit mbi kënaq", Col.STATUS) == "In progress"


def test_new_edited_and_deleted_activities_and_their_undo(tab, answer):
    select(tab, "Tryezë e rrumbullakët")

    def new(dialog):
        assert isinstance(dialog, ActivityDialog) and dialog.objective.value() == 2
        assert dialog.objective_title.isReadOnly()
        dialog.title.setPlainText("Podcast mujor i Komunës – Đakovica & Čačak")
        dialog.responsible.setText("ZIMP; Zyra IT")
        dialog.timeframe.setText("shtator–dhjetor 2023")
        assert dialog.timeframe_hint.text() == "from 01.09.2023 to 31.12.2023"
        dialog.cost.setText("250")
        click(dialog, "Save")

    answer(new)
    tab.new_action.trigger()
    assert (
        cell(tab, "Podcast mujor", Col.PLANNED) == "€250.00"
        and tab.summary.text() == "44 activities, €4,150.00 planned"
    )

    def edit(dialog):
        assert dialog.title.toPlainText() == "Podcast mujor i Komunës – Đakovica & Čačak"
        dialog.cost.setText("0")
        click(dialog, "Save")

    answer(edit)
    tab.edit_action.trigger()
    assert cell(tab, "Podcast mujor", Col.PLANNED) == "no additional cost"

    answer(lambda box: click(box, "Delete"))
    tab.delete_action.trigger()
    assert not any(t.startswith("Podcast") for t in titles(tab))
    tab.undo()
    assert cell(tab, "Podcast mujor", Col.PLANNED) == "no additional cost"
    tab.undo()
    assert cell(tab, "Podcast mujor", Col.PLANNED) == "€250.00"
    tab.undo()
    assert (
        not any(t.startswith("Podcast") for t in titles(tab))
        and tab.summary.text() == "43 activities, €3,900.00 planned"
    )


def test_deleting_asks_first(tab, answer):
    select(tab, "Anketimi i personelit mbi kënaq")
    answer(lambda box: click(box, "Cancel"))
    tab.delete_action.trigger()
    assert len(titles(tab)) == 43


def test_a_quarterly_report_in_serbian_from_the_tab(tab, answer, monkeypatch, tmp_path, qtbot):
    target = tmp_path / "izvestaj.pdf"
    suggested = []

    def save_as(*args):
        suggested.append(args[2])
        return str(target), ""

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_as)
    info = []

    def choose(dialog):
        assert isinstance(dialog, ReportDialog)
        dialog.period.setCurrentIndex(dialog.period.findData(2))
        assert dialog.as_of.date().toPython() == date(2023, 6, 30)
        dialog.language.setCurrentIndex(dialog.language.findData("sr"))
        answer(lambda box: (info.append(box.text()), click(box, "OK")))
        click(dialog, "Write report…")

    answer(choose)
    tab.report_action.trigger()
    qtbot.waitUntil(lambda: bool(info), timeout=20000)
    assert info == [f"The report was saved to {target}."]
    assert suggested == ["akcioni-plan-2023-Q2-sr.pdf"]  # named in the report's language, not the window's
    text = " ".join(pdf_text(target).split())
    assert "30.06.2023" in text and "Takim koordinues me organizatat" in text and "Konferenca vjetore" not in text


def test_importing_a_plan_for_another_year_and_copying_it_on(tab, answer, monkeypatch, qtbot):
    monkeypatch.setattr(
        file_dialogs,
        "get_open_file_name",
        lambda *args: (str(resource_path("demo", "kacanik-action-plan-2023.csv")), ""),
    )
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (2025, True))
    info = []
    answer(lambda box: (info.append(box.text()), click(box, "OK")))
    tab.import_action.trigger()
    qtbot.waitUntil(lambda: bool(info), timeout=20000)
    assert info == ["Imported the plan of 2025: 25 specific and 18 recurring activities, €3,900.00 planned."]
    assert tab.plan_combo.currentText() == "2025" and tab.current_plan().year == 2025
    assert cell(tab, "Konferenca vjetore", Col.STATUS) == "Not started"

    tab.plan_combo.setCurrentIndex(tab.plan_combo.findText("2023"))
    questions = []
    answer(lambda box: (questions.append(box.text()), click(box, "Copy")))
    tab.copy_action.trigger()
    assert "22 specific" not in questions[0] and "all 18 recurring" in questions[0]
    assert tab.plan_combo.currentText() == "2024"
    copied = tab.model.visible_activities()
    unfinished_2023 = [
        a
        for a in tab.service.snapshot(tab.service.find_plan(2023).id, date.max).activities
        if a.kind.value == "recurring" or a.status not in (ActivityStatus.COMPLETED, ActivityStatus.CANCELLED)
    ]
    assert [a.title for a in copied] == [a.title for a in unfinished_2023]
    assert f"take the {sum(a.kind.value == 'specific' for a in unfinished_2023)} specific" in questions[0].replace(
        "takes", "take"
    )


def test_the_template_is_saved_from_the_tab(tab, answer, monkeypatch, tmp_path):
    target = tmp_path / "shabllon.xlsx"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *args: (str(target), ""))
    answer(lambda box: click(box, "OK"))
    tab.template_action.trigger()
    assert openpyxl.load_workbook(target).worksheets[0]["A1"].value == "objective"


def test_the_tab_speaks_albanian(tab):
    set_language("sq")
    tab.retranslate()
    assert tab.summary.text() == "43 aktivitete, 3.900,00 € të planifikuara"
    assert tab.model.headerData(Col.TITLE, Qt.Orientation.Horizontal) == "Aktiviteti"
    assert cell(tab, "Takim koordinues", Col.STATUS) == "E realizuar"
    assert tab.model.index(0, 0).data().startswith("Objektivi 1:")
    assert tab.status_action.text().replace("&", "") != "Update status…"


def test_enter_opens_the_status_dialog_and_the_status_cell_edits_in_place(tab, answer, qtbot):
    select(tab, "Konferenca vjetore")
    tab.tree.setFocus()
    seen = []
    answer(lambda dialog: (seen.append(type(dialog).__name__), click(dialog, "Cancel")))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: seen == ["StatusDialog"])
    activity = select(tab, "Konferenca vjetore")
    tab.tree.edit(tab.model.activity_index(activity.id).siblingAtColumn(Col.STATUS))
    combo = tab.tree.viewport().findChild(QComboBox)
    assert combo is not None and combo.currentData() == "not_started"
    combo.setCurrentIndex(combo.findData("postponed"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: cell(tab, "Konferenca vjetore", Col.STATUS) == "Postponed")


def test_sorting_a_column_sorts_within_each_objective(tab):
    tab.tree.sortByColumn(Col.PLANNED, Qt.SortOrder.DescendingOrder)
    objectives = shown(tab)
    assert objectives[1][1][0].startswith("Tryezë e rrumbullakët")  # 600 € is objective 2's largest
    assert [label[:12] for label, _ in objectives] == ["Objective 1:", "Objective 2:", "Objective 3:"]
    tab.tree.sortByColumn(Col.TITLE, Qt.SortOrder.AscendingOrder)  # the plan's own order
    assert shown(tab)[0][1][0].startswith("Krijimi i listave të grupuara")


def test_ctrl_f_goes_to_the_search(tab, qtbot):
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filters.search.hasFocus()
