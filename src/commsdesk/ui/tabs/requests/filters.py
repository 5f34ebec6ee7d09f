"""The register's search field and filters: year, status, outcome, requester type, overdue only."""

from __future__ import annotations

from collections.abc import Callable

from commsdesk.domain.requests import RequesterType, RequestOutcome, RequestStatus
from commsdesk.i18n import translate
from commsdesk.services.requests import RequestFilter
from commsdesk.ui.tabs.requests.texts import deemed_refused
from commsdesk.ui.widgets import filter_bar


class FilterBar(filter_bar.FilterBar):
    def __init__(self, years: Callable[[], list[int]], parent=None) -> None:
        super().__init__(parent)
        self._years = years
        self.year = self.add_choice(90)
        self.status = self.add_choice(150)
        self.outcome = self.add_choice(140)
        self.requester_type = self.add_choice(120)
        self.fill()

    def fill_choices(self) -> None:
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
