"""Check a built one-folder bundle before anyone runs it: `python installer/check_bundle.py dist/commsdesk`.

Complements `commsdesk selftest` (which runs inside the bundle) with what only the files show: the migrations and
compiled translations are all there as files and the translation sources are not, and every Qt library a bundled
binary links against survived the pruning in `bundle.prune`. Prints the size; exit code 1 on any problem.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

_spec = importlib.util.spec_from_file_location("commsdesk_bundle", Path(__file__).with_name("bundle.py"))
bundle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle)

_BINARY = re.compile(r"\.(so(\.[\d.]+)?|pyd|dll|dylib)$", re.IGNORECASE)
_QT_NAME = re.compile(r"^(lib)?(qt6|pyside6|shiboken6)", re.IGNORECASE)


def contents_folder(dist: Path) -> Path:
    """The folder holding the bundled files (`_internal/` since PyInstaller 6)."""
    for candidate in (dist / "_internal", dist):
        if (candidate / "base_library.zip").is_file():
            return candidate
    raise SystemExit(f"{dist} is not a PyInstaller one-folder build (no base_library.zip)")


def missing_files(contents: Path) -> list[str]:
    """Files the program reads at run time that are not in the bundle, and development files that are."""
    bundle.package()  # the checkout's commsdesk, for its list of languages
    from commsdesk.i18n.catalog import LANGUAGES

    problems = []
    expected = [
        *(Path(destination) / Path(source).name for source, destination in bundle.resource_datas()),
        *(Path(destination) / Path(source).name for source, destination in bundle.migration_datas()),
        *(Path("resources", "translations", f"commsdesk_{suffix}.qm") for suffix, _ in LANGUAGES.values()),
    ]
    problems += [f"missing: {path.as_posix()}" for path in expected if not (contents / path).is_file()]
    problems += [f"not needed at run time: {path.relative_to(contents).as_posix()}" for path in contents.rglob("*.ts")]
    if not list((contents / "commsdesk" / "db" / "migrations" / "versions").glob("*.py")):
        problems.append("missing: the migration scripts")
    return problems


def broken_links(contents: Path, dependencies: Callable[[Path], Iterable[str]]) -> list[str]:
    """Qt, PySide6 and shiboken libraries some bundled binary needs that the bundle lacks."""
    present = {path.name.lower() for path in contents.rglob("*")}
    problems = []
    for path in sorted(contents.rglob("*")):
        if path.is_file() and not path.is_symlink() and _BINARY.search(path.name):
            for name in dependencies(path):
                base = Path(name.replace("\\", "/")).name
                if _QT_NAME.match(base) and base.lower() not in present:
                    problems.append(f"{path.relative_to(contents).as_posix()} needs {base}, which is not bundled")
    return problems


def size_of(dist: Path) -> tuple[int, int]:
    """Bytes and files of the bundle (symbolic links count as nothing)."""
    files = [path for path in dist.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def main(argv: list[str]) -> int:
    dist = Path(argv[0] if argv else "dist/commsdesk").resolve()
    contents = contents_folder(dist)
    from PyInstaller.depend import bindepend

    problems = missing_files(contents) + broken_links(
        contents, lambda path: [name for name, _ in bindepend.get_imports(str(path))]
    )
    for problem in problems:
        print(f"bundle check: {problem}", file=sys.stderr)
    size, count = size_of(dist)
    print(f"bundle: {dist} — {size / 1e6:.0f} MB in {count} files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
