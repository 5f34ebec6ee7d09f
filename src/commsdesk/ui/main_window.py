"""The main window: one tab per area of the office's work, and the File, Settings and Help menus.

It holds no database logic: what concerns the database file (open, back up, restore) it asks of the
`DatabaseActions` the composition root gives it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from commsdesk import APP_DISPLAY_NAME
from commsdesk.i18n import LANGUAGES, current_language, language_name, translate
from commsdesk.settings import GEOMETRY, LAST_TAB, WINDOW_STATE, Settings
from commsdesk.ui import file_dialogs
from commsdesk.ui.dialogs.about import show_about
from commsdesk.ui.dialogs.office_profile import OfficeProfileDialog
from commsdesk.ui.messages import guarded
from commsdesk.ui.tabs.base import Tab

if TYPE_CHECKING:
    from commsdesk.paths import AppPaths
    from commsdesk.services import Services


# The tabs, in order; a new register (media monitoring, enquiries, document requests) is one more function.
# Each imports its tab only when a database is shown, so that the empty window paints before the data layer loads.
def _contacts_tab(services: Services) -> Tab:
    from commsdesk.ui.tabs.contacts.view import ContactsTab

    return ContactsTab(services.contacts)


def _calendar_tab(services: Services) -> Tab:
    from commsdesk.ui.tabs.calendar.view import CalendarTab

    return CalendarTab(services.calendar, services.office, services.due)


def _releases_tab(services: Services) -> Tab:
    from commsdesk.ui.tabs.releases.view import ReleasesTab

    return ReleasesTab(services.releases, statements=services.enquiries.offered_statements)


def _requests_tab(services: Services) -> Tab:
    from commsdesk.ui.tabs.requests.view import RequestsTab

    return RequestsTab(services.requests)


def _enquiries_tab(services: Services) -> Tab:
    from commsdesk.ui.tabs.enquiries.view import EnquiriesTab

    return EnquiriesTab(services.enquiries, services.contacts)


def _plan_tab(services: Services) -> Tab:
    from commsdesk.ui.tabs.plan.view import PlanTab

    return PlanTab(services.plan)


def _no_entries() -> list[str]:
    return []


@dataclass(frozen=True)
class TabFactory:
    """A tab as the window knows it before building it: tabs are built when first shown, so that start-up loads
    only the data of the tab in front. Calling the factory builds the tab."""

    key: str  # stable, unlike the tab's position: the last tab is stored by it and tests choose tabs by it
    build: Callable[[Services], Tab]
    title: Callable[[], str]  # the same text as the built tab's title()
    # The texts of the tab's settings_actions(), in order, so that the Settings menu is complete before the tab is
    # built (a test checks that they match the built tab's, in every language).
    settings_entries: Callable[[], list[str]] = _no_entries

    def __call__(self, services: Services) -> Tab:
        return self.build(services)


TAB_FACTORIES: list[TabFactory] = [
    TabFactory("contacts", _contacts_tab, lambda: translate("MainWindow", "Contacts")),
    TabFactory(
        "calendar",
        _calendar_tab,
        lambda: translate("MainWindow", "Calendar"),
        lambda: [translate("CalendarTab", "Media-notification rules…"), translate("CalendarTab", "Public holidays…")],
    ),
    TabFactory(
        "releases",
        _releases_tab,
        lambda: translate("MainWindow", "Press releases"),
        lambda: [translate("ReleasesTab", "Press &release settings…")],
    ),
    TabFactory(
        "requests",
        _requests_tab,
        lambda: translate("MainWindow", "Document requests"),
        lambda: [
            translate("RequestsTab", "Document request &settings…"),
            translate("RequestsTab", "Letter &templates…"),
        ],
    ),
    TabFactory(
        "enquiries",
        _enquiries_tab,
        lambda: translate("MainWindow", "Journalists' enquiries"),
        lambda: [
            translate("EnquiriesTab", "&Enquiry settings…"),
            translate("EnquiriesTab", "Approved &statements…"),
        ],
    ),
    TabFactory("plan", _plan_tab, lambda: translate("MainWindow", "Action plan")),
]


class _TabSlot(QWidget):
    """One page of the tab widget: empty until its tab is first shown, then holding the tab. Until then its
    Settings-menu entries are stand-ins that build the tab and trigger the tab's own entry."""

    def __init__(self, factory: TabFactory) -> None:
        super().__init__()
        self.factory = factory
        self.tab: Tab | None = None
        self._stand_ins: list[QAction] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self, services: Services) -> Tab:
        if self.tab is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.tab = self.factory(services)
            finally:
                QApplication.restoreOverrideCursor()
            self.layout().addWidget(self.tab)
            self.tab.show()  # now, rather than when the layout gets round to it
        return self.tab

    def title(self) -> str:
        return self.tab.title() if self.tab is not None else self.factory.title()

    def settings_actions(self, build: Callable[[], Tab]) -> list[QAction]:
        if self.tab is not None:
            return self.tab.settings_actions()
        if self._stand_ins is None:
            self._stand_ins = []
            for position, text in enumerate(self.factory.settings_entries()):
                action = QAction(text, self)
                action.triggered.connect(lambda _=False, p=position: build().settings_actions()[p].trigger())
                self._stand_ins.append(action)
        return self._stand_ins

    def retranslate(self) -> None:
        if self.tab is not None:
            self.tab.retranslate()
        elif self._stand_ins is not None:
            for action, text in zip(self._stand_ins, self.factory.settings_entries(), strict=True):
                action.setText(text)


class DatabaseActions(Protocol):
    def open_database(self, path: str) -> None: ...
    def backup_now(self) -> None: ...
    def restore_backup(self) -> None: ...
    def change_language(self, code: str) -> None: ...


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, actions: DatabaseActions) -> None:
        super().__init__()
        self._settings = settings
        self._actions = actions
        self._services: Services | None = None
        self._paths: AppPaths | None = None
        self._slots: list[_TabSlot] = []
        self._read_only_label: QLabel | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.retranslate()
        self.resize(1280, 800)
        if not self.restoreGeometry(settings.get(GEOMETRY)):
            self.resize(1280, 800)
        self.restoreState(settings.get(WINDOW_STATE))

    def show_workspace(self, services: Services, paths: AppPaths) -> None:
        """Show the tabs of a newly opened database; only the one in front is built (the last one used)."""
        current = self.current_tab_key() if self.tabs.count() else self._settings.last_tab()
        self.clear_workspace()
        self._services, self._paths = services, paths
        self.tabs.blockSignals(True)
        for factory in TAB_FACTORIES:
            slot = _TabSlot(factory)
            self._slots.append(slot)
            self.tabs.addTab(slot, factory.title())
        self.tabs.setCurrentIndex(self._index_of(current) or 0)  # an unknown key: the first tab
        self.tabs.blockSignals(False)
        self._fill_settings_menu()
        self._build(self.tabs.currentIndex())
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {paths.database.name}")

    def clear_workspace(self) -> None:
        """Take the tabs of the database away (it was closed)."""
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.tabs.blockSignals(False)
        self._slots = []
        self._services = self._paths = None
        self._fill_settings_menu()
        self.setWindowTitle(APP_DISPLAY_NAME)
        if self._read_only_label is not None:
            self._read_only_label.hide()

    def show_read_only(self, message: str) -> None:
        """Say, for as long as the file is open, that nothing in it can be changed (write-protected media)."""
        if self._read_only_label is None:
            self._read_only_label = QLabel()
            self._read_only_label.setStyleSheet("font-weight: bold")
            self.statusBar().addPermanentWidget(self._read_only_label)
        self._read_only_label.setText(translate("MainWindow", "Read-only"))
        self._read_only_label.setToolTip(message)
        self._read_only_label.show()
        self.setWindowTitle(translate("MainWindow", "{title} (read-only)").format(title=self.windowTitle()))

    def _build(self, index: int) -> Tab:
        """The tab at `index`, built now if it was not yet."""
        slot = self._slots[index]
        if slot.tab is None:
            assert self._services is not None
            slot.build(self._services).open_elsewhere.connect(self._open_elsewhere)
            self._fill_settings_menu()
        assert slot.tab is not None
        return slot.tab

    def _open_elsewhere(self, key: str, record_id: int) -> None:
        if self._index_of(key) is not None:
            self.show_tab(key).open_record(record_id)

    def _index_of(self, key: str | None) -> int | None:
        return next((index for index, slot in enumerate(self._slots) if slot.factory.key == key), None)

    def current_tab_key(self) -> str | None:
        """The key of the tab in front, None when no database is shown."""
        index = self.tabs.currentIndex()
        return self._slots[index].factory.key if 0 <= index < len(self._slots) else None

    def tab(self, key: str) -> Tab:
        """The tab with this key (see `TAB_FACTORIES`), built now if it was not yet; it is not brought to the front."""
        index = self._index_of(key)
        if index is None:
            raise KeyError(key)
        return self._build(index)

    def show_tab(self, key: str) -> Tab:
        """Bring the tab with this key to the front (building it) and return it."""
        tab = self.tab(key)
        self.tabs.setCurrentIndex(self._index_of(key))
        return tab

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self._slots):
            guarded(self, self._build, index)

    def _fill_settings_menu(self) -> None:
        """The Settings menu's entries from the tabs, in tab order (stand-ins for tabs not built yet)."""
        for action in self.settings_menu.actions():
            if action.property("from_tab"):
                self.settings_menu.removeAction(action)
        for index, slot in enumerate(self._slots):
            for action in slot.settings_actions(lambda i=index: self._build(i)):
                action.setProperty("from_tab", True)
                self.settings_menu.addAction(action)

    def tab_widgets(self) -> list[Tab]:
        """Every tab, building those not built yet (the window itself builds a tab only when it is shown)."""
        return [self._build(index) for index in range(len(self._slots))]

    def built_tabs(self) -> list[Tab]:
        """The tabs built so far."""
        return [slot.tab for slot in self._slots if slot.tab is not None]

    def _action(self, menu, shortcut=None, handler=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if handler is not None:
            action.triggered.connect(handler)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = self._action(self.file_menu, QKeySequence.StandardKey.Open, self._open_database)
        self.backup_action = self._action(self.file_menu, None, self._actions.backup_now)
        self.restore_action = self._action(self.file_menu, None, self._actions.restore_backup)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, QKeySequence.StandardKey.Quit, self.close)
        self.settings_menu = bar.addMenu("")
        self.profile_action = self._action(self.settings_menu, None, self._edit_profile)
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = self._action(self.language_menu, None, lambda _=False, c=code: self._actions.change_language(c))
            action.setText(language_name(code))
            action.setCheckable(True)
            group.addAction(action)
            self.language_actions[code] = action
        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.help_menu, QKeySequence.StandardKey.HelpContents, self._about)

    def retranslate(self) -> None:
        """Every string of the window and its tabs, again in the current language."""
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.open_action.setText(translate("MainWindow", "&Open database…"))
        self.backup_action.setText(translate("MainWindow", "&Back up now"))
        self.restore_action.setText(translate("MainWindow", "&Restore from backup…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.settings_menu.setTitle(translate("MainWindow", "&Settings"))
        self.profile_action.setText(translate("MainWindow", "Office &profile…"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.about_action.setText(translate("MainWindow", "&About commsdesk"))
        self.language_actions[current_language()].setChecked(True)
        for index, slot in enumerate(self._slots):
            slot.retranslate()
            self.tabs.setTabText(index, slot.title())

    def _open_database(self) -> None:
        folder = str(self._paths.folder) if self._paths else ""
        path, _ = file_dialogs.get_open_file_name(
            self,
            translate("MainWindow", "Open database"),
            folder,
            translate("MainWindow", "commsdesk databases (*.sqlite);;All files (*)"),
        )
        if path:
            self._actions.open_database(path)

    def _edit_profile(self) -> None:
        if self._services is None:
            return
        office = self._services.office
        OfficeProfileDialog(office.profile(), office.save_profile, self).exec()

    def _about(self) -> None:
        show_about(self, str(self._paths.database) if self._paths else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set(GEOMETRY, self.saveGeometry())
        self._settings.set(WINDOW_STATE, self.saveState())
        if self.tabs.count():
            self._settings.set(LAST_TAB, self.current_tab_key())
        self._settings.sync()
        super().closeEvent(event)
