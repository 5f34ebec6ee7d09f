"""Every string ships finished in sq, sr_Latn and en, keeps its placeholders, and the compiled files are current."""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from commsdesk.domain.events import EventKind
from commsdesk.i18n import Catalog, catalog, set_language, translate
from commsdesk.i18n.catalog import LANGUAGES
from commsdesk.i18n.qm import QmFormatError, read_qm
from commsdesk.resources import resource_path

FOLDER = resource_path("translations")
TS_FILES = sorted(FOLDER.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%n|%\d")


def messages(path: Path):
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def test_every_language_has_its_files():
    for code, (suffix, _name) in LANGUAGES.items():
        assert (FOLDER / f"commsdesk_{suffix}.ts").exists(), code
        assert (FOLDER / f"commsdesk_{suffix}.qm").exists(), code
    for suffix in ("sq", "sr_Latn"):
        assert (FOLDER / f"qtbase_{suffix}.qm").exists()


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(path):
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in messages(path)
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in {path.name}: {unfinished[:10]}"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_every_placeholder(path):
    broken = [
        f"{context}: {source!r} → {translation.text!r}"
        for context, source, translation in messages(path)
        if translation is not None
        and translation.text
        and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text))
    ]
    assert not broken, broken[:10]


def test_source_strings_are_all_extracted(tmp_path):
    """The .ts files list every string the code marks (nobody forgot `scripts/translations.py update`)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    sources = sorted(str(p) for p in resource_path("..", "src", "commsdesk").resolve().rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-silent", "-locations", "none"], check=True)
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    shipped = {(c, s) for c, s, _ in messages(FOLDER / "commsdesk_sq.ts")}
    assert wanted - shipped == set(), sorted(wanted - shipped)[:10]


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_compiled_files_match_their_sources(path, tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    compiled = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(path), "-qm", str(compiled)], check=True)
    assert read_qm(compiled) == read_qm(path.with_suffix(".qm")), "run: python scripts/translations.py release"


def test_catalogs_speak_each_language():
    assert catalog("sq").translate("EventKind", "Press conference") == "Konferencë për shtyp"
    assert catalog("sr").translate("EventKind", "Press conference") == "Konferencija za štampu"
    assert catalog("en").translate("EventKind", "Press conference") == "Press conference"


def test_switching_language_changes_labels_at_once():
    set_language("sr")
    assert (
        EventKind.PUBLIC_MEETING.label()
        == translate("EventKind", "Public meeting with citizens")
        != ("Public meeting with citizens")
    )
    set_language("en")
    assert EventKind.PUBLIC_MEETING.label() == "Public meeting with citizens"


def test_unknown_strings_fall_back_to_the_source_text():
    assert catalog("sq").translate("Nowhere", "Not a known string") == "Not a known string"


def test_a_file_that_is_not_a_qm_file_is_refused(tmp_path):
    bogus = tmp_path / "x.qm"
    bogus.write_bytes(b"<TS>not compiled</TS>")
    with pytest.raises(QmFormatError):
        read_qm(bogus)
    assert len(Catalog.load("sq", tmp_path / "missing.qm")) == 0


# Where `translate` is given a variable on purpose: the texts are marked with QT_TRANSLATE_NOOP where they are defined.
TRANSLATES_MARKED_SOURCES = {
    "domain/choices.py",
    "domain/contacts.py",
    "io/contacts_columns.py",
    "io/contacts_mapping.py",
}


def test_every_translated_text_is_written_where_lupdate_can_read_it():
    """`translate("Context", "Text")` with both written out: a wrapper such as `_tr(text)` or `error(text)` hides its
    texts from `pyside6-lupdate`, and they would stay English in every language."""
    package = Path(__file__).resolve().parents[2] / "src" / "commsdesk"
    hidden = []
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        if name.startswith("i18n/") or name in TRANSLATES_MARKED_SOURCES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
            if called and not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]):
                hidden.append(f"{name}:{node.lineno}")
    assert hidden == []
