"""The Contacts tab's dialogs as the officer uses them: the form, groups, merging, import mapping, export choices,
and text with `&`, `<`, quotes, emoji and ë ç š đ č ć ž shown as typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QInputDialog, QRadioButton

from commsdesk.services.contacts import ContactFilter, ContactInput
from commsdesk.ui.tabs.contacts import operations
from commsdesk.ui.tabs.contacts.dialog import ContactDialog
from commsdesk.ui.tabs.contacts.duplicates import MergeDialog
from commsdesk.ui.tabs.contacts.export_dialog import ExportDialog
from commsdesk.ui.tabs.contacts.import_dialog import ImportDialog
from tests.gui.test_main_window import click_button

NASTY = 'Zana "<b>Zë</b>" & Çeku 😀'
NASTY_GROUP = "Radio & TV <i>lokale</i> – šđčćž"


def full_contact(**changes) -> ContactInput:
    values = {
        "given_name": "Đurđica",
        "family_name": "Ćirić-Kaçandolli",
        "position": 'Urednica "Jutarnjeg programa" & <voditeljka>',
        "outlet": "Radio Štrpce",
        "outlet_type": "radio",
        "reach": "local",
        "language": "tr",
        "emails": [("work", "djurdjica@strpce.example"), ("home", "dj.ciric@mail.example")],
        "phones": [("mobile", "+383 49 555 123"), ("work", "0290 370 111")],
        "groups": ["Media"],
        "topics": "zajednice; povratak",
        "address": "Ulica Cara Dušana 12\nŠtrpce",
        "website": "https://radiostrpce.example",
        "social": "facebook.com/radiostrpce",
        "notes": "😀 voli kafu & <kolače>",
        "accredited": True,
        "accredited_until": date(2027, 3, 31),
        "source": "konferencija za štampu 12.03.2026",
        "purpose": "slanje saopštenja",
        "do_not_contact": True,
        "verified_on": date(2026, 2, 1),
    }
    values.update(changes)
    return ContactInput(**values)


@pytest.fixture
def tab(desk):
    return desk.window.show_tab("contacts")


def test_the_form_shows_every_field_and_saves_it_back_unchanged(tab, qtbot, desk):
    desk.workspace.services.office.set_setting("release_languages", ["sq", "sr", "en", "tr"])
    contact_id = tab.service.create(full_contact())
    stored = tab.service.get(contact_id).data
    dialog = ContactDialog(tab.service, contact_id, tab)
    qtbot.addWidget(dialog)
    assert dialog.data() == stored
    assert dialog.language.currentData() == "tr" and dialog.language.count() == 4
    dialog.position.setText("Glavna urednica")
    dialog.phones.edits()[1].clear()
    dialog.save_button.click()
    saved = tab.service.get(contact_id).data
    assert saved == stored.with_changes(position="Glavna urednica", phones=[("mobile", "+383 49 555 123")])


def test_saving_warns_about_a_shared_phone_and_a_similar_name_at_the_same_organisation(tab, qtbot, answer):
    warnings = []

    def refuse(box):
        warnings.append(box.text())
        click_button("Cancel")(box)

    for given, family, outlet, phone, expected in (
        ("Ana", "Tjetër", "", "044 909 808", "Mimoza Çeku (Radio Kaçaniku): same phone — +383 44 909 808"),
        ("Vjosa", "Berishaj", "Koha Ditore", "", "Vjosa Berisha (Koha Ditore): similar name, same organisation"),
    ):
        dialog = ContactDialog(tab.service, None, tab)
        qtbot.addWidget(dialog)
        dialog.given.setText(given)
        dialog.family.setText(family)
        dialog.outlet.setCurrentText(outlet)
        dialog.phones.edits()[0].setText(phone)
        answer(refuse)
        dialog.save_button.click()
        assert expected in warnings[-1]
    assert tab.service.count("berishaj") == 0 and tab.service.count("tjeter") == 0


def test_a_group_is_renamed_and_deleting_it_asks_first_and_keeps_its_contacts(tab, answer, monkeypatch):
    media = next(row for row in range(tab.groups.list.count()) if tab.groups.list.item(row).text().startswith("Media"))
    tab.groups.list.setCurrentRow(media)
    members = tab.model.total
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Mediat & gazetarët", True))
    tab.groups.rename_action.trigger()
    assert tab.groups.current_name() == "Mediat & gazetarët"
    assert tab.groups.list.currentItem().text() == f"Mediat & gazetarët ({members})"
    asked = answer(click_button("Cancel"))
    tab.groups.delete_action.trigger()
    assert "Delete the group “Mediat & gazetarët”?" in asked[-1].text()
    assert "Mediat & gazetarët" in {group.name for group in tab.service.groups()}
    answer(click_button("Delete group"))
    tab.groups.delete_action.trigger()
    assert "Mediat & gazetarët" not in {group.name for group in tab.service.groups()}
    assert tab.service.count() == 67 and tab.model.total == 67


def test_merging_keeps_the_value_chosen_for_each_field_and_every_email(tab, qtbot):
    first = tab.service.page(0, 1, "Vjosa Berisha")[0].id
    second = tab.service.page(0, 1, "Vjosë")[0].id
    tab.service.update(second, tab.service.get(second).data.with_changes(position="Kryeredaktore", notes="e re"))
    dialog = MergeDialog(tab.service, tab.service.get(first), tab.service.get(second), tab)
    qtbot.addWidget(dialog)
    dialog.choices["position"].button(2).setChecked(True)  # "or this one": the second's position
    assert dialog.choices["notes"].checkedId() == 2  # the first has none: the second's is chosen
    dialog.accept()
    merged = tab.service.get(first).data
    assert (merged.given_name, merged.position, merged.notes) == ("Vjosa", "Kryeredaktore", "e re")
    assert tab.service.get(second) is None and len(merged.emails) == 2


def test_the_import_mapping_can_be_changed_and_the_preview_follows(tab, qtbot, tmp_path, answer):
    path = tmp_path / "lista.csv"
    path.write_bytes("Kontakti;Media;Emisioni\r\nLeutrim Hajdari;Radio Kaçaniku;Mirëmëngjesi\r\n".encode("cp1250"))
    dialog = ImportDialog(tab.service, path, tab)
    qtbot.addWidget(dialog)
    combos = dialog.mapping.combos
    assert [combos[i].currentData() for i in range(3)] == ["full_name", "outlet", ""]
    assert dialog.preview.data(dialog.preview.index(0, 1)) == "Leutrim Hajdari"
    combos[2].setCurrentIndex(combos[2].findData("topics"))
    combos[1].setCurrentIndex(combos[1].findData("position"))
    qtbot.waitUntil(lambda: dialog.preview.data(dialog.preview.index(0, 2)) == "", timeout=3000)
    answer(click_button("OK"))
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    imported = tab.service.get(dialog.report.outcomes[0].contact_id).data
    assert (imported.position, imported.topics, imported.outlet) == ("Radio Kaçaniku", "Mirëmëngjesi", "")


def test_the_export_dialog_offers_all_a_group_the_filtered_list_or_the_selection(tab, qtbot):
    group = next(g for g in tab.service.groups() if g.code == "donors")
    dialog = ExportDialog(
        total=67,
        group=(group.id, NASTY_GROUP),
        contact_filter=ContactFilter(search="radio"),
        filtered_count=9,
        selected=[3, 5],
        parent=tab,
    )
    qtbot.addWidget(dialog)
    texts = {key: button.text() for key, button in dialog.scope_buttons.items()}
    assert texts["group"] == f"The group “{NASTY_GROUP.replace('&', '&&')}”"  # the & is shown, not a shortcut
    assert dialog.scope_key() == "selection"
    assert dialog.scope().ids == (3, 5)
    dialog.scope_buttons["group"].setChecked(True)
    assert dialog.scope().contact_filter == ContactFilter(group_id=group.id)
    dialog.scope_buttons["filter"].setChecked(True)
    assert dialog.scope().contact_filter.search == "radio" and dialog.description() == "Search: “radio”."
    dialog.scope_buttons["all"].setChecked(True)
    assert dialog.scope().contact_filter == ContactFilter() and dialog.scope().ids is None


def test_text_with_markup_ampersands_and_emoji_is_shown_as_typed(tab, qtbot):
    tab.service.create_group(NASTY_GROUP)
    contact_id = tab.service.create(full_contact(given_name=NASTY, family_name="", groups=[NASTY_GROUP]))
    tab.refresh()
    tab.filters.search.setText("<b>zë")
    assert tab.model.data(tab.model.index(0, 0)) == f"⊘ {NASTY}"
    assert tab.model.data(tab.model.index(0, 6)) == NASTY_GROUP
    tab.table.selectRow(0)
    shown = tab.detail.text()
    for text in (NASTY, 'Urednica "Jutarnjeg programa" & <voditeljka>', "😀 voli kafu & <kolače>", NASTY_GROUP):
        assert text in shown
    operations.fill_group_menu(tab.context, tab.add_to_group_menu)
    entries = [action.text() for action in tab.add_to_group_menu.actions()]
    assert NASTY_GROUP.replace("&", "&&") in entries
    assert any(NASTY_GROUP in tab.groups.list.item(row).text() for row in range(tab.groups.list.count()))
    other = tab.service.create(full_contact(given_name="Zana", family_name="Çeku", notes="Radio & TV"))
    dialog = MergeDialog(tab.service, tab.service.get(contact_id), tab.service.get(other), tab)
    qtbot.addWidget(dialog)
    labels = {button.text() for button in dialog.findChildren(QRadioButton)}
    assert NASTY.replace("&", "&&") in labels and "Radio && TV" in labels


def test_the_tabs_dialogs_speak_albanian_and_serbian(desk, tab, qtbot, tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_text('"First Name","Last Name","E-mail Address"\r\n"Ana","Marku","ana@x.example"\r\n', "utf-8")
    for language, title, layout, merge in (
        ("sq", "Kontakt i ri", "Kontaktet e Outlook", "Bashko"),
        ("sr", "Novi kontakt", "Outlook kontakti", "Spoji"),
    ):
        desk.change_language(language)
        form = ContactDialog(tab.service, None, tab)
        qtbot.addWidget(form)
        assert form.windowTitle() == title
        importing = ImportDialog(tab.service, path, tab)
        qtbot.addWidget(importing)
        assert layout in importing.layout_label.text()
        ids = [row.id for row in tab.service.page(0, 2)]
        merging = MergeDialog(tab.service, tab.service.get(ids[0]), tab.service.get(ids[1]), tab)
        qtbot.addWidget(merging)
        assert merge in [button.text() for button in merging.findChildren(type(form.save_button))]
