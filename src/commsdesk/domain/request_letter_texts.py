"""The shipped wording of the standard letters in Albanian, Serbian (Latin script) and English: data per language.

These are letters of a Kosovo institution under Law No. 06/L-081 on Access to Public Documents; the office can edit
every template (Settings → Letter templates). Article numbers are left out on purpose: an office that wants them
adds them to its own wording. Keep every `{placeholder}` one of `request_letters.PLACEHOLDERS`, and avoid
`{institution}` where the grammar would have to agree with it (Albanian cases after a preposition, Serbian past-tense
gender): write "the institution" there.
"""

from __future__ import annotations

# The subject line of each letter (the PDF prints it after "Lënda:", the e-mail uses it as its subject).
TITLES: dict[str, dict[str, str]] = {
    "sq": {
        "receipt": "Konfirmim i pranimit të kërkesës për qasje në dokumente publike",
        "clarification": "Kërkesë për sqarimin e kërkesës për qasje në dokumente publike",
        "extension": "Njoftim për vazhdimin e afatit për vendosje",
        "forwarding": "Njoftim për përcjelljen e kërkesës për qasje në dokumente publike",
        "granted": "Vendim për lejimin e qasjes në dokumente publike",
        "partial": "Vendim për lejimin e pjesshëm të qasjes në dokumente publike",
        "refusal": "Vendim për refuzimin e kërkesës për qasje në dokumente publike",
        "ready": "Njoftim se dokumentet e kërkuara janë gati",
    },
    "sr": {
        "receipt": "Potvrda o prijemu zahteva za pristup javnim dokumentima",
        "clarification": "Zahtev za pojašnjenje zahteva za pristup javnim dokumentima",
        "extension": "Obaveštenje o produženju roka za odlučivanje",
        "forwarding": "Obaveštenje o prosleđivanju zahteva za pristup javnim dokumentima",
        "granted": "Rešenje o odobravanju pristupa javnim dokumentima",
        "partial": "Rešenje o delimičnom odobravanju pristupa javnim dokumentima",
        "refusal": "Rešenje o odbijanju zahteva za pristup javnim dokumentima",
        "ready": "Obaveštenje da su traženi dokumenti spremni",
    },
    "en": {
        "receipt": "Confirmation of receipt of a request for access to public documents",
        "clarification": "Request for clarification of a request for access to public documents",
        "extension": "Notice of extension of the deadline for a decision",
        "forwarding": "Notice of forwarding of a request for access to public documents",
        "granted": "Decision granting access to public documents",
        "partial": "Decision granting partial access to public documents",
        "refusal": "Decision refusing a request for access to public documents",
        "ready": "Notice that the documents requested are ready",
    },
}

# The words a letter prints around the template: "Nr. 2026/003", "Lënda: …", a name erased, copies free of charge.
WORDS: dict[str, dict[str, str]] = {
    "sq": {"number": "Nr.", "subject": "Lënda", "requester": "parashtruesi i kërkesës", "free": "pa pagesë"},
    "sr": {"number": "Br.", "subject": "Predmet", "requester": "podnosilac zahteva", "free": "bez naknade"},
    "en": {"number": "No.", "subject": "Subject", "requester": "the requester", "free": "free of charge"},
}

# File names: `kerkesa-2026-003-konfirmim-pranimi.pdf` (ASCII only: they travel by e-mail and USB stick).
REQUEST_FILE_WORD = {"sq": "kerkesa", "sr": "zahtev", "en": "request"}
FILE_WORDS: dict[str, dict[str, str]] = {
    "sq": {
        "receipt": "konfirmim-pranimi",
        "clarification": "kerkese-per-sqarim",
        "extension": "vazhdim-afati",
        "forwarding": "njoftim-percjellje",
        "granted": "vendim-lejim-qasjeje",
        "partial": "vendim-qasje-e-pjesshme",
        "refusal": "vendim-refuzimi",
        "ready": "dokumentet-gati",
    },
    "sr": {
        "receipt": "potvrda-prijema",
        "clarification": "zahtev-za-pojasnjenje",
        "extension": "produzenje-roka",
        "forwarding": "obavestenje-o-prosledjivanju",
        "granted": "resenje-o-odobravanju",
        "partial": "resenje-o-delimicnom-pristupu",
        "refusal": "resenje-o-odbijanju",
        "ready": "dokumenti-spremni",
    },
    "en": {
        "receipt": "receipt",
        "clarification": "clarification",
        "extension": "extension",
        "forwarding": "forwarding",
        "granted": "decision-granted",
        "partial": "decision-partial",
        "refusal": "refusal",
        "ready": "documents-ready",
    },
}

# The legal grounds for limiting access (domain.requests.RefusalGround), as a decision names them.
GROUNDS: dict[str, dict[str, str]] = {
    "sq": {
        "national_security": "siguria kombëtare",
        "defence": "mbrojtja",
        "international_relations": "marrëdhëniet ndërkombëtare",
        "public_safety": "siguria publike",
        "crime": "parandalimi, hetimi dhe ndjekja e veprave penale",
        "disciplinary": "hetimet disiplinore",
        "inspection": "inspektimi, kontrolli dhe mbikëqyrja nga institucioni",
        "privacy": "privatësia dhe interesa të tjera legjitime private",
        "commercial": "interesat tregtare dhe interesa të tjera ekonomike",
        "proceedings": "barazia e palëve në procedurë gjyqësore",
        "environment": "mbrojtja e mjedisit",
        "deliberations": "shqyrtimet brenda institucionit",
        "economic_policy": "politika ekonomike, monetare dhe e këmbimit valutor e shtetit",
        "other": "një bazë tjetër e parashikuar me ligj",
    },
    "sr": {
        "national_security": "nacionalna bezbednost",
        "defence": "odbrana",
        "international_relations": "međunarodni odnosi",
        "public_safety": "javna bezbednost",
        "crime": "sprečavanje, istraga i gonjenje krivičnih dela",
        "disciplinary": "disciplinske istrage",
        "inspection": "inspekcija, kontrola i nadzor od strane institucije",
        "privacy": "privatnost i drugi legitimni privatni interesi",
        "commercial": "komercijalni i drugi ekonomski interesi",
        "proceedings": "jednakost stranaka u sudskom postupku",
        "environment": "zaštita životne sredine",
        "deliberations": "razmatranja unutar institucije",
        "economic_policy": "ekonomska, monetarna i devizna politika države",
        "other": "drugi osnov predviđen zakonom",
    },
    "en": {
        "national_security": "national security",
        "defence": "defence",
        "international_relations": "international relations",
        "public_safety": "public safety",
        "crime": "the prevention, investigation or prosecution of criminal offences",
        "disciplinary": "disciplinary investigations",
        "inspection": "inspection, control and supervision by the institution",
        "privacy": "privacy and other legitimate private interests",
        "commercial": "commercial and other economic interests",
        "proceedings": "the equality of parties in court proceedings",
        "environment": "the protection of the environment",
        "deliberations": "deliberations within the institution",
        "economic_policy": "the economic, monetary and exchange-rate policy of the state",
        "other": "another ground provided by law",
    },
}

# The form of access asked for (domain.requests.DocumentForm).
FORMS: dict[str, dict[str, str]] = {
    "sq": {"paper": "kopje në letër", "electronic": "kopje elektronike", "inspection": "shikim në vend"},
    "sr": {"paper": "kopija na papiru", "electronic": "elektronska kopija", "inspection": "uvid na licu mesta"},
    "en": {"paper": "copy on paper", "electronic": "electronic copy", "inspection": "inspection on site"},
}

_SQ_SIGNATURE = "Me respekt,\n\n{officer}\n{institution}"
_SQ_PREAMBLE = (
    "Në bazë të Ligjit Nr. 06/L-081 për Qasje në Dokumente Publike, duke vendosur për kërkesën për qasje në "
    "dokumente publike nr. {number}, të regjistruar më {received}, {institution} më {decided} merr këtë:\n\nVENDIM"
)
_SQ_WEIGHED = (
    "Pasi peshoi dëmin që do të shkaktonte zbulimi {what} ndaj interesit publik për zbulimin e tyre, institucioni "
    "konstatoi se interesi publik nuk e tejkalon dëmin."
)
_SQ_REMEDY = (
    "Këshillë juridike\n\n"
    "Kundër këtij vendimi parashtruesi i kërkesës ka të drejtë të parashtrojë ankesë në Agjencinë për Informim dhe "
    "Privatësi brenda 15 ditëve nga dita e pranimit të këtij vendimi. Kundër vendimit të Agjencisë mund të ngrihet "
    "konflikt administrativ në gjykatën kompetente brenda 30 ditëve nga dita e pranimit të tij."
)
_SQ_TESTS = (
    "Baza ligjore për kufizimin e qasjes: {ground}.\n\n"
    "Testi i dëmit: {harm_test}\n\n"
    "Testi i interesit publik: {public_interest_test}"
)

_SR_SIGNATURE = "S poštovanjem,\n\n{officer}\n{institution}"
_SR_PREAMBLE = (
    "Na osnovu Zakona br. 06/L-081 o pristupu javnim dokumentima, odlučujući o zahtevu za pristup javnim "
    "dokumentima br. {number}, zavedenom dana {received}, {institution} dana {decided} donosi sledeće\n\nREŠENJE"
)
_SR_WEIGHED = (
    "Odmeravanjem štete koju bi prouzrokovalo otkrivanje {what} u odnosu na javni interes za njihovo otkrivanje, "
    "institucija je utvrdila da javni interes ne preteže nad štetom."
)
_SR_REMEDY = (
    "Pouka o pravnom leku\n\n"
    "Protiv ovog rešenja podnosilac zahteva ima pravo da podnese žalbu Agenciji za informisanje i privatnost u roku "
    "od 15 dana od dana prijema ovog rešenja. Protiv odluke Agencije može se pokrenuti upravni spor pred nadležnim "
    "sudom u roku od 30 dana od dana njenog prijema."
)
_SR_TESTS = (
    "Zakonski osnov za ograničenje pristupa: {ground}.\n\n"
    "Test štete: {harm_test}\n\n"
    "Test javnog interesa: {public_interest_test}"
)

_EN_SIGNATURE = "Yours faithfully,\n\n{officer}\n{institution}"
_EN_PREAMBLE = (
    "Pursuant to Law No. 06/L-081 on Access to Public Documents, deciding on the request for access to public "
    "documents No. {number}, registered on {received}, {institution} on {decided} issues the following\n\nDECISION"
)
_EN_WEIGHED = (
    "Having weighed the harm that disclosing {what} would cause against the public interest in their disclosure, "
    "the institution found that the public interest does not outweigh the harm."
)
_EN_REMEDY = (
    "Legal remedy\n\n"
    "The requester has the right to complain against this decision to the Information and Privacy Agency within "
    "15 days of the day this decision is received. Against the Agency's decision, an administrative dispute may be "
    "brought before the competent court within 30 days of the day it is received."
)
_EN_TESTS = (
    "Legal ground for limiting access: {ground}.\n\n"
    "Harm test: {harm_test}\n\n"
    "Public-interest test: {public_interest_test}"
)

_SQ = {
    "receipt": (
        "Të nderuar,\n\n"
        "Ju konfirmojmë se kërkesa juaj për qasje në dokumente publike është pranuar dhe është regjistruar më "
        "{received} me numrin {number}.\n\n"
        "Dokumentet e kërkuara: {subject}\n\n"
        "Në pajtim me Ligjin Nr. 06/L-081 për Qasje në Dokumente Publike, për kërkesën tuaj do të vendoset jo më "
        "vonë se më {deadline}. Nëse për shqyrtimin e kërkesës nevojitet më shumë kohë, ky afat mund të vazhdohet "
        "vetëm një herë, deri në 15 ditë; për vazhdimin dhe arsyen e tij do të njoftoheni me shkrim para skadimit "
        "të afatit.\n\n"
        "Nëse brenda afatit ligjor nuk merrni vendim, kërkesa konsiderohet e refuzuar dhe keni të drejtë të "
        "parashtroni ankesë në Agjencinë për Informim dhe Privatësi.\n\n"
        "Në çdo komunikim lidhur me këtë kërkesë, ju lutemi t'i referoheni numrit {number}.\n\n" + _SQ_SIGNATURE
    ),
    "clarification": (
        "Të nderuar,\n\n"
        "Lidhur me kërkesën tuaj për qasje në dokumente publike nr. {number}, të regjistruar më {received}, ju "
        "njoftojmë se nga përmbajtja e kërkesës nuk mund të identifikohen me saktësi dokumentet e kërkuara.\n\n"
        "Dokumentet e kërkuara: {subject}\n\n"
        "Në pajtim me Ligjin Nr. 06/L-081 për Qasje në Dokumente Publike, ju lutemi ta sqaroni kërkesën tuaj, duke "
        "përshkruar sa më saktë dokumentet që kërkoni (për shembull llojin e dokumentit, periudhën kohore dhe "
        "njësinë që e ka nxjerrë).\n\n"
        "Afati për vendosje për kërkesën tuaj pezullohet nga data e kësaj shkrese, {today}, deri në pranimin e "
        "sqarimit tuaj. Afati vazhdon të rrjedhë nga dita kur e pranojmë sqarimin.\n\n"
        "Sqarimin mund ta dërgoni me shkrim, me postë elektronike ose ta jepni personalisht, duke iu referuar "
        "numrit {number}.\n\n" + _SQ_SIGNATURE
    ),
    "extension": (
        "Të nderuar,\n\n"
        "Lidhur me kërkesën tuaj për qasje në dokumente publike nr. {number}, të regjistruar më {received}, ju "
        "njoftojmë se, në pajtim me Ligjin Nr. 06/L-081 për Qasje në Dokumente Publike, afati për vendosje, i cili "
        "skadon më {deadline}, vazhdohet deri më {new_deadline}.\n\n"
        "Dokumentet e kërkuara: {subject}\n\n"
        "Arsyeja e vazhdimit të afatit: {extension_reason}\n\n"
        "Vendimi për kërkesën tuaj do të nxirret jo më vonë se më {new_deadline}. Afati mund të vazhdohet vetëm një "
        "herë. Nëse brenda këtij afati nuk merrni vendim, kërkesa konsiderohet e refuzuar dhe keni të drejtë të "
        "parashtroni ankesë në Agjencinë për Informim dhe Privatësi.\n\n" + _SQ_SIGNATURE
    ),
    "forwarding": (
        "Të nderuar,\n\n"
        "Lidhur me kërkesën tuaj për qasje në dokumente publike nr. {number}, të regjistruar më {received}, ju "
        "njoftojmë se {institution} nuk i posedon dokumentet e kërkuara.\n\n"
        "Dokumentet e kërkuara: {subject}\n\n"
        "Në pajtim me Ligjin Nr. 06/L-081 për Qasje në Dokumente Publike, kërkesa juaj i është përcjellë "
        "institucionit që, sipas njohurive tona, i posedon këto dokumente:\n\n"
        "{forwarded_to}\n\n"
        "Institucioni në fjalë do të vendosë për kërkesën tuaj dhe do t'ju njoftojë drejtpërdrejt. Për informata "
        "të mëtejshme mund t'i drejtoheni atij institucioni.\n\n" + _SQ_SIGNATURE
    ),
    "granted": (
        _SQ_PREAMBLE + "\n\n"
        "1. Lejohet qasja në dokumentet e kërkuara: {subject}\n\n"
        "2. Dokumentet i vihen në dispozicion parashtruesit të kërkesës në formën: {form}.\n\n"
        "3. Kostoja e kopjeve: {cost}.\n\n"
        "Arsyetim\n\n"
        "Më {received} institucioni ka pranuar kërkesën për qasje në dokumentet e lartpërmendura. Pas shqyrtimit të "
        "kërkesës u konstatua se institucioni i posedon dokumentet e kërkuara dhe se nuk ekziston asnjë nga arsyet "
        "e parapara me ligj për kufizimin e qasjes. Prandaj u vendos si në dispozitiv të këtij vendimi.\n\n"
        "{officer}\n{institution}"
    ),
    "partial": (
        _SQ_PREAMBLE + "\n\n"
        "1. Lejohet pjesërisht qasja në dokumentet e kërkuara: {subject}\n\n"
        "2. Qasja kufizohet për pjesët në vijim: {withheld}\n\n"
        "3. Pjesa tjetër e dokumenteve i vihet në dispozicion parashtruesit të kërkesës në formën: {form}. Kostoja "
        "e kopjeve: {cost}.\n\n"
        "Arsyetim\n\n"
        "Më {received} institucioni ka pranuar kërkesën për qasje në dokumentet e lartpërmendura. Qasja në një pjesë "
        "të tyre kufizohet në bazë të Ligjit Nr. 06/L-081 për Qasje në Dokumente Publike.\n\n"
        + _SQ_TESTS
        + "\n\n"
        + _SQ_WEIGHED.format(what="i pjesëve të kufizuara")
        + " Për këtë arsye qasja kufizohet vetëm për pjesët e lartpërmendura, ndërsa për pjesën tjetër të "
        "dokumenteve lejohet.\n\n" + _SQ_REMEDY + "\n\n{officer}\n{institution}"
    ),
    "refusal": (
        _SQ_PREAMBLE + "\n\n"
        "1. Refuzohet kërkesa për qasje në dokumentet e kërkuara: {subject}\n\n"
        "Arsyetim\n\n"
        "Më {received} institucioni ka pranuar kërkesën për qasje në dokumentet e lartpërmendura. Qasja në to "
        "refuzohet në bazë të Ligjit Nr. 06/L-081 për Qasje në Dokumente Publike.\n\n"
        + _SQ_TESTS
        + "\n\n"
        + _SQ_WEIGHED.format(what="i dokumenteve")
        + " Prandaj u vendos si në dispozitiv të këtij vendimi.\n\n"
        + _SQ_REMEDY
        + "\n\n{officer}\n{institution}"
    ),
    "ready": (
        "Të nderuar,\n\n"
        "Lidhur me kërkesën tuaj për qasje në dokumente publike nr. {number}, të regjistruar më {received}, ju "
        "njoftojmë se, në zbatim të vendimit të datës {decided} dhe në pajtim me Ligjin Nr. 06/L-081 për Qasje në "
        "Dokumente Publike, dokumentet e kërkuara janë gati.\n\n"
        "Dokumentet: {subject}\n\n"
        "Forma e qasjes: {form}. Kostoja e kopjeve: {cost}.\n\n"
        "Dokumentet mund t'i merrni në zyrën tonë gjatë orarit zyrtar të punës, duke iu referuar numrit të "
        "kërkesës {number}. Kopjet elektronike ju dërgohen në adresën që keni dhënë në kërkesë.\n\n" + _SQ_SIGNATURE
    ),
}

_SR = {
    "receipt": (
        "Poštovani,\n\n"
        "Potvrđujemo da je Vaš zahtev za pristup javnim dokumentima primljen i zaveden dana {received} pod brojem "
        "{number}.\n\n"
        "Traženi dokumenti: {subject}\n\n"
        "U skladu sa Zakonom br. 06/L-081 o pristupu javnim dokumentima, o Vašem zahtevu biće odlučeno najkasnije "
        "do {deadline}. Ukoliko je za razmatranje zahteva potrebno više vremena, ovaj rok se može produžiti samo "
        "jednom, za najviše 15 dana; o produženju i njegovom razlogu bićete pismeno obavešteni pre isteka roka.\n\n"
        "Ukoliko u zakonskom roku ne dobijete rešenje, smatra se da je zahtev odbijen i imate pravo da podnesete "
        "žalbu Agenciji za informisanje i privatnost.\n\n"
        "U svakoj komunikaciji u vezi sa ovim zahtevom molimo Vas da se pozovete na broj {number}.\n\n" + _SR_SIGNATURE
    ),
    "clarification": (
        "Poštovani,\n\n"
        "U vezi sa Vašim zahtevom za pristup javnim dokumentima br. {number}, zavedenim dana {received}, "
        "obaveštavamo Vas da se na osnovu sadržaja zahteva traženi dokumenti ne mogu precizno identifikovati.\n\n"
        "Traženi dokumenti: {subject}\n\n"
        "U skladu sa Zakonom br. 06/L-081 o pristupu javnim dokumentima, molimo Vas da pojasnite svoj zahtev i što "
        "preciznije opišete dokumente koje tražite (na primer vrstu dokumenta, vremenski period i organizacionu "
        "jedinicu koja ga je izdala).\n\n"
        "Rok za odlučivanje o Vašem zahtevu miruje od datuma ovog dopisa, {today}, do prijema Vašeg pojašnjenja. "
        "Rok nastavlja da teče od dana kada primimo pojašnjenje.\n\n"
        "Pojašnjenje možete dostaviti pismeno, elektronskom poštom ili lično, pozivajući se na broj {number}.\n\n"
        + _SR_SIGNATURE
    ),
    "extension": (
        "Poštovani,\n\n"
        "U vezi sa Vašim zahtevom za pristup javnim dokumentima br. {number}, zavedenim dana {received}, "
        "obaveštavamo Vas da se, u skladu sa Zakonom br. 06/L-081 o pristupu javnim dokumentima, rok za "
        "odlučivanje, koji ističe {deadline}, produžava do {new_deadline}.\n\n"
        "Traženi dokumenti: {subject}\n\n"
        "Razlog produženja roka: {extension_reason}\n\n"
        "Rešenje o Vašem zahtevu biće doneto najkasnije do {new_deadline}. Rok se može produžiti samo jednom. "
        "Ukoliko u ovom roku ne dobijete rešenje, smatra se da je zahtev odbijen i imate pravo da podnesete žalbu "
        "Agenciji za informisanje i privatnost.\n\n" + _SR_SIGNATURE
    ),
    "forwarding": (
        "Poštovani,\n\n"
        "U vezi sa Vašim zahtevom za pristup javnim dokumentima br. {number}, zavedenim dana {received}, "
        "obaveštavamo Vas da {institution} nije u posedu traženih dokumenata.\n\n"
        "Traženi dokumenti: {subject}\n\n"
        "U skladu sa Zakonom br. 06/L-081 o pristupu javnim dokumentima, Vaš zahtev je prosleđen instituciji koja "
        "je, prema našim saznanjima, u posedu ovih dokumenata:\n\n"
        "{forwarded_to}\n\n"
        "Ta institucija će odlučiti o Vašem zahtevu i neposredno Vas obavestiti. Za dodatne informacije možete se "
        "obratiti direktno toj instituciji.\n\n" + _SR_SIGNATURE
    ),
    "granted": (
        _SR_PREAMBLE + "\n\n"
        "1. Odobrava se pristup traženim dokumentima: {subject}\n\n"
        "2. Dokumenti se stavljaju na raspolaganje podnosiocu zahteva u obliku: {form}.\n\n"
        "3. Troškovi kopiranja: {cost}.\n\n"
        "Obrazloženje\n\n"
        "Dana {received} institucija je primila zahtev za pristup gore navedenim dokumentima. Razmatranjem zahteva "
        "utvrđeno je da je institucija u posedu traženih dokumenata i da ne postoji nijedan od zakonom predviđenih "
        "razloga za ograničenje pristupa. Stoga je odlučeno kao u dispozitivu ovog rešenja.\n\n"
        "{officer}\n{institution}"
    ),
    "partial": (
        _SR_PREAMBLE + "\n\n"
        "1. Delimično se odobrava pristup traženim dokumentima: {subject}\n\n"
        "2. Pristup se ograničava za sledeće delove: {withheld}\n\n"
        "3. Ostali delovi dokumenata stavljaju se na raspolaganje podnosiocu zahteva u obliku: {form}. Troškovi "
        "kopiranja: {cost}.\n\n"
        "Obrazloženje\n\n"
        "Dana {received} institucija je primila zahtev za pristup gore navedenim dokumentima. Pristup jednom delu "
        "dokumenata ograničava se na osnovu Zakona br. 06/L-081 o pristupu javnim dokumentima.\n\n"
        + _SR_TESTS
        + "\n\n"
        + _SR_WEIGHED.format(what="ograničenih delova")
        + " Zbog toga se pristup ograničava samo za gore navedene delove, dok se za ostale delove dokumenata "
        "odobrava.\n\n" + _SR_REMEDY + "\n\n{officer}\n{institution}"
    ),
    "refusal": (
        _SR_PREAMBLE + "\n\n"
        "1. Odbija se zahtev za pristup traženim dokumentima: {subject}\n\n"
        "Obrazloženje\n\n"
        "Dana {received} institucija je primila zahtev za pristup gore navedenim dokumentima. Pristup se odbija na "
        "osnovu Zakona br. 06/L-081 o pristupu javnim dokumentima.\n\n"
        + _SR_TESTS
        + "\n\n"
        + _SR_WEIGHED.format(what="dokumenata")
        + " Stoga je odlučeno kao u dispozitivu ovog rešenja.\n\n"
        + _SR_REMEDY
        + "\n\n{officer}\n{institution}"
    ),
    "ready": (
        "Poštovani,\n\n"
        "U vezi sa Vašim zahtevom za pristup javnim dokumentima br. {number}, zavedenim dana {received}, "
        "obaveštavamo Vas da su, u skladu sa rešenjem od {decided} i Zakonom br. 06/L-081 o pristupu javnim "
        "dokumentima, traženi dokumenti spremni.\n\n"
        "Dokumenti: {subject}\n\n"
        "Oblik pristupa: {form}. Troškovi kopiranja: {cost}.\n\n"
        "Dokumente možete preuzeti u našoj kancelariji tokom radnog vremena, pozivajući se na broj zahteva {number}. "
        "Elektronske kopije šaljemo na adresu koju ste naveli u zahtevu.\n\n" + _SR_SIGNATURE
    ),
}

_EN = {
    "receipt": (
        "Dear Sir or Madam,\n\n"
        "We confirm that your request for access to public documents has been received and was registered on "
        "{received} under number {number}.\n\n"
        "Documents requested: {subject}\n\n"
        "In accordance with Law No. 06/L-081 on Access to Public Documents, a decision on your request will be "
        "issued no later than {deadline}. If more time is needed to examine the request, this deadline may be "
        "extended only once, by up to 15 days; you will be informed in writing of the extension and its reason "
        "before the deadline expires.\n\n"
        "If you do not receive a decision within the legal deadline, the request is deemed refused and you have "
        "the right to complain to the Information and Privacy Agency.\n\n"
        "Please quote number {number} in any correspondence about this request.\n\n" + _EN_SIGNATURE
    ),
    "clarification": (
        "Dear Sir or Madam,\n\n"
        "Regarding your request for access to public documents No. {number}, registered on {received}, we inform "
        "you that the documents requested cannot be identified precisely from the request.\n\n"
        "Documents requested: {subject}\n\n"
        "In accordance with Law No. 06/L-081 on Access to Public Documents, please clarify your request by "
        "describing the documents you are asking for as precisely as possible (for example the type of document, "
        "the period and the unit that issued it).\n\n"
        "The deadline for deciding on your request is suspended from the date of this letter, {today}, until your "
        "clarification is received. It continues to run from the day we receive your clarification.\n\n"
        "You may send the clarification in writing, by e-mail or in person, quoting number {number}.\n\n"
        + _EN_SIGNATURE
    ),
    "extension": (
        "Dear Sir or Madam,\n\n"
        "Regarding your request for access to public documents No. {number}, registered on {received}, we inform "
        "you that, in accordance with Law No. 06/L-081 on Access to Public Documents, the deadline for the "
        "decision, which expires on {deadline}, is extended until {new_deadline}.\n\n"
        "Documents requested: {subject}\n\n"
        "Reason for the extension: {extension_reason}\n\n"
        "The decision on your request will be issued no later than {new_deadline}. The deadline may be extended "
        "only once. If you do not receive a decision within this deadline, the request is deemed refused and you "
        "have the right to complain to the Information and Privacy Agency.\n\n" + _EN_SIGNATURE
    ),
    "forwarding": (
        "Dear Sir or Madam,\n\n"
        "Regarding your request for access to public documents No. {number}, registered on {received}, we inform "
        "you that {institution} does not hold the documents requested.\n\n"
        "Documents requested: {subject}\n\n"
        "In accordance with Law No. 06/L-081 on Access to Public Documents, your request has been forwarded to the "
        "institution which, to our knowledge, holds these documents:\n\n"
        "{forwarded_to}\n\n"
        "That institution will decide on your request and inform you directly. For further information you may "
        "contact that institution directly.\n\n" + _EN_SIGNATURE
    ),
    "granted": (
        _EN_PREAMBLE + "\n\n"
        "1. Access to the documents requested is granted: {subject}\n\n"
        "2. The documents are made available to the requester in the following form: {form}.\n\n"
        "3. Cost of copies: {cost}.\n\n"
        "Reasoning\n\n"
        "On {received} the institution received the request for access to the documents above. Having examined the "
        "request, it found that it holds the documents requested and that none of the grounds provided by law for "
        "limiting access applies. It was therefore decided as stated in the operative part of this decision.\n\n"
        "{officer}\n{institution}"
    ),
    "partial": (
        _EN_PREAMBLE + "\n\n"
        "1. Access to the documents requested is partially granted: {subject}\n\n"
        "2. Access is limited for the following parts: {withheld}\n\n"
        "3. The other parts of the documents are made available to the requester in the following form: {form}. "
        "Cost of copies: {cost}.\n\n"
        "Reasoning\n\n"
        "On {received} the institution received the request for access to the documents above. Access to a part of "
        "them is limited under Law No. 06/L-081 on Access to Public Documents.\n\n"
        + _EN_TESTS
        + "\n\n"
        + _EN_WEIGHED.format(what="the withheld parts")
        + " Access is therefore limited only for the parts above and granted for the rest of the documents.\n\n"
        + _EN_REMEDY
        + "\n\n{officer}\n{institution}"
    ),
    "refusal": (
        _EN_PREAMBLE + "\n\n"
        "1. The request for access to the documents requested is refused: {subject}\n\n"
        "Reasoning\n\n"
        "On {received} the institution received the request for access to the documents above. Access to them is "
        "refused under Law No. 06/L-081 on Access to Public Documents.\n\n"
        + _EN_TESTS
        + "\n\n"
        + _EN_WEIGHED.format(what="the documents")
        + " It was therefore decided as stated in the operative part of this decision.\n\n"
        + _EN_REMEDY
        + "\n\n{officer}\n{institution}"
    ),
    "ready": (
        "Dear Sir or Madam,\n\n"
        "Regarding your request for access to public documents No. {number}, registered on {received}, we inform "
        "you that, in accordance with the decision of {decided} and Law No. 06/L-081 on Access to Public "
        "Documents, the documents requested are ready.\n\n"
        "Documents: {subject}\n\n"
        "Form of access: {form}. Cost of copies: {cost}.\n\n"
        "You may collect the documents at our office during working hours, quoting request number {number}. "
        "Electronic copies are sent to the address you gave in the request.\n\n" + _EN_SIGNATURE
    ),
}

DEFAULT_TEMPLATES: dict[str, dict[str, str]] = {"sq": _SQ, "sr": _SR, "en": _EN}
