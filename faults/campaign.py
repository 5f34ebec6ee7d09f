"""The scenarios, the kill trials and the bad-input runs, and how their outcome is judged."""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from faults.child import Run, run
from faults.inputs import IMPORTS, BadInput, Inputs, import_command
from faults.state import Fingerprint, Health, backups, cells_with_nul, health, leftovers

DATABASE = "commsdesk.sqlite"


@dataclass(frozen=True)
class Scenario:
    key: str
    what: str
    template: Path  # the database each run starts from (copied, with its WAL if it has one)
    command: list[str]  # after `commsdesk --lang en --db PATH`


def scenarios(inputs: Inputs) -> list[Scenario]:
    files = inputs.files
    return [
        Scenario(
            "contacts-csv", "import contacts (CSV)", inputs.empty, import_command("contacts", files["contacts.csv"])
        ),
        Scenario(
            "contacts-xlsx", "import contacts (XLSX)", inputs.empty, import_command("contacts", files["contacts.xlsx"])
        ),
        Scenario(
            "contacts-vcf", "import contacts (vCard)", inputs.empty, import_command("contacts", files["contacts.vcf"])
        ),
        Scenario(
            "calendar-ics", "import calendar (.ics)", inputs.empty, import_command("calendar", files["calendar.ics"])
        ),
        Scenario("plan-csv", "import plan (CSV)", inputs.empty, import_command("plan", files["plan.csv"])),
        Scenario("backup", "commsdesk backup", inputs.source, ["backup"]),
        Scenario("upgrade", "upgrade of a 0001 file (commsdesk init)", inputs.old, ["init"]),
    ]


def place(template: Path, folder: Path) -> Path:
    """A fresh copy of `template` (and of its write-ahead log, which is part of its content) in `folder`."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    target = folder / DATABASE
    shutil.copyfile(template, target)
    wal = template.with_name(template.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    return target


def cli(database: Path, command: list[str]) -> list[str]:
    return ["--lang", "en", "--db", str(database), *command]


@dataclass
class Baseline:
    """An undisturbed run: how long it takes, and the content before and after it."""

    seconds: float
    peak_mib: float | None
    before: Fingerprint
    after: Fingerprint
    backup_made: bool
    error: str = ""


def baseline(scenario: Scenario, folder: Path, env: dict[str, str]) -> Baseline:
    database = place(scenario.template, folder)
    before = health(database)
    result = run(cli(database, scenario.command), env, folder)
    after = health(database)
    error = ""
    if result.exit_code != 0:
        error = f"exit code {result.exit_code}: {result.stderr.strip()[-500:]}"
    elif not before.ok or not after.ok:
        error = f"the file is not healthy: {(before.problems + after.problems)[:3]}"
    elif before.fingerprint == after.fingerprint and scenario.key != "backup":
        error = "the run changed nothing"
    assert before.fingerprint is not None
    return Baseline(
        result.seconds,
        result.peak_mib,
        before.fingerprint,
        after.fingerprint or before.fingerprint,
        bool(backups(folder)),
        error,
    )


@dataclass
class Trial:
    scenario: str
    number: int
    kill_at: float  # seconds after the start
    killed: bool  # False: it ended before the kill came
    exit_code: int
    state: str  # "before", "after" or "partial"
    corrupted: bool
    partial: bool
    opens: bool  # `commsdesk check` accepted the file, and the next start (`commsdesk init`, full mode) opened it
    leftovers: list[str]  # stray files after the kill (`*.part`, a rollback journal that is not hot)
    leftovers_after_next_start: list[str]
    hot_journal: bool  # the kill left a hot rollback journal, which the next program to open the file rolls back
    backups: int  # finished backups beside the database
    detail: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.corrupted or self.partial or not self.opens or bool(self.leftovers_after_next_start)


def _state(found: Fingerprint, base: Baseline) -> tuple[str, list[str]]:
    """Whether `found` is the content before the run, after it, or something in between (with what differs)."""
    if found == base.before:
        return "before", []
    if found == base.after:
        return "after", []
    differences = []
    if found.schema not in (base.before.schema, base.after.schema):
        differences.append(f"schema {found.schema[:8]} is neither the old nor the new one")
    if found.revision not in (base.before.revision, base.after.revision):
        differences.append(f"revision {found.revision}")
    tables = sorted(set(dict(found.counts)) | set(dict(base.after.counts)) | set(dict(base.before.counts)))
    for table in tables:
        have, old, new = found.rows(table), base.before.rows(table), base.after.rows(table)
        if have != old or have != new:
            differences.append(f"{table}: {have} rows (before {old}, after {new})")
    return "partial", differences


def trial(
    scenario: Scenario,
    base: Baseline,
    number: int,
    kill_at: float,
    folder: Path,
    env: dict[str, str],
    restart: bool = True,
) -> Trial:
    database = place(scenario.template, folder)
    result = run(cli(database, scenario.command), env, folder, kill_after=kill_at)
    left = leftovers(folder)
    detail: list[str] = []
    if not result.killed and result.exit_code != 0:
        detail.append(f"exit code {result.exit_code}: {result.stderr.strip()[-300:]}")
    if result.timed_out:
        detail.append("timed out")
    found = health(database)
    corrupted = not found.ok
    if found.recovered_in_a_copy:
        detail.append("a hot rollback journal was left (judged on a copy that SQLite rolled back)")
    state, partial_detail = ("?", [])
    if corrupted:
        detail.append(f"damaged: {found.problems[:3]}, {found.foreign_key_violations} broken references")
    else:
        assert found.fingerprint is not None
        state, partial_detail = _state(found.fingerprint, base)
        detail += partial_detail
    partial = state == "partial"
    finished = backups(folder)
    for copy in finished:  # a finished backup must be a whole, healthy copy of the file before or after
        copied: Health = health(copy)
        if not copied.ok:
            corrupted = True
            detail.append(f"backup {copy.name} damaged: {copied.problems[:3]}")
        elif copied.fingerprint not in (base.before, base.after):
            partial = True
            detail.append(f"backup {copy.name} is incomplete: {copied.fingerprint.describe()}")
    opens = True
    # `check` reads the file as it was left; `init` is the next start: it takes over the dead process's lock,
    # checks the file and (the upgrade) finishes the job.
    for command in (["check"], ["init"]) if restart else (["check"],):
        answer = run(cli(database, command), env, folder)
        if answer.exit_code != 0:
            opens = False
            said = (answer.stdout.strip() + " " + answer.stderr.strip()).strip()
            detail.append(f"`commsdesk {command[0]}` said ({answer.exit_code}): {said[-300:]}")
    return Trial(
        scenario.key,
        number,
        round(kill_at, 3),
        result.killed,
        result.exit_code,
        state,
        corrupted,
        partial,
        opens,
        _stray(left, found.recovered_in_a_copy),
        leftovers(folder) if restart else [],  # what the next start left; only the full mode makes one
        found.recovered_in_a_copy,
        len(finished),
        detail,
    )


def _stray(files: list[str], hot: bool) -> list[str]:
    return [name for name in files if not (hot and name == f"{DATABASE}-journal")]


def kill_moments(scenario: Scenario, base: Baseline, trials: int, seed: int) -> list[float]:
    """`trials` moments uniform between 0 and the undisturbed run's duration, from a stream of their own (so that
    choosing fewer scenarios does not move the others' moments)."""
    rng = random.Random(f"{seed}:{scenario.key}")
    return [rng.uniform(0, base.seconds) for _ in range(trials)]


# -- bad inputs ----------------------------------------------------------------------------------------------------


@dataclass
class BadRun:
    input: str
    what: str
    importer: str
    exit_code: int
    expected: list[int]
    stdout: str
    stderr: str
    stderr_lines: int
    traceback: bool  # printed, or written to the error log behind "commsdesk hit an unexpected error"
    logged: str  # the last line of the error log when the run wrote to it
    unchanged: bool
    corrupted: bool
    stored_nul: int  # text cells holding NUL after an accepted import
    peak_mib: float | None
    peak_source: str
    seconds: float

    @property
    def problems(self) -> list[str]:
        found = []
        if self.traceback:
            found.append(f"traceback ({self.logged})" if self.logged else "traceback")
        if self.corrupted:
            found.append("file damaged")
        if not self.unchanged:
            found.append("database changed although refused")
        if self.exit_code not in self.expected:
            found.append(f"exit code {self.exit_code}, expected {'/'.join(map(str, self.expected))}")
        if self.exit_code != 0 and self.stderr_lines != 1:
            found.append(f"{self.stderr_lines} lines on stderr")
        if self.stored_nul:
            found.append(f"NUL stored in {self.stored_nul} cells")
        return found

    @property
    def fatal(self) -> bool:
        """What fails the campaign: a traceback, a damaged file, a refused import that changed the database."""
        return self.traceback or self.corrupted or not self.unchanged


def bad_run(bad: BadInput, importer: str, template: Path, folder: Path, env: dict[str, str]) -> BadRun:
    database = place(template, folder)
    before = health(database).fingerprint
    result: Run = run(cli(database, import_command(importer, bad.path)), env, folder, timeout=300)
    after = health(database)
    accepted = result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    logged = _logged_error(result.stderr)
    return BadRun(
        bad.name,
        bad.what,
        importer,
        result.exit_code,
        [0, 1] if importer in bad.valid_for else [1],
        result.stdout.strip()[:400],
        result.stderr.strip()[:400],
        len(lines),
        "Traceback" in result.stderr or "Traceback" in result.stdout or bool(logged),
        logged,
        after.fingerprint == before or (accepted and not bad.empty),
        not after.ok,
        cells_with_nul(database) if accepted and after.ok else 0,
        result.peak_mib,
        result.peak_source,
        round(result.seconds, 2),
    )


_UNEXPECTED = re.compile(r"commsdesk hit an unexpected error \((?P<kind>\w+)\)\. Details are in (?P<log>.+)\.$", re.M)


def _logged_error(stderr: str) -> str:
    """For commsdesk's "unexpected error" sentence (a bug: its traceback went to the error log), the exception's
    line from that log."""
    match = _UNEXPECTED.search(stderr)
    if not match:
        return ""
    try:
        lines = [line for line in Path(match["log"]).read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError:
        return match["kind"]
    return next((line.strip() for line in reversed(lines) if line.startswith(match["kind"])), match["kind"])


def bad_plan(bad: list[BadInput], quick: bool) -> list[tuple[BadInput, str]]:
    """Every bad input for every import; in quick mode a handful that cover each kind of trouble once."""
    everything = [(item, importer) for item in bad for importer in IMPORTS]
    if not quick:
        return everything
    wanted = {
        ("truncated.xlsx", "contacts"),
        ("garbage.csv", "plan"),
        ("broken-rrule.ics", "calendar"),
        ("a-folder.csv", "contacts"),
        ("missing.csv", "calendar"),
        ("specials.csv", "contacts"),
        ("nul.ics", "calendar"),
    }
    return [(item, importer) for item, importer in everything if (item.name, importer) in wanted]


def as_json(item: object, extra: Callable[[object], dict] | None = None) -> dict:
    data = asdict(item)  # type: ignore[call-overload]
    if extra:
        data.update(extra(item))
    return data
