"""The summary page's bar charts: activities by status per objective, and planned against spent money."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from commsdesk.domain.plan import STATUS_COLOURS, ActivityStatus
from commsdesk.reports.pdf import FONT, FONT_BOLD
from commsdesk.reports.plan_common import Section, status_names, translator, whole_euros

PLANNED_COLOUR = colors.HexColor("#6b8fb5")
SPENT_COLOUR = colors.HexColor("#e0a040")
STATUS_FILLS = {status: colors.HexColor(STATUS_COLOURS[status]).clone() for status in ActivityStatus}
STATUS_FILLS[ActivityStatus.NOT_STARTED] = colors.HexColor("#b9c0c8")  # the light tints are too pale for bars
STATUS_FILLS[ActivityStatus.IN_PROGRESS] = colors.HexColor("#f2c94c")
STATUS_FILLS[ActivityStatus.COMPLETED] = colors.HexColor("#5fae6a")
STATUS_FILLS[ActivityStatus.POSTPONED] = colors.HexColor("#ee9a4d")
STATUS_FILLS[ActivityStatus.CANCELLED] = colors.HexColor("#a58bc0")


def _axis_fonts(chart: HorizontalBarChart | VerticalBarChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = colors.HexColor("#777777")


def _title(drawing: Drawing, x: float, y: float, text: str) -> None:
    drawing.add(String(x, y, text, fontName=FONT_BOLD, fontSize=9))


def summary_chart(sections: list[Section], language: str, width: float, height: float = 190) -> Drawing:
    """Two charts side by side: stacked status counts per objective, and planned vs spent € per objective."""
    translate = translator(language)
    names = status_names(language)
    labels = [translate("PlanReport", "Objective {number}").format(number=s.objective.number) for s in sections]
    drawing = Drawing(width, height)
    half = width / 2

    statuses = list(ActivityStatus)
    counts = HorizontalBarChart()
    counts.x, counts.y, counts.width, counts.height = 70, 40, half - 100, height - 70
    counts.data = [[s.rollup.counts[status] for s in sections] for status in statuses]
    counts.categoryAxis.categoryNames = labels
    counts.categoryAxis.reverseDirection = True
    counts.categoryAxis.style = "stacked"
    counts.valueAxis.valueMin = 0
    counts.valueAxis.valueStep = max(1, (max((s.rollup.total for s in sections), default=1) + 4) // 5)
    counts.barWidth = 12
    for index, status in enumerate(statuses):
        counts.bars[index].fillColor = STATUS_FILLS[status]
        counts.bars[index].strokeColor = colors.white
    _axis_fonts(counts)
    drawing.add(counts)
    _title(drawing, 0, height - 12, translate("PlanReport", "Activities by status"))
    legend = Legend()
    legend.x, legend.y = 70, 22
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax, legend.dxTextSpace, legend.dx, legend.dy = 8, 4, 8, 8
    legend.colorNamePairs = [(STATUS_FILLS[status], names[status]) for status in statuses]
    legend.autoXPadding = 6
    drawing.add(legend)

    money = VerticalBarChart()
    money.x, money.y, money.width, money.height = half + 50, 40, half - 80, height - 70
    money.data = [[s.rollup.planned_cents / 100 for s in sections], [s.rollup.actual_cents / 100 for s in sections]]
    money.categoryAxis.categoryNames = labels
    money.valueAxis.valueMin = 0
    money.valueAxis.labelTextFormat = lambda value: whole_euros(value * 100, language)
    money.bars[0].fillColor, money.bars[1].fillColor = PLANNED_COLOUR, SPENT_COLOUR
    money.barSpacing, money.groupSpacing = 2, 14
    _axis_fonts(money)
    drawing.add(money)
    _title(drawing, half, height - 12, translate("PlanReport", "Planned and spent (€)"))
    money_legend = Legend()
    money_legend.x, money_legend.y = half + 50, 22
    money_legend.fontName, money_legend.fontSize = FONT, 7.5
    money_legend.alignment = "right"
    money_legend.columnMaximum = 1
    money_legend.dx, money_legend.dy, money_legend.dxTextSpace = 8, 8, 4
    money_legend.colorNamePairs = [
        (PLANNED_COLOUR, translate("PlanReport", "Planned")),
        (SPENT_COLOUR, translate("PlanReport", "Spent")),
    ]
    drawing.add(money_legend)
    return drawing
