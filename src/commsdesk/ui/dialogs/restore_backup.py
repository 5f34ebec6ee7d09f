"""File → Restore from backup…: pick one of the backups beside the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from commsdesk.i18n import format_datetime, translate
from commsdesk.services.backups import BackupFile


class RestoreBackupDialog(QDialog):
    """Lists the backups, newest first; the chosen one is `selected()`."""

    def __init__(self, backups: list[BackupFile], parent=None, message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreBackupDialog", "Restore from backup"))
        self.list = QListWidget()
        for backup in backups:
            item = QListWidgetItem(f"{format_datetime(backup.taken_at)}   —   {backup.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        explanation = QLabel(
            message
            or translate(
                "RestoreBackupDialog",
                "The database will be replaced by the backup you choose. The current file is kept in the backups "
                "folder.",
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            translate("RestoreBackupDialog", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(translate("Messages", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        # Replacing the database is never what Enter does: the safe answer is the default.
        self.restore_button.setAutoDefault(False)
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button.setEnabled(bool(backups))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def selected(self) -> BackupFile | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
