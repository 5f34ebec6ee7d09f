<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;The desk of a public-information office: contacts, calendar, press releases and the action plan of the communication strategy.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Radni sto kancelarije za javno informisanje: kontakti, kalendar, saopštenja za javnost i akcioni plan strategije komunikacije.&lt;/p&gt;&lt;p&gt;Baza podataka: {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About commsdesk</source>
            <translation>O programu commsdesk</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Edit activity</source>
            <translation>Izmeni aktivnost</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Nova aktivnost</translation>
        </message>
        <message>
            <source>separated by ; e.g. ZIMP; Zyra IT</source>
            <translation>razdvojeni sa ; npr. ZIMP; Zyra IT</translation>
        </message>
        <message>
            <source>e.g. 2024, nëntor 2024, mars–qershor 2024</source>
            <translation>npr. 2024, novembar 2024, mart–jun 2024</translation>
        </message>
        <message>
            <source>e.g. Në baza javore, Dy herë në vit</source>
            <translation>npr. Nedeljno, Dva puta godišnje</translation>
        </message>
        <message>
            <source>0 = no additional cost</source>
            <translation>0 = bez dodatnih troškova</translation>
        </message>
        <message>
            <source>Objective number:</source>
            <translation>Broj cilja:</translation>
        </message>
        <message>
            <source>Objective title:</source>
            <translation>Naziv cilja:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Vrsta:</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Aktivnost:</translation>
        </message>
        <message>
            <source>Responsible:</source>
            <translation>Odgovorni:</translation>
        </message>
        <message>
            <source>Timeframe:</source>
            <translation>Rok:</translation>
        </message>
        <message>
            <source>Frequency:</source>
            <translation>Učestalost:</translation>
        </message>
        <message>
            <source>Planned cost (€):</source>
            <translation>Planirani trošak (€):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Napomena:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>from {start} to {end}</source>
            <translation>od {start} do {end}</translation>
        </message>
        <message>
            <source>not understood: the activity counts for the whole year</source>
            <translation>nije razumljivo: aktivnost važi za celu godinu</translation>
        </message>
        <message>
            <source>empty: the whole year</source>
            <translation>prazno: cela godina</translation>
        </message>
        <message>
            <source>Write what the activity is.</source>
            <translation>Upišite šta je aktivnost.</translation>
        </message>
        <message>
            <source>A recurring activity needs a frequency.</source>
            <translation>Ponavljajućoj aktivnosti je potrebna učestalost.</translation>
        </message>
        <message>
            <source>The amount "{amount}" is not a number of euros.</source>
            <translation>Iznos "{amount}" nije broj evra.</translation>
        </message>
    </context>
    <context>
        <name>ActivityKind</name>
        <message>
            <source>Specific</source>
            <translation>Specifična</translation>
        </message>
        <message>
            <source>Recurring</source>
            <translation>Ponavljajuća</translation>
        </message>
    </context>
    <context>
        <name>ActivityStatus</name>
        <message>
            <source>Not started</source>
            <translation>Nije započeto</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>U toku</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Realizovano</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Odloženo</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Otkazano</translation>
        </message>
    </context>
    <context>
        <name>AttachmentKind</name>
        <message>
            <source>Photo</source>
            <translation>Fotografija</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
    </context>
    <context>
        <name>Audience</name>
        <message>
            <source>Municipal employees</source>
            <translation>Zaposleni u opštini</translation>
        </message>
        <message>
            <source>Citizens and taxpayers</source>
            <translation>Građani i poreski obveznici</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Mediji</translation>
        </message>
        <message>
            <source>Civil society and professional organisations</source>
            <translation>Civilno društvo i profesionalne organizacije</translation>
        </message>
        <message>
            <source>Business community and investors</source>
            <translation>Poslovna zajednica i investitori</translation>
        </message>
        <message>
            <source>Kosovo institutions</source>
            <translation>Institucije Kosova</translation>
        </message>
        <message>
            <source>Donors and international partners</source>
            <translation>Donatori i međunarodni partneri</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>Dijaspora</translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message>
            <source>(none)</source>
            <translation>(nijedna)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Poveži</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Ukloni vezu</translation>
        </message>
        <message>
            <source>Action-plan activity</source>
            <translation>Aktivnost akcionog plana</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Saopštenja za javnost</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Pretraga…</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Izmena događaja</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Novi događaj</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Ceo dan</translation>
        </message>
        <message>
            <source>Distributed on</source>
            <translation>Deli se</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Naslov</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Ponavlja se</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Vremenska zona</translation>
        </message>
        <message>
            <source>Assembly material</source>
            <translation>Materijal za sednicu</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Odgovorni</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <source>Media invited</source>
            <translation>Pozvani mediji</translation>
        </message>
        <message>
            <source>Media notifications</source>
            <translation>Obaveštenja za medije</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Obriši…</translation>
        </message>
        <message>
            <source>Planned when the event is saved, as the notification rules say.</source>
            <translation>Planiraju se kada se događaj sačuva, prema pravilima obaveštavanja.</translation>
        </message>
        <message>
            <source>done {when}</source>
            <translation>obavljeno {when}</translation>
        </message>
        <message>
            <source>{date} is a public holiday: {name}.</source>
            <translation>{date} je državni praznik: {name}.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupe</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>U redu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Izaberi…</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nijedan</translation>
        </message>
        <message>
            <source>Never ends</source>
            <translation>Bez kraja</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Završava se</translation>
        </message>
        <message>
            <source>Ends after (times)</source>
            <translation>Završava se posle (puta)</translation>
        </message>
        <message>
            <source>Custom: {rule}</source>
            <translation>Posebno: {rule}</translation>
        </message>
    </context>
    <context>
        <name>CalendarDue</name>
        <message>
            <source>Due</source>
            <translation>Na redu</translation>
        </message>
        <message>
            <source>Tick a media notification when the media have been told; open a request to decide it.</source>
            <translation>Označite obaveštenje za medije kada su mediji obavešteni; otvorite zahtev da biste o njemu odlučili.</translation>
        </message>
        <message>
            <source>Nothing is due this week.</source>
            <translation>Ove nedelje ništa nije na redu.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Poništi</translation>
        </message>
        <message>
            <source>{bucket} — until {date}</source>
            <translation>{bucket} — do {date}</translation>
        </message>
    </context>
    <context>
        <name>CalendarErrors</name>
        <message>
            <source>The event no longer exists; it may have been deleted.</source>
            <translation>Događaj više ne postoji; možda je obrisan.</translation>
        </message>
        <message>
            <source>This occurrence no longer exists; the calendar was changed.</source>
            <translation>Ovo ponavljanje više ne postoji; kalendar je izmenjen.</translation>
        </message>
        <message>
            <source>The holiday needs a name.</source>
            <translation>Praznik mora imati naziv.</translation>
        </message>
        <message>
            <source>There is already a holiday on {date}.</source>
            <translation>Na dan {date} već postoji praznik.</translation>
        </message>
        <message>
            <source>The event needs a title.</source>
            <translation>Događaj mora imati naslov.</translation>
        </message>
        <message>
            <source>The title is too long (at most 500 characters).</source>
            <translation>Naslov je predugačak (najviše 500 znakova).</translation>
        </message>
        <message>
            <source>“{field}” has {length} characters; at most {limit} are allowed.</source>
            <translation>„{field}” ima {length} znakova; dozvoljeno je najviše {limit}.</translation>
        </message>
        <message>
            <source>Unknown time zone: {zone}.</source>
            <translation>Nepoznata vremenska zona: {zone}.</translation>
        </message>
        <message>
            <source>The event cannot end before it starts.</source>
            <translation>Događaj ne može da se završi pre nego što počne.</translation>
        </message>
        <message>
            <source>The repetition ends before the event starts.</source>
            <translation>Ponavljanje se završava pre početka događaja.</translation>
        </message>
        <message>
            <source>The repetition rule {rule} cannot be used.</source>
            <translation>Pravilo ponavljanja {rule} ne može da se koristi.</translation>
        </message>
    </context>
    <context>
        <name>CalendarFiles</name>
        <message>
            <source>Continue</source>
            <translation>Nastavi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>The last day comes before the first day.</source>
            <translation>Poslednji dan je pre prvog dana.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF dokumenti (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel radne sveske (*.xlsx)</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar datoteke (*.ics)</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Sačuvano u {path}.</translation>
        </message>
        <message>
            <source>Save the week plan</source>
            <translation>Sačuvaj nedeljni plan</translation>
        </message>
        <message>
            <source>Save the calendar as a workbook</source>
            <translation>Sačuvaj kalendar kao radnu svesku</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>kalendar</translation>
        </message>
        <message>
            <source>Writing the calendar…</source>
            <translation>Upisuje se kalendar…</translation>
        </message>
        <message>
            <source>Export to iCalendar</source>
            <translation>Izvoz u iCalendar</translation>
        </message>
        <message>
            <source>Calendar of communication activities</source>
            <translation>Kalendar komunikacionih aktivnosti</translation>
        </message>
        <message>
            <source>Import an iCalendar file</source>
            <translation>Uvoz iCalendar datoteke</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>iCalendar datoteke (*.ics);;Sve datoteke (*)</translation>
        </message>
        <message>
            <source>{created} new events imported, {updated} updated.</source>
            <translation>Uvezeno novih događaja: {created}, ažurirano: {updated}.</translation>
        </message>
        <message>
            <source>Importing the calendar…</source>
            <translation>Uvozi se kalendar…</translation>
        </message>
    </context>
    <context>
        <name>CalendarImport</name>
        <message>
            <source>its repetition ({rule}) is not supported</source>
            <translation>njegovo ponavljanje ({rule}) nije podržano</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(bez naslova)</translation>
        </message>
        <message>
            <source>{title}: {problem}; imported as a single event.</source>
            <translation>{title}: {problem}; uvezen kao pojedinačni događaj.</translation>
        </message>
    </context>
    <context>
        <name>CalendarReports</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dan</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Početak</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Događaj</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Odgovorni</translation>
        </message>
        <message>
            <source>Media invited</source>
            <translation>Pozvani mediji</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Saopštenja za javnost</translation>
        </message>
        <message>
            <source>Action-plan activity</source>
            <translation>Aktivnost akcionog plana</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Ponavlja se</translation>
        </message>
        <message>
            <source>Public holiday</source>
            <translation>Državni praznik</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Ceo dan</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <source>Calendar {first}–{last}</source>
            <translation>Kalendar {first}–{last}</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <source>Weekly calendar of communication activities</source>
            <translation>Nedeljni kalendar komunikacionih aktivnosti</translation>
        </message>
        <message>
            <source>Week {week}: {first} – {last}</source>
            <translation>Nedelja {week}: {first} – {last}</translation>
        </message>
        <message>
            <source>Prepared by: {name}</source>
            <translation>Pripremio/la: {name}</translation>
        </message>
    </context>
    <context>
        <name>CalendarScope</name>
        <message>
            <source>“{title}” repeats. Delete the occurrence of {when}:</source>
            <translation>„{title}” se ponavlja. Obrišite ponavljanje od {when}:</translation>
        </message>
        <message>
            <source>“{title}” repeats. Apply the change to the occurrence of {when}:</source>
            <translation>„{title}” se ponavlja. Primenite izmenu na ponavljanje od {when}:</translation>
        </message>
        <message>
            <source>Repeating event</source>
            <translation>Događaj koji se ponavlja</translation>
        </message>
    </context>
    <context>
        <name>CalendarSettings</name>
        <message>
            <source>Media-notification rules</source>
            <translation>Pravila obaveštavanja medija</translation>
        </message>
        <message>
            <source>For each kind of event, the days before it on which the media are to be told (e.g. “14, 1”: two weeks before and the day before). Assembly sessions can also be announced on the day their material is distributed.</source>
            <translation>Za svaku vrstu događaja, koliko dana ranije se obaveštavaju mediji (npr. „14, 1”: dve nedelje ranije i dan ranije). Sednice skupštine mogu se najaviti i na dan podele materijala.</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>Vrsta događaja</translation>
        </message>
        <message>
            <source>Days before the event</source>
            <translation>Dana pre događaja</translation>
        </message>
        <message>
            <source>On the material date</source>
            <translation>Na dan materijala</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nijedan</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>“{text}” for {kind}: write whole numbers of days, e.g. 14, 1.</source>
            <translation>„{text}” za {kind}: upišite cele brojeve dana, npr. 14, 1.</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Državni praznici</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <source>Holidays entered each year (Eid al-Fitr, Eid al-Adha):</source>
            <translation>Praznici koji se unose svake godine (Ramazanski bajram, Kurban-bajram):</translation>
        </message>
        <message>
            <source>Computed for {year}: {list}</source>
            <translation>Izračunato za {year}: {list}</translation>
        </message>
        <message>
            <source>Remove the holiday {holiday}?</source>
            <translation>Ukloniti praznik {holiday}?</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <source>All day</source>
            <translation>Ceo dan</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Vreme</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Naziv</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Odgovorni</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Search title, place, responsible… (Ctrl+F)</source>
            <translation>Pretraga naslova, mesta, odgovornog… (Ctrl+F)</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} još</translation>
        </message>
        <message>
            <source>Repeating event</source>
            <translation>Događaj koji se ponavlja</translation>
        </message>
        <message>
            <source>Schedule the event on this day anyway?</source>
            <translation>Ipak zakazati događaj za ovaj dan?</translation>
        </message>
        <message>
            <source>Schedule anyway</source>
            <translation>Ipak zakaži</translation>
        </message>
        <message>
            <source>This is the occurrence of {when} of a repeating event.</source>
            <translation>Ovo je ponavljanje od {when} događaja koji se ponavlja.</translation>
        </message>
        <message>
            <source>This occurrence of a repeating event was changed on its own; the series is unchanged.</source>
            <translation>Ovo ponavljanje događaja izmenjeno je zasebno; serija je nepromenjena.</translation>
        </message>
        <message>
            <source>Delete the event “{title}” of {date}?</source>
            <translation>Obrisati događaj „{title}” od {date}?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Previous (Page Up)</source>
            <translation>Prethodno (Page Up)</translation>
        </message>
        <message>
            <source>Next (Page Down)</source>
            <translation>Sledeće (Page Down)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Danas</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>Idi na danas (T)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mesec</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Nedelja</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Novi događaj</translation>
        </message>
        <message>
            <source>New event (Ctrl+N); or double-click a day</source>
            <translation>Novi događaj (Ctrl+N); ili dvaput kliknite na dan</translation>
        </message>
        <message>
            <source>Print and files</source>
            <translation>Štampa i datoteke</translation>
        </message>
        <message>
            <source>Week plan (PDF)…</source>
            <translation>Nedeljni plan (PDF)…</translation>
        </message>
        <message>
            <source>Date range as a workbook (XLSX)…</source>
            <translation>Period kao radna sveska (XLSX)…</translation>
        </message>
        <message>
            <source>Export to iCalendar (.ics)…</source>
            <translation>Izvoz u iCalendar (.ics)…</translation>
        </message>
        <message>
            <source>Import from iCalendar (.ics)…</source>
            <translation>Uvoz iz iCalendar (.ics)…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Sve vrste</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Svi statusi</translation>
        </message>
        <message>
            <source>Media-notification rules…</source>
            <translation>Pravila obaveštavanja medija…</translation>
        </message>
        <message>
            <source>Public holidays…</source>
            <translation>Državni praznici…</translation>
        </message>
        <message>
            <source>Week {week}: {first} – {last}</source>
            <translation>Nedelja {week}: {first} – {last}</translation>
        </message>
        <message>
            <source>Week plan (PDF)</source>
            <translation>Nedeljni plan (PDF)</translation>
        </message>
        <message>
            <source>Export to iCalendar (.ics)</source>
            <translation>Izvoz u iCalendar (.ics)</translation>
        </message>
        <message>
            <source>Date range as a workbook (XLSX)</source>
            <translation>Period kao radna sveska (XLSX)</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Veb-sajt</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>Other social media</source>
            <translation>Ostale društvene mreže</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Štampa</translation>
        </message>
        <message>
            <source>News agency</source>
            <translation>Novinska agencija</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The desk of a public-information office. Without a command, opens the window.</source>
            <translation>Radni sto kancelarije za javno informisanje. Bez komande otvara prozor.</translation>
        </message>
        <message>
            <source>The details of an unexpected error are written to {log}.</source>
            <translation>Detalji neočekivane greške upisuju se u {log}.</translation>
        </message>
        <message>
            <source>the database file to use</source>
            <translation>datoteka baze podataka koja se koristi</translation>
        </message>
        <message>
            <source>the language of messages</source>
            <translation>jezik poruka</translation>
        </message>
        <message>
            <source>write every detail to the log (commsdesk.log)</source>
            <translation>upiši svaki detalj u dnevnik (commsdesk.log)</translation>
        </message>
        <message>
            <source>open the window on a new demo database in a temporary folder (or in --db)</source>
            <translation>otvara prozor sa novom demo bazom u privremenoj fascikli (ili u --db)</translation>
        </message>
        <message>
            <source>read data from a file into the database</source>
            <translation>učitaj podatke iz datoteke u bazu podataka</translation>
        </message>
        <message>
            <source>write data from the database to a file</source>
            <translation>upiši podatke iz baze u datoteku</translation>
        </message>
        <message>
            <source>print a report</source>
            <translation>odštampaj izveštaj</translation>
        </message>
        <message>
            <source>create or upgrade the database and exit</source>
            <translation>napravi ili nadogradi bazu podataka i izađi</translation>
        </message>
        <message>
            <source>fill a new database with demo content</source>
            <translation>popuni novu bazu demo sadržajem</translation>
        </message>
        <message>
            <source>write a verified backup of the database</source>
            <translation>napravi proverenu rezervnu kopiju baze</translation>
        </message>
        <message>
            <source>where to write the backup</source>
            <translation>gde da se upiše rezervna kopija</translation>
        </message>
        <message>
            <source>check the database's integrity and schema</source>
            <translation>proveri integritet i šemu baze</translation>
        </message>
        <message>
            <source>Created {path}.</source>
            <translation>Napravljena je {path}.</translation>
        </message>
        <message>
            <source>Upgraded {path}; the previous version is saved as {backup}.</source>
            <translation>Nadograđena je {path}; prethodna verzija je sačuvana kao {backup}.</translation>
        </message>
        <message>
            <source>{path} is up to date.</source>
            <translation>{path} je ažurna.</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Rezervna kopija je upisana u {path}.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Baza podataka: {path}</translation>
        </message>
        <message>
            <source>Result: the file is empty (0 bytes); it holds no data.</source>
            <translation>Rezultat: datoteka je prazna (0 bajtova); ne sadrži podatke.</translation>
        </message>
        <message>
            <source>Result: this is not a commsdesk database.</source>
            <translation>Rezultat: ovo nije commsdesk baza podataka.</translation>
        </message>
        <message>
            <source>Damage: {problem}</source>
            <translation>Oštećenje: {problem}</translation>
        </message>
        <message>
            <source>Broken references: {count}</source>
            <translation>Neispravne veze: {count}</translation>
        </message>
        <message>
            <source>Result: the database is damaged.</source>
            <translation>Rezultat: baza podataka je oštećena.</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integritet: u redu</translation>
        </message>
        <message>
            <source>A change was interrupted; commsdesk undoes it when it next opens the file.</source>
            <translation>Jedna izmena je prekinuta; commsdesk je poništava kada sledeći put otvori datoteku.</translation>
        </message>
        <message>
            <source>Result: the file holds no commsdesk data yet.</source>
            <translation>Rezultat: datoteka još ne sadrži commsdesk podatke.</translation>
        </message>
        <message>
            <source>Result: the database was written by a newer version of commsdesk.</source>
            <translation>Rezultat: bazu je upisala novija verzija programa commsdesk.</translation>
        </message>
        <message>
            <source>Schema: {revision} (this version of commsdesk: {head})</source>
            <translation>Šema: {revision} (ova verzija programa commsdesk: {head})</translation>
        </message>
        <message>
            <source>Result: the database needs an upgrade; it happens when commsdesk opens it.</source>
            <translation>Rezultat: bazu treba nadograditi; to se dešava kada je commsdesk otvori.</translation>
        </message>
        <message>
            <source>Result: the database is healthy.</source>
            <translation>Rezultat: baza podataka je ispravna.</translation>
        </message>
        <message>
            <source>write the calendar of a date range: week plan (PDF), workbook (XLSX) or iCalendar (ICS)</source>
            <translation>upisuje kalendar za period: nedeljni plan (PDF), radna sveska (XLSX) ili iCalendar (ICS)</translation>
        </message>
        <message>
            <source>the first day</source>
            <translation>prvi dan</translation>
        </message>
        <message>
            <source>the last day</source>
            <translation>poslednji dan</translation>
        </message>
        <message>
            <source>the file format (default: from FILE)</source>
            <translation>format datoteke (podrazumevano: prema DATOTECI)</translation>
        </message>
        <message>
            <source>the report's language</source>
            <translation>jezik izveštaja</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>datoteka koja se piše</translation>
        </message>
        <message>
            <source>import events from an iCalendar (.ics) file</source>
            <translation>uvozi događaje iz iCalendar (.ics) datoteke</translation>
        </message>
        <message>
            <source>the .ics file (Outlook, Google…)</source>
            <translation>.ics datoteka (Outlook, Google…)</translation>
        </message>
        <message>
            <source>list what is due: media notifications and the deadlines of document requests</source>
            <translation>prikazuje šta je na redu: obaveštenja za medije i rokove zahteva za pristup dokumentima</translation>
        </message>
        <message>
            <source>also what is due in the next N days (default 7)</source>
            <translation>i ono što je na redu u narednih N dana (podrazumevano: 7)</translation>
        </message>
        <message>
            <source>{text} is not a date; write it as DD.MM.YYYY.</source>
            <translation>{text} nije datum; upišite ga kao DD.MM.GGGG.</translation>
        </message>
        <message>
            <source>The last day comes before the first day.</source>
            <translation>Poslednji dan je pre prvog dana.</translation>
        </message>
        <message>
            <source>Say which format to write: --format pdf, xlsx or ics.</source>
            <translation>Navedite format: --format pdf, xlsx ili ics.</translation>
        </message>
        <message>
            <source>Wrote {count} events to {path}.</source>
            <translation>Upisano događaja: {count}, u {path}.</translation>
        </message>
        <message>
            <source>Imported {created} new events and updated {updated}.</source>
            <translation>Uvezeno novih događaja: {created}; ažurirano: {updated}.</translation>
        </message>
        <message>
            <source>Not imported as it was: {problem}</source>
            <translation>Nije uvezeno u izvornom obliku: {problem}</translation>
        </message>
        <message>
            <source>--days must be between 0 and {most}.</source>
            <translation>--days mora biti između 0 i {most}.</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Ništa nije na redu.</translation>
        </message>
        <message>
            <source>import an annual action plan from CSV or XLSX</source>
            <translation>uvezi godišnji akcioni plan iz CSV ili XLSX datoteke</translation>
        </message>
        <message>
            <source>the plan file (.csv or .xlsx)</source>
            <translation>datoteka plana (.csv ili .xlsx)</translation>
        </message>
        <message>
            <source>the year of the plan</source>
            <translation>godina plana</translation>
        </message>
        <message>
            <source>the strategy the plan belongs to</source>
            <translation>strategija kojoj plan pripada</translation>
        </message>
        <message>
            <source>replace the year's plan if it already exists</source>
            <translation>zameni plan za tu godinu ako već postoji</translation>
        </message>
        <message>
            <source>the action plan's annual or quarterly status report</source>
            <translation>godišnji ili tromesečni izveštaj o statusu akcionog plana</translation>
        </message>
        <message>
            <source>a quarterly report</source>
            <translation>tromesečni izveštaj</translation>
        </message>
        <message>
            <source>the day the status is shown as of</source>
            <translation>dan na koji se prikazuje stanje</translation>
        </message>
        <message>
            <source>the file format</source>
            <translation>format datoteke</translation>
        </message>
        <message>
            <source>write the empty action-plan template (XLSX)</source>
            <translation>napiši prazan šablon akcionog plana (XLSX)</translation>
        </message>
        <message>
            <source>Imported the plan of {year}: {objectives} objectives, {specific} specific and {recurring} recurring activities, {planned} planned.</source>
            <translation>Uvezen je plan za {year}: ciljeva {objectives}, specifičnih aktivnosti {specific} i ponavljajućih {recurring}, planirano {planned}.</translation>
        </message>
        <message>
            <source>Say which format to write: --format pdf or --format xlsx.</source>
            <translation>Navedite format: --format pdf ili --format xlsx.</translation>
        </message>
        <message>
            <source>Report written to {path}.</source>
            <translation>Izveštaj je upisan u {path}.</translation>
        </message>
        <message>
            <source>Template written to {path}.</source>
            <translation>Šablon je upisan u {path}.</translation>
        </message>
        <message>
            <source>write one press release as PDF or as e-mail drafts (.eml)</source>
            <translation>upisuje jedno saopštenje za javnost kao PDF ili kao nacrte e-pošte (.eml)</translation>
        </message>
        <message>
            <source>the release's reference, e.g. 2026/014</source>
            <translation>broj saopštenja, npr. 2026/014</translation>
        </message>
        <message>
            <source>which language version (all: every version; one combined PDF or one .eml each)</source>
            <translation>koja jezička verzija (all: svaka verzija; jedan zajednički PDF ili po jedan .eml)</translation>
        </message>
        <message>
            <source>e-mail drafts: Bcc the members of this audience group, by name or code (repeatable)</source>
            <translation>nacrti e-pošte: članovi ove grupe u Bcc, po imenu ili kodu (može se ponoviti)</translation>
        </message>
        <message>
            <source>where to write</source>
            <translation>gde upisati</translation>
        </message>
        <message>
            <source>write the press-release archive (or one year of it) as XLSX or PDF</source>
            <translation>upisuje arhivu saopštenja (ili jednu godinu) kao XLSX ili PDF</translation>
        </message>
        <message>
            <source>only the releases of this year</source>
            <translation>samo saopštenja ove godine</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Upisano: {path}</translation>
        </message>
        <message>
            <source>the file format (default: from the file name)</source>
            <translation>format datoteke (podrazumevano: prema imenu datoteke)</translation>
        </message>
        <message>
            <source>the year of the report</source>
            <translation>godina izveštaja</translation>
        </message>
        <message>
            <source>one quarter of the year</source>
            <translation>jedno tromesečje godine</translation>
        </message>
        <message>
            <source>the first day of a period</source>
            <translation>prvi dan perioda</translation>
        </message>
        <message>
            <source>its last day</source>
            <translation>njegov poslednji dan</translation>
        </message>
        <message>
            <source>the file to write, or a folder (the report is then named after its period)</source>
            <translation>datoteka koja se piše ili fascikla (izveštaj se tada imenuje prema periodu)</translation>
        </message>
        <message>
            <source>Say which format to write: {choices}.</source>
            <translation>Navedite format: {choices}.</translation>
        </message>
        <message>
            <source>Give both --from and --to.</source>
            <translation>Navedite i --from i --to.</translation>
        </message>
        <message>
            <source>Give either --year (and --quarter) or --from and --to.</source>
            <translation>Navedite ili --year (i --quarter) ili --from i --to.</translation>
        </message>
        <message>
            <source>The period ends before it begins.</source>
            <translation>Period se završava pre nego što počne.</translation>
        </message>
        <message>
            <source>Say which period to report on: --year, or --from and --to.</source>
            <translation>Navedite za koji period se pravi izveštaj: --year ili --from i --to.</translation>
        </message>
        <message>
            <source>{year} is not a year commsdesk reports on.</source>
            <translation>{year} nije godina za koju commsdesk pravi izveštaj.</translation>
        </message>
    </context>
    <context>
        <name>ContactColumns</name>
        <message>
            <source>Full name</source>
            <translation>Ime i prezime</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Prezime</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Ne kontaktirati</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Funkcija</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Medij / organizacija</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Vrsta organizacije</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Doseg</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>E-mail (work)</source>
            <translation>E-pošta (posao)</translation>
        </message>
        <message>
            <source>E-mail (mobile)</source>
            <translation>E-pošta (mobilni)</translation>
        </message>
        <message>
            <source>E-mail (home)</source>
            <translation>E-pošta (kuća)</translation>
        </message>
        <message>
            <source>E-mail (other)</source>
            <translation>E-pošta (ostalo)</translation>
        </message>
        <message>
            <source>Phone (work)</source>
            <translation>Telefon (posao)</translation>
        </message>
        <message>
            <source>Phone (mobile)</source>
            <translation>Telefon (mobilni)</translation>
        </message>
        <message>
            <source>Phone (home)</source>
            <translation>Telefon (kuća)</translation>
        </message>
        <message>
            <source>Phone (other)</source>
            <translation>Telefon (ostalo)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupe</translation>
        </message>
        <message>
            <source>Topics / beats</source>
            <translation>Teme / resori</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Veb-sajt</translation>
        </message>
        <message>
            <source>Social accounts</source>
            <translation>Društvene mreže</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Beleške</translation>
        </message>
        <message>
            <source>Accredited</source>
            <translation>Akreditovan</translation>
        </message>
        <message>
            <source>Accredited until</source>
            <translation>Akreditovan do</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Izvor podataka</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Svrha</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Poslednja provera</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(ne uvoziti)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ne</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>A contact needs a given or family name.</source>
            <translation>Kontakt mora imati ime ili prezime.</translation>
        </message>
        <message>
            <source>“{email}” is not a valid e-mail address.</source>
            <translation>„{email}“ nije ispravna adresa e-pošte.</translation>
        </message>
        <message>
            <source>“{field}” has {length} characters; at most {limit} are allowed.</source>
            <translation>„{field}” ima {length} znakova; dozvoljeno je najviše {limit}.</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Izmeni kontakt</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Novi kontakt</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Lični podaci</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Add e-mail</source>
            <translation>Dodaj e-poštu</translation>
        </message>
        <message>
            <source>Add phone</source>
            <translation>Dodaj telefon</translation>
        </message>
        <message>
            <source>Accredited media</source>
            <translation>Akreditovani medij</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>važi do</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Prezime</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Funkcija</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Medij / organizacija</translation>
        </message>
        <message>
            <source>Type and reach</source>
            <translation>Vrsta i doseg</translation>
        </message>
        <message>
            <source>Language of releases</source>
            <translation>Jezik saopštenja</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefoni</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupe</translation>
        </message>
        <message>
            <source>Topics / beats</source>
            <translation>Teme / resori</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Veb-sajt</translation>
        </message>
        <message>
            <source>Social accounts</source>
            <translation>Društvene mreže</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Beleške</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <translation>Akreditacija</translation>
        </message>
        <message>
            <source>e.g. business card at the press conference of 12.03.2026</source>
            <translation>npr. vizit-karta sa konferencije za štampu od 12.03.2026</translation>
        </message>
        <message>
            <source>e.g. sending press releases and invitations</source>
            <translation>npr. slanje saopštenja i pozivnica</translation>
        </message>
        <message>
            <source>Do not contact (left out of every distribution)</source>
            <translation>Ne kontaktirati (izostavlja se iz svake distribucije)</translation>
        </message>
        <message>
            <source>checked on</source>
            <translation>provereno</translation>
        </message>
        <message>
            <source>The law on personal data asks the office to know where each contact's data came from, why it is kept, and when it was last checked.</source>
            <translation>Zakon o zaštiti ličnih podataka traži da kancelarija zna odakle potiču podaci svakog kontakta, zašto se čuvaju i kada su poslednji put provereni.</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Izvor podataka</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Svrha</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Poslednja provera</translation>
        </message>
        <message>
            <source>• {name} ({outlet}): {reason} — {detail}</source>
            <translation>• {name} ({outlet}): {reason} — {detail}</translation>
        </message>
        <message>
            <source>This may be a contact you already have:</source>
            <translation>Ovo je možda kontakt koji već imate:</translation>
        </message>
        <message>
            <source>Save it anyway? (You can merge duplicates later.)</source>
            <translation>Ipak sačuvati? (Duplikate možete kasnije spojiti.)</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Ipak sačuvaj</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
    </context>
    <context>
        <name>ContactDuplicates</name>
        <message>
            <source>same e-mail</source>
            <translation>ista e-pošta</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>isti telefon</translation>
        </message>
        <message>
            <source>similar name, same organisation</source>
            <translation>slično ime, ista organizacija</translation>
        </message>
        <message>
            <source>These contacts cannot be merged: one of them no longer exists.</source>
            <translation>Ovi kontakti se ne mogu spojiti: jedan od njih više ne postoji.</translation>
        </message>
        <message>
            <source>There is no merge to undo.</source>
            <translation>Nema spajanja koje bi se poništilo.</translation>
        </message>
        <message>
            <source>The merged contact was deleted since; the merge cannot be undone.</source>
            <translation>Spojeni kontakt je u međuvremenu obrisan; spajanje se ne može poništiti.</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Mogući duplikati</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mogući duplikat</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacija</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Zašto</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Zajedničko</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Spoji…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <source>{count} pairs of contacts may be the same person.</source>
            <translation>Parova kontakata koji su možda ista osoba: {count}.</translation>
        </message>
        <message>
            <source>No duplicates found.</source>
            <translation>Nije pronađen nijedan duplikat.</translation>
        </message>
        <message>
            <source>Merge two contacts</source>
            <translation>Spoji dva kontakta</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Polje</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Zadrži ovu vrednost</translation>
        </message>
        <message>
            <source>or this one</source>
            <translation>ili ovu</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(prazno)</translation>
        </message>
        <message>
            <source>The two contacts hold the same values.</source>
            <translation>Oba kontakta imaju iste vrednosti.</translation>
        </message>
        <message>
            <source>Every e-mail, phone and group of both contacts is kept, and so is their distribution history. The merge can be undone.</source>
            <translation>Zadržavaju se sve adrese e-pošte, telefoni i grupe oba kontakta, kao i istorija distribucije. Spajanje se može poništiti.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Spoji</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Merge “{second}” into “{first}”.</source>
            <translation>Spoji „{second}“ sa „{first}“.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Traženje duplikata…</translation>
        </message>
        <message>
            <source>Undo the merge of “{removed}” into “{kept}”? Both contacts come back as they were before it.</source>
            <translation>Poništiti spajanje „{removed}“ sa „{kept}“? Oba kontakta se vraćaju kakvi su bili pre spajanja.</translation>
        </message>
        <message>
            <source>Undo merge</source>
            <translation>Poništi spajanje</translation>
        </message>
    </context>
    <context>
        <name>ContactExport</name>
        <message>
            <source>Contacts</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Ne kontaktirati</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel radna sveska (.xlsx)</translation>
        </message>
        <message>
            <source>CSV, comma-separated (.csv)</source>
            <translation>CSV, razdvojeno zarezom (.csv)</translation>
        </message>
        <message>
            <source>CSV, semicolon-separated, as Excel in Europe (.csv)</source>
            <translation>CSV, razdvojeno tačkom i zarezom, kao Excel u Evropi (.csv)</translation>
        </message>
        <message>
            <source>vCard 3.0, all in one file (.vcf)</source>
            <translation>vCard 3.0, svi u jednoj datoteci (.vcf)</translation>
        </message>
        <message>
            <source>vCard 3.0, one file per contact, for Outlook (folder)</source>
            <translation>vCard 3.0, jedna datoteka po kontaktu, za Outlook (fascikla)</translation>
        </message>
        <message>
            <source>Printable PDF list, grouped by group</source>
            <translation>PDF lista za štampu, po grupama</translation>
        </message>
        <message>
            <source>Printable PDF list, grouped by organisation</source>
            <translation>PDF lista za štampu, po organizacijama</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Izvezi kontakte</translation>
        </message>
        <message>
            <source>All contacts ({count})</source>
            <translation>Svi kontakti ({count})</translation>
        </message>
        <message>
            <source>The group “{name}”</source>
            <translation>Grupa „{name}“</translation>
        </message>
        <message>
            <source>The list as filtered now ({count})</source>
            <translation>Lista kako je sada filtrirana ({count})</translation>
        </message>
        <message>
            <source>The selected contacts ({count})</source>
            <translation>Izabrani kontakti ({count})</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Izvezi…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Group: {name}.</source>
            <translation>Grupa: {name}.</translation>
        </message>
        <message>
            <source>Search: “{text}”.</source>
            <translation>Pretraga: „{text}“.</translation>
        </message>
        <message>
            <source>Selected contacts.</source>
            <translation>Izabrani kontakti.</translation>
        </message>
        <message>
            <source>Folder for the vCard files</source>
            <translation>Fascikla za vCard datoteke</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel radne sveske (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV datoteke (*.csv)</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard datoteke (*.vcf)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF datoteke (*.pdf)</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>kontakti</translation>
        </message>
        <message>
            <source>{count} contacts exported to {path}.</source>
            <translation>Izvezeno kontakata: {count}, u {path}.</translation>
        </message>
        <message>
            <source>Exporting contacts…</source>
            <translation>Izvoz kontakata…</translation>
        </message>
    </context>
    <context>
        <name>ContactField</name>
        <message>
            <source>Given name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Prezime</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Funkcija</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Medij / organizacija</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Vrsta organizacije</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Doseg</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefoni</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupe</translation>
        </message>
        <message>
            <source>Topics / beats</source>
            <translation>Teme / resori</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Veb-sajt</translation>
        </message>
        <message>
            <source>Social accounts</source>
            <translation>Društvene mreže</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Beleške</translation>
        </message>
        <message>
            <source>Accredited</source>
            <translation>Akreditovan</translation>
        </message>
        <message>
            <source>Accredited until</source>
            <translation>Akreditovan do</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Izvor podataka</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Svrha</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Ne kontaktirati</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Poslednja provera</translation>
        </message>
    </context>
    <context>
        <name>ContactGroups</name>
        <message>
            <source>A group needs a name.</source>
            <translation>Grupa mora imati naziv.</translation>
        </message>
        <message>
            <source>A group name cannot contain “;”.</source>
            <translation>Naziv grupe ne može sadržati „;“.</translation>
        </message>
        <message>
            <source>The group no longer exists.</source>
            <translation>Grupa više ne postoji.</translation>
        </message>
        <message>
            <source>There is already a group called “{name}”.</source>
            <translation>Već postoji grupa pod nazivom „{name}“.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupe</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>Nova grupa…</translation>
        </message>
        <message>
            <source>Rename group…</source>
            <translation>Preimenuj grupu…</translation>
        </message>
        <message>
            <source>Delete group…</source>
            <translation>Obriši grupu…</translation>
        </message>
        <message>
            <source>Manage groups</source>
            <translation>Upravljaj grupama</translation>
        </message>
        <message>
            <source>All contacts ({count})</source>
            <translation>Svi kontakti ({count})</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nova grupa</translation>
        </message>
        <message>
            <source>Name of the group:</source>
            <translation>Naziv grupe:</translation>
        </message>
        <message>
            <source>Rename group</source>
            <translation>Preimenuj grupu</translation>
        </message>
        <message>
            <source>New name of the group:</source>
            <translation>Novi naziv grupe:</translation>
        </message>
        <message>
            <source>Delete the group “{name}”? Its contacts stay in the list, only the group goes.</source>
            <translation>Obrisati grupu „{name}“? Njeni kontakti ostaju na listi, briše se samo grupa.</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Obriši grupu</translation>
        </message>
    </context>
    <context>
        <name>ContactImport</name>
        <message>
            <source>vCard</source>
            <translation>vCard</translation>
        </message>
        <message>
            <source>No column is chosen to import.</source>
            <translation>Nije izabrana nijedna kolona za uvoz.</translation>
        </message>
        <message>
            <source>commsdesk export</source>
            <translation>izvoz iz commsdesk-a</translation>
        </message>
        <message>
            <source>Outlook contacts</source>
            <translation>Outlook kontakti</translation>
        </message>
        <message>
            <source>Google contacts</source>
            <translation>Google kontakti</translation>
        </message>
        <message>
            <source>Table with a header row</source>
            <translation>Tabela sa redom zaglavlja</translation>
        </message>
        <message>
            <source>there is no name</source>
            <translation>nema imena</translation>
        </message>
        <message>
            <source>the e-mail “{email}” is not valid</source>
            <translation>e-pošta „{email}“ nije ispravna</translation>
        </message>
        <message>
            <source>the phone “{phone}” has no digits</source>
            <translation>telefon „{phone}“ nema cifara</translation>
        </message>
        <message>
            <source>unknown language “{language}”</source>
            <translation>nepoznat jezik „{language}“</translation>
        </message>
        <message>
            <source>unknown organisation type “{type}”</source>
            <translation>nepoznata vrsta organizacije „{type}“</translation>
        </message>
        <message>
            <source>unknown reach “{reach}”</source>
            <translation>nepoznat doseg „{reach}“</translation>
        </message>
        <message>
            <source>“{value}” is not yes or no</source>
            <translation>„{value}“ nije da ili ne</translation>
        </message>
        <message>
            <source>“{value}” is not a date (dd.mm.yyyy)</source>
            <translation>„{value}“ nije datum (dd.mm.gggg)</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {reason}</source>
            <translation>Datoteka {path} ne može da se pročita: {reason}</translation>
        </message>
        <message>
            <source>it is not {encoding} text</source>
            <translation>nije {encoding} tekst</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>prazna je</translation>
        </message>
        <message>
            <source>it is not an Excel workbook</source>
            <translation>nije Excel radna sveska</translation>
        </message>
        <message>
            <source>The file {path} is not a readable vCard file: {reason}</source>
            <translation>Datoteka {path} nije čitljiva vCard datoteka: {reason}</translation>
        </message>
        <message>
            <source>The file {path} holds no vCard.</source>
            <translation>Datoteka {path} ne sadrži nijednu vCard karticu.</translation>
        </message>
        <message>
            <source>its {property} line is longer than {limit} characters</source>
            <translation>njen red {property} je duži od {limit} znakova</translation>
        </message>
        <message>
            <source>the card is longer than {limit} characters</source>
            <translation>kartica je duža od {limit} znakova</translation>
        </message>
        <message>
            <source>{created} new, {updated} updated, {skipped} skipped, {rejected} rejected</source>
            <translation>novih: {created}, ažuriranih: {updated}, preskočenih: {skipped}, odbijenih: {rejected}</translation>
        </message>
        <message>
            <source>Nothing was imported: row {row}: {reason}</source>
            <translation>Ništa nije uvezeno: red {row}: {reason}</translation>
        </message>
        <message>
            <source>Rows left out: {count}.</source>
            <translation>Izostavljeni redovi: {count}.</translation>
        </message>
        <message>
            <source>Nothing was imported. Rows with problems: {count}.</source>
            <translation>Ništa nije uvezeno. Redovi sa problemima: {count}.</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Red {row}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more rows.</source>
            <translation>… i još redova: {count}.</translation>
        </message>
        <message>
            <source>same e-mail {email}</source>
            <translation>ista e-pošta {email}</translation>
        </message>
        <message>
            <source>same phone {phone}</source>
            <translation>isti telefon {phone}</translation>
        </message>
        <message>
            <source>same name and organisation</source>
            <translation>isto ime i organizacija</translation>
        </message>
        <message>
            <source>the same person as row {row}</source>
            <translation>ista osoba kao u redu {row}</translation>
        </message>
        <message>
            <source>The file has no contacts.</source>
            <translation>Datoteka nema kontakata.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>novi</translation>
        </message>
        <message>
            <source>update</source>
            <translation>ažuriranje</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>preskače se</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>odbijeno</translation>
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation>Uvoz kontakata iz {file}</translation>
        </message>
        <message>
            <source>detected</source>
            <translation>prepoznato</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Import the valid rows and leave out the rejected ones</source>
            <translation>Uvezi ispravne redove, a odbijene izostavi</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacija</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupe</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Šta se dešava</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Kodiranje</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Razdvajač</translation>
        </message>
        <message>
            <source>A row matching a contact by e-mail or phone</source>
            <translation>Red koji se poklapa sa kontaktom po e-pošti ili telefonu</translation>
        </message>
        <message>
            <source>Also put the contacts in the group</source>
            <translation>Stavi kontakte i u grupu</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pregled</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Uvezi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Recognised as: {layout}</source>
            <translation>Prepoznato kao: {layout}</translation>
        </message>
        <message>
            <source>{encoding}, separator “{separator}”</source>
            <translation>{encoding}, razdvajač „{separator}“</translation>
        </message>
        <message>
            <source>{rows} rows: {summary}.</source>
            <translation>Redova: {rows}; {summary}.</translation>
        </message>
        <message>
            <source>Importing contacts…</source>
            <translation>Uvoz kontakata…</translation>
        </message>
        <message>
            <source>Import finished: {summary}.</source>
            <translation>Uvoz je završen: {summary}.</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Kolona datoteke</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>Primeri vrednosti</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Uvezi kao</translation>
        </message>
        <message>
            <source>(column {number})</source>
            <translation>(kolona {number})</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Uvoz kontakata</translation>
        </message>
        <message>
            <source>Contact files (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
            <translation>Datoteke kontakata (*.csv *.txt *.xlsx *.vcf);;Sve datoteke (*)</translation>
        </message>
        <message>
            <source>“{field}” has {length} characters, more than the {limit} allowed</source>
            <translation>„{field}” ima {length} znakova, više od dozvoljenih {limit}</translation>
        </message>
    </context>
    <context>
        <name>ContactLabel</name>
        <message>
            <source>Work</source>
            <translation>Posao</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobilni</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Kuća</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
    </context>
    <context>
        <name>ContactLink</name>
        <message>
            <source>Unlink</source>
            <translation>Ukloni vezu</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <source>Contact list</source>
            <translation>Lista kontakata</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Funkcija</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Medij / organizacija</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupe</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>(in no group)</source>
            <translation>(ni u jednoj grupi)</translation>
        </message>
        <message>
            <source>(no organisation)</source>
            <translation>(bez organizacije)</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>{count} contacts, grouped by {grouping}.</source>
            <translation>Kontakata: {count}, grupisano po {grouping}.</translation>
        </message>
        <message>
            <source>group</source>
            <translation>grupi</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organizaciji</translation>
        </message>
        <message>
            <source>{mark} = do not contact (excluded from every distribution)</source>
            <translation>{mark} = ne kontaktirati (izostavlja se iz svake distribucije)</translation>
        </message>
    </context>
    <context>
        <name>ContactsCli</name>
        <message>
            <source>import contacts from CSV, XLSX or vCard (all rows or none)</source>
            <translation>uvezi kontakte iz CSV, XLSX ili vCard (svi redovi ili nijedan)</translation>
        </message>
        <message>
            <source>the file to import</source>
            <translation>datoteka za uvoz</translation>
        </message>
        <message>
            <source>also put the contacts in this group</source>
            <translation>stavi kontakte i u ovu grupu</translation>
        </message>
        <message>
            <source>what to do with a row whose e-mail or phone is already known (default: skip)</source>
            <translation>šta raditi sa redom čija je e-pošta ili telefon već poznat (podrazumevano: preskoči)</translation>
        </message>
        <message>
            <source>import the valid rows and list the rejected ones, instead of importing nothing</source>
            <translation>uvezi ispravne redove i navedi odbijene, umesto da se ništa ne uveze</translation>
        </message>
        <message>
            <source>the CSV file's encoding (default: detected)</source>
            <translation>kodiranje CSV datoteke (podrazumevano: prepoznaje se)</translation>
        </message>
        <message>
            <source>the CSV separator (default: detected)</source>
            <translation>CSV razdvajač (podrazumevano: prepoznaje se)</translation>
        </message>
        <message>
            <source>export contacts to XLSX, CSV, vCard or PDF</source>
            <translation>izvezi kontakte u XLSX, CSV, vCard ili PDF</translation>
        </message>
        <message>
            <source>only the contacts of this group</source>
            <translation>samo kontakte ove grupe</translation>
        </message>
        <message>
            <source>the file format</source>
            <translation>format datoteke</translation>
        </message>
        <message>
            <source>the file to write (for vcf, a folder gets one file per contact)</source>
            <translation>datoteka koja se piše (za vcf, fascikla dobija po jednu datoteku za svaki kontakt)</translation>
        </message>
        <message>
            <source>the CSV separator</source>
            <translation>CSV razdvajač</translation>
        </message>
        <message>
            <source>how the PDF list is grouped</source>
            <translation>kako se grupiše PDF lista</translation>
        </message>
        <message>
            <source>Imported {path}: {summary}.</source>
            <translation>Uvezeno {path}: {summary}.</translation>
        </message>
        <message>
            <source>There is no group called “{name}”.</source>
            <translation>Nema grupe pod nazivom „{name}“.</translation>
        </message>
        <message>
            <source>Group: {name}.</source>
            <translation>Grupa: {name}.</translation>
        </message>
        <message>
            <source>Exported {count} contacts to {path}.</source>
            <translation>Izvezeno kontakata: {count}, u {path}.</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Funkcija</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Medij / organizacija</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupe</translation>
        </message>
        <message>
            <source>Do not contact: left out of every distribution</source>
            <translation>Ne kontaktirati: izostavlja se iz svake distribucije</translation>
        </message>
        <message>
            <source>Search name, organisation, e-mail, phone, notes…</source>
            <translation>Pretraži ime, organizaciju, e-poštu, telefon, beleške…</translation>
        </message>
        <message>
            <source>Every type</source>
            <translation>Sve vrste</translation>
        </message>
        <message>
            <source>Every reach</source>
            <translation>Svaki doseg</translation>
        </message>
        <message>
            <source>Every language</source>
            <translation>Svi jezici</translation>
        </message>
        <message>
            <source>Add to group</source>
            <translation>Dodaj u grupu</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Novi kontakt</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Izmeni</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pretraga</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Uvezi…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Izvezi…</translation>
        </message>
        <message>
            <source>Find duplicates…</source>
            <translation>Pronađi duplikate…</translation>
        </message>
        <message>
            <source>Undo last merge</source>
            <translation>Poništi poslednje spajanje</translation>
        </message>
        <message>
            <source>Remove from this group</source>
            <translation>Ukloni iz ove grupe</translation>
        </message>
        <message>
            <source>Everything held about this person (PDF)…</source>
            <translation>Sve što se čuva o ovoj osobi (PDF)…</translation>
        </message>
        <message>
            <source>Everything held about this person (XLSX)…</source>
            <translation>Sve što se čuva o ovoj osobi (XLSX)…</translation>
        </message>
        <message>
            <source>Erase this person…</source>
            <translation>Trajno izbriši ovu osobu…</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Lični podaci</translation>
        </message>
        <message>
            <source>{count} contacts</source>
            <translation>Kontakata: {count}</translation>
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation>Kontakt više ne postoji.</translation>
        </message>
        <message>
            <source>{mark} Do not contact: left out of every distribution</source>
            <translation>{mark} Ne kontaktirati: izostavlja se iz svake distribucije</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <source>yes, until {date}</source>
            <translation>da, do {date}</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Poslednja izmena</translation>
        </message>
        <message>
            <source>{count} contacts selected.</source>
            <translation>Izabrano kontakata: {count}.</translation>
        </message>
        <message>
            <source>Choose a contact to see it in full.</source>
            <translation>Izaberite kontakt da biste ga videli u celosti.</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ne</translation>
        </message>
        <message>
            <source>Delete the contact “{name}”?</source>
            <translation>Obrisati kontakt „{name}“?</translation>
        </message>
        <message>
            <source>Delete the {count} selected contacts?</source>
            <translation>Obrisati izabrane kontakte ({count})?</translation>
        </message>
        <message>
            <source>Distributions already sent keep only their number of recipients.</source>
            <translation>Već poslate distribucije zadržavaju samo broj primalaca.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>Nova grupa…</translation>
        </message>
        <message>
            <source>Take the {count} selected contacts out of the group “{name}”?</source>
            <translation>Ukloniti izabrane kontakte ({count}) iz grupe „{name}“?</translation>
        </message>
        <message>
            <source>Remove from group</source>
            <translation>Ukloni iz grupe</translation>
        </message>
        <message>
            <source>Everything held about this person</source>
            <translation>Sve što se čuva o ovoj osobi</translation>
        </message>
        <message>
            <source>Written to {path}.</source>
            <translation>Upisano u {path}.</translation>
        </message>
        <message>
            <source>Erase “{name}” for good? The contact and every personal detail of theirs in the distribution history are removed; distributions keep only their number of recipients. This cannot be undone. (Backups taken earlier still hold the person until they are deleted.)</source>
            <translation>Trajno izbrisati „{name}“? Brišu se kontakt i svi njegovi lični podaci u istoriji distribucije; distribucije zadržavaju samo broj primalaca. Ovo se ne može poništiti. (Ranije rezervne kopije i dalje sadrže osobu dok se ne obrišu.)</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>“{name}” was erased.</source>
            <translation>„{name}“ je trajno izbrisan.</translation>
        </message>
        <message>
            <source>Erasing {name}…</source>
            <translation>Trajno brisanje: {name}…</translation>
        </message>
    </context>
    <context>
        <name>DistributionStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planirano</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>Pripremljeno</translation>
        </message>
        <message>
            <source>Sent / published</source>
            <translation>Poslato / objavljeno</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Otkazano</translation>
        </message>
    </context>
    <context>
        <name>DocumentForm</name>
        <message>
            <source>Copy on paper</source>
            <translation>Kopija na papiru</translation>
        </message>
        <message>
            <source>Electronic copy</source>
            <translation>Elektronska kopija</translation>
        </message>
        <message>
            <source>Inspection on site</source>
            <translation>Uvid na licu mesta</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>Deemed refused: request {number} was not decided in time</source>
            <translation>Smatra se da je odbijen: o zahtevu {number} nije odlučeno u roku</translation>
        </message>
        <message>
            <source>The requester may complain to the Information and Privacy Agency.</source>
            <translation>Podnosilac može podneti žalbu Agenciji za informisanje i privatnost.</translation>
        </message>
        <message>
            <source>Decide request {number}</source>
            <translation>Odlučite o zahtevu {number}</translation>
        </message>
        <message>
            <source>Urgent: someone's life or liberty is at stake.</source>
            <translation>Hitno: ugroženi su nečiji život ili sloboda.</translation>
        </message>
        <message>
            <source>Chase the facts for enquiry {number} from {source}</source>
            <translation>Upit {number}: zatražite ponovo podatke ({source})</translation>
        </message>
        <message>
            <source>the directorate</source>
            <translation>direkcija</translation>
        </message>
        <message>
            <source>journalist's deadline {moment}</source>
            <translation>rok novinara {moment}</translation>
        </message>
        <message>
            <source>Late: enquiry {number} is past the journalist's deadline</source>
            <translation>Kasni: upitu {number} je istekao rok novinara</translation>
        </message>
        <message>
            <source>Answer enquiry {number}</source>
            <translation>Odgovorite na upit {number}</translation>
        </message>
        <message>
            <source>deadline {moment}</source>
            <translation>rok {moment}</translation>
        </message>
    </context>
    <context>
        <name>DueBucket</name>
        <message>
            <source>Overdue</source>
            <translation>Zakasnelo</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Za danas</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Za ovu nedelju</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Kasnije</translation>
        </message>
    </context>
    <context>
        <name>EditScope</name>
        <message>
            <source>Only this occurrence</source>
            <translation>Samo ovo ponavljanje</translation>
        </message>
        <message>
            <source>This and the following occurrences</source>
            <translation>Ovo i sva naredna ponavljanja</translation>
        </message>
        <message>
            <source>All occurrences</source>
            <translation>Sva ponavljanja</translation>
        </message>
    </context>
    <context>
        <name>Enquiries</name>
        <message>
            <source>(personal data erased)</source>
            <translation>(lični podaci izbrisani)</translation>
        </message>
        <message>
            <source>The enquiry no longer exists.</source>
            <translation>Upit više ne postoji.</translation>
        </message>
        <message>
            <source>Write down the journalist's question.</source>
            <translation>Upišite pitanje novinara.</translation>
        </message>
        <message>
            <source>An enquiry holds at most {count} questions.</source>
            <translation>Broj pitanja u jednom upitu je najviše {count}.</translation>
        </message>
        <message>
            <source>Name the journalist who asked.</source>
            <translation>Navedite novinara koji je postavio pitanje.</translation>
        </message>
        <message>
            <source>The deadline cannot come before the enquiry.</source>
            <translation>Rok ne može biti pre prijema upita.</translation>
        </message>
        <message>
            <source>Say when the facts were asked for before when they came.</source>
            <translation>Datum kada su podaci zatraženi mora biti pre datuma kada su stigli.</translation>
        </message>
        <message>
            <source>Name who approved the answer.</source>
            <translation>Navedite ko je odobrio odgovor.</translation>
        </message>
        <message>
            <source>Say why the enquiry is declined or answered with “no comment”.</source>
            <translation>Navedite zašto se upit odbija ili se odgovara sa „bez komentara”.</translation>
        </message>
        <message>
            <source>Answers are kept in Shqip, Srpski and English, not in {language}.</source>
            <translation>Odgovori se čuvaju na albanskom, srpskom i engleskom, a ne na jeziku {language}.</translation>
        </message>
        <message>
            <source>Write the answer before marking it sent.</source>
            <translation>Napišite odgovor pre nego što ga označite kao poslat.</translation>
        </message>
        <message>
            <source>Say when the answer was sent.</source>
            <translation>Navedite kada je odgovor poslat.</translation>
        </message>
        <message>
            <source>The answer cannot be sent before the enquiry came.</source>
            <translation>Odgovor ne može biti poslat pre prijema upita.</translation>
        </message>
        <message>
            <source>The default time to answer must be between 1 hour and 30 days.</source>
            <translation>Podrazumevani rok za odgovor mora biti između 1 sata i 30 dana.</translation>
        </message>
        <message>
            <source>That number is taken in that year.</source>
            <translation>Taj broj je već zauzet u toj godini.</translation>
        </message>
        <message>
            <source>An enquiry cannot move to another year: its number would change.</source>
            <translation>Upit ne može preći u drugu godinu: njegov broj bi se promenio.</translation>
        </message>
        <message>
            <source>The linked contact no longer exists.</source>
            <translation>Povezani kontakt više ne postoji.</translation>
        </message>
    </context>
    <context>
        <name>EnquiriesCli</name>
        <message>
            <source>import journalists' enquiries from CSV or XLSX (all rows or none)</source>
            <translation>uvozi novinarske upite iz CSV ili XLSX datoteke (svi redovi ili nijedan)</translation>
        </message>
        <message>
            <source>the file (.csv or .xlsx)</source>
            <translation>datoteka (.csv ili .xlsx)</translation>
        </message>
        <message>
            <source>write the register of journalists' enquiries (or one year of it) as XLSX or CSV</source>
            <translation>upisuje registar novinarskih upita (ili jednu njegovu godinu) kao XLSX ili CSV</translation>
        </message>
        <message>
            <source>only the enquiries received in this year</source>
            <translation>samo upiti primljeni u ovoj godini</translation>
        </message>
        <message>
            <source>the report on journalists' enquiries for a year, a quarter or a period</source>
            <translation>izveštaj o novinarskim upitima za godinu, tromesečje ili period</translation>
        </message>
        <message>
            <source>Imported {path}: {created} new enquiries, {unchanged} already in the register.</source>
            <translation>Uvezeno {path}: novih upita: {created}, već u registru: {unchanged}.</translation>
        </message>
        <message>
            <source>Exported {count} enquiries to {path}.</source>
            <translation>Izvezeno upita: {count}, u {path}.</translation>
        </message>
    </context>
    <context>
        <name>EnquiriesTab</name>
        <message>
            <source>&amp;Enquiry settings…</source>
            <translation>Podešavanja no&amp;vinarskih upita…</translation>
        </message>
        <message>
            <source>Approved &amp;statements…</source>
            <translation>Odob&amp;rene izjave…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Sve godine</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Svi statusi</translation>
        </message>
        <message>
            <source>All outlets</source>
            <translation>Svi mediji</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Sve teme</translation>
        </message>
        <message>
            <source>Search number, journalist, outlet, topic, questions… (Ctrl+F)</source>
            <translation>Pretraga broja, novinara, medija, teme, pitanja… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Samo sa isteklim rokom</translation>
        </message>
        <message>
            <source>Open enquiries past the journalist's deadline</source>
            <translation>Otvoreni upiti kojima je istekao rok novinara</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Novinar</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medij</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>Time left / late</source>
            <translation>Preostalo / kašnjenje</translation>
        </message>
        <message>
            <source>The facts were asked for and have not come yet.</source>
            <translation>Podaci su zatraženi i još nisu stigli.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(bez imena)</translation>
        </message>
        <message>
            <source>Delete the enquiry {reference} of {journalist} “{subject}” with its questions and history?</source>
            <translation>Obrisati upit {reference} („{subject}”, novinar: {journalist}) zajedno sa pitanjima i istorijom?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Import enquiries</source>
            <translation>Uvoz upita</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.csv);;All files (*)</source>
            <translation>Registri (*.xlsx *.csv);;Sve datoteke (*)</translation>
        </message>
        <message>
            <source>{created} enquiries imported; {unchanged} were already in the register.</source>
            <translation>Uvezeno upita: {created}; već u registru: {unchanged}.</translation>
        </message>
        <message>
            <source>Importing the enquiries…</source>
            <translation>Uvoz upita…</translation>
        </message>
        <message>
            <source>journalists-enquiries</source>
            <translation>novinarski-upiti</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel radne sveske (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV datoteke (*.csv)</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Izvezi spisak</translation>
        </message>
        <message>
            <source>1 enquiry written to {path}</source>
            <translation>1 upit je upisan u {path}</translation>
        </message>
        <message>
            <source>{count} enquiries written to {path}</source>
            <translation>Upisano upita: {count}, u {path}</translation>
        </message>
        <message>
            <source>Exporting the enquiries…</source>
            <translation>Izvoz upita…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF datoteke (*.pdf)</translation>
        </message>
        <message>
            <source>Report on journalists' enquiries</source>
            <translation>Izveštaj o novinarskim upitima</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Pravljenje izveštaja…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Upisano: {path}</translation>
        </message>
        <message>
            <source>Past the journalist's deadline: answer, or tell the journalist why not</source>
            <translation>Rok novinara je istekao: odgovorite ili obavestite novinara zašto ne</translation>
        </message>
        <message>
            <source>waiting for facts</source>
            <translation>čekaju se podaci</translation>
        </message>
        <message>
            <source>answered in time</source>
            <translation>odgovoreno u roku</translation>
        </message>
        <message>
            <source>&amp;New enquiry</source>
            <translation>&amp;Novi upit</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otvori</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>O&amp;briši</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pretraga</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Uvezi…</translation>
        </message>
        <message>
            <source>The list as &amp;Excel workbook (XLSX)…</source>
            <translation>Spisak kao &amp;Excel radna sveska (XLSX)…</translation>
        </message>
        <message>
            <source>The list as &amp;CSV…</source>
            <translation>Spisak kao &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;Report…</source>
            <translation>&amp;Izveštaj…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>I&amp;zvoz</translation>
        </message>
        <message>
            <source>Enquiries of a year, a quarter or any dates: by outlet, topic and channel, answered in time, time to answer</source>
            <translation>Upiti za godinu, tromesečje ili period po izboru: po mediju, temi i kanalu, odgovoreni u roku, vreme do odgovora</translation>
        </message>
        <message>
            <source>The approved lines to take, per topic, in Shqip, Srpski and English</source>
            <translation>Odobreni stavovi, po temama, na albanskom, srpskom i engleskom</translation>
        </message>
        <message>
            <source>1 enquiry</source>
            <translation>1 upit</translation>
        </message>
        <message>
            <source>{count} enquiries</source>
            <translation>Upita: {count}</translation>
        </message>
    </context>
    <context>
        <name>EnquiryAnswer</name>
        <message>
            <source>The enquiry has no answer in this language yet.</source>
            <translation>Upit još nema odgovor na ovom jeziku.</translation>
        </message>
        <message>
            <source>The journalist has no e-mail address: enter one on the enquiry.</source>
            <translation>Novinar nema adresu e-pošte: unesite je u upit.</translation>
        </message>
        <message>
            <source>Enter the office's e-mail address in Settings → Office profile: answers are sent from it.</source>
            <translation>Unesite adresu e-pošte kancelarije u Podešavanja → Profil kancelarije: odgovori se šalju sa nje.</translation>
        </message>
    </context>
    <context>
        <name>EnquiryChannel</name>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Lično</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Društvene mreže</translation>
        </message>
        <message>
            <source>Message (SMS, Viber, WhatsApp)</source>
            <translation>Poruka (SMS, Viber, WhatsApp)</translation>
        </message>
    </context>
    <context>
        <name>EnquiryColumns</name>
        <message>
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Novinar</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medij</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Oznake</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Pitanja</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Odgovoreno</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odgovor</translation>
        </message>
        <message>
            <source>Language of the answer</source>
            <translation>Jezik odgovora</translation>
        </message>
        <message>
            <source>Answer in Albanian</source>
            <translation>Odgovor na albanskom</translation>
        </message>
        <message>
            <source>Answer in Serbian</source>
            <translation>Odgovor na srpskom</translation>
        </message>
        <message>
            <source>Answer in English</source>
            <translation>Odgovor na engleskom</translation>
        </message>
        <message>
            <source>Reason (declined or no comment)</source>
            <translation>Razlog (odbijeno ili bez komentara)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Napomena</translation>
        </message>
    </context>
    <context>
        <name>EnquiryExport</name>
        <message>
            <source>Enquiries</source>
            <translation>Upiti</translation>
        </message>
    </context>
    <context>
        <name>EnquiryForm</name>
        <message>
            <source>Insert an approved statement ({language})</source>
            <translation>Umetni odobrenu izjavu ({language})</translation>
        </message>
        <message>
            <source>Search topic, text, approver…</source>
            <translation>Pretraga teme, teksta, ko je odobrio…</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Umetni</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>the answer in {language}</source>
            <translation>odgovor na jeziku {language}</translation>
        </message>
        <message>
            <source>&amp;Insert statement…</source>
            <translation>Umetni i&amp;zjavu…</translation>
        </message>
        <message>
            <source>An approved statement valid today, in this language, at the cursor</source>
            <translation>Odobrena izjava koja danas važi, na ovom jeziku, na mestu kursora</translation>
        </message>
        <message>
            <source>No approved statement valid today has a text in {language}. Statements are kept under “Statements…” in the register's toolbar.</source>
            <translation>Nijedna odobrena izjava koja danas važi nema tekst na jeziku {language}. Izjave se čuvaju pod „Odobrene izjave…” na traci s alatkama registra.</translation>
        </message>
        <message>
            <source>&amp;E-mail draft…</source>
            <translation>&amp;Nacrt e-pošte…</translation>
        </message>
        <message>
            <source>The answer shown as an e-mail draft to the journalist, with the questions quoted</source>
            <translation>Odgovor kao nacrt e-pošte novinaru, sa citiranim pitanjima</translation>
        </message>
        <message>
            <source>E-mail draft of the answer</source>
            <translation>Nacrt e-pošte sa odgovorom</translation>
        </message>
        <message>
            <source>E-mail drafts (*.eml)</source>
            <translation>Nacrti e-pošte (*.eml)</translation>
        </message>
        <message>
            <source>Was it sent?</source>
            <translation>Da li je poslato?</translation>
        </message>
        <message>
            <source>The draft is written: {path}

Open it in the e-mail program and send it. Was the answer sent?</source>
            <translation>Nacrt je upisan: {path}

Otvorite ga u programu za e-poštu i pošaljite. Da li je odgovor poslat?</translation>
        </message>
        <message>
            <source>Sent: record it</source>
            <translation>Poslato: zabeleži</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Još ne</translation>
        </message>
        <message>
            <source>New &amp;contact…</source>
            <translation>Novi &amp;kontakt…</translation>
        </message>
        <message>
            <source>Add the journalist to the contacts, with what the enquiry holds, and link them</source>
            <translation>Dodaj novinara u kontakte, sa podacima iz upita, i poveži ga sa upitom</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>Koristi podrazumevani</translation>
        </message>
        <message>
            <source>Enquiry</source>
            <translation>Upit</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Postupanje</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odgovor</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Istorija</translation>
        </message>
        <message>
            <source>E&amp;rase journalist's details…</source>
            <translation>&amp;Izbriši podatke novinara…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>New enquiry</source>
            <translation>Novi upit</translation>
        </message>
        <message>
            <source>New enquiry — the number is given when it is saved</source>
            <translation>Novi upit — broj se dodeljuje pri čuvanju</translation>
        </message>
        <message>
            <source>Enquiry {reference}</source>
            <translation>Upit {reference}</translation>
        </message>
        <message>
            <source>Enquiry {reference} · {status}</source>
            <translation>Upit {reference} · {status}</translation>
        </message>
        <message>
            <source>journalist's details erased</source>
            <translation>podaci novinara su izbrisani</translation>
        </message>
        <message>
            <source>default: {hours} hours after it came ({moment})</source>
            <translation>podrazumevano: {hours} h od prijema ({moment})</translation>
        </message>
        <message>
            <source>Answer due {moment}</source>
            <translation>Rok za odgovor {moment}</translation>
        </message>
        <message>
            <source>waiting for the facts from {source}</source>
            <translation>čekaju se podaci ({source})</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(bez imena)</translation>
        </message>
        <message>
            <source>Erase the details of {name}, the journalist of {reference}? The enquiry, its questions, answer and history stay; this cannot be undone.</source>
            <translation>Izbrisati podatke osobe {name}, novinara upita {reference}? Upit, njegova pitanja, odgovor i istorija ostaju; ovo se ne može poništiti.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>by</source>
            <translation>putem</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Novinar</translation>
        </message>
        <message>
            <source>name, as the journalist gave it</source>
            <translation>ime, kako ga je novinar naveo</translation>
        </message>
        <message>
            <source>type a name to link the journalist to a contact</source>
            <translation>upišite ime da povežete novinara sa kontaktom</translation>
        </message>
        <message>
            <source>The journalist in the contacts: their personal-data export and erasure then include this enquiry</source>
            <translation>Novinar u kontaktima: izvoz i brisanje njegovih ličnih podataka tada obuhvataju i ovaj upit</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>newspaper, portal, TV or radio</source>
            <translation>novine, portal, TV ili radio</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medij</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>what the enquiry is about</source>
            <translation>na šta se upit odnosi</translation>
        </message>
        <message>
            <source>tags, separated by commas</source>
            <translation>oznake, odvojene zarezima</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Pitanja</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>The journalist's deadline: when the answer must be with them.</source>
            <translation>Rok novinara: do kada odgovor mora da mu stigne.</translation>
        </message>
        <message>
            <source>Facts from</source>
            <translation>Podatke dostavlja</translation>
        </message>
        <message>
            <source>the directorate or person who supplies the facts</source>
            <translation>direkcija ili osoba koja dostavlja podatke</translation>
        </message>
        <message>
            <source>asked on</source>
            <translation>zatraženo dana</translation>
        </message>
        <message>
            <source>remind on</source>
            <translation>podseti dana</translation>
        </message>
        <message>
            <source>received on</source>
            <translation>primljeno dana</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Podaci</translation>
        </message>
        <message>
            <source>Facts asked for and not received show on the calendar's Due panel from the day to remind.</source>
            <translation>Zatraženi a neprimljeni podaci prikazuju se na panelu „Na redu” u kalendaru od dana podsetnika.</translation>
        </message>
        <message>
            <source>The answer must be approved</source>
            <translation>Odgovor mora biti odobren</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Odobrenje</translation>
        </message>
        <message>
            <source>the mayor, a director, the cabinet…</source>
            <translation>predsednik opštine, direktor, kabinet…</translation>
        </message>
        <message>
            <source>approved on</source>
            <translation>odobreno dana</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Odobrio</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Napomena</translation>
        </message>
        <message>
            <source>The action-plan activity this enquiry is evidence of (interviews and statements)</source>
            <translation>Aktivnost akcionog plana za koju je ovaj upit dokaz (intervjui i izjave)</translation>
        </message>
        <message>
            <source>Plan activity</source>
            <translation>Aktivnost plana</translation>
        </message>
        <message>
            <source>The press release the enquiry led to, or that answered it</source>
            <translation>Saopštenje za javnost koje je proisteklo iz upita ili je na njega odgovorilo</translation>
        </message>
        <message>
            <source>Press release</source>
            <translation>Saopštenje za javnost</translation>
        </message>
        <message>
            <source>The event the enquiry was about</source>
            <translation>Događaj na koji se upit odnosio</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Događaj</translation>
        </message>
        <message>
            <source>why the enquiry is declined or answered with “no comment”</source>
            <translation>zašto se upit odbija ili se odgovara sa „bez komentara”</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>sent at</source>
            <translation>poslato</translation>
        </message>
        <message>
            <source>(how?)</source>
            <translation>(kako?)</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Poslato</translation>
        </message>
        <message>
            <source>the question, as the journalist asked it</source>
            <translation>pitanje, kako ga je novinar postavio</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>&amp;Dodaj pitanje</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Ukloni</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Pomeri &amp;gore</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Pomeri d&amp;ole</translation>
        </message>
    </context>
    <context>
        <name>EnquiryImport</name>
        <message>
            <source>{file} holds no enquiries: only its header row.</source>
            <translation>{file} ne sadrži upite: samo red zaglavlja.</translation>
        </message>
        <message>
            <source>"{column}" holds "{value}", which is not a day and time written DD.MM.YYYY HH:MM</source>
            <translation>"{column}" sadrži "{value}", što nije dan i vreme napisani kao DD.MM.GGGG HH:MM</translation>
        </message>
        <message>
            <source>"{column}" holds "{value}", a day without its time: write DD.MM.YYYY HH:MM</source>
            <translation>"{column}" sadrži "{value}", dan bez vremena: upišite DD.MM.GGGG HH:MM</translation>
        </message>
        <message>
            <source>unknown language of the answer "{value}" (sq, sr or en)</source>
            <translation>nepoznat jezik odgovora "{value}" (sq, sr ili en)</translation>
        </message>
        <message>
            <source>two answers in {language}: "answer" and "{column}"</source>
            <translation>dva odgovora na jeziku {language}: "answer" i "{column}"</translation>
        </message>
        <message>
            <source>the received time is missing</source>
            <translation>nedostaje vreme prijema</translation>
        </message>
        <message>
            <source>the journalist is not named</source>
            <translation>novinar nije naveden</translation>
        </message>
        <message>
            <source>phone, email, in_person, social_media or message</source>
            <translation>phone, email, in_person, social_media ili message</translation>
        </message>
        <message>
            <source>the channel is missing ({choices})</source>
            <translation>nedostaje kanal ({choices})</translation>
        </message>
        <message>
            <source>unknown channel "{value}" ({choices})</source>
            <translation>nepoznat kanal "{value}" ({choices})</translation>
        </message>
        <message>
            <source>unknown status "{value}" (new, waiting_for_input, drafted, approved, answered, declined or no_comment)</source>
            <translation>nepoznat status "{value}" (new, waiting_for_input, drafted, approved, answered, declined ili no_comment)</translation>
        </message>
        <message>
            <source>the questions are missing</source>
            <translation>nedostaju pitanja</translation>
        </message>
        <message>
            <source>the e-mail "{value}" is not valid</source>
            <translation>e-pošta "{value}" nije ispravna</translation>
        </message>
        <message>
            <source>Not recorded in the old register.</source>
            <translation>Nije zabeleženo u starom registru.</translation>
        </message>
        <message>
            <source>an answered enquiry needs the time it was answered ("answered")</source>
            <translation>za odgovoreni upit potrebno je vreme odgovora ("answered")</translation>
        </message>
        <message>
            <source>the status "{status}" does not go with an answer time ("answered")</source>
            <translation>status "{status}" ne ide uz vreme odgovora ("answered")</translation>
        </message>
        <message>
            <source>Imported from the old register, which did not record the answer.</source>
            <translation>Uvezeno iz starog registra, u kome nije zabeležen odgovor.</translation>
        </message>
        <message>
            <source>the received time is in the future</source>
            <translation>vreme prijema je u budućnosti</translation>
        </message>
    </context>
    <context>
        <name>EnquiryReport</name>
        <message>
            <source>Journalists' enquiries</source>
            <translation>Novinarski upiti</translation>
        </message>
        <message>
            <source>enquiries-report</source>
            <translation>izvestaj-o-upitima</translation>
        </message>
        <message>
            <source>Enquiries received from {first} to {last}, as they stand on {day} at {time}.</source>
            <translation>Upiti primljeni od {first} do {last}, prema stanju na dan {day} u {time}.</translation>
        </message>
        <message>
            <source>The journalists' names are personal data and are not in this report; their outlets are.</source>
            <translation>Imena novinara su lični podaci i nisu u ovom izveštaju; njihovi mediji jesu.</translation>
        </message>
        <message>
            <source>Answered before or after the deadline and the times to answer count the answered enquiries; declined ones and those answered with “no comment” are counted apart. A time to answer runs from when the enquiry came to when the answer went, in hours of the clock, nights and weekends included.</source>
            <translation>Odgovori pre ili posle roka i vreme do odgovora računaju se samo za odgovorene upite; odbijeni i oni na koje je odgovoreno sa „bez komentara” broje se posebno. Vreme do odgovora teče od prijema upita do slanja odgovora, u satima realnog vremena, uključujući noći i vikende.</translation>
        </message>
        <message>
            <source>The deadline is the journalist's, or the office's usual time to answer where the journalist named none. Still open past the deadline: as the report was written.</source>
            <translation>Rok je rok novinara ili uobičajeno vreme kancelarije za odgovor kada novinar nije naveo rok. Još otvoreni po isteku roka: u trenutku izrade izveštaja.</translation>
        </message>
        <message>
            <source>Enquiries received</source>
            <translation>Primljeni upiti</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Odgovoreni</translation>
        </message>
        <message>
            <source>Answered before the deadline</source>
            <translation>Odgovoreni pre isteka roka</translation>
        </message>
        <message>
            <source>Answered before the deadline (% of the answered)</source>
            <translation>Odgovoreni pre isteka roka (% odgovorenih)</translation>
        </message>
        <message>
            <source>Answered after the deadline</source>
            <translation>Odgovoreni po isteku roka</translation>
        </message>
        <message>
            <source>Median time to answer (hours)</source>
            <translation>Medijana vremena do odgovora (sati)</translation>
        </message>
        <message>
            <source>Longest time to answer (hours)</source>
            <translation>Najduže vreme do odgovora (sati)</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Odbijeni</translation>
        </message>
        <message>
            <source>Answered with “no comment”</source>
            <translation>Sa odgovorom „bez komentara”</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Još otvoreni</translation>
        </message>
        <message>
            <source>Still open past the deadline</source>
            <translation>Još otvoreni po isteku roka</translation>
        </message>
        <message>
            <source>No outlet named</source>
            <translation>Medij nije naveden</translation>
        </message>
        <message>
            <source>No topic given</source>
            <translation>Tema nije navedena</translation>
        </message>
        <message>
            <source>Enquiries by outlet</source>
            <translation>Upiti po medijima</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medij</translation>
        </message>
        <message>
            <source>No enquiry was received in the period.</source>
            <translation>U periodu nije primljen nijedan upit.</translation>
        </message>
        <message>
            <source>Enquiries by topic</source>
            <translation>Upiti po temama</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Enquiries by channel</source>
            <translation>Upiti po kanalu</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Enquiries by status</source>
            <translation>Upiti po statusu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Ključni podaci</translation>
        </message>
        <message>
            <source>Enquiries</source>
            <translation>Upiti</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Beleške</translation>
        </message>
        <message>
            <source>The enquiries</source>
            <translation>Spisak upita</translation>
        </message>
        <message>
            <source>Shaded: answered after the deadline, or still open past it.</source>
            <translation>Osenčeno: odgovoreni po isteku roka ili još otvoreni nakon njega.</translation>
        </message>
        <message>
            <source>Hours to answer</source>
            <translation>Sati do odgovora</translation>
        </message>
        <message>
            <source>Late (after the deadline, or open past it)</source>
            <translation>Kasni (posle roka ili otvoren nakon njega)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Enquiries {period}</source>
            <translation>Upiti {period}</translation>
        </message>
        <message>
            <source>Breakdown {period}</source>
            <translation>Raščlamba {period}</translation>
        </message>
        <message>
            <source>List {period}</source>
            <translation>Spisak {period}</translation>
        </message>
        <message>
            <source>Report on journalists' enquiries</source>
            <translation>Izveštaj o novinarskim upitima</translation>
        </message>
        <message>
            <source>Enquiries received in the period: by outlet, topic and channel, answered before the deadline, median and longest time to answer, declined, and the list itself.</source>
            <translation>Upiti primljeni u periodu: po mediju, temi i kanalu, odgovoreni pre isteka roka, medijana i najduže vreme do odgovora, odbijeni, kao i sam spisak.</translation>
        </message>
    </context>
    <context>
        <name>EnquirySettings</name>
        <message>
            <source>Enquiry settings</source>
            <translation>Podešavanja novinarskih upita</translation>
        </message>
        <message>
            <source>The 14th enquiry of 2026: {example}</source>
            <translation>14. upit 2026. godine: {example}</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> sati</translation>
        </message>
        <message>
            <source>Number format</source>
            <translation>Format broja</translation>
        </message>
        <message>
            <source>{year} is the year, {number:03d} the enquiry's number in it.</source>
            <translation>{year} je godina, {number:03d} broj upita u njoj.</translation>
        </message>
        <message>
            <source>Answer within</source>
            <translation>Odgovor se daje u roku od</translation>
        </message>
        <message>
            <source>The deadline of an enquiry whose journalist names none, counted from when it came ({hours} hours unless changed). Enquiries already registered keep their deadline.</source>
            <translation>Rok upita za koji novinar nije naveo rok, računajući od prijema ({hours} h, ako se ne promeni). Već zavedeni upiti zadržavaju svoj rok.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
    </context>
    <context>
        <name>EnquiryStatus</name>
        <message>
            <source>New</source>
            <translation>Novo</translation>
        </message>
        <message>
            <source>Waiting for input</source>
            <translation>Čeka se na podatke</translation>
        </message>
        <message>
            <source>Answer drafted</source>
            <translation>Odgovor pripremljen</translation>
        </message>
        <message>
            <source>Answer approved</source>
            <translation>Odgovor odobren</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Odgovoreno</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Odbijeno</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Bez komentara</translation>
        </message>
    </context>
    <context>
        <name>EnquiryStepKind</name>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Izmenjeno</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Promenjen status</translation>
        </message>
        <message>
            <source>Facts asked</source>
            <translation>Zatraženi podaci</translation>
        </message>
        <message>
            <source>Facts received</source>
            <translation>Primljeni podaci</translation>
        </message>
        <message>
            <source>Answer approved</source>
            <translation>Odobren odgovor</translation>
        </message>
        <message>
            <source>Answer sent</source>
            <translation>Poslat odgovor</translation>
        </message>
        <message>
            <source>E-mail draft written</source>
            <translation>Napisan nacrt e-pošte</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Izbrisani lični podaci</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Interrupted.</source>
            <translation>Prekinuto.</translation>
        </message>
        <message>
            <source>commsdesk hit an unexpected error ({error}), and its details could not be written to a log.</source>
            <translation>commsdesk je naišao na neočekivanu grešku ({error}), a njeni detalji nisu mogli da se upišu ni u jedan dnevnik.</translation>
        </message>
        <message>
            <source>commsdesk hit an unexpected error ({error}). Details are in {log}.</source>
            <translation>commsdesk je naišao na neočekivanu grešku ({error}). Detalji su u {log}.</translation>
        </message>
        <message>
            <source>Wrong usage: {problem}. See: commsdesk --help</source>
            <translation>Pogrešna upotreba: {problem}. Pogledajte: commsdesk --help</translation>
        </message>
        <message>
            <source>{path} already exists; demo content only goes into a new database.</source>
            <translation>{path} već postoji; demo sadržaj se upisuje samo u novu bazu.</translation>
        </message>
        <message>
            <source>The database {path} does not exist.</source>
            <translation>Baza podataka {path} ne postoji.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} je fascikla, a ne datoteka baze podataka.</translation>
        </message>
        <message>
            <source>Another backup to {path} is being written.</source>
            <translation>Druga rezervna kopija u {path} se upravo upisuje.</translation>
        </message>
        <message>
            <source>The backup copy could not be verified; it was not kept.</source>
            <translation>Rezervna kopija nije mogla da se proveri; nije sačuvana.</translation>
        </message>
        <message>
            <source>The backup to {path} failed: {reason}</source>
            <translation>Rezervno kopiranje u {path} nije uspelo: {reason}</translation>
        </message>
        <message>
            <source>The backup {path} is damaged and cannot be restored.</source>
            <translation>Rezervna kopija {path} je oštećena i ne može da se vrati.</translation>
        </message>
        <message>
            <source>The disk failed while reading or writing {path}. Nothing was saved.</source>
            <translation>Disk je otkazao pri čitanju ili pisanju {path}. Ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened. Check that it exists and that its folder is writable.</source>
            <translation>Baza podataka {path} ne može da se otvori. Proverite da postoji i da se u njenu fasciklu može pisati.</translation>
        </message>
        <message>
            <source>The database {path} is read-only (a write-protected file, folder or medium): it can be read, but nothing can be changed.</source>
            <translation>Baza podataka {path} je samo za čitanje (datoteka, fascikla ili medijum zaštićen od pisanja): može da se čita, ali ništa ne može da se menja.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. Nothing was written to it.</source>
            <translation>Baza podataka {path} je oštećena. Ništa nije upisano u nju.</translation>
        </message>
        <message>
            <source>The database {path} is busy: another program, or a long import of commsdesk's own, is writing to it. Try again in a moment.</source>
            <translation>Baza podataka {path} je zauzeta: drugi program, ili dugačak uvoz samog commsdesk-a, upisuje u nju. Pokušajte ponovo za trenutak.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space; nothing was saved.</source>
            <translation>Disk je pun. Oslobodite prostor; ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>{path} is not a commsdesk database.</source>
            <translation>{path} nije baza podataka programa commsdesk.</translation>
        </message>
        <message>
            <source>The database {path} is an empty file (0 bytes): whatever it held is gone.</source>
            <translation>Baza podataka {path} je prazna datoteka (0 bajtova): šta god da je sadržala, nestalo je.</translation>
        </message>
        <message>
            <source>The upgrade of {path} broke references; nothing was changed.</source>
            <translation>Nadogradnja {path} je pokvarila veze; ništa nije promenjeno.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of commsdesk. Install that version to open it.</source>
            <translation>Bazu podataka {path} je upisala novija verzija programa commsdesk. Instalirajte tu verziju da biste je otvorili.</translation>
        </message>
        <message>
            <source>{path} does not exist, and its folder is write-protected.</source>
            <translation>{path} ne postoji, a njena fascikla je zaštićena od pisanja.</translation>
        </message>
        <message>
            <source>The database {path} comes from an older commsdesk and must be upgraded, which a write-protected file cannot be. Copy it to a writable folder and open the copy.</source>
            <translation>Baza podataka {path} potiče iz starije verzije commsdesk-a i mora da se nadogradi, što datoteka zaštićena od pisanja ne dozvoljava. Kopirajte je u fasciklu u koju se može pisati i otvorite kopiju.</translation>
        </message>
        <message>
            <source>The upgrade of {path} could not be verified. Restore the backup {backup}.</source>
            <translation>Nadogradnja {path} nije mogla da se proveri. Vratite rezervnu kopiju {backup}.</translation>
        </message>
        <message>
            <source>This database is already open in another commsdesk window. Close that one first.</source>
            <translation>Ova baza podataka je već otvorena u drugom prozoru programa commsdesk. Prvo zatvorite taj prozor.</translation>
        </message>
        <message>
            <source>The lock file {path} could not be written.</source>
            <translation>Datoteka zaključavanja {path} nije mogla da se upiše.</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>Datoteka {path} ne postoji.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Fascikla {folder} ne postoji.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {reason}</source>
            <translation>Datoteka {path} ne može da se pročita: {reason}</translation>
        </message>
        <message>
            <source>The logo must be smaller than 2 MB.</source>
            <translation>Logo mora biti manji od 2 MB.</translation>
        </message>
        <message>
            <source>{path} is not a PNG or JPEG image.</source>
            <translation>{path} nije PNG ili JPEG slika.</translation>
        </message>
        <message>
            <source>{text} is not a date written dd.MM.yyyy.</source>
            <translation>{text} nije datum napisan kao dd.MM.yyyy.</translation>
        </message>
        <message>
            <source>There is no release {reference}.</source>
            <translation>Nema saopštenja {reference}.</translation>
        </message>
        <message>
            <source>The release has no {language} version (it has: {present}).</source>
            <translation>Saopštenje nema verziju {language} (ima: {present}).</translation>
        </message>
        <message>
            <source>There is no audience group {name}.</source>
            <translation>Nema ciljne grupe {name}.</translation>
        </message>
        <message>
            <source>{address} is not an e-mail address.</source>
            <translation>{address} nije adresa e-pošte.</translation>
        </message>
        <message>
            <source>{file} is not an iCalendar (.ics) file this program can read.</source>
            <translation>{file} nije iCalendar (.ics) datoteka koju ovaj program može da pročita.</translation>
        </message>
        <message>
            <source>The file of {name} is missing from the archive folder {folder}.</source>
            <translation>Datoteka {name} nedostaje u fascikli arhive {folder}.</translation>
        </message>
        <message>
            <source>commsdesk does not open programs or scripts ({name}). Save it to a folder instead.</source>
            <translation>commsdesk ne otvara programe ni skripte ({name}). Sačuvajte ga u fasciklu.</translation>
        </message>
        <message>
            <source>{name} cannot be saved there.</source>
            <translation>{name} ne može da se sačuva tamo.</translation>
        </message>
        <message>
            <source>The archived copy of {name} is damaged (its checksum differs).</source>
            <translation>Arhivirana kopija {name} je oštećena (kontrolni zbir se razlikuje).</translation>
        </message>
        <message>
            <source>{path} is on a write-protected medium: nothing can be written there.</source>
            <translation>{path} je na medijumu zaštićenom od pisanja: tamo ništa ne može da se upiše.</translation>
        </message>
        <message>
            <source>{path} cannot be written: you have no permission there, or another program holds it.</source>
            <translation>{path} ne može da se upiše: tamo nemate dozvolu, ili ga drži otvorenim drugi program.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} ne postoji.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} je fascikla, a ne datoteka.</translation>
        </message>
        <message>
            <source>A part of {path} is a file, not a folder.</source>
            <translation>Deo putanje {path} je datoteka, a ne fascikla.</translation>
        </message>
        <message>
            <source>The name {path} is too long for this disk.</source>
            <translation>Ime {path} je predugačko za ovaj disk.</translation>
        </message>
        <message>
            <source>{path} could not be read or written ({reason}).</source>
            <translation>{path} nije moglo da se pročita ili upiše ({reason}).</translation>
        </message>
        <message>
            <source>{path} is the database commsdesk has open; choose another file.</source>
            <translation>{path} je baza podataka koju commsdesk drži otvorenom; izaberite drugu datoteku.</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Press conference</source>
            <translation>Konferencija za štampu</translation>
        </message>
        <message>
            <source>Interview / statement</source>
            <translation>Intervju / izjava</translation>
        </message>
        <message>
            <source>Public meeting with citizens</source>
            <translation>Javni sastanak sa građanima</translation>
        </message>
        <message>
            <source>Public hearing</source>
            <translation>Javno saslušanje</translation>
        </message>
        <message>
            <source>Municipal assembly session</source>
            <translation>Sednica Skupštine opštine</translation>
        </message>
        <message>
            <source>Assembly committee meeting</source>
            <translation>Sednica odbora Skupštine</translation>
        </message>
        <message>
            <source>Board of directors' meeting</source>
            <translation>Sastanak kolegijuma direktora</translation>
        </message>
        <message>
            <source>Mayor's meeting</source>
            <translation>Sastanak predsednika opštine</translation>
        </message>
        <message>
            <source>Meeting with village councils</source>
            <translation>Sastanak sa seoskim savetima</translation>
        </message>
        <message>
            <source>Cultural event / anniversary</source>
            <translation>Kulturni događaj / godišnjica</translation>
        </message>
        <message>
            <source>Tender opening</source>
            <translation>Otvaranje tenderskih ponuda</translation>
        </message>
        <message>
            <source>Open day</source>
            <translation>Dan otvorenih vrata</translation>
        </message>
        <message>
            <source>Round table</source>
            <translation>Okrugli sto</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Obuka</translation>
        </message>
        <message>
            <source>Campaign activity</source>
            <translation>Aktivnost kampanje</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
    </context>
    <context>
        <name>EventStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planirano</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Potvrđeno</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Održano</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Odloženo</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Otkazano</translation>
        </message>
    </context>
    <context>
        <name>ExclusionReason</name>
        <message>
            <source>Do not contact</source>
            <translation>Ne kontaktirati</translation>
        </message>
        <message>
            <source>No e-mail address</source>
            <translation>Nema adrese e-pošte</translation>
        </message>
    </context>
    <context>
        <name>FieldInputs</name>
        <message>
            <source>(none)</source>
            <translation>(nijedna)</translation>
        </message>
        <message>
            <source>on</source>
            <translation>dana</translation>
        </message>
    </context>
    <context>
        <name>Frequency</name>
        <message>
            <source>Weekly</source>
            <translation>Nedeljno</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mesečno</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Tromesečno</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>Dva puta godišnje</translation>
        </message>
        <message>
            <source>Continuously</source>
            <translation>Kontinuirano</translation>
        </message>
        <message>
            <source>As needed</source>
            <translation>Po potrebi</translation>
        </message>
        <message>
            <source>Before each session</source>
            <translation>Pre svake sednice</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Šta</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Ko</translation>
        </message>
    </context>
    <context>
        <name>Holidays</name>
        <message>
            <source>New Year's Day</source>
            <translation>Nova godina</translation>
        </message>
        <message>
            <source>New Year (second day)</source>
            <translation>Nova godina (drugi dan)</translation>
        </message>
        <message>
            <source>Orthodox Christmas</source>
            <translation>Pravoslavni Božić</translation>
        </message>
        <message>
            <source>Independence Day</source>
            <translation>Dan nezavisnosti</translation>
        </message>
        <message>
            <source>Constitution Day</source>
            <translation>Dan ustava</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Međunarodni praznik rada</translation>
        </message>
        <message>
            <source>Europe Day</source>
            <translation>Dan Evrope</translation>
        </message>
        <message>
            <source>Catholic Christmas</source>
            <translation>Katolički Božić</translation>
        </message>
        <message>
            <source>Catholic Easter</source>
            <translation>Katolički Uskrs</translation>
        </message>
        <message>
            <source>Catholic Easter Monday</source>
            <translation>Katolički Uskršnji ponedeljak</translation>
        </message>
        <message>
            <source>Orthodox Easter</source>
            <translation>Pravoslavni Uskrs</translation>
        </message>
        <message>
            <source>Orthodox Easter Monday</source>
            <translation>Pravoslavni Uskršnji ponedeljak</translation>
        </message>
        <message>
            <source>Eid al-Fitr</source>
            <translation>Ramazanski bajram</translation>
        </message>
        <message>
            <source>Eid al-Adha</source>
            <translation>Kurban-bajram</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{file} is {size}; commsdesk imports files of up to {limit}.</source>
            <translation>{file} ima {size}; commsdesk uvozi datoteke do {limit}.</translation>
        </message>
        <message>
            <source>{file} is bigger than {limit}, the most commsdesk imports.</source>
            <translation>{file} je veća od {limit}, koliko commsdesk najviše uvozi.</translation>
        </message>
        <message>
            <source>it is not text in UTF-8, UTF-16, Windows-1250 or Windows-1252</source>
            <translation>nije tekst u kodiranju UTF-8, UTF-16, Windows-1250 ili Windows-1252</translation>
        </message>
        <message>
            <source>line {line} is longer than {limit} characters</source>
            <translation>red {line} je duži od {limit} znakova</translation>
        </message>
        <message>
            <source>{file} has more than {limit} rows; commsdesk imports up to {limit} at a time.</source>
            <translation>{file} ima više od {limit} redova; commsdesk uvozi najviše {limit} odjednom.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size}; commsdesk reads workbooks that unpack to at most {limit}.</source>
            <translation>{file} se raspakuje na {size}; commsdesk čita radne sveske koje se raspakuju na najviše {limit}.</translation>
        </message>
        <message>
            <source>line {line} cannot be read as CSV</source>
            <translation>red {line} ne može da se pročita kao CSV</translation>
        </message>
        <message>
            <source>a row has more than {limit} columns</source>
            <translation>jedan red ima više od {limit} kolona</translation>
        </message>
        <message>
            <source>two columns are "{column}"</source>
            <translation>dve kolone su "{column}"</translation>
        </message>
        <message>
            <source>commsdesk does not know the columns {unknown} (it reads: {known})</source>
            <translation>commsdesk ne poznaje kolone {unknown} (čita: {known})</translation>
        </message>
        <message>
            <source>it lacks the columns {columns}</source>
            <translation>nedostaju joj kolone {columns}</translation>
        </message>
        <message>
            <source>the number "{value}" is of another year than the received date</source>
            <translation>broj "{value}" je iz druge godine od datuma prijema</translation>
        </message>
        <message>
            <source>the number "{value}" is not a number</source>
            <translation>broj "{value}" nije broj</translation>
        </message>
        <message>
            <source>"{column}" has {length} characters, more than the {limit} allowed</source>
            <translation>"{column}" ima {length} znakova, više od dozvoljenih {limit}</translation>
        </message>
        <message>
            <source>Nothing was imported: row {row}: {reason}</source>
            <translation>Ništa nije uvezeno: red {row}: {reason}</translation>
        </message>
        <message>
            <source>Nothing was imported. Rows with problems: {count}.</source>
            <translation>Ništa nije uvezeno. Redovi sa problemima: {count}.</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Red {row}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more rows.</source>
            <translation>… i još redova: {count}.</translation>
        </message>
        <message>
            <source>row {row} has the same number</source>
            <translation>red {row} ima isti broj</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The database was upgraded; a backup was saved first: {path}</source>
            <translation>Baza podataka je nadograđena; prethodno je sačuvana rezervna kopija: {path}</translation>
        </message>
        <message>
            <source>There is no backup to restore.</source>
            <translation>Nema rezervne kopije za vraćanje.</translation>
        </message>
        <message>
            <source>Choose a backup to restore (the newest is selected).</source>
            <translation>Izaberite rezervnu kopiju za vraćanje (izabrana je najnovija).</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Rezervna kopija je upisana u {path}.</translation>
        </message>
        <message>
            <source>Replace the current database with the backup of {date}?</source>
            <translation>Zameniti trenutnu bazu rezervnom kopijom od {date}?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Vrati</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Samo za čitanje</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (samo za čitanje)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datoteka</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Otvori bazu podataka…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Napravi &amp;rezervnu kopiju sada</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Vrati iz rezervne kopije…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Izlaz</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Podešavanja</translation>
        </message>
        <message>
            <source>Office &amp;profile…</source>
            <translation>&amp;Profil kancelarije…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Jezik</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Pomoć</translation>
        </message>
        <message>
            <source>&amp;About commsdesk</source>
            <translation>&amp;O programu commsdesk</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Otvori bazu podataka</translation>
        </message>
        <message>
            <source>commsdesk databases (*.sqlite);;All files (*)</source>
            <translation>Baze programa commsdesk (*.sqlite);;Sve datoteke (*)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalendar</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <source>Document requests</source>
            <translation>Zahtevi za pristup</translation>
        </message>
        <message>
            <source>Journalists' enquiries</source>
            <translation>Novinarski upiti</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Akcioni plan</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Saopštenja za javnost</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>OK</source>
            <translation>U redu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>commsdesk</source>
            <translation>commsdesk</translation>
        </message>
        <message>
            <source>Save the changes before closing?</source>
            <translation>Sačuvati izmene pre zatvaranja?</translation>
        </message>
    </context>
    <context>
        <name>Month</name>
        <message>
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>March</source>
            <translation>Mart</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Maj</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>August</source>
            <translation>Avgust</translation>
        </message>
        <message>
            <source>September</source>
            <translation>Septembar</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktobar</translation>
        </message>
        <message>
            <source>November</source>
            <translation>Novembar</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Decembar</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Notify the media</source>
            <translation>Obavestite medije</translation>
        </message>
        <message>
            <source>Announce the session (material distributed today)</source>
            <translation>Najavite sednicu (materijal se deli danas)</translation>
        </message>
        <message>
            <source>Announce the session ({days} days before the material goes out)</source>
            <translation>Najavite sednicu ({days} dana pre podele materijala)</translation>
        </message>
        <message>
            <source>Remind the media (on the day)</source>
            <translation>Podsetite medije (na dan događaja)</translation>
        </message>
        <message>
            <source>Remind the media (the day before)</source>
            <translation>Podsetite medije (dan ranije)</translation>
        </message>
        <message>
            <source>Notify the media ({days} days before)</source>
            <translation>Obavestite medije ({days} dana ranije)</translation>
        </message>
    </context>
    <context>
        <name>OfficeProfileDialog</name>
        <message>
            <source>Office profile</source>
            <translation>Profil kancelarije</translation>
        </message>
        <message>
            <source>Choose image…</source>
            <translation>Izaberi sliku…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Institution ({language})</source>
            <translation>Institucija ({language})</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Opština</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Web site</source>
            <translation>Veb-sajt</translation>
        </message>
        <message>
            <source>Information officer</source>
            <translation>Službenik za informisanje</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nema)</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Slike (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>OnDuplicate</name>
        <message>
            <source>Skip it (keep the existing contact as it is)</source>
            <translation>Preskoči (postojeći kontakt ostaje kakav jeste)</translation>
        </message>
        <message>
            <source>Update the existing contact with the file's values</source>
            <translation>Ažuriraj postojeći kontakt vrednostima iz datoteke</translation>
        </message>
        <message>
            <source>Add it as a new contact anyway</source>
            <translation>Ipak ga dodaj kao novi kontakt</translation>
        </message>
    </context>
    <context>
        <name>OutletType</name>
        <message>
            <source>TV</source>
            <translation>TV</translation>
        </message>
        <message>
            <source>Radio</source>
            <translation>Radio</translation>
        </message>
        <message>
            <source>Newspaper</source>
            <translation>Novine</translation>
        </message>
        <message>
            <source>Online portal</source>
            <translation>Internet portal</translation>
        </message>
        <message>
            <source>News agency</source>
            <translation>Novinska agencija</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institucija</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>NVO</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Preduzeće</translation>
        </message>
        <message>
            <source>International organisation</source>
            <translation>Međunarodna organizacija</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message>
            <source>The PDF {path} cannot be shown: {reason}</source>
            <translation>PDF {path} ne može da se prikaže: {reason}</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translation>Strana {number}</translation>
        </message>
    </context>
    <context>
        <name>PeriodReport</name>
        <message>
            <source>The whole year (annual report)</source>
            <translation>Cela godina (godišnji izveštaj)</translation>
        </message>
        <message>
            <source>Quarter {quarter}</source>
            <translation>Tromesečje {quarter}</translation>
        </message>
        <message>
            <source>Dates I choose</source>
            <translation>Datumi po izboru</translation>
        </message>
        <message>
            <source>PDF (to print and send)</source>
            <translation>PDF (za štampu i slanje)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel radna sveska (XLSX)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Godina</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Received from – to</source>
            <translation>Primljeno od – do</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Write report…</source>
            <translation>Napravi izveštaj…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
    </context>
    <context>
        <name>PersonalData</name>
        <message>
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ne</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Upisano</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Poslednja izmena</translation>
        </message>
        <message>
            <source>Merged duplicate records kept for undo</source>
            <translation>Spojeni duplikati sačuvani radi poništavanja</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Traženi dokumenti</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Enquiries the person made as a journalist</source>
            <translation>Upiti koje je osoba uputila kao novinar</translation>
        </message>
        <message>
            <source>Enquiries</source>
            <translation>Upiti</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Personal data held about {name}</source>
            <translation>Lični podaci koji se čuvaju o osobi {name}</translation>
        </message>
        <message>
            <source>Everything this office's contact register holds about the person, as of {date}.</source>
            <translation>Sve što registar kontakata ove kancelarije sadrži o osobi, na dan {date}.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Polje</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Vrednost</translation>
        </message>
        <message>
            <source>Press releases sent to the person</source>
            <translation>Saopštenja za javnost poslata osobi</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Poslato</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Saopštenje</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Naslov</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Nema.</translation>
        </message>
        <message>
            <source>Events the person was invited to</source>
            <translation>Događaji na koje je osoba pozvana</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Događaj</translation>
        </message>
        <message>
            <source>Requests for access to public documents</source>
            <translation>Zahtevi za pristup javnim dokumentima</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Releases sent</source>
            <translation>Poslata saopštenja</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Događaji</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Zahtevi</translation>
        </message>
    </context>
    <context>
        <name>PlanImport</name>
        <message>
            <source>the objective number is missing or not a number</source>
            <translation>broj cilja nedostaje ili nije broj</translation>
        </message>
        <message>
            <source>unknown kind "{kind}"</source>
            <translation>nepoznata vrsta "{kind}"</translation>
        </message>
        <message>
            <source>the activity is empty</source>
            <translation>aktivnost je prazna</translation>
        </message>
        <message>
            <source>the cost "{cost}" is not an amount</source>
            <translation>trošak "{cost}" nije iznos</translation>
        </message>
        <message>
            <source>a recurring activity has no planned cost</source>
            <translation>ponavljajuća aktivnost nema planirani trošak</translation>
        </message>
        <message>
            <source>a recurring activity needs a frequency</source>
            <translation>ponavljajućoj aktivnosti je potrebna učestalost</translation>
        </message>
        <message>
            <source>"{column}" has {length} characters, more than the {limit} allowed</source>
            <translation>"{column}" ima {length} znakova, više od dozvoljenih {limit}</translation>
        </message>
        <message>
            <source>objective {number} has another title in row {row}</source>
            <translation>cilj {number} ima drugi naziv u redu {row}</translation>
        </message>
        <message>
            <source>Row {row}: {reasons}</source>
            <translation>Red {row}: {reasons}</translation>
        </message>
        <message>
            <source>The plan was not imported:</source>
            <translation>Plan nije uvezen:</translation>
        </message>
        <message>
            <source>The plan file has no activities.</source>
            <translation>Datoteka plana nema aktivnosti.</translation>
        </message>
        <message>
            <source>The plan file lacks the columns: {columns}</source>
            <translation>U datoteci plana nedostaju kolone: {columns}</translation>
        </message>
        <message>
            <source>The plan file {path} is not UTF-8 text.</source>
            <translation>Datoteka plana {path} nije UTF-8 tekst.</translation>
        </message>
        <message>
            <source>The file {path} is not an Excel workbook (.xlsx).</source>
            <translation>Datoteka {path} nije Excel radna sveska (.xlsx).</translation>
        </message>
        <message>
            <source>The objective's number: 1, 2, 3…</source>
            <translation>Broj cilja: 1, 2, 3…</translation>
        </message>
        <message>
            <source>The objective's title (once per objective is enough).</source>
            <translation>Naziv cilja (dovoljno je jednom po cilju).</translation>
        </message>
        <message>
            <source>specific (with a timeframe and a cost) or recurring (with a frequency)</source>
            <translation>specific (sa rokom i troškom) ili recurring (sa učestalošću)</translation>
        </message>
        <message>
            <source>What is to be done, as the plan writes it.</source>
            <translation>Šta treba uraditi, kako piše u planu.</translation>
        </message>
        <message>
            <source>Who is responsible; several separated by ";", e.g. "ZIMP; Zyra IT".</source>
            <translation>Ko je odgovoran; više njih razdvojeno sa ";", npr. "ZIMP; Zyra IT".</translation>
        </message>
        <message>
            <source>Specific activities: "2024", "nëntor 2024", "mars–qershor 2024", "Q2 2024" or dates.</source>
            <translation>Specifične aktivnosti: "2024", "novembar 2024", "mart–jun 2024", "Q2 2024" ili datumi.</translation>
        </message>
        <message>
            <source>Recurring activities: e.g. "Në baza javore", "Dy herë në vit".</source>
            <translation>Ponavljajuće aktivnosti: npr. "Nedeljno", "Dva puta godišnje".</translation>
        </message>
        <message>
            <source>The planned cost in euro; 0 means no additional cost.</source>
            <translation>Planirani trošak u evrima; 0 znači bez dodatnih troškova.</translation>
        </message>
        <message>
            <source>Anything else worth keeping.</source>
            <translation>Sve ostalo što vredi sačuvati.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolona</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Značenje</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoć</translation>
        </message>
        <message>
            <source>There are several strategies; name the one the plan belongs to.</source>
            <translation>Postoji više strategija; navedite onu kojoj plan pripada.</translation>
        </message>
        <message>
            <source>Communication strategy</source>
            <translation>Strategija komunikacije</translation>
        </message>
        <message>
            <source>The plan of {year} already has {count} activities.</source>
            <translation>Plan za {year}. već ima {count} aktivnosti.</translation>
        </message>
    </context>
    <context>
        <name>PlanReport</name>
        <message>
            <source>Objective {number}</source>
            <translation>Cilj {number}</translation>
        </message>
        <message>
            <source>Activities by status</source>
            <translation>Aktivnosti po statusu</translation>
        </message>
        <message>
            <source>Planned and spent (€)</source>
            <translation>Planirano i potrošeno (€)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planirano</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Potrošeno</translation>
        </message>
        <message>
            <source>Annual status report of the action plan {year}</source>
            <translation>Godišnji izveštaj o statusu akcionog plana {year}</translation>
        </message>
        <message>
            <source>Status report of the action plan {year}, quarter {quarter}</source>
            <translation>Izveštaj o statusu akcionog plana {year}, tromesečje {quarter}</translation>
        </message>
        <message>
            <source>Period {start} – {end} · status as of {day}</source>
            <translation>Period {start} – {end} · stanje na dan {day}</translation>
        </message>
        <message>
            <source>Objective {number}: {title}</source>
            <translation>Cilj {number}: {title}</translation>
        </message>
        <message>
            <source>no additional cost</source>
            <translation>bez dodatnih troškova</translation>
        </message>
        <message>
            <source>{count} events</source>
            <translation>događaja: {count}</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>saopštenja: {count}</translation>
        </message>
        <message>
            <source>{count} requests handled</source>
            <translation>obrađenih zahteva: {count}</translation>
        </message>
        <message>
            <source>{count} enquiries answered</source>
            <translation>odgovorenih upita: {count}</translation>
        </message>
        <message>
            <source>Objectives: {objectives} · specific activities: {specific} · recurring activities: {recurring} · planned: {planned} · spent: {spent} · completed: {completed} ({percent} %) · overdue: {overdue}</source>
            <translation>Ciljeva: {objectives} · specifičnih aktivnosti: {specific} · ponavljajućih aktivnosti: {recurring} · planirano: {planned} · potrošeno: {spent} · realizovano: {completed} ({percent} %) · sa isteklim rokom: {overdue}</translation>
        </message>
        <message>
            <source>The quarter must be 1, 2, 3 or 4.</source>
            <translation>Tromesečje mora biti 1, 2, 3 ili 4.</translation>
        </message>
        <message>
            <source>There is no action plan for {year}.</source>
            <translation>Ne postoji akcioni plan za {year}. godinu.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Cilj</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivnosti</translation>
        </message>
        <message>
            <source>% completed</source>
            <translation>% realizovano</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Istekao rok</translation>
        </message>
        <message>
            <source>Whole plan</source>
            <translation>Ceo plan</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivnost</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Odgovorni</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Napredak</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>rok je istekao</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Ukupno</translation>
        </message>
        <message>
            <source>{count} activities</source>
            <translation>aktivnosti: {count}</translation>
        </message>
        <message>
            <source>{done} of {count} completed</source>
            <translation>realizovano {done} od {count}</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Učestalost</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dokazi</translation>
        </message>
        <message>
            <source>Specific activities</source>
            <translation>Specifične aktivnosti</translation>
        </message>
        <message>
            <source>Recurring activities</source>
            <translation>Ponavljajuće aktivnosti</translation>
        </message>
        <message>
            <source>What changed in the period</source>
            <translation>Šta se promenilo u periodu</translation>
        </message>
        <message>
            <source>No status was reported in this period.</source>
            <translation>U ovom periodu nije prijavljen nijedan status.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Prepared by: information officer</source>
            <translation>Pripremio: službenik za informisanje</translation>
        </message>
        <message>
            <source>Approved by: head of the mayor's cabinet</source>
            <translation>Odobrio: šef kabineta predsednika opštine</translation>
        </message>
        <message>
            <source>Activities: {total} ({specific} specific, {recurring} recurring) · completed: {completed} ({percent} %) · planned: {planned} · spent: {spent} · overdue: {overdue}</source>
            <translation>Aktivnosti: {total} ({specific} specifičnih, {recurring} ponavljajućih) · realizovano: {completed} ({percent} %) · planirano: {planned} · potrošeno: {spent} · sa isteklim rokom: {overdue}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Br.</translation>
        </message>
        <message>
            <source>Summary {year}</source>
            <translation>Pregled {year}</translation>
        </message>
        <message>
            <source>Summary {year} Q{quarter}</source>
            <translation>Pregled {year} Q{quarter}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Timeframe / frequency</source>
            <translation>Rok / učestalost</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Događaji</translation>
        </message>
        <message>
            <source>Releases</source>
            <translation>Saopštenja</translation>
        </message>
        <message>
            <source>Requests handled</source>
            <translation>Obrađeni zahtevi</translation>
        </message>
        <message>
            <source>Enquiries answered</source>
            <translation>Odgovoreni upiti</translation>
        </message>
        <message>
            <source>Status date</source>
            <translation>Datum statusa</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Napomena</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Promene</translation>
        </message>
    </context>
    <context>
        <name>PlanReportDialog</name>
        <message>
            <source>Status report of the plan {year}</source>
            <translation>Izveštaj o statusu plana {year}</translation>
        </message>
        <message>
            <source>The whole year (annual report)</source>
            <translation>Cela godina (godišnji izveštaj)</translation>
        </message>
        <message>
            <source>Quarter {quarter} (quarterly report)</source>
            <translation>Tromesečje {quarter} (tromesečni izveštaj)</translation>
        </message>
        <message>
            <source>PDF (to print)</source>
            <translation>PDF (za štampu)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel radna sveska (XLSX)</translation>
        </message>
        <message>
            <source>The report shows each activity's status as it stood on that day; later updates are left out.</source>
            <translation>Izveštaj prikazuje status svake aktivnosti kakav je bio tog dana; kasnije izmene se izostavljaju.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Status as of:</source>
            <translation>Stanje na dan:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Jezik:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Write report…</source>
            <translation>Napravi izveštaj…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>action-plan</source>
            <translation>akcioni-plan</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Activity</source>
            <translation>Aktivnost</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Odgovorni</translation>
        </message>
        <message>
            <source>Timeframe / frequency</source>
            <translation>Rok / učestalost</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planirano</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Potrošeno</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Napredak</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dokazi</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Poslednja izmena</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>{count} activities</source>
            <translation>aktivnosti: {count}</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>rok je istekao</translation>
        </message>
        <message>
            <source>Objective {number}: {title}</source>
            <translation>Cilj {number}: {title}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Poništi</translation>
        </message>
        <message>
            <source>Undo: {change}</source>
            <translation>Poništi: {change}</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <source>Status as of:</source>
            <translation>Stanje na dan:</translation>
        </message>
        <message>
            <source>Show each activity's status as it stood on this day</source>
            <translation>Prikaži status svake aktivnosti kakav je bio tog dana</translation>
        </message>
        <message>
            <source>Update &amp;status…</source>
            <translation>Ažuriraj &amp;status…</translation>
        </message>
        <message>
            <source>&amp;New activity…</source>
            <translation>&amp;Nova aktivnost…</translation>
        </message>
        <message>
            <source>&amp;Edit activity…</source>
            <translation>&amp;Izmeni aktivnost…</translation>
        </message>
        <message>
            <source>&amp;Delete activity</source>
            <translation>O&amp;briši aktivnost</translation>
        </message>
        <message>
            <source>&amp;Report…</source>
            <translation>&amp;Izveštaj…</translation>
        </message>
        <message>
            <source>&amp;Import plan from CSV or Excel…</source>
            <translation>&amp;Uvezi plan iz CSV ili Excel datoteke…</translation>
        </message>
        <message>
            <source>Save empty plan &amp;template (Excel)…</source>
            <translation>Sačuvaj prazan &amp;šablon plana (Excel)…</translation>
        </message>
        <message>
            <source>&amp;Copy plan to the next year…</source>
            <translation>&amp;Kopiraj plan u narednu godinu…</translation>
        </message>
        <message>
            <source>&amp;Strategy…</source>
            <translation>&amp;Strategija…</translation>
        </message>
        <message>
            <source>Delete this &amp;plan…</source>
            <translation>Obriši ovaj &amp;plan…</translation>
        </message>
        <message>
            <source>Record a dated status update (Enter)</source>
            <translation>Upiši datiranu izmenu statusa (Enter)</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Više</translation>
        </message>
        <message>
            <source>No action plan yet. Import one with More → Import plan.</source>
            <translation>Još nema akcionog plana. Uvezite ga preko Više → Uvezi plan.</translation>
        </message>
        <message>
            <source>{shown} of {count} activities shown, {cost} planned</source>
            <translation>Prikazano {shown} od {count} aktivnosti, planirano {cost}</translation>
        </message>
        <message>
            <source>{count} activities, {cost} planned</source>
            <translation>Aktivnosti: {count}, planirano {cost}</translation>
        </message>
        <message>
            <source>Objective {number}:</source>
            <translation>Cilj {number}:</translation>
        </message>
        <message>
            <source>status of “{activity}”</source>
            <translation>status aktivnosti „{activity}”</translation>
        </message>
        <message>
            <source>new activity “{activity}”</source>
            <translation>nova aktivnost „{activity}”</translation>
        </message>
        <message>
            <source>changes to “{activity}”</source>
            <translation>izmene aktivnosti „{activity}”</translation>
        </message>
        <message>
            <source>Delete the activity “{activity}” and its status history?</source>
            <translation>Obrisati aktivnost „{activity}” i istoriju njenog statusa?</translation>
        </message>
        <message>
            <source>deleting “{activity}”</source>
            <translation>brisanje aktivnosti „{activity}”</translation>
        </message>
        <message>
            <source>The strategy already has a plan for {year}.</source>
            <translation>Strategija već ima plan za {year}. godinu.</translation>
        </message>
        <message>
            <source>The progress must be between 0 and 100 %.</source>
            <translation>Napredak mora biti između 0 i 100 %.</translation>
        </message>
        <message>
            <source>The actual cost cannot be negative.</source>
            <translation>Stvarni trošak ne može biti negativan.</translation>
        </message>
        <message>
            <source>This item no longer exists; it may have been deleted.</source>
            <translation>Ova stavka više ne postoji; možda je obrisana.</translation>
        </message>
        <message>
            <source>The strategy's last year must not come before its first.</source>
            <translation>Poslednja godina strategije ne sme biti pre prve.</translation>
        </message>
        <message>
            <source>The planned cost cannot be negative.</source>
            <translation>Planirani trošak ne može biti negativan.</translation>
        </message>
        <message>
            <source>Import an action plan</source>
            <translation>Uvoz akcionog plana</translation>
        </message>
        <message>
            <source>Plans (*.csv *.xlsx);;All files (*)</source>
            <translation>Planovi (*.csv *.xlsx);;Sve datoteke (*)</translation>
        </message>
        <message>
            <source>The plan is for the year:</source>
            <translation>Plan je za godinu:</translation>
        </message>
        <message>
            <source>The plan of {year} already has {count} activities. Replace them and their status history?</source>
            <translation>Plan za {year}. već ima {count} aktivnosti. Zameniti ih zajedno sa istorijom statusa?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Zameni</translation>
        </message>
        <message>
            <source>Imported the plan of {year}: {specific} specific and {recurring} recurring activities, {planned} planned.</source>
            <translation>Uvezen je plan za {year}: specifičnih aktivnosti {specific} i ponavljajućih {recurring}, planirano {planned}.</translation>
        </message>
        <message>
            <source>Importing the plan…</source>
            <translation>Uvoz plana…</translation>
        </message>
        <message>
            <source>Save the empty plan template</source>
            <translation>Sačuvaj prazan šablon plana</translation>
        </message>
        <message>
            <source>action-plan-template</source>
            <translation>sablon-akcionog-plana</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel radne sveske (*.xlsx)</translation>
        </message>
        <message>
            <source>The template was saved to {path}.</source>
            <translation>Šablon je sačuvan u {path}.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF dokumenti (*.pdf)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Sačuvaj izveštaj</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Pravljenje izveštaja…</translation>
        </message>
        <message>
            <source>The report was saved to {path}.</source>
            <translation>Izveštaj je sačuvan u {path}.</translation>
        </message>
        <message>
            <source>Make a plan for {year} from the plan of {previous}? It takes the {specific} specific activities that are not completed or cancelled and all {recurring} recurring ones, without their status.</source>
            <translation>Napraviti plan za {year}. od plana za {previous}.? Preuzima se {specific} specifičnih aktivnosti koje nisu realizovane ni otkazane i svih {recurring} ponavljajućih, bez njihovog statusa.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopiraj</translation>
        </message>
        <message>
            <source>Delete the plan of {year} with its {count} activities and all their status history?</source>
            <translation>Obrisati plan za {year}. sa {count} aktivnosti i celom istorijom statusa?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Search activities, responsible, comments (Ctrl+F)</source>
            <translation>Pretraži aktivnosti, odgovorne, komentare (Ctrl+F)</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Responsible:</source>
            <translation>Odgovorni:</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Tromesečje:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Vrsta:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Sve</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Istekao rok</translation>
        </message>
        <message>
            <source>Q{quarter}</source>
            <translation>Q{quarter}</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Poništi filtere</translation>
        </message>
        <message>
            <source>{percent} % completed</source>
            <translation>{percent} % realizovano</translation>
        </message>
        <message>
            <source>planned {planned} · spent {spent}</source>
            <translation>planirano {planned} · potrošeno {spent}</translation>
        </message>
        <message>
            <source>{count} overdue</source>
            <translation>sa isteklim rokom: {count}</translation>
        </message>
        <message>
            <source>no additional cost</source>
            <translation>bez dodatnih troškova</translation>
        </message>
        <message>
            <source>{count} events</source>
            <translation>događaja: {count}</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>saopštenja: {count}</translation>
        </message>
        <message>
            <source>{count} requests handled</source>
            <translation>obrađenih zahteva: {count}</translation>
        </message>
        <message>
            <source>{count} enquiries answered</source>
            <translation>odgovorenih upita: {count}</translation>
        </message>
        <message>
            <source>Overdue: the timeframe ended on {day} without completion.</source>
            <translation>Rok je istekao: završio se {day}, a aktivnost nije realizovana.</translation>
        </message>
        <message>
            <source>{done} of {count} completed</source>
            <translation>realizovano {done} od {count}</translation>
        </message>
    </context>
    <context>
        <name>Reach</name>
        <message>
            <source>Local</source>
            <translation>Lokalni</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Regionalni</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Nacionalni</translation>
        </message>
        <message>
            <source>International</source>
            <translation>Međunarodni</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>Dijaspora</translation>
        </message>
    </context>
    <context>
        <name>RefusalGround</name>
        <message>
            <source>National security</source>
            <translation>Nacionalna bezbednost</translation>
        </message>
        <message>
            <source>Defence</source>
            <translation>Odbrana</translation>
        </message>
        <message>
            <source>International relations</source>
            <translation>Međunarodni odnosi</translation>
        </message>
        <message>
            <source>Public safety</source>
            <translation>Javna bezbednost</translation>
        </message>
        <message>
            <source>Prevention, investigation or prosecution of criminal offences</source>
            <translation>Sprečavanje, istraga ili gonjenje krivičnih dela</translation>
        </message>
        <message>
            <source>Disciplinary investigations</source>
            <translation>Disciplinske istrage</translation>
        </message>
        <message>
            <source>Inspection, control and supervision by the institution</source>
            <translation>Inspekcija, kontrola i nadzor od strane institucije</translation>
        </message>
        <message>
            <source>Privacy and other legitimate private interests</source>
            <translation>Privatnost i drugi legitimni privatni interesi</translation>
        </message>
        <message>
            <source>Commercial and other economic interests</source>
            <translation>Komercijalni i drugi ekonomski interesi</translation>
        </message>
        <message>
            <source>Equality of parties in court proceedings</source>
            <translation>Jednakost stranaka u sudskom postupku</translation>
        </message>
        <message>
            <source>The environment</source>
            <translation>Životna sredina</translation>
        </message>
        <message>
            <source>Deliberations within the institution</source>
            <translation>Razmatranja unutar institucije</translation>
        </message>
        <message>
            <source>The economic, monetary and exchange policy of the state</source>
            <translation>Ekonomska, monetarna i devizna politika države</translation>
        </message>
        <message>
            <source>Another ground provided by law</source>
            <translation>Drugi osnov predviđen zakonom</translation>
        </message>
    </context>
    <context>
        <name>ReleaseArchive</name>
        <message>
            <source>Press releases {year}</source>
            <translation>Saopštenja za javnost {year}</translation>
        </message>
        <message>
            <source>Press release archive</source>
            <translation>Arhiva saopštenja za javnost</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Broj</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Headline ({languages})</source>
            <translation>Naslov ({languages})</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>Saopštenja: {count}</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Headline ({language})</source>
            <translation>Naslov ({language})</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Oznake</translation>
        </message>
        <message>
            <source>E-mail recipients</source>
            <translation>Primaoci e-pošte</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Odobrio</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Odobreno</translation>
        </message>
        <message>
            <source>Embargo until</source>
            <translation>Embargo do</translation>
        </message>
    </context>
    <context>
        <name>ReleaseAttachments</name>
        <message>
            <source>File</source>
            <translation>Datoteka</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Veličina</translation>
        </message>
        <message>
            <source>Captions</source>
            <translation>Opisi</translation>
        </message>
        <message>
            <source>Captions of {name}</source>
            <translation>Opisi za {name}</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Save the release first to add attachments.</source>
            <translation>Prvo sačuvajte saopštenje da biste dodali priloge.</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Dodaj datoteke…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otvori</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Sačuvaj kopiju…</translation>
        </message>
        <message>
            <source>&amp;Captions…</source>
            <translation>O&amp;pisi…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ukloni</translation>
        </message>
        <message>
            <source>Add attachments</source>
            <translation>Dodaj priloge</translation>
        </message>
        <message>
            <source>No program is set up to open {name}.</source>
            <translation>Nijedan program nije podešen da otvori {name}.</translation>
        </message>
        <message>
            <source>Save a copy in…</source>
            <translation>Sačuvaj kopiju u…</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Sačuvano kao {path}.</translation>
        </message>
        <message>
            <source>Remove {name} from the release and from the archive folder?</source>
            <translation>Ukloniti {name} iz saopštenja i iz fascikle arhive?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDetail</name>
        <message>
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Iz</translation>
        </message>
        <message>
            <source>To</source>
            <translation>U</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Ko</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Napomena</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Verzija</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Primaoci</translation>
        </message>
        <message>
            <source>Approved by {name} on {moment}</source>
            <translation>Odobrio/la {name}, {moment}</translation>
        </message>
        <message>
            <source>Embargo until {moment}</source>
            <translation>Embargo do {moment}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Oznake: {tags}</translation>
        </message>
        <message>
            <source>Event: {title}</source>
            <translation>Događaj: {title}</translation>
        </message>
        <message>
            <source>Action-plan activity: {title}</source>
            <translation>Aktivnost akcionog plana: {title}</translation>
        </message>
        <message>
            <source>{count} attachments</source>
            <translation>Prilozi: {count}</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Istorija statusa</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribucija</translation>
        </message>
        <message>
            <source>Choose a release in the list.</source>
            <translation>Izaberite saopštenje sa spiska.</translation>
        </message>
        <message>
            <source>Mark as “{status}”</source>
            <translation>Označi kao „{status}”</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDistribution</name>
        <message>
            <source>Distribute {reference} – {headline}</source>
            <translation>Distribuiraj {reference} – {headline}</translation>
        </message>
        <message>
            <source>Leave out whoever already received this release</source>
            <translation>Izostavi one koji su već primili ovo saopštenje</translation>
        </message>
        <message>
            <source>Open e-mail draft</source>
            <translation>Otvori nacrt e-pošte</translation>
        </message>
        <message>
            <source>Copy Bcc list</source>
            <translation>Kopiraj Bcc listu</translation>
        </message>
        <message>
            <source>Save .eml…</source>
            <translation>Sačuvaj .eml…</translation>
        </message>
        <message>
            <source>Recipients by the version they get</source>
            <translation>Primaoci prema verziji koju dobijaju</translation>
        </message>
        <message>
            <source>Attach to the e-mails (the PDF always is)</source>
            <translation>Priloži uz e-poštu (PDF se uvek prilaže)</translation>
        </message>
        <message>
            <source>&amp;Record distribution</source>
            <translation>&amp;Evidentiraj distribuciju</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Zatvori</translation>
        </message>
        <message>
            <source>{language}: {count}</source>
            <translation>{language}: {count}</translation>
        </message>
        <message>
            <source>excluded: {count}</source>
            <translation>isključeni: {count}</translation>
        </message>
        <message>
            <source>already received it: {count}</source>
            <translation>već primili: {count}</translation>
        </message>
        <message>
            <source>{language} ({count} recipients)</source>
            <translation>{language} (primalaca: {count})</translation>
        </message>
        <message>
            <source>No recipient gets the {language} version.</source>
            <translation>Nijedan primalac ne dobija verziju {language}.</translation>
        </message>
        <message>
            <source>No mail program is set up to open {path}.</source>
            <translation>Nijedan program za e-poštu nije podešen da otvori {path}.</translation>
        </message>
        <message>
            <source>Save e-mail draft</source>
            <translation>Sačuvaj nacrt e-pošte</translation>
        </message>
        <message>
            <source>E-mail drafts (*.eml)</source>
            <translation>Nacrti e-pošte (*.eml)</translation>
        </message>
        <message>
            <source>Tick at least one channel (with its versions) to record.</source>
            <translation>Označite bar jedan kanal (sa njegovim verzijama) za evidentiranje.</translation>
        </message>
        <message>
            <source>The distribution is recorded ({count} entries).</source>
            <translation>Distribucija je evidentirana (unosa: {count}).</translation>
        </message>
        <message>
            <source>Excluded: {reason}</source>
            <translation>Isključen: {reason}</translation>
        </message>
        <message>
            <source>Already received it on {date}</source>
            <translation>Već primio/la {date}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacija</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Gets</source>
            <translation>Dobija</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Napomena</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>Find a contact…</source>
            <translation>Pronađi kontakt…</translation>
        </message>
        <message>
            <source>&amp;Add contact</source>
            <translation>&amp;Dodaj kontakt</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Ukloni</translation>
        </message>
        <message>
            <source>Audience groups</source>
            <translation>Ciljne grupe</translation>
        </message>
        <message>
            <source>Single contacts</source>
            <translation>Pojedinačni kontakti</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Ne kontaktirati</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Verzije</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note or link</source>
            <translation>Napomena ili link</translation>
        </message>
    </context>
    <context>
        <name>ReleaseEditor</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Embargo until</source>
            <translation>Embargo do</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Oznake</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Događaj</translation>
        </message>
        <message>
            <source>Action-plan activity</source>
            <translation>Aktivnost plana</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>odvojene zarezima</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Prilozi</translation>
        </message>
        <message>
            <source>&amp;Preview PDF…</source>
            <translation>&amp;Pregled PDF-a…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Sačuvaj</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Zatvori</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nijedan)</translation>
        </message>
        <message>
            <source>New press release (the reference is given when it is saved)</source>
            <translation>Novo saopštenje za javnost (broj se dodeljuje pri čuvanju)</translation>
        </message>
        <message>
            <source>New press release</source>
            <translation>Novo saopštenje za javnost</translation>
        </message>
        <message>
            <source>Press release {reference}</source>
            <translation>Saopštenje za javnost {reference}</translation>
        </message>
        <message>
            <source>{reference} is “{status}”. Saving changes sends it back to draft. Save?</source>
            <translation>{reference} je „{status}”. Čuvanje izmena ga vraća u nacrt. Sačuvati?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>No approved statement valid today has a text in {language}.</source>
            <translation>Nijedna odobrena izjava koja danas važi nema tekst na jeziku {language}.</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Naslov</translation>
        </message>
        <message>
            <source>Subheadline</source>
            <translation>Podnaslov</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Podebljano (Ctrl+B)</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Kurziv (Ctrl+I)</translation>
        </message>
        <message>
            <source>Bullet list (Ctrl+Shift+L)</source>
            <translation>Lista sa tačkama (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Insert &amp;statement…</source>
            <translation>Umetni i&amp;zjavu…</translation>
        </message>
        <message>
            <source>An approved statement valid today, in this version's language</source>
            <translation>Odobrena izjava koja danas važi, na jeziku ove verzije</translation>
        </message>
        <message>
            <source>{words} words · {characters} characters</source>
            <translation>Reči: {words} · znakova: {characters}</translation>
        </message>
        <message>
            <source>Paragraph {number} of {total}</source>
            <translation>Pasus {number} od {total}</translation>
        </message>
    </context>
    <context>
        <name>ReleasePdf</name>
        <message>
            <source>Phone: {phone}</source>
            <translation>Tel.: {phone}</translation>
        </message>
        <message>
            <source>E-mail: {email}</source>
            <translation>E-pošta: {email}</translation>
        </message>
        <message>
            <source>For more information:</source>
            <translation>Za više informacija:</translation>
        </message>
        <message>
            <source>Ref. {reference}</source>
            <translation>Br. {reference}</translation>
        </message>
        <message>
            <source>PRESS RELEASE</source>
            <translation>SAOPŠTENJE ZA JAVNOST</translation>
        </message>
        <message>
            <source>EMBARGO: not for publication before {moment}</source>
            <translation>EMBARGO: ne objavljivati pre {moment}</translation>
        </message>
    </context>
    <context>
        <name>ReleasePreview</name>
        <message>
            <source>PDF of {reference}</source>
            <translation>PDF saopštenja {reference}</translation>
        </message>
        <message>
            <source>All languages (combined)</source>
            <translation>Svi jezici (zajedno)</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Sačuvaj PDF…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Zatvori</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Verzija</translation>
        </message>
        <message>
            <source>Pages: {count}</source>
            <translation>Strana: {count}</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Sačuvaj PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF datoteke (*.pdf)</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Upisano: {path}</translation>
        </message>
    </context>
    <context>
        <name>ReleaseRules</name>
        <message>
            <source>A release that is “{current}” cannot become “{target}”.</source>
            <translation>Saopštenje koje je „{current}” ne može postati „{target}”.</translation>
        </message>
        <message>
            <source>The release cannot be approved: the {languages} version is missing.</source>
            <translation>Saopštenje ne može biti odobreno: nedostaje verzija {languages}.</translation>
        </message>
        <message>
            <source>The reference format must contain {{year}} and {{number}} and nothing else in braces, e.g. {{year}}/{{number:03d}}.</source>
            <translation>Format broja mora sadržati {{year}} i {{number}} i ništa drugo u zagradama, npr. {{year}}/{{number:03d}}.</translation>
        </message>
        <message>
            <source>The release no longer exists.</source>
            <translation>Saopštenje više ne postoji.</translation>
        </message>
        <message>
            <source>The attachment no longer exists.</source>
            <translation>Prilog više ne postoji.</translation>
        </message>
        <message>
            <source>Only an approved release can be distributed.</source>
            <translation>Samo odobreno saopštenje može biti distribuirano.</translation>
        </message>
        <message>
            <source>The release has no {language} version.</source>
            <translation>Saopštenje nema verziju {language}.</translation>
        </message>
        <message>
            <source>The distribution no longer exists.</source>
            <translation>Distribucija više ne postoji.</translation>
        </message>
        <message>
            <source>The release has no text in the chosen language.</source>
            <translation>Saopštenje nema tekst na izabranom jeziku.</translation>
        </message>
        <message>
            <source>Enter the office's e-mail address in Settings → Office profile: the drafts are sent from it.</source>
            <translation>Unesite adresu e-pošte kancelarije u Podešavanja → Profil kancelarije: nacrti se šalju sa nje.</translation>
        </message>
        <message>
            <source>Choose at least one release language.</source>
            <translation>Izaberite bar jedan jezik saopštenja.</translation>
        </message>
        <message>
            <source>A release needs a date.</source>
            <translation>Saopštenje mora imati datum.</translation>
        </message>
        <message>
            <source>A final version needs a headline and a text ({language}).</source>
            <translation>Konačna verzija mora imati naslov i tekst ({language}).</translation>
        </message>
        <message>
            <source>A release that is “{status}” can no longer be changed.</source>
            <translation>Saopštenje koje je „{status}” više se ne može menjati.</translation>
        </message>
        <message>
            <source>The text changed; the release must be approved again.</source>
            <translation>Tekst je izmenjen; saopštenje mora ponovo biti odobreno.</translation>
        </message>
        <message>
            <source>Only a draft can move to another year: its reference would change.</source>
            <translation>Samo nacrt može preći u drugu godinu: njegov broj bi se promenio.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted. Withdraw the release instead: it keeps its number.</source>
            <translation>Samo nacrt može biti obrisan. Povucite saopštenje: ono zadržava svoj broj.</translation>
        </message>
        <message>
            <source>Say who approved the release.</source>
            <translation>Navedite ko je odobrio saopštenje.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseSettings</name>
        <message>
            <source>Press release settings</source>
            <translation>Podešavanja saopštenja za javnost</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>Releases have it</source>
            <translation>Saopštenja ga imaju</translation>
        </message>
        <message>
            <source>Needed for approval</source>
            <translation>Potreban za odobrenje</translation>
        </message>
        <message>
            <source>Release languages</source>
            <translation>Jezici saopštenja</translation>
        </message>
        <message>
            <source>Reference format</source>
            <translation>Format broja</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>The 14th release of 2026: {example}</source>
            <translation>14. saopštenje 2026. godine: {example}</translation>
        </message>
    </context>
    <context>
        <name>ReleaseStatus</name>
        <message>
            <source>Draft</source>
            <translation>Nacrt</translation>
        </message>
        <message>
            <source>For approval</source>
            <translation>Za odobrenje</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Odobreno</translation>
        </message>
        <message>
            <source>Distributed</source>
            <translation>Distribuirano</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Arhivirano</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Povučeno</translation>
        </message>
    </context>
    <context>
        <name>ReleaseWorkflow</name>
        <message>
            <source>Send for &amp;approval</source>
            <translation>Pošalji na &amp;odobrenje</translation>
        </message>
        <message>
            <source>A&amp;pprove…</source>
            <translation>O&amp;dobri…</translation>
        </message>
        <message>
            <source>&amp;Return to draft…</source>
            <translation>&amp;Vrati u nacrt…</translation>
        </message>
        <message>
            <source>Mark as &amp;distributed</source>
            <translation>Označi kao &amp;distribuirano</translation>
        </message>
        <message>
            <source>Ar&amp;chive</source>
            <translation>Ar&amp;hiviraj</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;Povuci…</translation>
        </message>
        <message>
            <source>{reference}: {status}</source>
            <translation>{reference}: {status}</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Odobrio</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Razlog</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Napomena</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
    </context>
    <context>
        <name>ReleasesTab</name>
        <message>
            <source>Reference</source>
            <translation>Broj</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Jezici</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Oznake</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>Embargo until {moment}</source>
            <translation>Embargo do {moment}</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Naslov</translation>
        </message>
        <message>
            <source>press-releases</source>
            <translation>saopstenja</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Izvezi spisak</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel radne sveske (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting the releases…</source>
            <translation>Izvoz saopštenja…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Upisano: {path}</translation>
        </message>
        <message>
            <source>Annual archive</source>
            <translation>Godišnja arhiva</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Godina</translation>
        </message>
        <message>
            <source>press-release-archive</source>
            <translation>arhiva-saopstenja</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF datoteke (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the annual archive…</source>
            <translation>Upisivanje godišnje arhive…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Sve godine</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Svi statusi</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Sve oznake</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Svi jezici</translation>
        </message>
        <message>
            <source>Search every language version… (Ctrl+F)</source>
            <translation>Pretraži sve jezičke verzije… (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;New release</source>
            <translation>&amp;Novo saopštenje</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Uredi</translation>
        </message>
        <message>
            <source>&amp;Delete draft</source>
            <translation>&amp;Obriši nacrt</translation>
        </message>
        <message>
            <source>D&amp;istribute…</source>
            <translation>D&amp;istribuiraj…</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>I&amp;zvoz</translation>
        </message>
        <message>
            <source>The list as &amp;Excel workbook (XLSX)…</source>
            <translation>Spisak kao &amp;Excel radna sveska (XLSX)…</translation>
        </message>
        <message>
            <source>&amp;Annual archive (PDF)…</source>
            <translation>&amp;Godišnja arhiva (PDF)…</translation>
        </message>
        <message>
            <source>Press &amp;release settings…</source>
            <translation>Podešavanja &amp;saopštenja…</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>Saopštenja: {count}</translation>
        </message>
        <message>
            <source>Delete the draft {reference} “{headline}” and its attachments?</source>
            <translation>Obrisati nacrt {reference} „{headline}” i njegove priloge?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
    </context>
    <context>
        <name>Repeat</name>
        <message>
            <source>Does not repeat</source>
            <translation>Ne ponavlja se</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Svakog dana</translation>
        </message>
        <message>
            <source>Every working day (Monday to Friday)</source>
            <translation>Svakog radnog dana (ponedeljak – petak)</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Svake nedelje</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Svake dve nedelje</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Svakog meseca</translation>
        </message>
        <message>
            <source>Every three months (quarterly)</source>
            <translation>Svaka tri meseca (tromesečno)</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>Dvaput godišnje</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Svake godine</translation>
        </message>
        <message>
            <source>Custom rule</source>
            <translation>Posebno pravilo</translation>
        </message>
        <message>
            <source>first</source>
            <translation>1.</translation>
        </message>
        <message>
            <source>second</source>
            <translation>2.</translation>
        </message>
        <message>
            <source>third</source>
            <translation>3.</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>4.</translation>
        </message>
        <message>
            <source>last</source>
            <translation>poslednji</translation>
        </message>
        <message>
            <source>{every} on {weekday}</source>
            <translation>{every}, {weekday}</translation>
        </message>
        <message>
            <source>{every} on day {day}</source>
            <translation>{every}, {day}. dana</translation>
        </message>
        <message>
            <source>Every month on the {ordinal} {weekday}</source>
            <translation>Svakog meseca – {weekday}, {ordinal} u mesecu</translation>
        </message>
        <message>
            <source>Every year on {date}</source>
            <translation>Svake godine, {date}</translation>
        </message>
        <message>
            <source>, {count} times</source>
            <translation>, {count} puta</translation>
        </message>
        <message>
            <source>, until {date}</source>
            <translation>, do {date}</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>Na svakih {n} dana</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>Na svakih {n} nedelja</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>Na svakih {n} meseci</translation>
        </message>
        <message>
            <source>Every {n} years</source>
            <translation>Na svakih {n} godina</translation>
        </message>
        <message>
            <source>{every}, in month {months}</source>
            <translation>{every}, u mesecu {months}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Strana {page} od {pages}</translation>
        </message>
        <message>
            <source>Printed on {date}</source>
            <translation>Odštampano {date}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Ukupno</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Stanje na dan</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Stavka</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Udeo</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Šifra</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Godina {year}</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}</source>
            <translation>{quarter}. tromesečje {year}. godine</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>{year}-q{quarter}</source>
            <translation>{year}-q{quarter}</translation>
        </message>
        <message>
            <source>The period ends before it begins.</source>
            <translation>Period se završava pre nego što počne.</translation>
        </message>
    </context>
    <context>
        <name>RequestChannel</name>
        <message>
            <source>In person</source>
            <translation>Lično</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Pismo</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-pošta</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Veb-obrazac</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
    </context>
    <context>
        <name>RequestColumns</name>
        <message>
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Podnosilac</translation>
        </message>
        <message>
            <source>Requester type</source>
            <translation>Vrsta podnosioca</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Traženi dokumenti</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Hitno</translation>
        </message>
        <message>
            <source>Clarification asked</source>
            <translation>Zatraženo pojašnjenje</translation>
        </message>
        <message>
            <source>Clarification received</source>
            <translation>Primljeno pojašnjenje</translation>
        </message>
        <message>
            <source>Deadline extended on</source>
            <translation>Rok produžen dana</translation>
        </message>
        <message>
            <source>Forwarded on</source>
            <translation>Prosleđeno dana</translation>
        </message>
        <message>
            <source>Forwarded to</source>
            <translation>Prosleđeno instituciji</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Odlučeno dana</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <source>Legal ground for refusal</source>
            <translation>Zakonski osnov odbijanja</translation>
        </message>
        <message>
            <source>Complaint to the Agency on</source>
            <translation>Žalba Agenciji dana</translation>
        </message>
        <message>
            <source>Outcome of the complaint</source>
            <translation>Ishod žalbe</translation>
        </message>
        <message>
            <source>Court case on</source>
            <translation>Tužba sudu dana</translation>
        </message>
        <message>
            <source>Outcome of the court case</source>
            <translation>Ishod sudskog postupka</translation>
        </message>
        <message>
            <source>Cost of copies (€)</source>
            <translation>Troškovi kopiranja (€)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Napomena</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Dana kašnjenja</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Da</translation>
        </message>
    </context>
    <context>
        <name>RequestExport</name>
        <message>
            <source>Requests</source>
            <translation>Zahtevi</translation>
        </message>
    </context>
    <context>
        <name>RequestForm</name>
        <message>
            <source>The amount "{amount}" is not a number of euros.</source>
            <translation>Iznos "{amount}" nije broj evra.</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>radnih dana</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>kalendarskih dana</translation>
        </message>
        <message>
            <source>This request keeps the rules it was registered under: {decide} {days} to decide, {hours} hours when urgent, {extension} more days when extended, {forward} working days to forward.</source>
            <translation>Ovaj zahtev zadržava pravila po kojima je zaveden: {decide} {days} za odluku, {hours} sati kada je hitan, još {extension} dana kada se rok produži, {forward} radnih dana za prosleđivanje.</translation>
        </message>
        <message>
            <source>Decision due {due} once the clarification arrives — the clock stands still since {since}</source>
            <translation>Rok za odluku {due}, kada stigne pojašnjenje — rok miruje od {since}</translation>
        </message>
        <message>
            <source>Decision due {due} · {clock}</source>
            <translation>Rok za odluku {due} · {clock}</translation>
        </message>
        <message>
            <source>forward by {day} ({count} working days)</source>
            <translation>proslediti do {day} ({count} radnih dana)</translation>
        </message>
        <message>
            <source>The requester may complain to the Agency until {day} (15 days after the decision).</source>
            <translation>Podnosilac može podneti žalbu Agenciji do {day} (15 dana od odluke).</translation>
        </message>
        <message>
            <source>Without a decision by {due}, the request counts as refused and the requester may complain.</source>
            <translation>Ako se do {due} ne donese odluka, smatra se da je zahtev odbijen i podnosilac može podneti žalbu.</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Zahtev</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Podnosilac</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Postupanje</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Odluka</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Žalba</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Datoteke</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Istorija</translation>
        </message>
        <message>
            <source>&amp;Erase requester's details…</source>
            <translation>&amp;Izbriši podatke podnosioca…</translation>
        </message>
        <message>
            <source>E&amp;xport requester's data…</source>
            <translation>I&amp;zvezi podatke podnosioca…</translation>
        </message>
        <message>
            <source>Every request of this requester (same name or address), as a workbook</source>
            <translation>Svi zahtevi ovog podnosioca (isto ime ili adresa), kao Excel radna sveska</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Novi zahtev</translation>
        </message>
        <message>
            <source>New request — the number is given when it is saved</source>
            <translation>Novi zahtev — broj se dodeljuje pri čuvanju</translation>
        </message>
        <message>
            <source>Request {reference}</source>
            <translation>Zahtev {reference}</translation>
        </message>
        <message>
            <source>Request {reference} · {status}</source>
            <translation>Zahtev {reference} · {status}</translation>
        </message>
        <message>
            <source>requester's details erased</source>
            <translation>podaci podnosioca su izbrisani</translation>
        </message>
        <message>
            <source>requester-data-{reference}.xlsx</source>
            <translation>podaci-podnosioca-{reference}.xlsx</translation>
        </message>
        <message>
            <source>Export the requester's data</source>
            <translation>Izvezi podatke podnosioca</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel radne sveske (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} requests of this requester written to {path}.</source>
            <translation>Zahteva ovog podnosioca upisano u {path}: {count}.</translation>
        </message>
        <message>
            <source>(anonymous)</source>
            <translation>(anonimno)</translation>
        </message>
        <message>
            <source>Erase the details of {name}, the requester of {reference}? The request, its figures and its history stay; this cannot be undone.</source>
            <translation>Izbrisati podatke osobe {name}, podnosioca zahteva {reference}? Zahtev, njegovi brojčani podaci i istorija ostaju; ovo se ne može poništiti.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Izbriši</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Dodaj datoteke…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otvori</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Sačuvaj &amp;kopiju…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ukloni</translation>
        </message>
        <message>
            <source>Add files to the request</source>
            <translation>Dodaj datoteke zahtevu</translation>
        </message>
        <message>
            <source>No program is set up to open {name}.</source>
            <translation>Nijedan program nije podešen da otvori {name}.</translation>
        </message>
        <message>
            <source>Save a copy in…</source>
            <translation>Sačuvaj kopiju u…</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Sačuvano kao {path}.</translation>
        </message>
        <message>
            <source>Remove {name} from the request and from the attachments folder?</source>
            <translation>Ukloniti {name} iz zahteva i iz fascikle priloga?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Which documents: as the requester wrote it, or as written down</source>
            <translation>Koji dokumenti: kako ih je podnosilac napisao ili kako su zabeleženi</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Traženi dokumenti</translation>
        </message>
        <message>
            <source>Form wanted</source>
            <translation>Traženi oblik</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Hitno</translation>
        </message>
        <message>
            <source>whose life or liberty, public health or the environment is at stake</source>
            <translation>čiji su život ili sloboda, javno zdravlje ili životna sredina ugroženi</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Hitnost</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Dokumente poseduje</translation>
        </message>
        <message>
            <source>the directorate or unit holding the documents</source>
            <translation>direkcija ili jedinica koja poseduje dokumente</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Napomena</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nema)</translation>
        </message>
        <message>
            <source>The action-plan activity this request is evidence of (answering requests for information)</source>
            <translation>Aktivnost akcionog plana za koju je ovaj zahtev dokaz (odgovaranje na zahteve za informacije)</translation>
        </message>
        <message>
            <source>Plan activity</source>
            <translation>Aktivnost plana</translation>
        </message>
        <message>
            <source>A request made in person is written down by the officer; the requester need not give reasons.</source>
            <translation>Zahtev podnet lično zapisuje službenik; podnosilac nije dužan da navede razloge.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>person or organisation</source>
            <translation>osoba ili organizacija</translation>
        </message>
        <message>
            <source>A journalist or anyone in the contacts: their personal-data export and erasure then include this request</source>
            <translation>Novinar ili bilo ko iz kontakata: izvoz i brisanje njihovih ličnih podataka tada obuhvataju i ovaj zahtev</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Anonymous towards third parties (the name is never given out)</source>
            <translation>Anonimno prema trećim licima (ime se nikada ne otkriva)</translation>
        </message>
        <message>
            <source>Requester type</source>
            <translation>Vrsta podnosioca</translation>
        </message>
        <message>
            <source>e-mail or postal address for the reply</source>
            <translation>adresa e-pošte ili poštanska adresa za odgovor</translation>
        </message>
        <message>
            <source>Reply to</source>
            <translation>Odgovor na adresu</translation>
        </message>
        <message>
            <source>Letters in</source>
            <translation>Dopisi na jeziku</translation>
        </message>
        <message>
            <source>Requesters are private persons: their details are erased a number of years after the request is closed (Settings), or at once with “Erase requester's details”.</source>
            <translation>Podnosioci su privatna lica: njihovi podaci se brišu nekoliko godina nakon zatvaranja zahteva (Podešavanja) ili odmah pomoću „Izbriši podatke podnosioca”.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>asked on</source>
            <translation>zatraženo dana</translation>
        </message>
        <message>
            <source>received on</source>
            <translation>primljeno dana</translation>
        </message>
        <message>
            <source>Clarification</source>
            <translation>Pojašnjenje</translation>
        </message>
        <message>
            <source>While a clarification is outstanding the deadline clock stands still.</source>
            <translation>Dok se čeka pojašnjenje, rok miruje.</translation>
        </message>
        <message>
            <source>extended on</source>
            <translation>produženo dana</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Produženje roka</translation>
        </message>
        <message>
            <source>why the deadline is extended (once, by up to 15 days)</source>
            <translation>zašto se rok produžava (jednom, najviše 15 dana)</translation>
        </message>
        <message>
            <source>Reason for extension</source>
            <translation>Razlog produženja</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>Prosleđeno</translation>
        </message>
        <message>
            <source>Forwarded to</source>
            <translation>Prosleđeno instituciji</translation>
        </message>
        <message>
            <source>the institution that holds the documents</source>
            <translation>institucija koja poseduje dokumente</translation>
        </message>
        <message>
            <source>(not decided yet)</source>
            <translation>(još nije odlučeno)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <source>decided on</source>
            <translation>odlučeno dana</translation>
        </message>
        <message>
            <source>Withheld</source>
            <translation>Uskraćeno</translation>
        </message>
        <message>
            <source>partial access: what was withheld and why</source>
            <translation>delimičan pristup: šta je uskraćeno i zašto</translation>
        </message>
        <message>
            <source>Legal ground</source>
            <translation>Zakonski osnov</translation>
        </message>
        <message>
            <source>Harm test</source>
            <translation>Test štete</translation>
        </message>
        <message>
            <source>what harm disclosure would cause</source>
            <translation>kakvu bi štetu prouzrokovalo otkrivanje</translation>
        </message>
        <message>
            <source>Public-interest test</source>
            <translation>Test javnog interesa</translation>
        </message>
        <message>
            <source>why the interest in disclosure does not outweigh the harm</source>
            <translation>zašto interes za otkrivanje ne preteže nad štetom</translation>
        </message>
        <message>
            <source>delivered on</source>
            <translation>dostavljeno dana</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumenti</translation>
        </message>
        <message>
            <source>Cost of copies (€)</source>
            <translation>Troškovi kopiranja (€)</translation>
        </message>
        <message>
            <source>Complaint to the Agency</source>
            <translation>Žalba Agenciji</translation>
        </message>
        <message>
            <source>lodged on</source>
            <translation>podneta dana</translation>
        </message>
        <message>
            <source>e.g. complaint upheld — no names: this text goes into the report to the Agency</source>
            <translation>npr. žalba usvojena — bez imena: ovaj tekst ulazi u izveštaj za Agenciju</translation>
        </message>
        <message>
            <source>Agency's decision</source>
            <translation>Odluka Agencije</translation>
        </message>
        <message>
            <source>Court case</source>
            <translation>Sudski postupak</translation>
        </message>
        <message>
            <source>filed on</source>
            <translation>pokrenut dana</translation>
        </message>
        <message>
            <source>Court's decision</source>
            <translation>Odluka suda</translation>
        </message>
        <message>
            <source>After a refusal, or when no answer came in time, the requester may complain to the Information and Privacy Agency within 15 days, and then go to the administrative court within 30 days.</source>
            <translation>Posle odbijanja, ili kada odgovor nije stigao u roku, podnosilac može podneti žalbu Agenciji za informisanje i privatnost u roku od 15 dana, a zatim pokrenuti upravni spor pred sudom u roku od 30 dana.</translation>
        </message>
        <message>
            <source>&amp;Letter…</source>
            <translation>Do&amp;pis…</translation>
        </message>
        <message>
            <source>Receipt, clarification, extension, forwarding, decisions — as PDF or e-mail draft</source>
            <translation>Potvrda o prijemu, pojašnjenje, produženje roka, prosleđivanje, rešenja — kao PDF ili nacrt e-pošte</translation>
        </message>
        <message>
            <source>(no letter for this request yet)</source>
            <translation>(za ovaj zahtev još nema dopisa)</translation>
        </message>
        <message>
            <source>PDF letters (*.pdf)</source>
            <translation>PDF dopisi (*.pdf)</translation>
        </message>
        <message>
            <source>E-mail drafts (*.eml)</source>
            <translation>Nacrti e-pošte (*.eml)</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Upisano: {path}</translation>
        </message>
        <message>
            <source>type a name to link the requester to a contact</source>
            <translation>upišite ime da povežete podnosioca sa kontaktom</translation>
        </message>
    </context>
    <context>
        <name>RequestImport</name>
        <message>
            <source>{file} holds no requests: only its header row.</source>
            <translation>{file} ne sadrži zahteve: samo red zaglavlja.</translation>
        </message>
        <message>
            <source>the received date is missing</source>
            <translation>nedostaje datum prijema</translation>
        </message>
        <message>
            <source>the received date "{value}" is not a date written DD.MM.YYYY or DD.MM.YYYY HH:MM</source>
            <translation>datum prijema "{value}" nije datum napisan kao DD.MM.GGGG ili DD.MM.GGGG HH:MM</translation>
        </message>
        <message>
            <source>"{column}" holds "{value}", which is not a date written DD.MM.YYYY</source>
            <translation>"{column}" sadrži "{value}", što nije datum napisan kao DD.MM.GGGG</translation>
        </message>
        <message>
            <source>unknown requester type "{value}" (citizen, media, ngo, business, institution or other)</source>
            <translation>nepoznata vrsta podnosioca "{value}" (citizen, media, ngo, business, institution ili other)</translation>
        </message>
        <message>
            <source>unknown channel "{value}" (in_person, letter, email, web or other)</source>
            <translation>nepoznat kanal "{value}" (in_person, letter, email, web ili other)</translation>
        </message>
        <message>
            <source>unknown status "{value}"</source>
            <translation>nepoznat status "{value}"</translation>
        </message>
        <message>
            <source>unknown outcome "{value}" (granted, partial, refused, forwarded, not_held or withdrawn)</source>
            <translation>nepoznat ishod "{value}" (granted, partial, refused, forwarded, not_held ili withdrawn)</translation>
        </message>
        <message>
            <source>unknown legal ground "{value}"</source>
            <translation>nepoznat zakonski osnov "{value}"</translation>
        </message>
        <message>
            <source>the cost "{value}" is not an amount in euro</source>
            <translation>trošak "{value}" nije iznos u evrima</translation>
        </message>
        <message>
            <source>"urgent" is "{value}", not yes or no</source>
            <translation>"urgent" ima vrednost "{value}", a ne da ili ne</translation>
        </message>
        <message>
            <source>the documents requested (subject) are not named</source>
            <translation>traženi dokumenti (subject) nisu navedeni</translation>
        </message>
        <message>
            <source>Not recorded in the old register.</source>
            <translation>Nije zabeleženo u starom registru.</translation>
        </message>
        <message>
            <source>the status "{status}" does not go with the outcome "{outcome}"</source>
            <translation>status "{status}" ne odgovara ishodu "{outcome}"</translation>
        </message>
        <message>
            <source>the outcome "{outcome}" needs the day it was decided ("decided")</source>
            <translation>za ishod "{outcome}" potreban je dan odluke ("decided")</translation>
        </message>
        <message>
            <source>a forwarded request needs the day it was forwarded ("forwarded_on")</source>
            <translation>za prosleđeni zahtev potreban je dan prosleđivanja ("forwarded_on")</translation>
        </message>
        <message>
            <source>a decision day ("decided") needs the outcome of the decision</source>
            <translation>uz dan odluke ("decided") potreban je i ishod odluke</translation>
        </message>
        <message>
            <source>the harm test</source>
            <translation>test štete</translation>
        </message>
        <message>
            <source>the public-interest test</source>
            <translation>test javnog interesa</translation>
        </message>
        <message>
            <source>what was withheld</source>
            <translation>šta je uskraćeno</translation>
        </message>
        <message>
            <source>why it was urgent</source>
            <translation>zašto je bio hitan</translation>
        </message>
        <message>
            <source>why the deadline was extended</source>
            <translation>zašto je rok produžen</translation>
        </message>
        <message>
            <source>Imported from the old register, which did not record {what}.</source>
            <translation>Uvezeno iz starog registra, u kome nije zabeleženo: {what}.</translation>
        </message>
        <message>
            <source>the received date is in the future</source>
            <translation>datum prijema je u budućnosti</translation>
        </message>
    </context>
    <context>
        <name>RequestLetters</name>
        <message>
            <source>Confirmation of receipt</source>
            <translation>Potvrda o prijemu</translation>
        </message>
        <message>
            <source>Request for clarification</source>
            <translation>Zahtev za pojašnjenje</translation>
        </message>
        <message>
            <source>Notice of extension</source>
            <translation>Obaveštenje o produženju roka</translation>
        </message>
        <message>
            <source>Notice of forwarding</source>
            <translation>Obaveštenje o prosleđivanju</translation>
        </message>
        <message>
            <source>Decision granting access</source>
            <translation>Rešenje o odobravanju pristupa</translation>
        </message>
        <message>
            <source>Decision granting partial access</source>
            <translation>Rešenje o delimičnom odobravanju pristupa</translation>
        </message>
        <message>
            <source>Refusal</source>
            <translation>Rešenje o odbijanju</translation>
        </message>
        <message>
            <source>Notice that the documents are ready</source>
            <translation>Obaveštenje da su dokumenti spremni</translation>
        </message>
        <message>
            <source>The request's number</source>
            <translation>Broj zahteva</translation>
        </message>
        <message>
            <source>The day the request was registered</source>
            <translation>Dan zavođenja zahteva</translation>
        </message>
        <message>
            <source>The decision deadline, without an extension</source>
            <translation>Rok za odluku, bez produženja</translation>
        </message>
        <message>
            <source>The decision deadline after the extension</source>
            <translation>Rok za odluku posle produženja</translation>
        </message>
        <message>
            <source>The requester's name (a neutral word once it is erased)</source>
            <translation>Ime podnosioca (neutralna reč kada se izbriše)</translation>
        </message>
        <message>
            <source>The documents requested</source>
            <translation>Traženi dokumenti</translation>
        </message>
        <message>
            <source>The form of access asked for</source>
            <translation>Traženi oblik pristupa</translation>
        </message>
        <message>
            <source>The institution's name in the letter's language</source>
            <translation>Naziv institucije na jeziku dopisa</translation>
        </message>
        <message>
            <source>The officer's name</source>
            <translation>Ime službenika</translation>
        </message>
        <message>
            <source>The municipality of the office profile</source>
            <translation>Opština iz profila kancelarije</translation>
        </message>
        <message>
            <source>The date of the letter</source>
            <translation>Datum dopisa</translation>
        </message>
        <message>
            <source>The date of the decision</source>
            <translation>Datum odluke</translation>
        </message>
        <message>
            <source>The legal ground for limiting access</source>
            <translation>Zakonski osnov za ograničenje pristupa</translation>
        </message>
        <message>
            <source>The harm test as written down</source>
            <translation>Test štete kako je upisan</translation>
        </message>
        <message>
            <source>The public-interest test as written down</source>
            <translation>Test javnog interesa kako je upisan</translation>
        </message>
        <message>
            <source>What was withheld</source>
            <translation>Šta je uskraćeno</translation>
        </message>
        <message>
            <source>The institution the request was forwarded to</source>
            <translation>Institucija kojoj je zahtev prosleđen</translation>
        </message>
        <message>
            <source>Why the deadline was extended</source>
            <translation>Zašto je rok produžen</translation>
        </message>
        <message>
            <source>15 days after the decision date</source>
            <translation>15 dana od datuma odluke</translation>
        </message>
        <message>
            <source>The cost of copies</source>
            <translation>Troškovi kopiranja</translation>
        </message>
        <message>
            <source>A letter needs some text.</source>
            <translation>Dopis mora imati tekst.</translation>
        </message>
        <message>
            <source>The letter is too long (at most {count} characters).</source>
            <translation>Dopis je predugačak (najviše {count} znakova).</translation>
        </message>
        <message>
            <source>The letter has an unknown placeholder: {placeholder}. It can use {known}.</source>
            <translation>Dopis ima nepoznato polje za zamenu: {placeholder}. Može da koristi {known}.</translation>
        </message>
        <message>
            <source>Letters are written in Albanian, Serbian or English, not {language}.</source>
            <translation>Dopisi se pišu na albanskom, srpskom ili engleskom, a ne na jeziku {language}.</translation>
        </message>
        <message>
            <source>The letter “{letter}” does not fit this request as it stands.</source>
            <translation>Dopis „{letter}” ne odgovara ovom zahtevu u njegovom trenutnom stanju.</translation>
        </message>
        <message>
            <source>A letter is written as a .pdf or an .eml file, not {suffix}.</source>
            <translation>Dopis se piše kao .pdf ili .eml datoteka, a ne {suffix}.</translation>
        </message>
        <message>
            <source>Enter the office's e-mail address in Settings → Office profile: the letters are sent from it.</source>
            <translation>Unesite adresu e-pošte kancelarije u Podešavanja → Profil kancelarije: dopisi se šalju sa nje.</translation>
        </message>
        <message>
            <source>Letter templates</source>
            <translation>Šabloni dopisa</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Umetni</translation>
        </message>
        <message>
            <source>&amp;Reset to default</source>
            <translation>&amp;Vrati podrazumevano</translation>
        </message>
        <message>
            <source>&amp;Letter</source>
            <translation>&amp;Dopis</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Jezik</translation>
        </message>
        <message>
            <source>Paragraphs are separated by an empty line. A short line of its own without a full stop is a heading; written in capitals (VENDIM), it is centred.</source>
            <translation>Pasusi se razdvajaju praznim redom. Kratak red za sebe bez tačke na kraju je naslov; napisan velikim slovima (REŠENJE), centrira se.</translation>
        </message>
        <message>
            <source>Placeholders (double-click or Enter inserts one)</source>
            <translation>Polja za zamenu (dvostruki klik ili Enter umeće jedno)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>The wording commsdesk ships with.</source>
            <translation>Tekst koji dolazi uz commsdesk.</translation>
        </message>
        <message>
            <source>The office's own wording.</source>
            <translation>Sopstveni tekst kancelarije.</translation>
        </message>
        <message>
            <source>The office's own wording, not saved yet.</source>
            <translation>Sopstveni tekst kancelarije, još nije sačuvan.</translation>
        </message>
        <message>
            <source>Unknown placeholder: {placeholder}</source>
            <translation>Nepoznato polje za zamenu: {placeholder}</translation>
        </message>
    </context>
    <context>
        <name>RequestOutcome</name>
        <message>
            <source>Granted</source>
            <translation>Odobreno</translation>
        </message>
        <message>
            <source>Partially granted</source>
            <translation>Delimično odobreno</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Odbijeno</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>Prosleđeno</translation>
        </message>
        <message>
            <source>Not held</source>
            <translation>Nije u posedu</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Povučeno</translation>
        </message>
    </context>
    <context>
        <name>RequestReport</name>
        <message>
            <source>Report to the Information and Privacy Agency on requests for access to public documents</source>
            <translation>Izveštaj Agenciji za informisanje i privatnost o zahtevima za pristup javnim dokumentima</translation>
        </message>
        <message>
            <source>report-to-aip</source>
            <translation>izvestaj-za-aip</translation>
        </message>
        <message>
            <source>Requests registered from {first} to {last}, as they stand on {day}. No personal data.</source>
            <translation>Zahtevi zavedeni od {first} do {last}, prema stanju na dan {day}. Bez ličnih podataka.</translation>
        </message>
        <message>
            <source>Requests received</source>
            <translation>Primljeni zahtevi</translation>
        </message>
        <message>
            <source>Decided or forwarded within the deadline</source>
            <translation>Rešeni ili prosleđeni u roku</translation>
        </message>
        <message>
            <source>Decided or forwarded after the deadline</source>
            <translation>Rešeni ili prosleđeni po isteku roka</translation>
        </message>
        <message>
            <source>Not yet decided</source>
            <translation>Još nerešeni</translation>
        </message>
        <message>
            <source>Still open past the deadline (deemed refused)</source>
            <translation>Još otvoreni po isteku roka (smatra se da su odbijeni)</translation>
        </message>
        <message>
            <source>Deadline extended</source>
            <translation>Sa produženim rokom</translation>
        </message>
        <message>
            <source>Urgent requests (life or liberty)</source>
            <translation>Hitni zahtevi (život ili sloboda)</translation>
        </message>
        <message>
            <source>Complaints to the Agency</source>
            <translation>Žalbe Agenciji</translation>
        </message>
        <message>
            <source>Cases before the court</source>
            <translation>Predmeti pred sudom</translation>
        </message>
        <message>
            <source>Median days from registration to decision</source>
            <translation>Medijana dana od zavođenja do odluke</translation>
        </message>
        <message>
            <source>Longest time from registration to decision (days)</source>
            <translation>Najduže vreme od zavođenja do odluke (dana)</translation>
        </message>
        <message>
            <source>Costs of copies charged</source>
            <translation>Naplaćeni troškovi kopiranja</translation>
        </message>
        <message>
            <source>Requests received by type of requester</source>
            <translation>Primljeni zahtevi po vrsti podnosioca</translation>
        </message>
        <message>
            <source>Type of requester</source>
            <translation>Vrsta podnosioca</translation>
        </message>
        <message>
            <source>Requests received by channel</source>
            <translation>Primljeni zahtevi po kanalu</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Outcome of the requests</source>
            <translation>Ishod zahteva</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <source>Refusals and partial refusals by legal ground</source>
            <translation>Odbijanja i delimična odbijanja po zakonskom osnovu</translation>
        </message>
        <message>
            <source>Legal ground</source>
            <translation>Zakonski osnov</translation>
        </message>
        <message>
            <source>No request was refused, in full or in part.</source>
            <translation>Nijedan zahtev nije odbijen, ni u celini ni delimično.</translation>
        </message>
        <message>
            <source>Complaints to the Agency by outcome</source>
            <translation>Žalbe Agenciji po ishodu</translation>
        </message>
        <message>
            <source>Outcome of the complaint</source>
            <translation>Ishod žalbe</translation>
        </message>
        <message>
            <source>No outcome yet</source>
            <translation>Još bez ishoda</translation>
        </message>
        <message>
            <source>No complaint was made to the Agency.</source>
            <translation>Agenciji nije podneta nijedna žalba.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Zahtevi</translation>
        </message>
        <message>
            <source>Prepared by: information officer</source>
            <translation>Pripremio: službenik za informisanje</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Ključni podaci</translation>
        </message>
        <message>
            <source>AIP {period}</source>
            <translation>AIP {period}</translation>
        </message>
        <message>
            <source>Breakdown {period}</source>
            <translation>Raščlamba {period}</translation>
        </message>
        <message>
            <source>Report to the Information and Privacy Agency</source>
            <translation>Izveštaj za Agenciju za informisanje i privatnost</translation>
        </message>
        <message>
            <source>Requests received in the period: by requester type and channel, decided in time and late, by outcome and legal ground, extensions, complaints, days to decide. No requester's personal data.</source>
            <translation>Zahtevi primljeni u periodu: po vrsti podnosioca i kanalu, rešeni u roku i sa zakašnjenjem, po ishodu i zakonskom osnovu, produženja roka, žalbe, dani do odluke. Bez ličnih podataka podnosilaca.</translation>
        </message>
    </context>
    <context>
        <name>RequestRules</name>
        <message>
            <source>Name the legal ground for limiting access.</source>
            <translation>Navedite zakonski osnov za ograničenje pristupa.</translation>
        </message>
        <message>
            <source>Write down the harm test: what harm disclosure would cause.</source>
            <translation>Upišite test štete: kakvu bi štetu prouzrokovalo otkrivanje.</translation>
        </message>
        <message>
            <source>Write down the public-interest test: why the interest in disclosure does not outweigh the harm.</source>
            <translation>Upišite test javnog interesa: zašto interes za otkrivanje ne preteže nad štetom.</translation>
        </message>
        <message>
            <source>Say what was withheld and why.</source>
            <translation>Navedite šta je uskraćeno i zašto.</translation>
        </message>
        <message>
            <source>Name the institution the request went to.</source>
            <translation>Navedite instituciju kojoj je zahtev prosleđen.</translation>
        </message>
    </context>
    <context>
        <name>RequestSettings</name>
        <message>
            <source>Document request settings</source>
            <translation>Podešavanja zahteva za pristup</translation>
        </message>
        <message>
            <source>Number format</source>
            <translation>Format broja</translation>
        </message>
        <message>
            <source>{year} is the year, {number:03d} the request's number in it.</source>
            <translation>{year} je godina, {number:03d} broj zahteva u njoj.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dana</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> sati</translation>
        </message>
        <message>
            <source>Count them as working days (not calendar days)</source>
            <translation>Računaj ih kao radne dane (ne kao kalendarske)</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> radnih dana</translation>
        </message>
        <message>
            <source>Decide within</source>
            <translation>Odluka se donosi u roku od</translation>
        </message>
        <message>
            <source>Urgent requests (life or liberty)</source>
            <translation>Hitni zahtevi (život ili sloboda)</translation>
        </message>
        <message>
            <source>One extension of up to</source>
            <translation>Jedno produženje roka do</translation>
        </message>
        <message>
            <source>Forward a request for a document not held within</source>
            <translation>Zahtev za dokument koji se ne poseduje prosleđuje se u roku od</translation>
        </message>
        <message>
            <source>The law's defaults: 7 days (calendar days, the stricter reading), 48 hours, 15 days, 5 working days. A deadline on a weekend or public holiday moves to the next working day. Changes apply to requests registered from now on: each request keeps the rules it was registered under.</source>
            <translation>Zakonske vrednosti: 7 dana (kalendarskih, strože tumačenje), 48 sati, 15 dana, 5 radnih dana. Rok koji pada za vikend ili na državni praznik pomera se na sledeći radni dan. Izmene važe za zahteve zavedene od sada: svaki zahtev zadržava pravila po kojima je zaveden.</translation>
        </message>
        <message>
            <source>The law's defaults</source>
            <translation>Zakonske vrednosti</translation>
        </message>
        <message>
            <source>Deadline rules</source>
            <translation>Pravila rokova</translation>
        </message>
        <message>
            <source> years</source>
            <translation> godina</translation>
        </message>
        <message>
            <source>Erase requesters' details after</source>
            <translation>Izbriši podatke podnosilaca posle</translation>
        </message>
        <message>
            <source>counted from the day the request was closed</source>
            <translation>računajući od dana zatvaranja zahteva</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>The 14th request of 2026: {example}</source>
            <translation>14. zahtev 2026. godine: {example}</translation>
        </message>
    </context>
    <context>
        <name>RequestStatus</name>
        <message>
            <source>Registered</source>
            <translation>Zavedeno</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>U postupku</translation>
        </message>
        <message>
            <source>Awaiting clarification</source>
            <translation>Čeka se pojašnjenje</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Odlučeno</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>Prosleđeno</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Povučeno</translation>
        </message>
    </context>
    <context>
        <name>RequestStep</name>
        <message>
            <source>Registered</source>
            <translation>Zavedeno</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Izmenjeno</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Promenjen status</translation>
        </message>
        <message>
            <source>Clarification asked</source>
            <translation>Zatraženo pojašnjenje</translation>
        </message>
        <message>
            <source>Clarification received</source>
            <translation>Primljeno pojašnjenje</translation>
        </message>
        <message>
            <source>Deadline extended</source>
            <translation>Produžen rok</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Odlučeno</translation>
        </message>
        <message>
            <source>Documents delivered</source>
            <translation>Dokumenti dostavljeni</translation>
        </message>
        <message>
            <source>Complaint or court case</source>
            <translation>Žalba ili sudski postupak</translation>
        </message>
        <message>
            <source>Letter written</source>
            <translation>Napisan dopis</translation>
        </message>
        <message>
            <source>File added</source>
            <translation>Dodata datoteka</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Izbrisani lični podaci</translation>
        </message>
    </context>
    <context>
        <name>RequesterType</name>
        <message>
            <source>Citizen</source>
            <translation>Građanin</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medij</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>NVO</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Preduzeće</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institucija</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Ostalo</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>The request no longer exists.</source>
            <translation>Zahtev više ne postoji.</translation>
        </message>
        <message>
            <source>(personal data erased)</source>
            <translation>(lični podaci izbrisani)</translation>
        </message>
        <message>
            <source>(anonymous)</source>
            <translation>(anonimno)</translation>
        </message>
        <message>
            <source>Say which documents are requested.</source>
            <translation>Navedite koji se dokumenti traže.</translation>
        </message>
        <message>
            <source>Name the requester, or mark the request as anonymous.</source>
            <translation>Navedite podnosioca ili označite zahtev kao anoniman.</translation>
        </message>
        <message>
            <source>Say why the request is urgent (whose life or liberty is at stake).</source>
            <translation>Navedite zašto je zahtev hitan (čiji su život ili sloboda ugroženi).</translation>
        </message>
        <message>
            <source>The legal ground is not one commsdesk knows.</source>
            <translation>Zakonski osnov nije među onima koje commsdesk poznaje.</translation>
        </message>
        <message>
            <source>The cost of copies must be between 0 and 1,000,000 €.</source>
            <translation>Troškovi kopiranja moraju biti između 0 i 1.000.000 €.</translation>
        </message>
        <message>
            <source>The clarification cannot be asked before the request was received.</source>
            <translation>Pojašnjenje ne može biti zatraženo pre prijema zahteva.</translation>
        </message>
        <message>
            <source>The deadline cannot be extended before the request was received.</source>
            <translation>Rok ne može biti produžen pre prijema zahteva.</translation>
        </message>
        <message>
            <source>The request cannot be forwarded before it was received.</source>
            <translation>Zahtev ne može biti prosleđen pre nego što je primljen.</translation>
        </message>
        <message>
            <source>The decision cannot come before the request was received.</source>
            <translation>Odluka ne može biti doneta pre prijema zahteva.</translation>
        </message>
        <message>
            <source>The clarification cannot arrive before it was asked.</source>
            <translation>Pojašnjenje ne može stići pre nego što je zatraženo.</translation>
        </message>
        <message>
            <source>Say why the deadline is extended.</source>
            <translation>Navedite zašto se rok produžava.</translation>
        </message>
        <message>
            <source>Documents are delivered on or after the decision.</source>
            <translation>Dokumenti se dostavljaju na dan odluke ili posle njega.</translation>
        </message>
        <message>
            <source>A complaint cannot come before the request.</source>
            <translation>Žalba ne može prethoditi zahtevu.</translation>
        </message>
        <message>
            <source>Enter the complaint to the Agency before the court case.</source>
            <translation>Unesite žalbu Agenciji pre sudskog postupka.</translation>
        </message>
        <message>
            <source>Choose the outcome of a closed request.</source>
            <translation>Izaberite ishod zatvorenog zahteva.</translation>
        </message>
        <message>
            <source>Keep requesters' details between 1 and 100 years.</source>
            <translation>Podaci podnosilaca čuvaju se od 1 do 100 godina.</translation>
        </message>
        <message>
            <source>That number is taken in that year.</source>
            <translation>Taj broj je već zauzet u toj godini.</translation>
        </message>
        <message>
            <source>A request cannot move to another year: its number would change.</source>
            <translation>Zahtev ne može preći u drugu godinu: njegov broj bi se promenio.</translation>
        </message>
        <message>
            <source>The linked contact no longer exists.</source>
            <translation>Povezani kontakt više ne postoji.</translation>
        </message>
    </context>
    <context>
        <name>RequestsCli</name>
        <message>
            <source>import the old register of document requests from CSV or XLSX (all rows or none)</source>
            <translation>uvozi stari registar zahteva za pristup dokumentima iz CSV ili XLSX datoteke (svi redovi ili nijedan)</translation>
        </message>
        <message>
            <source>the register file (.csv or .xlsx)</source>
            <translation>datoteka registra (.csv ili .xlsx)</translation>
        </message>
        <message>
            <source>write the register of document requests (or one year of it) as XLSX or CSV</source>
            <translation>upisuje registar zahteva za pristup dokumentima (ili jednu njegovu godinu) kao XLSX ili CSV</translation>
        </message>
        <message>
            <source>only the requests received in this year</source>
            <translation>samo zahtevi primljeni u ovoj godini</translation>
        </message>
        <message>
            <source>the report to the Information and Privacy Agency on document requests</source>
            <translation>izveštaj za Agenciju za informisanje i privatnost o zahtevima za pristup dokumentima</translation>
        </message>
        <message>
            <source>Imported {path}: {created} new requests, {unchanged} already in the register.</source>
            <translation>Uvezeno {path}: novih zahteva: {created}, već u registru: {unchanged}.</translation>
        </message>
        <message>
            <source>Exported {count} requests to {path}.</source>
            <translation>Izvezeno zahteva: {count}, u {path}.</translation>
        </message>
    </context>
    <context>
        <name>RequestsTab</name>
        <message>
            <source>Document request &amp;settings…</source>
            <translation>Podešavanja &amp;zahteva za pristup…</translation>
        </message>
        <message>
            <source>Letter &amp;templates…</source>
            <translation>Šabloni &amp;dopisa…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Sve godine</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Svi statusi</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Svi ishodi</translation>
        </message>
        <message>
            <source>All requesters</source>
            <translation>Svi podnosioci</translation>
        </message>
        <message>
            <source>Search number, requester, documents… (Ctrl+F)</source>
            <translation>Pretraga broja, podnosioca, dokumenata… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Samo sa isteklim rokom</translation>
        </message>
        <message>
            <source>Open requests past their deadline: {meaning}</source>
            <translation>Otvoreni zahtevi kojima je istekao rok: {meaning}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Primljeno</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Podnosilac</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Traženi dokumenti</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>Days left / late</source>
            <translation>Preostalo / kašnjenje</translation>
        </message>
        <message>
            <source>The clock stands still until the requester's clarification arrives.</source>
            <translation>Rok miruje dok ne stigne pojašnjenje podnosioca.</translation>
        </message>
        <message>
            <source>Urgent: due {moment}, not moved to a working day</source>
            <translation>Hitno: rok {moment}, ne pomera se na radni dan</translation>
        </message>
        <message>
            <source>Deemed refused — the requester may complain to the Information and Privacy Agency</source>
            <translation>Smatra se da je odbijen — podnosilac može podneti žalbu Agenciji za informisanje i privatnost</translation>
        </message>
        <message>
            <source>waiting for clarification</source>
            <translation>čeka se pojašnjenje</translation>
        </message>
        <message>
            <source>in time</source>
            <translation>u roku</translation>
        </message>
        <message>
            <source>Delete the request {reference} “{subject}” with its history and its {count} files?</source>
            <translation>Obrisati zahtev {reference} „{subject}” zajedno sa istorijom i datotekama ({count})?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Import requests</source>
            <translation>Uvoz zahteva</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.csv);;All files (*)</source>
            <translation>Registri (*.xlsx *.csv);;Sve datoteke (*)</translation>
        </message>
        <message>
            <source>{created} requests imported; {unchanged} were already in the register.</source>
            <translation>Uvezeno zahteva: {created}; već u registru: {unchanged}.</translation>
        </message>
        <message>
            <source>Importing the requests…</source>
            <translation>Uvoz zahteva…</translation>
        </message>
        <message>
            <source>document-requests</source>
            <translation>zahtevi-za-pristup</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel radne sveske (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV datoteke (*.csv)</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Izvezi spisak</translation>
        </message>
        <message>
            <source>Exporting the requests…</source>
            <translation>Izvoz zahteva…</translation>
        </message>
        <message>
            <source>1 request written to {path}</source>
            <translation>1 zahtev je upisan u {path}</translation>
        </message>
        <message>
            <source>{count} requests written to {path}</source>
            <translation>Upisano zahteva: {count}, u {path}</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF datoteke (*.pdf)</translation>
        </message>
        <message>
            <source>Report to the Agency</source>
            <translation>Izveštaj za Agenciju</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Pravljenje izveštaja…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Upisano: {path}</translation>
        </message>
        <message>
            <source>&amp;New request</source>
            <translation>&amp;Novi zahtev</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otvori</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>O&amp;briši</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pretraga</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Uvezi…</translation>
        </message>
        <message>
            <source>The list as &amp;Excel workbook (XLSX)…</source>
            <translation>Spisak kao &amp;Excel radna sveska (XLSX)…</translation>
        </message>
        <message>
            <source>The list as &amp;CSV…</source>
            <translation>Spisak kao &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;Report to the Agency…</source>
            <translation>&amp;Izveštaj za Agenciju…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>I&amp;zvoz</translation>
        </message>
        <message>
            <source>The yearly (or quarterly) report to the Information and Privacy Agency</source>
            <translation>Godišnji (ili tromesečni) izveštaj za Agenciju za informisanje i privatnost</translation>
        </message>
        <message>
            <source>1 request</source>
            <translation>1 zahtev</translation>
        </message>
        <message>
            <source>{count} requests</source>
            <translation>Zahteva: {count}</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Vrati iz rezervne kopije</translation>
        </message>
        <message>
            <source>The database will be replaced by the backup you choose. The current file is kept in the backups folder.</source>
            <translation>Baza podataka biće zamenjena rezervnom kopijom koju izaberete. Trenutna datoteka se čuva u fascikli rezervnih kopija.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Vrati</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>check that this installation works: database, PDF, Excel, translations, time zones (writes only to a temporary folder)</source>
            <translation>proverava da li ova instalacija radi: baza podataka, PDF, Excel, prevodi, vremenske zone (piše samo u privremenu fasciklu)</translation>
        </message>
        <message>
            <source>show the details of each failure</source>
            <translation>prikaži detalje svake greške</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>u redu</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>neuspešno</translation>
        </message>
        <message>
            <source>{failed} of {count} checks failed.</source>
            <translation>Neuspešne provere: {failed} od {count}.</translation>
        </message>
        <message>
            <source>All {count} checks passed.</source>
            <translation>Sve provere ({count}) su uspešne.</translation>
        </message>
        <message>
            <source>missing in {folder}: {files}</source>
            <translation>nedostaje u {folder}: {files}</translation>
        </message>
        <message>
            <source>the upgraded database is not at {head}</source>
            <translation>nadograđena baza podataka nije na {head}</translation>
        </message>
        <message>
            <source>no backup was taken before the upgrade</source>
            <translation>rezervna kopija nije napravljena pre nadogradnje</translation>
        </message>
        <message>
            <source>created at {first}, backed up, upgraded to {head}</source>
            <translation>napravljena na {first}, rezervna kopija napravljena, nadograđena na {head}</translation>
        </message>
        <message>
            <source>no demo rows in {tables}</source>
            <translation>nema demo redova u {tables}</translation>
        </message>
        <message>
            <source>text not found in the PDF: {texts}</source>
            <translation>tekst nije pronađen u PDF-u: {texts}</translation>
        </message>
        <message>
            <source>fonts not embedded: {fonts}</source>
            <translation>fontovi nisu ugrađeni: {fonts}</translation>
        </message>
        <message>
            <source>the logo is missing from the letterhead</source>
            <translation>logo nedostaje u zaglavlju</translation>
        </message>
        <message>
            <source>the preview (PDFium) draws a blank page</source>
            <translation>pregled (PDFium) iscrtava praznu stranu</translation>
        </message>
        <message>
            <source>ë ç š đ č ć ž read back; fonts {fonts} embedded; logo drawn; the preview draws the page</source>
            <translation>ë ç š đ č ć ž ponovo pročitani; fontovi {fonts} ugrađeni; logo iscrtan; pregled iscrtava stranu</translation>
        </message>
        <message>
            <source>defusedxml is missing: workbooks would be read unsafely</source>
            <translation>nedostaje defusedxml: radne sveske bi se čitale nebezbedno</translation>
        </message>
        <message>
            <source>read back {found}, expected {expected}</source>
            <translation>pročitano {found}, očekivano {expected}</translation>
        </message>
        <message>
            <source>text, date and money read back; a formula-like text stays text</source>
            <translation>tekst, datum i iznos ponovo pročitani; tekst nalik formuli ostaje tekst</translation>
        </message>
        <message>
            <source>{file} has no translations</source>
            <translation>{file} nema prevoda</translation>
        </message>
        <message>
            <source>Qt cannot load {file}</source>
            <translation>Qt ne može da učita {file}</translation>
        </message>
        <message>
            <source>messages: {counts}; Qt's own: {qt}</source>
            <translation>poruke: {counts}; Qt-ove: {qt}</translation>
        </message>
        <message>
            <source>weekly 09:00 became {local} (UTC hours {utc})</source>
            <translation>nedeljno u 09:00 postalo je {local} (UTC sati {utc})</translation>
        </message>
        <message>
            <source>{before} → {after} ({zone}, bundled time-zone data)</source>
            <translation>{before} → {after} ({zone}, priložene vremenske zone)</translation>
        </message>
        <message>
            <source>the iCalendar event changed on the way back</source>
            <translation>iCalendar događaj se promenio pri povratku</translation>
        </message>
        <message>
            <source>the vCard changed on the way back</source>
            <translation>vCard se promenio pri povratku</translation>
        </message>
        <message>
            <source>an event with a time zone and a repeat rule, a contact with đ and č</source>
            <translation>događaj sa vremenskom zonom i pravilom ponavljanja, kontakt sa đ i č</translation>
        </message>
        <message>
            <source>platform plugins missing: {names}</source>
            <translation>nedostaju dodaci platforme: {names}</translation>
        </message>
        <message>
            <source>Qt cannot read JPEG images (imageformats plugin missing)</source>
            <translation>Qt ne može da čita JPEG slike (nedostaje dodatak imageformats)</translation>
        </message>
        <message>
            <source>widgets load; platform plugins {names}; JPEG images</source>
            <translation>elementi prozora se učitavaju; dodaci platforme {names}; JPEG slike</translation>
        </message>
        <message>
            <source>also {modules}</source>
            <translation>takođe {modules}</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resursi</translation>
        </message>
        <message>
            <source>Database and migrations</source>
            <translation>Baza podataka i migracije</translation>
        </message>
        <message>
            <source>Demo content</source>
            <translation>Demo sadržaj</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel radna sveska</translation>
        </message>
        <message>
            <source>Translations</source>
            <translation>Prevodi</translation>
        </message>
        <message>
            <source>Recurrence across summer time</source>
            <translation>Ponavljanje pri prelasku na letnje vreme</translation>
        </message>
        <message>
            <source>iCalendar and vCard</source>
            <translation>iCalendar i vCard</translation>
        </message>
        <message>
            <source>Qt libraries</source>
            <translation>Qt biblioteke</translation>
        </message>
        <message>
            <source>frozen build in {folder}</source>
            <translation>upakovana verzija u {folder}</translation>
        </message>
        <message>
            <source>from source, Python {version}</source>
            <translation>iz izvornog koda, Python {version}</translation>
        </message>
        <message>
            <source>not a complete PDF file</source>
            <translation>nije potpuna PDF datoteka</translation>
        </message>
    </context>
    <context>
        <name>Statements</name>
        <message>
            <source>Name the statement's topic.</source>
            <translation>Navedite temu izjave.</translation>
        </message>
        <message>
            <source>Write the statement in at least one language.</source>
            <translation>Napišite izjavu na bar jednom jeziku.</translation>
        </message>
        <message>
            <source>A statement cannot expire before it is valid.</source>
            <translation>Izjava ne može isteći pre nego što počne da važi.</translation>
        </message>
        <message>
            <source>The statement no longer exists.</source>
            <translation>Izjava više ne postoji.</translation>
        </message>
        <message>
            <source>The statement on {topic} is not valid today: it cannot be used.</source>
            <translation>Izjava na temu {topic} danas ne važi: ne može se koristiti.</translation>
        </message>
        <message>
            <source>The statement on {topic} has no text in this language.</source>
            <translation>Izjava na temu {topic} nema tekst na ovom jeziku.</translation>
        </message>
        <message>
            <source>expired {day}</source>
            <translation>istekla {day}</translation>
        </message>
        <message>
            <source>until {day}</source>
            <translation>do {day}</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>od {day}</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>bez datuma isteka</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Važi</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Odobrio</translation>
        </message>
        <message>
            <source>Edit statement</source>
            <translation>Izmeni izjavu</translation>
        </message>
        <message>
            <source>New statement</source>
            <translation>Nova izjava</translation>
        </message>
        <message>
            <source>what the statement answers, e.g. the new bus station</source>
            <translation>na šta se izjava odnosi, npr. nova autobuska stanica</translation>
        </message>
        <message>
            <source>the mayor, a director, the cabinet…</source>
            <translation>predsednik opštine, direktor, kabinet…</translation>
        </message>
        <message>
            <source>on</source>
            <translation>dana</translation>
        </message>
        <message>
            <source>from</source>
            <translation>od</translation>
        </message>
        <message>
            <source>until</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Only statements valid today are offered for an answer; an expired one stays here, marked.</source>
            <translation>Za odgovor se nude samo izjave koje danas važe; istekla izjava ostaje ovde, označena.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Approved statements</source>
            <translation>Odobrene izjave</translation>
        </message>
        <message>
            <source>Search topic, text, approver…</source>
            <translation>Pretraga teme, teksta, ko je odobrio…</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Odobreno</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Jezici</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Dodaj…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Izmeni…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>O&amp;briši…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <source>{count} statements, {expired} expired</source>
            <translation>Izjava: {count}, isteklih: {expired}</translation>
        </message>
        <message>
            <source>Delete the statement on “{topic}”? Answers that used it keep their text.</source>
            <translation>Obrisati izjavu na temu „{topic}”? Odgovori u kojima je korišćena zadržavaju svoj tekst.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Linked by an earlier status update</source>
            <translation>Povezano ranijom izmenom statusa</translation>
        </message>
        <message>
            <source>Status update</source>
            <translation>Izmena statusa</translation>
        </message>
        <message>
            <source>euros spent so far, e.g. 1.250,00</source>
            <translation>do sada potrošeno evra, npr. 1.250,00</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Izaberi…</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Progress:</source>
            <translation>Napredak:</translation>
        </message>
        <message>
            <source>Spent so far (€):</source>
            <translation>Potrošeno do sada (€):</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Komentar:</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Dokazi:</translation>
        </message>
        <message>
            <source>Evidence file:</source>
            <translation>Datoteka dokaza:</translation>
        </message>
        <message>
            <source>History ({count})</source>
            <translation>Istorija ({count})</translation>
        </message>
        <message>
            <source>Evidence: calendar events ({count})</source>
            <translation>Dokazi: događaji iz kalendara ({count})</translation>
        </message>
        <message>
            <source>Evidence: press releases ({count})</source>
            <translation>Dokazi: saopštenja za javnost ({count})</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Napredak</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Potrošeno</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>Evidence file</source>
            <translation>Datoteka dokaza</translation>
        </message>
        <message>
            <source>The amount "{amount}" is not a number of euros.</source>
            <translation>Iznos "{amount}" nije broj evra.</translation>
        </message>
    </context>
    <context>
        <name>StrategyDialog</name>
        <message>
            <source>Strategy</source>
            <translation>Strategija</translation>
        </message>
        <message>
            <source>Title ({language}):</source>
            <translation>Naziv ({language}):</translation>
        </message>
        <message>
            <source>Years:</source>
            <translation>Godine:</translation>
        </message>
        <message>
            <source>Approved by the decision:</source>
            <translation>Usvojena odlukom:</translation>
        </message>
        <message>
            <source>Date of the decision:</source>
            <translation>Datum odluke:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Give the strategy a title.</source>
            <translation>Dajte strategiji naziv.</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Molimo sačekajte</translation>
        </message>
    </context>
    <context>
        <name>TimeLeft</name>
        <message>
            <source>today</source>
            <translation>danas</translation>
        </message>
        <message>
            <source>1 day left</source>
            <translation>preostao 1 dan</translation>
        </message>
        <message>
            <source>{count} days left</source>
            <translation>preostalo dana: {count}</translation>
        </message>
        <message>
            <source>late</source>
            <translation>kasni</translation>
        </message>
        <message>
            <source>1 day late</source>
            <translation>1 dan kašnjenja</translation>
        </message>
        <message>
            <source>{count} days late</source>
            <translation>dana kašnjenja: {count}</translation>
        </message>
        <message>
            <source>1 hour left</source>
            <translation>preostao 1 sat</translation>
        </message>
        <message>
            <source>{count} hours left</source>
            <translation>preostalo sati: {count}</translation>
        </message>
        <message>
            <source>1 hour late</source>
            <translation>1 sat kašnjenja</translation>
        </message>
        <message>
            <source>{count} hours late</source>
            <translation>sati kašnjenja: {count}</translation>
        </message>
    </context>
    <context>
        <name>VersionState</name>
        <message>
            <source>Missing</source>
            <translation>Nedostaje</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Nacrt</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Konačno</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Monday</source>
            <translation>Ponedeljak</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Utorak</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Sreda</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Četvrtak</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Petak</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Subota</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Nedelja</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Pon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Uto</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Sre</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Čet</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Pet</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sub</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Ned</translation>
        </message>
    </context>
</TS>
