"""The library of approved statements ("lines to take"): the list by topic with each one's validity and approver,
expired ones greyed and marked; search; add, edit and delete; and the form of one statement."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.enquiries import ANSWER_LANGUAGES
from commsdesk.i18n import format_date, language_name, translate
from commsdesk.services.enquiries import EnquiriesService, StatementInput, StatementRow
from commsdesk.ui.messages import confirm, guarded
from commsdesk.ui.tabs.contacts.fields import OptionalDate
from commsdesk.ui.widgets.form_pages import form_row
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog
from commsdesk.ui.widgets.rows_model import ColumnSpec, RowsModel
from commsdesk.ui.widgets.statement_chooser import validity_text
from commsdesk.ui.widgets.table_view import make_table_view

EXPIRED = QColor("#8a8a8a")


class StatementsModel(RowsModel):
    """The statements, expired ones in grey."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.row(index.row()).expired:
            return EXPIRED
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            row = self.row(index.row())
            return "\n\n".join(f"{language_name(code)}: {text}" for code, text in row.data.texts.items())
        return super().data(index, role)


def _languages(row: StatementRow) -> str:
    return ", ".join(language_name(code) for code in ANSWER_LANGUAGES if row.data.texts.get(code))


class StatementForm(GuardedDialog):
    """New or edit one statement; Save stores it through the service (whose checks name the field to fix)."""

    def __init__(self, service: EnquiriesService, row: StatementRow | None = None, parent=None) -> None:
        super().__init__(parent, lambda data: service.save_statement(data, row.id if row else None))
        self.setWindowTitle(
            translate("Statements", "Edit statement") if row else translate("Statements", "New statement")
        )
        data = row.data if row else StatementInput(topic="", texts={})
        self.topic = QLineEdit(data.topic)
        self.topic.setPlaceholderText(translate("Statements", "what the statement answers, e.g. the new bus station"))
        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(translate("Statements", "Topic"), self.topic)
        for code in ANSWER_LANGUAGES:
            box = QPlainTextEdit(data.texts.get(code, ""))
            box.setTabChangesFocus(True)
            box.setMinimumHeight(90)
            self.texts[code] = box
            form.addRow(language_name(code), box)
        self.approved_by = QLineEdit(data.approved_by)
        self.approved_by.setPlaceholderText(translate("Statements", "the mayor, a director, the cabinet…"))
        self.approved_on = OptionalDate(translate("Statements", "on"))
        self.approved_on.set_value(data.approved_on)
        form.addRow(
            translate("Statements", "Approved by"), form_row(self.approved_by, self.approved_on, stretch_last=False)
        )
        self.valid_from = OptionalDate(translate("Statements", "from"))
        self.valid_from.set_value(data.valid_from)
        self.valid_until = OptionalDate(translate("Statements", "until"))
        self.valid_until.set_value(data.valid_until)
        form.addRow(translate("Statements", "Valid"), form_row(self.valid_from, self.valid_until))
        hint = QLabel(
            translate(
                "Statements",
                "Only statements valid today are offered for an answer; an expired one stays here, marked.",
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("Statements", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("Statements", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 600)
        self.topic.setFocus()

    def entered(self) -> StatementInput:
        return StatementInput(
            topic=self.topic.text().strip(),
            texts={code: box.toPlainText().strip() for code, box in self.texts.items() if box.toPlainText().strip()},
            approved_by=self.approved_by.text().strip(),
            approved_on=self.approved_on.value(),
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
        )

    def field_widget(self, field: str) -> QWidget | None:
        if field == "texts":
            return self.texts[ANSWER_LANGUAGES[0]]
        widget = getattr(self, field, None)
        if isinstance(widget, OptionalDate):
            return widget.edit if widget.enabled.isChecked() else widget.enabled
        return super().field_widget(field)


class StatementsDialog(QDialog):
    """The library: search, and add, edit or delete a statement."""

    def __init__(self, service: EnquiriesService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(translate("Statements", "Approved statements"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("Statements", "Search topic, text, approver…"))
        self.model = StatementsModel(
            (
                ColumnSpec(lambda: translate("Statements", "Topic"), lambda row: row.topic),
                ColumnSpec(lambda: translate("Statements", "Valid"), validity_text),
                ColumnSpec(lambda: translate("Statements", "Approved by"), lambda row: row.data.approved_by),
                ColumnSpec(
                    lambda: translate("Statements", "Approved on"), lambda row: format_date(row.data.approved_on)
                ),
                ColumnSpec(lambda: translate("Statements", "Languages"), _languages),
            ),
            self,
        )
        self.table = make_table_view()
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.setModel(self.model)
        for column, width in enumerate((280, 190, 170, 100)):
            self.table.setColumnWidth(column, width)
        self.count = QLabel()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, handler in (
            ("add", translate("Statements", "&Add…"), self.add),
            ("edit", translate("Statements", "&Edit…"), self.edit),
            ("delete", translate("Statements", "&Delete…"), self.delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, h=handler: h())
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        close = QDialogButtonBox()
        close.addButton(translate("Statements", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(lambda: self.reload())
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete, context=Qt.ShortcutContext.WidgetShortcut)
        self.reload()
        self.resize(940, 560)

    def reload(self, select_id: int | None = None) -> None:
        chosen = self.chosen()
        keep = select_id if select_id is not None else (chosen.id if chosen else None)
        self.model.set_rows(self.service.statements(self.search.text()))
        rows = self.rows()
        position = next((n for n, row in enumerate(rows) if row.id == keep), 0 if rows else None)
        if position is not None:
            self.table.selectRow(position)
        expired = sum(row.expired for row in rows)
        text = translate("Statements", "{count} statements, {expired} expired").format(count=len(rows), expired=expired)
        self.count.setText(text)
        self._update_buttons()

    def rows(self) -> list[StatementRow]:
        return [self.model.row(row) for row in range(self.model.rowCount())]

    def chosen(self) -> StatementRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def _update_buttons(self) -> None:
        for key in ("edit", "delete"):
            self.buttons[key].setEnabled(self.chosen() is not None)

    def _form(self, row: StatementRow | None) -> None:
        form = StatementForm(self.service, row, self)
        saved = form.exec()
        statement_id = form.saved
        form.deleteLater()
        if saved:
            self.reload(statement_id if isinstance(statement_id, int) else None)

    def add(self) -> None:
        self._form(None)

    def edit(self) -> None:
        row = self.chosen()
        if row is not None:
            self._form(row)

    def delete(self) -> None:
        row = self.chosen()
        if row is None:
            return
        question = translate("Statements", "Delete the statement on “{topic}”? Answers that used it keep their text.")
        if confirm(self, question.format(topic=row.topic), translate("Statements", "Delete")):
            guarded(self, self.service.delete_statement, row.id)
            self.reload()
