"""The files the campaign works on, made once per run in a scratch folder.

- a source database filled by the benchmarks' generator (`benchmarks.generate.generate`: Albanian and Serbian
  names with diacritics, groups, recurring events, releases), from which the real command line exports the
  contacts (CSV, XLSX, vCard) and the calendar (.ics) that the import trials read; it is also the file that
  the backup trials back up;
- an action plan CSV in the layout of `resources/demo/kacanik-action-plan-2023.csv`;
- an empty database at today's schema (`commsdesk init`), which every import trial starts from;
- the 0001 fixture of `tests/db/fixtures`, with more press releases added in plain SQL (its schema is frozen, as
  in `build_0001.py`) so that the upgrade has work to do;
- the malformed inputs (`bad_inputs`).
"""

from __future__ import annotations

import csv
import io
import random
import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from benchmarks.generate import PLACES, SEED, WORDS, _body, generate

from commsdesk.io.plan_csv import COLUMNS
from faults.child import ROOT, run

FIXTURE_0001 = ROOT / "tests" / "db" / "fixtures" / "commsdesk-0001.sqlite"
PLAN_YEAR = 2025
SPECIALS = "& < \" ' 📰 ë ç š đ č ć ž"  # and NUL, in files of their own (a reader may refuse a file for it)
SPECIALS_SHOWN = "& < \" ' emoji ë ç š đ č ć ž"

QUICK = {"contacts": 600, "events": 100, "releases": 60, "activities": 60, "updates": 0, "old_releases": 150}
FULL = {"contacts": 10_000, "events": 600, "releases": 600, "activities": 400, "updates": 0, "old_releases": 1_500}


@dataclass(frozen=True)
class Inputs:
    source: Path  # the generated database (backed up by the backup trials; never written to after)
    empty: Path  # an empty database at today's schema
    old: Path  # a database at schema revision 0001
    files: dict[str, Path]  # contacts.csv, contacts.xlsx, contacts.vcf, calendar.ics, plan.csv


def _cli(env: dict[str, str], folder: Path, *command: str) -> None:
    result = run(["--lang", "en", *command], env, folder)
    if result.exit_code != 0:
        raise RuntimeError(f"commsdesk {' '.join(command)} failed ({result.exit_code}): {result.stderr.strip()}")


def make_inputs(folder: Path, sizes: dict[str, int], env: dict[str, str], jobs: int = 1) -> Inputs:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "source" / "commsdesk.sqlite"
    generate(source, {key: sizes[key] for key in ("contacts", "events", "releases", "activities", "updates")})
    files = {name: folder / name for name in ("contacts.csv", "contacts.xlsx", "contacts.vcf", "calendar.ics")}
    empty = folder / "empty" / "commsdesk.sqlite"
    # Each export reads its own copy: one commsdesk at a time may open a database.
    copies = [_copy(source, folder / f"source-{n}") for n in range(4)]
    commands = [
        ["--db", str(copy), "export", "contacts", "--format", fmt, "-o", str(files[f"contacts.{fmt}"])]
        for copy, fmt in zip(copies, ("csv", "xlsx", "vcf"), strict=False)
    ]
    every_day = ["--from", "01.01.2000", "--to", "31.12.2040"]
    ics = ["--format", "ics", "-o", str(files["calendar.ics"])]
    commands.append(["--db", str(copies[3]), "export", "calendar", *every_day, *ics])
    commands.append(["--db", str(empty), "init"])
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(lambda command: _cli(env, folder, *command), commands))
    files["plan.csv"] = write_plan_csv(folder / "plan.csv", sizes["activities"])
    old = folder / "old" / "commsdesk.sqlite"
    fatten_0001(old, sizes["old_releases"])
    return Inputs(source, empty, old, files)


def _copy(database: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(database, folder / database.name)
    return folder / database.name


def write_plan_csv(path: Path, activities: int, rng: random.Random | None = None) -> Path:
    """An annual plan of `activities` rows in five objectives, as an office would write it."""
    rng = rng or random.Random(SEED)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for n in range(activities):
            recurring = n % 3 == 0
            objective = n % 5 + 1
            title = f"Objektivi {objective}: komunikimi me qytetarët e {PLACES[objective]}"
            writer.writerow(
                [
                    objective,
                    title,
                    "recurring" if recurring else "specific",
                    f"Aktiviteti {n}: {' '.join(rng.choice(WORDS) for _ in range(12))}",
                    "; ".join(rng.sample(["ZIMP", "Kryetari i komunës", "Zyra IT", "Kabineti", "Drejtoritë"], 2)),
                    "" if recurring else rng.choice(["2025", "mars–qershor 2025", "Q3 2025"]),
                    "Në baza javore" if recurring else "",
                    "" if recurring else rng.choice(["0", "100", "1.000,50"]),
                    rng.choice(["", "pa kosto shtesë", "me donatorë"]),
                ]
            )
    return path


def fatten_0001(target: Path, releases: int) -> Path:
    """A copy of the 0001 fixture with `releases` more press releases, each in two languages of 300–600 words."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE_0001, target)
    rng = random.Random(SEED)
    connection = sqlite3.connect(target)
    try:
        with connection:
            connection.execute("PRAGMA journal_mode=DELETE")
            first = connection.execute("SELECT MAX(id) FROM press_release").fetchone()[0] + 1
            version = connection.execute("SELECT MAX(id) FROM release_version").fetchone()[0] + 1
            for n in range(releases):
                release = first + n
                connection.execute(
                    "INSERT INTO press_release (id, year, number, reference, status, release_date, place, "
                    "embargo_until, tags, approved_by, approved_at, event_id, activity_id, created_at, updated_at) "
                    "SELECT ?, 2025, ?, ?, status, release_date, place, NULL, tags, approved_by, approved_at, "
                    "NULL, NULL, created_at, updated_at FROM press_release ORDER BY id LIMIT 1",
                    (release, n + 1, f"2025/{n + 1:04d}"),
                )
                for language in ("sq", "sr"):
                    headline = f"{rng.choice(WORDS).capitalize()} {rng.choice(PLACES)} {n} ({language})"
                    connection.execute(
                        "INSERT INTO release_version (id, release_id, language, state, headline, subheadline, body) "
                        "VALUES (?, ?, ?, 'draft', ?, '', ?)",
                        (version, release, language, headline, _body(rng)),
                    )
                    version += 1
    finally:
        connection.close()
    return target


@dataclass(frozen=True)
class BadInput:
    name: str  # the file's name as the import sees it
    what: str
    path: Path
    valid_for: frozenset[str] = frozenset()  # the imports for which it may also be accepted (exit code 0)
    empty: bool = False  # nothing in it: the database must stay unchanged whatever the exit code


IMPORTS = ("contacts", "calendar", "plan")


def import_command(kind: str, path: Path) -> list[str]:
    return {
        "contacts": ["import", "contacts", str(path)],
        "calendar": ["import", "calendar", str(path)],
        "plan": ["import", "plan", str(path), "--year", str(PLAN_YEAR)],
    }[kind]


def bad_inputs(folder: Path, inputs: Inputs, rng: random.Random) -> list[BadInput]:
    """Malformed files (and a folder, and no file at all), each to be given to every import."""
    folder.mkdir(parents=True, exist_ok=True)
    found: list[BadInput] = []

    def add(name: str, what: str, content: bytes | None, **options) -> None:
        path = folder / name
        if content is not None:
            path.write_bytes(content)
        found.append(BadInput(name, what, path, **options))

    workbook = inputs.files["contacts.xlsx"].read_bytes()
    add("truncated.xlsx", "an XLSX cut off in the middle", workbook[: len(workbook) // 2])
    add("garbage.csv", "256 KiB of random bytes named .csv", rng.randbytes(256 * 1024))
    add(
        "long-line.vcf",
        "a vCard with a 10 MB NOTE line",
        _vcard("N:Rreshti;Gjatë;;;", "FN:Gjatë Rreshti", "NOTE:" + "x" * (10 * 1024 * 1024)),
        valid_for=frozenset({"contacts"}),
    )
    add(
        "broken-rrule.ics",
        "an .ics whose RRULE is nonsense",
        _ics("Takim javor", "RRULE:FREQ=FORTNIGHTLY;BYDAY=XX;INTERVAL=-1;UNTIL=garbage").encode(),
        valid_for=frozenset({"calendar"}),
    )
    for suffix in ("csv", "xlsx", "vcf", "ics"):
        add(f"empty.{suffix}", f"an empty .{suffix}", b"", valid_for=frozenset(IMPORTS), empty=True)
    (folder / "a-folder.csv").mkdir(exist_ok=True)
    add("a-folder.csv", "a folder given as FILE", None)
    add("missing.csv", "a file that does not exist", None)
    header = next(csv.reader(inputs.files["contacts.csv"].open(encoding="utf-8-sig")))
    email = next(column for column in header if column.lower().startswith("e-mail"))
    for name, text in (("specials", SPECIALS), ("nul", f"Nul\x00{SPECIALS}")):
        shown = "NUL and " if name == "nul" else ""
        row = dict.fromkeys(header, "")
        row.update({header[0]: text, header[1]: f"Test {text}", email: f"{name}@example.org"})
        add(
            f"{name}.csv",
            f"a contact whose name is {shown}{SPECIALS_SHOWN}",
            _csv([header, [row[column] for column in header]]),
            valid_for=frozenset({"contacts"}),
        )
        add(
            f"{name}.vcf",
            f"a vCard of {shown}{SPECIALS_SHOWN}",
            _vcard(f"N:{text};Test;;;", f"FN:Test {text}", f"NOTE:{text}"),
            valid_for=frozenset({"contacts"}),
        )
        add(
            f"{name}.ics",
            f"an event titled {shown}{SPECIALS_SHOWN}",
            _ics(text, "").encode(),
            valid_for=frozenset({"calendar"}),
        )
        add(
            f"{name}-plan.csv",
            f"a plan row of {shown}{SPECIALS_SHOWN}",
            _csv([COLUMNS, [1, f"Objektivi {text}", "specific", f"Aktiviteti {text}", text, "2025", "", "0", text]]),
            valid_for=frozenset({"plan"}),
        )
    return found


def _vcard(*lines: str) -> bytes:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""]).encode()


def _csv(rows: list) -> bytes:
    handle = io.StringIO(newline="")
    csv.writer(handle).writerows(rows)
    return handle.getvalue().encode()


def _ics(summary: str, rule: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//commsdesk faults//EN",
        "BEGIN:VEVENT",
        "UID:faults-1@commsdesk.example",
        "DTSTAMP:20250101T090000Z",
        "DTSTART:20250106T090000Z",
        "DTEND:20250106T100000Z",
        f"SUMMARY:{summary}",
        f"LOCATION:{summary}",
        rule,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(line for line in lines if line) + "\r\n"
