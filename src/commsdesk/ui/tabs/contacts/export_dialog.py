"""Exporting contacts: which ones (all, a group, the current list, the selection) and to which format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from commsdesk.i18n import current_language, translate
from commsdesk.services.contacts import ContactFilter, ContactSort, ContactsService, ExportScope
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import show_info
from commsdesk.ui.tabs.contacts.common import literal
from commsdesk.ui.widgets.tasks import TaskHandle, run_task


@dataclass(frozen=True)
class ExportChoice:
    fmt: str  # xlsx, csv, vcf, pdf
    suffix: str
    delimiter: str = ","
    per_contact: bool = False
    group_by: str = "group"


def _choices() -> list[tuple[str, ExportChoice]]:
    return [
        (translate("ContactExport", "Excel workbook (.xlsx)"), ExportChoice("xlsx", ".xlsx")),
        (translate("ContactExport", "CSV, comma-separated (.csv)"), ExportChoice("csv", ".csv", ",")),
        (
            translate("ContactExport", "CSV, semicolon-separated, as Excel in Europe (.csv)"),
            ExportChoice("csv", ".csv", ";"),
        ),
        (translate("ContactExport", "vCard 3.0, all in one file (.vcf)"), ExportChoice("vcf", ".vcf")),
        (
            translate("ContactExport", "vCard 3.0, one file per contact, for Outlook (folder)"),
            ExportChoice("vcf", "", per_contact=True),
        ),
        (translate("ContactExport", "Printable PDF list, grouped by group"), ExportChoice("pdf", ".pdf")),
        (
            translate("ContactExport", "Printable PDF list, grouped by organisation"),
            ExportChoice("pdf", ".pdf", group_by="outlet"),
        ),
    ]


class ExportDialog(QDialog):
    def __init__(
        self,
        *,
        total: int,
        group: tuple[int, str] | None,
        contact_filter: ContactFilter,
        filtered_count: int,
        selected: list[int],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ContactExport", "Export contacts"))
        self._group = group
        self._filter = contact_filter
        self._selected = selected
        self.scopes = QButtonGroup(self)
        box = QWidget()
        scope_layout = QVBoxLayout(box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        options = [("all", translate("ContactExport", "All contacts ({count})").format(count=total), True)]
        if group is not None:
            options.append(
                ("group", translate("ContactExport", "The group “{name}”").format(name=literal(group[1])), True)
            )
        if contact_filter.search or contact_filter.outlet_type or contact_filter.reach or contact_filter.language:
            options.append(
                (
                    "filter",
                    translate("ContactExport", "The list as filtered now ({count})").format(count=filtered_count),
                    True,
                )
            )
        options.append(
            (
                "selection",
                translate("ContactExport", "The selected contacts ({count})").format(count=len(selected)),
                bool(selected),
            )
        )
        self.scope_buttons: dict[str, QRadioButton] = {}
        for index, (key, text, enabled) in enumerate(options):
            button = QRadioButton(text)
            button.setEnabled(enabled)
            self.scopes.addButton(button, index)
            scope_layout.addWidget(button)
            self.scope_buttons[key] = button
        preferred = "selection" if len(selected) > 1 else ("filter" if "filter" in self.scope_buttons else "group")
        (self.scope_buttons.get(preferred) or self.scope_buttons["all"]).setChecked(True)
        self.format = QComboBox()
        for text, choice in _choices():
            self.format.addItem(text, choice)
        form = QFormLayout()
        form.addRow(translate("ContactExport", "Contacts"), box)
        form.addRow(translate("ContactExport", "Format"), self.format)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("ContactExport", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("ContactExport", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def scope_key(self) -> str:
        return next(key for key, button in self.scope_buttons.items() if button.isChecked())

    def scope(self) -> ExportScope:
        key = self.scope_key()
        if key == "selection":
            return ExportScope(ids=tuple(self._selected))
        if key == "group" and self._group is not None:
            return ExportScope(ContactFilter(group_id=self._group[0]))
        if key == "filter":
            return ExportScope(self._filter, sort=ContactSort())
        return ExportScope()

    def description(self) -> str:
        key = self.scope_key()
        if key == "group" and self._group is not None:
            return translate("ContactExport", "Group: {name}.").format(name=self._group[1])
        if key == "filter" and self._filter.search:
            return translate("ContactExport", "Search: “{text}”.").format(text=self._filter.search)
        if key == "selection":
            return translate("ContactExport", "Selected contacts.")
        return ""

    def choice(self) -> ExportChoice:
        return self.format.currentData()


def ask_target(parent, choice: ExportChoice) -> Path | None:
    """The file (or, for one vCard per contact, the folder) to write, asked of the user."""
    if choice.per_contact:
        folder = file_dialogs.get_existing_directory(parent, translate("ContactExport", "Folder for the vCard files"))
        return Path(folder) if folder else None
    filters = {
        "xlsx": translate("ContactExport", "Excel workbooks (*.xlsx)"),
        "csv": translate("ContactExport", "CSV files (*.csv)"),
        "vcf": translate("ContactExport", "vCard files (*.vcf)"),
        "pdf": translate("ContactExport", "PDF files (*.pdf)"),
    }
    default = translate("ContactExport", "contacts") + choice.suffix
    path, _ = file_dialogs.get_save_file_name(
        parent, translate("ContactExport", "Export contacts"), default, filters[choice.fmt]
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == choice.suffix else target.with_name(target.name + choice.suffix)


def run_export(
    parent,
    service: ContactsService,
    scope: ExportScope,
    choice: ExportChoice,
    target: Path,
    description: str = "",
) -> TaskHandle:
    """Write the export on a worker thread, then say where it went."""
    language = current_language()

    def work(progress) -> int:
        return service.export_file(
            target,
            choice.fmt,
            language,
            scope,
            delimiter=choice.delimiter,
            group_by=choice.group_by,
            description=description,
            progress=progress,
        )

    def done(count: int) -> None:
        show_info(
            parent, translate("ContactExport", "{count} contacts exported to {path}.").format(count=count, path=target)
        )

    return run_task(parent, translate("ContactExport", "Exporting contacts…"), work, done)
