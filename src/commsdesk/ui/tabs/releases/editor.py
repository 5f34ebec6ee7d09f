"""The release editor: the record (date, place, embargo, tags, links), two language versions side by side for
translating paragraph by paragraph, and the attachments."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
)

from commsdesk.domain.releases import EDITABLE_STATUSES, ReleaseStatus, VersionState, split_tags
from commsdesk.i18n import translate
from commsdesk.services.releases import ReleaseDetail, ReleaseInput, ReleasesService, VersionInput
from commsdesk.ui.messages import confirm
from commsdesk.ui.tabs.releases.attachments_panel import AttachmentsPanel
from commsdesk.ui.tabs.releases.version_pane import VersionPane
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from commsdesk.ui.widgets.statement_chooser import Offered


def _qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day)


class ReleaseEditor(GuardedDialog):
    def __init__(
        self, service: ReleasesService, release_id: int | None, parent=None, statements: Offered | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._statements = statements  # the approved statements to insert, when the enquiries register is there
        self.release_id = release_id
        self.release: ReleaseDetail | None = None
        self.languages = service.languages()
        self.versions: dict[str, VersionInput] = {}
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build()
        self._load()
        self.resize(1280, 820)

    # -- building --------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.dateChanged.connect(self._fill_links)
        self.place = QLineEdit()
        self.embargo_on = QCheckBox()
        self.embargo = QDateTimeEdit()
        self.embargo.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.embargo.setCalendarPopup(True)
        self.embargo_on.toggled.connect(self.embargo.setEnabled)
        self.tags = QLineEdit()
        self.event = QComboBox()
        self.activity = QComboBox()
        for combo in (self.event, self.activity):
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.labels = [QLabel() for _ in range(6)]
        grid = QGridLayout()
        embargo_row = QHBoxLayout()
        embargo_row.addWidget(self.embargo_on)
        embargo_row.addWidget(self.embargo, 1)
        cells = [(self.date, 0, 1), (self.place, 0, 3), (embargo_row, 0, 5), (self.tags, 1, 1), (self.event, 1, 3)]
        cells.append((self.activity, 1, 5))
        for label, (widget, row, column) in zip(self.labels, cells, strict=True):
            grid.addWidget(label, row, column - 1)
            if isinstance(widget, QHBoxLayout):
                grid.addLayout(widget, row, column)
            else:
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        self.left = VersionPane(self.languages, self._statements)
        self.right = VersionPane(self.languages, self._statements)
        for pane, other in ((self.left, self.right), (self.right, self.left)):
            pane.language_requested.connect(lambda code, p=pane, o=other: self._switch(p, o, code))
            pane.paragraph_changed.connect(other.body.highlight_paragraph)
        splitter = QSplitter()
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        self.attachments = AttachmentsPanel(self.service, self.languages)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.attachments, "")

        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self._preview)
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        texts = [
            translate("ReleaseEditor", "Date"),
            translate("ReleaseEditor", "Place"),
            translate("ReleaseEditor", "Embargo until"),
            translate("ReleaseEditor", "Tags"),
            translate("ReleaseEditor", "Event"),
            translate("ReleaseEditor", "Action-plan activity"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.tags.setPlaceholderText(translate("ReleaseEditor", "separated by commas"))
        self.tabs.setTabText(0, translate("ReleaseEditor", "Text"))
        self.tabs.setTabText(1, translate("ReleaseEditor", "Attachments"))
        self.preview_button.setText(translate("ReleaseEditor", "&Preview PDF…"))
        self.save_button.setText(translate("ReleaseEditor", "&Save"))
        self.close_button.setText(translate("ReleaseEditor", "&Close"))

    # -- loading ---------------------------------------------------------------------------------------------------
    def _load(self) -> None:
        if self.release_id is not None:
            self.release = self.service.detail(self.release_id)
        release = self.release
        today = QDate.currentDate()
        self.date.blockSignals(True)
        self.date.setDate(_qdate(release.release_date) if release else today)
        self.date.blockSignals(False)
        self.place.setText(release.place if release else self.service.profile().municipality.split("/")[0].strip())
        self.embargo_on.setChecked(bool(release and release.embargo_until))
        self.embargo.setEnabled(self.embargo_on.isChecked())
        moment = release.embargo_until if release and release.embargo_until else None
        self.embargo.setDateTime(
            QDateTime(_qdate(moment), QTime(moment.hour, moment.minute)) if moment else QDateTime(today, QTime(10, 0))
        )
        self.tags.setText(", ".join(release.tags) if release else "")
        self._fill_links()
        self.versions = {}
        codes = list(release.versions) if release else list(self.languages)
        for code in codes:
            version = release.versions[code] if release else None
            self.versions[code] = VersionInput(
                code,
                version.headline if version else "",
                version.body if version else "",
                version.subheadline if version else "",
                version.state if version else VersionState.MISSING,
            )
        self.left.load(self.versions[codes[0]])
        self.right.load(self.versions[codes[1] if len(codes) > 1 else codes[0]])
        self.attachments.set_release(self.release_id)
        self._show_heading()
        self.remember()

    def _fill_links(self) -> None:
        day = self.date.date().toPython()
        chosen_event = (
            self.event.currentData() if self.event.count() else (self.release.event_id if self.release else None)
        )
        chosen_activity = (
            self.activity.currentData()
            if self.activity.count()
            else (self.release.activity_id if self.release else None)
        )
        for combo, choices, chosen, title in (
            (
                self.event,
                self.service.event_choices(day),
                chosen_event,
                self.release.event_title if self.release else "",
            ),
            (
                self.activity,
                self.service.activity_choices(day.year),
                chosen_activity,
                self.release.activity_title if self.release else "",
            ),
        ):
            combo.clear()
            combo.addItem(translate("ReleaseEditor", "(none)"), None)
            for choice in choices:
                combo.addItem(choice.title, choice.id)
            if chosen is not None and combo.findData(chosen) < 0:
                combo.addItem(title or str(chosen), chosen)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def _show_heading(self) -> None:
        release = self.release
        if release is None:
            self.heading.setText(
                translate("ReleaseEditor", "New press release (the reference is given when it is saved)")
            )
            self.setWindowTitle(translate("ReleaseEditor", "New press release"))
        else:
            self.heading.setText(f"{release.reference} · {release.status.label()}")
            self.setWindowTitle(
                translate("ReleaseEditor", "Press release {reference}").format(reference=release.reference)
            )
        editable = release is None or release.status in EDITABLE_STATUSES
        for pane in (self.left, self.right):
            pane.set_read_only(not editable)
        for widget in (self.date, self.place, self.embargo_on, self.tags, self.event, self.activity):
            widget.setEnabled(editable)
        self.embargo.setEnabled(editable and self.embargo_on.isChecked())
        self.save_button.setEnabled(editable)

    # -- the two sides ---------------------------------------------------------------------------------------------
    def _switch(self, pane: VersionPane, other: VersionPane, code: str) -> None:
        """Show language `code` on `pane`; if the other side shows it, the two sides swap."""
        self.versions[pane.language] = pane.value()
        self.versions[other.language] = other.value()
        previous = pane.language
        if code not in self.versions:
            self.versions[code] = VersionInput(code, "", "", "", VersionState.MISSING)
        pane.load(self.versions[code])
        if other.language == code:
            other.load(self.versions[previous])

    def collect(self) -> ReleaseInput:
        """The release as entered."""
        for pane in (self.left, self.right):
            self.versions[pane.language] = pane.value()
        embargo = None
        if self.embargo_on.isChecked():
            embargo = self.embargo.dateTime().toPython().replace(second=0, microsecond=0)
        return ReleaseInput(
            release_date=self.date.date().toPython(),
            place=self.place.text(),
            versions=list(self.versions.values()),
            tags=split_tags(self.tags.text()),
            embargo_until=embargo,
            event_id=self.event.currentData(),
            activity_id=self.activity.currentData(),
        )

    # -- saving (Save keeps the editor open; closing with changes asks, see GuardedDialog) ---------------------------
    form_values = collect

    def commit(self) -> bool:
        data = self.collect()
        release = self.release
        if release is not None and release.status is not ReleaseStatus.DRAFT and self.has_changes():
            question = translate(
                "ReleaseEditor", "{reference} is “{status}”. Saving changes sends it back to draft. Save?"
            ).format(reference=release.reference, status=release.status.label())
            if not confirm(self, question, translate("ReleaseEditor", "Save")):
                return False
        self.release_id = self.service.save(data, self.release_id)
        self._load()
        return True

    def _preview(self) -> None:
        from commsdesk.ui.tabs.releases.pdf_preview import PdfPreviewDialog

        if (self.has_changes() or self.release_id is None) and not self.save():
            return
        PdfPreviewDialog(self.service, self.service.detail(self.release_id), self).exec()
