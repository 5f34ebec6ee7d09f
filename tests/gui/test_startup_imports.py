"""What start-up loads: the window on the contact list must not wait for the libraries of other tabs or of reports
(reportlab, openpyxl, icalendar, vobject, Alembic cost 0.1–0.3 s each). Each run is a fresh process."""

import json
import os
import subprocess
import sys

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
before = set(sys.modules)
app = QApplication([])
from commsdesk.app import Desk
from commsdesk.paths import resolve_paths
from commsdesk.settings import LAST_TAB, Settings
settings = Settings()
settings.set(LAST_TAB, "contacts")
desk = Desk(settings)
assert desk.open(resolve_paths(sys.argv[1]))
desk.window.show()
app.processEvents()
rows = desk.window.built_tabs()[0].model.rowCount()
loaded = sorted({name.split(".")[0] for name in set(sys.modules) - before})
services = sorted(name for name in set(sys.modules) - before if name.startswith("commsdesk.services."))
print(json.dumps({"rows": rows, "built": len(desk.window.built_tabs()), "loaded": loaded, "services": services}))
desk.close()
"""


def test_the_contact_list_opens_without_the_libraries_of_reports_and_other_tabs(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    database = str(tmp_path / "commsdesk.sqlite")
    # A filled, up-to-date file, as on every start after the first.
    subprocess.run([sys.executable, "-m", "commsdesk", "--db", database, "init", "--demo"], check=True, env=env)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, database], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-1500:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["rows"] > 0 and seen["built"] == 1
    assert not {"reportlab", "openpyxl", "icalendar", "vobject", "alembic", "pypdfium2"} & set(seen["loaded"])
    assert not [name for name in seen["services"] if name.split(".")[2] in ("calendar", "releases", "plan")]
