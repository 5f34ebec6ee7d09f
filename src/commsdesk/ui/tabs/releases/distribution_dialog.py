"""Distributing a release: recipients split by preferred language, e-mail drafts or Bcc lists per language, and
the record of what went out through which channel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.contacts import distinct_addresses
from commsdesk.domain.releases import Channel, DistributionStatus, release_language_name
from commsdesk.errors import ValidationError
from commsdesk.i18n import translate
from commsdesk.services.releases import DistributionInput, Recipient, ReleasesService, file_stem
from commsdesk.ui import file_dialogs
from commsdesk.ui.messages import guarded, show_error, show_info
from commsdesk.ui.tabs.releases import system
from commsdesk.ui.tabs.releases.distribution_parts import ChannelsBox, Chooser, RecipientsModel
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from commsdesk.ui.widgets.table_view import make_table_view


class DistributionDialog(GuardedDialog):
    """Saving records the distribution; closing after drafts were made or channels ticked asks first."""

    def __init__(self, service: ReleasesService, release_id: int, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.release = service.detail(release_id)
        self.languages = self.release.present_languages()
        self.recipients: list[Recipient] = []
        self.prepared: set[str] = set()  # languages whose draft was opened, saved or copied
        self.setWindowTitle(
            translate("ReleaseDistribution", "Distribute {reference} – {headline}").format(
                reference=self.release.reference, headline=self.release.headline("")
            )
        )
        self.chooser = Chooser(service)
        self.chooser.changed.connect(self.update_recipients)
        self.model = RecipientsModel(self)
        self.table = make_table_view()
        self.table.setModel(self.model)
        for column, width in enumerate((170, 170, 220, 80)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.skip_already = QCheckBox(
            translate("ReleaseDistribution", "Leave out whoever already received this release")
        )
        self.skip_already.setChecked(True)
        self.skip_already.toggled.connect(lambda _: self._show_summary())
        self.attachment_model = QStandardItemModel(self)
        for attachment in self.release.attachments:
            item = QStandardItem(attachment.original_name)
            item.setData(attachment.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.attachment_model.appendRow(item)
        attachments = QListView()
        attachments.setModel(self.attachment_model)
        attachments.setMaximumHeight(70)
        self.channels = ChannelsBox(self.languages)
        self.language_buttons = QGridLayout()
        self.language_labels: dict[str, QLabel] = {}
        for row, code in enumerate(self.languages):
            label = QLabel()
            self.language_labels[code] = label
            self.language_buttons.addWidget(label, row, 0)
            for column, (text, handler) in enumerate(
                (
                    (translate("ReleaseDistribution", "Open e-mail draft"), self.open_draft),
                    (translate("ReleaseDistribution", "Copy Bcc list"), self.copy_bcc),
                    (translate("ReleaseDistribution", "Save .eml…"), self.save_draft),
                ),
                start=1,
            ):
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, c=code, h=handler: h(c))
                self.language_buttons.addWidget(button, row, column)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(translate("ReleaseDistribution", "Recipients by the version they get")))
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.skip_already)
        right_layout.addWidget(QLabel(translate("ReleaseDistribution", "Attach to the e-mails (the PDF always is)")))
        right_layout.addWidget(attachments)
        right_layout.addLayout(self.language_buttons)
        right_layout.addWidget(self.channels)
        splitter = QSplitter()
        splitter.addWidget(self.chooser)
        splitter.addWidget(right)
        splitter.setSizes([330, 900])
        record = QPushButton(translate("ReleaseDistribution", "&Record distribution"))
        record.clicked.connect(self.accept)
        close = QPushButton(translate("ReleaseDistribution", "&Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(record)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1280, 860)
        self.update_recipients()

    # -- recipients ------------------------------------------------------------------------------------------------
    def update_recipients(self) -> None:
        self.recipients = self.service.recipients(self.release.id, self.chooser.group_ids(), self.chooser.contact_ids())
        self.model.set_rows(self.recipients)
        self._show_summary()

    def bcc(self, language: str) -> list[Recipient]:
        """Who gets the `language` version: included, and (unless asked otherwise) not already served."""
        skip = self.skip_already.isChecked()
        return [
            r
            for r in self.recipients
            if r.included and r.language == language and not (skip and r.already_sent_on is not None)
        ]

    def addresses(self, language: str) -> list[str]:
        """The addresses the `language` version goes to: each once, though two contacts may share one."""
        return distinct_addresses(r.email for r in self.bcc(language))

    def _show_summary(self) -> None:
        parts = [
            translate("ReleaseDistribution", "{language}: {count}").format(
                language=release_language_name(code), count=len(self.addresses(code))
            )
            for code in self.languages
        ]
        excluded = sum(1 for r in self.recipients if not r.included)
        already = sum(1 for r in self.recipients if r.included and r.already_sent_on is not None)
        parts.append(translate("ReleaseDistribution", "excluded: {count}").format(count=excluded))
        parts.append(translate("ReleaseDistribution", "already received it: {count}").format(count=already))
        self.summary.setText(" · ".join(parts))
        for code, label in self.language_labels.items():
            label.setText(
                translate("ReleaseDistribution", "{language} ({count} recipients)").format(
                    language=release_language_name(code), count=len(self.addresses(code))
                )
            )

    def attachment_ids(self) -> list[int]:
        return [
            self.attachment_model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.attachment_model.rowCount())
            if self.attachment_model.item(row).checkState() == Qt.CheckState.Checked
        ]

    # -- drafts ----------------------------------------------------------------------------------------------------
    def _addresses(self, language: str) -> list[str] | None:
        addresses = self.addresses(language)
        if not addresses:
            show_error(
                self,
                translate("ReleaseDistribution", "No recipient gets the {language} version.").format(
                    language=release_language_name(language)
                ),
            )
            return None
        return addresses

    def write_draft(self, language: str, path: Path) -> Path | None:
        addresses = self._addresses(language)
        if addresses is None:
            return None
        written = guarded(
            self, self.service.write_email_draft, self.release.id, language, path, addresses, self.attachment_ids()
        )
        if written is not None:
            self._prepared(language)
        return written

    def open_draft(self, language: str) -> None:
        path = system.drafts_folder() / f"{file_stem(self.release.reference)}-{language}.eml"
        written = self.write_draft(language, path)
        if written is not None and not system.open_path(written):
            show_error(
                self, translate("ReleaseDistribution", "No mail program is set up to open {path}.").format(path=written)
            )

    def save_draft(self, language: str, path: str | None = None) -> None:
        if path is None:
            name = f"{file_stem(self.release.reference)}-{language}.eml"
            path, _ = file_dialogs.get_save_file_name(
                self,
                translate("ReleaseDistribution", "Save e-mail draft"),
                name,
                translate("ReleaseDistribution", "E-mail drafts (*.eml)"),
            )
        if path:
            self.write_draft(language, Path(path))

    def copy_bcc(self, language: str) -> None:
        addresses = self._addresses(language)
        if addresses is not None:
            QGuiApplication.clipboard().setText("; ".join(addresses))
            self._prepared(language)

    def _prepared(self, language: str) -> None:
        self.prepared.add(language)
        self.channels.used[Channel.EMAIL].setChecked(True)
        self.channels.versions[Channel.EMAIL][language].setChecked(True)

    # -- recording -------------------------------------------------------------------------------------------------
    def entries(self) -> list[DistributionInput]:
        entries = []
        channels = self.channels
        for channel in Channel:
            if not channels.used[channel].isChecked():
                continue
            status = DistributionStatus(channels.status[channel].currentData())
            note = channels.note[channel].text().strip()
            details = {"note": note} if note else {}
            if channel is Channel.EMAIL:
                rows = range(self.attachment_model.rowCount())
                chosen = [self.attachment_model.item(r).text() for r in rows if self._checked(r)]
                for code in self.languages:
                    recipients = [(r.contact_id, r.email) for r in self.bcc(code)]
                    if recipients:
                        entries.append(
                            DistributionInput(code, channel, status, recipients, {**details, "attachments": chosen})
                        )
            else:
                entries += [
                    DistributionInput(code, channel, status, [], details) for code in channels.chosen_languages(channel)
                ]
        return entries

    def _checked(self, row: int) -> bool:
        return self.attachment_model.item(row).checkState() == Qt.CheckState.Checked

    def form_values(self) -> tuple:
        return self.entries(), sorted(self.prepared)

    def commit(self) -> bool:
        entries = self.entries()
        if not entries:
            raise ValidationError(
                translate("ReleaseDistribution", "Tick at least one channel (with its versions) to record.")
            )
        self.service.record_distribution(self.release.id, entries)
        show_info(
            self,
            translate("ReleaseDistribution", "The distribution is recorded ({count} entries).").format(
                count=len(entries)
            ),
        )
        return True
