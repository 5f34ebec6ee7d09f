"""Maintain the translations in `resources/translations/`.

    python scripts/translations.py update    # extract strings from the source into commsdesk_<lang>.ts, compile
    python scripts/translations.py release   # compile every .ts to .qm with pyside6-lrelease
    python scripts/translations.py missing [-o FILE.json]   # list what is not translated yet
    python scripts/translations.py fill FILE.json            # apply translations from a JSON list, compile

English is the source language: its file is filled from the source text by `update`. A JSON list for `fill` holds
objects {"context", "source", "sq", "sr"} (either language may be absent). Every command takes a lock, so several
people may run it at once.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "src" / "commsdesk"
# code → (file suffix, lupdate target language)
LANGUAGES = {"sq": ("sq", "sq_AL"), "sr": ("sr_Latn", "sr_Latn_RS"), "en": ("en", "en_GB")}


def tool(name: str) -> str:
    """A Qt tool of the PySide6 wheel, from the same environment as this Python."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project first (pip install -e .)")
    return found


@contextmanager
def locked() -> Iterator[None]:
    FOLDER.mkdir(parents=True, exist_ok=True)
    with (FOLDER / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def ts_file(code: str, domain: str = "commsdesk") -> Path:
    return FOLDER / f"{domain}_{LANGUAGES[code][0]}.ts"


def _messages(tree: ElementTree.ElementTree) -> Iterator[tuple[str, ElementTree.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _write(tree: ElementTree.ElementTree, path: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _set(message: ElementTree.Element, text: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ElementTree.SubElement(message, "translation")
    translation.text = text
    translation.attrib.pop("type", None)


def update() -> None:
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    for code, (_suffix, target) in LANGUAGES.items():
        path = ts_file(code)
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-ts",
                str(path),
                "-target-language",
                target,
                "-no-obsolete",
                "-locations",
                "none",
                "-silent",
            ],
            check=True,
        )
        if code == "en":  # the source is English
            tree = ElementTree.parse(path)
            for _context, message in _messages(tree):
                _set(message, message.findtext("source", ""))
            _write(tree, path)


def release() -> None:
    for path in sorted(FOLDER.glob("*.ts")):
        qm = path.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(path), "-qm", str(qm)], check=True)


def missing() -> list[dict[str, str]]:
    wanted: dict[tuple[str, str], dict[str, str]] = {}
    for code in ("sq", "sr"):
        for context, message in _messages(ElementTree.parse(ts_file(code))):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or ""):
                source = message.findtext("source", "")
                wanted.setdefault((context, source), {"context": context, "source": source})[code] = ""
    return list(wanted.values())


def fill(entries: list[dict[str, str]]) -> int:
    changed = 0
    for code in ("sq", "sr"):
        path = ts_file(code)
        tree = ElementTree.parse(path)
        index = {(context, message.findtext("source", "")): message for context, message in _messages(tree)}
        for entry in entries:
            message = index.get((entry["context"], entry["source"]))
            if message is not None and entry.get(code):
                _set(message, entry[code])
                changed += 1
        _write(tree, path)
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("release")
    miss = sub.add_parser("missing")
    miss.add_argument("-o", "--output")
    fill_parser = sub.add_parser("fill")
    fill_parser.add_argument("file")
    args = parser.parse_args()
    with locked():
        if args.command == "update":
            update()
            release()
        elif args.command == "release":
            release()
        elif args.command == "missing":
            text = json.dumps(missing(), ensure_ascii=False, indent=1)
            if args.output:
                Path(args.output).write_text(text, encoding="utf-8")
            else:
                print(text)
        else:
            print(f"{fill(json.loads(Path(args.file).read_text(encoding='utf-8')))} translations set")
            release()


if __name__ == "__main__":
    main()
