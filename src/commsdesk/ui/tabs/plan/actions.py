"""The plan tab's file and plan-wide work: import a plan, save the template, write a report, copy a plan to the
next year, delete a plan, edit the strategy. Long work runs through `run_task`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QWidget

from commsdesk.domain.plan import ActivityKind, is_unfinished
from commsdesk.domain.plan_records import PlanRef, PlanSnapshot
from commsdesk.errors import UserError
from commsdesk.i18n import current_language, format_money, translate
from commsdesk.services.plan import PlanService
from commsdesk.services.plan.files import read_plan_file, write_plan_template
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import confirm, guarded, show_error, show_info
from commsdesk.ui.tabs.plan.report_dialog import ReportDialog
from commsdesk.ui.tabs.plan.strategy_dialog import StrategyDialog
from commsdesk.ui.widgets.tasks import run_task


@dataclass(frozen=True)
class PlanContext:
    """What these actions use of the plan tab."""

    parent: QWidget
    service: PlanService
    today: Callable[[], date]
    snapshot: Callable[[], PlanSnapshot | None]  # the plan shown, as of the tab's day
    show_plan: Callable[[int], None]
    refresh: Callable[[], None]  # everything read again

    def current_plan(self) -> PlanRef | None:
        snapshot = self.snapshot()
        return snapshot.plan if snapshot else None


def _guess_year(path: Path, context: PlanContext) -> int:
    found = re.search(r"(?<!\d)(20\d\d)(?!\d)", path.name)
    if found:
        return int(found[1])
    plan = context.current_plan()
    return plan.year + 1 if plan else context.today().year


def import_plan(context: PlanContext) -> None:
    path, _ = file_dialogs.get_open_file_name(
        context.parent,
        translate("PlanTab", "Import an action plan"),
        "",
        translate("PlanTab", "Plans (*.csv *.xlsx);;All files (*)"),
    )
    if not path:
        return
    rows = guarded(context.parent, read_plan_file, Path(path))
    if rows is None:
        return
    year, ok = QInputDialog.getInt(
        context.parent,
        translate("PlanTab", "Import an action plan"),
        translate("PlanTab", "The plan is for the year:"),
        _guess_year(Path(path), context),
        1990,
        2199,
    )
    if not ok:
        return
    current = context.current_plan()
    service = context.service
    try:  # found, not made: the import makes a missing strategy in its own transaction
        strategy = current.strategy.id if current else service.strategy_for_import(None, year, create=False)
    except UserError as error:
        show_error(context.parent, str(error))
        return
    existing = next((p for p in service.plans() if p.year == year and p.strategy.id == strategy), None)
    replace = False
    if existing is not None and existing.activity_count:
        question = translate(
            "PlanTab", "The plan of {year} already has {count} activities. Replace them and their status history?"
        ).format(year=year, count=existing.activity_count)
        if not confirm(context.parent, question, translate("PlanTab", "Replace")):
            return
        replace = True

    def done(plan_id: int) -> None:
        context.refresh()
        context.show_plan(plan_id)
        rollup = snapshot.rollup() if (snapshot := context.snapshot()) else None
        if rollup is not None:
            show_info(
                context.parent,
                translate(
                    "PlanTab",
                    "Imported the plan of {year}: {specific} specific and {recurring} recurring activities, "
                    "{planned} planned.",
                ).format(
                    year=year,
                    specific=rollup.specific,
                    recurring=rollup.recurring,
                    planned=format_money(rollup.planned_cents, current_language()),
                ),
            )

    run_task(
        context.parent,
        translate("PlanTab", "Importing the plan…"),
        lambda progress: service.import_plan(
            strategy, year, rows, language=current_language(), replace=replace, progress=progress
        ),
        done,
    )


def export_template(context: PlanContext) -> None:
    path, _ = file_dialogs.get_save_file_name(
        context.parent,
        translate("PlanTab", "Save the empty plan template"),
        translate("PlanTab", "action-plan-template") + ".xlsx",
        translate("PlanTab", "Excel workbooks (*.xlsx)"),
    )
    if path:
        target = Path(path).with_suffix(".xlsx")
        if guarded(context.parent, write_plan_template, target) is not None:
            show_info(context.parent, translate("PlanTab", "The template was saved to {path}.").format(path=target))


def write_report(context: PlanContext) -> None:
    plan = context.current_plan()
    if plan is None:
        return
    dialog = ReportDialog(plan.year, context.today(), context.parent)
    if not dialog.exec():
        return
    quarter, as_of, language, kind = dialog.choice()
    filters = {
        "pdf": translate("PlanTab", "PDF documents (*.pdf)"),
        "xlsx": translate("PlanTab", "Excel workbooks (*.xlsx)"),
    }
    name = context.service.report_file_name(plan.year, quarter, language, kind)
    path, _ = file_dialogs.get_save_file_name(
        context.parent, translate("PlanTab", "Save the report"), name, filters[kind]
    )
    if not path:
        return
    target = Path(path).with_suffix("." + kind)
    service = context.service
    run_task(
        context.parent,
        translate("PlanTab", "Writing the report…"),
        lambda progress: service.write_report(
            target,
            plan.year,
            kind,
            language,
            quarter=quarter,
            as_of=as_of,
            strategy_id=plan.strategy.id,
            progress=progress,
        ),
        lambda written: show_info(
            context.parent, translate("PlanTab", "The report was saved to {path}.").format(path=written)
        ),
    )


def copy_to_next_year(context: PlanContext) -> None:
    snapshot = context.snapshot()
    if snapshot is None:
        return
    latest = context.service.snapshot(snapshot.plan.id, as_of=date.max)
    carried = [a for a in latest.activities if is_unfinished(a.kind, a.status)]
    recurring = sum(a.kind is ActivityKind.RECURRING for a in carried)
    question = translate(
        "PlanTab",
        "Make a plan for {year} from the plan of {previous}? It takes the {specific} specific activities that are "
        "not completed or cancelled and all {recurring} recurring ones, without their status.",
    ).format(year=snapshot.year + 1, previous=snapshot.year, specific=len(carried) - recurring, recurring=recurring)
    if not confirm(context.parent, question, translate("PlanTab", "Copy")):
        return
    created = guarded(context.parent, context.service.copy_to_next_year, snapshot.plan.id)
    if created is not None:
        context.show_plan(created.id)


def delete_plan(context: PlanContext) -> None:
    plan = context.current_plan()
    if plan is None:
        return
    question = translate(
        "PlanTab", "Delete the plan of {year} with its {count} activities and all their status history?"
    ).format(year=plan.year, count=plan.activity_count)
    if confirm(context.parent, question, translate("PlanTab", "Delete")):
        guarded(context.parent, context.service.delete_plan, plan.id)
        context.refresh()


def edit_strategy(context: PlanContext) -> None:
    plan = context.current_plan()
    if plan is None:
        return
    if StrategyDialog(plan.strategy, context.service.save_strategy, context.parent).exec():
        context.show_plan(plan.id)
