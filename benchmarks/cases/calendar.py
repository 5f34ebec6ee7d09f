"""Calendar: switching to the month and the week view with every event in the database."""

from __future__ import annotations

from datetime import date, timedelta

from benchmarks.context import Context
from benchmarks.harness import Result, repeat
from commsdesk.paths import resolve_paths
from commsdesk.workspace import Workspace


def run(context: Context) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from commsdesk.ui.main_window import TAB_FACTORIES

    application = QApplication.instance() or QApplication([])
    paths = resolve_paths(context.database)
    workspace = Workspace.open(paths)
    results = []
    try:
        tab = next(factory for factory in TAB_FACTORIES if factory.key == "calendar")(workspace.services)
        tab.resize(1280, 760)
        tab.show()
        application.processEvents()
        today = date.today()
        for view, label in (("month", "month"), ("week", "week")):
            days = iter(range(10_000))

            def switch(view=view, days=days) -> None:
                # a different week or month each time, and the tab's cache of the last range forgotten
                tab.forget()
                tab.anchor = today + timedelta(days=35 * (next(days) % 20))
                tab.show_month() if view == "month" else tab.show_week()
                tab.repaint()
                application.processEvents()

            measured = repeat(switch, max(context.repeat, 5))
            result = Result(
                f"calendar, {label}",
                f"switch to the {label} view with {context.sizes['events']:,} events stored (query, layout, paint)",
                "≤ 100 ms",
                measured=measured,
            )
            result.passed = measured.median <= 0.100
            results.append(result)
        tab.close()
    finally:
        workspace.close()
    return results
