"""Where the shipped resources (translations, fonts, icons, demo data) are, from source and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: beside `src/` in a checkout, inside the bundle when frozen by PyInstaller."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of one shipped resource, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return resources_dir().joinpath(*parts)
