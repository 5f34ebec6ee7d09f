"""A PDF's pages drawn one under the other and fitted to the width, for previews (pypdfium2 draws them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from commsdesk.errors import UserError
from commsdesk.i18n import translate

RENDER_SCALE = 2.0  # 144 dpi: sharp at the dialog's width, and cheap for a release's few pages
MARGIN = 12


def render_pages(path: Path, scale: float = RENDER_SCALE) -> list[QImage]:
    """Every page of the PDF at `path` as an image; a file PDFium cannot read is a UserError."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except (pypdfium2.PdfiumError, OSError) as error:
        raise UserError(
            translate("PdfPages", "The PDF {path} cannot be shown: {reason}").format(path=path, reason=error)
        ) from error
    try:
        images = []
        for number in range(len(document)):
            page = document[number]
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB bytes, as QImage's RGB888 reads them
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # the copy owns its pixels; PDFium's buffer goes with the bitmap
            page.close()
        return images
    finally:
        document.close()


class PdfPages(QScrollArea):
    """The pages of one PDF at a time; `load` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.images: list[QImage] = []
        self._labels: list[QLabel] = []
        column = QWidget()
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._column.setSpacing(MARGIN)
        self._column.addStretch(1)
        self.setWidget(column)

    def load(self, path: Path) -> int:
        """Show the pages of `path` and return how many there are; on a UserError the old pages stay."""
        images = render_pages(path)
        self.clear()
        self.images = images
        for number in range(len(images)):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(translate("PdfPages", "Page {number}").format(number=number + 1))
            self._column.insertWidget(number, label)
            self._labels.append(label)
        self._fit()
        return len(images)

    def clear(self) -> None:
        for label in self._labels:
            label.deleteLater()
        self._labels, self.images = [], []

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Scale each page to the width there is (never above its rendered size)."""
        width = max(self.viewport().width() - 2 * MARGIN, 100)
        for label, image in zip(self._labels, self.images, strict=True):
            if image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(QPixmap.fromImage(image))
