"""The Action plan tab: the plan of a year as a tree of objectives and activities, with filters, summary strips,
inline and dialog status updates, activity editing and undo. File work (import, template, reports, copying a plan
to the next year) is in `actions.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
)

from commsdesk.domain.plan import ActivityStatus
from commsdesk.i18n import current_language, format_money, translate
from commsdesk.services.plan import ActivityState, PlanRef, PlanService, PlanSnapshot, StatusInput
from commsdesk.ui.messages import confirm, guarded
from commsdesk.ui.tabs.base import Tab
from commsdesk.ui.tabs.plan import actions
from commsdesk.ui.tabs.plan.activity_dialog import ActivityDialog
from commsdesk.ui.tabs.plan.delegates import ProgressDelegate, StatusDelegate
from commsdesk.ui.tabs.plan.filters import FilterBar
from commsdesk.ui.tabs.plan.model import Col, PlanTreeModel
from commsdesk.ui.tabs.plan.status_dialog import StatusDialog
from commsdesk.ui.tabs.plan.summary import SummaryStrip
from commsdesk.ui.tabs.plan.undo import UndoStack

COLUMN_WIDTHS = {Col.TITLE: 400, Col.RESPONSIBLE: 200, Col.WHEN: 140, Col.PLANNED: 130, Col.SPENT: 85}
COLUMN_WIDTHS |= {Col.STATUS: 175, Col.PROGRESS: 110, Col.EVIDENCE: 65, Col.UPDATED: 85}


def short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class PlanTab(Tab):
    def __init__(
        self,
        service: PlanService,
        parent=None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.service, self.today = service, today
        self.snapshot: PlanSnapshot | None = None
        self.undo_stack = UndoStack(self)
        self.plan_label, self.as_of_label = QLabel(), QLabel()
        self.plan_combo = QComboBox()
        self.plan_combo.setMinimumContentsLength(30)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self._reload())
        self.as_of = QDateEdit()
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        self.as_of.setCalendarPopup(True)
        now = today()
        self.as_of.setDate(QDate(now.year, now.month, now.day))
        self.as_of.dateChanged.connect(lambda _d: self._reload())
        self.filters = FilterBar()
        self.filters.changed.connect(self._apply_filter)
        self.summary = QLabel()
        self.plan_strip, self.objective_strip = SummaryStrip(), SummaryStrip()
        self.model = PlanTreeModel(self)
        self.model.status_edited.connect(self._inline_status, Qt.ConnectionType.QueuedConnection)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setItemDelegateForColumn(Col.STATUS, StatusDelegate(self.tree))
        self.tree.setItemDelegateForColumn(Col.PROGRESS, ProgressDelegate(self.tree))
        self.tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        for column, width in COLUMN_WIDTHS.items():
            self.tree.setColumnWidth(column, width)
        self.tree.activated.connect(lambda _index: self.update_status())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_objective())
        self._build_actions()
        self.undo_stack.changed.connect(self._update_actions)

        top = QHBoxLayout()
        for widget in (self.plan_label, self.plan_combo, self.as_of_label, self.as_of):
            top.addWidget(widget)
        top.addWidget(self.toolbar, 1)
        self.plan_strip.layout().insertWidget(0, self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.plan_strip)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.objective_strip)
        self.refresh()

    # -- actions -------------------------------------------------------------------------------------------
    def _action(self, handler: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: handler())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.status_action = self._action(self.update_status)
        self.new_action = self._action(self.new_activity, QKeySequence.StandardKey.New)
        self.edit_action = self._action(self.edit_activity, "Ctrl+E")
        self.delete_action = self._action(self.delete_activity, QKeySequence.StandardKey.Delete)
        self.undo_action = self._action(self.undo, QKeySequence.StandardKey.Undo)
        context = actions.PlanContext(
            self, self.service, self.today, lambda: self.snapshot, self.show_plan, self.refresh
        )
        self.report_action = self._action(partial(actions.write_report, context), "Ctrl+P")
        self.search_action = self._action(self._focus_search, QKeySequence.StandardKey.Find)
        self.import_action = self._action(partial(actions.import_plan, context))
        self.template_action = self._action(partial(actions.export_template, context))
        self.copy_action = self._action(partial(actions.copy_to_next_year, context))
        self.delete_plan_action = self._action(partial(actions.delete_plan, context))
        self.strategy_action = self._action(partial(actions.edit_strategy, context))
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.status_action, self.new_action, self.edit_action, self.delete_action, self.undo_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.report_action)
        self.more_menu = QMenu(self)
        for action in (self.import_action, self.template_action, self.copy_action, self.strategy_action):
            self.more_menu.addAction(action)
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.delete_plan_action)
        self.more_button = QToolButton()
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.more_button)

    def _update_actions(self) -> None:
        has_plan = self.snapshot is not None
        has_activity = self.current_activity() is not None
        for action in (self.status_action, self.edit_action, self.delete_action):
            action.setEnabled(has_activity)
        for action in (self.new_action, self.report_action, self.copy_action, self.delete_plan_action):
            action.setEnabled(has_plan)
        self.strategy_action.setEnabled(has_plan)
        self.undo_action.setEnabled(self.undo_stack.can_undo())
        undo = translate("PlanTab", "&Undo")
        self.undo_action.setText(undo)
        if self.undo_stack.can_undo():
            self.undo_action.setToolTip(translate("PlanTab", "Undo: {change}").format(change=self.undo_stack.text()))

    # -- Tab -----------------------------------------------------------------------------------------------
    def title(self) -> str:
        return translate("MainWindow", "Action plan")

    def retranslate(self) -> None:
        self.plan_label.setText(translate("PlanTab", "Plan:"))
        self.as_of_label.setText(translate("PlanTab", "Status as of:"))
        self.as_of.setToolTip(translate("PlanTab", "Show each activity's status as it stood on this day"))
        texts = {
            self.status_action: translate("PlanTab", "Update &status…"),
            self.new_action: translate("PlanTab", "&New activity…"),
            self.edit_action: translate("PlanTab", "&Edit activity…"),
            self.delete_action: translate("PlanTab", "&Delete activity"),
            self.report_action: translate("PlanTab", "&Report…"),
            self.import_action: translate("PlanTab", "&Import plan from CSV or Excel…"),
            self.template_action: translate("PlanTab", "Save empty plan &template (Excel)…"),
            self.copy_action: translate("PlanTab", "&Copy plan to the next year…"),
            self.strategy_action: translate("PlanTab", "&Strategy…"),
            self.delete_plan_action: translate("PlanTab", "Delete this &plan…"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.status_action.setToolTip(translate("PlanTab", "Record a dated status update (Enter)"))
        self.more_button.setText(translate("PlanTab", "More"))
        self.filters.retranslate()
        self.model.retranslate()
        self._fill_plans(self.plan_combo.currentData())
        self._show_snapshot()

    def refresh(self) -> None:
        """Reload everything from the database (after an import, a restore…); what could be undone is forgotten."""
        self.undo_stack.clear()
        self.retranslate()
        self._reload()

    # -- loading -------------------------------------------------------------------------------------------
    def _fill_plans(self, selected: int | None) -> None:
        plans = self.service.plans()
        several = len({p.strategy.id for p in plans}) > 1
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in plans:
            label = str(plan.year)
            if several:
                label += " – " + plan.strategy.title(current_language())
            self.plan_combo.addItem(label, plan.id)
        index = self.plan_combo.findData(selected)
        self.plan_combo.setCurrentIndex(index if index >= 0 else self.plan_combo.count() - 1)
        self.plan_combo.blockSignals(False)

    def show_plan(self, plan_id: int) -> None:
        """Refill the list of plans and show `plan_id`."""
        self._fill_plans(plan_id)
        self._reload()

    def current_plan(self) -> PlanRef | None:
        return self.snapshot.plan if self.snapshot else None

    def as_of_day(self) -> date:
        value = self.as_of.date()
        return date(value.year(), value.month(), value.day())

    def _reload(self) -> None:
        plan_id = self.plan_combo.currentData()
        self.snapshot = guarded(self, self.service.snapshot, plan_id, self.as_of_day()) if plan_id else None
        self._show_snapshot()

    def _show_snapshot(self) -> None:
        kept = self.current_activity()
        snapshot = self.snapshot
        if snapshot is None:
            self.model.set_plan((), ())
            self.filters.set_responsible([])
        else:
            self.model.set_plan(snapshot.objectives, snapshot.activities)
            names = sorted({name for a in snapshot.activities for name in a.responsible}, key=str.casefold)
            self.filters.set_responsible(names)
        self._apply_filter(kept.id if kept else None)

    def _apply_filter(self, keep: int | None = None) -> None:
        if keep is None:
            current = self.current_activity()
            keep = current.id if current else None
        year = self.snapshot.year if self.snapshot else self.today().year
        self.model.set_filter(self.filters.predicate(year))
        self.tree.expandAll()
        if keep is not None:
            index = self.model.activity_index(keep)
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
        self._show_summary()

    def _show_summary(self) -> None:
        if self.snapshot is None:
            self.summary.setText(translate("PlanTab", "No action plan yet. Import one with More → Import plan."))
            self.plan_strip.show_rollup("", None)
            self.objective_strip.hide()
            self._update_actions()
            return
        language = current_language()
        shown = self.model.visible_activities()
        rollup = self.snapshot.rollup(shown)
        if self.filters.is_active():
            text = translate("PlanTab", "{shown} of {count} activities shown, {cost} planned").format(
                shown=len(shown), count=len(self.snapshot.activities), cost=format_money(rollup.planned_cents, language)
            )
        else:
            text = translate("PlanTab", "{count} activities, {cost} planned").format(
                count=len(shown), cost=format_money(rollup.planned_cents, language)
            )
        self.summary.setText(text)
        self.plan_strip.show_rollup("·", rollup)
        self._show_objective()

    def _show_objective(self) -> None:
        objective = self.model.objective(self.tree.currentIndex())
        rollup = self.model.rollup_of(objective.id) if objective else None
        caption = translate("PlanTab", "Objective {number}:").format(number=objective.number) if objective else ""
        self.objective_strip.show_rollup(caption, rollup)
        self.objective_strip.setVisible(rollup is not None)
        self._update_actions()

    def current_activity(self) -> ActivityState | None:
        return self.model.activity(self.tree.currentIndex())

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- changes -------------------------------------------------------------------------------------------
    def status_day(self) -> date:
        """The day a new status update is dated by default: today, but never after the plan's year or the day shown."""
        year_end = date(self.snapshot.year, 12, 31) if self.snapshot else date.max
        return min(self.today(), self.as_of_day(), year_end)

    def _record(self, activity: ActivityState, data: StatusInput) -> None:
        update_id = guarded(self, self.service.record_status, activity.id, data)
        if update_id is not None:
            self._recorded(activity, data, update_id)

    def _recorded(self, activity: ActivityState, data: StatusInput, update_id: int) -> None:
        change = translate("PlanTab", "status of “{activity}”").format(activity=short(activity.title))
        self.undo_stack.push(change, lambda: self.service.delete_status(update_id))
        if data.on_date > self.as_of_day():
            self.as_of.setDate(QDate(data.on_date.year, data.on_date.month, data.on_date.day))  # reloads
        else:
            self._reload()

    def update_status(self) -> None:
        activity = self.current_activity()
        if activity is None or self.snapshot is None:
            return
        history = self.service.history(activity.id)
        events, releases = self.service.evidence_candidates(self.snapshot.year, current_language())
        record = partial(self.service.record_status, activity.id)
        dialog = StatusDialog(activity, history, events, releases, self.status_day(), record, self)
        if dialog.exec():
            self._recorded(activity, dialog.entered(), dialog.saved)

    def _inline_status(self, activity_id: int, status: str, progress: int) -> None:
        activity = next((a for a in self.model.visible_activities() if a.id == activity_id), None)
        if activity is not None:
            self._record(activity, StatusInput(self.status_day(), ActivityStatus(status), progress))

    def new_activity(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        current = self.model.objective(self.tree.currentIndex())
        objectives, names = self.service.objectives(plan.strategy.id), self.service.responsible_names()
        dialog = ActivityDialog(objectives, names, None, partial(self.service.add_activity, plan.id), self)
        if current is not None:
            dialog.objective.setValue(current.number)
        if dialog.exec():
            activity_id = dialog.saved
            change = translate("PlanTab", "new activity “{activity}”").format(activity=short(dialog.entered().title))
            self.undo_stack.push(change, lambda: self.service.delete_activity(activity_id))
            self._reload()
            self._select(activity_id)

    def edit_activity(self) -> None:
        activity, plan = self.current_activity(), self.current_plan()
        if activity is None or plan is None:
            return
        current = guarded(self, self.service.activity_input, activity.id)
        if current is None:
            return
        objectives = self.service.objectives(plan.strategy.id)
        update = partial(self.service.update_activity, activity.id)
        dialog = ActivityDialog(objectives, self.service.responsible_names(), current, update, self)
        if dialog.exec():
            previous = dialog.saved
            change = translate("PlanTab", "changes to “{activity}”").format(activity=short(activity.title))
            self.undo_stack.push(change, lambda: self.service.update_activity(activity.id, previous))
            self._reload()

    def delete_activity(self) -> None:
        activity = self.current_activity()
        if activity is None:
            return
        question = translate("PlanTab", "Delete the activity “{activity}” and its status history?").format(
            activity=short(activity.title, 120)
        )
        if not confirm(self, question, translate("PlanTab", "Delete")):
            return
        deleted = guarded(self, self.service.delete_activity, activity.id)
        if deleted is not None:
            change = translate("PlanTab", "deleting “{activity}”").format(activity=short(activity.title))
            self.undo_stack.push(change, lambda: self.service.restore_activity(deleted))
            self._reload()

    def undo(self) -> None:
        if not self.undo_stack.can_undo():
            return
        guarded(self, self.undo_stack.undo)
        self._reload()

    def _select(self, activity_id: int) -> None:
        index = self.model.activity_index(activity_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
