<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;The desk of a public-information office: contacts, calendar, press releases and the action plan of the communication strategy.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Tryeza e zyrës për informim publik: kontaktet, kalendari, komunikatat për shtyp dhe plani i veprimit i strategjisë së komunikimit.&lt;/p&gt;&lt;p&gt;Baza e të dhënave: {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About commsdesk</source>
            <translation>Rreth commsdesk</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Edit activity</source>
            <translation>Ndrysho aktivitetin</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Aktivitet i ri</translation>
        </message>
        <message>
            <source>separated by ; e.g. ZIMP; Zyra IT</source>
            <translation>të ndarë me ; p.sh. ZIMP; Zyra IT</translation>
        </message>
        <message>
            <source>e.g. 2024, nëntor 2024, mars–qershor 2024</source>
            <translation>p.sh. 2024, nëntor 2024, mars–qershor 2024</translation>
        </message>
        <message>
            <source>e.g. Në baza javore, Dy herë në vit</source>
            <translation>p.sh. Në baza javore, Dy herë në vit</translation>
        </message>
        <message>
            <source>0 = no additional cost</source>
            <translation>0 = pa kosto shtesë</translation>
        </message>
        <message>
            <source>Objective number:</source>
            <translation>Numri i objektivit:</translation>
        </message>
        <message>
            <source>Objective title:</source>
            <translation>Titulli i objektivit:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Lloji:</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Aktiviteti:</translation>
        </message>
        <message>
            <source>Responsible:</source>
            <translation>Përgjegjës:</translation>
        </message>
        <message>
            <source>Timeframe:</source>
            <translation>Afati:</translation>
        </message>
        <message>
            <source>Frequency:</source>
            <translation>Shpeshtësia:</translation>
        </message>
        <message>
            <source>Planned cost (€):</source>
            <translation>Kostoja e planifikuar (€):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Shënim:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>from {start} to {end}</source>
            <translation>nga {start} deri më {end}</translation>
        </message>
        <message>
            <source>not understood: the activity counts for the whole year</source>
            <translation>nuk kuptohet: aktiviteti vlen për gjithë vitin</translation>
        </message>
        <message>
            <source>empty: the whole year</source>
            <translation>bosh: gjithë viti</translation>
        </message>
        <message>
            <source>Write what the activity is.</source>
            <translation>Shkruani cili është aktiviteti.</translation>
        </message>
        <message>
            <source>A recurring activity needs a frequency.</source>
            <translation>Një aktivitet i përsëritur ka nevojë për shpeshtësi.</translation>
        </message>
        <message>
            <source>The amount "{amount}" is not a number of euros.</source>
            <translation>Shuma "{amount}" nuk është numër eurosh.</translation>
        </message>
    </context>
    <context>
        <name>ActivityKind</name>
        <message>
            <source>Specific</source>
            <translation>Specifik</translation>
        </message>
        <message>
            <source>Recurring</source>
            <translation>I përsëritur</translation>
        </message>
    </context>
    <context>
        <name>ActivityStatus</name>
        <message>
            <source>Not started</source>
            <translation>Nuk ka filluar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Në proces</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>E realizuar</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>E shtyrë</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>E anuluar</translation>
        </message>
    </context>
    <context>
        <name>AttachmentKind</name>
        <message>
            <source>Photo</source>
            <translation>Fotografi</translation>
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
            <translation>Të punësuarit e komunës</translation>
        </message>
        <message>
            <source>Citizens and taxpayers</source>
            <translation>Qytetarët dhe tatimpaguesit</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Mediat</translation>
        </message>
        <message>
            <source>Civil society and professional organisations</source>
            <translation>Shoqëria civile dhe organizatat profesionale</translation>
        </message>
        <message>
            <source>Business community and investors</source>
            <translation>Komuniteti i biznesit dhe investitorët</translation>
        </message>
        <message>
            <source>Kosovo institutions</source>
            <translation>Institucionet e Kosovës</translation>
        </message>
        <message>
            <source>Donors and international partners</source>
            <translation>Donatorët dhe partnerët ndërkombëtarë</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>Diaspora</translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message>
            <source>(none)</source>
            <translation>(asnjë)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lidh</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Hiq lidhjen</translation>
        </message>
        <message>
            <source>Action-plan activity</source>
            <translation>Aktiviteti i planit të veprimit</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Komunikatat për shtyp</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Kërko…</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Ndrysho ngjarjen</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Ngjarje e re</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Gjithë ditën</translation>
        </message>
        <message>
            <source>Distributed on</source>
            <translation>Shpërndahet më</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titulli</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Lloji</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kur</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Përsëritet</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona kohore</translation>
        </message>
        <message>
            <source>Assembly material</source>
            <translation>Materiali i seancës</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Vendi</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Përgjegjës</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Përshkrimi</translation>
        </message>
        <message>
            <source>Media invited</source>
            <translation>Mediat e ftuara</translation>
        </message>
        <message>
            <source>Media notifications</source>
            <translation>Njoftimet për mediat</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Fshi…</translation>
        </message>
        <message>
            <source>Planned when the event is saved, as the notification rules say.</source>
            <translation>Planifikohen kur ruhet ngjarja, sipas rregullave të njoftimit.</translation>
        </message>
        <message>
            <source>done {when}</source>
            <translation>kryer më {when}</translation>
        </message>
        <message>
            <source>{date} is a public holiday: {name}.</source>
            <translation>{date} është festë zyrtare: {name}.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupet</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktet</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Në rregull</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Zgjidh…</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Asnjë</translation>
        </message>
        <message>
            <source>Never ends</source>
            <translation>Pa mbarim</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Mbaron më</translation>
        </message>
        <message>
            <source>Ends after (times)</source>
            <translation>Mbaron pas (herë)</translation>
        </message>
        <message>
            <source>Custom: {rule}</source>
            <translation>I veçantë: {rule}</translation>
        </message>
    </context>
    <context>
        <name>CalendarDue</name>
        <message>
            <source>Due</source>
            <translation>Në afat</translation>
        </message>
        <message>
            <source>Tick a media notification when the media have been told; open a request to decide it.</source>
            <translation>Shënoni njoftimin për mediat kur mediat të jenë njoftuar; hapni kërkesën për të vendosur për të.</translation>
        </message>
        <message>
            <source>Nothing is due this week.</source>
            <translation>Asgjë nuk është në afat këtë javë.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Zhbëj</translation>
        </message>
        <message>
            <source>{bucket} — until {date}</source>
            <translation>{bucket} — deri më {date}</translation>
        </message>
    </context>
    <context>
        <name>CalendarErrors</name>
        <message>
            <source>The event no longer exists; it may have been deleted.</source>
            <translation>Ngjarja nuk ekziston më; mund të jetë fshirë.</translation>
        </message>
        <message>
            <source>This occurrence no longer exists; the calendar was changed.</source>
            <translation>Kjo përsëritje nuk ekziston më; kalendari është ndryshuar.</translation>
        </message>
        <message>
            <source>The holiday needs a name.</source>
            <translation>Festa duhet të ketë emër.</translation>
        </message>
        <message>
            <source>There is already a holiday on {date}.</source>
            <translation>Më {date} tashmë ka një festë.</translation>
        </message>
        <message>
            <source>The event needs a title.</source>
            <translation>Ngjarja duhet të ketë titull.</translation>
        </message>
        <message>
            <source>The title is too long (at most 500 characters).</source>
            <translation>Titulli është shumë i gjatë (më së shumti 500 shenja).</translation>
        </message>
        <message>
            <source>“{field}” has {length} characters; at most {limit} are allowed.</source>
            <translation>“{field}” ka {length} shenja; lejohen më së shumti {limit}.</translation>
        </message>
        <message>
            <source>Unknown time zone: {zone}.</source>
            <translation>Zonë kohore e panjohur: {zone}.</translation>
        </message>
        <message>
            <source>The event cannot end before it starts.</source>
            <translation>Ngjarja nuk mund të mbarojë para se të fillojë.</translation>
        </message>
        <message>
            <source>The repetition ends before the event starts.</source>
            <translation>Përsëritja mbaron para se të fillojë ngjarja.</translation>
        </message>
        <message>
            <source>The repetition rule {rule} cannot be used.</source>
            <translation>Rregulli i përsëritjes {rule} nuk mund të përdoret.</translation>
        </message>
    </context>
    <context>
        <name>CalendarFiles</name>
        <message>
            <source>Continue</source>
            <translation>Vazhdo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Nga</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Deri</translation>
        </message>
        <message>
            <source>The last day comes before the first day.</source>
            <translation>Dita e fundit është para ditës së parë.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumente PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libra pune Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Skedarë iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>U ruajt në {path}.</translation>
        </message>
        <message>
            <source>Save the week plan</source>
            <translation>Ruaj planin javor</translation>
        </message>
        <message>
            <source>Save the calendar as a workbook</source>
            <translation>Ruaj kalendarin si libër pune</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>kalendari</translation>
        </message>
        <message>
            <source>Writing the calendar…</source>
            <translation>Po shkruhet kalendari…</translation>
        </message>
        <message>
            <source>Export to iCalendar</source>
            <translation>Eksporto në iCalendar</translation>
        </message>
        <message>
            <source>Calendar of communication activities</source>
            <translation>Kalendari i aktiviteteve të komunikimit</translation>
        </message>
        <message>
            <source>Import an iCalendar file</source>
            <translation>Importo një skedar iCalendar</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>Skedarë iCalendar (*.ics);;Të gjithë skedarët (*)</translation>
        </message>
        <message>
            <source>{created} new events imported, {updated} updated.</source>
            <translation>U importuan {created} ngjarje të reja, u përditësuan {updated}.</translation>
        </message>
        <message>
            <source>Importing the calendar…</source>
            <translation>Po importohet kalendari…</translation>
        </message>
    </context>
    <context>
        <name>CalendarImport</name>
        <message>
            <source>its repetition ({rule}) is not supported</source>
            <translation>përsëritja e saj ({rule}) nuk mbështetet</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(pa titull)</translation>
        </message>
        <message>
            <source>{title}: {problem}; imported as a single event.</source>
            <translation>{title}: {problem}; u importua si ngjarje e vetme.</translation>
        </message>
    </context>
    <context>
        <name>CalendarReports</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dita</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Fillimi</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Mbarimi</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Lloji</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ngjarja</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Vendi</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Përgjegjës</translation>
        </message>
        <message>
            <source>Media invited</source>
            <translation>Mediat e ftuara</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Komunikatat për shtyp</translation>
        </message>
        <message>
            <source>Action-plan activity</source>
            <translation>Aktiviteti i planit të veprimit</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Përsëritet</translation>
        </message>
        <message>
            <source>Public holiday</source>
            <translation>Festë zyrtare</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Përshkrimi</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Gjithë ditën</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>po</translation>
        </message>
        <message>
            <source>Calendar {first}–{last}</source>
            <translation>Kalendari {first}–{last}</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Weekly calendar of communication activities</source>
            <translation>Kalendari javor i aktiviteteve të komunikimit</translation>
        </message>
        <message>
            <source>Week {week}: {first} – {last}</source>
            <translation>Java {week}: {first} – {last}</translation>
        </message>
        <message>
            <source>Prepared by: {name}</source>
            <translation>Përgatiti: {name}</translation>
        </message>
    </context>
    <context>
        <name>CalendarScope</name>
        <message>
            <source>“{title}” repeats. Delete the occurrence of {when}:</source>
            <translation>„{title}” përsëritet. Fshini përsëritjen e {when}:</translation>
        </message>
        <message>
            <source>“{title}” repeats. Apply the change to the occurrence of {when}:</source>
            <translation>„{title}” përsëritet. Zbatoni ndryshimin për përsëritjen e {when}:</translation>
        </message>
        <message>
            <source>Repeating event</source>
            <translation>Ngjarje që përsëritet</translation>
        </message>
    </context>
    <context>
        <name>CalendarSettings</name>
        <message>
            <source>Media-notification rules</source>
            <translation>Rregullat e njoftimit të mediave</translation>
        </message>
        <message>
            <source>For each kind of event, the days before it on which the media are to be told (e.g. “14, 1”: two weeks before and the day before). Assembly sessions can also be announced on the day their material is distributed.</source>
            <translation>Për çdo lloj ngjarjeje, sa ditë para saj njoftohen mediat (p.sh. „14, 1”: dy javë më parë dhe një ditë më parë). Seancat e Kuvendit mund të njoftohen edhe ditën kur shpërndahet materiali.</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>Lloji i ngjarjes</translation>
        </message>
        <message>
            <source>Days before the event</source>
            <translation>Ditë para ngjarjes</translation>
        </message>
        <message>
            <source>On the material date</source>
            <translation>Në ditën e materialit</translation>
        </message>
        <message>
            <source>none</source>
            <translation>asnjë</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>“{text}” for {kind}: write whole numbers of days, e.g. 14, 1.</source>
            <translation>„{text}” për {kind}: shkruani numra të plotë ditësh, p.sh. 14, 1.</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Festat zyrtare</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Shto</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hiq</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Mbyll</translation>
        </message>
        <message>
            <source>Holidays entered each year (Eid al-Fitr, Eid al-Adha):</source>
            <translation>Festat që shënohen çdo vit (Fitër Bajrami, Kurban Bajrami):</translation>
        </message>
        <message>
            <source>Computed for {year}: {list}</source>
            <translation>Të llogaritura për {year}: {list}</translation>
        </message>
        <message>
            <source>Remove the holiday {holiday}?</source>
            <translation>Të hiqet festa {holiday}?</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <source>All day</source>
            <translation>Gjithë ditën</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Lloji</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titulli</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Vendi</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Përgjegjës</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Search title, place, responsible… (Ctrl+F)</source>
            <translation>Kërko titullin, vendin, përgjegjësin… (Ctrl+F)</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} të tjera</translation>
        </message>
        <message>
            <source>Repeating event</source>
            <translation>Ngjarje që përsëritet</translation>
        </message>
        <message>
            <source>Schedule the event on this day anyway?</source>
            <translation>Të caktohet ngjarja megjithatë në këtë ditë?</translation>
        </message>
        <message>
            <source>Schedule anyway</source>
            <translation>Cakto megjithatë</translation>
        </message>
        <message>
            <source>This is the occurrence of {when} of a repeating event.</source>
            <translation>Kjo është përsëritja e {when} e një ngjarjeje që përsëritet.</translation>
        </message>
        <message>
            <source>This occurrence of a repeating event was changed on its own; the series is unchanged.</source>
            <translation>Kjo përsëritje e ngjarjes është ndryshuar veçmas; seria nuk është ndryshuar.</translation>
        </message>
        <message>
            <source>Delete the event “{title}” of {date}?</source>
            <translation>Të fshihet ngjarja „{title}” e {date}?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Fshi</translation>
        </message>
        <message>
            <source>Previous (Page Up)</source>
            <translation>Para (Page Up)</translation>
        </message>
        <message>
            <source>Next (Page Down)</source>
            <translation>Pas (Page Down)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Sot</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>Shko te sot (T)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Muaji</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Java</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Axhenda</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Ngjarje e re</translation>
        </message>
        <message>
            <source>New event (Ctrl+N); or double-click a day</source>
            <translation>Ngjarje e re (Ctrl+N); ose klikoni dy herë mbi një ditë</translation>
        </message>
        <message>
            <source>Print and files</source>
            <translation>Shtyp dhe skedarë</translation>
        </message>
        <message>
            <source>Week plan (PDF)…</source>
            <translation>Plani javor (PDF)…</translation>
        </message>
        <message>
            <source>Date range as a workbook (XLSX)…</source>
            <translation>Periudhë kohore si libër pune (XLSX)…</translation>
        </message>
        <message>
            <source>Export to iCalendar (.ics)…</source>
            <translation>Eksporto në iCalendar (.ics)…</translation>
        </message>
        <message>
            <source>Import from iCalendar (.ics)…</source>
            <translation>Importo nga iCalendar (.ics)…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Të gjitha llojet</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Të gjitha statuset</translation>
        </message>
        <message>
            <source>Media-notification rules…</source>
            <translation>Rregullat e njoftimit të mediave…</translation>
        </message>
        <message>
            <source>Public holidays…</source>
            <translation>Festat zyrtare…</translation>
        </message>
        <message>
            <source>Week {week}: {first} – {last}</source>
            <translation>Java {week}: {first} – {last}</translation>
        </message>
        <message>
            <source>Week plan (PDF)</source>
            <translation>Plani javor (PDF)</translation>
        </message>
        <message>
            <source>Export to iCalendar (.ics)</source>
            <translation>Eksporto në iCalendar (.ics)</translation>
        </message>
        <message>
            <source>Date range as a workbook (XLSX)</source>
            <translation>Periudhë kohore si libër pune (XLSX)</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Uebfaqja</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>Other social media</source>
            <translation>Rrjete të tjera sociale</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Shtypi</translation>
        </message>
        <message>
            <source>News agency</source>
            <translation>Agjenci lajmesh</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The desk of a public-information office. Without a command, opens the window.</source>
            <translation>Tryeza e zyrës për informim publik. Pa komandë, hap dritaren.</translation>
        </message>
        <message>
            <source>The details of an unexpected error are written to {log}.</source>
            <translation>Hollësitë e një gabimi të papritur shkruhen në {log}.</translation>
        </message>
        <message>
            <source>the database file to use</source>
            <translation>skedari i bazës së të dhënave që përdoret</translation>
        </message>
        <message>
            <source>the language of messages</source>
            <translation>gjuha e mesazheve</translation>
        </message>
        <message>
            <source>write every detail to the log (commsdesk.log)</source>
            <translation>shkruaj çdo hollësi në regjistër (commsdesk.log)</translation>
        </message>
        <message>
            <source>open the window on a new demo database in a temporary folder (or in --db)</source>
            <translation>hap dritaren me një bazë të re demonstruese në një dosje të përkohshme (ose në --db)</translation>
        </message>
        <message>
            <source>read data from a file into the database</source>
            <translation>lexo të dhëna nga një skedar në bazën e të dhënave</translation>
        </message>
        <message>
            <source>write data from the database to a file</source>
            <translation>shkruaj të dhëna nga baza në një skedar</translation>
        </message>
        <message>
            <source>print a report</source>
            <translation>shtyp një raport</translation>
        </message>
        <message>
            <source>create or upgrade the database and exit</source>
            <translation>krijo ose përditëso bazën e të dhënave dhe dil</translation>
        </message>
        <message>
            <source>fill a new database with demo content</source>
            <translation>mbush një bazë të re me përmbajtje demonstruese</translation>
        </message>
        <message>
            <source>write a verified backup of the database</source>
            <translation>shkruaj një kopje rezervë të verifikuar të bazës</translation>
        </message>
        <message>
            <source>where to write the backup</source>
            <translation>ku të shkruhet kopja rezervë</translation>
        </message>
        <message>
            <source>check the database's integrity and schema</source>
            <translation>kontrollo integritetin dhe skemën e bazës</translation>
        </message>
        <message>
            <source>Created {path}.</source>
            <translation>U krijua {path}.</translation>
        </message>
        <message>
            <source>Upgraded {path}; the previous version is saved as {backup}.</source>
            <translation>U përditësua {path}; versioni i mëparshëm u ruajt si {backup}.</translation>
        </message>
        <message>
            <source>{path} is up to date.</source>
            <translation>{path} është e përditësuar.</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Kopja rezervë u shkrua në {path}.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Baza e të dhënave: {path}</translation>
        </message>
        <message>
            <source>Result: the file is empty (0 bytes); it holds no data.</source>
            <translation>Rezultati: skedari është bosh (0 bajt); nuk përmban të dhëna.</translation>
        </message>
        <message>
            <source>Result: this is not a commsdesk database.</source>
            <translation>Rezultati: kjo nuk është bazë të dhënash e commsdesk.</translation>
        </message>
        <message>
            <source>Damage: {problem}</source>
            <translation>Dëmtim: {problem}</translation>
        </message>
        <message>
            <source>Broken references: {count}</source>
            <translation>Referenca të prishura: {count}</translation>
        </message>
        <message>
            <source>Result: the database is damaged.</source>
            <translation>Rezultati: baza e të dhënave është e dëmtuar.</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integriteti: në rregull</translation>
        </message>
        <message>
            <source>A change was interrupted; commsdesk undoes it when it next opens the file.</source>
            <translation>Një ndryshim u ndërpre; commsdesk e zhbën herën tjetër që e hap skedarin.</translation>
        </message>
        <message>
            <source>Result: the file holds no commsdesk data yet.</source>
            <translation>Rezultati: skedari ende nuk përmban të dhëna të commsdesk.</translation>
        </message>
        <message>
            <source>Result: the database was written by a newer version of commsdesk.</source>
            <translation>Rezultati: baza është shkruar nga një version më i ri i commsdesk.</translation>
        </message>
        <message>
            <source>Schema: {revision} (this version of commsdesk: {head})</source>
            <translation>Skema: {revision} (ky version i commsdesk: {head})</translation>
        </message>
        <message>
            <source>Result: the database needs an upgrade; it happens when commsdesk opens it.</source>
            <translation>Rezultati: baza ka nevojë për përditësim; kjo ndodh kur commsdesk e hap.</translation>
        </message>
        <message>
            <source>Result: the database is healthy.</source>
            <translation>Rezultati: baza e të dhënave është në rregull.</translation>
        </message>
        <message>
            <source>write the calendar of a date range: week plan (PDF), workbook (XLSX) or iCalendar (ICS)</source>
            <translation>shkruan kalendarin e një periudhe: plani javor (PDF), libër pune (XLSX) ose iCalendar (ICS)</translation>
        </message>
        <message>
            <source>the first day</source>
            <translation>dita e parë</translation>
        </message>
        <message>
            <source>the last day</source>
            <translation>dita e fundit</translation>
        </message>
        <message>
            <source>the file format (default: from FILE)</source>
            <translation>formati i skedarit (sipas parazgjedhjes: nga SKEDARI)</translation>
        </message>
        <message>
            <source>the report's language</source>
            <translation>gjuha e raportit</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>skedari që do të shkruhet</translation>
        </message>
        <message>
            <source>import events from an iCalendar (.ics) file</source>
            <translation>importon ngjarje nga një skedar iCalendar (.ics)</translation>
        </message>
        <message>
            <source>the .ics file (Outlook, Google…)</source>
            <translation>skedari .ics (Outlook, Google…)</translation>
        </message>
        <message>
            <source>list what is due: media notifications and the deadlines of document requests</source>
            <translation>liston çfarë është në afat: njoftimet për mediat dhe afatet e kërkesave për qasje në dokumente</translation>
        </message>
        <message>
            <source>also what is due in the next N days (default 7)</source>
            <translation>edhe çfarë është në afat në N ditët e ardhshme (parazgjedhja: 7)</translation>
        </message>
        <message>
            <source>{text} is not a date; write it as DD.MM.YYYY.</source>
            <translation>{text} nuk është datë; shkruajeni si DD.MM.VVVV.</translation>
        </message>
        <message>
            <source>The last day comes before the first day.</source>
            <translation>Dita e fundit është para ditës së parë.</translation>
        </message>
        <message>
            <source>Say which format to write: --format pdf, xlsx or ics.</source>
            <translation>Tregoni formatin: --format pdf, xlsx ose ics.</translation>
        </message>
        <message>
            <source>Wrote {count} events to {path}.</source>
            <translation>U shkruan {count} ngjarje në {path}.</translation>
        </message>
        <message>
            <source>Imported {created} new events and updated {updated}.</source>
            <translation>U importuan {created} ngjarje të reja dhe u përditësuan {updated}.</translation>
        </message>
        <message>
            <source>Not imported as it was: {problem}</source>
            <translation>Nuk u importua ashtu siç ishte: {problem}</translation>
        </message>
        <message>
            <source>--days must be between 0 and {most}.</source>
            <translation>--days duhet të jetë nga 0 deri në {most}.</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Asgjë nuk është në afat.</translation>
        </message>
        <message>
            <source>import an annual action plan from CSV or XLSX</source>
            <translation>importo një plan vjetor veprimi nga CSV ose XLSX</translation>
        </message>
        <message>
            <source>the plan file (.csv or .xlsx)</source>
            <translation>skedari i planit (.csv ose .xlsx)</translation>
        </message>
        <message>
            <source>the year of the plan</source>
            <translation>viti i planit</translation>
        </message>
        <message>
            <source>the strategy the plan belongs to</source>
            <translation>strategjia së cilës i përket plani</translation>
        </message>
        <message>
            <source>replace the year's plan if it already exists</source>
            <translation>zëvendëso planin e vitit nëse ekziston</translation>
        </message>
        <message>
            <source>the action plan's annual or quarterly status report</source>
            <translation>raporti vjetor ose tremujor i statusit të planit të veprimit</translation>
        </message>
        <message>
            <source>a quarterly report</source>
            <translation>raport tremujor</translation>
        </message>
        <message>
            <source>the day the status is shown as of</source>
            <translation>dita për të cilën tregohet gjendja</translation>
        </message>
        <message>
            <source>the file format</source>
            <translation>formati i skedarit</translation>
        </message>
        <message>
            <source>write the empty action-plan template (XLSX)</source>
            <translation>shkruaj shabllonin bosh të planit të veprimit (XLSX)</translation>
        </message>
        <message>
            <source>Imported the plan of {year}: {objectives} objectives, {specific} specific and {recurring} recurring activities, {planned} planned.</source>
            <translation>U importua plani i vitit {year}: {objectives} objektiva, {specific} aktivitete specifike dhe {recurring} të përsëritura, {planned} të planifikuara.</translation>
        </message>
        <message>
            <source>Say which format to write: --format pdf or --format xlsx.</source>
            <translation>Thoni cilin format të shkruaj: --format pdf ose --format xlsx.</translation>
        </message>
        <message>
            <source>Report written to {path}.</source>
            <translation>Raporti u shkrua në {path}.</translation>
        </message>
        <message>
            <source>Template written to {path}.</source>
            <translation>Shablloni u shkrua në {path}.</translation>
        </message>
        <message>
            <source>write one press release as PDF or as e-mail drafts (.eml)</source>
            <translation>shkruan një komunikatë për shtyp si PDF ose si drafte e-maili (.eml)</translation>
        </message>
        <message>
            <source>the release's reference, e.g. 2026/014</source>
            <translation>numri i komunikatës, p.sh. 2026/014</translation>
        </message>
        <message>
            <source>which language version (all: every version; one combined PDF or one .eml each)</source>
            <translation>cili version gjuhësor (all: çdo version; një PDF i përbashkët ose nga një .eml për secilin)</translation>
        </message>
        <message>
            <source>e-mail drafts: Bcc the members of this audience group, by name or code (repeatable)</source>
            <translation>draftet e e-mailit: anëtarët e këtij grupi në Bcc, sipas emrit ose kodit (mund të përsëritet)</translation>
        </message>
        <message>
            <source>where to write</source>
            <translation>ku të shkruhet</translation>
        </message>
        <message>
            <source>write the press-release archive (or one year of it) as XLSX or PDF</source>
            <translation>shkruan arkivin e komunikatave (ose një vit të tij) si XLSX ose PDF</translation>
        </message>
        <message>
            <source>only the releases of this year</source>
            <translation>vetëm komunikatat e këtij viti</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>U shkrua: {path}</translation>
        </message>
        <message>
            <source>the file format (default: from the file name)</source>
            <translation>formati i skedarit (parazgjedhja: sipas emrit të skedarit)</translation>
        </message>
        <message>
            <source>the year of the report</source>
            <translation>viti i raportit</translation>
        </message>
        <message>
            <source>one quarter of the year</source>
            <translation>një tremujor i vitit</translation>
        </message>
        <message>
            <source>the first day of a period</source>
            <translation>dita e parë e periudhës</translation>
        </message>
        <message>
            <source>its last day</source>
            <translation>dita e fundit e saj</translation>
        </message>
        <message>
            <source>the file to write, or a folder (the report is then named after its period)</source>
            <translation>skedari që do të shkruhet, ose një dosje (atëherë raporti emërtohet sipas periudhës)</translation>
        </message>
        <message>
            <source>Say which format to write: {choices}.</source>
            <translation>Tregoni formatin: {choices}.</translation>
        </message>
        <message>
            <source>Give both --from and --to.</source>
            <translation>Jepni edhe --from edhe --to.</translation>
        </message>
        <message>
            <source>Give either --year (and --quarter) or --from and --to.</source>
            <translation>Jepni ose --year (dhe --quarter), ose --from dhe --to.</translation>
        </message>
        <message>
            <source>The period ends before it begins.</source>
            <translation>Periudha mbaron para se të fillojë.</translation>
        </message>
        <message>
            <source>Say which period to report on: --year, or --from and --to.</source>
            <translation>Tregoni për cilën periudhë të raportohet: --year, ose --from dhe --to.</translation>
        </message>
        <message>
            <source>{year} is not a year commsdesk reports on.</source>
            <translation>{year} nuk është vit për të cilin raporton commsdesk.</translation>
        </message>
    </context>
    <context>
        <name>ContactColumns</name>
        <message>
            <source>Full name</source>
            <translation>Emri i plotë</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Mbiemri</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Mos e kontakto</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Pozita</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Media / organizata</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Lloji i organizatës</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Shtrirja</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Gjuha</translation>
        </message>
        <message>
            <source>E-mail (work)</source>
            <translation>E-mail (punë)</translation>
        </message>
        <message>
            <source>E-mail (mobile)</source>
            <translation>E-mail (celular)</translation>
        </message>
        <message>
            <source>E-mail (home)</source>
            <translation>E-mail (shtëpi)</translation>
        </message>
        <message>
            <source>E-mail (other)</source>
            <translation>E-mail (tjetër)</translation>
        </message>
        <message>
            <source>Phone (work)</source>
            <translation>Telefoni (punë)</translation>
        </message>
        <message>
            <source>Phone (mobile)</source>
            <translation>Telefoni (celular)</translation>
        </message>
        <message>
            <source>Phone (home)</source>
            <translation>Telefoni (shtëpi)</translation>
        </message>
        <message>
            <source>Phone (other)</source>
            <translation>Telefoni (tjetër)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupet</translation>
        </message>
        <message>
            <source>Topics / beats</source>
            <translation>Temat / fushat</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Uebfaqja</translation>
        </message>
        <message>
            <source>Social accounts</source>
            <translation>Rrjetet sociale</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Shënime</translation>
        </message>
        <message>
            <source>Accredited</source>
            <translation>I akredituar</translation>
        </message>
        <message>
            <source>Accredited until</source>
            <translation>I akredituar deri më</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Burimi i të dhënave</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Qëllimi</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Verifikuar së fundi</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(mos e importo)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Po</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Jo</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>A contact needs a given or family name.</source>
            <translation>Kontakti duhet të ketë emër ose mbiemër.</translation>
        </message>
        <message>
            <source>“{email}” is not a valid e-mail address.</source>
            <translation>“{email}” nuk është adresë e vlefshme e-maili.</translation>
        </message>
        <message>
            <source>“{field}” has {length} characters; at most {limit} are allowed.</source>
            <translation>“{field}” ka {length} shenja; lejohen më së shumti {limit}.</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Ndrysho kontaktin</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Kontakt i ri</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Të dhëna personale</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Add e-mail</source>
            <translation>Shto e-mail</translation>
        </message>
        <message>
            <source>Add phone</source>
            <translation>Shto telefon</translation>
        </message>
        <message>
            <source>Accredited media</source>
            <translation>Media e akredituar</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>e vlefshme deri më</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Mbiemri</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Pozita</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Media / organizata</translation>
        </message>
        <message>
            <source>Type and reach</source>
            <translation>Lloji dhe shtrirja</translation>
        </message>
        <message>
            <source>Language of releases</source>
            <translation>Gjuha e komunikatave</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mailet</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefonat</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupet</translation>
        </message>
        <message>
            <source>Topics / beats</source>
            <translation>Temat / fushat</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Uebfaqja</translation>
        </message>
        <message>
            <source>Social accounts</source>
            <translation>Rrjetet sociale</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Shënime</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <translation>Akreditimi</translation>
        </message>
        <message>
            <source>e.g. business card at the press conference of 12.03.2026</source>
            <translation>p.sh. kartëvizitë në konferencën për shtyp të 12.03.2026</translation>
        </message>
        <message>
            <source>e.g. sending press releases and invitations</source>
            <translation>p.sh. dërgimi i komunikatave dhe ftesave</translation>
        </message>
        <message>
            <source>Do not contact (left out of every distribution)</source>
            <translation>Mos e kontakto (lihet jashtë çdo shpërndarjeje)</translation>
        </message>
        <message>
            <source>checked on</source>
            <translation>kontrolluar më</translation>
        </message>
        <message>
            <source>The law on personal data asks the office to know where each contact's data came from, why it is kept, and when it was last checked.</source>
            <translation>Ligji për mbrojtjen e të dhënave personale kërkon që zyra të dijë nga vijnë të dhënat e çdo kontakti, pse ruhen dhe kur janë kontrolluar së fundi.</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Burimi i të dhënave</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Qëllimi</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Verifikuar së fundi</translation>
        </message>
        <message>
            <source>• {name} ({outlet}): {reason} — {detail}</source>
            <translation>• {name} ({outlet}): {reason} — {detail}</translation>
        </message>
        <message>
            <source>This may be a contact you already have:</source>
            <translation>Ky mund të jetë një kontakt që e keni tashmë:</translation>
        </message>
        <message>
            <source>Save it anyway? (You can merge duplicates later.)</source>
            <translation>Ta ruaj gjithsesi? (Dublikatat mund t'i bashkoni më vonë.)</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Ruaje gjithsesi</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hiq</translation>
        </message>
    </context>
    <context>
        <name>ContactDuplicates</name>
        <message>
            <source>same e-mail</source>
            <translation>i njëjti e-mail</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>i njëjti telefon</translation>
        </message>
        <message>
            <source>similar name, same organisation</source>
            <translation>emër i ngjashëm, e njëjta organizatë</translation>
        </message>
        <message>
            <source>These contacts cannot be merged: one of them no longer exists.</source>
            <translation>Këta kontakte nuk mund të bashkohen: njëri prej tyre nuk ekziston më.</translation>
        </message>
        <message>
            <source>There is no merge to undo.</source>
            <translation>Nuk ka bashkim për ta zhbërë.</translation>
        </message>
        <message>
            <source>The merged contact was deleted since; the merge cannot be undone.</source>
            <translation>Kontakti i bashkuar është fshirë ndërkohë; bashkimi nuk mund të zhbëhet.</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Dublikata të mundshme</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Dublikatë e mundshme</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizata</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pse</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>E përbashkët</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Bashko…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Mbyll</translation>
        </message>
        <message>
            <source>{count} pairs of contacts may be the same person.</source>
            <translation>{count} çifte kontaktesh mund të jenë i njëjti person.</translation>
        </message>
        <message>
            <source>No duplicates found.</source>
            <translation>Nuk u gjet asnjë dublikatë.</translation>
        </message>
        <message>
            <source>Merge two contacts</source>
            <translation>Bashko dy kontakte</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fusha</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Mbaj këtë vlerë</translation>
        </message>
        <message>
            <source>or this one</source>
            <translation>ose këtë</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(bosh)</translation>
        </message>
        <message>
            <source>The two contacts hold the same values.</source>
            <translation>Të dy kontaktet kanë të njëjtat vlera.</translation>
        </message>
        <message>
            <source>Every e-mail, phone and group of both contacts is kept, and so is their distribution history. The merge can be undone.</source>
            <translation>Ruhen të gjithë e-mailet, telefonat dhe grupet e të dy kontakteve, si dhe historia e shpërndarjeve. Bashkimi mund të zhbëhet.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Bashko</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Merge “{second}” into “{first}”.</source>
            <translation>Bashko “{second}” te “{first}”.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Duke kërkuar dublikata…</translation>
        </message>
        <message>
            <source>Undo the merge of “{removed}” into “{kept}”? Both contacts come back as they were before it.</source>
            <translation>Ta zhbëj bashkimin e “{removed}” te “{kept}”? Të dy kontaktet kthehen siç ishin para tij.</translation>
        </message>
        <message>
            <source>Undo merge</source>
            <translation>Zhbëj bashkimin</translation>
        </message>
    </context>
    <context>
        <name>ContactExport</name>
        <message>
            <source>Contacts</source>
            <translation>Kontaktet</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Mos e kontakto</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Libër pune Excel (.xlsx)</translation>
        </message>
        <message>
            <source>CSV, comma-separated (.csv)</source>
            <translation>CSV, i ndarë me presje (.csv)</translation>
        </message>
        <message>
            <source>CSV, semicolon-separated, as Excel in Europe (.csv)</source>
            <translation>CSV, i ndarë me pikëpresje, si Excel në Evropë (.csv)</translation>
        </message>
        <message>
            <source>vCard 3.0, all in one file (.vcf)</source>
            <translation>vCard 3.0, të gjithë në një skedar (.vcf)</translation>
        </message>
        <message>
            <source>vCard 3.0, one file per contact, for Outlook (folder)</source>
            <translation>vCard 3.0, një skedar për kontakt, për Outlook (dosje)</translation>
        </message>
        <message>
            <source>Printable PDF list, grouped by group</source>
            <translation>Listë PDF për shtypje, sipas grupeve</translation>
        </message>
        <message>
            <source>Printable PDF list, grouped by organisation</source>
            <translation>Listë PDF për shtypje, sipas organizatave</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Eksporto kontaktet</translation>
        </message>
        <message>
            <source>All contacts ({count})</source>
            <translation>Të gjithë kontaktet ({count})</translation>
        </message>
        <message>
            <source>The group “{name}”</source>
            <translation>Grupi “{name}”</translation>
        </message>
        <message>
            <source>The list as filtered now ({count})</source>
            <translation>Lista siç është filtruar tani ({count})</translation>
        </message>
        <message>
            <source>The selected contacts ({count})</source>
            <translation>Kontaktet e zgjedhura ({count})</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formati</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksporto…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Group: {name}.</source>
            <translation>Grupi: {name}.</translation>
        </message>
        <message>
            <source>Search: “{text}”.</source>
            <translation>Kërkimi: “{text}”.</translation>
        </message>
        <message>
            <source>Selected contacts.</source>
            <translation>Kontaktet e zgjedhura.</translation>
        </message>
        <message>
            <source>Folder for the vCard files</source>
            <translation>Dosja për skedarët vCard</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libra pune Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Skedarë CSV (*.csv)</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Skedarë vCard (*.vcf)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Skedarë PDF (*.pdf)</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>kontaktet</translation>
        </message>
        <message>
            <source>{count} contacts exported to {path}.</source>
            <translation>{count} kontakte u eksportuan në {path}.</translation>
        </message>
        <message>
            <source>Exporting contacts…</source>
            <translation>Duke eksportuar kontaktet…</translation>
        </message>
    </context>
    <context>
        <name>ContactField</name>
        <message>
            <source>Given name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Mbiemri</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Pozita</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Media / organizata</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>Lloji i organizatës</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Shtrirja</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Gjuha</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mailet</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefonat</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupet</translation>
        </message>
        <message>
            <source>Topics / beats</source>
            <translation>Temat / fushat</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Uebfaqja</translation>
        </message>
        <message>
            <source>Social accounts</source>
            <translation>Rrjetet sociale</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Shënime</translation>
        </message>
        <message>
            <source>Accredited</source>
            <translation>I akredituar</translation>
        </message>
        <message>
            <source>Accredited until</source>
            <translation>I akredituar deri më</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Burimi i të dhënave</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Qëllimi</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Mos e kontakto</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Verifikuar së fundi</translation>
        </message>
    </context>
    <context>
        <name>ContactGroups</name>
        <message>
            <source>A group needs a name.</source>
            <translation>Grupi duhet të ketë emër.</translation>
        </message>
        <message>
            <source>A group name cannot contain “;”.</source>
            <translation>Emri i grupit nuk mund të përmbajë “;”.</translation>
        </message>
        <message>
            <source>The group no longer exists.</source>
            <translation>Grupi nuk ekziston më.</translation>
        </message>
        <message>
            <source>There is already a group called “{name}”.</source>
            <translation>Ekziston tashmë një grup me emrin “{name}”.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupet</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>Grup i ri…</translation>
        </message>
        <message>
            <source>Rename group…</source>
            <translation>Riemërto grupin…</translation>
        </message>
        <message>
            <source>Delete group…</source>
            <translation>Fshij grupin…</translation>
        </message>
        <message>
            <source>Manage groups</source>
            <translation>Menaxho grupet</translation>
        </message>
        <message>
            <source>All contacts ({count})</source>
            <translation>Të gjithë kontaktet ({count})</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Grup i ri</translation>
        </message>
        <message>
            <source>Name of the group:</source>
            <translation>Emri i grupit:</translation>
        </message>
        <message>
            <source>Rename group</source>
            <translation>Riemërto grupin</translation>
        </message>
        <message>
            <source>New name of the group:</source>
            <translation>Emri i ri i grupit:</translation>
        </message>
        <message>
            <source>Delete the group “{name}”? Its contacts stay in the list, only the group goes.</source>
            <translation>Ta fshij grupin “{name}”? Kontaktet e tij mbeten në listë, fshihet vetëm grupi.</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Fshij grupin</translation>
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
            <translation>Nuk është zgjedhur asnjë kolonë për import.</translation>
        </message>
        <message>
            <source>commsdesk export</source>
            <translation>eksport i commsdesk</translation>
        </message>
        <message>
            <source>Outlook contacts</source>
            <translation>Kontaktet e Outlook</translation>
        </message>
        <message>
            <source>Google contacts</source>
            <translation>Kontaktet e Google</translation>
        </message>
        <message>
            <source>Table with a header row</source>
            <translation>Tabelë me rresht titujsh</translation>
        </message>
        <message>
            <source>there is no name</source>
            <translation>nuk ka emër</translation>
        </message>
        <message>
            <source>the e-mail “{email}” is not valid</source>
            <translation>e-maili “{email}” nuk është i vlefshëm</translation>
        </message>
        <message>
            <source>the phone “{phone}” has no digits</source>
            <translation>telefoni “{phone}” nuk ka shifra</translation>
        </message>
        <message>
            <source>unknown language “{language}”</source>
            <translation>gjuhë e panjohur “{language}”</translation>
        </message>
        <message>
            <source>unknown organisation type “{type}”</source>
            <translation>lloj i panjohur organizate “{type}”</translation>
        </message>
        <message>
            <source>unknown reach “{reach}”</source>
            <translation>shtrirje e panjohur “{reach}”</translation>
        </message>
        <message>
            <source>“{value}” is not yes or no</source>
            <translation>“{value}” nuk është po ose jo</translation>
        </message>
        <message>
            <source>“{value}” is not a date (dd.mm.yyyy)</source>
            <translation>“{value}” nuk është datë (dd.mm.vvvv)</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {reason}</source>
            <translation>Skedari {path} nuk mund të lexohet: {reason}</translation>
        </message>
        <message>
            <source>it is not {encoding} text</source>
            <translation>nuk është tekst {encoding}</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>është bosh</translation>
        </message>
        <message>
            <source>it is not an Excel workbook</source>
            <translation>nuk është libër pune Excel</translation>
        </message>
        <message>
            <source>The file {path} is not a readable vCard file: {reason}</source>
            <translation>Skedari {path} nuk është skedar vCard i lexueshëm: {reason}</translation>
        </message>
        <message>
            <source>The file {path} holds no vCard.</source>
            <translation>Skedari {path} nuk përmban asnjë vCard.</translation>
        </message>
        <message>
            <source>its {property} line is longer than {limit} characters</source>
            <translation>rreshti i saj {property} është më i gjatë se {limit} shenja</translation>
        </message>
        <message>
            <source>the card is longer than {limit} characters</source>
            <translation>kartela është më e gjatë se {limit} shenja</translation>
        </message>
        <message>
            <source>{created} new, {updated} updated, {skipped} skipped, {rejected} rejected</source>
            <translation>{created} të rinj, {updated} të përditësuar, {skipped} të kapërcyer, {rejected} të refuzuar</translation>
        </message>
        <message>
            <source>Nothing was imported: row {row}: {reason}</source>
            <translation>Asgjë nuk u importua: rreshti {row}: {reason}</translation>
        </message>
        <message>
            <source>Rows left out: {count}.</source>
            <translation>Rreshta të lëna jashtë: {count}.</translation>
        </message>
        <message>
            <source>Nothing was imported. Rows with problems: {count}.</source>
            <translation>Asgjë nuk u importua. Rreshta me probleme: {count}.</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Rreshti {row}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more rows.</source>
            <translation>… dhe {count} rreshta të tjerë.</translation>
        </message>
        <message>
            <source>same e-mail {email}</source>
            <translation>i njëjti e-mail {email}</translation>
        </message>
        <message>
            <source>same phone {phone}</source>
            <translation>i njëjti telefon {phone}</translation>
        </message>
        <message>
            <source>same name and organisation</source>
            <translation>i njëjti emër dhe organizatë</translation>
        </message>
        <message>
            <source>the same person as row {row}</source>
            <translation>i njëjti person si rreshti {row}</translation>
        </message>
        <message>
            <source>The file has no contacts.</source>
            <translation>Skedari nuk ka kontakte.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>i ri</translation>
        </message>
        <message>
            <source>update</source>
            <translation>përditësim</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>kapërcehet</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>refuzohet</translation>
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation>Importo kontaktet nga {file}</translation>
        </message>
        <message>
            <source>detected</source>
            <translation>i zbuluar</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Import the valid rows and leave out the rejected ones</source>
            <translation>Importo rreshtat e vlefshëm dhe lëri jashtë të refuzuarit</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rreshti</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizata</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoni</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupet</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Çfarë ndodh</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Kodimi</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Ndarësi</translation>
        </message>
        <message>
            <source>A row matching a contact by e-mail or phone</source>
            <translation>Rreshti që përputhet me një kontakt sipas e-mailit ose telefonit</translation>
        </message>
        <message>
            <source>Also put the contacts in the group</source>
            <translation>Vendosi kontaktet edhe në grupin</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Parapamja</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Recognised as: {layout}</source>
            <translation>U njoh si: {layout}</translation>
        </message>
        <message>
            <source>{encoding}, separator “{separator}”</source>
            <translation>{encoding}, ndarësi “{separator}”</translation>
        </message>
        <message>
            <source>{rows} rows: {summary}.</source>
            <translation>{rows} rreshta: {summary}.</translation>
        </message>
        <message>
            <source>Importing contacts…</source>
            <translation>Duke importuar kontaktet…</translation>
        </message>
        <message>
            <source>Import finished: {summary}.</source>
            <translation>Importi përfundoi: {summary}.</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Kolona e skedarit</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>Vlera shembull</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importo si</translation>
        </message>
        <message>
            <source>(column {number})</source>
            <translation>(kolona {number})</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importo kontaktet</translation>
        </message>
        <message>
            <source>Contact files (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
            <translation>Skedarë kontaktesh (*.csv *.txt *.xlsx *.vcf);;Të gjithë skedarët (*)</translation>
        </message>
        <message>
            <source>“{field}” has {length} characters, more than the {limit} allowed</source>
            <translation>“{field}” ka {length} shenja, më shumë se {limit} të lejuarat</translation>
        </message>
    </context>
    <context>
        <name>ContactLabel</name>
        <message>
            <source>Work</source>
            <translation>Punë</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Celular</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Shtëpi</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Tjetër</translation>
        </message>
    </context>
    <context>
        <name>ContactLink</name>
        <message>
            <source>Unlink</source>
            <translation>Hiq lidhjen</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <source>Contact list</source>
            <translation>Lista e kontakteve</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Pozita</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Media / organizata</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupet</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoni</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Gjuha</translation>
        </message>
        <message>
            <source>(in no group)</source>
            <translation>(në asnjë grup)</translation>
        </message>
        <message>
            <source>(no organisation)</source>
            <translation>(pa organizatë)</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>{count} contacts, grouped by {grouping}.</source>
            <translation>{count} kontakte, të grupuara sipas {grouping}.</translation>
        </message>
        <message>
            <source>group</source>
            <translation>grupit</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organizatës</translation>
        </message>
        <message>
            <source>{mark} = do not contact (excluded from every distribution)</source>
            <translation>{mark} = mos e kontakto (përjashtohet nga çdo shpërndarje)</translation>
        </message>
    </context>
    <context>
        <name>ContactsCli</name>
        <message>
            <source>import contacts from CSV, XLSX or vCard (all rows or none)</source>
            <translation>importo kontakte nga CSV, XLSX ose vCard (të gjithë rreshtat ose asnjë)</translation>
        </message>
        <message>
            <source>the file to import</source>
            <translation>skedari për import</translation>
        </message>
        <message>
            <source>also put the contacts in this group</source>
            <translation>vendosi kontaktet edhe në këtë grup</translation>
        </message>
        <message>
            <source>what to do with a row whose e-mail or phone is already known (default: skip)</source>
            <translation>çfarë të bëhet me rreshtin, e-maili ose telefoni i të cilit njihet tashmë (parazgjedhja: kapërce)</translation>
        </message>
        <message>
            <source>import the valid rows and list the rejected ones, instead of importing nothing</source>
            <translation>importo rreshtat e vlefshëm dhe listo të refuzuarit, në vend që të mos importohet asgjë</translation>
        </message>
        <message>
            <source>the CSV file's encoding (default: detected)</source>
            <translation>kodimi i skedarit CSV (parazgjedhja: zbulohet)</translation>
        </message>
        <message>
            <source>the CSV separator (default: detected)</source>
            <translation>ndarësi i CSV (parazgjedhja: zbulohet)</translation>
        </message>
        <message>
            <source>export contacts to XLSX, CSV, vCard or PDF</source>
            <translation>eksporto kontaktet në XLSX, CSV, vCard ose PDF</translation>
        </message>
        <message>
            <source>only the contacts of this group</source>
            <translation>vetëm kontaktet e këtij grupi</translation>
        </message>
        <message>
            <source>the file format</source>
            <translation>formati i skedarit</translation>
        </message>
        <message>
            <source>the file to write (for vcf, a folder gets one file per contact)</source>
            <translation>skedari që shkruhet (për vcf, një dosje merr një skedar për çdo kontakt)</translation>
        </message>
        <message>
            <source>the CSV separator</source>
            <translation>ndarësi i CSV</translation>
        </message>
        <message>
            <source>how the PDF list is grouped</source>
            <translation>si grupohet lista PDF</translation>
        </message>
        <message>
            <source>Imported {path}: {summary}.</source>
            <translation>U importua {path}: {summary}.</translation>
        </message>
        <message>
            <source>There is no group called “{name}”.</source>
            <translation>Nuk ka grup me emrin “{name}”.</translation>
        </message>
        <message>
            <source>Group: {name}.</source>
            <translation>Grupi: {name}.</translation>
        </message>
        <message>
            <source>Exported {count} contacts to {path}.</source>
            <translation>U eksportuan {count} kontakte në {path}.</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Pozita</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Media / organizata</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoni</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Gjuha</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupet</translation>
        </message>
        <message>
            <source>Do not contact: left out of every distribution</source>
            <translation>Mos e kontakto: lihet jashtë çdo shpërndarjeje</translation>
        </message>
        <message>
            <source>Search name, organisation, e-mail, phone, notes…</source>
            <translation>Kërko emrin, organizatën, e-mailin, telefonin, shënimet…</translation>
        </message>
        <message>
            <source>Every type</source>
            <translation>Çdo lloj</translation>
        </message>
        <message>
            <source>Every reach</source>
            <translation>Çdo shtrirje</translation>
        </message>
        <message>
            <source>Every language</source>
            <translation>Çdo gjuhë</translation>
        </message>
        <message>
            <source>Add to group</source>
            <translation>Shto në grup</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Kontakt i ri</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Ndrysho</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Kërko</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importo…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksporto…</translation>
        </message>
        <message>
            <source>Find duplicates…</source>
            <translation>Gjej dublikatat…</translation>
        </message>
        <message>
            <source>Undo last merge</source>
            <translation>Zhbëj bashkimin e fundit</translation>
        </message>
        <message>
            <source>Remove from this group</source>
            <translation>Hiq nga ky grup</translation>
        </message>
        <message>
            <source>Everything held about this person (PDF)…</source>
            <translation>Gjithçka që mbahet për këtë person (PDF)…</translation>
        </message>
        <message>
            <source>Everything held about this person (XLSX)…</source>
            <translation>Gjithçka që mbahet për këtë person (XLSX)…</translation>
        </message>
        <message>
            <source>Erase this person…</source>
            <translation>Fshije këtë person përgjithmonë…</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Të dhëna personale</translation>
        </message>
        <message>
            <source>{count} contacts</source>
            <translation>{count} kontakte</translation>
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation>Kontakti nuk ekziston më.</translation>
        </message>
        <message>
            <source>{mark} Do not contact: left out of every distribution</source>
            <translation>{mark} Mos e kontakto: lihet jashtë çdo shpërndarjeje</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>po</translation>
        </message>
        <message>
            <source>yes, until {date}</source>
            <translation>po, deri më {date}</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Ndryshuar së fundi</translation>
        </message>
        <message>
            <source>{count} contacts selected.</source>
            <translation>{count} kontakte të zgjedhura.</translation>
        </message>
        <message>
            <source>Choose a contact to see it in full.</source>
            <translation>Zgjidhni një kontakt për ta parë të plotë.</translation>
        </message>
        <message>
            <source>no</source>
            <translation>jo</translation>
        </message>
        <message>
            <source>Delete the contact “{name}”?</source>
            <translation>Ta fshij kontaktin “{name}”?</translation>
        </message>
        <message>
            <source>Delete the {count} selected contacts?</source>
            <translation>T'i fshij {count} kontaktet e zgjedhura?</translation>
        </message>
        <message>
            <source>Distributions already sent keep only their number of recipients.</source>
            <translation>Shpërndarjet e dërguara ruajnë vetëm numrin e marrësve.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Fshij</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>Grup i ri…</translation>
        </message>
        <message>
            <source>Take the {count} selected contacts out of the group “{name}”?</source>
            <translation>T'i heq {count} kontaktet e zgjedhura nga grupi “{name}”?</translation>
        </message>
        <message>
            <source>Remove from group</source>
            <translation>Hiq nga grupi</translation>
        </message>
        <message>
            <source>Everything held about this person</source>
            <translation>Gjithçka që mbahet për këtë person</translation>
        </message>
        <message>
            <source>Written to {path}.</source>
            <translation>U shkrua në {path}.</translation>
        </message>
        <message>
            <source>Erase “{name}” for good? The contact and every personal detail of theirs in the distribution history are removed; distributions keep only their number of recipients. This cannot be undone. (Backups taken earlier still hold the person until they are deleted.)</source>
            <translation>Ta fshij “{name}” përgjithmonë? Fshihen kontakti dhe çdo e dhënë personale e tij në historinë e shpërndarjeve; shpërndarjet ruajnë vetëm numrin e marrësve. Ky veprim nuk mund të zhbëhet. (Kopjet rezervë të mëparshme e mbajnë ende personin derisa të fshihen.)</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Fshije</translation>
        </message>
        <message>
            <source>“{name}” was erased.</source>
            <translation>“{name}” u fshi përgjithmonë.</translation>
        </message>
        <message>
            <source>Erasing {name}…</source>
            <translation>Po fshihet përgjithmonë {name}…</translation>
        </message>
    </context>
    <context>
        <name>DistributionStatus</name>
        <message>
            <source>Planned</source>
            <translation>E planifikuar</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>E përgatitur</translation>
        </message>
        <message>
            <source>Sent / published</source>
            <translation>E dërguar / e publikuar</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>E anuluar</translation>
        </message>
    </context>
    <context>
        <name>DocumentForm</name>
        <message>
            <source>Copy on paper</source>
            <translation>Kopje në letër</translation>
        </message>
        <message>
            <source>Electronic copy</source>
            <translation>Kopje elektronike</translation>
        </message>
        <message>
            <source>Inspection on site</source>
            <translation>Shikim në vend</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>Deemed refused: request {number} was not decided in time</source>
            <translation>Konsiderohet e refuzuar: për kërkesën {number} nuk u vendos në afat</translation>
        </message>
        <message>
            <source>The requester may complain to the Information and Privacy Agency.</source>
            <translation>Parashtruesi mund të parashtrojë ankesë në Agjencinë për Informim dhe Privatësi.</translation>
        </message>
        <message>
            <source>Decide request {number}</source>
            <translation>Vendosni për kërkesën {number}</translation>
        </message>
        <message>
            <source>Urgent: someone's life or liberty is at stake.</source>
            <translation>Urgjente: rrezikohet jeta ose liria e dikujt.</translation>
        </message>
        <message>
            <source>Chase the facts for enquiry {number} from {source}</source>
            <translation>Kërkoni sërish të dhënat për pyetjen {number} nga {source}</translation>
        </message>
        <message>
            <source>the directorate</source>
            <translation>drejtoria</translation>
        </message>
        <message>
            <source>journalist's deadline {moment}</source>
            <translation>afati i gazetarit {moment}</translation>
        </message>
        <message>
            <source>Late: enquiry {number} is past the journalist's deadline</source>
            <translation>Me vonesë: pyetjes {number} i ka kaluar afati i gazetarit</translation>
        </message>
        <message>
            <source>Answer enquiry {number}</source>
            <translation>Përgjigjuni pyetjes {number}</translation>
        </message>
        <message>
            <source>deadline {moment}</source>
            <translation>afati {moment}</translation>
        </message>
    </context>
    <context>
        <name>DueBucket</name>
        <message>
            <source>Overdue</source>
            <translation>Me vonesë</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Për sot</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Për këtë javë</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Më vonë</translation>
        </message>
    </context>
    <context>
        <name>EditScope</name>
        <message>
            <source>Only this occurrence</source>
            <translation>Vetëm këtë përsëritje</translation>
        </message>
        <message>
            <source>This and the following occurrences</source>
            <translation>Këtë dhe përsëritjet pasuese</translation>
        </message>
        <message>
            <source>All occurrences</source>
            <translation>Të gjitha përsëritjet</translation>
        </message>
    </context>
    <context>
        <name>Enquiries</name>
        <message>
            <source>(personal data erased)</source>
            <translation>(të dhënat personale u fshinë)</translation>
        </message>
        <message>
            <source>The enquiry no longer exists.</source>
            <translation>Pyetja nuk ekziston më.</translation>
        </message>
        <message>
            <source>Write down the journalist's question.</source>
            <translation>Shënoni pyetjen e gazetarit.</translation>
        </message>
        <message>
            <source>An enquiry holds at most {count} questions.</source>
            <translation>Një pyetje e gazetarit mund të përmbajë më së shumti {count} pyetje.</translation>
        </message>
        <message>
            <source>Name the journalist who asked.</source>
            <translation>Shënoni gazetarin që bëri pyetjen.</translation>
        </message>
        <message>
            <source>The deadline cannot come before the enquiry.</source>
            <translation>Afati nuk mund të jetë para pranimit të pyetjes.</translation>
        </message>
        <message>
            <source>Say when the facts were asked for before when they came.</source>
            <translation>Data kur u kërkuan të dhënat duhet të jetë para datës kur u pranuan.</translation>
        </message>
        <message>
            <source>Name who approved the answer.</source>
            <translation>Shënoni kush e miratoi përgjigjen.</translation>
        </message>
        <message>
            <source>Say why the enquiry is declined or answered with “no comment”.</source>
            <translation>Shkruani pse pyetja refuzohet ose merr përgjigjen „pa koment”.</translation>
        </message>
        <message>
            <source>Answers are kept in Shqip, Srpski and English, not in {language}.</source>
            <translation>Përgjigjet ruhen në shqip, serbisht dhe anglisht, jo në gjuhën {language}.</translation>
        </message>
        <message>
            <source>Write the answer before marking it sent.</source>
            <translation>Shkruani përgjigjen para se ta shënoni si të dërguar.</translation>
        </message>
        <message>
            <source>Say when the answer was sent.</source>
            <translation>Shënoni kur u dërgua përgjigjja.</translation>
        </message>
        <message>
            <source>The answer cannot be sent before the enquiry came.</source>
            <translation>Përgjigjja nuk mund të jetë dërguar para pranimit të pyetjes.</translation>
        </message>
        <message>
            <source>The default time to answer must be between 1 hour and 30 days.</source>
            <translation>Koha e parazgjedhur për përgjigje duhet të jetë nga 1 orë deri në 30 ditë.</translation>
        </message>
        <message>
            <source>That number is taken in that year.</source>
            <translation>Ky numër është i zënë në atë vit.</translation>
        </message>
        <message>
            <source>An enquiry cannot move to another year: its number would change.</source>
            <translation>Pyetja nuk mund të kalojë në një vit tjetër: numri i saj do të ndryshonte.</translation>
        </message>
        <message>
            <source>The linked contact no longer exists.</source>
            <translation>Kontakti i lidhur nuk ekziston më.</translation>
        </message>
    </context>
    <context>
        <name>EnquiriesCli</name>
        <message>
            <source>import journalists' enquiries from CSV or XLSX (all rows or none)</source>
            <translation>importon pyetjet e gazetarëve nga CSV ose XLSX (të gjithë rreshtat ose asnjë)</translation>
        </message>
        <message>
            <source>the file (.csv or .xlsx)</source>
            <translation>skedari (.csv ose .xlsx)</translation>
        </message>
        <message>
            <source>write the register of journalists' enquiries (or one year of it) as XLSX or CSV</source>
            <translation>shkruan regjistrin e pyetjeve të gazetarëve (ose një vit të tij) si XLSX ose CSV</translation>
        </message>
        <message>
            <source>only the enquiries received in this year</source>
            <translation>vetëm pyetjet e pranuara në këtë vit</translation>
        </message>
        <message>
            <source>the report on journalists' enquiries for a year, a quarter or a period</source>
            <translation>raporti për pyetjet e gazetarëve për një vit, një tremujor ose një periudhë</translation>
        </message>
        <message>
            <source>Imported {path}: {created} new enquiries, {unchanged} already in the register.</source>
            <translation>U importua {path}: {created} pyetje të reja, {unchanged} ishin tashmë në regjistër.</translation>
        </message>
        <message>
            <source>Exported {count} enquiries to {path}.</source>
            <translation>U eksportuan {count} pyetje në {path}.</translation>
        </message>
    </context>
    <context>
        <name>EnquiriesTab</name>
        <message>
            <source>&amp;Enquiry settings…</source>
            <translation>Cilësimet e pyetjeve të ga&amp;zetarëve…</translation>
        </message>
        <message>
            <source>Approved &amp;statements…</source>
            <translation>&amp;Deklaratat e miratuara…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Të gjitha vitet</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Të gjitha statuset</translation>
        </message>
        <message>
            <source>All outlets</source>
            <translation>Të gjitha mediat</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>Të gjitha temat</translation>
        </message>
        <message>
            <source>Search number, journalist, outlet, topic, questions… (Ctrl+F)</source>
            <translation>Kërko numrin, gazetarin, mediumin, temën, pyetjet… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Vetëm me afat të kaluar</translation>
        </message>
        <message>
            <source>Open enquiries past the journalist's deadline</source>
            <translation>Pyetjet e hapura, të cilave u ka kaluar afati i gazetarit</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numri</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Pranuar</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Gazetari</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Mediumi</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Afati</translation>
        </message>
        <message>
            <source>Time left / late</source>
            <translation>Koha e mbetur / vonesa</translation>
        </message>
        <message>
            <source>The facts were asked for and have not come yet.</source>
            <translation>Të dhënat janë kërkuar dhe ende nuk kanë ardhur.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(pa emër)</translation>
        </message>
        <message>
            <source>Delete the enquiry {reference} of {journalist} “{subject}” with its questions and history?</source>
            <translation>Të fshihet pyetja {reference} („{subject}”, gazetari: {journalist}) bashkë me pyetjet dhe historikun e saj?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Fshi</translation>
        </message>
        <message>
            <source>Import enquiries</source>
            <translation>Importo pyetjet</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.csv);;All files (*)</source>
            <translation>Regjistrat (*.xlsx *.csv);;Të gjithë skedarët (*)</translation>
        </message>
        <message>
            <source>{created} enquiries imported; {unchanged} were already in the register.</source>
            <translation>U importuan {created} pyetje; {unchanged} ishin tashmë në regjistër.</translation>
        </message>
        <message>
            <source>Importing the enquiries…</source>
            <translation>Po importohen pyetjet…</translation>
        </message>
        <message>
            <source>journalists-enquiries</source>
            <translation>pyetjet-e-gazetareve</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libra pune Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Skedarë CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Eksporto listën</translation>
        </message>
        <message>
            <source>1 enquiry written to {path}</source>
            <translation>1 pyetje u shkrua në {path}</translation>
        </message>
        <message>
            <source>{count} enquiries written to {path}</source>
            <translation>{count} pyetje u shkruan në {path}</translation>
        </message>
        <message>
            <source>Exporting the enquiries…</source>
            <translation>Po eksportohen pyetjet…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Skedarë PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report on journalists' enquiries</source>
            <translation>Raporti për pyetjet e gazetarëve</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Po shkruhet raporti…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>U shkrua: {path}</translation>
        </message>
        <message>
            <source>Past the journalist's deadline: answer, or tell the journalist why not</source>
            <translation>Afati i gazetarit ka kaluar: përgjigjuni, ose i tregoni gazetarit pse jo</translation>
        </message>
        <message>
            <source>waiting for facts</source>
            <translation>në pritje të të dhënave</translation>
        </message>
        <message>
            <source>answered in time</source>
            <translation>përgjigjur në afat</translation>
        </message>
        <message>
            <source>&amp;New enquiry</source>
            <translation>&amp;Pyetje e re</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Hap</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Fshij</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Kërko</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importo…</translation>
        </message>
        <message>
            <source>The list as &amp;Excel workbook (XLSX)…</source>
            <translation>Lista si libër pune &amp;Excel (XLSX)…</translation>
        </message>
        <message>
            <source>The list as &amp;CSV…</source>
            <translation>Lista si &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;Report…</source>
            <translation>&amp;Raporti…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;ksporto</translation>
        </message>
        <message>
            <source>Enquiries of a year, a quarter or any dates: by outlet, topic and channel, answered in time, time to answer</source>
            <translation>Pyetjet e një viti, tremujori ose periudhe sipas zgjedhjes: sipas mediumit, temës dhe kanalit, të përgjigjura në afat, koha e përgjigjes</translation>
        </message>
        <message>
            <source>The approved lines to take, per topic, in Shqip, Srpski and English</source>
            <translation>Qëndrimet e miratuara, sipas temave, në shqip, serbisht dhe anglisht</translation>
        </message>
        <message>
            <source>1 enquiry</source>
            <translation>1 pyetje</translation>
        </message>
        <message>
            <source>{count} enquiries</source>
            <translation>{count} pyetje</translation>
        </message>
    </context>
    <context>
        <name>EnquiryAnswer</name>
        <message>
            <source>The enquiry has no answer in this language yet.</source>
            <translation>Pyetja ende nuk ka përgjigje në këtë gjuhë.</translation>
        </message>
        <message>
            <source>The journalist has no e-mail address: enter one on the enquiry.</source>
            <translation>Gazetari nuk ka adresë e-maili: shkruajeni te pyetja.</translation>
        </message>
        <message>
            <source>Enter the office's e-mail address in Settings → Office profile: answers are sent from it.</source>
            <translation>Shkruani adresën e e-mailit të zyrës te Cilësimet → Profili i zyrës: përgjigjet dërgohen prej saj.</translation>
        </message>
    </context>
    <context>
        <name>EnquiryChannel</name>
        <message>
            <source>Phone</source>
            <translation>Telefoni</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Personalisht</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Rrjetet sociale</translation>
        </message>
        <message>
            <source>Message (SMS, Viber, WhatsApp)</source>
            <translation>Mesazh (SMS, Viber, WhatsApp)</translation>
        </message>
    </context>
    <context>
        <name>EnquiryColumns</name>
        <message>
            <source>Number</source>
            <translation>Numri</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Pranuar</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Gazetari</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Mediumi</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoni</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiketat</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Pyetjet</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Afati</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Përgjigjur më</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Përgjigjja</translation>
        </message>
        <message>
            <source>Language of the answer</source>
            <translation>Gjuha e përgjigjes</translation>
        </message>
        <message>
            <source>Answer in Albanian</source>
            <translation>Përgjigjja në shqip</translation>
        </message>
        <message>
            <source>Answer in Serbian</source>
            <translation>Përgjigjja në serbisht</translation>
        </message>
        <message>
            <source>Answer in English</source>
            <translation>Përgjigjja në anglisht</translation>
        </message>
        <message>
            <source>Reason (declined or no comment)</source>
            <translation>Arsyeja (refuzim ose pa koment)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Shënim</translation>
        </message>
    </context>
    <context>
        <name>EnquiryExport</name>
        <message>
            <source>Enquiries</source>
            <translation>Pyetjet</translation>
        </message>
    </context>
    <context>
        <name>EnquiryForm</name>
        <message>
            <source>Insert an approved statement ({language})</source>
            <translation>Fut një deklaratë të miratuar ({language})</translation>
        </message>
        <message>
            <source>Search topic, text, approver…</source>
            <translation>Kërko temën, tekstin, miratuesin…</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Fut</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>the answer in {language}</source>
            <translation>përgjigjja në gjuhën {language}</translation>
        </message>
        <message>
            <source>&amp;Insert statement…</source>
            <translation>Fut &amp;deklaratën…</translation>
        </message>
        <message>
            <source>An approved statement valid today, in this language, at the cursor</source>
            <translation>Një deklaratë e miratuar që vlen sot, në këtë gjuhë, në vendin e kursorit</translation>
        </message>
        <message>
            <source>No approved statement valid today has a text in {language}. Statements are kept under “Statements…” in the register's toolbar.</source>
            <translation>Asnjë deklaratë e miratuar që vlen sot nuk ka tekst në gjuhën {language}. Deklaratat ruhen te „Deklaratat e miratuara…” në shiritin e veglave të regjistrit.</translation>
        </message>
        <message>
            <source>&amp;E-mail draft…</source>
            <translation>Draft &amp;e-maili…</translation>
        </message>
        <message>
            <source>The answer shown as an e-mail draft to the journalist, with the questions quoted</source>
            <translation>Përgjigjja si draft e-maili për gazetarin, me pyetjet e cituara</translation>
        </message>
        <message>
            <source>E-mail draft of the answer</source>
            <translation>Drafti i e-mailit me përgjigjen</translation>
        </message>
        <message>
            <source>E-mail drafts (*.eml)</source>
            <translation>Drafte e-maili (*.eml)</translation>
        </message>
        <message>
            <source>Was it sent?</source>
            <translation>U dërgua?</translation>
        </message>
        <message>
            <source>The draft is written: {path}

Open it in the e-mail program and send it. Was the answer sent?</source>
            <translation>Drafti u shkrua: {path}

Hapeni në programin e e-mailit dhe dërgojeni. A u dërgua përgjigjja?</translation>
        </message>
        <message>
            <source>Sent: record it</source>
            <translation>U dërgua: regjistroje</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Ende jo</translation>
        </message>
        <message>
            <source>New &amp;contact…</source>
            <translation>Kontakt i &amp;ri…</translation>
        </message>
        <message>
            <source>Add the journalist to the contacts, with what the enquiry holds, and link them</source>
            <translation>Shto gazetarin te kontaktet, me të dhënat që ka pyetja, dhe lidhe me të</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>Përdor vlerën e parazgjedhur</translation>
        </message>
        <message>
            <source>Enquiry</source>
            <translation>Pyetja</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Trajtimi</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Përgjigjja</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historiku</translation>
        </message>
        <message>
            <source>E&amp;rase journalist's details…</source>
            <translation>&amp;Fshij të dhënat e gazetarit…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>New enquiry</source>
            <translation>Pyetje e re</translation>
        </message>
        <message>
            <source>New enquiry — the number is given when it is saved</source>
            <translation>Pyetje e re — numri jepet kur ruhet</translation>
        </message>
        <message>
            <source>Enquiry {reference}</source>
            <translation>Pyetja {reference}</translation>
        </message>
        <message>
            <source>Enquiry {reference} · {status}</source>
            <translation>Pyetja {reference} · {status}</translation>
        </message>
        <message>
            <source>journalist's details erased</source>
            <translation>të dhënat e gazetarit janë fshirë</translation>
        </message>
        <message>
            <source>default: {hours} hours after it came ({moment})</source>
            <translation>parazgjedhja: {hours} orë pas pranimit ({moment})</translation>
        </message>
        <message>
            <source>Answer due {moment}</source>
            <translation>Afati për përgjigje {moment}</translation>
        </message>
        <message>
            <source>waiting for the facts from {source}</source>
            <translation>në pritje të të dhënave nga {source}</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(pa emër)</translation>
        </message>
        <message>
            <source>Erase the details of {name}, the journalist of {reference}? The enquiry, its questions, answer and history stay; this cannot be undone.</source>
            <translation>Të fshihen të dhënat e {name}, gazetarit të pyetjes {reference}? Pyetja, pyetjet e saj, përgjigjja dhe historiku mbeten; ky veprim nuk mund të zhbëhet.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Fshije</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Pranuar</translation>
        </message>
        <message>
            <source>by</source>
            <translation>përmes</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Gazetari</translation>
        </message>
        <message>
            <source>name, as the journalist gave it</source>
            <translation>emri, siç e dha gazetari</translation>
        </message>
        <message>
            <source>type a name to link the journalist to a contact</source>
            <translation>shkruani një emër për ta lidhur gazetarin me një kontakt</translation>
        </message>
        <message>
            <source>The journalist in the contacts: their personal-data export and erasure then include this enquiry</source>
            <translation>Gazetari në kontakte: eksporti dhe fshirja e të dhënave të tij personale e përfshijnë atëherë edhe këtë pyetje</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <source>newspaper, portal, TV or radio</source>
            <translation>gazetë, portal, TV ose radio</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Mediumi</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoni</translation>
        </message>
        <message>
            <source>what the enquiry is about</source>
            <translation>për çfarë është pyetja</translation>
        </message>
        <message>
            <source>tags, separated by commas</source>
            <translation>etiketa, të ndara me presje</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Pyetjet</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Afati</translation>
        </message>
        <message>
            <source>The journalist's deadline: when the answer must be with them.</source>
            <translation>Afati i gazetarit: kur duhet t'i arrijë përgjigjja.</translation>
        </message>
        <message>
            <source>Facts from</source>
            <translation>Të dhënat nga</translation>
        </message>
        <message>
            <source>the directorate or person who supplies the facts</source>
            <translation>drejtoria ose personi që jep të dhënat</translation>
        </message>
        <message>
            <source>asked on</source>
            <translation>kërkuar më</translation>
        </message>
        <message>
            <source>remind on</source>
            <translation>kujto më</translation>
        </message>
        <message>
            <source>received on</source>
            <translation>pranuar më</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Të dhënat</translation>
        </message>
        <message>
            <source>Facts asked for and not received show on the calendar's Due panel from the day to remind.</source>
            <translation>Të dhënat e kërkuara dhe të papranuara shfaqen te paneli „Në afat” i kalendarit nga dita e kujtimit.</translation>
        </message>
        <message>
            <source>The answer must be approved</source>
            <translation>Përgjigjja duhet të miratohet</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Miratimi</translation>
        </message>
        <message>
            <source>the mayor, a director, the cabinet…</source>
            <translation>kryetari, një drejtor, kabineti…</translation>
        </message>
        <message>
            <source>approved on</source>
            <translation>miratuar më</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Miratuar nga</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Shënim</translation>
        </message>
        <message>
            <source>The action-plan activity this enquiry is evidence of (interviews and statements)</source>
            <translation>Aktiviteti i planit të veprimit për të cilin kjo pyetje shërben si dëshmi (intervistat dhe prononcimet)</translation>
        </message>
        <message>
            <source>Plan activity</source>
            <translation>Aktiviteti i planit</translation>
        </message>
        <message>
            <source>The press release the enquiry led to, or that answered it</source>
            <translation>Komunikata për shtyp që rezultoi nga pyetja, ose që iu përgjigj asaj</translation>
        </message>
        <message>
            <source>Press release</source>
            <translation>Komunikata për shtyp</translation>
        </message>
        <message>
            <source>The event the enquiry was about</source>
            <translation>Ngjarja për të cilën ishte pyetja</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ngjarja</translation>
        </message>
        <message>
            <source>why the enquiry is declined or answered with “no comment”</source>
            <translation>pse pyetja refuzohet ose merr përgjigjen „pa koment”</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>sent at</source>
            <translation>dërguar më</translation>
        </message>
        <message>
            <source>(how?)</source>
            <translation>(si?)</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Dërguar</translation>
        </message>
        <message>
            <source>the question, as the journalist asked it</source>
            <translation>pyetja, siç e bëri gazetari</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>&amp;Shto pyetje</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Hiq</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Lëviz &amp;lart</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Lëviz &amp;poshtë</translation>
        </message>
    </context>
    <context>
        <name>EnquiryImport</name>
        <message>
            <source>{file} holds no enquiries: only its header row.</source>
            <translation>{file} nuk përmban pyetje: vetëm rreshtin e titujve.</translation>
        </message>
        <message>
            <source>"{column}" holds "{value}", which is not a day and time written DD.MM.YYYY HH:MM</source>
            <translation>"{column}" përmban "{value}", që nuk është ditë dhe orë e shkruar DD.MM.VVVV HH:MM</translation>
        </message>
        <message>
            <source>"{column}" holds "{value}", a day without its time: write DD.MM.YYYY HH:MM</source>
            <translation>"{column}" përmban "{value}", një ditë pa orën: shkruani DD.MM.VVVV HH:MM</translation>
        </message>
        <message>
            <source>unknown language of the answer "{value}" (sq, sr or en)</source>
            <translation>gjuhë e panjohur e përgjigjes "{value}" (sq, sr ose en)</translation>
        </message>
        <message>
            <source>two answers in {language}: "answer" and "{column}"</source>
            <translation>dy përgjigje në gjuhën {language}: "answer" dhe "{column}"</translation>
        </message>
        <message>
            <source>the received time is missing</source>
            <translation>mungon koha e pranimit</translation>
        </message>
        <message>
            <source>the journalist is not named</source>
            <translation>gazetari nuk është shënuar</translation>
        </message>
        <message>
            <source>phone, email, in_person, social_media or message</source>
            <translation>phone, email, in_person, social_media ose message</translation>
        </message>
        <message>
            <source>the channel is missing ({choices})</source>
            <translation>mungon kanali ({choices})</translation>
        </message>
        <message>
            <source>unknown channel "{value}" ({choices})</source>
            <translation>kanal i panjohur "{value}" ({choices})</translation>
        </message>
        <message>
            <source>unknown status "{value}" (new, waiting_for_input, drafted, approved, answered, declined or no_comment)</source>
            <translation>status i panjohur "{value}" (new, waiting_for_input, drafted, approved, answered, declined ose no_comment)</translation>
        </message>
        <message>
            <source>the questions are missing</source>
            <translation>mungojnë pyetjet</translation>
        </message>
        <message>
            <source>the e-mail "{value}" is not valid</source>
            <translation>e-maili "{value}" nuk është i vlefshëm</translation>
        </message>
        <message>
            <source>Not recorded in the old register.</source>
            <translation>Nuk është shënuar në regjistrin e vjetër.</translation>
        </message>
        <message>
            <source>an answered enquiry needs the time it was answered ("answered")</source>
            <translation>një pyetje e përgjigjur kërkon kohën e përgjigjes ("answered")</translation>
        </message>
        <message>
            <source>the status "{status}" does not go with an answer time ("answered")</source>
            <translation>statusi "{status}" nuk përputhet me kohën e përgjigjes ("answered")</translation>
        </message>
        <message>
            <source>Imported from the old register, which did not record the answer.</source>
            <translation>U importua nga regjistri i vjetër, në të cilin nuk ishte shënuar përgjigjja.</translation>
        </message>
        <message>
            <source>the received time is in the future</source>
            <translation>koha e pranimit është në të ardhmen</translation>
        </message>
    </context>
    <context>
        <name>EnquiryReport</name>
        <message>
            <source>Journalists' enquiries</source>
            <translation>Pyetjet e gazetarëve</translation>
        </message>
        <message>
            <source>enquiries-report</source>
            <translation>raporti-i-pyetjeve</translation>
        </message>
        <message>
            <source>Enquiries received from {first} to {last}, as they stand on {day} at {time}.</source>
            <translation>Pyetjet e pranuara nga {first} deri më {last}, sipas gjendjes më {day} në orën {time}.</translation>
        </message>
        <message>
            <source>The journalists' names are personal data and are not in this report; their outlets are.</source>
            <translation>Emrat e gazetarëve janë të dhëna personale dhe nuk përfshihen në këtë raport; mediat e tyre përfshihen.</translation>
        </message>
        <message>
            <source>Answered before or after the deadline and the times to answer count the answered enquiries; declined ones and those answered with “no comment” are counted apart. A time to answer runs from when the enquiry came to when the answer went, in hours of the clock, nights and weekends included.</source>
            <translation>Përgjigjet para ose pas afatit dhe koha e përgjigjes llogariten vetëm për pyetjet e përgjigjura; pyetjet e refuzuara dhe ato me përgjigjen „pa koment” numërohen veçmas. Koha e përgjigjes llogaritet nga pranimi i pyetjes deri te dërgimi i përgjigjes, në orë të kohës reale, duke përfshirë netët dhe fundjavat.</translation>
        </message>
        <message>
            <source>The deadline is the journalist's, or the office's usual time to answer where the journalist named none. Still open past the deadline: as the report was written.</source>
            <translation>Afati është ai i gazetarit, ose koha e zakonshme e zyrës për përgjigje kur gazetari nuk ka caktuar afat. Ende të hapura pas afatit: në momentin kur u shkrua raporti.</translation>
        </message>
        <message>
            <source>Enquiries received</source>
            <translation>Pyetje të pranuara</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Të përgjigjura</translation>
        </message>
        <message>
            <source>Answered before the deadline</source>
            <translation>Të përgjigjura para afatit</translation>
        </message>
        <message>
            <source>Answered before the deadline (% of the answered)</source>
            <translation>Të përgjigjura para afatit (% e të përgjigjurave)</translation>
        </message>
        <message>
            <source>Answered after the deadline</source>
            <translation>Të përgjigjura pas afatit</translation>
        </message>
        <message>
            <source>Median time to answer (hours)</source>
            <translation>Mediana e kohës së përgjigjes (orë)</translation>
        </message>
        <message>
            <source>Longest time to answer (hours)</source>
            <translation>Koha më e gjatë e përgjigjes (orë)</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Të refuzuara</translation>
        </message>
        <message>
            <source>Answered with “no comment”</source>
            <translation>Me përgjigjen „pa koment”</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Ende të hapura</translation>
        </message>
        <message>
            <source>Still open past the deadline</source>
            <translation>Ende të hapura pas afatit</translation>
        </message>
        <message>
            <source>No outlet named</source>
            <translation>Pa medium të shënuar</translation>
        </message>
        <message>
            <source>No topic given</source>
            <translation>Pa temë të shënuar</translation>
        </message>
        <message>
            <source>Enquiries by outlet</source>
            <translation>Pyetjet sipas mediumit</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Mediumi</translation>
        </message>
        <message>
            <source>No enquiry was received in the period.</source>
            <translation>Në periudhë nuk u pranua asnjë pyetje.</translation>
        </message>
        <message>
            <source>Enquiries by topic</source>
            <translation>Pyetjet sipas temës</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Enquiries by channel</source>
            <translation>Pyetjet sipas kanalit</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>Enquiries by status</source>
            <translation>Pyetjet sipas statusit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numri</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Pranuar</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Afati</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Shifrat kryesore</translation>
        </message>
        <message>
            <source>Enquiries</source>
            <translation>Pyetje</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Shënime</translation>
        </message>
        <message>
            <source>The enquiries</source>
            <translation>Lista e pyetjeve</translation>
        </message>
        <message>
            <source>Shaded: answered after the deadline, or still open past it.</source>
            <translation>Me hije: të përgjigjura pas afatit, ose ende të hapura pas tij.</translation>
        </message>
        <message>
            <source>Hours to answer</source>
            <translation>Orë deri te përgjigjja</translation>
        </message>
        <message>
            <source>Late (after the deadline, or open past it)</source>
            <translation>Me vonesë (pas afatit, ose e hapur pas tij)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Po</translation>
        </message>
        <message>
            <source>Enquiries {period}</source>
            <translation>Pyetjet {period}</translation>
        </message>
        <message>
            <source>Breakdown {period}</source>
            <translation>Ndarja {period}</translation>
        </message>
        <message>
            <source>List {period}</source>
            <translation>Lista {period}</translation>
        </message>
        <message>
            <source>Report on journalists' enquiries</source>
            <translation>Raporti për pyetjet e gazetarëve</translation>
        </message>
        <message>
            <source>Enquiries received in the period: by outlet, topic and channel, answered before the deadline, median and longest time to answer, declined, and the list itself.</source>
            <translation>Pyetjet e pranuara në periudhë: sipas mediumit, temës dhe kanalit, të përgjigjura para afatit, mediana dhe koha më e gjatë e përgjigjes, të refuzuarat, si dhe vetë lista.</translation>
        </message>
    </context>
    <context>
        <name>EnquirySettings</name>
        <message>
            <source>Enquiry settings</source>
            <translation>Cilësimet e pyetjeve të gazetarëve</translation>
        </message>
        <message>
            <source>The 14th enquiry of 2026: {example}</source>
            <translation>Pyetja e 14-të e vitit 2026: {example}</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> orë</translation>
        </message>
        <message>
            <source>Number format</source>
            <translation>Formati i numrit</translation>
        </message>
        <message>
            <source>{year} is the year, {number:03d} the enquiry's number in it.</source>
            <translation>{year} është viti, {number:03d} numri i pyetjes brenda tij.</translation>
        </message>
        <message>
            <source>Answer within</source>
            <translation>Përgjigjja jepet brenda</translation>
        </message>
        <message>
            <source>The deadline of an enquiry whose journalist names none, counted from when it came ({hours} hours unless changed). Enquiries already registered keep their deadline.</source>
            <translation>Afati i një pyetjeje kur gazetari nuk cakton afat, llogaritur nga pranimi ({hours} orë, përveç nëse ndryshohet). Pyetjet e regjistruara tashmë e ruajnë afatin e tyre.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
    </context>
    <context>
        <name>EnquiryStatus</name>
        <message>
            <source>New</source>
            <translation>E re</translation>
        </message>
        <message>
            <source>Waiting for input</source>
            <translation>Në pritje të të dhënave</translation>
        </message>
        <message>
            <source>Answer drafted</source>
            <translation>Përgjigje e hartuar</translation>
        </message>
        <message>
            <source>Answer approved</source>
            <translation>Përgjigje e miratuar</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>E përgjigjur</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>E refuzuar</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Pa koment</translation>
        </message>
    </context>
    <context>
        <name>EnquiryStepKind</name>
        <message>
            <source>Received</source>
            <translation>Pranuar</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>U ndryshua</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Statusi u ndryshua</translation>
        </message>
        <message>
            <source>Facts asked</source>
            <translation>U kërkuan të dhënat</translation>
        </message>
        <message>
            <source>Facts received</source>
            <translation>U pranuan të dhënat</translation>
        </message>
        <message>
            <source>Answer approved</source>
            <translation>Përgjigjja u miratua</translation>
        </message>
        <message>
            <source>Answer sent</source>
            <translation>Përgjigjja u dërgua</translation>
        </message>
        <message>
            <source>E-mail draft written</source>
            <translation>U shkrua drafti i e-mailit</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Të dhënat personale u fshinë</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Interrupted.</source>
            <translation>U ndërpre.</translation>
        </message>
        <message>
            <source>commsdesk hit an unexpected error ({error}), and its details could not be written to a log.</source>
            <translation>commsdesk hasi në një gabim të papritur ({error}), dhe hollësitë e tij nuk mund të shkruheshin në asnjë regjistër.</translation>
        </message>
        <message>
            <source>commsdesk hit an unexpected error ({error}). Details are in {log}.</source>
            <translation>commsdesk hasi në një gabim të papritur ({error}). Hollësitë janë në {log}.</translation>
        </message>
        <message>
            <source>Wrong usage: {problem}. See: commsdesk --help</source>
            <translation>Përdorim i gabuar: {problem}. Shih: commsdesk --help</translation>
        </message>
        <message>
            <source>{path} already exists; demo content only goes into a new database.</source>
            <translation>{path} ekziston tashmë; përmbajtja demonstruese futet vetëm në një bazë të re.</translation>
        </message>
        <message>
            <source>The database {path} does not exist.</source>
            <translation>Baza e të dhënave {path} nuk ekziston.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} është dosje, jo skedar i bazës së të dhënave.</translation>
        </message>
        <message>
            <source>Another backup to {path} is being written.</source>
            <translation>Një kopje tjetër rezervë në {path} po shkruhet.</translation>
        </message>
        <message>
            <source>The backup copy could not be verified; it was not kept.</source>
            <translation>Kopja rezervë nuk mund të verifikohej; nuk u ruajt.</translation>
        </message>
        <message>
            <source>The backup to {path} failed: {reason}</source>
            <translation>Kopjimi rezervë në {path} dështoi: {reason}</translation>
        </message>
        <message>
            <source>The backup {path} is damaged and cannot be restored.</source>
            <translation>Kopja rezervë {path} është e dëmtuar dhe nuk mund të rikthehet.</translation>
        </message>
        <message>
            <source>The disk failed while reading or writing {path}. Nothing was saved.</source>
            <translation>Disku dështoi gjatë leximit ose shkrimit të {path}. Asgjë nuk u ruajt.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened. Check that it exists and that its folder is writable.</source>
            <translation>Baza e të dhënave {path} nuk mund të hapet. Kontrolloni që ekziston dhe që në dosjen e saj mund të shkruhet.</translation>
        </message>
        <message>
            <source>The database {path} is read-only (a write-protected file, folder or medium): it can be read, but nothing can be changed.</source>
            <translation>Baza e të dhënave {path} është vetëm për lexim (skedar, dosje ose medium i mbrojtur nga shkrimi): mund të lexohet, por asgjë nuk mund të ndryshohet.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. Nothing was written to it.</source>
            <translation>Baza e të dhënave {path} është e dëmtuar. Asgjë nuk u shkrua në të.</translation>
        </message>
        <message>
            <source>The database {path} is busy: another program, or a long import of commsdesk's own, is writing to it. Try again in a moment.</source>
            <translation>Baza e të dhënave {path} është e zënë: një program tjetër, ose një importim i gjatë i vetë commsdesk, po shkruan në të. Provoni përsëri pas pak.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space; nothing was saved.</source>
            <translation>Disku është plot. Lironi pak hapësirë; asgjë nuk u ruajt.</translation>
        </message>
        <message>
            <source>{path} is not a commsdesk database.</source>
            <translation>{path} nuk është bazë e të dhënave e commsdesk.</translation>
        </message>
        <message>
            <source>The database {path} is an empty file (0 bytes): whatever it held is gone.</source>
            <translation>Baza e të dhënave {path} është skedar bosh (0 bajt): çfarëdo që përmbante ka humbur.</translation>
        </message>
        <message>
            <source>The upgrade of {path} broke references; nothing was changed.</source>
            <translation>Përditësimi i {path} prishi lidhje; asgjë nuk u ndryshua.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of commsdesk. Install that version to open it.</source>
            <translation>Baza e të dhënave {path} është shkruar nga një version më i ri i commsdesk. Instaloni atë version për ta hapur.</translation>
        </message>
        <message>
            <source>{path} does not exist, and its folder is write-protected.</source>
            <translation>{path} nuk ekziston, dhe dosja e saj është e mbrojtur nga shkrimi.</translation>
        </message>
        <message>
            <source>The database {path} comes from an older commsdesk and must be upgraded, which a write-protected file cannot be. Copy it to a writable folder and open the copy.</source>
            <translation>Baza e të dhënave {path} vjen nga një version më i vjetër i commsdesk dhe duhet përditësuar, çka një skedar i mbrojtur nga shkrimi nuk e lejon. Kopjojeni në një dosje ku mund të shkruhet dhe hapni kopjen.</translation>
        </message>
        <message>
            <source>The upgrade of {path} could not be verified. Restore the backup {backup}.</source>
            <translation>Përditësimi i {path} nuk mund të verifikohej. Riktheni kopjen rezervë {backup}.</translation>
        </message>
        <message>
            <source>This database is already open in another commsdesk window. Close that one first.</source>
            <translation>Kjo bazë e të dhënave është tashmë e hapur në një dritare tjetër të commsdesk. Mbylleni atë më parë.</translation>
        </message>
        <message>
            <source>The lock file {path} could not be written.</source>
            <translation>Skedari i bllokimit {path} nuk mund të shkruhej.</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>Skedari {path} nuk ekziston.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Dosja {folder} nuk ekziston.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {reason}</source>
            <translation>Skedari {path} nuk mund të lexohet: {reason}</translation>
        </message>
        <message>
            <source>The logo must be smaller than 2 MB.</source>
            <translation>Logoja duhet të jetë më e vogël se 2 MB.</translation>
        </message>
        <message>
            <source>{path} is not a PNG or JPEG image.</source>
            <translation>{path} nuk është imazh PNG apo JPEG.</translation>
        </message>
        <message>
            <source>{text} is not a date written dd.MM.yyyy.</source>
            <translation>{text} nuk është datë e shkruar dd.MM.yyyy.</translation>
        </message>
        <message>
            <source>There is no release {reference}.</source>
            <translation>Nuk ka komunikatë {reference}.</translation>
        </message>
        <message>
            <source>The release has no {language} version (it has: {present}).</source>
            <translation>Komunikata nuk ka version {language} (ka: {present}).</translation>
        </message>
        <message>
            <source>There is no audience group {name}.</source>
            <translation>Nuk ka grup të audiencës {name}.</translation>
        </message>
        <message>
            <source>{address} is not an e-mail address.</source>
            <translation>{address} nuk është adresë e-maili.</translation>
        </message>
        <message>
            <source>{file} is not an iCalendar (.ics) file this program can read.</source>
            <translation>{file} nuk është skedar iCalendar (.ics) që ky program mund ta lexojë.</translation>
        </message>
        <message>
            <source>The file of {name} is missing from the archive folder {folder}.</source>
            <translation>Skedari i {name} mungon në dosjen e arkivit {folder}.</translation>
        </message>
        <message>
            <source>commsdesk does not open programs or scripts ({name}). Save it to a folder instead.</source>
            <translation>commsdesk nuk hap programe ose skripta ({name}). Ruajeni në një dosje.</translation>
        </message>
        <message>
            <source>{name} cannot be saved there.</source>
            <translation>{name} nuk mund të ruhet aty.</translation>
        </message>
        <message>
            <source>The archived copy of {name} is damaged (its checksum differs).</source>
            <translation>Kopja e arkivuar e {name} është e dëmtuar (shuma e kontrollit ndryshon).</translation>
        </message>
        <message>
            <source>{path} is on a write-protected medium: nothing can be written there.</source>
            <translation>{path} është në një medium të mbrojtur nga shkrimi: aty nuk mund të shkruhet asgjë.</translation>
        </message>
        <message>
            <source>{path} cannot be written: you have no permission there, or another program holds it.</source>
            <translation>{path} nuk mund të shkruhet: nuk keni leje aty, ose e mban hapur një program tjetër.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} nuk ekziston.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} është dosje, jo skedar.</translation>
        </message>
        <message>
            <source>A part of {path} is a file, not a folder.</source>
            <translation>Një pjesë e {path} është skedar, jo dosje.</translation>
        </message>
        <message>
            <source>The name {path} is too long for this disk.</source>
            <translation>Emri {path} është shumë i gjatë për këtë disk.</translation>
        </message>
        <message>
            <source>{path} could not be read or written ({reason}).</source>
            <translation>{path} nuk mund të lexohej ose shkruhej ({reason}).</translation>
        </message>
        <message>
            <source>{path} is the database commsdesk has open; choose another file.</source>
            <translation>{path} është baza e të dhënave që commsdesk ka të hapur; zgjidhni një skedar tjetër.</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Press conference</source>
            <translation>Konferencë për shtyp</translation>
        </message>
        <message>
            <source>Interview / statement</source>
            <translation>Intervistë / prononcim</translation>
        </message>
        <message>
            <source>Public meeting with citizens</source>
            <translation>Takim publik me qytetarët</translation>
        </message>
        <message>
            <source>Public hearing</source>
            <translation>Dëgjim publik</translation>
        </message>
        <message>
            <source>Municipal assembly session</source>
            <translation>Seancë e Kuvendit të Komunës</translation>
        </message>
        <message>
            <source>Assembly committee meeting</source>
            <translation>Mbledhje e komitetit të Kuvendit</translation>
        </message>
        <message>
            <source>Board of directors' meeting</source>
            <translation>Mbledhje e bordit të drejtorëve</translation>
        </message>
        <message>
            <source>Mayor's meeting</source>
            <translation>Takim i Kryetarit</translation>
        </message>
        <message>
            <source>Meeting with village councils</source>
            <translation>Takim me këshillat e fshatrave</translation>
        </message>
        <message>
            <source>Cultural event / anniversary</source>
            <translation>Ngjarje kulturore / përvjetor</translation>
        </message>
        <message>
            <source>Tender opening</source>
            <translation>Hapje e ofertave të tenderit</translation>
        </message>
        <message>
            <source>Open day</source>
            <translation>Ditë e dyerve të hapura</translation>
        </message>
        <message>
            <source>Round table</source>
            <translation>Tryezë e rrumbullakët</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Trajnim</translation>
        </message>
        <message>
            <source>Campaign activity</source>
            <translation>Aktivitet i fushatës</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Tjetër</translation>
        </message>
    </context>
    <context>
        <name>EventStatus</name>
        <message>
            <source>Planned</source>
            <translation>I planifikuar</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>I konfirmuar</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>I mbajtur</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>I shtyrë</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>I anuluar</translation>
        </message>
    </context>
    <context>
        <name>ExclusionReason</name>
        <message>
            <source>Do not contact</source>
            <translation>Mos e kontakto</translation>
        </message>
        <message>
            <source>No e-mail address</source>
            <translation>Pa adresë e-maili</translation>
        </message>
    </context>
    <context>
        <name>FieldInputs</name>
        <message>
            <source>(none)</source>
            <translation>(asnjë)</translation>
        </message>
        <message>
            <source>on</source>
            <translation>më</translation>
        </message>
    </context>
    <context>
        <name>Frequency</name>
        <message>
            <source>Weekly</source>
            <translation>Javore</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mujore</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Tremujore</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>Dy herë në vit</translation>
        </message>
        <message>
            <source>Continuously</source>
            <translation>Në vazhdimësi</translation>
        </message>
        <message>
            <source>As needed</source>
            <translation>Sipas nevojës</translation>
        </message>
        <message>
            <source>Before each session</source>
            <translation>Para secilës seancë</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Tjetër</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>When</source>
            <translation>Kur</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Çfarë</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kush</translation>
        </message>
    </context>
    <context>
        <name>Holidays</name>
        <message>
            <source>New Year's Day</source>
            <translation>Viti i Ri</translation>
        </message>
        <message>
            <source>New Year (second day)</source>
            <translation>Viti i Ri (dita e dytë)</translation>
        </message>
        <message>
            <source>Orthodox Christmas</source>
            <translation>Krishtlindjet ortodokse</translation>
        </message>
        <message>
            <source>Independence Day</source>
            <translation>Dita e Pavarësisë</translation>
        </message>
        <message>
            <source>Constitution Day</source>
            <translation>Dita e Kushtetutës</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Dita Ndërkombëtare e Punës</translation>
        </message>
        <message>
            <source>Europe Day</source>
            <translation>Dita e Evropës</translation>
        </message>
        <message>
            <source>Catholic Christmas</source>
            <translation>Krishtlindjet katolike</translation>
        </message>
        <message>
            <source>Catholic Easter</source>
            <translation>Pashkët katolike</translation>
        </message>
        <message>
            <source>Catholic Easter Monday</source>
            <translation>E hëna e Pashkëve katolike</translation>
        </message>
        <message>
            <source>Orthodox Easter</source>
            <translation>Pashkët ortodokse</translation>
        </message>
        <message>
            <source>Orthodox Easter Monday</source>
            <translation>E hëna e Pashkëve ortodokse</translation>
        </message>
        <message>
            <source>Eid al-Fitr</source>
            <translation>Fitër Bajrami</translation>
        </message>
        <message>
            <source>Eid al-Adha</source>
            <translation>Kurban Bajrami</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{file} is {size}; commsdesk imports files of up to {limit}.</source>
            <translation>{file} është {size}; commsdesk importon skedarë deri në {limit}.</translation>
        </message>
        <message>
            <source>{file} is bigger than {limit}, the most commsdesk imports.</source>
            <translation>{file} është më i madh se {limit}, sa më së shumti importon commsdesk.</translation>
        </message>
        <message>
            <source>it is not text in UTF-8, UTF-16, Windows-1250 or Windows-1252</source>
            <translation>nuk është tekst në UTF-8, UTF-16, Windows-1250 ose Windows-1252</translation>
        </message>
        <message>
            <source>line {line} is longer than {limit} characters</source>
            <translation>rreshti {line} është më i gjatë se {limit} shenja</translation>
        </message>
        <message>
            <source>{file} has more than {limit} rows; commsdesk imports up to {limit} at a time.</source>
            <translation>{file} ka më shumë se {limit} rreshta; commsdesk importon deri në {limit} njëherësh.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size}; commsdesk reads workbooks that unpack to at most {limit}.</source>
            <translation>{file} shpaketohet në {size}; commsdesk lexon libra pune që shpaketohen në më së shumti {limit}.</translation>
        </message>
        <message>
            <source>line {line} cannot be read as CSV</source>
            <translation>rreshti {line} nuk mund të lexohet si CSV</translation>
        </message>
        <message>
            <source>a row has more than {limit} columns</source>
            <translation>një rresht ka më shumë se {limit} kolona</translation>
        </message>
        <message>
            <source>two columns are "{column}"</source>
            <translation>dy kolona janë "{column}"</translation>
        </message>
        <message>
            <source>commsdesk does not know the columns {unknown} (it reads: {known})</source>
            <translation>commsdesk nuk i njeh kolonat {unknown} (lexon: {known})</translation>
        </message>
        <message>
            <source>it lacks the columns {columns}</source>
            <translation>i mungojnë kolonat {columns}</translation>
        </message>
        <message>
            <source>the number "{value}" is of another year than the received date</source>
            <translation>numri "{value}" është i një viti tjetër nga data e pranimit</translation>
        </message>
        <message>
            <source>the number "{value}" is not a number</source>
            <translation>numri "{value}" nuk është numër</translation>
        </message>
        <message>
            <source>"{column}" has {length} characters, more than the {limit} allowed</source>
            <translation>"{column}" ka {length} shenja, më shumë se {limit} të lejuarat</translation>
        </message>
        <message>
            <source>Nothing was imported: row {row}: {reason}</source>
            <translation>Asgjë nuk u importua: rreshti {row}: {reason}</translation>
        </message>
        <message>
            <source>Nothing was imported. Rows with problems: {count}.</source>
            <translation>Asgjë nuk u importua. Rreshta me probleme: {count}.</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Rreshti {row}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more rows.</source>
            <translation>… dhe {count} rreshta të tjerë.</translation>
        </message>
        <message>
            <source>row {row} has the same number</source>
            <translation>rreshti {row} ka të njëjtin numër</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The database was upgraded; a backup was saved first: {path}</source>
            <translation>Baza e të dhënave u përditësua; më parë u ruajt një kopje rezervë: {path}</translation>
        </message>
        <message>
            <source>There is no backup to restore.</source>
            <translation>Nuk ka kopje rezervë për t'u rikthyer.</translation>
        </message>
        <message>
            <source>Choose a backup to restore (the newest is selected).</source>
            <translation>Zgjidhni kopjen rezervë që do të riktheni (është zgjedhur më e reja).</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Kopja rezervë u shkrua në {path}.</translation>
        </message>
        <message>
            <source>Replace the current database with the backup of {date}?</source>
            <translation>Ta zëvendësoj bazën aktuale me kopjen rezervë të {date}?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Rikthe</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Vetëm për lexim</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (vetëm për lexim)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Skedari</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Hap bazën e të dhënave…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Bëj &amp;kopje rezervë tani</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Rikthe nga kopja rezervë…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Dil</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Cilësimet</translation>
        </message>
        <message>
            <source>Office &amp;profile…</source>
            <translation>&amp;Profili i zyrës…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Gjuha</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ndihmë</translation>
        </message>
        <message>
            <source>&amp;About commsdesk</source>
            <translation>&amp;Rreth commsdesk</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Hap bazën e të dhënave</translation>
        </message>
        <message>
            <source>commsdesk databases (*.sqlite);;All files (*)</source>
            <translation>Bazat e commsdesk (*.sqlite);;Të gjithë skedarët (*)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalendari</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktet</translation>
        </message>
        <message>
            <source>Document requests</source>
            <translation>Kërkesat për qasje</translation>
        </message>
        <message>
            <source>Journalists' enquiries</source>
            <translation>Pyetjet e gazetarëve</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plani i veprimit</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Komunikatat për shtyp</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>OK</source>
            <translation>Në rregull</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>commsdesk</source>
            <translation>commsdesk</translation>
        </message>
        <message>
            <source>Save the changes before closing?</source>
            <translation>Të ruhen ndryshimet para mbylljes?</translation>
        </message>
    </context>
    <context>
        <name>Month</name>
        <message>
            <source>January</source>
            <translation>Janar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Shkurt</translation>
        </message>
        <message>
            <source>March</source>
            <translation>Mars</translation>
        </message>
        <message>
            <source>April</source>
            <translation>Prill</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Maj</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Qershor</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Korrik</translation>
        </message>
        <message>
            <source>August</source>
            <translation>Gusht</translation>
        </message>
        <message>
            <source>September</source>
            <translation>Shtator</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Tetor</translation>
        </message>
        <message>
            <source>November</source>
            <translation>Nëntor</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Dhjetor</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Notify the media</source>
            <translation>Njoftoni mediat</translation>
        </message>
        <message>
            <source>Announce the session (material distributed today)</source>
            <translation>Njoftoni për seancën (materiali shpërndahet sot)</translation>
        </message>
        <message>
            <source>Announce the session ({days} days before the material goes out)</source>
            <translation>Njoftoni për seancën ({days} ditë para shpërndarjes së materialit)</translation>
        </message>
        <message>
            <source>Remind the media (on the day)</source>
            <translation>Kujtoni mediat (në ditën e ngjarjes)</translation>
        </message>
        <message>
            <source>Remind the media (the day before)</source>
            <translation>Kujtoni mediat (një ditë më parë)</translation>
        </message>
        <message>
            <source>Notify the media ({days} days before)</source>
            <translation>Njoftoni mediat ({days} ditë më parë)</translation>
        </message>
    </context>
    <context>
        <name>OfficeProfileDialog</name>
        <message>
            <source>Office profile</source>
            <translation>Profili i zyrës</translation>
        </message>
        <message>
            <source>Choose image…</source>
            <translation>Zgjidh imazhin…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hiqe</translation>
        </message>
        <message>
            <source>Institution ({language})</source>
            <translation>Institucioni ({language})</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Komuna</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoni</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Web site</source>
            <translation>Uebfaqja</translation>
        </message>
        <message>
            <source>Information officer</source>
            <translation>Zyrtari për informim</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logoja</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(asnjë)</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imazhe (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>OnDuplicate</name>
        <message>
            <source>Skip it (keep the existing contact as it is)</source>
            <translation>Kapërceje (kontakti ekzistues mbetet siç është)</translation>
        </message>
        <message>
            <source>Update the existing contact with the file's values</source>
            <translation>Përditëso kontaktin ekzistues me vlerat e skedarit</translation>
        </message>
        <message>
            <source>Add it as a new contact anyway</source>
            <translation>Shtoje gjithsesi si kontakt të ri</translation>
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
            <translation>Gazetë</translation>
        </message>
        <message>
            <source>Online portal</source>
            <translation>Portal në internet</translation>
        </message>
        <message>
            <source>News agency</source>
            <translation>Agjenci lajmesh</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institucion</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>OJQ</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Biznes</translation>
        </message>
        <message>
            <source>International organisation</source>
            <translation>Organizatë ndërkombëtare</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Tjetër</translation>
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message>
            <source>The PDF {path} cannot be shown: {reason}</source>
            <translation>PDF-ja {path} nuk mund të shfaqet: {reason}</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translation>Faqja {number}</translation>
        </message>
    </context>
    <context>
        <name>PeriodReport</name>
        <message>
            <source>The whole year (annual report)</source>
            <translation>Gjithë viti (raport vjetor)</translation>
        </message>
        <message>
            <source>Quarter {quarter}</source>
            <translation>Tremujori {quarter}</translation>
        </message>
        <message>
            <source>Dates I choose</source>
            <translation>Data sipas zgjedhjes</translation>
        </message>
        <message>
            <source>PDF (to print and send)</source>
            <translation>PDF (për shtypje dhe dërgim)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Libër pune Excel (XLSX)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Viti</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periudha</translation>
        </message>
        <message>
            <source>Received from – to</source>
            <translation>Pranuar nga – deri</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Gjuha</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formati</translation>
        </message>
        <message>
            <source>Write report…</source>
            <translation>Shkruaj raportin…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
    </context>
    <context>
        <name>PersonalData</name>
        <message>
            <source>yes</source>
            <translation>po</translation>
        </message>
        <message>
            <source>no</source>
            <translation>jo</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Regjistruar më</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Ndryshuar së fundi më</translation>
        </message>
        <message>
            <source>Merged duplicate records kept for undo</source>
            <translation>Regjistrime dublikatë të bashkuara që ruhen për zhbërje</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Pranuar</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numri</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Dokumentet e kërkuara</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Enquiries the person made as a journalist</source>
            <translation>Pyetjet që personi ka bërë si gazetar</translation>
        </message>
        <message>
            <source>Enquiries</source>
            <translation>Pyetjet</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Personal data held about {name}</source>
            <translation>Të dhënat personale që mbahen për {name}</translation>
        </message>
        <message>
            <source>Everything this office's contact register holds about the person, as of {date}.</source>
            <translation>Gjithçka që regjistri i kontakteve i kësaj zyre mban për personin, më {date}.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Fusha</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Vlera</translation>
        </message>
        <message>
            <source>Press releases sent to the person</source>
            <translation>Komunikatat për shtyp të dërguara personit</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Dërguar</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Komunikata</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titulli</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Gjuha</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Asnjë.</translation>
        </message>
        <message>
            <source>Events the person was invited to</source>
            <translation>Ngjarjet në të cilat personi është ftuar</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kur</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ngjarja</translation>
        </message>
        <message>
            <source>Requests for access to public documents</source>
            <translation>Kërkesat për qasje në dokumente publike</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personi</translation>
        </message>
        <message>
            <source>Releases sent</source>
            <translation>Komunikatat e dërguara</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ngjarjet</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Kërkesat</translation>
        </message>
    </context>
    <context>
        <name>PlanImport</name>
        <message>
            <source>the objective number is missing or not a number</source>
            <translation>numri i objektivit mungon ose nuk është numër</translation>
        </message>
        <message>
            <source>unknown kind "{kind}"</source>
            <translation>lloj i panjohur "{kind}"</translation>
        </message>
        <message>
            <source>the activity is empty</source>
            <translation>aktiviteti është i zbrazët</translation>
        </message>
        <message>
            <source>the cost "{cost}" is not an amount</source>
            <translation>kostoja "{cost}" nuk është shumë parash</translation>
        </message>
        <message>
            <source>a recurring activity has no planned cost</source>
            <translation>një aktivitet i përsëritur nuk ka kosto të planifikuar</translation>
        </message>
        <message>
            <source>a recurring activity needs a frequency</source>
            <translation>një aktivitet i përsëritur ka nevojë për shpeshtësi</translation>
        </message>
        <message>
            <source>"{column}" has {length} characters, more than the {limit} allowed</source>
            <translation>"{column}" ka {length} shenja, më shumë se {limit} të lejuarat</translation>
        </message>
        <message>
            <source>objective {number} has another title in row {row}</source>
            <translation>objektivi {number} ka titull tjetër në rreshtin {row}</translation>
        </message>
        <message>
            <source>Row {row}: {reasons}</source>
            <translation>Rreshti {row}: {reasons}</translation>
        </message>
        <message>
            <source>The plan was not imported:</source>
            <translation>Plani nuk u importua:</translation>
        </message>
        <message>
            <source>The plan file has no activities.</source>
            <translation>Skedari i planit nuk ka aktivitete.</translation>
        </message>
        <message>
            <source>The plan file lacks the columns: {columns}</source>
            <translation>Skedarit të planit i mungojnë kolonat: {columns}</translation>
        </message>
        <message>
            <source>The plan file {path} is not UTF-8 text.</source>
            <translation>Skedari i planit {path} nuk është tekst UTF-8.</translation>
        </message>
        <message>
            <source>The file {path} is not an Excel workbook (.xlsx).</source>
            <translation>Skedari {path} nuk është libër pune i Excel-it (.xlsx).</translation>
        </message>
        <message>
            <source>The objective's number: 1, 2, 3…</source>
            <translation>Numri i objektivit: 1, 2, 3…</translation>
        </message>
        <message>
            <source>The objective's title (once per objective is enough).</source>
            <translation>Titulli i objektivit (mjafton një herë për objektiv).</translation>
        </message>
        <message>
            <source>specific (with a timeframe and a cost) or recurring (with a frequency)</source>
            <translation>specific (me afat dhe kosto) ose recurring (me shpeshtësi)</translation>
        </message>
        <message>
            <source>What is to be done, as the plan writes it.</source>
            <translation>Çfarë duhet bërë, siç e shkruan plani.</translation>
        </message>
        <message>
            <source>Who is responsible; several separated by ";", e.g. "ZIMP; Zyra IT".</source>
            <translation>Kush është përgjegjës; disa të ndarë me ";", p.sh. "ZIMP; Zyra IT".</translation>
        </message>
        <message>
            <source>Specific activities: "2024", "nëntor 2024", "mars–qershor 2024", "Q2 2024" or dates.</source>
            <translation>Aktivitetet specifike: "2024", "nëntor 2024", "mars–qershor 2024", "Q2 2024" ose data.</translation>
        </message>
        <message>
            <source>Recurring activities: e.g. "Në baza javore", "Dy herë në vit".</source>
            <translation>Aktivitetet e përsëritura: p.sh. "Në baza javore", "Dy herë në vit".</translation>
        </message>
        <message>
            <source>The planned cost in euro; 0 means no additional cost.</source>
            <translation>Kostoja e planifikuar në euro; 0 do të thotë pa kosto shtesë.</translation>
        </message>
        <message>
            <source>Anything else worth keeping.</source>
            <translation>Çdo gjë tjetër që ia vlen të ruhet.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolona</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Kuptimi</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ndihmë</translation>
        </message>
        <message>
            <source>There are several strategies; name the one the plan belongs to.</source>
            <translation>Ka disa strategji; emërtoni atë së cilës i përket plani.</translation>
        </message>
        <message>
            <source>Communication strategy</source>
            <translation>Strategjia e komunikimit</translation>
        </message>
        <message>
            <source>The plan of {year} already has {count} activities.</source>
            <translation>Plani i vitit {year} tashmë ka {count} aktivitete.</translation>
        </message>
    </context>
    <context>
        <name>PlanReport</name>
        <message>
            <source>Objective {number}</source>
            <translation>Objektivi {number}</translation>
        </message>
        <message>
            <source>Activities by status</source>
            <translation>Aktivitetet sipas statusit</translation>
        </message>
        <message>
            <source>Planned and spent (€)</source>
            <translation>Të planifikuara dhe të shpenzuara (€)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planifikuar</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Shpenzuar</translation>
        </message>
        <message>
            <source>Annual status report of the action plan {year}</source>
            <translation>Raporti vjetor i statusit të planit të veprimit {year}</translation>
        </message>
        <message>
            <source>Status report of the action plan {year}, quarter {quarter}</source>
            <translation>Raporti i statusit të planit të veprimit {year}, tremujori {quarter}</translation>
        </message>
        <message>
            <source>Period {start} – {end} · status as of {day}</source>
            <translation>Periudha {start} – {end} · gjendja më {day}</translation>
        </message>
        <message>
            <source>Objective {number}: {title}</source>
            <translation>Objektivi {number}: {title}</translation>
        </message>
        <message>
            <source>no additional cost</source>
            <translation>pa kosto shtesë</translation>
        </message>
        <message>
            <source>{count} events</source>
            <translation>{count} ngjarje</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>{count} komunikata</translation>
        </message>
        <message>
            <source>{count} requests handled</source>
            <translation>{count} kërkesa të trajtuara</translation>
        </message>
        <message>
            <source>{count} enquiries answered</source>
            <translation>{count} pyetje të përgjigjura</translation>
        </message>
        <message>
            <source>Objectives: {objectives} · specific activities: {specific} · recurring activities: {recurring} · planned: {planned} · spent: {spent} · completed: {completed} ({percent} %) · overdue: {overdue}</source>
            <translation>Objektiva: {objectives} · aktivitete specifike: {specific} · aktivitete të përsëritura: {recurring} · të planifikuara: {planned} · të shpenzuara: {spent} · të realizuara: {completed} ({percent} %) · me afat të kaluar: {overdue}</translation>
        </message>
        <message>
            <source>The quarter must be 1, 2, 3 or 4.</source>
            <translation>Tremujori duhet të jetë 1, 2, 3 ose 4.</translation>
        </message>
        <message>
            <source>There is no action plan for {year}.</source>
            <translation>Nuk ka plan veprimi për vitin {year}.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objektivi</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitete</translation>
        </message>
        <message>
            <source>% completed</source>
            <translation>% e realizuar</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Me afat të kaluar</translation>
        </message>
        <message>
            <source>Whole plan</source>
            <translation>I gjithë plani</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktiviteti</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Përgjegjës</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Afati</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Përparimi</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Koment</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>afati ka kaluar</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gjithsej</translation>
        </message>
        <message>
            <source>{count} activities</source>
            <translation>{count} aktivitete</translation>
        </message>
        <message>
            <source>{done} of {count} completed</source>
            <translation>{done} nga {count} të realizuara</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Shpeshtësia</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dëshmi</translation>
        </message>
        <message>
            <source>Specific activities</source>
            <translation>Aktivitetet specifike</translation>
        </message>
        <message>
            <source>Recurring activities</source>
            <translation>Aktivitetet e përsëritura</translation>
        </message>
        <message>
            <source>What changed in the period</source>
            <translation>Çfarë ndryshoi në këtë periudhë</translation>
        </message>
        <message>
            <source>No status was reported in this period.</source>
            <translation>Në këtë periudhë nuk u raportua asnjë status.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Prepared by: information officer</source>
            <translation>Përgatiti: zyrtari për informim</translation>
        </message>
        <message>
            <source>Approved by: head of the mayor's cabinet</source>
            <translation>Miratoi: shefi i kabinetit të kryetarit</translation>
        </message>
        <message>
            <source>Activities: {total} ({specific} specific, {recurring} recurring) · completed: {completed} ({percent} %) · planned: {planned} · spent: {spent} · overdue: {overdue}</source>
            <translation>Aktivitete: {total} ({specific} specifike, {recurring} të përsëritura) · të realizuara: {completed} ({percent} %) · të planifikuara: {planned} · të shpenzuara: {spent} · me afat të kaluar: {overdue}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Summary {year}</source>
            <translation>Përmbledhje {year}</translation>
        </message>
        <message>
            <source>Summary {year} Q{quarter}</source>
            <translation>Përmbledhje {year} TM{quarter}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>po</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Lloji</translation>
        </message>
        <message>
            <source>Timeframe / frequency</source>
            <translation>Afati / shpeshtësia</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Nga</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Deri</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ngjarje</translation>
        </message>
        <message>
            <source>Releases</source>
            <translation>Komunikata</translation>
        </message>
        <message>
            <source>Requests handled</source>
            <translation>Kërkesa të trajtuara</translation>
        </message>
        <message>
            <source>Enquiries answered</source>
            <translation>Pyetje të përgjigjura</translation>
        </message>
        <message>
            <source>Status date</source>
            <translation>Data e statusit</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Shënim</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Ndryshimet</translation>
        </message>
    </context>
    <context>
        <name>PlanReportDialog</name>
        <message>
            <source>Status report of the plan {year}</source>
            <translation>Raporti i statusit të planit {year}</translation>
        </message>
        <message>
            <source>The whole year (annual report)</source>
            <translation>Gjithë viti (raport vjetor)</translation>
        </message>
        <message>
            <source>Quarter {quarter} (quarterly report)</source>
            <translation>Tremujori {quarter} (raport tremujor)</translation>
        </message>
        <message>
            <source>PDF (to print)</source>
            <translation>PDF (për shtypje)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Libër pune Excel (XLSX)</translation>
        </message>
        <message>
            <source>The report shows each activity's status as it stood on that day; later updates are left out.</source>
            <translation>Raporti tregon statusin e çdo aktiviteti siç ishte atë ditë; përditësimet e mëvonshme lihen jashtë.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periudha:</translation>
        </message>
        <message>
            <source>Status as of:</source>
            <translation>Gjendja më:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Gjuha:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formati:</translation>
        </message>
        <message>
            <source>Write report…</source>
            <translation>Shkruaj raportin…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>action-plan</source>
            <translation>plani-i-veprimit</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Activity</source>
            <translation>Aktiviteti</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Përgjegjësia</translation>
        </message>
        <message>
            <source>Timeframe / frequency</source>
            <translation>Afati / shpeshtësia</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planifikuar</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Shpenzuar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Përparimi</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Dëshmi</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Përditësimi i fundit</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Koment</translation>
        </message>
        <message>
            <source>{count} activities</source>
            <translation>{count} aktivitete</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>afati ka kaluar</translation>
        </message>
        <message>
            <source>Objective {number}: {title}</source>
            <translation>Objektivi {number}: {title}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Zhbëj</translation>
        </message>
        <message>
            <source>Undo: {change}</source>
            <translation>Zhbëj: {change}</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Plani:</translation>
        </message>
        <message>
            <source>Status as of:</source>
            <translation>Gjendja më:</translation>
        </message>
        <message>
            <source>Show each activity's status as it stood on this day</source>
            <translation>Trego statusin e çdo aktiviteti siç ishte në këtë ditë</translation>
        </message>
        <message>
            <source>Update &amp;status…</source>
            <translation>Përditëso &amp;statusin…</translation>
        </message>
        <message>
            <source>&amp;New activity…</source>
            <translation>Aktivitet i &amp;ri…</translation>
        </message>
        <message>
            <source>&amp;Edit activity…</source>
            <translation>&amp;Ndrysho aktivitetin…</translation>
        </message>
        <message>
            <source>&amp;Delete activity</source>
            <translation>&amp;Fshij aktivitetin</translation>
        </message>
        <message>
            <source>&amp;Report…</source>
            <translation>&amp;Raporti…</translation>
        </message>
        <message>
            <source>&amp;Import plan from CSV or Excel…</source>
            <translation>&amp;Importo planin nga CSV ose Excel…</translation>
        </message>
        <message>
            <source>Save empty plan &amp;template (Excel)…</source>
            <translation>Ruaj &amp;shabllonin bosh të planit (Excel)…</translation>
        </message>
        <message>
            <source>&amp;Copy plan to the next year…</source>
            <translation>&amp;Kopjo planin në vitin e ardhshëm…</translation>
        </message>
        <message>
            <source>&amp;Strategy…</source>
            <translation>&amp;Strategjia…</translation>
        </message>
        <message>
            <source>Delete this &amp;plan…</source>
            <translation>Fshij këtë &amp;plan…</translation>
        </message>
        <message>
            <source>Record a dated status update (Enter)</source>
            <translation>Regjistro një përditësim statusi me datë (Enter)</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Më shumë</translation>
        </message>
        <message>
            <source>No action plan yet. Import one with More → Import plan.</source>
            <translation>Ende nuk ka plan veprimi. Importoni një me Më shumë → Importo planin.</translation>
        </message>
        <message>
            <source>{shown} of {count} activities shown, {cost} planned</source>
            <translation>Shfaqen {shown} nga {count} aktivitete, {cost} të planifikuara</translation>
        </message>
        <message>
            <source>{count} activities, {cost} planned</source>
            <translation>{count} aktivitete, {cost} të planifikuara</translation>
        </message>
        <message>
            <source>Objective {number}:</source>
            <translation>Objektivi {number}:</translation>
        </message>
        <message>
            <source>status of “{activity}”</source>
            <translation>statusi i “{activity}”</translation>
        </message>
        <message>
            <source>new activity “{activity}”</source>
            <translation>aktiviteti i ri “{activity}”</translation>
        </message>
        <message>
            <source>changes to “{activity}”</source>
            <translation>ndryshimet e “{activity}”</translation>
        </message>
        <message>
            <source>Delete the activity “{activity}” and its status history?</source>
            <translation>Të fshihet aktiviteti “{activity}” bashkë me historikun e statusit?</translation>
        </message>
        <message>
            <source>deleting “{activity}”</source>
            <translation>fshirja e “{activity}”</translation>
        </message>
        <message>
            <source>The strategy already has a plan for {year}.</source>
            <translation>Strategjia tashmë ka plan për vitin {year}.</translation>
        </message>
        <message>
            <source>The progress must be between 0 and 100 %.</source>
            <translation>Përparimi duhet të jetë nga 0 deri në 100 %.</translation>
        </message>
        <message>
            <source>The actual cost cannot be negative.</source>
            <translation>Kostoja faktike nuk mund të jetë negative.</translation>
        </message>
        <message>
            <source>This item no longer exists; it may have been deleted.</source>
            <translation>Ky element nuk ekziston më; mund të jetë fshirë.</translation>
        </message>
        <message>
            <source>The strategy's last year must not come before its first.</source>
            <translation>Viti i fundit i strategjisë nuk mund të jetë para të parit.</translation>
        </message>
        <message>
            <source>The planned cost cannot be negative.</source>
            <translation>Kostoja e planifikuar nuk mund të jetë negative.</translation>
        </message>
        <message>
            <source>Import an action plan</source>
            <translation>Importo një plan veprimi</translation>
        </message>
        <message>
            <source>Plans (*.csv *.xlsx);;All files (*)</source>
            <translation>Planet (*.csv *.xlsx);;Të gjithë skedarët (*)</translation>
        </message>
        <message>
            <source>The plan is for the year:</source>
            <translation>Plani është për vitin:</translation>
        </message>
        <message>
            <source>The plan of {year} already has {count} activities. Replace them and their status history?</source>
            <translation>Plani i vitit {year} tashmë ka {count} aktivitete. T'i zëvendësoj ato bashkë me historikun e statusit?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Zëvendëso</translation>
        </message>
        <message>
            <source>Imported the plan of {year}: {specific} specific and {recurring} recurring activities, {planned} planned.</source>
            <translation>U importua plani i vitit {year}: {specific} aktivitete specifike dhe {recurring} të përsëritura, {planned} të planifikuara.</translation>
        </message>
        <message>
            <source>Importing the plan…</source>
            <translation>Po importohet plani…</translation>
        </message>
        <message>
            <source>Save the empty plan template</source>
            <translation>Ruaj shabllonin bosh të planit</translation>
        </message>
        <message>
            <source>action-plan-template</source>
            <translation>shablloni-i-planit-te-veprimit</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libra pune Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>The template was saved to {path}.</source>
            <translation>Shablloni u ruajt në {path}.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumente PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Ruaj raportin</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Po shkruhet raporti…</translation>
        </message>
        <message>
            <source>The report was saved to {path}.</source>
            <translation>Raporti u ruajt në {path}.</translation>
        </message>
        <message>
            <source>Make a plan for {year} from the plan of {previous}? It takes the {specific} specific activities that are not completed or cancelled and all {recurring} recurring ones, without their status.</source>
            <translation>Të bëhet plani i vitit {year} nga plani i vitit {previous}? Merren {specific} aktivitetet specifike që nuk janë realizuar ose anuluar dhe të gjitha {recurring} aktivitetet e përsëritura, pa statusin e tyre.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopjo</translation>
        </message>
        <message>
            <source>Delete the plan of {year} with its {count} activities and all their status history?</source>
            <translation>Të fshihet plani i vitit {year} me {count} aktivitetet e tij dhe gjithë historikun e statusit?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Fshij</translation>
        </message>
        <message>
            <source>Search activities, responsible, comments (Ctrl+F)</source>
            <translation>Kërko aktivitete, përgjegjës, komente (Ctrl+F)</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statusi:</translation>
        </message>
        <message>
            <source>Responsible:</source>
            <translation>Përgjegjës:</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Tremujori:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Lloji:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Të gjitha</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Me afat të kaluar</translation>
        </message>
        <message>
            <source>Q{quarter}</source>
            <translation>TM{quarter}</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Pastro filtrat</translation>
        </message>
        <message>
            <source>{percent} % completed</source>
            <translation>{percent} % të realizuara</translation>
        </message>
        <message>
            <source>planned {planned} · spent {spent}</source>
            <translation>planifikuar {planned} · shpenzuar {spent}</translation>
        </message>
        <message>
            <source>{count} overdue</source>
            <translation>{count} me afat të kaluar</translation>
        </message>
        <message>
            <source>no additional cost</source>
            <translation>pa kosto shtesë</translation>
        </message>
        <message>
            <source>{count} events</source>
            <translation>{count} ngjarje</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>{count} komunikata</translation>
        </message>
        <message>
            <source>{count} requests handled</source>
            <translation>{count} kërkesa të trajtuara</translation>
        </message>
        <message>
            <source>{count} enquiries answered</source>
            <translation>{count} pyetje të përgjigjura</translation>
        </message>
        <message>
            <source>Overdue: the timeframe ended on {day} without completion.</source>
            <translation>Afati ka kaluar: përfundoi më {day} pa u realizuar.</translation>
        </message>
        <message>
            <source>{done} of {count} completed</source>
            <translation>{done} nga {count} të realizuara</translation>
        </message>
    </context>
    <context>
        <name>Reach</name>
        <message>
            <source>Local</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Rajonal</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Kombëtar</translation>
        </message>
        <message>
            <source>International</source>
            <translation>Ndërkombëtar</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>Diaspora</translation>
        </message>
    </context>
    <context>
        <name>RefusalGround</name>
        <message>
            <source>National security</source>
            <translation>Siguria kombëtare</translation>
        </message>
        <message>
            <source>Defence</source>
            <translation>Mbrojtja</translation>
        </message>
        <message>
            <source>International relations</source>
            <translation>Marrëdhëniet ndërkombëtare</translation>
        </message>
        <message>
            <source>Public safety</source>
            <translation>Siguria publike</translation>
        </message>
        <message>
            <source>Prevention, investigation or prosecution of criminal offences</source>
            <translation>Parandalimi, hetimi ose ndjekja e veprave penale</translation>
        </message>
        <message>
            <source>Disciplinary investigations</source>
            <translation>Hetimet disiplinore</translation>
        </message>
        <message>
            <source>Inspection, control and supervision by the institution</source>
            <translation>Inspektimi, kontrolli dhe mbikëqyrja nga institucioni</translation>
        </message>
        <message>
            <source>Privacy and other legitimate private interests</source>
            <translation>Privatësia dhe interesa të tjera legjitime private</translation>
        </message>
        <message>
            <source>Commercial and other economic interests</source>
            <translation>Interesat tregtare dhe interesa të tjera ekonomike</translation>
        </message>
        <message>
            <source>Equality of parties in court proceedings</source>
            <translation>Barazia e palëve në procedurë gjyqësore</translation>
        </message>
        <message>
            <source>The environment</source>
            <translation>Mjedisi</translation>
        </message>
        <message>
            <source>Deliberations within the institution</source>
            <translation>Shqyrtimet brenda institucionit</translation>
        </message>
        <message>
            <source>The economic, monetary and exchange policy of the state</source>
            <translation>Politika ekonomike, monetare dhe e këmbimit valutor e shtetit</translation>
        </message>
        <message>
            <source>Another ground provided by law</source>
            <translation>Një bazë tjetër e parashikuar me ligj</translation>
        </message>
    </context>
    <context>
        <name>ReleaseArchive</name>
        <message>
            <source>Press releases {year}</source>
            <translation>Komunikatat për shtyp {year}</translation>
        </message>
        <message>
            <source>Press release archive</source>
            <translation>Arkivi i komunikatave për shtyp</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Numri</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Headline ({languages})</source>
            <translation>Titulli ({languages})</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanalet</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>{count} komunikata</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Vendi</translation>
        </message>
        <message>
            <source>Headline ({language})</source>
            <translation>Titulli ({language})</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiketat</translation>
        </message>
        <message>
            <source>E-mail recipients</source>
            <translation>Marrës me e-mail</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Miratuar nga</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Miratuar më</translation>
        </message>
        <message>
            <source>Embargo until</source>
            <translation>Embargo deri më</translation>
        </message>
    </context>
    <context>
        <name>ReleaseAttachments</name>
        <message>
            <source>File</source>
            <translation>Skedari</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Lloji</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Madhësia</translation>
        </message>
        <message>
            <source>Captions</source>
            <translation>Përshkrimet</translation>
        </message>
        <message>
            <source>Captions of {name}</source>
            <translation>Përshkrimet e {name}</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Save the release first to add attachments.</source>
            <translation>Ruajeni fillimisht komunikatën për të shtuar bashkëngjitje.</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Shto skedarë…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Hap</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Ruaj një kopje…</translation>
        </message>
        <message>
            <source>&amp;Captions…</source>
            <translation>&amp;Përshkrimet…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Hiq</translation>
        </message>
        <message>
            <source>Add attachments</source>
            <translation>Shto bashkëngjitje</translation>
        </message>
        <message>
            <source>No program is set up to open {name}.</source>
            <translation>Asnjë program nuk është caktuar për të hapur {name}.</translation>
        </message>
        <message>
            <source>Save a copy in…</source>
            <translation>Ruaj një kopje në…</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>U ruajt si {path}.</translation>
        </message>
        <message>
            <source>Remove {name} from the release and from the archive folder?</source>
            <translation>Të hiqet {name} nga komunikata dhe nga dosja e arkivit?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hiq</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDetail</name>
        <message>
            <source>When</source>
            <translation>Kur</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Nga</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Në</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kush</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Shënim</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versioni</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Marrës</translation>
        </message>
        <message>
            <source>Approved by {name} on {moment}</source>
            <translation>Miratuar nga {name} më {moment}</translation>
        </message>
        <message>
            <source>Embargo until {moment}</source>
            <translation>Embargo deri më {moment}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Etiketat: {tags}</translation>
        </message>
        <message>
            <source>Event: {title}</source>
            <translation>Ngjarja: {title}</translation>
        </message>
        <message>
            <source>Action-plan activity: {title}</source>
            <translation>Aktiviteti i planit të veprimit: {title}</translation>
        </message>
        <message>
            <source>{count} attachments</source>
            <translation>{count} bashkëngjitje</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historiku i statusit</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Shpërndarja</translation>
        </message>
        <message>
            <source>Choose a release in the list.</source>
            <translation>Zgjidhni një komunikatë në listë.</translation>
        </message>
        <message>
            <source>Mark as “{status}”</source>
            <translation>Shëno si “{status}”</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDistribution</name>
        <message>
            <source>Distribute {reference} – {headline}</source>
            <translation>Shpërndaj {reference} – {headline}</translation>
        </message>
        <message>
            <source>Leave out whoever already received this release</source>
            <translation>Lëri jashtë ata që e kanë marrë tashmë këtë komunikatë</translation>
        </message>
        <message>
            <source>Open e-mail draft</source>
            <translation>Hap draftin e e-mailit</translation>
        </message>
        <message>
            <source>Copy Bcc list</source>
            <translation>Kopjo listën Bcc</translation>
        </message>
        <message>
            <source>Save .eml…</source>
            <translation>Ruaj .eml…</translation>
        </message>
        <message>
            <source>Recipients by the version they get</source>
            <translation>Marrësit sipas versionit që marrin</translation>
        </message>
        <message>
            <source>Attach to the e-mails (the PDF always is)</source>
            <translation>Bashkëngjit në e-mail (PDF-ja bashkëngjitet gjithmonë)</translation>
        </message>
        <message>
            <source>&amp;Record distribution</source>
            <translation>&amp;Regjistro shpërndarjen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Mbyll</translation>
        </message>
        <message>
            <source>{language}: {count}</source>
            <translation>{language}: {count}</translation>
        </message>
        <message>
            <source>excluded: {count}</source>
            <translation>të përjashtuar: {count}</translation>
        </message>
        <message>
            <source>already received it: {count}</source>
            <translation>e kanë marrë tashmë: {count}</translation>
        </message>
        <message>
            <source>{language} ({count} recipients)</source>
            <translation>{language} ({count} marrës)</translation>
        </message>
        <message>
            <source>No recipient gets the {language} version.</source>
            <translation>Asnjë marrës nuk e merr versionin {language}.</translation>
        </message>
        <message>
            <source>No mail program is set up to open {path}.</source>
            <translation>Asnjë program e-maili nuk është caktuar për të hapur {path}.</translation>
        </message>
        <message>
            <source>Save e-mail draft</source>
            <translation>Ruaj draftin e e-mailit</translation>
        </message>
        <message>
            <source>E-mail drafts (*.eml)</source>
            <translation>Drafte e-maili (*.eml)</translation>
        </message>
        <message>
            <source>Tick at least one channel (with its versions) to record.</source>
            <translation>Shënoni të paktën një kanal (me versionet e tij) për ta regjistruar.</translation>
        </message>
        <message>
            <source>The distribution is recorded ({count} entries).</source>
            <translation>Shpërndarja u regjistrua ({count} regjistrime).</translation>
        </message>
        <message>
            <source>Excluded: {reason}</source>
            <translation>I përjashtuar: {reason}</translation>
        </message>
        <message>
            <source>Already received it on {date}</source>
            <translation>E ka marrë më {date}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizata</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Gets</source>
            <translation>Merr</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Shënim</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>Find a contact…</source>
            <translation>Gjej një kontakt…</translation>
        </message>
        <message>
            <source>&amp;Add contact</source>
            <translation>&amp;Shto kontaktin</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Hiq</translation>
        </message>
        <message>
            <source>Audience groups</source>
            <translation>Grupet e audiencës</translation>
        </message>
        <message>
            <source>Single contacts</source>
            <translation>Kontakte të veçanta</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Mos e kontakto</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanalet</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versionet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Note or link</source>
            <translation>Shënim ose lidhje</translation>
        </message>
    </context>
    <context>
        <name>ReleaseEditor</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Vendi</translation>
        </message>
        <message>
            <source>Embargo until</source>
            <translation>Embargo deri më</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiketat</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ngjarja</translation>
        </message>
        <message>
            <source>Action-plan activity</source>
            <translation>Aktiviteti i planit</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>të ndara me presje</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Bashkëngjitjet</translation>
        </message>
        <message>
            <source>&amp;Preview PDF…</source>
            <translation>&amp;Parashiko PDF-në…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Ruaj</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Mbyll</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(asnjë)</translation>
        </message>
        <message>
            <source>New press release (the reference is given when it is saved)</source>
            <translation>Komunikatë e re për shtyp (numri jepet kur ruhet)</translation>
        </message>
        <message>
            <source>New press release</source>
            <translation>Komunikatë e re për shtyp</translation>
        </message>
        <message>
            <source>Press release {reference}</source>
            <translation>Komunikata për shtyp {reference}</translation>
        </message>
        <message>
            <source>{reference} is “{status}”. Saving changes sends it back to draft. Save?</source>
            <translation>{reference} është “{status}”. Ruajtja e ndryshimeve e kthen në draft. Të ruhet?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>No approved statement valid today has a text in {language}.</source>
            <translation>Asnjë deklaratë e miratuar e vlefshme sot nuk ka tekst në {language}.</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titulli</translation>
        </message>
        <message>
            <source>Subheadline</source>
            <translation>Nëntitulli</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>I trashë (Ctrl+B)</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>I pjerrët (Ctrl+I)</translation>
        </message>
        <message>
            <source>Bullet list (Ctrl+Shift+L)</source>
            <translation>Listë me pika (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Insert &amp;statement…</source>
            <translation>Fut &amp;deklaratën…</translation>
        </message>
        <message>
            <source>An approved statement valid today, in this version's language</source>
            <translation>Një deklaratë e miratuar, e vlefshme sot, në gjuhën e këtij versioni</translation>
        </message>
        <message>
            <source>{words} words · {characters} characters</source>
            <translation>{words} fjalë · {characters} karaktere</translation>
        </message>
        <message>
            <source>Paragraph {number} of {total}</source>
            <translation>Paragrafi {number} nga {total}</translation>
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
            <translation>E-mail: {email}</translation>
        </message>
        <message>
            <source>For more information:</source>
            <translation>Për më shumë informata:</translation>
        </message>
        <message>
            <source>Ref. {reference}</source>
            <translation>Nr. {reference}</translation>
        </message>
        <message>
            <source>PRESS RELEASE</source>
            <translation>KOMUNIKATË PËR SHTYP</translation>
        </message>
        <message>
            <source>EMBARGO: not for publication before {moment}</source>
            <translation>EMBARGO: nuk publikohet para {moment}</translation>
        </message>
    </context>
    <context>
        <name>ReleasePreview</name>
        <message>
            <source>PDF of {reference}</source>
            <translation>PDF e {reference}</translation>
        </message>
        <message>
            <source>All languages (combined)</source>
            <translation>Të gjitha gjuhët (së bashku)</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Ruaj PDF-në…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Mbyll</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versioni</translation>
        </message>
        <message>
            <source>Pages: {count}</source>
            <translation>Faqe: {count}</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Ruaj PDF-në</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Skedarë PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>U shkrua: {path}</translation>
        </message>
    </context>
    <context>
        <name>ReleaseRules</name>
        <message>
            <source>A release that is “{current}” cannot become “{target}”.</source>
            <translation>Një komunikatë që është “{current}” nuk mund të bëhet “{target}”.</translation>
        </message>
        <message>
            <source>The release cannot be approved: the {languages} version is missing.</source>
            <translation>Komunikata nuk mund të miratohet: mungon versioni {languages}.</translation>
        </message>
        <message>
            <source>The reference format must contain {{year}} and {{number}} and nothing else in braces, e.g. {{year}}/{{number:03d}}.</source>
            <translation>Formati i numrit duhet të përmbajë {{year}} dhe {{number}} dhe asgjë tjetër në kllapa, p.sh. {{year}}/{{number:03d}}.</translation>
        </message>
        <message>
            <source>The release no longer exists.</source>
            <translation>Komunikata nuk ekziston më.</translation>
        </message>
        <message>
            <source>The attachment no longer exists.</source>
            <translation>Bashkëngjitja nuk ekziston më.</translation>
        </message>
        <message>
            <source>Only an approved release can be distributed.</source>
            <translation>Vetëm një komunikatë e miratuar mund të shpërndahet.</translation>
        </message>
        <message>
            <source>The release has no {language} version.</source>
            <translation>Komunikata nuk ka version {language}.</translation>
        </message>
        <message>
            <source>The distribution no longer exists.</source>
            <translation>Shpërndarja nuk ekziston më.</translation>
        </message>
        <message>
            <source>The release has no text in the chosen language.</source>
            <translation>Komunikata nuk ka tekst në gjuhën e zgjedhur.</translation>
        </message>
        <message>
            <source>Enter the office's e-mail address in Settings → Office profile: the drafts are sent from it.</source>
            <translation>Shkruani adresën e e-mailit të zyrës te Cilësimet → Profili i zyrës: draftet dërgohen prej saj.</translation>
        </message>
        <message>
            <source>Choose at least one release language.</source>
            <translation>Zgjidhni të paktën një gjuhë të komunikatave.</translation>
        </message>
        <message>
            <source>A release needs a date.</source>
            <translation>Komunikata duhet të ketë datë.</translation>
        </message>
        <message>
            <source>A final version needs a headline and a text ({language}).</source>
            <translation>Versioni përfundimtar duhet të ketë titull dhe tekst ({language}).</translation>
        </message>
        <message>
            <source>A release that is “{status}” can no longer be changed.</source>
            <translation>Një komunikatë që është “{status}” nuk mund të ndryshohet më.</translation>
        </message>
        <message>
            <source>The text changed; the release must be approved again.</source>
            <translation>Teksti ndryshoi; komunikata duhet të miratohet sërish.</translation>
        </message>
        <message>
            <source>Only a draft can move to another year: its reference would change.</source>
            <translation>Vetëm një draft mund të kalojë në një vit tjetër: numri i tij do të ndryshonte.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted. Withdraw the release instead: it keeps its number.</source>
            <translation>Vetëm një draft mund të fshihet. Tërhiqeni komunikatën: ajo e ruan numrin e saj.</translation>
        </message>
        <message>
            <source>Say who approved the release.</source>
            <translation>Shkruani kush e miratoi komunikatën.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseSettings</name>
        <message>
            <source>Press release settings</source>
            <translation>Cilësimet e komunikatave për shtyp</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Gjuha</translation>
        </message>
        <message>
            <source>Releases have it</source>
            <translation>Komunikatat e kanë</translation>
        </message>
        <message>
            <source>Needed for approval</source>
            <translation>E nevojshme për miratim</translation>
        </message>
        <message>
            <source>Release languages</source>
            <translation>Gjuhët e komunikatave</translation>
        </message>
        <message>
            <source>Reference format</source>
            <translation>Formati i numrit</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>The 14th release of 2026: {example}</source>
            <translation>Komunikata e 14-të e vitit 2026: {example}</translation>
        </message>
    </context>
    <context>
        <name>ReleaseStatus</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>For approval</source>
            <translation>Për miratim</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>E miratuar</translation>
        </message>
        <message>
            <source>Distributed</source>
            <translation>E shpërndarë</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>E arkivuar</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>E tërhequr</translation>
        </message>
    </context>
    <context>
        <name>ReleaseWorkflow</name>
        <message>
            <source>Send for &amp;approval</source>
            <translation>Dërgo për &amp;miratim</translation>
        </message>
        <message>
            <source>A&amp;pprove…</source>
            <translation>M&amp;iratoje…</translation>
        </message>
        <message>
            <source>&amp;Return to draft…</source>
            <translation>&amp;Ktheje në draft…</translation>
        </message>
        <message>
            <source>Mark as &amp;distributed</source>
            <translation>Shëno si të &amp;shpërndarë</translation>
        </message>
        <message>
            <source>Ar&amp;chive</source>
            <translation>Ar&amp;kivo</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;Tërhiqe…</translation>
        </message>
        <message>
            <source>{reference}: {status}</source>
            <translation>{reference}: {status}</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Miratuar nga</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Arsyeja</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Shënim</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
    </context>
    <context>
        <name>ReleasesTab</name>
        <message>
            <source>Reference</source>
            <translation>Numri</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Gjuhët</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiketat</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanalet</translation>
        </message>
        <message>
            <source>Embargo until {moment}</source>
            <translation>Embargo deri më {moment}</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Titulli</translation>
        </message>
        <message>
            <source>press-releases</source>
            <translation>komunikatat</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Eksporto listën</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libra pune Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting the releases…</source>
            <translation>Po eksportohen komunikatat…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>U shkrua: {path}</translation>
        </message>
        <message>
            <source>Annual archive</source>
            <translation>Arkivi vjetor</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Viti</translation>
        </message>
        <message>
            <source>press-release-archive</source>
            <translation>arkivi-i-komunikatave</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Skedarë PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the annual archive…</source>
            <translation>Po shkruhet arkivi vjetor…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Të gjitha vitet</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Të gjitha statuset</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Të gjitha etiketat</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Të gjitha gjuhët</translation>
        </message>
        <message>
            <source>Search every language version… (Ctrl+F)</source>
            <translation>Kërko në çdo version gjuhësor… (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;New release</source>
            <translation>Komunikatë e &amp;re</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Ndrysho</translation>
        </message>
        <message>
            <source>&amp;Delete draft</source>
            <translation>&amp;Fshi draftin</translation>
        </message>
        <message>
            <source>D&amp;istribute…</source>
            <translation>Shpërn&amp;daj…</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Statusi</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;ksporto</translation>
        </message>
        <message>
            <source>The list as &amp;Excel workbook (XLSX)…</source>
            <translation>Lista si libër pune &amp;Excel (XLSX)…</translation>
        </message>
        <message>
            <source>&amp;Annual archive (PDF)…</source>
            <translation>&amp;Arkivi vjetor (PDF)…</translation>
        </message>
        <message>
            <source>Press &amp;release settings…</source>
            <translation>Cilësimet e &amp;komunikatave…</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>{count} komunikata</translation>
        </message>
        <message>
            <source>Delete the draft {reference} “{headline}” and its attachments?</source>
            <translation>Të fshihet drafti {reference} “{headline}” dhe bashkëngjitjet e tij?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Fshi</translation>
        </message>
    </context>
    <context>
        <name>Repeat</name>
        <message>
            <source>Does not repeat</source>
            <translation>Nuk përsëritet</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Çdo ditë</translation>
        </message>
        <message>
            <source>Every working day (Monday to Friday)</source>
            <translation>Çdo ditë pune (e hënë – e premte)</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Çdo javë</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Çdo dy javë</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Çdo muaj</translation>
        </message>
        <message>
            <source>Every three months (quarterly)</source>
            <translation>Çdo tre muaj (tremujor)</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>Dy herë në vit</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Çdo vit</translation>
        </message>
        <message>
            <source>Custom rule</source>
            <translation>Rregull i veçantë</translation>
        </message>
        <message>
            <source>first</source>
            <translation>e para</translation>
        </message>
        <message>
            <source>second</source>
            <translation>e dyta</translation>
        </message>
        <message>
            <source>third</source>
            <translation>e treta</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>e katërta</translation>
        </message>
        <message>
            <source>last</source>
            <translation>e fundit</translation>
        </message>
        <message>
            <source>{every} on {weekday}</source>
            <translation>{every}, {weekday}</translation>
        </message>
        <message>
            <source>{every} on day {day}</source>
            <translation>{every}, më {day}</translation>
        </message>
        <message>
            <source>Every month on the {ordinal} {weekday}</source>
            <translation>Çdo muaj – {weekday}, {ordinal} e muajit</translation>
        </message>
        <message>
            <source>Every year on {date}</source>
            <translation>Çdo vit më {date}</translation>
        </message>
        <message>
            <source>, {count} times</source>
            <translation>, {count} herë</translation>
        </message>
        <message>
            <source>, until {date}</source>
            <translation>, deri më {date}</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>Çdo {n} ditë</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>Çdo {n} javë</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>Çdo {n} muaj</translation>
        </message>
        <message>
            <source>Every {n} years</source>
            <translation>Çdo {n} vjet</translation>
        </message>
        <message>
            <source>{every}, in month {months}</source>
            <translation>{every}, në muajin {months}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Faqja {page} nga {pages}</translation>
        </message>
        <message>
            <source>Printed on {date}</source>
            <translation>Shtypur më {date}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gjithsej</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Nga</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Deri</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Gjendja më</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Zëri</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Pjesa</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kodi</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Viti {year}</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}</source>
            <translation>Tremujori {quarter} i vitit {year}</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>{year}-q{quarter}</source>
            <translation>{year}-tm{quarter}</translation>
        </message>
        <message>
            <source>The period ends before it begins.</source>
            <translation>Periudha mbaron para se të fillojë.</translation>
        </message>
    </context>
    <context>
        <name>RequestChannel</name>
        <message>
            <source>In person</source>
            <translation>Personalisht</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letër</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Formular në ueb</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Tjetër</translation>
        </message>
    </context>
    <context>
        <name>RequestColumns</name>
        <message>
            <source>Number</source>
            <translation>Numri</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Pranuar</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Parashtruesi</translation>
        </message>
        <message>
            <source>Requester type</source>
            <translation>Lloji i parashtruesit</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Dokumentet e kërkuara</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgjente</translation>
        </message>
        <message>
            <source>Clarification asked</source>
            <translation>Sqarim i kërkuar</translation>
        </message>
        <message>
            <source>Clarification received</source>
            <translation>Sqarim i pranuar</translation>
        </message>
        <message>
            <source>Deadline extended on</source>
            <translation>Afati i vazhduar më</translation>
        </message>
        <message>
            <source>Forwarded on</source>
            <translation>Përcjellë më</translation>
        </message>
        <message>
            <source>Forwarded to</source>
            <translation>Përcjellë te</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Vendosur më</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezultati</translation>
        </message>
        <message>
            <source>Legal ground for refusal</source>
            <translation>Baza ligjore e refuzimit</translation>
        </message>
        <message>
            <source>Complaint to the Agency on</source>
            <translation>Ankesa në Agjenci më</translation>
        </message>
        <message>
            <source>Outcome of the complaint</source>
            <translation>Rezultati i ankesës</translation>
        </message>
        <message>
            <source>Court case on</source>
            <translation>Padia në gjykatë më</translation>
        </message>
        <message>
            <source>Outcome of the court case</source>
            <translation>Rezultati i procesit gjyqësor</translation>
        </message>
        <message>
            <source>Cost of copies (€)</source>
            <translation>Kostoja e kopjeve (€)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Shënim</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Afati</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Ditë vonesë</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Po</translation>
        </message>
    </context>
    <context>
        <name>RequestExport</name>
        <message>
            <source>Requests</source>
            <translation>Kërkesat</translation>
        </message>
    </context>
    <context>
        <name>RequestForm</name>
        <message>
            <source>The amount "{amount}" is not a number of euros.</source>
            <translation>Shuma "{amount}" nuk është numër eurosh.</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>ditë pune</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>ditë kalendarike</translation>
        </message>
        <message>
            <source>This request keeps the rules it was registered under: {decide} {days} to decide, {hours} hours when urgent, {extension} more days when extended, {forward} working days to forward.</source>
            <translation>Kjo kërkesë ruan rregullat me të cilat u regjistrua: {decide} {days} për vendim, {hours} orë kur është urgjente, edhe {extension} ditë kur vazhdohet afati, {forward} ditë pune për përcjellje.</translation>
        </message>
        <message>
            <source>Decision due {due} once the clarification arrives — the clock stands still since {since}</source>
            <translation>Afati për vendim {due}, pasi të arrijë sqarimi — afati është pezulluar që nga {since}</translation>
        </message>
        <message>
            <source>Decision due {due} · {clock}</source>
            <translation>Afati për vendim {due} · {clock}</translation>
        </message>
        <message>
            <source>forward by {day} ({count} working days)</source>
            <translation>përcillet deri më {day} ({count} ditë pune)</translation>
        </message>
        <message>
            <source>The requester may complain to the Agency until {day} (15 days after the decision).</source>
            <translation>Parashtruesi mund të parashtrojë ankesë në Agjenci deri më {day} (15 ditë pas vendimit).</translation>
        </message>
        <message>
            <source>Without a decision by {due}, the request counts as refused and the requester may complain.</source>
            <translation>Nëse nuk merret vendim deri më {due}, kërkesa konsiderohet e refuzuar dhe parashtruesi mund të parashtrojë ankesë.</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Kërkesa</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Parashtruesi</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Trajtimi</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Vendimi</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Ankesa</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Skedarët</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historiku</translation>
        </message>
        <message>
            <source>&amp;Erase requester's details…</source>
            <translation>&amp;Fshij të dhënat e parashtruesit…</translation>
        </message>
        <message>
            <source>E&amp;xport requester's data…</source>
            <translation>E&amp;ksporto të dhënat e parashtruesit…</translation>
        </message>
        <message>
            <source>Every request of this requester (same name or address), as a workbook</source>
            <translation>Të gjitha kërkesat e këtij parashtruesi (i njëjti emër ose adresë), si libër pune Excel</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Kërkesë e re</translation>
        </message>
        <message>
            <source>New request — the number is given when it is saved</source>
            <translation>Kërkesë e re — numri jepet kur ruhet</translation>
        </message>
        <message>
            <source>Request {reference}</source>
            <translation>Kërkesa {reference}</translation>
        </message>
        <message>
            <source>Request {reference} · {status}</source>
            <translation>Kërkesa {reference} · {status}</translation>
        </message>
        <message>
            <source>requester's details erased</source>
            <translation>të dhënat e parashtruesit janë fshirë</translation>
        </message>
        <message>
            <source>requester-data-{reference}.xlsx</source>
            <translation>te-dhenat-e-parashtruesit-{reference}.xlsx</translation>
        </message>
        <message>
            <source>Export the requester's data</source>
            <translation>Eksporto të dhënat e parashtruesit</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libra pune Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} requests of this requester written to {path}.</source>
            <translation>{count} kërkesa të këtij parashtruesi u shkruan në {path}.</translation>
        </message>
        <message>
            <source>(anonymous)</source>
            <translation>(anonim)</translation>
        </message>
        <message>
            <source>Erase the details of {name}, the requester of {reference}? The request, its figures and its history stay; this cannot be undone.</source>
            <translation>Të fshihen të dhënat e {name}, parashtruesit të kërkesës {reference}? Kërkesa, shifrat dhe historiku i saj mbeten; ky veprim nuk mund të zhbëhet.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Fshij</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Shto skedarë…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Hap</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Ruaj një &amp;kopje…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>H&amp;iq</translation>
        </message>
        <message>
            <source>Add files to the request</source>
            <translation>Shto skedarë në kërkesë</translation>
        </message>
        <message>
            <source>No program is set up to open {name}.</source>
            <translation>Asnjë program nuk është caktuar për të hapur {name}.</translation>
        </message>
        <message>
            <source>Save a copy in…</source>
            <translation>Ruaj një kopje në…</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>U ruajt si {path}.</translation>
        </message>
        <message>
            <source>Remove {name} from the request and from the attachments folder?</source>
            <translation>Të hiqet {name} nga kërkesa dhe nga dosja e bashkëngjitjeve?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hiq</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Pranuar më</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>Which documents: as the requester wrote it, or as written down</source>
            <translation>Cilat dokumente: siç i shkroi parashtruesi, ose siç u mbajtën shënim</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Dokumentet e kërkuara</translation>
        </message>
        <message>
            <source>Form wanted</source>
            <translation>Forma e kërkuar</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgjente</translation>
        </message>
        <message>
            <source>whose life or liberty, public health or the environment is at stake</source>
            <translation>çfarë rrezikohet: jeta ose liria e kujt, shëndeti publik apo mjedisi</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgjenca</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Posedohen nga</translation>
        </message>
        <message>
            <source>the directorate or unit holding the documents</source>
            <translation>drejtoria ose njësia që i posedon dokumentet</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Shënim</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(asnjë)</translation>
        </message>
        <message>
            <source>The action-plan activity this request is evidence of (answering requests for information)</source>
            <translation>Aktiviteti i planit të veprimit për të cilin kjo kërkesë shërben si dëshmi (përgjigjja ndaj kërkesave për informim)</translation>
        </message>
        <message>
            <source>Plan activity</source>
            <translation>Aktiviteti i planit</translation>
        </message>
        <message>
            <source>A request made in person is written down by the officer; the requester need not give reasons.</source>
            <translation>Kërkesën e bërë personalisht e mban shënim zyrtari; parashtruesi nuk është i detyruar të japë arsye.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>person or organisation</source>
            <translation>person ose organizatë</translation>
        </message>
        <message>
            <source>A journalist or anyone in the contacts: their personal-data export and erasure then include this request</source>
            <translation>Një gazetar ose kushdo nga kontaktet: eksporti dhe fshirja e të dhënave të tyre personale e përfshijnë atëherë edhe këtë kërkesë</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakti</translation>
        </message>
        <message>
            <source>Anonymous towards third parties (the name is never given out)</source>
            <translation>Anonim ndaj palëve të treta (emri nuk jepet kurrë)</translation>
        </message>
        <message>
            <source>Requester type</source>
            <translation>Lloji i parashtruesit</translation>
        </message>
        <message>
            <source>e-mail or postal address for the reply</source>
            <translation>adresa e e-mailit ose adresa postare për përgjigje</translation>
        </message>
        <message>
            <source>Reply to</source>
            <translation>Përgjigjja në</translation>
        </message>
        <message>
            <source>Letters in</source>
            <translation>Shkresat në gjuhën</translation>
        </message>
        <message>
            <source>Requesters are private persons: their details are erased a number of years after the request is closed (Settings), or at once with “Erase requester's details”.</source>
            <translation>Parashtruesit janë persona privatë: të dhënat e tyre fshihen pas një numri vitesh nga mbyllja e kërkesës (Cilësimet), ose menjëherë me „Fshij të dhënat e parashtruesit”.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>asked on</source>
            <translation>kërkuar më</translation>
        </message>
        <message>
            <source>received on</source>
            <translation>pranuar më</translation>
        </message>
        <message>
            <source>Clarification</source>
            <translation>Sqarimi</translation>
        </message>
        <message>
            <source>While a clarification is outstanding the deadline clock stands still.</source>
            <translation>Derisa pritet sqarimi, afati pezullohet.</translation>
        </message>
        <message>
            <source>extended on</source>
            <translation>vazhduar më</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Vazhdimi i afatit</translation>
        </message>
        <message>
            <source>why the deadline is extended (once, by up to 15 days)</source>
            <translation>pse vazhdohet afati (një herë, deri në 15 ditë)</translation>
        </message>
        <message>
            <source>Reason for extension</source>
            <translation>Arsyeja e vazhdimit</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>Përcjellë</translation>
        </message>
        <message>
            <source>Forwarded to</source>
            <translation>Përcjellë te</translation>
        </message>
        <message>
            <source>the institution that holds the documents</source>
            <translation>institucioni që i posedon dokumentet</translation>
        </message>
        <message>
            <source>(not decided yet)</source>
            <translation>(ende pa vendim)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezultati</translation>
        </message>
        <message>
            <source>decided on</source>
            <translation>vendosur më</translation>
        </message>
        <message>
            <source>Withheld</source>
            <translation>E kufizuar</translation>
        </message>
        <message>
            <source>partial access: what was withheld and why</source>
            <translation>qasje e pjesshme: çfarë u kufizua dhe pse</translation>
        </message>
        <message>
            <source>Legal ground</source>
            <translation>Baza ligjore</translation>
        </message>
        <message>
            <source>Harm test</source>
            <translation>Testi i dëmit</translation>
        </message>
        <message>
            <source>what harm disclosure would cause</source>
            <translation>çfarë dëmi do të shkaktonte zbulimi</translation>
        </message>
        <message>
            <source>Public-interest test</source>
            <translation>Testi i interesit publik</translation>
        </message>
        <message>
            <source>why the interest in disclosure does not outweigh the harm</source>
            <translation>pse interesi për zbulim nuk e tejkalon dëmin</translation>
        </message>
        <message>
            <source>delivered on</source>
            <translation>dorëzuar më</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumentet</translation>
        </message>
        <message>
            <source>Cost of copies (€)</source>
            <translation>Kostoja e kopjeve (€)</translation>
        </message>
        <message>
            <source>Complaint to the Agency</source>
            <translation>Ankesa në Agjenci</translation>
        </message>
        <message>
            <source>lodged on</source>
            <translation>parashtruar më</translation>
        </message>
        <message>
            <source>e.g. complaint upheld — no names: this text goes into the report to the Agency</source>
            <translation>p.sh. ankesa u aprovua si e bazuar — pa emra: ky tekst hyn në raportin për Agjencinë</translation>
        </message>
        <message>
            <source>Agency's decision</source>
            <translation>Vendimi i Agjencisë</translation>
        </message>
        <message>
            <source>Court case</source>
            <translation>Padia në gjykatë</translation>
        </message>
        <message>
            <source>filed on</source>
            <translation>ngritur më</translation>
        </message>
        <message>
            <source>Court's decision</source>
            <translation>Vendimi i gjykatës</translation>
        </message>
        <message>
            <source>After a refusal, or when no answer came in time, the requester may complain to the Information and Privacy Agency within 15 days, and then go to the administrative court within 30 days.</source>
            <translation>Pas refuzimit, ose kur përgjigjja nuk ka ardhur në afat, parashtruesi mund të parashtrojë ankesë në Agjencinë për Informim dhe Privatësi brenda 15 ditëve, e më pas të ngrejë konflikt administrativ në gjykatë brenda 30 ditëve.</translation>
        </message>
        <message>
            <source>&amp;Letter…</source>
            <translation>Shk&amp;resë…</translation>
        </message>
        <message>
            <source>Receipt, clarification, extension, forwarding, decisions — as PDF or e-mail draft</source>
            <translation>Konfirmimi i pranimit, sqarimi, vazhdimi i afatit, përcjellja, vendimet — si PDF ose draft e-maili</translation>
        </message>
        <message>
            <source>(no letter for this request yet)</source>
            <translation>(ende asnjë shkresë për këtë kërkesë)</translation>
        </message>
        <message>
            <source>PDF letters (*.pdf)</source>
            <translation>Shkresa PDF (*.pdf)</translation>
        </message>
        <message>
            <source>E-mail drafts (*.eml)</source>
            <translation>Drafte e-maili (*.eml)</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>U shkrua: {path}</translation>
        </message>
        <message>
            <source>type a name to link the requester to a contact</source>
            <translation>shkruani një emër për ta lidhur parashtruesin me një kontakt</translation>
        </message>
    </context>
    <context>
        <name>RequestImport</name>
        <message>
            <source>{file} holds no requests: only its header row.</source>
            <translation>{file} nuk përmban kërkesa: vetëm rreshtin e titujve.</translation>
        </message>
        <message>
            <source>the received date is missing</source>
            <translation>mungon data e pranimit</translation>
        </message>
        <message>
            <source>the received date "{value}" is not a date written DD.MM.YYYY or DD.MM.YYYY HH:MM</source>
            <translation>data e pranimit "{value}" nuk është datë e shkruar DD.MM.VVVV ose DD.MM.VVVV HH:MM</translation>
        </message>
        <message>
            <source>"{column}" holds "{value}", which is not a date written DD.MM.YYYY</source>
            <translation>"{column}" përmban "{value}", që nuk është datë e shkruar DD.MM.VVVV</translation>
        </message>
        <message>
            <source>unknown requester type "{value}" (citizen, media, ngo, business, institution or other)</source>
            <translation>lloj i panjohur parashtruesi "{value}" (citizen, media, ngo, business, institution ose other)</translation>
        </message>
        <message>
            <source>unknown channel "{value}" (in_person, letter, email, web or other)</source>
            <translation>kanal i panjohur "{value}" (in_person, letter, email, web ose other)</translation>
        </message>
        <message>
            <source>unknown status "{value}"</source>
            <translation>status i panjohur "{value}"</translation>
        </message>
        <message>
            <source>unknown outcome "{value}" (granted, partial, refused, forwarded, not_held or withdrawn)</source>
            <translation>rezultat i panjohur "{value}" (granted, partial, refused, forwarded, not_held ose withdrawn)</translation>
        </message>
        <message>
            <source>unknown legal ground "{value}"</source>
            <translation>bazë ligjore e panjohur "{value}"</translation>
        </message>
        <message>
            <source>the cost "{value}" is not an amount in euro</source>
            <translation>kostoja "{value}" nuk është shumë në euro</translation>
        </message>
        <message>
            <source>"urgent" is "{value}", not yes or no</source>
            <translation>"urgent" ka vlerën "{value}", e cila nuk është po ose jo</translation>
        </message>
        <message>
            <source>the documents requested (subject) are not named</source>
            <translation>dokumentet e kërkuara (subject) nuk janë shënuar</translation>
        </message>
        <message>
            <source>Not recorded in the old register.</source>
            <translation>Nuk është shënuar në regjistrin e vjetër.</translation>
        </message>
        <message>
            <source>the status "{status}" does not go with the outcome "{outcome}"</source>
            <translation>statusi "{status}" nuk përputhet me rezultatin "{outcome}"</translation>
        </message>
        <message>
            <source>the outcome "{outcome}" needs the day it was decided ("decided")</source>
            <translation>rezultati "{outcome}" kërkon ditën e vendimit ("decided")</translation>
        </message>
        <message>
            <source>a forwarded request needs the day it was forwarded ("forwarded_on")</source>
            <translation>një kërkesë e përcjellë kërkon ditën e përcjelljes ("forwarded_on")</translation>
        </message>
        <message>
            <source>a decision day ("decided") needs the outcome of the decision</source>
            <translation>dita e vendimit ("decided") kërkon edhe rezultatin e vendimit</translation>
        </message>
        <message>
            <source>the harm test</source>
            <translation>testi i dëmit</translation>
        </message>
        <message>
            <source>the public-interest test</source>
            <translation>testi i interesit publik</translation>
        </message>
        <message>
            <source>what was withheld</source>
            <translation>çfarë u kufizua</translation>
        </message>
        <message>
            <source>why it was urgent</source>
            <translation>pse ishte urgjente</translation>
        </message>
        <message>
            <source>why the deadline was extended</source>
            <translation>pse u vazhdua afati</translation>
        </message>
        <message>
            <source>Imported from the old register, which did not record {what}.</source>
            <translation>U importua nga regjistri i vjetër, në të cilin nuk ishte shënuar: {what}.</translation>
        </message>
        <message>
            <source>the received date is in the future</source>
            <translation>data e pranimit është në të ardhmen</translation>
        </message>
    </context>
    <context>
        <name>RequestLetters</name>
        <message>
            <source>Confirmation of receipt</source>
            <translation>Konfirmim i pranimit</translation>
        </message>
        <message>
            <source>Request for clarification</source>
            <translation>Kërkesë për sqarim</translation>
        </message>
        <message>
            <source>Notice of extension</source>
            <translation>Njoftim për vazhdimin e afatit</translation>
        </message>
        <message>
            <source>Notice of forwarding</source>
            <translation>Njoftim për përcjelljen</translation>
        </message>
        <message>
            <source>Decision granting access</source>
            <translation>Vendim për lejimin e qasjes</translation>
        </message>
        <message>
            <source>Decision granting partial access</source>
            <translation>Vendim për lejimin e pjesshëm të qasjes</translation>
        </message>
        <message>
            <source>Refusal</source>
            <translation>Vendim për refuzim</translation>
        </message>
        <message>
            <source>Notice that the documents are ready</source>
            <translation>Njoftim se dokumentet janë gati</translation>
        </message>
        <message>
            <source>The request's number</source>
            <translation>Numri i kërkesës</translation>
        </message>
        <message>
            <source>The day the request was registered</source>
            <translation>Dita kur u regjistrua kërkesa</translation>
        </message>
        <message>
            <source>The decision deadline, without an extension</source>
            <translation>Afati për vendim, pa vazhdim</translation>
        </message>
        <message>
            <source>The decision deadline after the extension</source>
            <translation>Afati për vendim pas vazhdimit</translation>
        </message>
        <message>
            <source>The requester's name (a neutral word once it is erased)</source>
            <translation>Emri i parashtruesit (një fjalë neutrale pasi të jetë fshirë)</translation>
        </message>
        <message>
            <source>The documents requested</source>
            <translation>Dokumentet e kërkuara</translation>
        </message>
        <message>
            <source>The form of access asked for</source>
            <translation>Forma e kërkuar e qasjes</translation>
        </message>
        <message>
            <source>The institution's name in the letter's language</source>
            <translation>Emri i institucionit në gjuhën e shkresës</translation>
        </message>
        <message>
            <source>The officer's name</source>
            <translation>Emri i zyrtarit</translation>
        </message>
        <message>
            <source>The municipality of the office profile</source>
            <translation>Komuna nga profili i zyrës</translation>
        </message>
        <message>
            <source>The date of the letter</source>
            <translation>Data e shkresës</translation>
        </message>
        <message>
            <source>The date of the decision</source>
            <translation>Data e vendimit</translation>
        </message>
        <message>
            <source>The legal ground for limiting access</source>
            <translation>Baza ligjore për kufizimin e qasjes</translation>
        </message>
        <message>
            <source>The harm test as written down</source>
            <translation>Testi i dëmit siç është shkruar</translation>
        </message>
        <message>
            <source>The public-interest test as written down</source>
            <translation>Testi i interesit publik siç është shkruar</translation>
        </message>
        <message>
            <source>What was withheld</source>
            <translation>Çfarë u kufizua</translation>
        </message>
        <message>
            <source>The institution the request was forwarded to</source>
            <translation>Institucioni të cilit iu përcoll kërkesa</translation>
        </message>
        <message>
            <source>Why the deadline was extended</source>
            <translation>Pse u vazhdua afati</translation>
        </message>
        <message>
            <source>15 days after the decision date</source>
            <translation>15 ditë pas datës së vendimit</translation>
        </message>
        <message>
            <source>The cost of copies</source>
            <translation>Kostoja e kopjeve</translation>
        </message>
        <message>
            <source>A letter needs some text.</source>
            <translation>Shkresa duhet të ketë tekst.</translation>
        </message>
        <message>
            <source>The letter is too long (at most {count} characters).</source>
            <translation>Shkresa është shumë e gjatë (më së shumti {count} shenja).</translation>
        </message>
        <message>
            <source>The letter has an unknown placeholder: {placeholder}. It can use {known}.</source>
            <translation>Shkresa ka një vendmbajtës të panjohur: {placeholder}. Mund të përdorë {known}.</translation>
        </message>
        <message>
            <source>Letters are written in Albanian, Serbian or English, not {language}.</source>
            <translation>Shkresat shkruhen në shqip, serbisht ose anglisht, jo në gjuhën {language}.</translation>
        </message>
        <message>
            <source>The letter “{letter}” does not fit this request as it stands.</source>
            <translation>Shkresa „{letter}” nuk i përshtatet kësaj kërkese në gjendjen e saj aktuale.</translation>
        </message>
        <message>
            <source>A letter is written as a .pdf or an .eml file, not {suffix}.</source>
            <translation>Shkresa shkruhet si skedar .pdf ose .eml, jo {suffix}.</translation>
        </message>
        <message>
            <source>Enter the office's e-mail address in Settings → Office profile: the letters are sent from it.</source>
            <translation>Shkruani adresën e e-mailit të zyrës te Cilësimet → Profili i zyrës: shkresat dërgohen prej saj.</translation>
        </message>
        <message>
            <source>Letter templates</source>
            <translation>Shabllonet e shkresave</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Fut</translation>
        </message>
        <message>
            <source>&amp;Reset to default</source>
            <translation>&amp;Rikthe parazgjedhjen</translation>
        </message>
        <message>
            <source>&amp;Letter</source>
            <translation>&amp;Shkresa</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Gjuha</translation>
        </message>
        <message>
            <source>Paragraphs are separated by an empty line. A short line of its own without a full stop is a heading; written in capitals (VENDIM), it is centred.</source>
            <translation>Paragrafët ndahen me një rresht bosh. Një rresht i shkurtër më vete pa pikë në fund është titull; i shkruar me shkronja të mëdha (VENDIM), vendoset në qendër.</translation>
        </message>
        <message>
            <source>Placeholders (double-click or Enter inserts one)</source>
            <translation>Vendmbajtësit (klikimi i dyfishtë ose Enter fut njërin)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>The wording commsdesk ships with.</source>
            <translation>Teksti që vjen me commsdesk.</translation>
        </message>
        <message>
            <source>The office's own wording.</source>
            <translation>Teksti i vetë zyrës.</translation>
        </message>
        <message>
            <source>The office's own wording, not saved yet.</source>
            <translation>Teksti i vetë zyrës, ende i paruajtur.</translation>
        </message>
        <message>
            <source>Unknown placeholder: {placeholder}</source>
            <translation>Vendmbajtës i panjohur: {placeholder}</translation>
        </message>
    </context>
    <context>
        <name>RequestOutcome</name>
        <message>
            <source>Granted</source>
            <translation>E lejuar</translation>
        </message>
        <message>
            <source>Partially granted</source>
            <translation>E lejuar pjesërisht</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>E refuzuar</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>E përcjellë</translation>
        </message>
        <message>
            <source>Not held</source>
            <translation>Nuk posedohet</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>E tërhequr</translation>
        </message>
    </context>
    <context>
        <name>RequestReport</name>
        <message>
            <source>Report to the Information and Privacy Agency on requests for access to public documents</source>
            <translation>Raport për Agjencinë për Informim dhe Privatësi për kërkesat për qasje në dokumente publike</translation>
        </message>
        <message>
            <source>report-to-aip</source>
            <translation>raporti-per-aip</translation>
        </message>
        <message>
            <source>Requests registered from {first} to {last}, as they stand on {day}. No personal data.</source>
            <translation>Kërkesat e regjistruara nga {first} deri më {last}, sipas gjendjes më {day}. Pa të dhëna personale.</translation>
        </message>
        <message>
            <source>Requests received</source>
            <translation>Kërkesa të pranuara</translation>
        </message>
        <message>
            <source>Decided or forwarded within the deadline</source>
            <translation>Të vendosura ose të përcjella brenda afatit</translation>
        </message>
        <message>
            <source>Decided or forwarded after the deadline</source>
            <translation>Të vendosura ose të përcjella pas afatit</translation>
        </message>
        <message>
            <source>Not yet decided</source>
            <translation>Ende të pavendosura</translation>
        </message>
        <message>
            <source>Still open past the deadline (deemed refused)</source>
            <translation>Ende të hapura pas afatit (konsiderohen të refuzuara)</translation>
        </message>
        <message>
            <source>Deadline extended</source>
            <translation>Me afat të vazhduar</translation>
        </message>
        <message>
            <source>Urgent requests (life or liberty)</source>
            <translation>Kërkesa urgjente (jeta ose liria)</translation>
        </message>
        <message>
            <source>Complaints to the Agency</source>
            <translation>Ankesa në Agjenci</translation>
        </message>
        <message>
            <source>Cases before the court</source>
            <translation>Raste në gjykatë</translation>
        </message>
        <message>
            <source>Median days from registration to decision</source>
            <translation>Mediana e ditëve nga regjistrimi deri te vendimi</translation>
        </message>
        <message>
            <source>Longest time from registration to decision (days)</source>
            <translation>Koha më e gjatë nga regjistrimi deri te vendimi (ditë)</translation>
        </message>
        <message>
            <source>Costs of copies charged</source>
            <translation>Kostot e kopjeve të ngarkuara</translation>
        </message>
        <message>
            <source>Requests received by type of requester</source>
            <translation>Kërkesat e pranuara sipas llojit të parashtruesit</translation>
        </message>
        <message>
            <source>Type of requester</source>
            <translation>Lloji i parashtruesit</translation>
        </message>
        <message>
            <source>Requests received by channel</source>
            <translation>Kërkesat e pranuara sipas kanalit</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanali</translation>
        </message>
        <message>
            <source>Outcome of the requests</source>
            <translation>Rezultati i kërkesave</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezultati</translation>
        </message>
        <message>
            <source>Refusals and partial refusals by legal ground</source>
            <translation>Refuzimet e plota dhe të pjesshme sipas bazës ligjore</translation>
        </message>
        <message>
            <source>Legal ground</source>
            <translation>Baza ligjore</translation>
        </message>
        <message>
            <source>No request was refused, in full or in part.</source>
            <translation>Asnjë kërkesë nuk u refuzua, as plotësisht as pjesërisht.</translation>
        </message>
        <message>
            <source>Complaints to the Agency by outcome</source>
            <translation>Ankesat në Agjenci sipas rezultatit</translation>
        </message>
        <message>
            <source>Outcome of the complaint</source>
            <translation>Rezultati i ankesës</translation>
        </message>
        <message>
            <source>No outcome yet</source>
            <translation>Ende pa rezultat</translation>
        </message>
        <message>
            <source>No complaint was made to the Agency.</source>
            <translation>Nuk u parashtrua asnjë ankesë në Agjenci.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Kërkesa</translation>
        </message>
        <message>
            <source>Prepared by: information officer</source>
            <translation>Përgatiti: zyrtari për informim</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Shifrat kryesore</translation>
        </message>
        <message>
            <source>AIP {period}</source>
            <translation>AIP {period}</translation>
        </message>
        <message>
            <source>Breakdown {period}</source>
            <translation>Ndarja {period}</translation>
        </message>
        <message>
            <source>Report to the Information and Privacy Agency</source>
            <translation>Raport për Agjencinë për Informim dhe Privatësi</translation>
        </message>
        <message>
            <source>Requests received in the period: by requester type and channel, decided in time and late, by outcome and legal ground, extensions, complaints, days to decide. No requester's personal data.</source>
            <translation>Kërkesat e pranuara në periudhë: sipas llojit të parashtruesit dhe kanalit, të vendosura në afat dhe me vonesë, sipas rezultatit dhe bazës ligjore, vazhdimet e afatit, ankesat, ditët deri te vendimi. Pa të dhëna personale të parashtruesve.</translation>
        </message>
    </context>
    <context>
        <name>RequestRules</name>
        <message>
            <source>Name the legal ground for limiting access.</source>
            <translation>Shënoni bazën ligjore për kufizimin e qasjes.</translation>
        </message>
        <message>
            <source>Write down the harm test: what harm disclosure would cause.</source>
            <translation>Shkruani testin e dëmit: çfarë dëmi do të shkaktonte zbulimi.</translation>
        </message>
        <message>
            <source>Write down the public-interest test: why the interest in disclosure does not outweigh the harm.</source>
            <translation>Shkruani testin e interesit publik: pse interesi për zbulim nuk e tejkalon dëmin.</translation>
        </message>
        <message>
            <source>Say what was withheld and why.</source>
            <translation>Shkruani çfarë u kufizua dhe pse.</translation>
        </message>
        <message>
            <source>Name the institution the request went to.</source>
            <translation>Shënoni institucionin të cilit iu përcoll kërkesa.</translation>
        </message>
    </context>
    <context>
        <name>RequestSettings</name>
        <message>
            <source>Document request settings</source>
            <translation>Cilësimet e kërkesave për qasje</translation>
        </message>
        <message>
            <source>Number format</source>
            <translation>Formati i numrit</translation>
        </message>
        <message>
            <source>{year} is the year, {number:03d} the request's number in it.</source>
            <translation>{year} është viti, {number:03d} numri i kërkesës brenda tij.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> ditë</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> orë</translation>
        </message>
        <message>
            <source>Count them as working days (not calendar days)</source>
            <translation>Llogariti si ditë pune (jo ditë kalendarike)</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> ditë pune</translation>
        </message>
        <message>
            <source>Decide within</source>
            <translation>Vendimi merret brenda</translation>
        </message>
        <message>
            <source>Urgent requests (life or liberty)</source>
            <translation>Kërkesa urgjente (jeta ose liria)</translation>
        </message>
        <message>
            <source>One extension of up to</source>
            <translation>Një vazhdim i afatit deri në</translation>
        </message>
        <message>
            <source>Forward a request for a document not held within</source>
            <translation>Kërkesa për dokument që nuk posedohet përcillet brenda</translation>
        </message>
        <message>
            <source>The law's defaults: 7 days (calendar days, the stricter reading), 48 hours, 15 days, 5 working days. A deadline on a weekend or public holiday moves to the next working day. Changes apply to requests registered from now on: each request keeps the rules it was registered under.</source>
            <translation>Vlerat sipas ligjit: 7 ditë (ditë kalendarike, leximi më i rreptë), 48 orë, 15 ditë, 5 ditë pune. Afati që bie në fundjavë ose në festë zyrtare kalon në ditën e parë të punës. Ndryshimet vlejnë për kërkesat që regjistrohen tani e tutje: çdo kërkesë ruan rregullat me të cilat u regjistrua.</translation>
        </message>
        <message>
            <source>The law's defaults</source>
            <translation>Vlerat sipas ligjit</translation>
        </message>
        <message>
            <source>Deadline rules</source>
            <translation>Rregullat e afateve</translation>
        </message>
        <message>
            <source> years</source>
            <translation> vjet</translation>
        </message>
        <message>
            <source>Erase requesters' details after</source>
            <translation>Fshiji të dhënat e parashtruesve pas</translation>
        </message>
        <message>
            <source>counted from the day the request was closed</source>
            <translation>llogaritur nga dita kur u mbyll kërkesa</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>The 14th request of 2026: {example}</source>
            <translation>Kërkesa e 14-të e vitit 2026: {example}</translation>
        </message>
    </context>
    <context>
        <name>RequestStatus</name>
        <message>
            <source>Registered</source>
            <translation>E regjistruar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Në proces</translation>
        </message>
        <message>
            <source>Awaiting clarification</source>
            <translation>Në pritje të sqarimit</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>E vendosur</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>E përcjellë</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>E tërhequr</translation>
        </message>
    </context>
    <context>
        <name>RequestStep</name>
        <message>
            <source>Registered</source>
            <translation>U regjistrua</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>U ndryshua</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Statusi u ndryshua</translation>
        </message>
        <message>
            <source>Clarification asked</source>
            <translation>U kërkua sqarim</translation>
        </message>
        <message>
            <source>Clarification received</source>
            <translation>U pranua sqarimi</translation>
        </message>
        <message>
            <source>Deadline extended</source>
            <translation>Afati u vazhdua</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>U vendos</translation>
        </message>
        <message>
            <source>Documents delivered</source>
            <translation>Dokumentet u dorëzuan</translation>
        </message>
        <message>
            <source>Complaint or court case</source>
            <translation>Ankesë ose padi</translation>
        </message>
        <message>
            <source>Letter written</source>
            <translation>U shkrua shkresa</translation>
        </message>
        <message>
            <source>File added</source>
            <translation>U shtua skedari</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Të dhënat personale u fshinë</translation>
        </message>
    </context>
    <context>
        <name>RequesterType</name>
        <message>
            <source>Citizen</source>
            <translation>Qytetar</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>OJQ</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Biznes</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institucion</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Tjetër</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>The request no longer exists.</source>
            <translation>Kërkesa nuk ekziston më.</translation>
        </message>
        <message>
            <source>(personal data erased)</source>
            <translation>(të dhënat personale u fshinë)</translation>
        </message>
        <message>
            <source>(anonymous)</source>
            <translation>(anonim)</translation>
        </message>
        <message>
            <source>Say which documents are requested.</source>
            <translation>Shkruani cilat dokumente kërkohen.</translation>
        </message>
        <message>
            <source>Name the requester, or mark the request as anonymous.</source>
            <translation>Shënoni parashtruesin ose shënojeni kërkesën si anonime.</translation>
        </message>
        <message>
            <source>Say why the request is urgent (whose life or liberty is at stake).</source>
            <translation>Shkruani pse kërkesa është urgjente (jeta ose liria e kujt rrezikohet).</translation>
        </message>
        <message>
            <source>The legal ground is not one commsdesk knows.</source>
            <translation>Baza ligjore nuk është ndër ato që njeh commsdesk.</translation>
        </message>
        <message>
            <source>The cost of copies must be between 0 and 1,000,000 €.</source>
            <translation>Kostoja e kopjeve duhet të jetë nga 0 deri në 1.000.000 €.</translation>
        </message>
        <message>
            <source>The clarification cannot be asked before the request was received.</source>
            <translation>Sqarimi nuk mund të kërkohet para se të jetë pranuar kërkesa.</translation>
        </message>
        <message>
            <source>The deadline cannot be extended before the request was received.</source>
            <translation>Afati nuk mund të vazhdohet para se të jetë pranuar kërkesa.</translation>
        </message>
        <message>
            <source>The request cannot be forwarded before it was received.</source>
            <translation>Kërkesa nuk mund të përcillet para se të jetë pranuar.</translation>
        </message>
        <message>
            <source>The decision cannot come before the request was received.</source>
            <translation>Vendimi nuk mund të jetë para pranimit të kërkesës.</translation>
        </message>
        <message>
            <source>The clarification cannot arrive before it was asked.</source>
            <translation>Sqarimi nuk mund të arrijë para se të jetë kërkuar.</translation>
        </message>
        <message>
            <source>Say why the deadline is extended.</source>
            <translation>Shkruani pse vazhdohet afati.</translation>
        </message>
        <message>
            <source>Documents are delivered on or after the decision.</source>
            <translation>Dokumentet dorëzohen në ditën e vendimit ose pas saj.</translation>
        </message>
        <message>
            <source>A complaint cannot come before the request.</source>
            <translation>Ankesa nuk mund të jetë para kërkesës.</translation>
        </message>
        <message>
            <source>Enter the complaint to the Agency before the court case.</source>
            <translation>Regjistroni ankesën në Agjenci para padisë në gjykatë.</translation>
        </message>
        <message>
            <source>Choose the outcome of a closed request.</source>
            <translation>Zgjidhni rezultatin e kërkesës së mbyllur.</translation>
        </message>
        <message>
            <source>Keep requesters' details between 1 and 100 years.</source>
            <translation>Të dhënat e parashtruesve ruhen nga 1 deri në 100 vjet.</translation>
        </message>
        <message>
            <source>That number is taken in that year.</source>
            <translation>Ky numër është i zënë në atë vit.</translation>
        </message>
        <message>
            <source>A request cannot move to another year: its number would change.</source>
            <translation>Kërkesa nuk mund të kalojë në një vit tjetër: numri i saj do të ndryshonte.</translation>
        </message>
        <message>
            <source>The linked contact no longer exists.</source>
            <translation>Kontakti i lidhur nuk ekziston më.</translation>
        </message>
    </context>
    <context>
        <name>RequestsCli</name>
        <message>
            <source>import the old register of document requests from CSV or XLSX (all rows or none)</source>
            <translation>importon regjistrin e vjetër të kërkesave për qasje në dokumente nga CSV ose XLSX (të gjithë rreshtat ose asnjë)</translation>
        </message>
        <message>
            <source>the register file (.csv or .xlsx)</source>
            <translation>skedari i regjistrit (.csv ose .xlsx)</translation>
        </message>
        <message>
            <source>write the register of document requests (or one year of it) as XLSX or CSV</source>
            <translation>shkruan regjistrin e kërkesave për qasje në dokumente (ose një vit të tij) si XLSX ose CSV</translation>
        </message>
        <message>
            <source>only the requests received in this year</source>
            <translation>vetëm kërkesat e pranuara në këtë vit</translation>
        </message>
        <message>
            <source>the report to the Information and Privacy Agency on document requests</source>
            <translation>raporti për Agjencinë për Informim dhe Privatësi për kërkesat për qasje në dokumente</translation>
        </message>
        <message>
            <source>Imported {path}: {created} new requests, {unchanged} already in the register.</source>
            <translation>U importua {path}: {created} kërkesa të reja, {unchanged} ishin tashmë në regjistër.</translation>
        </message>
        <message>
            <source>Exported {count} requests to {path}.</source>
            <translation>U eksportuan {count} kërkesa në {path}.</translation>
        </message>
    </context>
    <context>
        <name>RequestsTab</name>
        <message>
            <source>Document request &amp;settings…</source>
            <translation>Cilësimet e kërkesave për &amp;qasje…</translation>
        </message>
        <message>
            <source>Letter &amp;templates…</source>
            <translation>&amp;Shabllonet e shkresave…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Të gjitha vitet</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Të gjitha statuset</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Të gjitha rezultatet</translation>
        </message>
        <message>
            <source>All requesters</source>
            <translation>Të gjithë parashtruesit</translation>
        </message>
        <message>
            <source>Search number, requester, documents… (Ctrl+F)</source>
            <translation>Kërko numrin, parashtruesin, dokumentet… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Vetëm me afat të kaluar</translation>
        </message>
        <message>
            <source>Open requests past their deadline: {meaning}</source>
            <translation>Kërkesat e hapura me afat të kaluar: {meaning}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numri</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Pranuar</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Parashtruesi</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Lloji</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Dokumentet e kërkuara</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezultati</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Afati</translation>
        </message>
        <message>
            <source>Days left / late</source>
            <translation>Ditë të mbetura / vonesë</translation>
        </message>
        <message>
            <source>The clock stands still until the requester's clarification arrives.</source>
            <translation>Afati është pezulluar derisa të arrijë sqarimi i parashtruesit.</translation>
        </message>
        <message>
            <source>Urgent: due {moment}, not moved to a working day</source>
            <translation>Urgjente: afati {moment}, nuk shtyhet në ditë pune</translation>
        </message>
        <message>
            <source>Deemed refused — the requester may complain to the Information and Privacy Agency</source>
            <translation>Konsiderohet e refuzuar — parashtruesi mund të parashtrojë ankesë në Agjencinë për Informim dhe Privatësi</translation>
        </message>
        <message>
            <source>waiting for clarification</source>
            <translation>në pritje të sqarimit</translation>
        </message>
        <message>
            <source>in time</source>
            <translation>në afat</translation>
        </message>
        <message>
            <source>Delete the request {reference} “{subject}” with its history and its {count} files?</source>
            <translation>Të fshihet kërkesa {reference} „{subject}” bashkë me historikun dhe {count} skedarët e saj?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Fshij</translation>
        </message>
        <message>
            <source>Import requests</source>
            <translation>Importo kërkesat</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.csv);;All files (*)</source>
            <translation>Regjistrat (*.xlsx *.csv);;Të gjithë skedarët (*)</translation>
        </message>
        <message>
            <source>{created} requests imported; {unchanged} were already in the register.</source>
            <translation>U importuan {created} kërkesa; {unchanged} ishin tashmë në regjistër.</translation>
        </message>
        <message>
            <source>Importing the requests…</source>
            <translation>Po importohen kërkesat…</translation>
        </message>
        <message>
            <source>document-requests</source>
            <translation>kerkesat-per-qasje</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libra pune Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Skedarë CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Eksporto listën</translation>
        </message>
        <message>
            <source>Exporting the requests…</source>
            <translation>Po eksportohen kërkesat…</translation>
        </message>
        <message>
            <source>1 request written to {path}</source>
            <translation>1 kërkesë u shkrua në {path}</translation>
        </message>
        <message>
            <source>{count} requests written to {path}</source>
            <translation>{count} kërkesa u shkruan në {path}</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Skedarë PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report to the Agency</source>
            <translation>Raporti për Agjencinë</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Po shkruhet raporti…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>U shkrua: {path}</translation>
        </message>
        <message>
            <source>&amp;New request</source>
            <translation>Kërkesë e &amp;re</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Hap</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Fshij</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Kërko</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importo…</translation>
        </message>
        <message>
            <source>The list as &amp;Excel workbook (XLSX)…</source>
            <translation>Lista si libër pune &amp;Excel (XLSX)…</translation>
        </message>
        <message>
            <source>The list as &amp;CSV…</source>
            <translation>Lista si &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;Report to the Agency…</source>
            <translation>&amp;Raporti për Agjencinë…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;ksporto</translation>
        </message>
        <message>
            <source>The yearly (or quarterly) report to the Information and Privacy Agency</source>
            <translation>Raporti vjetor (ose tremujor) për Agjencinë për Informim dhe Privatësi</translation>
        </message>
        <message>
            <source>1 request</source>
            <translation>1 kërkesë</translation>
        </message>
        <message>
            <source>{count} requests</source>
            <translation>{count} kërkesa</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Rikthe nga kopja rezervë</translation>
        </message>
        <message>
            <source>The database will be replaced by the backup you choose. The current file is kept in the backups folder.</source>
            <translation>Baza e të dhënave do të zëvendësohet me kopjen rezervë që zgjidhni. Skedari aktual ruhet në dosjen e kopjeve rezervë.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Rikthe</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>check that this installation works: database, PDF, Excel, translations, time zones (writes only to a temporary folder)</source>
            <translation>kontrollon që ky instalim punon: baza e të dhënave, PDF, Excel, përkthimet, zonat kohore (shkruan vetëm në një dosje të përkohshme)</translation>
        </message>
        <message>
            <source>show the details of each failure</source>
            <translation>shfaq hollësitë e çdo dështimi</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>në rregull</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>dështoi</translation>
        </message>
        <message>
            <source>{failed} of {count} checks failed.</source>
            <translation>{failed} nga {count} kontrolle dështuan.</translation>
        </message>
        <message>
            <source>All {count} checks passed.</source>
            <translation>Të gjitha kontrollet ({count}) kaluan.</translation>
        </message>
        <message>
            <source>missing in {folder}: {files}</source>
            <translation>mungojnë në {folder}: {files}</translation>
        </message>
        <message>
            <source>the upgraded database is not at {head}</source>
            <translation>baza e përditësuar e të dhënave nuk është në {head}</translation>
        </message>
        <message>
            <source>no backup was taken before the upgrade</source>
            <translation>nuk u bë kopje rezervë para përditësimit</translation>
        </message>
        <message>
            <source>created at {first}, backed up, upgraded to {head}</source>
            <translation>u krijua në {first}, u bë kopje rezervë, u përditësua në {head}</translation>
        </message>
        <message>
            <source>no demo rows in {tables}</source>
            <translation>asnjë rresht demo në {tables}</translation>
        </message>
        <message>
            <source>text not found in the PDF: {texts}</source>
            <translation>teksti nuk u gjet në PDF: {texts}</translation>
        </message>
        <message>
            <source>fonts not embedded: {fonts}</source>
            <translation>shkronjat nuk janë të përfshira: {fonts}</translation>
        </message>
        <message>
            <source>the logo is missing from the letterhead</source>
            <translation>logoja mungon në kokën e dokumentit</translation>
        </message>
        <message>
            <source>the preview (PDFium) draws a blank page</source>
            <translation>parapamja (PDFium) vizaton një faqe të zbrazët</translation>
        </message>
        <message>
            <source>ë ç š đ č ć ž read back; fonts {fonts} embedded; logo drawn; the preview draws the page</source>
            <translation>ë ç š đ č ć ž u lexuan sërish; shkronjat {fonts} të përfshira; logoja e vizatuar; parapamja e vizaton faqen</translation>
        </message>
        <message>
            <source>defusedxml is missing: workbooks would be read unsafely</source>
            <translation>mungon defusedxml: librat e punës do të lexoheshin në mënyrë të pasigurt</translation>
        </message>
        <message>
            <source>read back {found}, expected {expected}</source>
            <translation>u lexua {found}, pritej {expected}</translation>
        </message>
        <message>
            <source>text, date and money read back; a formula-like text stays text</source>
            <translation>teksti, data dhe shuma u lexuan përsëri; teksti që duket si formulë mbetet tekst</translation>
        </message>
        <message>
            <source>{file} has no translations</source>
            <translation>{file} nuk ka përkthime</translation>
        </message>
        <message>
            <source>Qt cannot load {file}</source>
            <translation>Qt nuk mund ta ngarkojë {file}</translation>
        </message>
        <message>
            <source>messages: {counts}; Qt's own: {qt}</source>
            <translation>mesazhe: {counts}; të vetë Qt-së: {qt}</translation>
        </message>
        <message>
            <source>weekly 09:00 became {local} (UTC hours {utc})</source>
            <translation>java në 09:00 u bë {local} (orët UTC {utc})</translation>
        </message>
        <message>
            <source>{before} → {after} ({zone}, bundled time-zone data)</source>
            <translation>{before} → {after} ({zone}, të dhënat e zonave kohore të përfshira)</translation>
        </message>
        <message>
            <source>the iCalendar event changed on the way back</source>
            <translation>ngjarja iCalendar ndryshoi gjatë kthimit</translation>
        </message>
        <message>
            <source>the vCard changed on the way back</source>
            <translation>vCard ndryshoi gjatë kthimit</translation>
        </message>
        <message>
            <source>an event with a time zone and a repeat rule, a contact with đ and č</source>
            <translation>një ngjarje me zonë kohore dhe rregull përsëritjeje, një kontakt me đ dhe č</translation>
        </message>
        <message>
            <source>platform plugins missing: {names}</source>
            <translation>mungojnë shtojcat e platformës: {names}</translation>
        </message>
        <message>
            <source>Qt cannot read JPEG images (imageformats plugin missing)</source>
            <translation>Qt nuk mund të lexojë imazhe JPEG (mungon shtojca imageformats)</translation>
        </message>
        <message>
            <source>widgets load; platform plugins {names}; JPEG images</source>
            <translation>elementet e dritares ngarkohen; shtojcat e platformës {names}; imazhe JPEG</translation>
        </message>
        <message>
            <source>also {modules}</source>
            <translation>edhe {modules}</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Burimet</translation>
        </message>
        <message>
            <source>Database and migrations</source>
            <translation>Baza e të dhënave dhe migrimet</translation>
        </message>
        <message>
            <source>Demo content</source>
            <translation>Përmbajtja demo</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Libër pune Excel</translation>
        </message>
        <message>
            <source>Translations</source>
            <translation>Përkthimet</translation>
        </message>
        <message>
            <source>Recurrence across summer time</source>
            <translation>Përsëritja gjatë kalimit në orën verore</translation>
        </message>
        <message>
            <source>iCalendar and vCard</source>
            <translation>iCalendar dhe vCard</translation>
        </message>
        <message>
            <source>Qt libraries</source>
            <translation>Libraritë Qt</translation>
        </message>
        <message>
            <source>frozen build in {folder}</source>
            <translation>version i paketuar në {folder}</translation>
        </message>
        <message>
            <source>from source, Python {version}</source>
            <translation>nga kodi burimor, Python {version}</translation>
        </message>
        <message>
            <source>not a complete PDF file</source>
            <translation>nuk është skedar PDF i plotë</translation>
        </message>
    </context>
    <context>
        <name>Statements</name>
        <message>
            <source>Name the statement's topic.</source>
            <translation>Shënoni temën e deklaratës.</translation>
        </message>
        <message>
            <source>Write the statement in at least one language.</source>
            <translation>Shkruani deklaratën të paktën në një gjuhë.</translation>
        </message>
        <message>
            <source>A statement cannot expire before it is valid.</source>
            <translation>Deklarata nuk mund të skadojë para se të fillojë të vlejë.</translation>
        </message>
        <message>
            <source>The statement no longer exists.</source>
            <translation>Deklarata nuk ekziston më.</translation>
        </message>
        <message>
            <source>The statement on {topic} is not valid today: it cannot be used.</source>
            <translation>Deklarata për temën {topic} nuk vlen sot: nuk mund të përdoret.</translation>
        </message>
        <message>
            <source>The statement on {topic} has no text in this language.</source>
            <translation>Deklarata për temën {topic} nuk ka tekst në këtë gjuhë.</translation>
        </message>
        <message>
            <source>expired {day}</source>
            <translation>skadoi më {day}</translation>
        </message>
        <message>
            <source>until {day}</source>
            <translation>deri më {day}</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>nga {day}</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>pa datë përfundimi</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Vlen</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Miratuar nga</translation>
        </message>
        <message>
            <source>Edit statement</source>
            <translation>Ndrysho deklaratën</translation>
        </message>
        <message>
            <source>New statement</source>
            <translation>Deklaratë e re</translation>
        </message>
        <message>
            <source>what the statement answers, e.g. the new bus station</source>
            <translation>çfarë trajton deklarata, p.sh. stacioni i ri i autobusëve</translation>
        </message>
        <message>
            <source>the mayor, a director, the cabinet…</source>
            <translation>kryetari, një drejtor, kabineti…</translation>
        </message>
        <message>
            <source>on</source>
            <translation>më</translation>
        </message>
        <message>
            <source>from</source>
            <translation>nga</translation>
        </message>
        <message>
            <source>until</source>
            <translation>deri më</translation>
        </message>
        <message>
            <source>Only statements valid today are offered for an answer; an expired one stays here, marked.</source>
            <translation>Për përgjigje ofrohen vetëm deklaratat që vlejnë sot; një deklaratë e skaduar mbetet këtu, e shënuar.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Approved statements</source>
            <translation>Deklaratat e miratuara</translation>
        </message>
        <message>
            <source>Search topic, text, approver…</source>
            <translation>Kërko temën, tekstin, miratuesin…</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Miratuar më</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Gjuhët</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Shto…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ndrysho…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Fshij…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Mbyll</translation>
        </message>
        <message>
            <source>{count} statements, {expired} expired</source>
            <translation>{count} deklarata, {expired} të skaduara</translation>
        </message>
        <message>
            <source>Delete the statement on “{topic}”? Answers that used it keep their text.</source>
            <translation>Të fshihet deklarata për „{topic}”? Përgjigjet që e kanë përdorur e ruajnë tekstin e tyre.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Fshi</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Linked by an earlier status update</source>
            <translation>Lidhur nga një përditësim i mëparshëm i statusit</translation>
        </message>
        <message>
            <source>Status update</source>
            <translation>Përditësimi i statusit</translation>
        </message>
        <message>
            <source>euros spent so far, e.g. 1.250,00</source>
            <translation>euro të shpenzuara deri tani, p.sh. 1.250,00</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Zgjidh…</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statusi:</translation>
        </message>
        <message>
            <source>Progress:</source>
            <translation>Përparimi:</translation>
        </message>
        <message>
            <source>Spent so far (€):</source>
            <translation>Shpenzuar deri tani (€):</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Koment:</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Dëshmi:</translation>
        </message>
        <message>
            <source>Evidence file:</source>
            <translation>Skedari i dëshmisë:</translation>
        </message>
        <message>
            <source>History ({count})</source>
            <translation>Historiku ({count})</translation>
        </message>
        <message>
            <source>Evidence: calendar events ({count})</source>
            <translation>Dëshmi: ngjarjet e kalendarit ({count})</translation>
        </message>
        <message>
            <source>Evidence: press releases ({count})</source>
            <translation>Dëshmi: komunikatat për shtyp ({count})</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Përparimi</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Shpenzuar</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Koment</translation>
        </message>
        <message>
            <source>Evidence file</source>
            <translation>Skedari i dëshmisë</translation>
        </message>
        <message>
            <source>The amount "{amount}" is not a number of euros.</source>
            <translation>Shuma "{amount}" nuk është numër eurosh.</translation>
        </message>
    </context>
    <context>
        <name>StrategyDialog</name>
        <message>
            <source>Strategy</source>
            <translation>Strategjia</translation>
        </message>
        <message>
            <source>Title ({language}):</source>
            <translation>Titulli ({language}):</translation>
        </message>
        <message>
            <source>Years:</source>
            <translation>Vitet:</translation>
        </message>
        <message>
            <source>Approved by the decision:</source>
            <translation>Miratuar me vendimin:</translation>
        </message>
        <message>
            <source>Date of the decision:</source>
            <translation>Data e vendimit:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Give the strategy a title.</source>
            <translation>Jepini strategjisë një titull.</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Ju lutemi prisni</translation>
        </message>
    </context>
    <context>
        <name>TimeLeft</name>
        <message>
            <source>today</source>
            <translation>sot</translation>
        </message>
        <message>
            <source>1 day left</source>
            <translation>1 ditë e mbetur</translation>
        </message>
        <message>
            <source>{count} days left</source>
            <translation>{count} ditë të mbetura</translation>
        </message>
        <message>
            <source>late</source>
            <translation>me vonesë</translation>
        </message>
        <message>
            <source>1 day late</source>
            <translation>1 ditë vonesë</translation>
        </message>
        <message>
            <source>{count} days late</source>
            <translation>{count} ditë vonesë</translation>
        </message>
        <message>
            <source>1 hour left</source>
            <translation>1 orë e mbetur</translation>
        </message>
        <message>
            <source>{count} hours left</source>
            <translation>{count} orë të mbetura</translation>
        </message>
        <message>
            <source>1 hour late</source>
            <translation>1 orë vonesë</translation>
        </message>
        <message>
            <source>{count} hours late</source>
            <translation>{count} orë vonesë</translation>
        </message>
    </context>
    <context>
        <name>VersionState</name>
        <message>
            <source>Missing</source>
            <translation>Mungon</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Përfundimtar</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <source>Monday</source>
            <translation>E hënë</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>E martë</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>E mërkurë</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>E enjte</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>E premte</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>E shtunë</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>E diel</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Hën</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mër</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Enj</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Pre</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sht</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Die</translation>
        </message>
    </context>
</TS>
