"""The Press releases tab: the archive list with search and filters, the chosen release's details, and the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSplitter, QToolBar, QToolButton, QVBoxLayout

from commsdesk.domain.releases import DISTRIBUTABLE_STATUSES, DistributionStatus, ReleaseStatus
from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.services.releases import ReleaseDetail, ReleasesService
from commsdesk.ui.messages import confirm, guarded, show_error
from commsdesk.ui.tabs.base import Tab
from commsdesk.ui.tabs.releases import exports, workflow
from commsdesk.ui.tabs.releases.detail import DetailPanel
from commsdesk.ui.tabs.releases.filters import FilterBar
from commsdesk.ui.tabs.releases.model import ArchiveModel
from commsdesk.ui.widgets.statement_chooser import Offered
from commsdesk.ui.widgets.table_view import make_table_view


class ReleasesTab(Tab):
    def __init__(self, service: ReleasesService, parent=None, statements: Offered | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.statements = statements
        self.model = ArchiveModel(service, self)
        self.filters = FilterBar(service)
        self.filters.changed.connect(self._apply_filters)
        self.count_label = QLabel()
        self.table = make_table_view()
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.model.attach(self.table)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((80, 82, 100, 380, 80, 140)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_release())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.detail = DetailPanel()
        self.detail.status_requested.connect(self._set_distribution_status)
        self._build_actions()

        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.refresh()

    # -- building --------------------------------------------------------------------------------------------------
    def _action(self, handler, shortcut=None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _=False: handler())
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.new_release, QKeySequence.StandardKey.New)
        self.edit_action = self._action(
            self.edit_release, [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.delete_action = self._action(self.delete_release, QKeySequence(Qt.Key.Key_Delete))
        self.distribute_action = self._action(self.distribute)
        self.pdf_action = self._action(self.preview_pdf, QKeySequence("Ctrl+P"))
        self.find_action = self._action(self._focus_search, QKeySequence.StandardKey.Find)
        self.status_menu = QMenu(self)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.status_button = QToolButton()
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_xlsx_action = self.export_menu.addAction("")
        self.export_xlsx_action.triggered.connect(lambda: exports.export_list_xlsx(self))
        self.export_pdf_action = self.export_menu.addAction("")
        self.export_pdf_action.triggered.connect(lambda: exports.export_year_pdf(self))
        self.export_button = QToolButton()
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(lambda: exports.edit_settings(self))
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.status_button)
        self.toolbar.addAction(self.distribute_action)
        self.toolbar.addAction(self.pdf_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.export_button)

    def title(self) -> str:
        return translate("MainWindow", "Press releases")

    def retranslate(self) -> None:
        self.new_action.setText(translate("ReleasesTab", "&New release"))
        self.edit_action.setText(translate("ReleasesTab", "&Edit"))
        self.delete_action.setText(translate("ReleasesTab", "&Delete draft"))
        self.distribute_action.setText(translate("ReleasesTab", "D&istribute…"))
        self.pdf_action.setText(translate("ReleasesTab", "&PDF…"))
        self.status_button.setText(translate("ReleasesTab", "&Status"))
        self.export_button.setText(translate("ReleasesTab", "E&xport"))
        self.export_xlsx_action.setText(translate("ReleasesTab", "The list as &Excel workbook (XLSX)…"))
        self.export_pdf_action.setText(translate("ReleasesTab", "&Annual archive (PDF)…"))
        self.settings_action.setText(translate("ReleasesTab", "Press &release settings…"))
        self.filters.fill()
        self.model.retranslate()
        self.detail.retranslate()
        self._show_count()
        self._show_current()

    def settings_actions(self) -> list[QAction]:
        return [self.settings_action]

    # -- the list --------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.filters.fill()
        self.model.set_filter(self.filters.query(self.model.query))
        self._after_reload()

    def _apply_filters(self) -> None:
        self.model.set_filter(self.filters.query(self.model.query))
        self._after_reload()

    def _after_reload(self, select_id: int | None = None) -> None:
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is None and not self.table.currentIndex().isValid() and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._show_count()
        self._show_current()

    def reload(self, select_id: int | None = None) -> None:
        """Reload the list and the filters' choices, keeping the chosen release (or choosing `select_id`)."""
        self.filters.fill()
        self.model.reload(self.filters.query(self.model.query))
        self._after_reload(select_id)

    def _show_count(self) -> None:
        self.count_label.setText(translate("ReleasesTab", "{count} releases").format(count=self.model.total))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.release(index.row()).id if index.isValid() else None

    def current_release(self) -> ReleaseDetail | None:
        release_id = self.current_id()
        if release_id is None:
            return None
        try:
            return self.service.detail(release_id)
        except UserError as error:
            show_error(self, str(error))
            return None

    def _show_current(self) -> None:
        release_id = self.current_id()
        release = self.service.detail(release_id) if release_id is not None else None
        self.detail.show_release(release)
        has = release is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has and release.status is ReleaseStatus.DRAFT)
        self.distribute_action.setEnabled(has and release.status in DISTRIBUTABLE_STATUSES)
        self.pdf_action.setEnabled(has)
        self.status_button.setEnabled(has and bool(workflow.offered_steps(release)))

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- actions ---------------------------------------------------------------------------------------------------
    def new_release(self) -> None:
        from commsdesk.ui.tabs.releases.editor import ReleaseEditor

        editor = ReleaseEditor(self.service, None, self, self.statements)
        editor.exec()
        if editor.release_id is not None:
            self.reload(editor.release_id)

    def edit_release(self) -> None:
        from commsdesk.ui.tabs.releases.editor import ReleaseEditor

        release_id = self.current_id()
        if release_id is None:
            return
        editor = ReleaseEditor(self.service, release_id, self, self.statements)
        editor.exec()
        self.reload(release_id)

    def delete_release(self) -> None:
        release = self.current_release()
        if release is None:
            return
        if release.status is not ReleaseStatus.DRAFT:
            show_error(
                self,
                translate(
                    "ReleaseRules", "Only a draft can be deleted. Withdraw the release instead: it keeps its number."
                ),
            )
            return
        question = translate("ReleasesTab", "Delete the draft {reference} “{headline}” and its attachments?").format(
            reference=release.reference, headline=release.headline("")
        )
        if confirm(self, question, translate("ReleasesTab", "Delete")):
            guarded(self, self.service.delete, release.id)
            self.reload()

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        release = self.current_release()
        if release is None:
            return
        for target in workflow.offered_steps(release):
            action = self.status_menu.addAction(workflow.step_name(target))
            action.triggered.connect(lambda _=False, t=target: self.move_to(t))

    def move_to(self, target: ReleaseStatus) -> None:
        release = self.current_release()
        if release is not None and workflow.move(self, self.service, release, target):
            self.reload(release.id)

    def distribute(self) -> None:
        from commsdesk.ui.tabs.releases.distribution_dialog import DistributionDialog

        release = self.current_release()
        if release is None:
            return
        if release.status not in DISTRIBUTABLE_STATUSES:
            show_error(self, translate("ReleaseRules", "Only an approved release can be distributed."))
            return
        DistributionDialog(self.service, release.id, self).exec()
        self.reload(release.id)

    def preview_pdf(self) -> None:
        from commsdesk.ui.tabs.releases.pdf_preview import PdfPreviewDialog

        release = self.current_release()
        if release is not None:
            PdfPreviewDialog(self.service, release, self).exec()

    def _set_distribution_status(self, distribution_id: int, status: str) -> None:
        guarded(self, self.service.set_distribution_status, distribution_id, DistributionStatus(status))
        self.reload()
