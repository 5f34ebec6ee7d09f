"""The week: Monday to Sunday as columns, the hours as rows, all-day events and holidays on top."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from commsdesk.domain.events import week_start, weekday_short_names
from commsdesk.i18n import translate
from commsdesk.services.calendar import Occurrence
from commsdesk.ui.tabs.calendar import painting
from commsdesk.ui.tabs.calendar.period_view import PeriodView
from commsdesk.ui.tabs.calendar.week_layout import day_layout

GUTTER = 52
HOUR = 44
ALL_DAY_ROWS = 3
FIRST_VISIBLE_HOUR = 7
_WRAPPED = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class _Days(QWidget):
    """What the header and the hour grid share: the week's data, selection and column geometry."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view
        self.right_margin = 0
        self.hits: list[tuple[QRectF, Occurrence]] = []

    def column_width(self) -> float:
        return (self.width() - GUTTER - self.right_margin) / 7

    def column_x(self, index: int) -> float:
        return GUTTER + index * self.column_width()

    def day_at_x(self, x: float) -> date | None:
        if x < GUTTER or x >= self.width() - self.right_margin:
            return None
        return self.view.monday + timedelta(days=min(int((x - GUTTER) / max(self.column_width(), 1)), 6))

    def occurrence_at(self, point: QPointF) -> Occurrence | None:
        return next((occurrence for rect, occurrence in reversed(self.hits) if rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        day = self.day_at_x(event.position().x())
        if day is not None:
            self.view.select(day, self.occurrence_at(event.position()))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            occurrence = self.occurrence_at(QPointF(event.pos()))
            if occurrence is not None:
                QToolTip.showText(event.globalPos(), painting.tooltip(occurrence), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class WeekHeader(_Days):
    """Day names and dates, public holidays, and the all-day events of the week."""

    def line(self) -> int:
        return self.fontMetrics().height() + 4

    def all_day_rows(self) -> int:
        """Rows for all-day events: as many as the busiest day needs (one at least, `ALL_DAY_ROWS` at most)."""
        view = self.view
        busiest = max((len(view.all_day_on(view.monday + timedelta(days=n))) for n in range(7)), default=0)
        return max(1, min(busiest, ALL_DAY_ROWS))

    def sizeHint(self):
        size = super().sizeHint()
        size.setHeight(self.line() * (2 + self.all_day_rows()) + 8)
        return size

    def minimumSizeHint(self):
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        self.hits = []
        line, width, view = self.line(), self.column_width(), self.view
        names = weekday_short_names()
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(7):
            day = view.monday + timedelta(days=index)
            column = QRectF(self.column_x(index), 0, width, self.height())
            holidays = view.holidays.get(day, [])
            if day == view.today:
                painter.fillRect(column, painting.TODAY_FILL)
            elif holidays:
                painter.fillRect(column, painting.HOLIDAY_FILL)
            elif day.weekday() >= 5:
                painter.fillRect(column, painting.WEEKEND_FILL)
            painter.setPen(QPen(painting.GRID, 1))
            painter.drawLine(column.topLeft(), column.bottomLeft())
            painter.setFont(bold)
            painter.setPen(painting.TODAY_ACCENT if day == view.today else self.palette().text().color())
            title = QRectF(column.left(), 2, width, line)
            painter.drawText(title, int(Qt.AlignmentFlag.AlignCenter), f"{names[index]} {day:%d.%m.}")
            painter.setFont(self.font())
            if holidays:
                painter.setPen(painting.HOLIDAY_TEXT)
                text = self.fontMetrics().elidedText(" · ".join(holidays), Qt.TextElideMode.ElideRight, int(width - 6))
                painter.drawText(
                    QRectF(column.left() + 3, 2 + line, width - 6, line), Qt.AlignmentFlag.AlignCenter, text
                )
            all_day = view.all_day_on(day)
            top = 4 + 2 * line
            rows = self.all_day_rows()
            shown = all_day if len(all_day) <= rows else all_day[: rows - 1]
            for occurrence in shown:
                rect = QRectF(column.left() + 2, top, width - 4, line - 2)
                selected = painting.same_occurrence(occurrence, view.selected) and day == view.selected_day
                painting.draw_chip(painter, rect, occurrence, painting.chip_text(occurrence, False), selected)
                self.hits.append((rect, occurrence))
                top += line
            if len(shown) < len(all_day):
                painter.setPen(painting.TODAY_ACCENT)
                more = translate("CalendarTab", "+{count} more").format(count=len(all_day) - len(shown))
                painter.drawText(QRectF(column.left() + 4, top, width - 6, line), Qt.AlignmentFlag.AlignVCenter, more)
        painter.setPen(QPen(painting.GRID, 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.setPen(painting.MUTED_TEXT)
        label = QRectF(2, line + 4, GUTTER - 6, self.height() - line - 8)
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        painter.drawText(label, int(flags), translate("CalendarTab", "All day"))
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        occurrence = self.occurrence_at(event.position())
        day = self.day_at_x(event.position().x())
        if occurrence is not None:
            self.view.open_requested.emit(occurrence)
        elif day is not None:
            self.view.create_requested.emit(datetime.combine(day, time(0)), True)


class WeekGrid(_Days):
    """The hours of the week, with the timed events as blocks and a line at the current time."""

    def sizeHint(self):
        size = super().sizeHint()
        size.setHeight(24 * HOUR + 1)
        return size

    def minimumSizeHint(self):
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        self.hits = []
        view, width = self.view, self.column_width()
        for index in range(7):
            day = view.monday + timedelta(days=index)
            column = QRectF(self.column_x(index), 0, width, 24 * HOUR)
            if day == view.today:
                painter.fillRect(column, painting.TODAY_FILL)
            elif day in view.holidays:
                painter.fillRect(column, painting.HOLIDAY_FILL)
            elif day.weekday() >= 5:
                painter.fillRect(column, painting.WEEKEND_FILL)
        painter.setPen(QPen(painting.GRID, 1))
        for hour in range(25):
            painter.drawLine(QPointF(GUTTER - 4, hour * HOUR), QPointF(self.width(), hour * HOUR))
        for index in range(8):
            painter.drawLine(QPointF(self.column_x(index), 0), QPointF(self.column_x(index), 24 * HOUR))
        painter.setPen(painting.MUTED_TEXT)
        for hour in range(24):
            label = QRectF(0, hour * HOUR + 1, GUTTER - 8, self.fontMetrics().height())
            painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), f"{hour:02d}:00")
        self._line = self.fontMetrics().height()
        exposed = QRectF(event.rect())
        for index in range(7):
            self._paint_day(painter, view.monday + timedelta(days=index), index, width, exposed)
        now = datetime.now()
        if view.monday <= now.date() < view.monday + timedelta(days=7):
            y = (now.hour * 60 + now.minute) * HOUR / 60
            x = self.column_x(now.weekday())
            painter.setPen(QPen(painting.HOLIDAY_TEXT, 2))
            painter.drawLine(QPointF(x, y), QPointF(x + width, y))
        painter.end()

    def _paint_day(self, painter: QPainter, day: date, index: int, width: float, exposed: QRectF) -> None:
        view = self.view
        placed, hidden = day_layout(view.occurrences_on(day), day)
        left = self.column_x(index) + 2
        for item in placed:
            share = (width - 4) / item.columns
            rect = QRectF(
                left + item.column * share,
                item.start * HOUR / 60 + 1,
                share - 2,
                (item.end - item.start) * HOUR / 60 - 2,
            )
            self.hits.append((rect, item.occurrence))
            if not rect.intersects(exposed):
                continue
            selected = painting.same_occurrence(item.occurrence, view.selected) and day == view.selected_day
            self._paint_block(painter, rect, item.occurrence, selected)
        painter.setPen(painting.TODAY_ACCENT)
        for group in hidden:
            text = translate("CalendarTab", "+{count} more").format(count=group.count)
            rect = QRectF(
                left, group.start * HOUR / 60 - self.fontMetrics().height(), width - 6, self.fontMetrics().height()
            )
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), text)
        if day == view.selected_day and view.hasFocus():
            painter.setPen(QPen(painting.SELECTED, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.column_x(index) + 1, 1, width - 2, 24 * HOUR - 2))

    def _paint_block(self, painter: QPainter, rect: QRectF, occurrence: Occurrence, selected: bool) -> None:
        """A block tall enough shows the time, the title (wrapped) and the place; a short one a single line; a
        sliver (many events at once) only its colour."""
        line = self._line
        if rect.width() < 30:
            painting.draw_chip(painter, rect, occurrence, "", selected)
        elif rect.height() < 2 * line + 4 or rect.width() < 70:
            painting.draw_chip(painter, rect, occurrence, painting.chip_text(occurrence), selected)
        else:
            painting.draw_chip(painter, rect, occurrence, "", selected)
            muted = occurrence.status.value in ("cancelled", "postponed")
            painter.setPen(painting.MUTED_TEXT if muted else painting.TEXT)
            inner = rect.adjusted(6, 2, -3, -2)
            lines = int(inner.height() // line)  # whole lines only: no line cut in half at the bottom
            clock = f"{occurrence.start:%H:%M}–{occurrence.end:%H:%M}"
            title = painting.chip_text(occurrence, with_time=False)
            if lines <= 2:
                title = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(inner.width()))
                two = QRectF(inner.left(), inner.top(), inner.width(), 2 * line)
                painter.drawText(two, _WRAPPED, f"{clock}\n{title}")
                return
            text = f"{clock}\n{title}"
            if occurrence.location and lines >= 4:
                text += "\n" + occurrence.location
            painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), lines * line), _WRAPPED, text)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        occurrence = self.occurrence_at(event.position())
        day = self.day_at_x(event.position().x())
        if occurrence is not None:
            self.view.open_requested.emit(occurrence)
        elif day is not None:
            minutes = int(event.position().y() * 60 / HOUR) // 30 * 30
            self.view.create_requested.emit(datetime.combine(day, time(min(minutes // 60, 23), minutes % 60)), False)


class WeekView(PeriodView):
    """Header and hour grid of one week."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.monday = week_start(date.today())
        self.today = date.today()
        self.selected_day = date.today()
        self.selected: Occurrence | None = None
        self.holidays: dict[date, list[str]] = {}
        self._by_day: dict[date, list[Occurrence]] = {}
        self._all_day: dict[date, list[Occurrence]] = {}
        self.header = WeekHeader(self)
        self.grid = WeekGrid(self)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.header.right_margin = self.scroll.verticalScrollBar().sizeHint().width()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self.scroll.verticalScrollBar().setValue(FIRST_VISIBLE_HOUR * HOUR)

    def visible_range(self, anchor: date) -> tuple[datetime, datetime]:
        monday = week_start(anchor)
        return datetime.combine(monday, time(0)), datetime.combine(monday + timedelta(days=7), time(0))

    def set_data(
        self, anchor: date, occurrences: list[Occurrence], holidays: dict[date, list[str]], today: date
    ) -> None:
        self.monday, self.today, self.holidays = week_start(anchor), today, holidays
        by_day: dict[date, list[Occurrence]] = {self.monday + timedelta(days=n): [] for n in range(7)}
        for occurrence in occurrences:
            first = occurrence.start.date()
            last = (occurrence.end - timedelta(microseconds=1)).date() if occurrence.end > occurrence.start else first
            if first == last and first in by_day:
                by_day[first].append(occurrence)
                continue
            for day in by_day:
                if first <= day <= last:
                    by_day[day].append(occurrence)
        for items in by_day.values():
            items.sort(key=lambda o: (not o.all_day, o.start, o.title))
        self._by_day = by_day
        self._all_day = {
            day: [o for o in items if o.all_day or o.end - o.start >= timedelta(days=1)]
            for day, items in by_day.items()
        }
        self.header.updateGeometry()
        self.header.update()
        self.grid.update()

    def occurrences_on(self, day: date) -> list[Occurrence]:
        return self._by_day.get(day, [])

    def all_day_on(self, day: date) -> list[Occurrence]:
        """The events shown in the header: all-day ones and those lasting a day or more."""
        return self._all_day.get(day, [])

    def select(self, day: date, occurrence: Occurrence | None = None) -> None:
        self.selected_day, self.selected = day, occurrence
        self.day_selected.emit(day)
        self.header.update()
        self.grid.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        bar = self.scroll.verticalScrollBar()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.select(self.selected_day + timedelta(days=-1 if key == Qt.Key.Key_Left else 1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar.setValue(bar.value() + (-HOUR if key == Qt.Key.Key_Up else HOUR))
        elif not self.shared_key(event, self.selected, self.selected_day):
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.grid.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.grid.update()
