"""The search box and the outlet type, reach and language filters above the contact list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from commsdesk.domain.contacts import OutletType, Reach
from commsdesk.i18n import translate
from commsdesk.ui.tabs.contacts.model import language_label


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, languages: list[str], parent=None) -> None:
        super().__init__(parent)
        self._languages = languages
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.changed)
        self.outlet_type = QComboBox()
        self.reach = QComboBox()
        self.language = QComboBox()
        for combo in (self.outlet_type, self.reach, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # also after a language change
            combo.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.outlet_type)
        layout.addWidget(self.reach)
        layout.addWidget(self.language)
        self.retranslate()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("ContactsTab", "Search name, organisation, e-mail, phone, notes…"))
        self._fill(self.outlet_type, translate("ContactsTab", "Every type"), OutletType.labelled())
        self._fill(self.reach, translate("ContactsTab", "Every reach"), Reach.labelled())
        self._fill(
            self.language,
            translate("ContactsTab", "Every language"),
            [(code, language_label(code)) for code in self._languages],
        )

    def set_languages(self, languages: list[str]) -> None:
        self._languages = languages
        self.retranslate()

    def values(self) -> dict[str, object]:
        return {
            "search": self.search.text(),
            "outlet_type": self.outlet_type.currentData(),
            "reach": self.reach.currentData(),
            "language": self.language.currentData(),
        }
