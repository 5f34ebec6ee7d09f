"""`commsdesk selftest`: checks that this installation can do what a frozen (PyInstaller) build most often loses.

Each check works in a temporary folder and touches nothing of the user's: the resources beside the program, a
database created at the oldest schema and upgraded by the Alembic scripts (which are loaded as files), the demo
content, a PDF with Albanian and Serbian letters read back, an XLSX read back, every translation (ours and Qt's),
a weekly recurrence across the change to summer time in Europe/Belgrade from the bundled time-zone data, iCalendar
and vCard round trips, and Qt's libraries and plugins. No window is opened.

The PDF is read back by `pdf_reader.read_pdf` rather than by pypdf, which is a test dependency and not shipped: it
decodes the page text through each font's ToUnicode map (what a reader does when one copies text), so it proves
the letters are in the file as text, in the embedded DejaVu font, not as missing glyphs.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from commsdesk import __version__
from commsdesk.i18n import translate
from commsdesk.selftest.pdf_reader import PdfContent, PdfReadError, read_pdf

__all__ = ["Check", "CheckFailed", "PdfContent", "Result", "checks", "read_pdf", "run_checks"]

ALBANIAN = "Njoftim për shtyp: çështjet e Kaçanikut – Ëndërr, Çelës"
SERBIAN = "Saopštenje: Đorđe Čačak & Ćiro Žužić <Niš>"
INSTITUTION = "Komuna e Kaçanikut – Opština Kačanik"
ZONE = "Europe/Belgrade"
OPTIONAL_QT_MODULES = ("QtPrintSupport", "QtSvg")


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str
    trace: str = ""


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Path], str]  # gets its own empty folder; returns what it verified, raises when it fails


# -- the checks ----------------------------------------------------------------------------------------------


def check_resources(folder: Path) -> str:
    from commsdesk.resources import resources_dir

    root = resources_dir()
    needed = ["fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "icons/commsdesk.png", "icons/commsdesk-64.png"]
    missing = [name for name in needed if not (root / name).is_file()]
    if not any((root / "demo").glob("*")):
        missing.append("demo/")
    if missing:
        raise CheckFailed(translate("SelfTest", "missing in {folder}: {files}").format(folder=root, files=missing))
    return str(root)


def check_database(folder: Path) -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from commsdesk.db.engine import Database
    from commsdesk.db.integrity import check_file
    from commsdesk.db.migrate import MIGRATIONS_DIR, prepare, stored_revision, upgrade

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    first, head = scripts.get_base(), scripts.get_current_head()
    path = folder / "commsdesk.sqlite"
    database = Database(path)
    try:
        upgrade(database, first)
    finally:
        database.close()
    result = prepare(path, folder / "backups")
    if stored_revision(path) != head or not check_file(path).ok:
        raise CheckFailed(translate("SelfTest", "the upgraded database is not at {head}").format(head=head))
    if first != head and (result.backup is None or not result.backup.is_file()):
        raise CheckFailed(translate("SelfTest", "no backup was taken before the upgrade"))
    return translate("SelfTest", "created at {first}, backed up, upgraded to {head}").format(first=first, head=head)


def check_demo(folder: Path) -> str:
    from commsdesk.db.integrity import open_read_only, table_counts
    from commsdesk.paths import resolve_paths
    from commsdesk.workspace import Workspace

    paths = resolve_paths(folder / "demo.sqlite")
    Workspace.open(paths, demo=True).close()
    connection = open_read_only(paths.database)
    try:
        counts = table_counts(connection)
    finally:
        connection.close()
    tables = ("contact", "event", "press_release", "activity")
    empty = [name for name in tables if not counts.get(name)]
    if empty:
        raise CheckFailed(translate("SelfTest", "no demo rows in {tables}").format(tables=", ".join(empty)))
    return ", ".join(f"{name} {counts[name]}" for name in tables)


def _jpeg(png: bytes) -> bytes:
    from PIL import Image

    output = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(output, "JPEG")
    return output.getvalue()


def check_pdf(folder: Path) -> str:
    from reportlab.lib.utils import ImageReader

    from commsdesk.i18n import current_language
    from commsdesk.reports.pdf import Letterhead, build_pdf, para, stylesheet
    from commsdesk.resources import resource_path

    logo = resource_path("icons", "commsdesk-64.png").read_bytes()
    for image in (logo, _jpeg(logo)):  # the letterhead leaves out a logo it cannot read; here that is an error
        ImageReader(io.BytesIO(image)).getSize()
    styles = stylesheet()
    path = build_pdf(
        folder / "selftest.pdf",
        [para(ALBANIAN, styles["title"]), para(SERBIAN, styles["body"])],
        title="commsdesk selftest",
        letterhead=Letterhead(INSTITUTION, ("Sheshi i Dëshmorëve – Trg mučenika",), logo),
        language=current_language(),
    )
    try:
        content = read_pdf(path.read_bytes())
    except PdfReadError as error:
        raise CheckFailed(translate("SelfTest", "not a complete PDF file")) from error
    missing = [text for text in (ALBANIAN, SERBIAN, INSTITUTION) if text not in content.text]
    if missing:
        raise CheckFailed(translate("SelfTest", "text not found in the PDF: {texts}").format(texts=missing))
    bare = sorted(name for name, embedded in content.fonts.items() if not embedded)
    if bare:
        raise CheckFailed(translate("SelfTest", "fonts not embedded: {fonts}").format(fonts=", ".join(bare)))
    if content.images < 1:
        raise CheckFailed(translate("SelfTest", "the logo is missing from the letterhead"))
    if not _draws_ink(path):
        raise CheckFailed(translate("SelfTest", "the preview (PDFium) draws a blank page"))
    return translate(
        "SelfTest", "ë ç š đ č ć ž read back; fonts {fonts} embedded; logo drawn; the preview draws the page"
    ).format(fonts=", ".join(sorted(content.fonts)))


def _draws_ink(path: Path) -> bool:
    """Whether PDFium, which draws the release preview, puts anything but white on the PDF's first page."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[0]
        pixels = bytes(page.render(scale=0.5, rev_byteorder=True).buffer)
        page.close()
    finally:
        document.close()
    return pixels.count(255) < len(pixels)


def check_xlsx(folder: Path) -> str:
    import openpyxl.xml
    from openpyxl import load_workbook

    from commsdesk.reports.xlsx import Column, Kind, Sheet, write_workbook

    if not openpyxl.xml.DEFUSEDXML:
        raise CheckFailed(translate("SelfTest", "defusedxml is missing: workbooks would be read unsafely"))
    rows = [(SERBIAN, date(2026, 3, 29), 390000), ("=SUM(A1:A9)", None, 5)]
    columns = [Column("Emri – Ime"), Column("Data", kind=Kind.DATE), Column("Shuma", kind=Kind.MONEY)]
    path = write_workbook(folder / "selftest.xlsx", [Sheet("Kontaktet – Đ", columns, rows)])
    workbook = load_workbook(path)
    try:
        sheet = workbook["Kontaktet – Đ"]
        values = [tuple(cell.value for cell in row) for row in sheet.iter_rows(min_row=2)]
        formula_type = sheet["A3"].data_type
    finally:
        workbook.close()
    expected = [(SERBIAN, datetime(2026, 3, 29), 3900), ("=SUM(A1:A9)", None, 0.05)]
    if values != expected or formula_type != "s":
        raise CheckFailed(
            translate("SelfTest", "read back {found}, expected {expected}").format(found=values, expected=expected)
        )
    return translate("SelfTest", "text, date and money read back; a formula-like text stays text")


def check_translations(folder: Path) -> str:
    from PySide6.QtCore import QTranslator

    from commsdesk.i18n import LANGUAGES
    from commsdesk.i18n.catalog import qm_path
    from commsdesk.i18n.qm import read_qm

    found, qt = [], []
    for code in LANGUAGES:
        messages = read_qm(qm_path(code))
        if code != "en" and not messages:
            raise CheckFailed(translate("SelfTest", "{file} has no translations").format(file=qm_path(code).name))
        found.append(f"{code} {len(messages)}")
        path = qm_path(code, "qtbase")
        if code == "en" and not path.exists():
            continue  # Qt speaks English by itself
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            raise CheckFailed(translate("SelfTest", "Qt cannot load {file}").format(file=path.name))
        qt.append(code)
    return translate("SelfTest", "messages: {counts}; Qt's own: {qt}").format(counts=", ".join(found), qt=", ".join(qt))


def bundled_zone(name: str = ZONE):
    """The zone from the tzdata package (what Windows has to use), not from the system's database."""
    from importlib.resources import files
    from zoneinfo import ZoneInfo

    with files("tzdata").joinpath("zoneinfo", *name.split("/")).open("rb") as data:
        return ZoneInfo.from_file(data, key=name)


def check_recurrence(folder: Path) -> str:
    from zoneinfo import ZoneInfo

    from dateutil.rrule import MONTHLY, SU, WEEKLY, rrule

    year = date.today().year
    last_sunday = rrule(MONTHLY, dtstart=datetime(year, 3, 1), bymonth=3, byweekday=SU(-1), count=1)[0]
    monday = (last_sunday - timedelta(days=6)).date()
    lines = []
    for zone in (bundled_zone(), ZoneInfo(ZONE)):
        start = datetime.combine(monday, time(9, 0), tzinfo=zone)
        occurrences = list(rrule(WEEKLY, dtstart=start, count=3))
        local = [(o.hour, o.minute) for o in occurrences]
        utc = [o.astimezone(UTC).hour for o in occurrences]
        if local != [(9, 0)] * 3 or utc != [8, 7, 7]:
            raise CheckFailed(
                translate("SelfTest", "weekly 09:00 became {local} (UTC hours {utc})").format(local=local, utc=utc)
            )
        lines = [o.strftime("%d.%m.%Y %H:%M UTC%z") for o in occurrences[:2]]
    return translate("SelfTest", "{before} → {after} ({zone}, bundled time-zone data)").format(
        before=lines[0], after=lines[1], zone=ZONE
    )


def check_exchange_formats(folder: Path) -> str:
    import icalendar
    import vobject

    start = datetime(2026, 3, 23, 9, 0, tzinfo=bundled_zone())
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//commsdesk//selftest//EN")
    calendar.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", "selftest@commsdesk.invalid")
    event.add("summary", SERBIAN)
    event.add("dtstart", start)
    event.add("rrule", {"freq": "weekly", "count": 3})
    calendar.add_component(event)
    read = icalendar.Calendar.from_ical(calendar.to_ical()).walk("VEVENT")[0]
    if str(read["summary"]) != SERBIAN or read.decoded("dtstart") != start:
        raise CheckFailed(translate("SelfTest", "the iCalendar event changed on the way back"))

    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family="Čačak", given="Đorđe")
    card.add("fn").value = "Đorđe Čačak"
    card.add("email").value = "djordje@example.invalid"
    back = vobject.readOne(card.serialize())
    if back.fn.value != "Đorđe Čačak" or back.n.value.family != "Čačak":
        raise CheckFailed(translate("SelfTest", "the vCard changed on the way back"))
    return translate("SelfTest", "an event with a time zone and a repeat rule, a contact with đ and č")


def check_qt(folder: Path) -> str:
    from PySide6 import QtWidgets  # noqa: F401 - the widget library and everything it links against must load
    from PySide6.QtCore import QByteArray, QCoreApplication, QLibraryInfo
    from PySide6.QtGui import QImage

    from commsdesk.resources import resource_path

    wanted = {"win32": ["qwindows", "qoffscreen"], "darwin": ["qcocoa", "qoffscreen"]}.get(
        sys.platform, ["qxcb", "qoffscreen"]
    )
    folders = [*QCoreApplication.libraryPaths(), QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    present = {_plugin_stem(path.name) for folder_ in folders for path in Path(folder_, "platforms").glob("*")}
    missing = [name for name in wanted if name not in present]
    if missing:
        raise CheckFailed(translate("SelfTest", "platform plugins missing: {names}").format(names=", ".join(missing)))
    image = QImage()
    if not image.loadFromData(QByteArray(_jpeg(resource_path("icons", "commsdesk-64.png").read_bytes()))):
        raise CheckFailed(translate("SelfTest", "Qt cannot read JPEG images (imageformats plugin missing)"))
    # Modules the windows import only when needed (and do without when missing): if present, they must load.
    optional = [name for name in OPTIONAL_QT_MODULES if importlib.util.find_spec(f"PySide6.{name}") is not None]
    for name in optional:
        importlib.import_module(f"PySide6.{name}")
    detail = translate("SelfTest", "widgets load; platform plugins {names}; JPEG images").format(
        names=", ".join(wanted)
    )
    if optional:
        detail += "; " + translate("SelfTest", "also {modules}").format(modules=", ".join(optional))
    return detail


def _plugin_stem(file_name: str) -> str:
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def checks() -> list[Check]:
    """Every check, in the order they run, with names in the current language."""
    return [
        Check(translate("SelfTest", "Resources"), check_resources),
        Check(translate("SelfTest", "Database and migrations"), check_database),
        Check(translate("SelfTest", "Demo content"), check_demo),
        Check(translate("SelfTest", "PDF"), check_pdf),
        Check(translate("SelfTest", "Excel workbook"), check_xlsx),
        Check(translate("SelfTest", "Translations"), check_translations),
        Check(translate("SelfTest", "Recurrence across summer time"), check_recurrence),
        Check(translate("SelfTest", "iCalendar and vCard"), check_exchange_formats),
        Check(translate("SelfTest", "Qt libraries"), check_qt),
    ]


def run_checks(selected: list[Check] | None = None) -> Iterator[Result]:
    """Run the checks one by one, each in its own temporary folder, and yield each result as soon as it is known."""
    for check in checks() if selected is None else selected:
        with tempfile.TemporaryDirectory(prefix="commsdesk-selftest-", ignore_cleanup_errors=True) as folder:
            try:
                detail = check.run(Path(folder))
            except Exception as error:  # a failed check is reported, and the next one still runs
                detail = str(error) if isinstance(error, CheckFailed) else f"{type(error).__name__}: {error}"
                yield Result(check.name, False, detail, traceback.format_exc())
            else:
                yield Result(check.name, True, detail)


def describe_installation() -> str:
    """One line: the version and where the program runs from (a frozen bundle or the source)."""
    bundle = getattr(sys, "_MEIPASS", None)
    where = (
        translate("SelfTest", "frozen build in {folder}").format(folder=bundle)
        if bundle
        else translate("SelfTest", "from source, Python {version}").format(version=sys.version.split()[0])
    )
    return f"commsdesk {__version__} — {where}"
