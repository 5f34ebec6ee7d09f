"""Preview of a release's PDF before saving it: each language version, or all of them together."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from commsdesk.domain.releases import release_language_name
from commsdesk.errors import UserError
from commsdesk.i18n import translate
from commsdesk.services.releases import ReleaseDetail, ReleasesService, file_stem
from commsdesk.ui.messages import guarded, show_error, show_info

try:  # PySide6-Pdf (Qt PDF) draws the pages; without it the preview opens the system's PDF reader
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - the wheel is a dependency; this keeps a broken install usable
    QPdfDocument = QPdfView = None


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
        if QPdfView is not None:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self.document)
            layout.addWidget(self.view, 1)
        else:  # pragma: no cover
            self.document = self.view = None
            layout.addWidget(QLabel(translate("ReleasePreview", "The preview opens in your PDF reader.")), 1)
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
        if self.document is not None:
            self.document.close()
        written = guarded(self, self.service.write_pdf, self.release.id, target, self.languages())
        if written is None:
            return
        self.path = written
        if self.document is not None:
            self.document.load(str(written))
            self.pages.setText(translate("ReleasePreview", "Pages: {count}").format(count=self.document.pageCount()))
        else:  # pragma: no cover
            from commsdesk.ui.tabs.releases import system

            system.open_path(written)

    def save_as(self, path: str | None = None) -> Path | None:
        code = self.language.currentData()
        if path is None:
            name = f"{file_stem(self.release.reference)}-{code}.pdf"
            path, _ = QFileDialog.getSaveFileName(
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
        if self.document is not None:
            self.document.close()
        self._folder.cleanup()
        super().done(result)
