"""The Contacts tab as the officer uses it: search as you type, filters, sorting, keyboard, groups, dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from commsdesk.services.contacts import ContactFilter, ExportScope
from commsdesk.ui.tabs.contacts import operations
from commsdesk.ui.tabs.contacts.dialog import ContactDialog
from commsdesk.ui.tabs.contacts.duplicates import DuplicatesDialog, MergeDialog
from commsdesk.ui.tabs.contacts.export_dialog import ExportChoice, run_export
from commsdesk.ui.tabs.contacts.import_dialog import ImportDialog
from tests.gui.test_main_window import click_button


@pytest.fixture
def tab(desk):
    return desk.window.show_tab("contacts")


def shown_names(tab):
    return [tab.model.contact(row).name for row in range(tab.model.rowCount())]


def test_search_as_you_type_ignores_case_and_diacritics(tab, qtbot):
    total = tab.service.count()
    assert tab.count_label.text() == f"{total} contacts"
    qtbot.keyClicks(tab.filters.search, "cacak")
    assert sorted(shown_names(tab)) == ["Djordje Cacak", "Đorđe Čačak"]
    assert tab.count_label.text() == "2 contacts"
    tab.filters.search.setText("kacanik")
    assert "Mimoza Çeku" in shown_names(tab) and "Ilir Gashi" in shown_names(tab)
    for typed in ("dorde", "djordje", "ĐORĐE", "čačak"):
        tab.filters.search.clear()
        if typed.isascii():
            qtbot.keyClicks(tab.filters.search, typed)
        else:  # QTest can only type ASCII
            tab.filters.search.insert(typed)
        assert sorted(shown_names(tab)) == ["Djordje Cacak", "Đorđe Čačak"], typed
    tab.filters.search.clear()
    qtbot.keyClicks(tab.filters.search, "radio kacanik")
    assert shown_names(tab) == ["Mimoza Çeku"]
    tab.filters.search.clear()
    assert tab.model.total == total


def test_filters_by_type_reach_language_and_group(tab):
    tab.filters.reach.setCurrentIndex(tab.filters.reach.findData("diaspora"))
    assert sorted(shown_names(tab)) == ["Ardian Zeqiri", "Hana Sadiku", "Skender Ajeti"]
    tab.filters.reach.setCurrentIndex(tab.filters.reach.findData("local"))
    tab.filters.outlet_type.setCurrentIndex(tab.filters.outlet_type.findData("radio"))
    assert sorted(shown_names(tab)) == ["Dušan Milenković", "Mimoza Çeku"]
    tab.filters.reach.setCurrentIndex(0)
    tab.filters.language.setCurrentIndex(tab.filters.language.findData("sr"))
    names = shown_names(tab)
    assert "Đorđe Čačak" in names and "Mimoza Çeku" not in names
    assert all(tab.model.contact(row).language == "sr" for row in range(tab.model.rowCount()))
    tab.filters.outlet_type.setCurrentIndex(0)
    tab.filters.language.setCurrentIndex(0)
    donors = next(row for row in range(tab.groups.list.count()) if "Donors" in tab.groups.list.item(row).text())
    tab.groups.list.setCurrentRow(donors)
    assert "Anna Lindqvist" in shown_names(tab) and "Mimoza Çeku" not in shown_names(tab)
    assert tab.groups.list.item(donors).text() == f"Donors and international partners ({tab.model.total})"


def _sqlite_lower(text):
    """What SQLite's lower() does: ASCII letters only."""
    return "".join(char.lower() if char.isascii() else char for char in text)


SORT_KEYS = {
    1: _sqlite_lower,  # position
    2: _sqlite_lower,  # outlet
    3: _sqlite_lower,  # e-mail
    4: str,  # phone, as written
    5: str,  # language: English, Shqip, Srpski (en, sq, sr)
    6: lambda groups: _sqlite_lower(groups.split("; ")[0]),  # by the first group shown
}


def test_clicking_any_header_sorts_the_whole_list_by_what_that_column_shows(tab):
    model = tab.model
    for column, key in SORT_KEYS.items():
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.table.sortByColumn(column, order)
            shown = [model.data(model.index(row, column)) for row in range(model.rowCount())]
            assert len(shown) == tab.service.count()
            keys = [key(text) for text in shown]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder), column
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by family name, then given name
    assert shown_names(tab)[:3] == ["Besnik Ahmeti", "Shpend Ahmeti", "Skender Ajeti"]
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_names(tab)[:2] == ["Ardian Zeqiri", "Arbër Xhemajli"]


def test_the_list_loads_page_by_page(tab, qtbot):
    from commsdesk.domain.contacts import ContactInput

    rows = [
        ContactInput(given_name=f"Gazetar{n:03d}", family_name="Provë", emails=[("work", f"g{n}@x.example")])
        for n in range(450)
    ]
    for data in rows:
        tab.service.create(data)
    tab.refresh()
    assert tab.model.rowCount() == 200 and tab.model.total == 450 + 67
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 200)


def test_the_chosen_contacts_stay_chosen_when_the_list_is_read_again(tab):
    tab.table.selectRow(1)
    tab.table.selectionModel().select(
        tab.model.index(5, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    chosen = tab.selected_ids()
    tab.refresh()  # as after an import, a merge or a change of groups
    assert len(chosen) == 2 and tab.selected_ids() == chosen
    assert tab.detail.text() == "2 contacts selected."


def test_ctrl_n_opens_the_form_and_saving_adds_the_contact(tab, qtbot, answer):
    def fill(dialog):
        assert isinstance(dialog, ContactDialog)
        dialog.given.setText("Arbëresha")
        dialog.family.setText("Dushi")
        dialog.outlet.setCurrentText("Radio Kaçaniku")
        dialog.emails.edits()[0].setText("arberesha@radiokacaniku.example")
        dialog.save_button.click()

    answer(fill)
    desk_window = tab.window()
    desk_window.activateWindow()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.service.count() == 68
    assert tab.model.contact(tab.table.currentIndex().row()).name == "Arbëresha Dushi"
    assert "Arbëresha Dushi" in tab.detail.text() and "Radio" in tab.detail.text()


def test_saving_a_contact_with_a_known_email_warns_first(tab, qtbot, answer):
    warnings = []

    def fill(dialog):
        dialog.given.setText("Blerim")
        dialog.family.setText("Krasniqi-Berisha")
        dialog.emails.edits()[0].setText("blerim.krasniqi@rtk.example")

        def refuse(box):
            warnings.append(box.text())
            click_button("Cancel")(box)
            QApplication.processEvents()
            answer(click_button("Discard"))  # what was typed is a change: closing asks
            dialog.reject()

        answer(refuse)
        dialog.save_button.click()

    answer(fill)
    tab.new_action.trigger()
    assert "This may be a contact you already have" in warnings[0] and "Blerim Krasniqi" in warnings[0]
    assert tab.service.count() == 67


def test_enter_edits_and_delete_asks_then_deletes(tab, qtbot, answer):
    tab.window().activateWindow()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filters.search.hasFocus()
    qtbot.keyClicks(tab.filters.search, "Loxha")
    tab.table.selectRow(0)
    edited = []

    def change(dialog):
        edited.append(dialog.given.text())
        dialog.position.setText("Kryetar i Këshillit")
        dialog.save_button.click()

    answer(change)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert edited == ["Agim"] and tab.model.contact(0).position == "Kryetar i Këshillit"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    tab.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab.window())
    seen = answer(click_button("Delete"))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Delete the contact “Agim Loxha”?" in seen[-1].text()
    assert tab.service.count("loxha") == 0 and tab.model.rowCount() == 0


def test_groups_are_made_filled_and_emptied_from_the_tab(tab, qtbot, answer, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Gazetarët e Ferizajt", True))
    tab.filters.search.setText("ferizaj")
    tab.table.selectAll()
    ids = tab.selected_ids()
    chosen = len(ids)
    assert chosen >= 2
    fill_menu = tab.add_to_group_menu
    operations.fill_group_menu(tab.context, fill_menu)
    new_group = fill_menu.actions()[-1]
    assert new_group.text() == "New group…"
    new_group.trigger()
    counts = {g.name: g.members for g in tab.service.groups()}
    assert counts["Gazetarët e Ferizajt"] == chosen
    tab.filters.search.clear()
    tab.groups.list.setCurrentRow(
        next(r for r in range(tab.groups.list.count()) if "Ferizajt" in tab.groups.list.item(r).text())
    )
    assert tab.model.total == chosen
    tab.table.selectRow(0)
    answer(click_button("Remove from group"))
    tab.remove_from_group_action.trigger()
    assert tab.model.total == chosen - 1
    answer(click_button("Delete group"))
    tab.groups.delete_action.trigger()
    assert "Gazetarët e Ferizajt" not in {g.name for g in tab.service.groups()}
    assert tab.service.count() == 67


def test_find_duplicates_then_merge_then_undo(tab, qtbot, answer):
    pairs = tab.service.find_duplicates()
    names = {(p.first_name, p.second_name) for p in pairs}
    assert ("Đorđe Čačak", "Djordje Cacak") in names and ("Vjosa Berisha", "Vjosë Berisha") in names
    dialog = DuplicatesDialog(tab.service, pairs)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row(r).second_name == "Djordje Cacak")
    dialog.table.selectRow(row)

    def merge(merge_dialog):
        assert isinstance(merge_dialog, MergeDialog)
        click_button("Merge")(merge_dialog)

    answer(merge)
    dialog.merge_current()
    assert dialog.merged == 1 and tab.service.count() == 66
    tab.refresh()
    assert tab.undo_merge_action.isEnabled()
    answer(click_button("Undo merge"))
    tab.undo_merge_action.trigger()
    assert tab.service.count() == 67 and not tab.undo_merge_action.isEnabled()


def test_import_dialog_previews_and_imports_a_file(tab, qtbot, tmp_path, answer):
    path = tmp_path / "lista.csv"
    path.write_bytes(
        "Emri;Mbiemri;Media;E-mail;Grupi\r\nLeutrim;Hajdari;Radio Kaçaniku;leutrim@rk.example;Mediat\r\n"
        "Teuta;Rexhepi;RTV21;teuta.rexhepi@rtv21.example;\r\n".encode("cp1250")
    )
    dialog = ImportDialog(tab.service, path, tab)
    qtbot.addWidget(dialog)
    assert dialog.layout_label.text() == "Recognised as: Table with a header row · Windows-1250, separator “;”"
    assert dialog.summary.text() == "2 rows: 1 new, 0 updated, 1 skipped, 0 rejected."
    assert dialog.preview.data(dialog.preview.index(1, 6)).startswith("skip — same e-mail")
    seen = answer(click_button("OK"))
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert seen[-1].text() == "Import finished: 1 new, 0 updated, 1 skipped, 0 rejected."
    assert tab.service.count() == 68


def test_import_with_a_bad_row_cannot_start_until_told_to_skip_it(tab, qtbot, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "Given name,Family name,E-mail (work)\nAna,Marku,ana@x.example\n,,nobody@x.example\n", encoding="utf-8"
    )
    dialog = ImportDialog(tab.service, path, tab)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.toPlainText() == "Row 3: there is no name"
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_export_runs_in_the_background_and_writes_the_file(tab, qtbot, tmp_path, answer):
    target = tmp_path / "kontaktet.xlsx"
    seen = answer(click_button("OK"))
    scope = ExportScope(ContactFilter(search="radio"))
    handle = run_export(tab, tab.service, scope, ExportChoice("xlsx", ".xlsx"), target)
    qtbot.waitUntil(lambda: handle.result is not None and bool(seen), timeout=20000)
    assert seen[-1].text() == f"{handle.result} contacts exported to {target}."
    from openpyxl import load_workbook

    assert load_workbook(target).active.max_row == tab.service.count("radio") + 1


def test_personal_data_export_and_erase_from_the_tab(tab, qtbot, tmp_path, answer):
    from tests.helpers import pdf_text

    tab.filters.search.setText("Zeqiri")
    tab.table.selectRow(0)
    answer(click_button("OK"))
    written = operations.export_personal_data(tab.context, "pdf", tmp_path / "ardian.pdf")
    assert "Personal data held about Ardian Zeqiri" in pdf_text(written)
    seen = answer(click_button("Erase"))
    count = len(seen)
    handle = operations.erase_person(tab.context)
    assert len(seen) == count + 1 and seen[-1].text().startswith("Erase “Ardian Zeqiri” for good?")
    answer(click_button("OK"))
    qtbot.waitUntil(lambda: len(seen) == count + 2, timeout=20000)
    assert seen[-1].text() == "“Ardian Zeqiri” was erased." and handle.error is None
    assert tab.service.count("zeqiri") == 0 and tab.model.rowCount() == 0


def test_the_tab_speaks_albanian_and_serbian(desk, tab):
    desk.change_language("sq")
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Emri"
    assert tab.new_action.text() == "Kontakt i ri"
    assert tab.filters.outlet_type.itemText(0) == "Çdo lloj"
    desk.change_language("sr")
    assert tab.model.headerData(2, Qt.Orientation.Horizontal) == "Medij / organizacija"
    assert tab.count_label.text() == "Kontakata: 67"
