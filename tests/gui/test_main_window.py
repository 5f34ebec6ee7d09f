"""The main window as the officer uses it: tabs, menus, languages, the office profile, backups."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from commsdesk.app import Desk
from commsdesk.i18n import set_language
from commsdesk.paths import resolve_paths
from commsdesk.services.backups import backup_now, list_backups
from commsdesk.settings import LANGUAGE, LAST_TAB, Settings
from commsdesk.ui.dialogs.office_profile import OfficeProfileDialog
from commsdesk.ui.dialogs.restore_backup import RestoreBackupDialog
from commsdesk.ui.main_window import TAB_FACTORIES
from commsdesk.ui.tabs.calendar.settings_dialogs import HolidaysDialog
from commsdesk.ui.tabs.contacts.view import ContactsTab
from commsdesk.ui.tabs.plan.view import PlanTab
from commsdesk.ui.tabs.releases.view import ReleasesTab
from commsdesk.workspace import Workspace
from tests.helpers import TRICKY, demo_contact_count, make_read_only, small_disk


def tab_titles(window):
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def click_button(text):
    def act(dialog):
        button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text)
        button.click()

    return act


def test_window_opens_with_its_tabs_showing_the_demo_data(desk):
    window = desk.window
    assert tab_titles(window) == [
        "Contacts",
        "Calendar",
        "Press releases",
        "Document requests",
        "Journalists' enquiries",
        "Action plan",
    ]
    contacts = window.tab("contacts")
    assert contacts.table.model().rowCount() == demo_contact_count()
    assert window.tab("plan").summary.text() == "43 activities, €3,900.00 planned"


def test_switching_language_retranslates_the_running_window_and_is_remembered(desk):
    window = desk.window
    window.language_actions["sq"].trigger()
    assert tab_titles(window) == [
        "Kontaktet",
        "Kalendari",
        "Komunikatat për shtyp",
        "Kërkesat për qasje",
        "Pyetjet e gazetarëve",
        "Plani i veprimit",
    ]
    assert window.file_menu.title() == "&Skedari"
    assert window.tab("plan").summary.text() == "43 aktivitete, 3.900,00 € të planifikuara"
    window.language_actions["sr"].trigger()
    assert tab_titles(window)[0] == "Kontakti"
    assert window.tab("contacts").table.model().headerData(0, Qt.Orientation.Horizontal) == "Ime"
    assert Settings().get(LANGUAGE) == "sr"
    window.language_actions["en"].trigger()
    assert tab_titles(window)[0] == "Contacts"


def test_qt_standard_buttons_speak_albanian_and_serbian(desk, qtbot, answer):
    desk.change_language("sq")
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Anulo"
    desk.change_language("sr")
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Otkaži"


def test_last_tab_is_remembered_by_its_key(desk):
    desk.window.show_tab("releases")
    desk.window.close()
    assert Settings().get(LAST_TAB) == "releases"


def test_office_profile_is_saved_with_any_text(desk, qtbot, answer):
    def fill_and_save(dialog):
        assert isinstance(dialog, OfficeProfileDialog)
        dialog.names["sr"].setText(TRICKY)
        dialog.officer.setText("Arbëresha Gashi 📰")
        click_button("Save")(dialog)

    answer(fill_and_save)
    desk.window.profile_action.trigger()
    profile = desk.workspace.services.office.profile()
    assert profile.institution_names["sr"] == TRICKY
    assert profile.officer_name == "Arbëresha Gashi 📰"
    assert profile.institution_names["sq"].startswith("Komuna e Kaçanikut")


def test_a_logo_that_is_not_an_image_is_refused_with_a_message(desk, qtbot, answer, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"not an image")
    office = desk.workspace.services.office
    dialog = OfficeProfileDialog(office.profile(), office.save_profile, desk.window)
    qtbot.addWidget(dialog)
    seen = answer(click_button("OK"))
    dialog.load_logo(str(fake))
    assert "is not a PNG or JPEG image" in seen[0].text()
    assert dialog.profile().logo is None


def test_back_up_now_then_restore_brings_back_the_earlier_data(desk, qtbot, answer):
    window = desk.window
    seen = answer(click_button("OK"))
    window.backup_action.trigger()
    assert "Backup written to" in seen[0].text()
    desk.workspace.services.office.save_profile(desk.workspace.services.office.profile().with_changes(phone="999"))

    def choose_newest(dialog):
        assert isinstance(dialog, RestoreBackupDialog)
        answer(click_button("Restore"))  # the confirmation that follows
        dialog.accept()

    answer(choose_newest)
    window.restore_action.trigger()
    assert desk.workspace.services.office.profile().phone == "+383 290 380 000"
    assert window.tabs.count() == len(TAB_FACTORIES)


def test_opening_a_damaged_database_offers_the_latest_good_backup(desk, qtbot, answer):
    paths = desk.workspace.paths
    backup_now(paths.database, paths.backups)
    desk.close()
    data = bytearray(paths.database.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xab" * (4096 * 4)
    paths.database.write_bytes(bytes(data))
    shown = []

    def restore(dialog):
        assert isinstance(dialog, RestoreBackupDialog)
        shown.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.accept()

    answer(restore)
    desk.open(paths)  # shown at once; the check in the background (or the first read) finds the damage
    qtbot.waitUntil(lambda: bool(shown) and desk.workspace is not None, timeout=20000)
    assert "damaged" in shown[0]
    assert desk.window.tab("contacts").table.model().rowCount() == demo_contact_count()
    assert list(paths.backups.glob("commsdesk-replaced-*.sqlite"))  # the damaged file is kept, not deleted


def test_error_messages_follow_the_language(desk, answer):
    set_language("sr")
    seen = answer(click_button("U redu"))
    desk.open_database(str(desk.workspace.paths.database))  # already open here: refused
    assert "već otvorena" in seen[0].text()


def test_the_window_paints_first_and_then_opens_the_database(qtbot, tmp_path):
    from commsdesk.app import start_gui

    _application, desk = start_gui(str(tmp_path / "new.sqlite"), "en", demo=True)
    qtbot.addWidget(desk.window)
    assert desk.workspace is None  # nothing opened before the first paint
    qtbot.waitUntil(lambda: desk.workspace is not None, timeout=10000)
    assert (
        desk.window.tabs.count() == len(TAB_FACTORIES)
        and desk.workspace.services.contacts.count() == demo_contact_count()
    )
    desk.close()


# -- tabs built when first shown ----------------------------------------------------------------------------------


def built_titles(window):
    return [tab.title() for tab in window.built_tabs()]


def settings_entries(window):
    return [a.text().replace("&", "") for a in window.settings_menu.actions() if a.property("from_tab")]


def test_only_the_tab_in_front_is_built_when_a_database_opens(desk):
    window = desk.window
    assert tab_titles(window) == [
        "Contacts",
        "Calendar",
        "Press releases",
        "Document requests",
        "Journalists' enquiries",
        "Action plan",
    ]
    assert built_titles(window) == ["Contacts"]
    assert window.tabs.currentWidget().findChild(ContactsTab) is not None


def test_switching_to_a_tab_builds_it_with_its_data(desk, qtbot):
    window = desk.window
    plan = window.show_tab("plan")
    assert built_titles(window) == ["Contacts", "Action plan"]
    assert window.tabs.currentWidget().findChild(PlanTab) is plan
    assert plan.isVisible() and plan.summary.text() == "43 activities, €3,900.00 planned"
    window.show_tab("contacts")
    assert window.show_tab("plan") is plan  # built once


def test_a_tab_first_shown_after_a_language_switch_speaks_that_language(desk):
    window = desk.window
    window.language_actions["sq"].trigger()
    assert tab_titles(window) == [
        "Kontaktet",
        "Kalendari",
        "Komunikatat për shtyp",
        "Kërkesat për qasje",
        "Pyetjet e gazetarëve",
        "Plani i veprimit",
    ]
    assert built_titles(window) == ["Kontaktet"]
    assert "Festat zyrtare…" in settings_entries(window)  # the calendar's entry, before the calendar is built
    assert window.show_tab("plan").summary.text() == "43 aktivitete, 3.900,00 € të planifikuara"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Plani i veprimit"


def test_the_last_tab_used_is_in_front_and_alone_built_at_the_next_start(desk, qtbot):
    desk.window.show_tab("releases")
    desk.window.close()
    paths = desk.workspace.paths
    desk.close()
    again = Desk(Settings())
    qtbot.addWidget(again.window)
    try:
        assert again.open(paths)
        assert again.window.current_tab_key() == "releases"
        assert built_titles(again.window) == ["Press releases"]
        assert again.window.tabs.currentWidget().findChild(ReleasesTab).model.rowCount() > 0
    finally:
        again.close()


def test_a_tab_position_stored_by_an_older_commsdesk_still_opens_that_tab(desk, qtbot, tmp_path):
    stored = tmp_path / "commsdesk.ini"
    stored.write_text("[ui]\nlast_tab=2\n")  # an older commsdesk kept the press releases as their position
    paths = desk.workspace.paths
    desk.close()
    older = Desk(Settings(QSettings(str(stored), QSettings.Format.IniFormat)))
    qtbot.addWidget(older.window)
    try:
        assert older.open(paths)
        assert older.window.current_tab_key() == "releases"
        assert built_titles(older.window) == ["Press releases"]
    finally:
        older.close()


def test_the_settings_menu_has_the_entries_of_tabs_not_built_yet_and_they_work(desk, answer):
    window = desk.window
    expected = [
        "Media-notification rules…",
        "Public holidays…",
        "Press release settings…",
        "Document request settings…",
        "Letter templates…",
        "Enquiry settings…",
        "Approved statements…",
    ]
    assert settings_entries(window) == expected and built_titles(window) == ["Contacts"]
    seen = answer(lambda dialog: dialog.reject())
    next(a for a in window.settings_menu.actions() if a.text() == "Public holidays…").trigger()
    assert isinstance(seen[0], HolidaysDialog)
    assert built_titles(window) == ["Contacts", "Calendar"]
    assert window.current_tab_key() == "contacts"  # the calendar was built for its dialog, not brought to the front
    assert settings_entries(window) == expected  # now the calendar's own actions, in the same place
    window.show_tab("calendar")
    assert built_titles(window) == ["Contacts", "Calendar"]


def test_the_window_knows_each_tab_s_title_and_settings_entries_before_building_it(desk):
    for code in ("en", "sq", "sr"):
        set_language(code)
        desk.window.retranslate()
        for factory, tab in zip(TAB_FACTORIES, desk.window.tab_widgets(), strict=True):
            assert factory.title() == tab.title()
            assert factory.settings_entries() == [action.text() for action in tab.settings_actions()]


def test_an_existing_database_is_shown_at_once_and_checked_in_the_background(desk, qtbot):
    paths = desk.workspace.paths
    desk.close()
    desk.window.clear_workspace()
    assert desk.open(paths)
    assert desk.workspace.check is not None  # opened without waiting for the check
    qtbot.waitUntil(lambda: desk.workspace.database.gate.open, timeout=20000)
    desk.workspace.services.office.save_profile(desk.workspace.services.office.profile().with_changes(phone="42"))
    assert desk.workspace.services.office.profile().phone == "42"


def test_a_text_file_opened_in_the_window_is_named_and_no_backup_is_offered_over_it(desk, qtbot, answer, tmp_path):
    backup_now(desk.workspace.paths.database, desk.workspace.paths.backups)  # a backup of another database
    document = tmp_path / "minutes.sqlite"
    document.write_text("Minutes of the meeting & decisions <draft>\n" * 40, encoding="utf-8")
    seen = answer(click_button("OK"))
    assert not desk.open(resolve_paths(document))
    assert isinstance(seen[0], QMessageBox) and "is not a commsdesk database" in seen[0].text()
    assert document.read_text(encoding="utf-8").startswith("Minutes of the meeting")
    assert desk.workspace is not None  # the database that was open stays open


def test_enter_in_the_restore_dialog_never_restores(desk, qtbot):
    paths = desk.workspace.paths
    backup_now(paths.database, paths.backups)
    dialog = RestoreBackupDialog(list_backups(paths.backups, paths.database), desk.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.restore_button.isDefault()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == RestoreBackupDialog.DialogCode.Rejected


def test_a_database_on_write_protected_media_is_shown_read_only(desk, qtbot, answer, tmp_path):
    with small_disk(tmp_path / "cd") as cd:
        paths = resolve_paths(cd / "commsdesk.sqlite")
        Workspace.open(paths).close()
        make_read_only(cd)
        seen = answer(click_button("OK"))
        assert desk.open(paths)
        assert "nothing can be changed" in seen[0].text()
        assert desk.window.windowTitle().endswith("(read-only)")
        assert desk.workspace.read_only
        desk.close()
