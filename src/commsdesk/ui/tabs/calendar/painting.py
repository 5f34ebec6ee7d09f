"""Colours and drawing shared by the month and week views: one colour per kind of event, event "chips"."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from commsdesk.domain.events import EventKind, EventStatus
from commsdesk.i18n import format_time, translate
from commsdesk.services.calendar import Occurrence

KIND_COLOURS = {
    EventKind.PRESS_CONFERENCE: "#1f77b4",
    EventKind.INTERVIEW: "#17becf",
    EventKind.PUBLIC_MEETING: "#d62728",
    EventKind.PUBLIC_HEARING: "#e377c2",
    EventKind.ASSEMBLY_SESSION: "#9467bd",
    EventKind.COMMITTEE_MEETING: "#8c6bb1",
    EventKind.BOARD_MEETING: "#7f7f7f",
    EventKind.MAYOR_MEETING: "#8c564b",
    EventKind.VILLAGE_COUNCILS: "#bcbd22",
    EventKind.CULTURAL: "#ff7f0e",
    EventKind.TENDER_OPENING: "#2ca02c",
    EventKind.OPEN_DAY: "#31a354",
    EventKind.ROUND_TABLE: "#3182bd",
    EventKind.TRAINING: "#636363",
    EventKind.CAMPAIGN: "#e6550d",
    EventKind.OTHER: "#969696",
}
TODAY_FILL = QColor("#e8f1fd")
TODAY_ACCENT = QColor("#1a73e8")
HOLIDAY_FILL = QColor("#fdecea")
HOLIDAY_TEXT = QColor("#b3261e")
WEEKEND_FILL = QColor("#f7f7f7")
OTHER_MONTH_FILL = QColor("#fafafa")
GRID = QColor("#d0d5dc")
SELECTED = QColor("#1a73e8")
MUTED_TEXT = QColor("#8a8f96")
TEXT = QColor("#202124")


def kind_colour(kind: EventKind) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#969696"))


def chip_text(occurrence: Occurrence, with_time: bool = True) -> str:
    """ "09:00 Title" (or just the title for an all-day event), with the status when it is not going ahead."""
    text = occurrence.title
    if occurrence.status in (EventStatus.CANCELLED, EventStatus.POSTPONED):
        text = f"{text} ({occurrence.status.label()})"
    if with_time and not occurrence.all_day:
        text = f"{format_time(occurrence.start)} {text}"
    return text


def tooltip(occurrence: Occurrence) -> str:
    """The occurrence in a few lines, for hovering."""
    if occurrence.all_day:
        when = translate("CalendarTab", "All day")
    else:
        when = f"{format_time(occurrence.start)}–{format_time(occurrence.end)}"
    lines = [occurrence.title, f"{when} · {occurrence.kind.label()} · {occurrence.status.label()}"]
    if occurrence.location:
        lines.append(occurrence.location)
    if occurrence.organiser:
        lines.append(occurrence.organiser)
    if occurrence.recurring:
        lines.append(translate("CalendarTab", "Repeating event"))
    return "\n".join(lines)


_FILLS: dict[tuple[EventKind, int], QColor] = {}


def _fill(kind: EventKind, alpha: int) -> QColor:
    """The kind's colour with `alpha`, made once (a busy month paints thousands of chips)."""
    colour = _FILLS.get((kind, alpha))
    if colour is None:
        colour = kind_colour(kind)
        colour.setAlpha(alpha)
        _FILLS[(kind, alpha)] = colour
    return colour


def draw_chip(painter: QPainter, rect: QRectF, occurrence: Occurrence, text: str, selected: bool) -> None:
    """An event as a small coloured bar: filled for all-day events, a coloured edge for timed ones."""
    muted = occurrence.status in (EventStatus.CANCELLED, EventStatus.POSTPONED)
    painter.fillRect(rect, _fill(occurrence.kind, 70 if muted else (235 if occurrence.all_day else 40)))
    if not occurrence.all_day:
        painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), _fill(occurrence.kind, 255))
    if selected:
        painter.setPen(QPen(SELECTED, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
    if not text:
        return
    if muted:
        painter.setPen(MUTED_TEXT)
    elif occurrence.all_day:
        painter.setPen(Qt.GlobalColor.white)
    else:
        painter.setPen(TEXT)
    struck = occurrence.status is EventStatus.CANCELLED
    if struck:
        font = QFont(painter.font())
        font.setStrikeOut(True)
        painter.setFont(font)
    inner = rect.adjusted(6, 0, -3, 0)
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)
    if struck:
        font.setStrikeOut(False)
        painter.setFont(font)


def same_occurrence(a: Occurrence | None, b: Occurrence | None) -> bool:
    return a is not None and b is not None and (a.event_id, a.original_start) == (b.event_id, b.original_start)
