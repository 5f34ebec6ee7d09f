"""What the contacts tab's actions do: dialogs, confirmations, background work, then the list read again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from commsdesk.errors import UserError
from commsdesk.i18n import current_language, translate
from commsdesk.services.contacts import ContactFilter, ContactsService
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import confirm, show_error, show_info
from commsdesk.ui.tabs.contacts.common import attempt, literal
from commsdesk.ui.tabs.contacts.dialog import ContactDialog
from commsdesk.ui.tabs.contacts.duplicates import DuplicatesDialog
from commsdesk.ui.tabs.contacts.groups import GroupsPanel
from commsdesk.ui.tabs.contacts.model import ContactsModel
from commsdesk.ui.widgets.tasks import TaskHandle, run_task


@dataclass(frozen=True)
class ContactsContext:
    """What these actions use of the contacts tab: its widget (the dialogs' parent), the service, the group list,
    the contact list with its selection, and how the tab shows a change."""

    parent: QWidget
    service: ContactsService
    groups: GroupsPanel
    model: ContactsModel
    selected_ids: Callable[[], list[int]]
    current_id: Callable[[], int | None]  # the one contact chosen, if one is
    current_filter: Callable[[], ContactFilter]
    select_contact: Callable[[int], None]
    refresh: Callable[[], None]  # groups and list read again
    show_current: Callable[[], None]  # the chosen contact's detail shown again
    apply_filters: Callable[[], None]  # the list read again with the filters as they are


def open_contact(context: ContactsContext, contact_id: int | None) -> bool:
    dialog = ContactDialog(context.service, contact_id, context.parent)
    if not dialog.exec():
        return False
    context.refresh()
    if dialog.contact_id is not None:
        context.select_contact(dialog.contact_id)
    return True


def delete_selected(context: ContactsContext) -> None:
    ids = context.selected_ids()
    if not ids:
        return
    if len(ids) == 1:
        name = context.model.contact(context.model.row_of(ids[0]) or 0).name
        question = translate("ContactsTab", "Delete the contact “{name}”?").format(name=name)
    else:
        question = translate("ContactsTab", "Delete the {count} selected contacts?").format(count=len(ids))
    question += "\n" + translate("ContactsTab", "Distributions already sent keep only their number of recipients.")
    if confirm(context.parent, question, translate("ContactsTab", "Delete")) and attempt(
        context.parent, context.service.delete, ids
    ):
        context.refresh()


def import_file(context: ContactsContext, path: str | None = None) -> bool:
    if path is None:
        path, _ = file_dialogs.get_open_file_name(
            context.parent,
            translate("ContactImport", "Import contacts"),
            "",
            translate("ContactImport", "Contact files (*.csv *.txt *.xlsx *.vcf);;All files (*)"),
        )
    if not path:
        return False
    from commsdesk.ui.tabs.contacts.import_dialog import ImportDialog  # with the file readers, when first needed

    try:
        dialog = ImportDialog(context.service, Path(path), context.parent)
    except UserError as error:
        show_error(context.parent, str(error))
        return False
    imported = bool(dialog.exec())
    if imported:
        context.refresh()
    return imported


def export(context: ContactsContext):
    from commsdesk.ui.tabs.contacts.export_dialog import ExportDialog, ask_target, run_export  # with the writers

    group_id = context.groups.current_group()
    group = (group_id, context.groups.current_name()) if group_id is not None else None
    dialog = ExportDialog(
        total=context.service.count(),
        group=group,
        contact_filter=context.current_filter(),
        filtered_count=context.model.total,
        selected=context.selected_ids(),
        parent=context.parent,
    )
    if not dialog.exec():
        return None
    target = ask_target(context.parent, dialog.choice())
    if target is None:
        return None
    return run_export(context.parent, context.service, dialog.scope(), dialog.choice(), target, dialog.description())


def find_duplicates(context: ContactsContext):
    def show(pairs) -> None:
        dialog = DuplicatesDialog(context.service, pairs, context.parent)
        dialog.exec()
        if dialog.merged:
            context.refresh()

    return run_task(
        context.parent,
        translate("ContactDuplicates", "Looking for duplicates…"),
        lambda _progress: context.service.find_duplicates(),
        show,
    )


def undo_merge(context: ContactsContext) -> None:
    merge = context.service.last_merge()
    if merge is None:
        return
    question = translate(
        "ContactDuplicates",
        "Undo the merge of “{removed}” into “{kept}”? Both contacts come back as they were before it.",
    ).format(removed=merge.removed_name, kept=merge.kept_name)
    if confirm(context.parent, question, translate("ContactDuplicates", "Undo merge")) and attempt(
        context.parent, context.service.undo_last_merge
    ):
        context.refresh()


def fill_group_menu(context: ContactsContext, menu: QMenu) -> None:
    menu.clear()
    for group in context.groups.groups():
        action = menu.addAction(literal(group.name))
        action.triggered.connect(lambda _=False, group_id=group.id: add_to_group(context, group_id))
    menu.addSeparator()
    new = menu.addAction(translate("ContactsTab", "New group…"))
    new.triggered.connect(lambda _=False: _add_to_new_group(context))


def add_to_group(context: ContactsContext, group_id: int, ids: list[int] | None = None) -> None:
    ids = context.selected_ids() if ids is None else ids
    if ids and attempt(context.parent, context.service.add_to_group, ids, group_id):
        _after_membership_change(context, ids)


def _add_to_new_group(context: ContactsContext) -> None:
    ids = context.selected_ids()
    group_id = context.groups.create_group()
    if group_id is not None and ids:
        add_to_group(context, group_id, ids)


def remove_from_group(context: ContactsContext) -> None:
    ids = context.selected_ids()
    group_id = context.groups.current_group()
    if not ids or group_id is None:
        return
    question = translate("ContactsTab", "Take the {count} selected contacts out of the group “{name}”?").format(
        count=len(ids), name=context.groups.current_name()
    )
    if confirm(context.parent, question, translate("ContactsTab", "Remove from group")) and attempt(
        context.parent, context.service.remove_from_group, ids, group_id
    ):
        context.refresh()


def _after_membership_change(context: ContactsContext, ids: list[int]) -> None:
    context.groups.reload(context.groups.current_group())
    if context.groups.current_group() is None:
        context.model.refresh_rows(ids)
        context.show_current()
    else:
        context.apply_filters()


def export_personal_data(context: ContactsContext, fmt: str, target: Path | None = None) -> Path | None:
    contact_id = context.current_id()
    if contact_id is None:
        return None
    try:
        data = context.service.personal_data(contact_id)
    except UserError as error:
        show_error(context.parent, str(error))
        return None
    if target is None:
        name = data.detail.data.full_name or "contact"
        suffix = "." + fmt
        filters = (
            translate("ContactExport", "PDF files (*.pdf)")
            if fmt == "pdf"
            else translate("ContactExport", "Excel workbooks (*.xlsx)")
        )
        chosen, _ = file_dialogs.get_save_file_name(
            context.parent, translate("ContactsTab", "Everything held about this person"), name + suffix, filters
        )
        if not chosen:
            return None
        target = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
    try:
        context.service.write_personal_data(data, target, fmt, current_language())
    except UserError as error:
        show_error(context.parent, str(error))
        return None
    show_info(context.parent, translate("ContactsTab", "Written to {path}.").format(path=target))
    return target


def erase_person(context: ContactsContext) -> TaskHandle | None:
    """Ask, then erase the chosen person on a worker thread (compacting a big file takes a few seconds)."""
    contact_id = context.current_id()
    detail = context.service.get(contact_id) if contact_id is not None else None
    if detail is None:
        return None
    question = translate(
        "ContactsTab",
        "Erase “{name}” for good? The contact and every personal detail of theirs in the distribution history "
        "are removed; distributions keep only their number of recipients. This cannot be undone. (Backups taken "
        "earlier still hold the person until they are deleted.)",
    ).format(name=detail.name)
    if not confirm(context.parent, question, translate("ContactsTab", "Erase")):
        return None

    def erased(_result: object) -> None:
        context.refresh()
        show_info(context.parent, translate("ContactsTab", "“{name}” was erased.").format(name=detail.name))

    return run_task(
        context.parent,
        translate("ContactsTab", "Erasing {name}…").format(name=detail.name),
        lambda _p: context.service.erase(detail.id),
        erased,
    )
