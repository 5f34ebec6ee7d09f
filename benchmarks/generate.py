"""A deterministic database at ten times the real size, filled through the services and cached between runs.

Full: 50,000 contacts (Albanian and Serbian names with diacritics, 1–3 groups, 1–2 e-mails and phones), 20,000
events over 5 years (10% recurring), 5,000 press releases with three language versions of 300–600 words, a
4-year strategy whose benchmarked year has 500 activities with 5,000 status updates, and 20,000 requests for
access to public documents and 20,000 journalists' enquiries over the 5 years before today (each imported as an old
register). Quick: a few hundred of each.
"""

from __future__ import annotations

import random
import shutil
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from commsdesk.domain.contacts import ContactInput, ImportRow, OnDuplicate
from commsdesk.domain.events import EventKind, EventStatus
from commsdesk.domain.plan import ActivityKind, ActivityStatus
from commsdesk.io.plan_csv import PlanRow
from commsdesk.paths import resolve_paths
from commsdesk.services.calendar import EventInput
from commsdesk.services.releases import VersionInput
from commsdesk.workspace import Workspace

GENERATOR_VERSION = 3  # 2: document requests; 3: journalists' enquiries
SEED = 20261122
PLAN_YEAR = 2025
FULL = {
    "contacts": 50_000,
    "events": 20_000,
    "releases": 5_000,
    "activities": 500,
    "updates": 5_000,
    "requests": 20_000,
    "enquiries": 20_000,
}
QUICK = {
    "contacts": 300,
    "events": 200,
    "releases": 60,
    "activities": 40,
    "updates": 200,
    "requests": 300,
    "enquiries": 300,
}

GIVEN = [
    "Arbër",
    "Arta",
    "Besnik",
    "Blerta",
    "Dardan",
    "Drita",
    "Erëza",
    "Fatmir",
    "Gëzim",
    "Hana",
    "Ilir",
    "Jehona",
    "Kaltrina",
    "Liridon",
    "Mimoza",
    "Njomza",
    "Përparim",
    "Qëndresa",
    "Rinor",
    "Shpresa",
    "Teuta",
    "Valbona",
    "Xhevdet",
    "Zana",
    "Đorđe",
    "Dušan",
    "Jelena",
    "Milica",
    "Miloš",
    "Nikola",
    "Snežana",
    "Stefan",
    "Vesna",
    "Željko",
    "Ćamil",
    "Čedomir",
    "Dragana",
    "Ivana",
    "Marko",
    "Nataša",
]
FAMILY = [
    "Krasniqi",
    "Berisha",
    "Gashi",
    "Hoxha",
    "Shala",
    "Morina",
    "Bytyçi",
    "Kelmendi",
    "Rexhepi",
    "Sopi",
    "Zeqiri",
    "Çeku",
    "Loxha",
    "Ahmeti",
    "Kastrati",
    "Petrović",
    "Stanković",
    "Đurić",
    "Čačak",
    "Jovanović",
    "Nikolić",
    "Marković",
    "Ilić",
    "Živković",
    "Đokić",
    "Šarić",
    "Ćirić",
    "Popović",
    "Kovačević",
    "Stojanović",
]
OUTLET_WORDS = [
    "Radio",
    "TV",
    "Gazeta",
    "Portali",
    "Info",
    "Lajme",
    "Zëri",
    "Koha",
    "Vesti",
    "Glas",
    "Kanal",
    "Puls",
    "Fokus",
    "Eho",
    "Ekspres",
]
PLACES = [
    "Kaçanik",
    "Stagovë",
    "Elez",
    "Han",
    "Hani",
    "i",
    "Elezit",
    "Doganaj",
    "Kotlina",
    "Runjevë",
    "Gajre",
    "Bob",
    "Ivaja",
    "Nikaj",
    "Drenc",
]
WORDS = [
    "komuna",
    "kuvendi",
    "buxheti",
    "qytetarët",
    "projekti",
    "rruga",
    "shkolla",
    "ujësjellësi",
    "investimi",
    "takimi",
    "dëgjimi",
    "publik",
    "kryetari",
    "drejtoria",
    "mjedisi",
    "arsimi",
    "shëndetësia",
    "sporti",
    "kultura",
    "bujqësia",
    "turizmi",
    "transparenca",
    "opština",
    "skupština",
    "budžet",
    "građani",
    "projekat",
    "put",
    "škola",
    "vodovod",
    "investicija",
    "sastanak",
    "javno",
    "predsednik",
    "direkcija",
    "životna",
    "sredina",
    "obrazovanje",
    "zdravlje",
    "kultura",
    "poljoprivreda",
    "turizam",
    "the",
    "municipality",
    "assembly",
    "budget",
    "citizens",
    "project",
    "road",
    "school",
    "water",
    "investment",
    "meeting",
    "public",
    "mayor",
]


def database_path(cache: Path, quick: bool) -> Path:
    return cache / f"commsdesk-{'quick' if quick else 'full'}-v{GENERATOR_VERSION}.sqlite"


def generated(cache: Path, quick: bool) -> Path:
    """The cached database for this size, generated first if it is missing (or was left half-made)."""
    path = database_path(cache, quick)
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + "-partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    started = time.perf_counter()
    generate(partial / "commsdesk.sqlite", QUICK if quick else FULL)
    (partial / "commsdesk.sqlite").replace(path)
    shutil.rmtree(partial, ignore_errors=True)
    print(f"generated {path.name} in {time.perf_counter() - started:.0f} s")
    return path


def generate(path: Path, sizes: dict[str, int]) -> None:
    rng = random.Random(SEED)
    workspace = Workspace.open(resolve_paths(path), demo=False)
    try:
        services = workspace.services
        _contacts(services, rng, sizes["contacts"])
        _events(services, rng, sizes["events"])
        _releases(services, rng, sizes["releases"])
        _plan(services, rng, sizes["activities"], sizes["updates"])
        if sizes.get("requests"):
            _requests(services, rng, sizes["requests"], path.parent)
        if sizes.get("enquiries"):
            _enquiries(services, rng, sizes["enquiries"], path.parent)
    finally:
        workspace.close()


def contact_inputs(rng: random.Random, count: int) -> list[ContactInput]:
    groups = [f"Grupi {n:02d}" for n in range(1, 21)] + ["Mediat", "Qytetarët", "Diaspora", "Donatorët"]
    outlets = [f"{rng.choice(OUTLET_WORDS)} {rng.choice(PLACES)} {n}" for n in range(400)]
    people = []
    for n in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        handle = f"{given}.{family}.{n}".lower().replace(" ", "")
        emails = [("work", f"{handle}@example.org")] + ([("other", f"{handle}@mail.example")] if n % 3 == 0 else [])
        phones = [("mobile", f"+383 4{n % 10} {n % 1000:03d} {n // 1000:03d}")] + (
            [("work", f"+383 290 {n % 1000:03d} {n % 97:02d}")] if n % 2 == 0 else []
        )
        people.append(
            ContactInput(
                given_name=given,
                family_name=family,
                position=rng.choice(["Gazetar", "Novinar", "Redaktore", "Urednica", "Correspondent", ""]),
                outlet=rng.choice(outlets),
                language=rng.choice(["sq", "sq", "sr", "en"]),
                emails=emails,
                phones=phones,
                groups=rng.sample(groups, rng.randint(1, 3)),
                notes=rng.choice(["", "", "takim në Kaçanik", "sastanak u Đakovici", "press & <media>"]),
                source="benchmark",
                purpose="media relations",
                do_not_contact=n % 50 == 0,
            )
        )
    return people


def _contacts(services, rng: random.Random, count: int) -> None:
    rows = [ImportRow(row=n + 2, data=data) for n, data in enumerate(contact_inputs(rng, count))]
    services.contacts.import_contacts(rows, on_duplicate=OnDuplicate.ADD)


def _events(services, rng: random.Random, count: int) -> None:
    first = date.today() - timedelta(days=2 * 365)
    kinds = list(EventKind)
    for n in range(count):
        day = first + timedelta(days=rng.randrange(5 * 365))
        start = datetime.combine(day, clock(rng.randint(8, 18), rng.choice([0, 15, 30, 45])))
        recurring = n % 10 == 0
        rule = None
        if recurring:
            rule = rng.choice(["FREQ=WEEKLY;BYDAY=MO", "FREQ=MONTHLY;BYMONTHDAY=5", "FREQ=WEEKLY;COUNT=10"])
            if "COUNT" not in rule:
                rule += f";UNTIL={(day + timedelta(days=365)).strftime('%Y%m%d')}T235959Z"
        services.calendar.create(
            EventInput(
                title=f"{rng.choice(kinds).label()} — {rng.choice(PLACES)} #{n}",
                kind=rng.choice(kinds),
                starts_at=start,
                ends_at=start + timedelta(hours=rng.choice([1, 2, 3])),
                location=rng.choice(PLACES),
                organiser=rng.choice(["ZIMP", "Kabineti i Kryetarit", "Drejtoria e Arsimit"]),
                status=rng.choice(list(EventStatus)),
                rrule=rule,
            )
        )


def _body(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(300, 600))]
    paragraphs = [" ".join(words[i : i + 60]).capitalize() + "." for i in range(0, len(words), 60)]
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def _releases(services, rng: random.Random, count: int) -> None:
    first = date.today() - timedelta(days=4 * 365)
    for n in range(count):
        versions = [
            VersionInput(
                language, f"{rng.choice(WORDS).capitalize()} {rng.choice(PLACES)} {n} ({language})", _body(rng)
            )
            for language in ("sq", "sr", "en")
        ]
        services.releases.create(first + timedelta(days=n * 4 * 365 // max(count, 1)), "Kaçanik", versions)


def _plan(services, rng: random.Random, activities: int, updates: int) -> None:
    strategy = services.plan.create_strategy({"sq": "Strategjia 2025–2028"}, PLAN_YEAR, PLAN_YEAR + 3)
    rows = []
    for n in range(activities):
        kind = ActivityKind.RECURRING if n % 3 == 0 else ActivityKind.SPECIFIC
        rows.append(
            PlanRow(
                row=n + 2,
                objective=n % 5 + 1,
                objective_title=f"Objektivi {n % 5 + 1}: komunikimi me qytetarët",
                kind=kind,
                activity=f"Aktiviteti {n}: {' '.join(rng.choice(WORDS) for _ in range(12))}",
                responsible=rng.sample(["ZIMP", "Kryetari i komunës", "Zyra IT", "Kabineti", "Drejtoritë"], 2),
                timeframe=""
                if kind is ActivityKind.RECURRING
                else rng.choice(["2025", "mars–qershor 2025", "Q3 2025"]),
                frequency="Në baza javore" if kind is ActivityKind.RECURRING else "",
                cost_cents=0 if kind is ActivityKind.RECURRING else rng.choice([0, 10000, 50000]),
                note="",
            )
        )
    plan_id = services.plan.import_plan(strategy, PLAN_YEAR, rows)
    ids = [activity.id for activity in services.plan.snapshot(plan_id, date.max).activities]
    statuses = list(ActivityStatus)
    for n in range(updates):
        day = date(PLAN_YEAR, 1, 1) + timedelta(days=rng.randrange(365))
        services.plan.add_status(
            rng.choice(ids), day, rng.choice(statuses), rng.randrange(0, 101, 10), f"Përditësim {n}"
        )


REQUEST_SUBJECTS = [
    "Procesverbali i mbledhjes së kuvendit",
    "Kontrata për rrugën",
    "Buxheti i drejtorisë",
    "Leja ndërtimore",
    "Raporti i auditimit",
    "Lista e përfituesve të subvencioneve",
    "Odluka o budžetu",
    "Ugovor o nabavci",
    "Zapisnik sa sastanka",
    "Plani rregullues",
    "Shpenzimet e kabinetit",
    "Tender documents for the school",
]
_OUTCOMES = ["granted"] * 55 + ["partial"] * 10 + ["refused"] * 10 + ["forwarded"] * 5 + ["not_held"] * 5
_OUTCOMES += ["withdrawn"] * 3
_GROUNDS = ["privacy", "commercial", "deliberations", "crime", "inspection", "public_safety", "other"]


def request_rows(rng: random.Random, count: int, today: date) -> list[list[str]]:
    """The rows of an old register: `count` requests spread over the 5 years before `today`, in order; those of the
    last 3 weeks (and one in a hundred before) still open, the others decided 1–20 days after registration."""
    from commsdesk.domain.request_records import COLUMNS

    first = today - timedelta(days=5 * 365)
    moments = sorted(
        datetime.combine(first + timedelta(days=rng.randrange(5 * 365)), clock(rng.randint(8, 16), rng.randrange(60)))
        for _ in range(count)
    )
    rows = []
    for n, received in enumerate(moments):
        day = received.date()
        cells = dict.fromkeys(COLUMNS, "")
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        cells.update(
            received=received.strftime("%d.%m.%Y %H:%M"),
            requester="" if n % 40 == 0 else f"{given} {family}",
            requester_type=rng.choice(["citizen"] * 5 + ["media"] * 2 + ["ngo", "business", "institution", "other"]),
            channel=rng.choice(["email"] * 4 + ["letter"] * 2 + ["in_person", "web", "web", "other"]),
            subject=f"{rng.choice(REQUEST_SUBJECTS)} {rng.choice(PLACES)} {n}",
            urgent="yes" if n % 50 == 0 else "no",
        )
        open_request = (today - day).days < 21 or n % 100 == 3
        if n % 20 == 0:
            cells["clarification_asked"] = (day + timedelta(days=1)).strftime("%d.%m.%Y")
            if not open_request:
                cells["clarification_received"] = (day + timedelta(days=3)).strftime("%d.%m.%Y")
        if n % 20 == 5 and (today - day).days > 5:
            cells["extended_on"] = (day + timedelta(days=5)).strftime("%d.%m.%Y")
        if not open_request:
            decided = min(day + timedelta(days=rng.randint(1, 20)), today - timedelta(days=1))
            outcome = rng.choice(_OUTCOMES)
            cells["outcome"] = outcome
            if outcome == "forwarded":
                cells["forwarded_on"] = decided.strftime("%d.%m.%Y")
                cells["forwarded_to"] = "Ministria e Financave"
            else:
                cells["decided"] = decided.strftime("%d.%m.%Y")
            if outcome in ("partial", "refused"):
                cells["refusal_ground"] = rng.choice(_GROUNDS)
                complaint = decided + timedelta(days=rng.randint(1, 15))
                if n % 10 < 3 and complaint + timedelta(days=30) < today:
                    cells["complaint_on"] = complaint.strftime("%d.%m.%Y")
                    cells["complaint_outcome"] = rng.choice(["", "Ankesa u aprovua", "Ankesa u refuzua"])
                    if n % 10 == 0:
                        cells["court_on"] = (complaint + timedelta(days=30)).strftime("%d.%m.%Y")
            if outcome == "granted" and n % 10 == 1:
                cells["cost_eur"] = f"{rng.randint(1, 40)},{rng.choice(['00', '50'])}"
        rows.append([cells[column] for column in COLUMNS])
    return rows


def _requests(services, rng: random.Random, count: int, folder: Path) -> None:
    import csv

    from commsdesk.domain.request_records import COLUMNS

    source = folder / "requests.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(request_rows(rng, count, date.today()))
    services.requests.import_file(source)
    source.unlink()


ENQUIRY_OUTLETS = [
    "Radio Kaçaniku",
    "KTV",
    "RTK",
    "Koha Ditore",
    "Kosovo Online",
    "KoSSev",
    "Klan Kosova",
    "T7",
    "Kanal 10",
    "Telegrafi",
    "Insajderi",
    "Gazeta Express",
    "Nacionale",
    "Zëri",
    "Radio Kontakt Plus",
    "Radio KIM",
    "Jedinstvo",
    "BIRN Kallxo",
    "Reporteri",
    "Periskopi",
    "Dukagjini",
    "Tribuna",
    "Radio Evropa e Lirë",
    "Bota Sot",
]
ENQUIRY_TOPICS = [
    "Buxheti",
    "Uji",
    "Rrugët",
    "Shkollat",
    "Mjedisi",
    "Tenderët",
    "Kuvendi",
    "Shëndetësia",
    "Punësimi",
    "Kultura",
    "Budžet",
    "Vodovod",
    "Škole",
    "Životna sredina",
]
_ENQUIRY_CLOSED = ["answered"] * 17 + ["declined", "no_comment"]
_ENQUIRY_OPEN = ["new", "waiting_for_input", "drafted", "approved"]


def enquiry_rows(rng: random.Random, count: int, today: date) -> list[list[str]]:
    """The rows of an old list of enquiries: `count` enquiries over the 5 years before `today`, in order; those of
    the last 4 days (and one in a hundred before) still open, the others answered (four in five before the
    journalist's deadline of 2–48 hours, or the default), declined or "no comment"."""
    from commsdesk.domain.enquiry_records import EXPORT_COLUMNS

    first = today - timedelta(days=5 * 365)
    moments = sorted(
        datetime.combine(first + timedelta(days=rng.randrange(5 * 365)), clock(rng.randint(7, 20), rng.randrange(60)))
        for _ in range(count)
    )
    stamp = "%d.%m.%Y %H:%M"
    rows = []
    for n, received in enumerate(moments):
        cells = dict.fromkeys(EXPORT_COLUMNS, "")
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        topic = rng.choice(ENQUIRY_TOPICS)
        lead = rng.choice([2, 4, 6, 24, 24, 48, 0])  # 0: no deadline given, the default lead time
        deadline = received + timedelta(hours=lead or 24)
        questions = [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(PLACES)} {n}?"]
        if n % 3 == 0:
            questions.append(f"{rng.choice(WORDS)} {rng.choice(PLACES)} {topic.lower()}?")
        cells.update(
            received=received.strftime(stamp),
            journalist=f"{given} {family}",
            outlet="" if n % 25 == 0 else rng.choice(ENQUIRY_OUTLETS),
            email=f"gazetar{n}@example.org" if n % 2 else "",
            phone=f"+383 44 {n % 1000:03d} {n % 997:03d}" if n % 3 == 0 else "",
            channel=rng.choice(["phone"] * 4 + ["email"] * 3 + ["in_person", "social_media", "message", "message"]),
            topic=topic,
            tags=", ".join(rng.sample(["buxheti", "uji", "kuvendi", "zgjedhjet", "tenderi", "protesta"], 2)),
            questions="\n".join(questions),
            deadline=deadline.strftime(stamp) if lead else "",
        )
        open_enquiry = (datetime.combine(today, clock()) - received).days < 4 or n % 100 == 7
        if open_enquiry:
            cells["status"] = rng.choice(_ENQUIRY_OPEN)
        else:
            status = rng.choice(_ENQUIRY_CLOSED)
            cells["status"] = status
            if status == "answered":
                allowed = lead or 24
                hours = rng.uniform(0.2, 0.95) * allowed if rng.random() < 0.8 else allowed + rng.randint(1, 30)
                cells["answered"] = (received + timedelta(minutes=round(hours * 60))).strftime(stamp)
                cells[rng.choice(["answer_sq", "answer_sq", "answer_sr", "answer_en"])] = (
                    f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {rng.choice(PLACES)}."
                )
            else:
                cells["reason"] = rng.choice(["Procedurë gjyqësore", "Nuk është në kompetencë", "Postupak je u toku"])
        rows.append([cells[column] for column in EXPORT_COLUMNS])
    return rows


def _enquiries(services, rng: random.Random, count: int, folder: Path) -> None:
    import csv

    from commsdesk.domain.enquiry_records import EXPORT_COLUMNS

    source = folder / "enquiries.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        writer.writerows(enquiry_rows(rng, count, date.today()))
    services.enquiries.import_file(source)
    source.unlink()
