"""Preview of a release's PDF before saving it: each language version, or all of them together."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from commsdesk.domain.releases import release_language_name
from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.services.releases import ReleaseDetail, ReleasesService, file_stem
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import guarded, show_error, show_info
from commsdesk.ui.widgets.pdf_pages import PdfPages


class PdfPreviewDialog(QDialog):
    def __init__(self, service: ReleasesService, release: ReleaseDetail, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.release = release
        self._folder = tempfile.TemporaryDirectory(prefix="commsdesk-preview-")
        self.path: Path | None = None
        self.setWindowTitle(translate("ReleasePreview", "PDF of {reference}").format(reference=release.reference))
        self.language = QComboBox()
        for code in release.present_languages():
            self.language.addItem(release_language_name(code), code)
        self.language.addItem(translate("ReleasePreview", "All languages (combined)"), "all")
        self.language.currentIndexChanged.connect(lambda _: self.render())
        self.pages = QLabel()
        save = QPushButton(translate("ReleasePreview", "&Save PDF…"))
        save.clicked.connect(lambda: self.save_as())
        close = QPushButton(translate("ReleasePreview", "&Close"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ReleasePreview", "Version")))
        top.addWidget(self.language)
        top.addWidget(self.pages)
        top.addStretch(1)
        top.addWidget(save)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.view = PdfPages(self)
        layout.addWidget(self.view, 1)
        self.resize(820, 960)
        if not release.present_languages():
            self.language.setEnabled(False)
            save.setEnabled(False)
        else:
            self.render()

    def languages(self) -> list[str] | None:
        code = self.language.currentData()
        return None if code == "all" else [code]

    def render(self) -> None:
        """Write the chosen version(s) to a temporary PDF and show it."""
        target = Path(self._folder.name) / f"preview-{self.language.currentData()}.pdf"
        written = guarded(self, self.service.write_pdf, self.release.id, target, self.languages())
        if written is None:
            return
        self.path = written
        count = guarded(self, self.view.load, written)
        if count is not None:
            self.pages.setText(translate("ReleasePreview", "Pages: {count}").format(count=count))

    def save_as(self, path: str | None = None) -> Path | None:
        code = self.language.currentData()
        if path is None:
            name = f"{file_stem(self.release.reference)}-{code}.pdf"
            path, _ = file_dialogs.get_save_file_name(
                self, translate("ReleasePreview", "Save PDF"), name, translate("ReleasePreview", "PDF files (*.pdf)")
            )
        if not path:
            return None
        try:
            written = self.service.write_pdf(self.release.id, Path(path), self.languages())
        except UserError as error:
            show_error(self, str(error))
            return None
        show_info(self, translate("ReleasePreview", "Written: {path}").format(path=written))
        return written

    def done(self, result: int) -> None:
        self._folder.cleanup()
        super().done(result)
