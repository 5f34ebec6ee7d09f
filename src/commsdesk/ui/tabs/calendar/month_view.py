"""The month grid: six weeks from Monday, each day with its holiday and its events; today highlighted."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip

from commsdesk.domain.events import weekday_short_names
from commsdesk.i18n import format_date, translate
from commsdesk.services.calendar import Occurrence
from commsdesk.ui.tabs.calendar import painting
from commsdesk.ui.tabs.calendar.period_view import PeriodView

HEADER = 24
WEEKS = 6


def grid_start(anchor: date) -> date:
    """The Monday on or before the first of `anchor`'s month."""
    first = anchor.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthView(PeriodView):
    """Custom-painted month; click selects, double-click opens or creates, arrows move the selected day."""

    week_requested = Signal(object)  # date: "+3 more" was clicked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.anchor = date.today()
        self.selected_day = date.today()
        self.selected: Occurrence | None = None
        self.today = date.today()
        self._by_day: dict[date, list[Occurrence]] = {}
        self._holidays: dict[date, list[str]] = {}
        self._hits: list[tuple[QRectF, Occurrence]] = []
        self._more: list[tuple[QRectF, date]] = []

    # -- data ----------------------------------------------------------------------------------------------
    def visible_range(self, anchor: date) -> tuple[datetime, datetime]:
        first = grid_start(anchor)
        return datetime.combine(first, time(0)), datetime.combine(first + timedelta(days=7 * WEEKS), time(0))

    def set_data(
        self, anchor: date, occurrences: list[Occurrence], holidays: dict[date, list[str]], today: date
    ) -> None:
        self.anchor, self.today, self._holidays = anchor, today, holidays
        first = grid_start(anchor)
        last = first + timedelta(days=7 * WEEKS - 1)
        by_day: dict[date, list[Occurrence]] = defaultdict(list)
        one_day = timedelta(days=1)
        for occurrence in occurrences:
            day = occurrence.start.date()
            end = occurrence.end
            if end <= occurrence.start or (end.date() == day and not occurrence.all_day):
                by_day[day].append(occurrence)  # the common case: within one day
                continue
            last_day = min((end - timedelta(microseconds=1)).date(), last)
            day = max(day, first)
            while day <= last_day:
                by_day[day].append(occurrence)
                day += one_day
        for items in by_day.values():
            items.sort(key=lambda o: (not o.all_day, o.start, o.title))
        self._by_day = dict(by_day)
        if self.selected is not None and not any(
            painting.same_occurrence(self.selected, o) for o in self._by_day.get(self.selected_day, [])
        ):
            self.selected = None
        self.update()

    def occurrences_on(self, day: date) -> list[Occurrence]:
        return list(self._by_day.get(day, []))

    # -- geometry ------------------------------------------------------------------------------------------
    def _cell(self, index: int) -> QRectF:
        width = (self.width() - 1) / 7
        height = (self.height() - HEADER - 1) / WEEKS
        return QRectF(index % 7 * width, HEADER + index // 7 * height, width, height)

    def day_at(self, point: QPointF) -> date | None:
        if point.y() < HEADER:
            return None
        column = int(point.x() / max((self.width() - 1) / 7, 1))
        row = int((point.y() - HEADER) / max((self.height() - HEADER - 1) / WEEKS, 1))
        if not (0 <= column < 7 and 0 <= row < WEEKS):
            return None
        return grid_start(self.anchor) + timedelta(days=row * 7 + column)

    def occurrence_at(self, point: QPointF) -> Occurrence | None:
        return next((occurrence for rect, occurrence in self._hits if rect.contains(point)), None)

    # -- painting ------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        self._hits, self._more = [], []
        names = weekday_short_names()
        width = (self.width() - 1) / 7
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for column, name in enumerate(names):
            painter.drawText(QRectF(column * width, 0, width, HEADER), int(Qt.AlignmentFlag.AlignCenter), name)
        painter.setFont(self.font())
        first = grid_start(self.anchor)
        for index in range(7 * WEEKS):
            painter.save()  # a day's pen and brush (today's accent, a chip's colour) must not paint the next day
            self._paint_day(painter, first + timedelta(days=index), self._cell(index))
            painter.restore()
        painter.end()

    def _paint_day(self, painter: QPainter, day: date, cell: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height() + 4
        holidays = self._holidays.get(day, [])
        if day == self.today:
            painter.fillRect(cell, painting.TODAY_FILL)
        elif holidays:
            painter.fillRect(cell, painting.HOLIDAY_FILL)
        elif day.month != self.anchor.month:
            painter.fillRect(cell, painting.OTHER_MONTH_FILL)
        elif day.weekday() >= 5:
            painter.fillRect(cell, painting.WEEKEND_FILL)
        painter.setPen(QPen(painting.GRID, 1))
        painter.drawRect(cell)
        number = QRectF(cell.left() + 3, cell.top() + 2, metrics.horizontalAdvance("00") + 10, line)
        if day == self.today:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(painting.TODAY_ACCENT)
            painter.drawRoundedRect(number, line / 2, line / 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(Qt.GlobalColor.white)
        else:
            painter.setPen(painting.MUTED_TEXT if day.month != self.anchor.month else self.palette().text().color())
        label = str(day.day) if day.day != 1 else f"{day.day}.{day.month:02d}."
        if day.day == 1:
            number.setWidth(metrics.horizontalAdvance(label) + 10)
        painter.drawText(number, int(Qt.AlignmentFlag.AlignCenter), label)
        if holidays:
            painter.setPen(painting.HOLIDAY_TEXT)
            space = QRectF(number.right() + 4, number.top(), cell.right() - number.right() - 7, line)
            text = metrics.elidedText(" · ".join(holidays), Qt.TextElideMode.ElideRight, int(space.width()))
            painter.drawText(space, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        items = self._by_day.get(day, [])
        top = number.bottom() + 2
        room = int((cell.bottom() - top - 2) // line)
        shown = items if len(items) <= room else items[: max(room - 1, 0)]
        for occurrence in shown:
            rect = QRectF(cell.left() + 3, top, cell.width() - 6, line - 2)
            selected = painting.same_occurrence(occurrence, self.selected) and day == self.selected_day
            painting.draw_chip(painter, rect, occurrence, painting.chip_text(occurrence), selected)
            self._hits.append((rect, occurrence))
            top += line
        if len(shown) < len(items):
            rect = QRectF(cell.left() + 6, top, cell.width() - 9, line - 2)
            painter.setPen(painting.TODAY_ACCENT)
            text = translate("CalendarTab", "+{count} more").format(count=len(items) - len(shown))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
            self._more.append((rect, day))
        if day == self.selected_day and self.hasFocus():
            painter.setPen(QPen(painting.SELECTED, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell.adjusted(1, 1, -1, -1))

    # -- interaction ---------------------------------------------------------------------------------------
    def select_day(self, day: date) -> None:
        """Select `day`; outside the shown month the tab moves to its month (through `day_selected`)."""
        if day != self.selected_day:
            self.selected = None
        self.selected_day = day
        self.day_selected.emit(day)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        more = next((day for rect, day in self._more if rect.contains(point)), None)
        if more is not None:
            self.week_requested.emit(more)
            return
        day = self.day_at(point)
        if day is None:
            return
        self.selected = self.occurrence_at(point)
        self.selected_day = day
        self.day_selected.emit(day)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        occurrence = self.occurrence_at(event.position())
        if occurrence is not None:
            self.open_requested.emit(occurrence)
            return
        day = self.day_at(event.position())
        if day is not None:
            self.create_requested.emit(datetime.combine(day, time(9, 0)), False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = Qt.Key(event.key())
        if key in steps and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.select_day(self.selected_day + timedelta(days=steps[key]))
        elif self.shared_key(event, self._chosen(), self.selected_day):
            return
        elif key == Qt.Key.Key_Tab and self._by_day.get(self.selected_day):
            self._cycle_selection()
        else:
            super().keyPressEvent(event)

    def _chosen(self) -> Occurrence | None:
        """The selected event, or the day's only one."""
        items = self._by_day.get(self.selected_day, [])
        return self.selected if self.selected is not None else (items[0] if len(items) == 1 else None)

    def _cycle_selection(self) -> None:
        items = self._by_day[self.selected_day]
        index = next((i for i, o in enumerate(items) if painting.same_occurrence(o, self.selected)), -1)
        self.selected = items[(index + 1) % len(items)]
        self.update()

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self._by_day.get(self.selected_day):
            return False  # Tab walks through the selected day's events
        return super().focusNextPrevChild(forward)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            occurrence = self.occurrence_at(QPointF(event.pos()))
            day = self.day_at(QPointF(event.pos()))
            if occurrence is not None:
                QToolTip.showText(event.globalPos(), painting.tooltip(occurrence), self)
            elif day is not None and day in self._holidays:
                QToolTip.showText(event.globalPos(), f"{format_date(day)}: {', '.join(self._holidays[day])}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()
