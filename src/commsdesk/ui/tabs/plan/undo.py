"""Undo of the tab's changes: each change leaves a description and the call that takes it back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

LIMIT = 50


@dataclass(frozen=True)
class _Step:
    text: str
    undo: Callable[[], object]


class UndoStack(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[_Step] = []

    def push(self, text: str, undo: Callable[[], object]) -> None:
        self._steps = [*self._steps[-(LIMIT - 1) :], _Step(text, undo)]
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._steps)

    def text(self) -> str:
        """What the next undo takes back."""
        return self._steps[-1].text if self._steps else ""

    def undo(self) -> str:
        """Take back the last change (its call may raise a UserError; the step is dropped either way)."""
        step = self._steps.pop()
        self.changed.emit()
        step.undo()
        return step.text

    def clear(self) -> None:
        self._steps.clear()
        self.changed.emit()
