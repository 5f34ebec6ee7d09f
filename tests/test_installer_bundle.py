"""What the PyInstaller spec puts into the bundle and leaves out (installer/bundle.py), without running PyInstaller."""

import ast
import importlib.util
import re
from pathlib import Path

import pytest
from PIL import Image

import commsdesk

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("commsdesk_bundle", ROOT / "installer" / "bundle.py")
bundle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle)

LINUX_QT = {"QtCore", "QtGui", "QtWidgets", "QtDBus"}


def test_resources_are_bundled_with_compiled_translations_but_without_their_sources():
    bundled = {Path(destination, Path(source).name).as_posix() for source, destination in bundle.resource_datas()}
    for language in ("sq", "sr_Latn", "en"):
        assert f"resources/translations/commsdesk_{language}.qm" in bundled
    assert {"resources/translations/qtbase_sq.qm", "resources/translations/qtbase_sr_Latn.qm"} <= bundled
    assert {
        "resources/fonts/DejaVuSans.ttf",
        "resources/icons/commsdesk.png",
        "resources/icons/commsdesk.ico",
    } <= bundled
    assert "resources/demo/kacanik-action-plan-2023.csv" in bundled
    assert not [name for name in bundled if name.endswith((".ts", ".lock"))]


def test_every_migration_script_is_bundled_as_a_file_where_alembic_looks_for_it():
    bundled = {Path(destination, Path(source).name).as_posix() for source, destination in bundle.migration_datas()}
    scripts = {f"commsdesk/db/migrations/versions/{p.name}" for p in (bundle.MIGRATIONS / "versions").glob("*.py")}
    assert scripts and scripts <= bundled
    assert {"commsdesk/db/migrations/env.py", "commsdesk/db/migrations/script.py.mako"} <= bundled
    assert not [name for name in bundled if "__pycache__" in name]


def test_what_the_migrations_import_is_compiled_in_but_the_migrations_themselves_are_not():
    imports = bundle.migration_imports()
    assert {"alembic", "alembic.op", "sqlalchemy", "commsdesk.domain.text", "commsdesk.db.models"} <= set(imports)
    assert "commsdesk.domain.text.fold" not in imports  # a function, not a module
    assert bundle.is_migration_module("commsdesk.db.migrations.env")
    assert bundle.is_migration_module("commsdesk.db.migrations")
    assert not bundle.is_migration_module("commsdesk.db.migrate")


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt6Gui.dll",
        "PySide6/QtWidgets.abi3.so",
        "libpython3.11.so.1.0",
        "PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
    ],
)
def test_the_qt_parts_the_program_needs_stay(destination):
    assert bundle.keep_binary(destination, LINUX_QT)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqminimalegl.so",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/plugins/tls/qschannelbackend.dll",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6QuickControls2Basic.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt6VirtualKeyboard.dll",
        "PySide6/opengl32sw.dll",
    ],
)
def test_the_qt_parts_the_program_never_uses_are_left_out(destination):
    assert not bundle.keep_binary(destination, LINUX_QT)


def test_a_qt_module_the_program_imports_keeps_its_library_and_plugins():
    with_svg = LINUX_QT | {"QtSvg"}
    assert bundle.keep_binary("PySide6/Qt/lib/libQt6Svg.so.6", with_svg)
    assert bundle.keep_binary("PySide6/Qt/plugins/imageformats/libqsvg.so", with_svg)
    assert bundle.keep_binary("PySide6/Qt/plugins/iconengines/libqsvgicon.so", with_svg)
    with_quick = LINUX_QT | {"QtQml", "QtQuick"}
    assert bundle.keep_binary("PySide6/Qt/lib/libQt6QuickControls2Basic.so.6", with_quick)
    assert bundle.keep_binary("PySide6/Qt/lib/libQt6Qml.so.6", with_quick)


def test_qt_own_translations_are_left_out_but_ours_stay():
    assert not bundle.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle.keep_data("PySide6\\translations\\qt_fr.qm")
    assert bundle.keep_data("resources/translations/qtbase_sq.qm")


def test_the_python_modules_of_qt_are_read_from_the_collected_binaries():
    found = bundle.qt_python_modules(
        ["PySide6/QtCore.abi3.so", "PySide6\\QtGui.pyd", "PySide6/Qt/lib/libQt6Core.so.6", "PIL/_imaging.so"]
    )
    assert found == {"QtCore", "QtGui"}


def test_pruning_drops_what_only_left_out_plugins_needed_and_links_to_it():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/usr/lib/libpixman-1.so.0", "BINARY"),
        ("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    needs = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libX11.so.6"],
        "/src/libqxcb.so": ["libQt6Gui.so.6", "libX11.so.6"],
        "/src/libqgtk3.so": ["libQt6Gui.so.6", "libcairo.so.2", "libX11.so.6"],
        "/usr/lib/libcairo.so.2": ["libpixman-1.so.0", "libX11.so.6"],
    }
    datas = [
        ("resources/icons/commsdesk.png", "/src/commsdesk.png", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libqgtk3.so", "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "SYMLINK"),
    ]
    kept, files = bundle.prune(binaries, datas, lambda source: needs.get(source, []))
    assert [entry[0] for entry in kept] == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libX11.so.6",
        "libpython3.11.so.1.0",
    ]
    assert [entry[0] for entry in files] == ["resources/icons/commsdesk.png", "libQt6Gui.so.6"]


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)), ("2.0rc1", (2, 0, 0, 0)), ("1.4.0.dev3", (1, 4, 0, 0))],
)
def test_windows_version_numbers_come_from_the_package_version(version, numbers):
    assert bundle.version_numbers(version) == numbers


def test_the_windows_version_file_carries_the_package_name_and_version(tmp_path):
    path = bundle.write_version_info(tmp_path, "commsdesk.exe")
    text = path.read_text(encoding="utf-8")
    numbers = bundle.version_numbers(commsdesk.__version__)
    assert f"filevers={numbers}" in text and f"prodvers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{commsdesk.__version__}')" in text
    assert f"StringStruct('ProductName', '{commsdesk.APP_DISPLAY_NAME}')" in text
    assert "StringStruct('OriginalFilename', 'commsdesk.exe')" in text
    call = ast.parse(text, mode="eval").body  # PyInstaller evaluates the file as one Python expression
    assert call.func.id == "VSVersionInfo" and [k.arg for k in call.keywords] == ["ffi", "kids"]
    # PyInstaller's own reader of the file runs on Windows only (pywin32, pefile).
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo", exc_type=ImportError)
    parsed = versioninfo.load_version_info_from_text_file(str(path))
    assert parsed.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    assert len(parsed.toRaw()) > 0  # what PyInstaller writes into the .exe


def test_the_icon_holds_every_size_windows_shows_and_matches_the_png():
    with Image.open(ROOT / "resources" / "icons" / "commsdesk.ico") as icon:
        assert {(16, 16), (24, 24), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])
        icon.size = (256, 256)
        largest = icon.convert("RGBA")
    with Image.open(ROOT / "resources" / "icons" / "commsdesk.png") as png:
        assert largest.tobytes() == png.convert("RGBA").tobytes()  # regenerate the .ico when the PNG changes


def test_no_installer_file_repeats_the_version_or_the_name_by_hand():
    for name in (
        "build_installer.spec",
        "installer/commsdesk.iss",
        "scripts/build_installer.sh",
        "scripts/build_installer.ps1",
    ):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert not re.search(rf"(?<![\d.]){re.escape(commsdesk.__version__)}(?![\d.])", text), name
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert "commsdesk.APP_NAME" in spec and 'name="commsdesk"' not in spec


def test_pruning_keeps_a_qt_library_that_a_module_the_program_imports_links_against():
    binaries = [
        ("PySide6/QtPdf.abi3.so", "/src/QtPdf.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/src/libQt6Qml.so.6", "BINARY"),
    ]
    needs = {
        "/src/QtPdf.abi3.so": ["libQt6Pdf.so.6"],
        "/src/libQt6Pdf.so.6": ["libQt6Network.so.6", "libQt6Qml.so.6"],
    }
    kept, _ = bundle.prune(binaries, [], lambda source: needs.get(source, []))
    assert sorted(entry[0] for entry in kept) == [
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/QtPdf.abi3.so",
    ]
