"""Help → About."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from commsdesk import APP_DISPLAY_NAME, __version__
from commsdesk.i18n import translate


def show_about(parent: QWidget, database_path: str) -> None:
    text = translate(
        "AboutDialog",
        "<h3>{name} {version}</h3><p>The desk of a public-information office: contacts, calendar, press releases "
        "and the action plan of the communication strategy.</p><p>Database: {path}</p>",
    ).format(name=APP_DISPLAY_NAME, version=__version__, path=database_path.replace("&", "&amp;").replace("<", "&lt;"))
    box = QMessageBox(QMessageBox.Icon.NoIcon, translate("AboutDialog", "About commsdesk"), text, parent=parent)
    box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
