"""The file dialogs of commsdesk: Qt's own dialog, made never to read the files it lists.

A file dialog that shows a file's type or icon reads its first bytes (Qt's icon provider asks the MIME database,
which sniffs contents; GTK's chooser does the same). Closing that descriptor drops every POSIX lock this process
holds on the file — SQLite's included ("How To Corrupt An SQLite Database File", §2.2) — so a dialog listing the
database's folder during a write would let another process in. These dialogs tell types by name only. Every
dialog of the program goes through here, with the signatures of `QFileDialog`'s static functions.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name alone; never opens the file (called on Qt's gatherer thread)."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()
        self._folder = super().icon(QAbstractFileIconProvider.IconType.Folder)
        self._file = super().icon(QAbstractFileIconProvider.IconType.File)

    def icon(self, which):  # type: ignore[override]
        if isinstance(which, QFileInfo):
            return self._folder if which.isDir() else self._file
        return super().icon(which)

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        if info.isDir():
            return super().type(info)  # a folder's type comes from stat(), not from reading
        return self._mime.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension).comment()


def file_dialog(
    parent: QWidget | None, caption: str, directory: str, filters: str, mode: QFileDialog.FileMode
) -> QFileDialog:
    """The configured dialog (not shown): Qt's own widgets, name-only icons."""
    dialog = QFileDialog(parent, caption, directory, filters)
    if os.name == "posix":  # on Windows a lock belongs to its handle: the system's own dialog harms nothing
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setIconProvider(NameOnlyIconProvider())
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() else []
    finally:
        dialog.deleteLater()


def get_open_file_name(parent=None, caption: str = "", directory: str = "", filters: str = "") -> tuple[str, str]:
    dialog = file_dialog(parent, caption, directory, filters, QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return (chosen[0] if chosen else "", dialog.selectedNameFilter())


def get_open_file_names(
    parent=None, caption: str = "", directory: str = "", filters: str = ""
) -> tuple[list[str], str]:
    dialog = file_dialog(parent, caption, directory, filters, QFileDialog.FileMode.ExistingFiles)
    return (_run(dialog), dialog.selectedNameFilter())


def get_save_file_name(parent=None, caption: str = "", directory: str = "", filters: str = "") -> tuple[str, str]:
    dialog = file_dialog(parent, caption, directory, filters, QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chosen = _run(dialog)
    return (chosen[0] if chosen else "", dialog.selectedNameFilter())


def get_existing_directory(parent=None, caption: str = "", directory: str = "") -> str:
    chosen = _run(file_dialog(parent, caption, directory, "", QFileDialog.FileMode.Directory))
    return chosen[0] if chosen else ""
