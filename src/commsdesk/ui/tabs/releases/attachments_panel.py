"""The release's photos, audio, video and documents: add, open, save out, caption per language, remove."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.releases import release_language_name
from commsdesk.errors import UserError
from commsdesk.i18n import current_language, format_size, translate
from commsdesk.services.releases import AttachmentRow, ReleasesService
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import confirm, guarded, show_error, show_info
from commsdesk.ui.tabs.releases import system
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from commsdesk.ui.widgets.table_view import make_table_view

Index = QModelIndex | QPersistentModelIndex
THUMBNAIL = 56


def thumbnail(path: Path) -> QPixmap | None:
    """A small picture of an image file, read scaled (a 20-megapixel photo is never loaded whole)."""
    reader = QImageReader(str(path))
    if not reader.canRead():
        return None
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        reader.setScaledSize(size.scaled(QSize(THUMBNAIL * 2, THUMBNAIL), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class AttachmentsModel(QAbstractTableModel):
    def __init__(self, service: ReleasesService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.rows: list[AttachmentRow] = []
        self._thumbnails: dict[int, QPixmap | None] = {}

    def set_rows(self, rows: list[AttachmentRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def _thumbnail(self, row: AttachmentRow) -> QPixmap | None:
        if row.id not in self._thumbnails:
            try:
                path = self._service.attachments.stored_path(row.id)
            except UserError:
                path = None
            self._thumbnails[row.id] = thumbnail(path) if path and row.kind.value == "photo" else None
        return self._thumbnails[row.id]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            captions = " · ".join(f"{code.upper()}: {text}" for code, text in row.captions.items())
            return (row.original_name, row.kind.label(), format_size(row.size, current_language()), captions)[
                index.column()
            ]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._thumbnail(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"SHA-256 {row.sha256}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [
                translate("ReleaseAttachments", "File"),
                translate("ReleaseAttachments", "Kind"),
                translate("ReleaseAttachments", "Size"),
                translate("ReleaseAttachments", "Captions"),
            ][section]
        return None


class CaptionsDialog(GuardedDialog):
    def __init__(
        self, row: AttachmentRow, languages: list[str], store: Callable[[dict[str, str]], object], parent=None
    ) -> None:
        super().__init__(parent, store)
        self.setWindowTitle(translate("ReleaseAttachments", "Captions of {name}").format(name=row.original_name))
        self.fields = {code: QLineEdit(row.captions.get(code, "")) for code in languages}
        form = QFormLayout()
        for code, field in self.fields.items():
            form.addRow(release_language_name(code), field)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("ReleaseAttachments", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("ReleaseAttachments", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def entered(self) -> dict[str, str]:
        return {code: field.text() for code, field in self.fields.items()}


class AttachmentsPanel(QWidget):
    def __init__(self, service: ReleasesService, languages: list[str], parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._languages = languages
        self.release_id: int | None = None
        self.model = AttachmentsModel(service, self)
        self.table = make_table_view()
        self.table.setModel(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(THUMBNAIL + 6)
        self.table.setIconSize(QSize(THUMBNAIL * 2, THUMBNAIL))
        for column, width in enumerate((300, 90, 80)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.hint = QLabel(translate("ReleaseAttachments", "Save the release first to add attachments."))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, handler in (
            ("add", translate("ReleaseAttachments", "&Add files…"), self.add_files),
            ("open", translate("ReleaseAttachments", "&Open"), self.open_selected),
            ("save", translate("ReleaseAttachments", "&Save a copy…"), self.save_selected),
            ("captions", translate("ReleaseAttachments", "&Captions…"), self.edit_captions),
            ("remove", translate("ReleaseAttachments", "&Remove"), self.remove_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, h=handler: h())
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.set_release(None)

    def set_release(self, release_id: int | None) -> None:
        self.release_id = release_id
        self.hint.setVisible(release_id is None)
        for button in self.buttons.values():
            button.setEnabled(release_id is not None)
        self.reload()

    def reload(self) -> None:
        rows = self._service.attachments.attachments(self.release_id) if self.release_id is not None else []
        self.model.set_rows(rows)

    def selected(self) -> AttachmentRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def add_files(self, paths: list[str] | None = None) -> None:
        if self.release_id is None:
            return
        if paths is None:
            paths, _ = file_dialogs.get_open_file_names(self, translate("ReleaseAttachments", "Add attachments"))
        for path in paths:
            if guarded(self, self._service.attachments.add, self.release_id, Path(path)) is None:
                break
        self.reload()

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        path = guarded(self, self._service.attachments.path_to_open, row.id)
        if path is not None and not system.open_path(path):
            show_error(
                self,
                translate("ReleaseAttachments", "No program is set up to open {name}.").format(name=row.original_name),
            )

    def save_selected(self, folder: str | None = None) -> Path | None:
        row = self.selected()
        if row is None:
            return None
        if folder is None:
            folder = file_dialogs.get_existing_directory(self, translate("ReleaseAttachments", "Save a copy in…"))
        if not folder:
            return None
        saved = guarded(self, self._service.attachments.save_copy, row.id, Path(folder))
        if saved is not None:
            show_info(self, translate("ReleaseAttachments", "Saved as {path}.").format(path=saved))
        return saved

    def edit_captions(self) -> None:
        row = self.selected()
        if row is None:
            return
        store = partial(self._service.attachments.set_captions, row.id)
        if CaptionsDialog(row, self._languages, store, self).exec():
            self.reload()

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = translate("ReleaseAttachments", "Remove {name} from the release and from the archive folder?")
        if confirm(self, question.format(name=row.original_name), translate("ReleaseAttachments", "Remove")):
            guarded(self, self._service.attachments.remove, row.id)
            self.reload()
