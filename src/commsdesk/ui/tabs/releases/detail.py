"""The panel beside the archive list: the chosen release's facts, status history and distributions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QTabWidget, QVBoxLayout, QWidget

from commsdesk.domain.releases import DistributionStatus, local_time, release_language_name
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.services.releases import DistributionRow, ReleaseDetail, StatusChangeRow
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.table_view import make_table_view

HISTORY_COLUMNS = [
    ColumnSpec(lambda: translate("ReleaseDetail", "When"), lambda h: format_datetime(local_time(h.changed_at))),
    ColumnSpec(lambda: translate("ReleaseDetail", "From"), lambda h: h.from_status.label() if h.from_status else ""),
    ColumnSpec(lambda: translate("ReleaseDetail", "To"), lambda h: h.to_status.label()),
    ColumnSpec(lambda: translate("ReleaseDetail", "Who"), lambda h: h.changed_by),
    ColumnSpec(lambda: translate("ReleaseDetail", "Note"), lambda h: h.note),
]
DISTRIBUTION_COLUMNS = [
    ColumnSpec(lambda: translate("ReleaseDetail", "When"), lambda d: format_datetime(local_time(d.distributed_at))),
    ColumnSpec(lambda: translate("ReleaseDetail", "Channel"), lambda d: d.channel.label()),
    ColumnSpec(lambda: translate("ReleaseDetail", "Version"), lambda d: release_language_name(d.language)),
    ColumnSpec(lambda: translate("ReleaseDetail", "Status"), lambda d: d.status.label()),
    ColumnSpec(lambda: translate("ReleaseDetail", "Recipients"), lambda d: d.recipient_count or ""),
    ColumnSpec(lambda: translate("ReleaseDetail", "Note"), lambda d: d.details.get("note", "")),
]


def summary_html(release: ReleaseDetail) -> str:
    """The release's facts as a few lines of rich text (user text escaped)."""
    from html import escape

    lines = [
        f"<b>{escape(release.reference)}</b> · {escape(release.status.label())}",
        escape(", ".join(part for part in (release.place, format_date(release.release_date)) if part)),
    ]
    if release.approved_by:
        lines.append(
            escape(
                translate("ReleaseDetail", "Approved by {name} on {moment}").format(
                    name=release.approved_by, moment=format_datetime(local_time(release.approved_at))
                )
            )
        )
    if release.embargo_until:
        lines.append(
            escape(
                translate("ReleaseDetail", "Embargo until {moment}").format(
                    moment=format_datetime(release.embargo_until)
                )
            )
        )
    if release.tags:
        lines.append(escape(translate("ReleaseDetail", "Tags: {tags}").format(tags=", ".join(release.tags))))
    if release.event_title:
        lines.append(escape(translate("ReleaseDetail", "Event: {title}").format(title=release.event_title)))
    if release.activity_title:
        lines.append(
            escape(translate("ReleaseDetail", "Action-plan activity: {title}").format(title=release.activity_title))
        )
    versions = [
        f"{escape(release_language_name(code))}: {escape(version.state.label())}"
        for code, version in release.versions.items()
    ]
    lines.append(" · ".join(versions))
    lines.append(escape(translate("ReleaseDetail", "{count} attachments").format(count=len(release.attachments))))
    return "<br>".join(lines)


class DetailPanel(QWidget):
    """Shows one release; `status_requested(distribution_id, status)` when the user changes a channel's status."""

    status_requested = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history_model = RowsModel(HISTORY_COLUMNS, self)
        self.history = make_table_view()
        self.history.setModel(self.history_model)
        self.distributions_model = RowsModel(DISTRIBUTION_COLUMNS, self)
        self.distributions = make_table_view()
        self.distributions.setModel(self.distributions_model)
        self.distributions.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.distributions.customContextMenuRequested.connect(self._distribution_menu)
        for view, widths in ((self.history, (115, 95, 95, 120)), (self.distributions, (115, 90, 80, 110, 70))):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.distributions, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.show_release(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, translate("ReleaseDetail", "Status history"))
        self.tabs.setTabText(1, translate("ReleaseDetail", "Distribution"))
        self.history_model.retranslate()
        self.distributions_model.retranslate()

    def show_release(self, release: ReleaseDetail | None) -> None:
        if release is None:
            self.summary.setText(translate("ReleaseDetail", "Choose a release in the list."))
            self.history_model.set_rows([])
            self.distributions_model.set_rows([])
            return
        self.summary.setText(summary_html(release))
        self.history_model.set_rows(list(reversed(release.history)))
        self.distributions_model.set_rows(list(reversed(release.distributions)))

    def history_rows(self) -> list[StatusChangeRow]:
        return [self.history_model.row(i) for i in range(self.history_model.rowCount())]

    def _distribution_menu(self, position) -> None:
        index = self.distributions.indexAt(position)
        if not index.isValid():
            return
        distribution: DistributionRow = self.distributions_model.row(index.row())
        menu = QMenu(self)
        for code, label in DistributionStatus.labelled():
            action = menu.addAction(translate("ReleaseDetail", "Mark as “{status}”").format(status=label))
            action.setEnabled(code != distribution.status.value)
            action.triggered.connect(lambda _=False, c=code: self.status_requested.emit(distribution.id, c))
        menu.exec(self.distributions.viewport().mapToGlobal(position))
