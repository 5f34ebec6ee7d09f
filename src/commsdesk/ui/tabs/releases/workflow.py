"""Moving a release along its workflow from the tab: which steps are offered, and what each asks first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout

from commsdesk.domain.releases import ReleaseStatus, allowed_transitions
from commsdesk.i18n import translate
from commsdesk.services.releases import ReleaseDetail, ReleasesService
from commsdesk.ui.messages import guarded
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog


def step_name(target: ReleaseStatus) -> str:
    """The menu entry that moves a release to `target`."""
    return {
        ReleaseStatus.FOR_APPROVAL: translate("ReleaseWorkflow", "Send for &approval"),
        ReleaseStatus.APPROVED: translate("ReleaseWorkflow", "A&pprove…"),
        ReleaseStatus.DRAFT: translate("ReleaseWorkflow", "&Return to draft…"),
        ReleaseStatus.DISTRIBUTED: translate("ReleaseWorkflow", "Mark as &distributed"),
        ReleaseStatus.ARCHIVED: translate("ReleaseWorkflow", "Ar&chive"),
        ReleaseStatus.WITHDRAWN: translate("ReleaseWorkflow", "&Withdraw…"),
    }[target]


class StatusDialog(GuardedDialog):
    """Asks who approves (for an approval) and a note before a status change; `store((who, note))` makes it."""

    def __init__(
        self, release: ReleaseDetail, target: ReleaseStatus, store: Callable[[tuple[str, str]], object], parent=None
    ) -> None:
        super().__init__(parent, store)
        self.target = target
        self.setWindowTitle(
            translate("ReleaseWorkflow", "{reference}: {status}").format(
                reference=release.reference, status=target.label()
            )
        )
        self.who = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        form = QFormLayout()
        if target is ReleaseStatus.APPROVED:
            form.addRow(translate("ReleaseWorkflow", "Approved by"), self.who)
        else:
            self.who.hide()
        label = (
            translate("ReleaseWorkflow", "Reason")
            if target is ReleaseStatus.WITHDRAWN
            else translate("ReleaseWorkflow", "Note")
        )
        form.addRow(label, self.note)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(step_name(target).replace("…", ""), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("ReleaseWorkflow", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def entered(self) -> tuple[str, str]:
        return self.who.text().strip(), self.note.toPlainText().strip()


def offered_steps(release: ReleaseDetail) -> list[ReleaseStatus]:
    return list(allowed_transitions(release.status))


def move(parent, service: ReleasesService, release: ReleaseDetail, target: ReleaseStatus) -> bool:
    """Ask what the step needs, then change the status; False when cancelled or refused (with a message)."""
    if target not in (ReleaseStatus.APPROVED, ReleaseStatus.WITHDRAWN, ReleaseStatus.DRAFT):
        return guarded(parent, service.change_status, release.id, target) is not None

    def change(entered: tuple[str, str]) -> object:
        return service.change_status(release.id, target, *entered)

    return bool(StatusDialog(release, target, change, parent).exec())
