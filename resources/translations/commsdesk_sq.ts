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
        <name>CalendarTab</name>
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
            <source>the database file to use</source>
            <translation>skedari i bazës së të dhënave që përdoret</translation>
        </message>
        <message>
            <source>the language of messages</source>
            <translation>gjuha e mesazheve</translation>
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
            <source>Do not contact</source>
            <translation>Mos e kontakto</translation>
        </message>
        <message>
            <source>Search name, organisation, e-mail, phone, notes…</source>
            <translation>Kërko emrin, organizatën, e-mailin, telefonin, shënimet…</translation>
        </message>
        <message>
            <source>{count} contacts</source>
            <translation>{count} kontakte</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Interrupted.</source>
            <translation>U ndërpre.</translation>
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
            <source>The database {path} is in use by another program. Close it and try again.</source>
            <translation>Baza e të dhënave {path} po përdoret nga një program tjetër. Mbylleni dhe provoni sërish.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. Nothing was written to it.</source>
            <translation>Baza e të dhënave {path} është e dëmtuar. Asgjë nuk u shkrua në të.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space; nothing was saved.</source>
            <translation>Disku është plot. Lironi pak hapësirë; asgjë nuk u ruajt.</translation>
        </message>
        <message>
            <source>The database {path} cannot be written. Check that the folder is writable.</source>
            <translation>Në bazën e të dhënave {path} nuk mund të shkruhet. Kontrolloni që dosja lejon shkrimin.</translation>
        </message>
        <message>
            <source>{path} is not a commsdesk database.</source>
            <translation>{path} nuk është bazë e të dhënave e commsdesk.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of commsdesk. Install that version to open it.</source>
            <translation>Baza e të dhënave {path} është shkruar nga një version më i ri i commsdesk. Instaloni atë version për ta hapur.</translation>
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
            <source>The file {path} does not exist.</source>
            <translation>Skedari {path} nuk ekziston.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Dosja {folder} nuk ekziston.</translation>
        </message>
        <message>
            <source>{path} cannot be written. Is it open in another program?</source>
            <translation>{path} nuk mund të shkruhet. A është e hapur në një program tjetër?</translation>
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
            <source>Status</source>
            <translation>Statusi</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Përparimi</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Viti:</translation>
        </message>
        <message>
            <source>No action plan yet.</source>
            <translation>Ende nuk ka plan veprimi.</translation>
        </message>
        <message>
            <source>Objective {number}: {title}</source>
            <translation>Objektivi {number}: {title}</translation>
        </message>
        <message>
            <source>{count} activities, {cost} planned</source>
            <translation>{count} aktivitete, {cost} të planifikuara</translation>
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
            <source>Headline</source>
            <translation>Titulli</translation>
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
</TS>
