"""Settings → Press release settings: the release languages, which are required, and the reference format."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.releases import RELEASE_LANGUAGE_NAMES, check_reference_format, format_reference
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.releases import ReleaseSettings
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog


class ReleaseSettingsDialog(GuardedDialog):
    def __init__(self, settings: ReleaseSettings, store: Callable[[ReleaseSettings], object], parent=None) -> None:
        super().__init__(parent, store)
        self.setWindowTitle(translate("ReleaseSettings", "Press release settings"))
        codes = list(settings.languages) + [c for c in RELEASE_LANGUAGE_NAMES if c not in settings.languages]
        self.used: dict[str, QCheckBox] = {}
        self.required: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("ReleaseSettings", "Language")), 0, 0)
        grid.addWidget(QLabel(translate("ReleaseSettings", "Releases have it")), 0, 1)
        grid.addWidget(QLabel(translate("ReleaseSettings", "Needed for approval")), 0, 2)
        for row, code in enumerate(codes, start=1):
            used = QCheckBox()
            used.setChecked(code in settings.languages)
            required = QCheckBox()
            required.setChecked(code in settings.required)
            used.toggled.connect(required.setEnabled)
            required.setEnabled(used.isChecked())
            grid.addWidget(QLabel(f"{RELEASE_LANGUAGE_NAMES.get(code, code)} ({code})"), row, 0)
            grid.addWidget(used, row, 1)
            grid.addWidget(required, row, 2)
            self.used[code], self.required[code] = used, required
        languages = QGroupBox(translate("ReleaseSettings", "Release languages"))
        languages.setLayout(grid)
        self.reference = QLineEdit(settings.reference_format)
        self.example = QLabel()
        self.reference.textChanged.connect(self._show_example)
        form = QFormLayout()
        form.addRow(translate("ReleaseSettings", "Reference format"), self.reference)
        form.addRow("", self.example)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("ReleaseSettings", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("ReleaseSettings", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(languages)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_example()

    def _show_example(self) -> None:
        try:
            check_reference_format(self.reference.text())
        except ValidationError as error:
            self.example.setText(str(error))
            return
        example = format_reference(self.reference.text(), 2026, 14)
        self.example.setText(
            translate("ReleaseSettings", "The 14th release of 2026: {example}").format(example=example)
        )

    def settings(self) -> ReleaseSettings:
        languages = [code for code, box in self.used.items() if box.isChecked()]
        required = [code for code in languages if self.required[code].isChecked()]
        return ReleaseSettings(languages, required, self.reference.text().strip())

    entered = settings

    def field_widget(self, field: str) -> QWidget | None:
        return self.reference if field == "reference_format" else super().field_widget(field)
