"""The tree of the plan: objectives (with their roll-up) → activities (with status, progress, cost, evidence).

Filtering and sorting happen over the plain snapshot rows (a plan has some hundred activities), never through a
proxy. Status and progress cells are editable: an edit does not change the row, it asks (`status_edited`) for a
dated status update, after which the tab reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from commsdesk.domain.plan import OVERDUE_COLOUR, STATUS_COLOURS, ActivityKind, ActivityStatus, Rollup, roll_up
from commsdesk.domain.text import fold
from commsdesk.i18n import format_date, translate
from commsdesk.services.plan import ActivityState, ObjectiveInfo
from commsdesk.ui.tabs.plan import texts

Index = QModelIndex | QPersistentModelIndex
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1  # the ActivityState of an activity row
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0–100 for the progress bar (objectives: % completed)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the status code, for the inline editor
OBJECTIVE_FILL = QColor("#eef2f6")


class Col(IntEnum):
    TITLE = 0
    RESPONSIBLE = 1
    WHEN = 2
    PLANNED = 3
    SPENT = 4
    STATUS = 5
    PROGRESS = 6
    EVIDENCE = 7
    UPDATED = 8
    COMMENT = 9


def headers() -> list[str]:
    return [
        translate("PlanTab", "Activity"),
        translate("PlanTab", "Responsible"),
        translate("PlanTab", "Timeframe / frequency"),
        translate("PlanTab", "Planned"),
        translate("PlanTab", "Spent"),
        translate("PlanTab", "Status"),
        translate("PlanTab", "Progress"),
        translate("PlanTab", "Evidence"),
        translate("PlanTab", "Last update"),
        translate("PlanTab", "Comment"),
    ]


_SORT_KEYS: dict[int, Callable[[ActivityState], object]] = {
    Col.TITLE: lambda a: a.position,
    Col.RESPONSIBLE: lambda a: fold("; ".join(a.responsible)),
    Col.WHEN: lambda a: (a.kind.value, a.period_start or a.period_end, fold(texts.when(a))),
    Col.PLANNED: lambda a: a.planned_cost_cents,
    Col.SPENT: lambda a: a.actual_cost_cents or 0,
    Col.STATUS: lambda a: (not a.overdue, list(ActivityStatus).index(a.status)),
    Col.PROGRESS: lambda a: a.progress,
    Col.EVIDENCE: lambda a: a.evidence_count,
    Col.UPDATED: lambda a: a.status_date.toordinal() if a.status_date else 0,
    Col.COMMENT: lambda a: fold(a.comment),
}


@dataclass
class _Group:
    objective: ObjectiveInfo
    activities: list[ActivityState]
    rollup: Rollup


class PlanTreeModel(QAbstractItemModel):
    status_edited = Signal(int, str, int)  # activity id, status code, progress

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._objectives: list[ObjectiveInfo] = []
        self._all: list[ActivityState] = []
        self._groups: list[_Group] = []
        self._accept: Callable[[ActivityState], bool] = lambda _activity: True
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # -- content -------------------------------------------------------------------------------------------
    def set_plan(self, objectives: tuple[ObjectiveInfo, ...], activities: tuple[ActivityState, ...]) -> None:
        self._objectives, self._all = list(objectives), list(activities)
        self._rebuild()

    def set_filter(self, accept: Callable[[ActivityState], bool]) -> None:
        self._accept = accept
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        column, order = self._sort
        key = _SORT_KEYS.get(column, _SORT_KEYS[Col.TITLE])
        groups = []
        for objective in self._objectives:
            shown = [a for a in self._all if a.objective.id == objective.id and self._accept(a)]
            shown.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)  # type: ignore[arg-type]
            if shown:
                groups.append(_Group(objective, shown, roll_up(shown)))
        self._groups = groups
        self.endResetModel()

    def visible_activities(self) -> list[ActivityState]:
        return [activity for group in self._groups for activity in group.activities]

    def rollup_of(self, objective_id: int) -> Rollup | None:
        return next((g.rollup for g in self._groups if g.objective.id == objective_id), None)

    def activity_index(self, activity_id: int) -> QModelIndex:
        for row, group in enumerate(self._groups):
            for child, activity in enumerate(group.activities):
                if activity.id == activity_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def activity(self, index: Index) -> ActivityState | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].activities[index.row()]

    def objective(self, index: Index) -> ObjectiveInfo | None:
        if not index.isValid():
            return None
        group = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._groups[group].objective

    # -- Qt's model interface ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid():
            if parent.internalId() != 0 or not 0 <= row < len(self._groups[parent.row()].activities):
                return QModelIndex()
            return self.createIndex(row, column, parent.row() + 1)
        if not 0 <= row < len(self._groups):
            return QModelIndex()
        return self.createIndex(row, column, 0)

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].activities)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.activity(index) is not None and index.column() in (Col.STATUS, Col.PROGRESS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        activity = self.activity(index)
        if activity is None:
            return self._objective_data(self._groups[index.row()], index.column(), role)
        return self._activity_data(activity, index.column(), role)

    def _objective_data(self, group: _Group, column: int, role: int) -> object:
        rollup = group.rollup
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                Col.TITLE: translate("PlanTab", "Objective {number}: {title}").format(
                    number=group.objective.number, title=group.objective.title
                ),
                Col.RESPONSIBLE: translate("PlanTab", "{count} activities").format(count=rollup.total),
                Col.PLANNED: texts.money(rollup.planned_cents),
                Col.SPENT: texts.money(rollup.actual_cents),
                Col.STATUS: texts.objective_status(rollup),
                Col.PROGRESS: f"{rollup.percent_completed} %",
                Col.EVIDENCE: str(sum(a.evidence_count for a in group.activities) or ""),
            }
            return values.get(column, "")
        if role == PROGRESS_ROLE and column == Col.PROGRESS:
            return rollup.percent_completed
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OBJECTIVE_FILL)
        if role == Qt.ItemDataRole.ForegroundRole and column == Col.STATUS and rollup.overdue:
            return QBrush(QColor(OVERDUE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.TITLE:
            return group.objective.title
        return self._alignment(column) if role == Qt.ItemDataRole.TextAlignmentRole else None

    def _activity_data(self, a: ActivityState, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._activity_text(a, column)
        if role == ACTIVITY_ROLE:
            return a
        if role == PROGRESS_ROLE and column == Col.PROGRESS:
            return a.progress
        if role == STATUS_ROLE:
            return a.status.value
        if role == Qt.ItemDataRole.BackgroundRole and column == Col.STATUS:
            return QBrush(QColor(STATUS_COLOURS[a.status]))
        if role == Qt.ItemDataRole.ForegroundRole and a.overdue and column in (Col.STATUS, Col.WHEN):
            return QBrush(QColor(OVERDUE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, column)
        return self._alignment(column) if role == Qt.ItemDataRole.TextAlignmentRole else None

    @staticmethod
    def _activity_text(a: ActivityState, column: int) -> str:
        if column == Col.TITLE:
            return a.title
        if column == Col.RESPONSIBLE:
            return "; ".join(a.responsible)
        if column == Col.WHEN:
            return texts.when(a)
        if column == Col.PLANNED:
            return texts.planned(a)
        if column == Col.SPENT:
            return texts.money(a.actual_cost_cents)
        if column == Col.STATUS:
            label = a.status.label()
            return label + " · " + translate("PlanTab", "overdue") if a.overdue else label
        if column == Col.PROGRESS:
            return f"{a.progress} %"
        if column == Col.EVIDENCE:
            return str(a.evidence_count) if a.evidence_count else ""
        if column == Col.UPDATED:
            return format_date(a.status_date)
        return a.comment if column == Col.COMMENT else ""

    @staticmethod
    def _tooltip(a: ActivityState, column: int) -> str | None:
        if column == Col.STATUS and a.overdue:
            return texts.overdue_note(a)
        if column == Col.EVIDENCE:
            return texts.evidence(a) or None
        if column == Col.TITLE:
            kind = ActivityKind(a.kind).label()
            return f"{a.title}\n{kind}" + (f"\n{a.note}" if a.note else "")
        text = PlanTreeModel._activity_text(a, column)
        return text or None

    @staticmethod
    def _alignment(column: int) -> object:
        if column in (Col.PLANNED, Col.SPENT, Col.EVIDENCE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        activity = self.activity(index)
        if activity is None or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == Col.STATUS:
            status = ActivityStatus(str(value))
            if status is activity.status:
                return False
            progress = 100 if status is ActivityStatus.COMPLETED else activity.progress
            self.status_edited.emit(activity.id, status.value, progress)
            return True
        if index.column() == Col.PROGRESS:
            progress = max(0, min(100, int(value)))  # type: ignore[call-overload]
            if progress == activity.progress:
                return False
            status = activity.status
            if progress == 100:
                status = ActivityStatus.COMPLETED
            elif status in (ActivityStatus.NOT_STARTED, ActivityStatus.COMPLETED):
                status = ActivityStatus.IN_PROGRESS
            self.status_edited.emit(activity.id, status.value, progress)
            return True
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._rebuild()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        self.layoutChanged.emit()
