"""The building blocks of a form's sections: a scrolling page around a form layout, a row of fields, a hint."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


def form_page(form: QFormLayout) -> QWidget:
    """`form` on a page that scrolls when the window is small; text fields grow with it, choices do not."""
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.addLayout(form)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll


def form_row(*widgets: QWidget, stretch_last: bool = True) -> QHBoxLayout:
    """Several fields on one line of a form; the last one takes the room left unless told otherwise."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    if stretch_last:
        row.setStretch(len(widgets) - 1, 1)
    return row


def hint_label(text: str) -> QLabel:
    """A line of explanation in the placeholder's grey, wrapped."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setStyleSheet("color: palette(placeholder-text)")
    return label
