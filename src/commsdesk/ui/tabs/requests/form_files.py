"""The request form's Files section (the request, the decision, the documents given, in the attachments store);
its History section is the shared `HistoryPage`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from commsdesk.i18n import translate
from commsdesk.services.attachments_data import AttachmentRow
from commsdesk.services.requests import RequestsService
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import confirm, guarded, show_error, show_info
from commsdesk.ui.tabs.releases import system
from commsdesk.ui.tabs.releases.attachments_panel import AttachmentsModel
from commsdesk.ui.widgets.history_page import HistoryPage
from commsdesk.ui.widgets.table_view import make_table_view

__all__ = ["FilesPage", "HistoryPage"]  # the form takes both from here

CAPTIONS_COLUMN = 3  # releases caption their photos per language; a request's files need no captions


class FilesPage(QWidget):
    """Add, open, save a copy of and remove the request's files. `stored()` gives the request's id, saving a new
    request first (None when that was refused); `changed()` reloads the form's files and history."""

    def __init__(
        self, service: RequestsService, stored: Callable[[], int | None], changed: Callable[[], None], parent=None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._stored = stored
        self._changed = changed
        self.model = AttachmentsModel(service, self)  # type: ignore[arg-type]  # it uses only `.attachments`
        self.table = make_table_view()
        self.table.setModel(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.setColumnHidden(CAPTIONS_COLUMN, True)
        for column, width in enumerate((420, 110, 90)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, handler in (
            ("add", translate("RequestForm", "&Add files…"), self.add_files),
            ("open", translate("RequestForm", "&Open"), self.open_selected),
            ("save", translate("RequestForm", "Save a &copy…"), self.save_selected),
            ("remove", translate("RequestForm", "&Remove"), self.remove_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, h=handler: h())
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_files(self, rows: Sequence[AttachmentRow]) -> None:
        self.model.set_rows(list(rows))
        for key in ("open", "save", "remove"):
            self.buttons[key].setEnabled(bool(rows))

    def selected(self) -> AttachmentRow | None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rows:
            return self.model.rows[0] if len(self.model.rows) == 1 else None
        return self.model.rows[index.row()] if index.isValid() else None

    def add_files(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = file_dialogs.get_open_file_names(self, translate("RequestForm", "Add files to the request"))
        if not paths:
            return
        request_id = self._stored()
        if request_id is None:
            return
        for path in paths:
            if guarded(self, self._service.add_file, request_id, Path(path)) is None:
                break
        self._changed()

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        path = guarded(self, self._service.attachments.path_to_open, row.id)
        if path is not None and not system.open_path(path):
            show_error(
                self, translate("RequestForm", "No program is set up to open {name}.").format(name=row.original_name)
            )

    def save_selected(self, folder: str | None = None) -> Path | None:
        row = self.selected()
        if row is None:
            return None
        if folder is None:
            folder = file_dialogs.get_existing_directory(self, translate("RequestForm", "Save a copy in…"))
        if not folder:
            return None
        saved = guarded(self, self._service.attachments.save_copy, row.id, Path(folder))
        if saved is not None:
            show_info(self, translate("RequestForm", "Saved as {path}.").format(path=saved))
        return saved

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = translate("RequestForm", "Remove {name} from the request and from the attachments folder?").format(
            name=row.original_name
        )
        if confirm(self, question, translate("RequestForm", "Remove")):
            guarded(self, self._service.attachments.remove, row.id)
            self._changed()
