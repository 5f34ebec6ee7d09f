"""The archive's search field and filters: year, status, tag, language."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from commsdesk.domain.releases import ReleaseStatus, release_language_name
from commsdesk.i18n import current_language, translate
from commsdesk.services.releases import ArchiveQuery, ReleasesService


def _combo(minimum: int = 110) -> QComboBox:
    combo = QComboBox()
    combo.setMinimumContentsLength(8)
    combo.setMinimumWidth(minimum)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class FilterBar(QWidget):
    """Emits `changed` (after a short pause while typing) whenever the search or a filter changes."""

    changed = Signal()

    def __init__(self, service: ReleasesService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.year = _combo(90)
        self.status = _combo(130)
        self.tag = _combo(130)
        self.language = _combo(110)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for combo in (self.year, self.status, self.tag, self.language):
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _=0: self.changed.emit())
        self.fill()

    def fill(self) -> None:
        """(Re)fill the choices from the data and the current language, keeping what was chosen."""
        chosen = (
            self.year.currentData(),
            self.status.currentData(),
            self.tag.currentData(),
            self.language.currentData(),
        )
        for combo in (self.year, self.status, self.tag, self.language):
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(translate("ReleasesTab", "All years"), None)
        for year in self._service.years():
            self.year.addItem(str(year), year)
        self.status.addItem(translate("ReleasesTab", "All statuses"), None)
        for code, label in ReleaseStatus.labelled():
            self.status.addItem(label, code)
        self.tag.addItem(translate("ReleasesTab", "All tags"), "")
        for tag in self._service.tags():
            self.tag.addItem(tag, tag)
        self.language.addItem(translate("ReleasesTab", "All languages"), "")
        for code in self._service.languages():
            self.language.addItem(release_language_name(code), code)
        for combo, value in zip((self.year, self.status, self.tag, self.language), chosen, strict=True):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.search.setPlaceholderText(translate("ReleasesTab", "Search every language version… (Ctrl+F)"))

    def query(self, base: ArchiveQuery) -> ArchiveQuery:
        """`base` (its order) with the search and filters as they are now."""
        status = self.status.currentData()
        return ArchiveQuery(
            text=self.search.text(),
            year=self.year.currentData(),
            status=ReleaseStatus(status) if status else None,
            tag=self.tag.currentData() or "",
            language=self.language.currentData() or "",
            sort=base.sort,
            descending=base.descending,
            display_language=current_language(),
        )
