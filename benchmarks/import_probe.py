"""One import in a fresh process, measured from outside: `python -m benchmarks.import_probe KIND FILE DATABASE`
prints one JSON line with `peak_rss_mib`, `seconds` and `outcome` (what was imported, or the sentence refusing it).

KIND is `contacts` (CSV, XLSX or vCard), `calendar` (.ics), `plan` (CSV or XLSX) or `none` (the reference: the same
process with the database open and the readers' libraries loaded, reading no file).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    kind, file, database = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    import icalendar  # noqa: F401  (the reference loads what the readers load)
    import openpyxl  # noqa: F401
    import vobject  # noqa: F401

    from benchmarks.harness import peak_rss_mib
    from commsdesk.domain.contacts import OnDuplicate
    from commsdesk.errors import UserError
    from commsdesk.i18n import set_language
    from commsdesk.io.contacts_files import ContactSource
    from commsdesk.io.icalendar_io import read_ics
    from commsdesk.io.plan_csv import read_plan_file
    from commsdesk.paths import resolve_paths
    from commsdesk.workspace import Workspace

    set_language("en")
    workspace = Workspace.open(resolve_paths(database))
    started = time.perf_counter()
    try:
        services = workspace.services
        if kind == "contacts":
            source = ContactSource.open(file, languages=["sq", "sr", "en"], default_language="sq")
            report = services.contacts.import_contacts(source.rows(), on_duplicate=OnDuplicate.ADD)
            outcome = report.summary()
        elif kind == "calendar":
            outcome = str(services.calendar.import_ics(read_ics(file)))
        elif kind == "plan":
            outcome = f"{len(read_plan_file(file))} rows"
        else:
            outcome = "nothing read"
    except UserError as error:
        outcome = f"refused: {error}"
    finally:
        workspace.close()
    payload = {"peak_rss_mib": peak_rss_mib(), "seconds": time.perf_counter() - started, "outcome": outcome}
    print(json.dumps(payload, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
