"""The Journalists' enquiries tab: the register with search and filters, each enquiry's deadline and time left, the
approved statements, the actions."""

from __future__ import annotations

from PySide6.QtGui import QAction

from commsdesk.i18n import translate
from commsdesk.services.contacts import ContactsService
from commsdesk.services.enquiries import EnquiriesService, EnquiryFilter
from commsdesk.ui.tabs.enquiries import operations
from commsdesk.ui.tabs.enquiries.filters import FilterBar
from commsdesk.ui.tabs.enquiries.model import EnquiriesModel
from commsdesk.ui.widgets.register_tab import RegisterTab

# number, received, journalist, outlet, topic, status, deadline, (time left / late)
COLUMN_WIDTHS = {0: 90, 1: 118, 2: 170, 3: 150, 4: 300, 5: 190, 6: 118}


class EnquiriesTab(RegisterTab):
    filters: FilterBar

    def __init__(self, service: EnquiriesService, contacts: ContactsService | None = None, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.set_list(EnquiriesModel(service, self), FilterBar(service), COLUMN_WIDTHS)
        self.context = operations.EnquiriesContext(
            self, service, contacts, self.current_id, self.current_filter, self.reload
        )
        self._build_actions()
        self.lay_out()
        self.retranslate()
        self.apply_filters()

    def _build_actions(self) -> None:
        context = self.context
        self.statements_action, self.settings_action = self.file_actions(
            lambda: operations.import_file(context),
            lambda kind: operations.export_list(context, kind),
            lambda: operations.write_report(context),
            lambda: operations.edit_statements(context),
            lambda: operations.edit_settings(context),
        )

    # -- Tab -------------------------------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("MainWindow", "Journalists' enquiries")

    def retranslate(self) -> None:
        texts = {
            self.new_action: translate("EnquiriesTab", "&New enquiry"),
            self.open_action: translate("EnquiriesTab", "&Open"),
            self.delete_action: translate("EnquiriesTab", "&Delete"),
            self.find_action: translate("EnquiriesTab", "Search"),
            self.import_action: translate("EnquiriesTab", "&Import…"),
            self.export_xlsx_action: translate("EnquiriesTab", "The list as &Excel workbook (XLSX)…"),
            self.export_csv_action: translate("EnquiriesTab", "The list as &CSV…"),
            self.report_action: translate("EnquiriesTab", "&Report…"),
            self.statements_action: translate("EnquiriesTab", "Approved &statements…"),
            self.settings_action: translate("EnquiriesTab", "&Enquiry settings…"),
        }
        self.statements_action.setToolTip(
            translate("EnquiriesTab", "The approved lines to take, per topic, in Shqip, Srpski and English")
        )
        self.retranslate_register(
            texts,
            translate("EnquiriesTab", "E&xport"),
            translate(
                "EnquiriesTab",
                "Enquiries of a year, a quarter or any dates: by outlet, topic and channel, answered in time, "
                "time to answer",
            ),
        )

    def settings_actions(self) -> list[QAction]:
        return [self.settings_action, self.statements_action]

    def refresh(self) -> None:
        """Read the filters' choices and the list again (after an import, a restore…)."""
        self.reload(None)

    # -- RegisterTab -----------------------------------------------------------------------------------------------
    def current_filter(self) -> EnquiryFilter:
        return self.filters.current()

    def count_text(self, total: int) -> str:
        if total == 1:
            return translate("EnquiriesTab", "1 enquiry")
        return translate("EnquiriesTab", "{count} enquiries").format(count=total)

    def open_id(self, record_id: int | None) -> None:
        operations.open_enquiry(self.context, record_id)

    def delete_current(self) -> None:
        operations.delete_current(self.context)
