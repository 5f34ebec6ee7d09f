"""Settings → Office profile: the institution and officer printed on every report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from commsdesk.domain.office import Profile
from commsdesk.i18n import LANGUAGES, language_name, translate
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import show_error
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog

MAX_LOGO_BYTES = 2_000_000


class OfficeProfileDialog(GuardedDialog):
    def __init__(self, profile: Profile, store: Callable[[Profile], object], parent=None) -> None:
        super().__init__(parent, store)
        self.setWindowTitle(translate("OfficeProfileDialog", "Office profile"))
        self._logo = profile.logo
        self.names = {code: QLineEdit(profile.institution_names.get(code, "")) for code in LANGUAGES}
        self.municipality = QLineEdit(profile.municipality)
        self.address = QPlainTextEdit(profile.address)
        self.address.setFixedHeight(60)
        self.phone = QLineEdit(profile.phone)
        self.email = QLineEdit(profile.email)
        self.website = QLineEdit(profile.website)
        self.officer = QLineEdit(profile.officer_name)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(translate("OfficeProfileDialog", "Choose image…"))
        choose.clicked.connect(self._choose_logo)
        remove = QPushButton(translate("OfficeProfileDialog", "Remove"))
        remove.clicked.connect(lambda: self._set_logo(None))

        form = QFormLayout()
        for code, field in self.names.items():
            label = translate("OfficeProfileDialog", "Institution ({language})").format(language=language_name(code))
            form.addRow(label, field)
        form.addRow(translate("OfficeProfileDialog", "Municipality"), self.municipality)
        form.addRow(translate("OfficeProfileDialog", "Address"), self.address)
        form.addRow(translate("OfficeProfileDialog", "Phone"), self.phone)
        form.addRow(translate("OfficeProfileDialog", "E-mail"), self.email)
        form.addRow(translate("OfficeProfileDialog", "Web site"), self.website)
        form.addRow(translate("OfficeProfileDialog", "Information officer"), self.officer)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        form.addRow(translate("OfficeProfileDialog", "Logo"), logo_row)

        buttons = QDialogButtonBox()
        buttons.addButton(translate("OfficeProfileDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("OfficeProfileDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())
        self._set_logo(self._logo)

    def profile(self) -> Profile:
        """The profile as entered."""
        return Profile(
            institution_names={code: field.text().strip() for code, field in self.names.items()},
            municipality=self.municipality.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            officer_name=self.officer.text().strip(),
            logo=self._logo,
        )

    entered = profile

    def _set_logo(self, data: bytes | None) -> bool:
        pixmap = QPixmap()
        if data and not pixmap.loadFromData(data):
            return False
        self._logo = data
        if data:
            mode = Qt.TransformationMode.SmoothTransformation
            self.logo_preview.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio, mode))
        else:
            self.logo_preview.setText(translate("OfficeProfileDialog", "(none)"))
        return True

    def _choose_logo(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self,
            translate("OfficeProfileDialog", "Logo"),
            "",
            translate("OfficeProfileDialog", "Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.load_logo(path)

    def load_logo(self, path: str) -> None:
        """Take the image at `path` as the logo, or say why not."""
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_LOGO_BYTES + 1)
        except OSError as error:
            show_error(
                self,
                translate("Errors", "The file {path} cannot be read: {reason}").format(
                    path=path, reason=error.strerror
                ),
            )
            return
        if len(data) > MAX_LOGO_BYTES:
            show_error(self, translate("Errors", "The logo must be smaller than 2 MB."))
        elif not self._set_logo(data):
            show_error(self, translate("Errors", "{path} is not a PNG or JPEG image.").format(path=path))
