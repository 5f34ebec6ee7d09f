"""The plan tab's file and plan-wide work: import a plan, save the template, write a report, copy a plan to the
next year, delete a plan, edit the strategy. Long work runs through `run_task`."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog

from commsdesk.domain.office import Profile
from commsdesk.domain.plan import ActivityKind, is_unfinished
from commsdesk.i18n import current_language, format_money, translate
from commsdesk.io.plan_csv import read_plan_file, write_plan_template
from commsdesk.reports.plan_pdf import write_plan_pdf
from commsdesk.reports.plan_xlsx import write_plan_xlsx
from commsdesk.ui.messages import confirm, guarded, show_info
from commsdesk.ui.tabs.plan.report_dialog import ReportDialog
from commsdesk.ui.tabs.plan.strategy_dialog import StrategyDialog
from commsdesk.ui.widgets.tasks import run_task

if TYPE_CHECKING:
    from commsdesk.ui.tabs.plan.view import PlanTab


def _guess_year(path: Path, tab: PlanTab) -> int:
    found = re.search(r"(?<!\d)(20\d\d)(?!\d)", path.name)
    if found:
        return int(found[1])
    plan = tab.current_plan()
    return plan.year + 1 if plan else tab.today().year


def import_plan(tab: PlanTab) -> None:
    path, _ = QFileDialog.getOpenFileName(
        tab,
        translate("PlanTab", "Import an action plan"),
        "",
        translate("PlanTab", "Plans (*.csv *.xlsx);;All files (*)"),
    )
    if not path:
        return
    rows = guarded(tab, read_plan_file, Path(path))
    if rows is None:
        return
    year, ok = QInputDialog.getInt(
        tab,
        translate("PlanTab", "Import an action plan"),
        translate("PlanTab", "The plan is for the year:"),
        _guess_year(Path(path), tab),
        1990,
        2199,
    )
    if not ok:
        return
    current = tab.current_plan()
    service = tab.service
    strategy = (
        current.strategy.id if current else guarded(tab, service.strategy_for_import, None, year, current_language())
    )
    if strategy is None:
        return
    existing = next((p for p in service.plans() if p.year == year and p.strategy.id == strategy), None)
    replace = False
    if existing is not None and existing.activity_count:
        question = translate(
            "PlanTab", "The plan of {year} already has {count} activities. Replace them and their status history?"
        ).format(year=year, count=existing.activity_count)
        if not confirm(tab, question, translate("PlanTab", "Replace")):
            return
        replace = True

    def done(plan_id: int) -> None:
        tab.refresh()
        tab.show_plan(plan_id)
        rollup = tab.snapshot.rollup() if tab.snapshot else None
        if rollup is not None:
            show_info(
                tab,
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
        tab,
        translate("PlanTab", "Importing the plan…"),
        lambda progress: service.import_plan(strategy, year, rows, replace=replace, progress=progress),
        done,
    )


def export_template(tab: PlanTab) -> None:
    path, _ = QFileDialog.getSaveFileName(
        tab,
        translate("PlanTab", "Save the empty plan template"),
        translate("PlanTab", "action-plan-template") + ".xlsx",
        translate("PlanTab", "Excel workbooks (*.xlsx)"),
    )
    if path:
        target = Path(path).with_suffix(".xlsx")
        if guarded(tab, write_plan_template, target) is not None:
            show_info(tab, translate("PlanTab", "The template was saved to {path}.").format(path=target))


def write_report(tab: PlanTab) -> None:
    plan = tab.current_plan()
    if plan is None:
        return
    dialog = ReportDialog(plan.year, tab.today(), tab)
    if not dialog.exec():
        return
    quarter, as_of, language, kind = dialog.choice()
    filters = {
        "pdf": translate("PlanTab", "PDF documents (*.pdf)"),
        "xlsx": translate("PlanTab", "Excel workbooks (*.xlsx)"),
    }
    path, _ = QFileDialog.getSaveFileName(
        tab, translate("PlanTab", "Save the report"), dialog.suggested_name(), filters[kind]
    )
    if not path:
        return
    target = Path(path).with_suffix("." + kind)
    service, office = tab.service, tab.office

    def work(progress) -> Path:
        progress(0, 2)
        snapshot = service.snapshot(plan.id, as_of, quarter)
        progress(1, 2)
        if kind == "xlsx":
            return write_plan_xlsx(target, snapshot, language)
        profile = office.profile() if office is not None else Profile()
        return write_plan_pdf(target, snapshot, profile, language)

    run_task(
        tab,
        translate("PlanTab", "Writing the report…"),
        work,
        lambda written: show_info(tab, translate("PlanTab", "The report was saved to {path}.").format(path=written)),
    )


def copy_to_next_year(tab: PlanTab) -> None:
    snapshot = tab.snapshot
    if snapshot is None:
        return
    latest = tab.service.snapshot(snapshot.plan.id, as_of=date.max)
    carried = [a for a in latest.activities if is_unfinished(a.kind, a.status)]
    recurring = sum(a.kind is ActivityKind.RECURRING for a in carried)
    question = translate(
        "PlanTab",
        "Make a plan for {year} from the plan of {previous}? It takes the {specific} specific activities that are "
        "not completed or cancelled and all {recurring} recurring ones, without their status.",
    ).format(year=snapshot.year + 1, previous=snapshot.year, specific=len(carried) - recurring, recurring=recurring)
    if not confirm(tab, question, translate("PlanTab", "Copy")):
        return
    created = guarded(tab, tab.service.copy_to_next_year, snapshot.plan.id)
    if created is not None:
        tab.show_plan(created.id)


def delete_plan(tab: PlanTab) -> None:
    plan = tab.current_plan()
    if plan is None:
        return
    question = translate(
        "PlanTab", "Delete the plan of {year} with its {count} activities and all their status history?"
    ).format(year=plan.year, count=plan.activity_count)
    if confirm(tab, question, translate("PlanTab", "Delete")):
        guarded(tab, tab.service.delete_plan, plan.id)
        tab.refresh()


def edit_strategy(tab: PlanTab) -> None:
    plan = tab.current_plan()
    if plan is None:
        return
    dialog = StrategyDialog(plan.strategy, tab)
    if dialog.exec():
        guarded(tab, tab.service.save_strategy, dialog.result_info())
        tab.show_plan(plan.id)
