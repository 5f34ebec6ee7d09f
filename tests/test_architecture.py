"""The layering of STYLE.md, read from the imports: the core knows nothing of Qt, the UI nothing of the database."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "commsdesk"
CORE = ["domain", "db", "services", "reports", "io", "i18n"]


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def files(folder: str):
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("layer", CORE)
def test_core_layers_never_import_qt_or_the_ui(layer):
    offenders = {
        str(path.relative_to(PACKAGE)): name
        for path in files(layer)
        for name in imports(path)
        if name.startswith(("PySide6", "commsdesk.ui", "commsdesk.app", "commsdesk.cli"))
    }
    assert offenders == {}


def test_the_ui_never_imports_the_database_layer():
    offenders = {
        str(path.relative_to(PACKAGE)): name
        for path in files("ui")
        for name in imports(path)
        if name.startswith(("commsdesk.db", "sqlalchemy", "sqlite3"))
    }
    assert offenders == {}


def test_domain_knows_nothing_of_storage():
    offenders = {
        str(path.relative_to(PACKAGE)): name
        for path in files("domain")
        for name in imports(path)
        if name.startswith(("commsdesk.db", "commsdesk.services", "sqlalchemy"))
    }
    assert offenders == {}


def test_the_program_opens_no_network_connection():
    network = ("socket", "urllib", "http", "requests", "smtplib", "ftplib")
    offenders = {
        str(path.relative_to(PACKAGE)): name
        for path in PACKAGE.rglob("*.py")
        for name in imports(path)
        if name.split(".")[0] in network
    }
    assert offenders == {}
