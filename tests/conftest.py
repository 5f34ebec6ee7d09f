"""Shared fixtures. Tests never touch the real user folders: settings and data go to a temporary home."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt: headless, and per-user folders (QSettings, AppLocalDataLocation) in a temporary home.
_HOME = Path(tempfile.mkdtemp(prefix="commsdesk-tests-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["HOME"] = str(_HOME)

import pytest  # noqa: E402

from commsdesk.i18n import set_language  # noqa: E402


@pytest.fixture(autouse=True)
def english_by_default():
    """Every test starts in English (the source language) unless it switches."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def workspace(tmp_path):
    """An open, empty, migrated database in a temporary folder."""
    from commsdesk.paths import resolve_paths
    from commsdesk.workspace import Workspace

    opened = Workspace.open(resolve_paths(tmp_path / "commsdesk.sqlite"))
    yield opened
    opened.close()


@pytest.fixture
def services(workspace):
    return workspace.services


@pytest.fixture
def demo_workspace(tmp_path):
    """An open database filled with the demo content."""
    from commsdesk.paths import resolve_paths
    from commsdesk.workspace import Workspace

    opened = Workspace.open(resolve_paths(tmp_path / "demo.sqlite"), demo=True)
    yield opened
    opened.close()
