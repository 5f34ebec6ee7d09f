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
            if node.module == "commsdesk":  # `from commsdesk import io` imports a package too
                names.update(f"commsdesk.{alias.name}" for alias in node.names)
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


def within(name: str, modules: tuple[str, ...]) -> bool:
    """Whether the imported `name` is one of `modules` or inside one of them."""
    return any(name == module or name.startswith(module + ".") for module in modules)


# What a front-end or a file-writing layer must not reach past: the UI goes through services and domain only (a file
# is one service operation that the window and the command line share), reports and formats take plain data.
NEVER = {
    "ui": ("commsdesk.db", "commsdesk.io", "commsdesk.reports", "sqlalchemy", "sqlite3"),
    "cli": ("commsdesk.db", "sqlalchemy", "sqlite3"),
    "reports": ("commsdesk.services", "commsdesk.db", "sqlalchemy"),
    "io": ("commsdesk.services", "commsdesk.db", "sqlalchemy"),
}


@pytest.mark.parametrize("layer", sorted(NEVER))
def test_each_layer_imports_only_the_layers_below_it(layer):
    offenders = sorted(
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in files(layer)
        for name in imports(path)
        if within(name, NEVER[layer])
    )
    assert offenders == []


def test_only_the_store_imports_sqlite3():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "db" and "sqlite3" in imports(path)
    ]
    assert offenders == []


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


def test_every_file_dialog_is_one_that_never_reads_the_files_it_lists():
    """`ui/file_dialogs.py` says why: a dialog sniffing the database's folder drops SQLite's locks."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "file_dialogs.py" and ("QFileDialog." in path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
