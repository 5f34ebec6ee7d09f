"""What the contacts tab's actions do: dialogs, confirmations, background work, then the list read again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMenu

from commsdesk.errors import UserError
from commsdesk.i18n import current_language, translate
from commsdesk.ui.messages import confirm, show_error, show_info
from commsdesk.ui.tabs.contacts.common import attempt, literal
from commsdesk.ui.tabs.contacts.dialog import ContactDialog
from commsdesk.ui.tabs.contacts.duplicates import DuplicatesDialog
from commsdesk.ui.widgets.tasks import TaskHandle, run_task

if TYPE_CHECKING:
    from commsdesk.ui.tabs.contacts.view import ContactsTab


def open_contact(tab: ContactsTab, contact_id: int | None) -> bool:
    dialog = ContactDialog(tab.service, contact_id, tab)
    if not dialog.exec():
        return False
    tab.refresh()
    if dialog.contact_id is not None:
        tab.select_contact(dialog.contact_id)
    return True


def delete_selected(tab: ContactsTab) -> None:
    ids = tab.selected_ids()
    if not ids:
        return
    if len(ids) == 1:
        name = tab.model.contact(tab.model.row_of(ids[0]) or 0).name
        question = translate("ContactsTab", "Delete the contact “{name}”?").format(name=name)
    else:
        question = translate("ContactsTab", "Delete the {count} selected contacts?").format(count=len(ids))
    question += "\n" + translate("ContactsTab", "Distributions already sent keep only their number of recipients.")
    if confirm(tab, question, translate("ContactsTab", "Delete")) and attempt(tab, tab.service.delete, ids):
        tab.refresh()


def import_file(tab: ContactsTab, path: str | None = None) -> bool:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            tab,
            translate("ContactImport", "Import contacts"),
            "",
            translate("ContactImport", "Contact files (*.csv *.txt *.xlsx *.vcf);;All files (*)"),
        )
    if not path:
        return False
    from commsdesk.ui.tabs.contacts.import_dialog import ImportDialog  # with the file readers, when first needed

    try:
        dialog = ImportDialog(tab.service, Path(path), tab)
    except UserError as error:
        show_error(tab, str(error))
        return False
    imported = bool(dialog.exec())
    if imported:
        tab.refresh()
    return imported


def export(tab: ContactsTab):
    from commsdesk.ui.tabs.contacts.export_dialog import ExportDialog, ask_target, run_export  # with the writers

    group_id = tab.groups.current_group()
    group = (group_id, tab.groups.current_name()) if group_id is not None else None
    dialog = ExportDialog(
        total=tab.service.count(),
        group=group,
        contact_filter=tab.current_filter(),
        filtered_count=tab.model.total,
        selected=tab.selected_ids(),
        parent=tab,
    )
    if not dialog.exec():
        return None
    target = ask_target(tab, dialog.choice())
    if target is None:
        return None
    return run_export(tab, tab.service, tab.office, dialog.scope(), dialog.choice(), target, dialog.description())


def find_duplicates(tab: ContactsTab):
    def show(pairs) -> None:
        dialog = DuplicatesDialog(tab.service, pairs, tab)
        dialog.exec()
        if dialog.merged:
            tab.refresh()

    return run_task(
        tab,
        translate("ContactDuplicates", "Looking for duplicates…"),
        lambda _progress: tab.service.find_duplicates(),
        show,
    )


def undo_merge(tab: ContactsTab) -> None:
    merge = tab.service.last_merge()
    if merge is None:
        return
    question = translate(
        "ContactDuplicates",
        "Undo the merge of “{removed}” into “{kept}”? Both contacts come back as they were before it.",
    ).format(removed=merge.removed_name, kept=merge.kept_name)
    if confirm(tab, question, translate("ContactDuplicates", "Undo merge")) and attempt(
        tab, tab.service.undo_last_merge
    ):
        tab.refresh()


def fill_group_menu(tab: ContactsTab, menu: QMenu) -> None:
    menu.clear()
    for group in tab.groups.groups():
        action = menu.addAction(literal(group.name))
        action.triggered.connect(lambda _=False, group_id=group.id: add_to_group(tab, group_id))
    menu.addSeparator()
    new = menu.addAction(translate("ContactsTab", "New group…"))
    new.triggered.connect(lambda _=False: _add_to_new_group(tab))


def add_to_group(tab: ContactsTab, group_id: int, ids: list[int] | None = None) -> None:
    ids = tab.selected_ids() if ids is None else ids
    if ids and attempt(tab, tab.service.add_to_group, ids, group_id):
        _after_membership_change(tab, ids)


def _add_to_new_group(tab: ContactsTab) -> None:
    ids = tab.selected_ids()
    group_id = tab.groups.create_group()
    if group_id is not None and ids:
        add_to_group(tab, group_id, ids)


def remove_from_group(tab: ContactsTab) -> None:
    ids = tab.selected_ids()
    group_id = tab.groups.current_group()
    if not ids or group_id is None:
        return
    question = translate("ContactsTab", "Take the {count} selected contacts out of the group “{name}”?").format(
        count=len(ids), name=tab.groups.current_name()
    )
    if confirm(tab, question, translate("ContactsTab", "Remove from group")) and attempt(
        tab, tab.service.remove_from_group, ids, group_id
    ):
        tab.refresh()


def _after_membership_change(tab: ContactsTab, ids: list[int]) -> None:
    tab.groups.reload(tab.groups.current_group())
    if tab.groups.current_group() is None:
        tab.model.refresh_rows(ids)
        tab.show_current()
    else:
        tab.apply_filters()


def export_personal_data(tab: ContactsTab, fmt: str, target: Path | None = None) -> Path | None:
    contact_id = tab.current_id()
    if contact_id is None:
        return None
    try:
        data = tab.service.personal_data(contact_id)
    except UserError as error:
        show_error(tab, str(error))
        return None
    if target is None:
        name = data.detail.data.full_name or "contact"
        suffix = "." + fmt
        filters = (
            translate("ContactExport", "PDF files (*.pdf)")
            if fmt == "pdf"
            else translate("ContactExport", "Excel workbooks (*.xlsx)")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            tab, translate("ContactsTab", "Everything held about this person"), name + suffix, filters
        )
        if not chosen:
            return None
        target = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
    # reportlab and openpyxl are imported when a report is written, not when the tab starts (~0.25 s).
    from commsdesk.reports.contacts_personal import personal_data_pdf, personal_data_xlsx
    from commsdesk.reports.pdf import Letterhead

    language = current_language()
    try:
        if fmt == "pdf":
            profile = tab.office.profile() if tab.office is not None else None
            letterhead = Letterhead.of(profile, language) if profile is not None else Letterhead("")
            personal_data_pdf(target, data, letterhead=letterhead, language=language)
        else:
            personal_data_xlsx(target, data, language=language)
    except UserError as error:
        show_error(tab, str(error))
        return None
    show_info(tab, translate("ContactsTab", "Written to {path}.").format(path=target))
    return target


def erase_person(tab: ContactsTab) -> TaskHandle | None:
    """Ask, then erase the chosen person on a worker thread (compacting a big file takes a few seconds)."""
    contact_id = tab.current_id()
    detail = tab.service.get(contact_id) if contact_id is not None else None
    if detail is None:
        return None
    question = translate(
        "ContactsTab",
        "Erase “{name}” for good? The contact and every personal detail of theirs in the distribution history "
        "are removed; distributions keep only their number of recipients. This cannot be undone. (Backups taken "
        "earlier still hold the person until they are deleted.)",
    ).format(name=detail.name)
    if not confirm(tab, question, translate("ContactsTab", "Erase")):
        return None

    def erased(_result: object) -> None:
        tab.refresh()
        show_info(tab, translate("ContactsTab", "“{name}” was erased.").format(name=detail.name))

    return run_task(
        tab,
        translate("ContactsTab", "Erasing {name}…").format(name=detail.name),
        lambda _p: tab.service.erase(detail.id),
        erased,
    )
