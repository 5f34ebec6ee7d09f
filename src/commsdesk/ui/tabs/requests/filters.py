"""The register's search field and filters: year, status, outcome, requester type, overdue only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from commsdesk.domain.requests import RequesterType, RequestOutcome, RequestStatus
from commsdesk.i18n import translate
from commsdesk.services.requests import RequestFilter
from commsdesk.ui.tabs.requests.texts import deemed_refused

SEARCH_PAUSE_MS = 200  # as the other lists: the list is read once typing pauses


def _combo(minimum: int) -> QComboBox:
    combo = QComboBox()
    combo.setMinimumContentsLength(8)
    combo.setMinimumWidth(minimum)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class FilterBar(QWidget):
    """Emits `changed` (after a short pause while typing) whenever the search or a filter changes."""

    changed = Signal()

    def __init__(self, years: Callable[[], list[int]], parent=None) -> None:
        super().__init__(parent)
        self._years = years
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.year = _combo(90)
        self.status = _combo(150)
        self.outcome = _combo(140)
        self.requester_type = _combo(120)
        self.overdue = QCheckBox()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        self.overdue.toggled.connect(lambda _=False: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for combo in self._combos():
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _=0: self.changed.emit())
        layout.addWidget(self.overdue)
        self.fill()

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.year, self.status, self.outcome, self.requester_type)

    def fill(self) -> None:
        """(Re)fill the choices from the data and the current language, keeping what was chosen."""
        chosen = [combo.currentData() for combo in self._combos()]
        for combo in self._combos():
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(translate("RequestsTab", "All years"), None)
        for year in self._years():
            self.year.addItem(str(year), year)
        for combo, everything, choice in (
            (self.status, translate("RequestsTab", "All statuses"), RequestStatus),
            (self.outcome, translate("RequestsTab", "All outcomes"), RequestOutcome),
            (self.requester_type, translate("RequestsTab", "All requesters"), RequesterType),
        ):
            combo.addItem(everything, None)
            for code, label in choice.labelled():
                combo.addItem(label, code)
        for combo, value in zip(self._combos(), chosen, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.setMinimumContentsLength(max(8, len(combo.itemText(0))))  # "All …" whole, in every language
            combo.blockSignals(False)
        self.search.setPlaceholderText(translate("RequestsTab", "Search number, requester, documents… (Ctrl+F)"))
        self.overdue.setText(translate("RequestsTab", "Overdue only"))
        tip = translate("RequestsTab", "Open requests past their deadline: {meaning}")
        self.overdue.setToolTip(tip.format(meaning=deemed_refused()))

    def current(self) -> RequestFilter:
        """The search and filters as they are now."""
        status, outcome, kind = self.status.currentData(), self.outcome.currentData(), self.requester_type.currentData()
        return RequestFilter(
            search=self.search.text(),
            year=self.year.currentData(),
            status=RequestStatus(status) if status else None,
            outcome=RequestOutcome(outcome) if outcome else None,
            requester_type=RequesterType(kind) if kind else None,
            overdue=self.overdue.isChecked(),
        )
