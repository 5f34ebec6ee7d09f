"""The columns of the journalists' enquiries' files: their headers in every language, and the words a cell may use
for a channel or a status.

A header or a word is recognised as its code (`answered`, `social_media`), as commsdesk's own name for it in any of
its languages (what the XLSX export writes), or as one of the names an office's own list is likely to use in
Albanian, Serbian or English (`Gazetari`, `Novinar`, `Media`). Matching ignores case, diacritics, `_`, `-`, dots and
colons (`register_table.folded`).
"""

from __future__ import annotations

from functools import cache

from commsdesk.domain.choices import SourcedChoice
from commsdesk.domain.enquiries import EnquiryChannel, EnquiryStatus
from commsdesk.domain.enquiry_records import COLUMNS, header_in
from commsdesk.io.register_table import folded, header_names, value_names

__all__ = ["folded", "header_columns", "header_in", "parse_choice"]

# Names an office's own list may give a column (English, Albanian, Serbian), besides commsdesk's own; `|`
# separates them, and they are written folded (see `folded`).
_HEADER_ALIASES = {
    "number": "no|nr|reference|ref|enquiry number|numri|nr i protokollit|broj|br|redni broj|rb",
    "received": (
        "date received|received on|received at|date|date and time|pranuar|pranuar me|data|data e pranimit|"
        "data dhe ora|koha e pranimit|primljeno|primljen|datum|datum prijema|datum i vreme|vreme prijema"
    ),
    "journalist": "journalist name|reporter|name|gazetari|gazetarja|emri i gazetarit|emri|novinar|novinarka|ime",
    "outlet": (
        "media|medium|media outlet|newspaper|mediumi|mjeti i informimit|redaksia|medij|mediji|redakcija|glasilo"
    ),
    "email": "e mail|mail|email address|e posta|adresa e postes elektronike|imejl|elektronska posta|mejl",
    "phone": "telephone|tel|mobile|telefoni|nr i telefonit|numri i telefonit|telefon|broj telefona|mobilni",
    "channel": "how|received by|via|kanali|menyra|menyra e pranimit|kanal|nacin|nacin prijema",
    "topic": "subject|theme|tema|lenda|ceshtja|predmet|oblast",
    "tags": "keywords|etiketat|etiketa|fjale kyce|oznake|kljucne reci",
    "questions": "question|pyetja|pyetjet|pitanje|pitanja|upit",
    "deadline": "due|due by|deadline of the journalist|afati|afati i gazetarit|rok|rok novinara",
    "status": "state|statusi|gjendja|stanje",
    "answered": (
        "answered on|answered at|date answered|reply sent|pergjigjur|pergjigjur me|data e pergjigjes|"
        "koha e pergjigjes|odgovoreno|datum odgovora|vreme odgovora"
    ),
    "answer": "reply|response|pergjigja|pergjigje|odgovor",
    "answer_language": "language|gjuha|gjuha e pergjigjes|jezik|jezik odgovora",
    "answer_sq": "pergjigja ne shqip|odgovor na albanskom",
    "answer_sr": "pergjigja ne serbisht|odgovor na srpskom",
    "answer_en": "pergjigja ne anglisht|odgovor na engleskom",
    "reason": "reason|arsyeja|arsyeja e refuzimit|razlog|razlog odbijanja",
    "note": "notes|comment|comments|shenim|shenime|verejtje|napomena|napomene|beleska",
}

# Words for the values, besides their codes and commsdesk's own names in every language (`|`-separated, folded).
_VALUE_ALIASES: dict[type[SourcedChoice], dict[str, str]] = {
    EnquiryChannel: {
        "phone": "telephone|tel|call|telefon|telefoni|me telefon|telefonom|poziv",
        "email": "e mail|mail|e posta|posta elektronike|imejl|elektronska posta|mejl",
        "in_person": "personally|face to face|ne person|personalisht|licno",
        "social_media": "facebook|instagram|twitter|rrjete sociale|rrjetet sociale|drustvene mreze",
        "message": "sms|viber|whatsapp|signal|text message|mesazh|poruka",
    },
    EnquiryStatus: {
        "new": "open|e re|i ri|novo|nov|otvoreno",
        "waiting_for_input": "waiting|ne pritje|pritet|ceka|ceka se",
        "drafted": "draft|draftuar|e hartuar|nacrt|sastavljeno",
        "approved": "miratuar|e miratuar|odobreno|odobren",
        "answered": "done|replied|pergjigjur|e pergjigjur|u pergjigj|odgovoreno|odgovoren",
        "declined": "refused|refuzuar|e refuzuar|odbijeno|odbijen",
        "no_comment": "pa koment|bez komentara|nema komentara",
    },
}


@cache
def header_columns() -> dict[str, str]:
    """Every header commsdesk recognises (matched as `folded`) → its column."""
    return header_names(COLUMNS, header_in, _HEADER_ALIASES)


@cache
def _value_words(kind: type[SourcedChoice]) -> dict[str, str]:
    return value_names(kind, _VALUE_ALIASES[kind])


def parse_choice(kind: type[SourcedChoice], text: str) -> str | None:
    """The code of the value of `kind` written as `text` (code, name in any language, or a usual word); None if
    it is none of them."""
    return _value_words(kind).get(folded(text))
