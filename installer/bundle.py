"""What goes into the one-folder build and what is left out, as plain functions `build_installer.spec` calls.

Kept apart from the spec so that tests can check the choices without running PyInstaller: which resources and
migration files are copied as real files, which modules the migrations need, which Qt plugins and libraries are
dropped, and the Windows version information made from the package version.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
RESOURCES = ROOT / "resources"
MIGRATIONS = SRC / "commsdesk" / "db" / "migrations"

# Resources only the developers need: translation sources (.qm is what runs), the translation script's lock file.
_DEVELOPMENT_SUFFIXES = {".ts", ".lock", ".pyc"}

# Qt plugin types the program may need; every other type (Wayland, EGL, QML tooling, SQL drivers, TLS, …) is left out.
_PLUGIN_TYPES = {
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "imageformats",
    "iconengines",
    "styles",
    "xcbglintegrations",
    "printsupport",
}
# The windowing systems: X11 and Windows for the officer, offscreen for CI and the self-test, Cocoa on a Mac.
_PLATFORMS = {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}
# PNG and BMP are built into QtGui; JPEG logos, GIFs and .ico files need their plugins.
_IMAGE_FORMATS = {"qjpeg", "qgif", "qico"}
# Plugins that drag a large library in: GTK (the gtk3 theme) and QML (the virtual keyboard).
_HEAVY_PLUGINS = {"qgtk3", "qtvirtualkeyboardplugin"}
# Plugins that need a Qt module, kept only when the program imports that module.
_PLUGIN_NEEDS = {"qsvg": "QtSvg", "qsvgicon": "QtSvg", "qpdf": "QtPdf"}

# Qt libraries that only plugins left out (or modules never imported) pull in: dropped unless a Python module of
# the same family is in the bundle (e.g. Qt6Svg stays when the program imports PySide6.QtSvg).
_OPTIONAL_LIBRARIES = (
    "Qml",
    "Quick",
    "Labs",
    "Lottie",
    "VirtualKeyboard",
    "Pdf",
    "Svg",
    "Wayland",
    "Wl",
    "EglFS",
    "EglFs",
    "Network",
    "OpenGL",
    "Designer",
    "Help",
    "Sql",
    "Test",
    "UiTools",
    "Multimedia",
    "ShaderTools",
    "WebEngine",
    "WebChannel",
    "WebSockets",
    "3D",
)
_SOFTWARE_OPENGL = {"opengl32sw.dll"}
_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6([A-Za-z0-9]+?)(?:\.so.*|\.dll|\.dylib)?$")
_QT_PYTHON_MODULE = re.compile(r"^PySide6/(Qt[A-Za-z0-9]+)\.(?:abi3\.so|pyd|[^/]*\.so)$")


def package() -> ModuleType:
    """The `commsdesk` package of this checkout (name and version come from it, never from a copy)."""
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    import commsdesk

    return commsdesk


# -- data files --------------------------------------------------------------------------------------------------


def _files(folder: Path) -> Iterable[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith("."):
            yield path


def resource_datas(resources: Path = RESOURCES) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every resource the program reads: `resources/…` inside the bundle."""
    return [
        (str(path), str(Path("resources") / path.parent.relative_to(resources)))
        for path in _files(resources)
        if path.suffix not in _DEVELOPMENT_SUFFIXES
    ]


def migration_datas(migrations: Path = MIGRATIONS) -> list[tuple[str, str]]:
    """The Alembic folder as real files (Alembic reads `env.py`, `versions/*.py` and the template by path)."""
    target = Path("commsdesk") / "db" / "migrations"
    return [
        (str(path), str(target / path.parent.relative_to(migrations)))
        for path in _files(migrations)
        if path.suffix in {".py", ".mako"}
    ]


def migration_imports(migrations: Path = MIGRATIONS) -> list[str]:
    """Every module the migration scripts import: they are loaded from files, so PyInstaller cannot see them."""
    names: set[str] = set()
    for path in _files(migrations):
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(
                    f"{node.module}.{alias.name}" for alias in node.names if _is_module(node.module, alias.name)
                )
    return sorted(names)


def _is_module(package: str, name: str) -> bool:
    """Whether `from package import name` imports a submodule (`from alembic import op`) rather than an object."""
    try:
        return importlib.util.find_spec(f"{package}.{name}") is not None
    except (ImportError, AttributeError, ValueError):
        return False


def is_migration_module(name: str) -> bool:
    """True for `commsdesk.db.migrations…`: shipped as files, not compiled into the archive."""
    return name == "commsdesk.db.migrations" or name.startswith("commsdesk.db.migrations.")


# -- Qt pruning --------------------------------------------------------------------------------------------------


def _parts(destination: str) -> list[str]:
    return destination.replace("\\", "/").split("/")


def _stem(file_name: str) -> str:
    """`libqxcb.so` → `qxcb`, `qwindows.dll` → `qwindows`."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def qt_python_modules(destinations: Iterable[str]) -> set[str]:
    """The PySide6 extension modules in the bundle, e.g. {"QtCore", "QtGui", "QtWidgets"}."""
    found = set()
    for destination in destinations:
        match = _QT_PYTHON_MODULE.match("/".join(_parts(destination)))
        if match:
            found.add(match.group(1))
    return found


def _keep_plugin(plugin_type: str, file_name: str, modules: set[str]) -> bool:
    stem = _stem(file_name)
    if plugin_type not in _PLUGIN_TYPES or stem in _HEAVY_PLUGINS:
        return False
    if stem in _PLUGIN_NEEDS:
        return _PLUGIN_NEEDS[stem] in modules
    if plugin_type == "platforms":
        return stem in _PLATFORMS
    if plugin_type == "imageformats":
        return stem in _IMAGE_FORMATS
    return True


def _keep_qt_library(file_name: str, modules: set[str]) -> bool:
    match = _QT_LIBRARY.match(file_name)
    if not match:
        return True
    name = match.group(1)
    for family in _OPTIONAL_LIBRARIES:
        if name.startswith(family):
            return any(module.startswith("Qt" + family) for module in modules) or (
                family in {"Qml", "Quick", "Labs", "Lottie"}
                and any(m.startswith(("QtQml", "QtQuick")) for m in modules)
            )
    return True


def keep_binary(destination: str, modules: set[str]) -> bool:
    """Whether a collected binary stays in the bundle; `modules` are the PySide6 modules the program imports."""
    parts = _parts(destination)
    if parts[0] == "PySide6" and "plugins" in parts[:-2]:
        index = parts.index("plugins")
        return _keep_plugin(parts[index + 1], parts[-1], modules)
    if parts[-1].lower() in _SOFTWARE_OPENGL:  # Windows' fallback OpenGL (~20 MB): widgets paint without OpenGL
        return any(module.startswith(("QtOpenGL", "QtQuick", "QtQml", "Qt3D")) for module in modules)
    return _keep_qt_library(parts[-1], modules)


def keep_data(destination: str) -> bool:
    """Whether a collected data file stays: Qt's own translations go (commsdesk ships its own qtbase_*.qm)."""
    parts = _parts(destination)
    return not (parts[0] == "PySide6" and "translations" in parts[:-1])


Entry = tuple[str, str, str]  # PyInstaller's (destination, source, type code)


def _name(destination: str) -> str:
    return _parts(destination)[-1].lower()


def prune(
    binaries: list[Entry], datas: list[Entry], dependencies: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files without the unused Qt parts, without the libraries only those parts needed, and
    without symbolic links to anything removed. `dependencies(source)` names the libraries a binary links against."""
    modules = qt_python_modules(entry[0] for entry in binaries)
    kept = [entry for entry in binaries if keep_binary(entry[0], modules)]
    dropped = [entry for entry in binaries if not keep_binary(entry[0], modules)]

    # A library that something kept links against stays, whatever the rules say (e.g. QtPdf needs QtNetwork).
    droppable = {_name(entry[0]): entry for entry in dropped if "plugins" not in _parts(entry[0])[:-2]}
    todo = list(kept)
    while todo:
        for library in dependencies(todo.pop()[1]):
            rescued = droppable.pop(Path(library.replace("\\", "/")).name.lower(), None)
            if rescued is not None:
                kept.append(rescued)
                dropped.remove(rescued)
                todo.append(rescued)
    by_name = {_name(entry[0]): entry for entry in kept}

    def needed_by(start: list[Entry]) -> set[str]:
        """The kept libraries `start` needs, directly or through each other."""
        seen: set[str] = set()
        todo = list(start)
        while todo:
            for library in dependencies(todo.pop()[1]):
                key = Path(library.replace("\\", "/")).name.lower()
                if key in by_name and key not in seen:
                    seen.add(key)
                    todo.append(by_name[key])
        return seen

    # A library that only the dropped parts pulled in goes too; one that something kept needs stays.
    suspects = needed_by(dropped)
    others = [entry for entry in kept if _name(entry[0]) not in suspects]
    orphans = suspects - needed_by(others)
    kept = [entry for entry in kept if _name(entry[0]) not in orphans]

    files = [entry for entry in datas if entry[2] != "SYMLINK" and keep_data(entry[0])]
    present = {"/".join(_parts(entry[0])) for entry in kept + files}
    links = [entry for entry in datas if entry[2] == "SYMLINK" and "/".join(_parts(entry[1])) in present]
    return kept, files + links


# -- Windows version information ---------------------------------------------------------------------------------


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants: "0.1.0" → (0, 1, 0, 0), "1.2.3rc1" → (1, 2, 3, 0)."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d+", part)
        if not digits:
            break
        numbers.append(int(digits.group()))
        if digits.group() != part:
            break
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def version_info_text(name: str, display_name: str, organization: str, version: str, exe_name: str) -> str:
    """A PyInstaller version file (`EXE(version=…)`): Explorer's Details tab, Task Manager's name, Inno Setup's
    `GetStringFileInfo(…, "ProductVersion")`."""
    numbers = version_numbers(version)
    strings = [
        ("CompanyName", organization),
        ("FileDescription", display_name),
        ("FileVersion", version),
        ("InternalName", name),
        ("OriginalFilename", exe_name),
        ("ProductName", display_name),
        ("ProductVersion", version),
    ]
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings)
    return f"""# Generated by installer/bundle.py from commsdesk.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo(
      [
        StringTable(
          '040904B0',
          [
{table},
          ],
        )
      ]
    ),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""


def write_version_info(folder: Path, exe_name: str) -> Path:
    """Write the version file for `exe_name` (e.g. commsdesk.exe) into `folder`; returns its path."""
    commsdesk = package()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{Path(exe_name).stem}.txt"
    path.write_text(
        version_info_text(
            commsdesk.APP_NAME,
            commsdesk.APP_DISPLAY_NAME,
            commsdesk.ORGANIZATION_NAME,
            commsdesk.__version__,
            exe_name,
        ),
        encoding="utf-8",
    )
    return path
