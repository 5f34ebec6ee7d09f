"""The dialog that adds or edits an activity of the plan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commsdesk.domain.plan import ActivityKind, frequency_from_text, parse_cost
from commsdesk.domain.timeframe import parse_timeframe
from commsdesk.errors import ValidationError
from commsdesk.i18n import format_date, translate
from commsdesk.services.plan import ActivityInput, ObjectiveInfo
from commsdesk.ui.tabs.plan import texts
from commsdesk.ui.widgets.guarded_dialog import GuardedDialog


class ActivityDialog(GuardedDialog):
    """`store(activity)` adds or changes the activity; the dialog closes once it has."""

    def __init__(
        self,
        objectives: list[ObjectiveInfo],
        responsible: list[str],
        current: ActivityInput | None,
        store: Callable[[ActivityInput], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, store)
        self.setWindowTitle(
            translate("ActivityDialog", "Edit activity") if current else translate("ActivityDialog", "New activity")
        )
        self.resize(640, 460)
        self.objective = QSpinBox()
        self.objective.setRange(1, 99)
        self.objective_title = QLineEdit()
        self._titles = {o.number: o.title for o in objectives}
        self.objective.valueChanged.connect(self._objective_changed)
        self.kind = QComboBox()
        for code, label in ActivityKind.labelled():
            self.kind.addItem(label, code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.title = QPlainTextEdit()
        self.title.setTabChangesFocus(True)
        self.title.setMaximumHeight(70)
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(translate("ActivityDialog", "separated by ; e.g. ZIMP; Zyra IT"))
        completer = QCompleter(responsible, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.responsible.setCompleter(completer)
        self.timeframe = QLineEdit()
        self.timeframe.setPlaceholderText(translate("ActivityDialog", "e.g. 2024, nëntor 2024, mars–qershor 2024"))
        self.timeframe_hint = QLabel()
        self.timeframe.textChanged.connect(self._timeframe_changed)
        self.frequency = QLineEdit()
        self.frequency.setPlaceholderText(translate("ActivityDialog", "e.g. Në baza javore, Dy herë në vit"))
        self.frequency_hint = QLabel()
        self.frequency.textChanged.connect(self._frequency_changed)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(translate("ActivityDialog", "0 = no additional cost"))
        self.note = QLineEdit()

        form = QFormLayout()
        form.addRow(translate("ActivityDialog", "Objective number:"), self.objective)
        form.addRow(translate("ActivityDialog", "Objective title:"), self.objective_title)
        form.addRow(translate("ActivityDialog", "Kind:"), self.kind)
        form.addRow(translate("ActivityDialog", "Activity:"), self.title)
        form.addRow(translate("ActivityDialog", "Responsible:"), self.responsible)
        form.addRow(translate("ActivityDialog", "Timeframe:"), self.timeframe)
        form.addRow("", self.timeframe_hint)
        form.addRow(translate("ActivityDialog", "Frequency:"), self.frequency)
        form.addRow("", self.frequency_hint)
        form.addRow(translate("ActivityDialog", "Planned cost (€):"), self.cost)
        form.addRow(translate("ActivityDialog", "Note:"), self.note)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("ActivityDialog", "Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("ActivityDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        if current is not None:
            self.objective.setValue(current.objective_number)
            self.objective_title.setText(current.objective_title)
            self.kind.setCurrentIndex(self.kind.findData(current.kind.value))
            self.title.setPlainText(current.title)
            self.responsible.setText("; ".join(current.responsible))
            self.timeframe.setText(current.timeframe)
            self.frequency.setText(current.frequency_text)
            self.cost.setText(texts.plain_amount(current.planned_cost_cents))
            self.note.setText(current.note)
        else:
            self._objective_changed(self.objective.value())
        self._kind_changed()
        self._timeframe_changed()
        self._frequency_changed()

    def _objective_changed(self, number: int) -> None:
        """An existing objective shows its title; a new number needs one."""
        known = number in self._titles
        if known or self.objective_title.isReadOnly():
            self.objective_title.setText(self._titles.get(number, ""))
        self.objective_title.setReadOnly(known)

    def _kind_changed(self) -> None:
        specific = self.kind.currentData() == ActivityKind.SPECIFIC.value
        for widget in (self.timeframe, self.cost):
            widget.setEnabled(specific)
        self.frequency.setEnabled(not specific)

    def _timeframe_changed(self) -> None:
        text = self.timeframe.text().strip()
        period = parse_timeframe(text) if text else None
        if period:
            hint = translate("ActivityDialog", "from {start} to {end}").format(
                start=format_date(period[0]), end=format_date(period[1])
            )
        elif text:
            hint = translate("ActivityDialog", "not understood: the activity counts for the whole year")
        else:
            hint = translate("ActivityDialog", "empty: the whole year")
        self.timeframe_hint.setText(hint)

    def _frequency_changed(self) -> None:
        text = self.frequency.text().strip()
        self.frequency_hint.setText(frequency_from_text(text).label() if text else "")

    def form_values(self) -> tuple:
        edits = (self.objective_title, self.responsible, self.timeframe, self.frequency, self.cost, self.note)
        return self.objective.value(), self.kind.currentData(), self.title.toPlainText(), *(e.text() for e in edits)

    def entered(self) -> ActivityInput:
        kind = ActivityKind(self.kind.currentData())
        title = " ".join(self.title.toPlainText().split())
        if not title:
            raise ValidationError(translate("ActivityDialog", "Write what the activity is."), "title")
        if kind is ActivityKind.RECURRING and not self.frequency.text().strip():
            raise ValidationError(translate("ActivityDialog", "A recurring activity needs a frequency."), "frequency")
        cost_text = self.cost.text().strip() if kind is ActivityKind.SPECIFIC else ""
        try:
            cost = parse_cost(cost_text)
        except ValueError:
            raise ValidationError(
                translate("ActivityDialog", 'The amount "{amount}" is not a number of euros.').format(amount=cost_text),
                "cost",
            ) from None
        return ActivityInput(
            objective_number=self.objective.value(),
            objective_title=self.objective_title.text().strip(),
            kind=kind,
            title=title,
            responsible=tuple(n.strip() for n in self.responsible.text().split(";") if n.strip()),
            timeframe=self.timeframe.text().strip() if kind is ActivityKind.SPECIFIC else "",
            frequency_text=self.frequency.text().strip() if kind is ActivityKind.RECURRING else "",
            planned_cost_cents=cost,
            note=self.note.text().strip(),
        )
