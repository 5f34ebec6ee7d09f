"""The columns of the document-request register's files: their headers in every language, and the words a cell may
use for a requester type, channel, status, outcome or legal ground.

A header or a word is recognised as its code (`requester_type`, `in_person`), as commsdesk's own name for it in
any of its languages (what the XLSX export writes), or as one of the names an office's own register is likely to
use in Albanian, Serbian or English (`Lloji i kërkuesit`, `Vrsta podnosioca`, `Type`). Matching ignores case,
diacritics, `_`, `-`, dots and colons.
"""

from __future__ import annotations

from functools import cache

from commsdesk.domain.choices import SourcedChoice
from commsdesk.domain.request_records import EXPORT_COLUMNS, header_in
from commsdesk.domain.requests import RefusalGround, RequestChannel, RequesterType, RequestOutcome, RequestStatus
from commsdesk.io.register_table import folded, header_names, value_names

__all__ = ["EXPORT_COLUMNS", "folded", "header_columns", "header_in", "parse_choice"]

# Names an office's own register may give a column (English, Albanian, Serbian), besides commsdesk's own; `|`
# separates them, and they are written folded (see `folded`).
_HEADER_ALIASES = {
    "number": (
        "no|nr|reference|ref|request number|numri|numri i kerkeses|nr i protokollit|"
        "numri i protokollit|broj|br|broj zahteva|delovodni broj"
    ),
    "received": (
        "date received|received on|date|pranuar|pranuar me|data|data e pranimit|"
        "data dhe ora e pranimit|primljeno|primljen|datum|datum prijema|"
        "datum i vreme prijema"
    ),
    "requester": (
        "requester name|applicant|kerkuesi|parashtruesi|emri i kerkuesit|"
        "parashtruesi i kerkeses|podnosilac|podnosilac zahteva|trazilac|ime podnosioca"
    ),
    "requester_type": (
        "type|applicant type|lloji|lloji i kerkuesit|kategoria e kerkuesit|vrsta|"
        "vrsta podnosioca|tip podnosioca|kategorija podnosioca"
    ),
    "channel": "kanali|menyra e parashtrimit|menyra e pranimit|kanal|nacin podnosenja|nacin prijema",
    "subject": (
        "subject|request|documents|lenda|dokumentet e kerkuara|permbajtja e kerkeses|"
        "kerkesa|pershkrimi|predmet|trazeni dokumenti|sadrzaj zahteva|zahtev|opis"
    ),
    "urgent": "urgjente|urgjent|me urgjence|hitno|hitan",
    "clarification_asked": (
        "sqarim i kerkuar|kerkuar sqarim|data e kerkimit te sqarimit|trazeno pojasnjenje|zatrazeno pojasnjenje"
    ),
    "clarification_received": "sqarim i pranuar|pranuar sqarimi|data e pranimit te sqarimit|primljeno pojasnjenje",
    "extended_on": (
        "extended|extended on|zgjatur|zgjatur me|afati i zgjatur|zgjatja e afatit|"
        "data e zgjatjes|produzeno|rok produzen|produzenje roka|datum produzenja"
    ),
    "forwarded_on": "forwarded|percjelle|percjelle me|data e percjelljes|prosledeno|datum prosledivanja",
    "forwarded_to": (
        "percjelle te|percjelle tek|institucioni ku u percoll|prosledeno kome|prosledeno instituciji|prosledeno na"
    ),
    "decided": (
        "decision date|date of decision|vendosur|vendosur me|data e vendimit|"
        "data e pergjigjes|odluceno|datum odluke|datum odgovora"
    ),
    "status": "statusi|gjendja|stanje",
    "outcome": "decision|result|rezultati|vendimi|perfundimi|ishod|odluka|rezultat",
    "refusal_ground": (
        "ground|legal ground|reason for refusal|baza ligjore|baza ligjore e refuzimit|"
        "arsyeja e refuzimit|arsyeja|pravni osnov|osnov odbijanja|razlog odbijanja|"
        "razlog"
    ),
    "complaint_on": "complaint|ankesa|ankese ne aip|data e ankeses|zalba|datum zalbe",
    "complaint_outcome": "rezultati i ankeses|vendimi i aip|ishod zalbe|odluka aip",
    "court_on": "court|court case|gjykata|padia|data e padise|sud|tuzba|datum tuzbe",
    "court_outcome": "rezultati ne gjykate|vendimi i gjykates|ishod spora|presuda",
    "cost_eur": "cost|costs|cost eur|kosto|kostoja|kosto e kopjeve|trosak|troskovi|troskovi kopija",
    "note": "notes|comment|comments|shenim|shenime|verejtje|napomena|napomene|beleska",
    "deadline": "afati|afati i vendimit|rok|rok za odluku",
    "days_late": "dite vonese|ditet e vonese|vonesa dite|dana kasnjenja|kasnjenje dana",
}

# Words for the values, besides their codes and commsdesk's own names in every language (`|`-separated, folded).
_VALUE_ALIASES: dict[type[SourcedChoice], dict[str, str]] = {
    RequesterType: {
        "citizen": (
            "private person|individual|qytetar|qytetare|qytetari|person fizik|gradanin|gradanka|fizicko lice|pojedinac"
        ),
        "media": "journalist|mediat|mediumi|gazetar|gazetare|mediji|medij|novinar",
        "ngo": "civil society|ojq|shoqeria civile|organizate joqeveritare|nvo|civilno drustvo|nevladina organizacija",
        "business": "company|biznes|biznesi|kompani|kompania|biznis|preduzece|firma",
        "institution": "public institution|institucion|institucioni|institucija",
        "other": "tjeter|tjera|ostalo|drugo",
    },
    RequestChannel: {
        "in_person": "personally|oral|ne person|personalisht|gojarisht|licno|usmeno",
        "letter": "post|mail letter|leter|shkrese|poste|posta|me shkrim|pismo|pismeno",
        "email": "e mail|mail|e posta|posta elektronike|imejl|elektronska posta",
        "web": "web|online|internet|ueb|formulari|formular|platforma|veb|veb forma",
        "other": "tjeter|ostalo|drugo",
    },
    RequestStatus: {
        "registered": "regjistruar|e regjistruar|registrovano|registrovan",
        "in_progress": "ne proces|ne procedure|u toku|u postupku",
        "awaiting_clarification": "ne pritje te sqarimit|ceka pojasnjenje",
        "decided": "vendosur|e vendosur|odluceno",
        "forwarded": "percjelle|e percjelle|prosledeno",
        "withdrawn": "terhequr|e terhequr|povuceno|povucen",
    },
    RequestOutcome: {
        "granted": "approved|miratuar|e miratuar|aprovuar|lejuar|qasje e lejuar|odobreno|odobren|usvojeno|dozvoljeno",
        "partial": "partially|pjeserisht|miratuar pjeserisht|qasje e pjesshme|delimicno|delimicno odobreno",
        "refused": "rejected|refuzuar|e refuzuar|refuzim|odbijeno|odbijen",
        "forwarded": "transferred|percjelle|e percjelle|prosledeno",
        "not_held": "nuk posedohet|nuk e posedon|nuk ekziston|ne poseduje|nije u posedu",
        "withdrawn": "terhequr|e terhequr|povuceno|povucen",
    },
    RefusalGround: {
        "national_security": "security|siguria kombetare|nacionalna bezbednost",
        "defence": "defense|mbrojtja|odbrana",
        "international_relations": "marredheniet nderkombetare|medunarodni odnosi",
        "public_safety": "siguria publike|javna bezbednost",
        "crime": "criminal investigation|hetim penal|krivicna istraga",
        "disciplinary": "disiplinore|disciplinski postupak",
        "inspection": "inspektim|inspekcija",
        "privacy": "personal data|privatesia|te dhena personale|privatnost|licni podaci",
        "commercial": "commercial interest|interes tregtar|sekret tregtar|poslovna tajna",
        "proceedings": "court proceedings|procedura gjyqesore|sudski postupak",
        "environment": "mjedisi|zivotna sredina",
        "deliberations": "internal deliberations|diskutimet e brendshme|interna vecanja",
        "economic_policy": "politika ekonomike|ekonomska politika",
        "other": "tjeter|ostalo|drugo",
    },
}


@cache
def header_columns() -> dict[str, str]:
    """Every header commsdesk recognises (matched as `folded`) → its column."""
    return header_names(EXPORT_COLUMNS, header_in, _HEADER_ALIASES)


@cache
def _value_words(kind: type[SourcedChoice]) -> dict[str, str]:
    return value_names(kind, _VALUE_ALIASES[kind])


def parse_choice(kind: type[SourcedChoice], text: str) -> str | None:
    """The code of the value of `kind` written as `text` (code, name in any language, or a usual word); None if
    it is none of them."""
    return _value_words(kind).get(folded(text))
