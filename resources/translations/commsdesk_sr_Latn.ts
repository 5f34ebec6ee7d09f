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
        <name>CalendarTab</name>
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
            <source>the database file to use</source>
            <translation>datoteka baze podataka koja se koristi</translation>
        </message>
        <message>
            <source>the language of messages</source>
            <translation>jezik poruka</translation>
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
            <source>Do not contact</source>
            <translation>Ne kontaktirati</translation>
        </message>
        <message>
            <source>Search name, organisation, e-mail, phone, notes…</source>
            <translation>Pretraži ime, organizaciju, e-poštu, telefon, beleške…</translation>
        </message>
        <message>
            <source>{count} contacts</source>
            <translation>Kontakata: {count}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Interrupted.</source>
            <translation>Prekinuto.</translation>
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
            <source>The database {path} is in use by another program. Close it and try again.</source>
            <translation>Bazu podataka {path} koristi drugi program. Zatvorite ga i pokušajte ponovo.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. Nothing was written to it.</source>
            <translation>Baza podataka {path} je oštećena. Ništa nije upisano u nju.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space; nothing was saved.</source>
            <translation>Disk je pun. Oslobodite prostor; ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>The database {path} cannot be written. Check that the folder is writable.</source>
            <translation>U bazu podataka {path} ne može da se upisuje. Proverite da li je u fasciklu dozvoljen upis.</translation>
        </message>
        <message>
            <source>{path} is not a commsdesk database.</source>
            <translation>{path} nije baza podataka programa commsdesk.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of commsdesk. Install that version to open it.</source>
            <translation>Bazu podataka {path} je upisala novija verzija programa commsdesk. Instalirajte tu verziju da biste je otvorili.</translation>
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
            <source>The file {path} does not exist.</source>
            <translation>Datoteka {path} ne postoji.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Fascikla {folder} ne postoji.</translation>
        </message>
        <message>
            <source>{path} cannot be written. Is it open in another program?</source>
            <translation>{path} ne može da se upiše. Da li je otvorena u drugom programu?</translation>
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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Napredak</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Godina:</translation>
        </message>
        <message>
            <source>No action plan yet.</source>
            <translation>Još nema akcionog plana.</translation>
        </message>
        <message>
            <source>Objective {number}: {title}</source>
            <translation>Cilj {number}: {title}</translation>
        </message>
        <message>
            <source>{count} activities, {cost} planned</source>
            <translation>Aktivnosti: {count}, planirano {cost}</translation>
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
            <source>Headline</source>
            <translation>Naslov</translation>
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
</TS>
