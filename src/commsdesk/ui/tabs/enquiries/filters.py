"""The register's search field and filters: year, status, outlet, topic, overdue only."""

from __future__ import annotations

from commsdesk.domain.enquiries import EnquiryStatus
from commsdesk.i18n import translate
from commsdesk.services.enquiries import EnquiriesService, EnquiryFilter
from commsdesk.ui.widgets import filter_bar


class FilterBar(filter_bar.FilterBar):
    def __init__(self, service: EnquiriesService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self.year = self.add_choice(90)
        self.status = self.add_choice(150)
        self.outlet = self.add_choice(150)
        self.topic = self.add_choice(150)
        self.fill()

    def fill_choices(self) -> None:
        self.year.addItem(translate("EnquiriesTab", "All years"), None)
        for year in self._service.years():
            self.year.addItem(str(year), year)
        self.status.addItem(translate("EnquiriesTab", "All statuses"), None)
        for code, label in EnquiryStatus.labelled():
            self.status.addItem(label, code)
        self.outlet.addItem(translate("EnquiriesTab", "All outlets"), None)
        for outlet in self._service.outlets():
            self.outlet.addItem(outlet, outlet)
        self.topic.addItem(translate("EnquiriesTab", "All topics"), None)
        for topic in self._service.topics():
            self.topic.addItem(topic, topic)
        self.search.setPlaceholderText(
            translate("EnquiriesTab", "Search number, journalist, outlet, topic, questions… (Ctrl+F)")
        )
        self.overdue.setText(translate("EnquiriesTab", "Overdue only"))
        self.overdue.setToolTip(translate("EnquiriesTab", "Open enquiries past the journalist's deadline"))

    def current(self) -> EnquiryFilter:
        """The search and filters as they are now."""
        status = self.status.currentData()
        return EnquiryFilter(
            search=self.search.text(),
            year=self.year.currentData(),
            status=EnquiryStatus(status) if status else None,
            outlet=self.outlet.currentData(),
            topic=self.topic.currentData(),
            overdue=self.overdue.isChecked(),
        )
