"""The open database keeps its locks whatever code in the window's process opens its files.

POSIX locks belong to the process, and closing any descriptor of a file drops them all: a file dialog sniffing
the database's folder, then another process opening and closing the file, used to make SQLite delete the live
`-wal` under the window (every later write went to a deleted file). These run that scenario for real.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from commsdesk.services.contacts import ContactInput
from commsdesk.ui import file_dialogs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")

COUNT = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "print(c.execute('SELECT COUNT(*) FROM contact').fetchone()[0])\n"
    "c.close()\n"
)
TRY_TO_WRITE = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
    "try:\n    c.execute('BEGIN IMMEDIATE'); print('wrote')\nexcept sqlite3.OperationalError as e:\n    print(e)\n"
)


def other_process(code: str, database: Path) -> str:
    result = subprocess.run([sys.executable, "-c", code, str(database)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def deleted_files_held(database: Path) -> list[str]:
    """The database's files (`-wal`, `-shm`, `-journal`) this process still writes to after they were deleted."""
    held = []
    for name in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            continue  # closed meanwhile
        if target.startswith(str(database)) and target.endswith("(deleted)"):
            held.append(target)
    return held


def list_in_dialog(qtbot, dialog: QFileDialog, folder: Path) -> None:
    """Show `dialog` on `folder` until its model has gathered every file's type and icon, then close it."""
    model = dialog.findChild(QFileSystemModel)
    dialog.setDirectory(str(folder))
    dialog.show()
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) >= len(list(folder.iterdir())), timeout=5000)
    root = model.index(str(folder))
    for row in range(model.rowCount(root)):
        for column in range(model.columnCount(root)):
            model.data(model.index(row, column, root))  # asks the gatherer thread for icon and type
            model.data(model.index(row, column, root), 1)
    qtbot.wait(700)  # the gatherer works on its own thread
    dialog.close()


def our_dialog() -> QFileDialog:
    return file_dialogs.file_dialog(None, "Open", "", "", QFileDialog.FileMode.ExistingFile)


def test_the_live_database_survives_a_file_dialog_and_another_process(workspace, qtbot):
    database = workspace.paths.database
    contacts = workspace.services.contacts
    contacts.create(ContactInput(given_name="Ana"))
    list_in_dialog(qtbot, our_dialog(), workspace.paths.folder)
    for companion in workspace.paths.folder.iterdir():  # whatever else in the process reads those files
        if companion.is_file():
            with companion.open("rb") as reader:
                reader.read(100)
    assert other_process(COUNT, database) == "1"
    backup = subprocess.run(
        [sys.executable, "-m", "commsdesk", "--db", str(database), "--lang", "en", "backup"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert backup.returncode == 0, backup.stderr
    contacts.create(ContactInput(given_name="Besa"))
    assert other_process(COUNT, database) == "2"  # the other process sees the last write
    assert deleted_files_held(database) == []


def test_a_file_dialog_during_a_write_leaves_the_writers_lock_in_place(workspace, qtbot):
    from commsdesk.db.models import Contact

    with workspace.database.session() as session:
        session.add(Contact(given_name="Ana", family_name="Krasniqi"))
        session.flush()  # the transaction now holds SQLite's RESERVED lock on the file
        list_in_dialog(qtbot, our_dialog(), workspace.paths.folder)
        assert other_process(TRY_TO_WRITE, workspace.paths.database) == "database is locked"
    assert other_process(TRY_TO_WRITE, workspace.paths.database) == "wrote"
