<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;The desk of a public-information office: contacts, calendar, press releases and the action plan of the communication strategy.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;The desk of a public-information office: contacts, calendar, press releases and the action plan of the communication strategy.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About commsdesk</source>
            <translation>About commsdesk</translation>
        </message>
    </context>
    <context>
        <name>ActivityKind</name>
        <message>
            <source>Specific</source>
            <translation>Specific</translation>
        </message>
        <message>
            <source>Recurring</source>
            <translation>Recurring</translation>
        </message>
    </context>
    <context>
        <name>ActivityStatus</name>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Postponed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>Audience</name>
        <message>
            <source>Municipal employees</source>
            <translation>Municipal employees</translation>
        </message>
        <message>
            <source>Citizens and taxpayers</source>
            <translation>Citizens and taxpayers</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Civil society and professional organisations</source>
            <translation>Civil society and professional organisations</translation>
        </message>
        <message>
            <source>Business community and investors</source>
            <translation>Business community and investors</translation>
        </message>
        <message>
            <source>Kosovo institutions</source>
            <translation>Kosovo institutions</translation>
        </message>
        <message>
            <source>Donors and international partners</source>
            <translation>Donors and international partners</translation>
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
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
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
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>Other social media</source>
            <translation>Other social media</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>News agency</source>
            <translation>News agency</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The desk of a public-information office. Without a command, opens the window.</source>
            <translation>The desk of a public-information office. Without a command, opens the window.</translation>
        </message>
        <message>
            <source>the database file to use</source>
            <translation>the database file to use</translation>
        </message>
        <message>
            <source>the language of messages</source>
            <translation>the language of messages</translation>
        </message>
        <message>
            <source>open the window on a new demo database in a temporary folder (or in --db)</source>
            <translation>open the window on a new demo database in a temporary folder (or in --db)</translation>
        </message>
        <message>
            <source>read data from a file into the database</source>
            <translation>read data from a file into the database</translation>
        </message>
        <message>
            <source>write data from the database to a file</source>
            <translation>write data from the database to a file</translation>
        </message>
        <message>
            <source>print a report</source>
            <translation>print a report</translation>
        </message>
        <message>
            <source>create or upgrade the database and exit</source>
            <translation>create or upgrade the database and exit</translation>
        </message>
        <message>
            <source>fill a new database with demo content</source>
            <translation>fill a new database with demo content</translation>
        </message>
        <message>
            <source>write a verified backup of the database</source>
            <translation>write a verified backup of the database</translation>
        </message>
        <message>
            <source>where to write the backup</source>
            <translation>where to write the backup</translation>
        </message>
        <message>
            <source>check the database's integrity and schema</source>
            <translation>check the database's integrity and schema</translation>
        </message>
        <message>
            <source>Created {path}.</source>
            <translation>Created {path}.</translation>
        </message>
        <message>
            <source>Upgraded {path}; the previous version is saved as {backup}.</source>
            <translation>Upgraded {path}; the previous version is saved as {backup}.</translation>
        </message>
        <message>
            <source>{path} is up to date.</source>
            <translation>{path} is up to date.</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Backup written to {path}.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <source>Damage: {problem}</source>
            <translation>Damage: {problem}</translation>
        </message>
        <message>
            <source>Broken references: {count}</source>
            <translation>Broken references: {count}</translation>
        </message>
        <message>
            <source>Result: the database is damaged.</source>
            <translation>Result: the database is damaged.</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integrity: ok</translation>
        </message>
        <message>
            <source>Result: the database was written by a newer version of commsdesk.</source>
            <translation>Result: the database was written by a newer version of commsdesk.</translation>
        </message>
        <message>
            <source>Schema: {revision} (this version of commsdesk: {head})</source>
            <translation>Schema: {revision} (this version of commsdesk: {head})</translation>
        </message>
        <message>
            <source>Result: the database needs an upgrade; it happens when commsdesk opens it.</source>
            <translation>Result: the database needs an upgrade; it happens when commsdesk opens it.</translation>
        </message>
        <message>
            <source>Result: the database is healthy.</source>
            <translation>Result: the database is healthy.</translation>
        </message>
    </context>
    <context>
        <name>ContactLabel</name>
        <message>
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Outlet / organisation</source>
            <translation>Outlet / organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Do not contact</translation>
        </message>
        <message>
            <source>Search name, organisation, e-mail, phone, notes…</source>
            <translation>Search name, organisation, e-mail, phone, notes…</translation>
        </message>
        <message>
            <source>{count} contacts</source>
            <translation>{count} contacts</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Interrupted.</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <source>commsdesk hit an unexpected error ({error}). Details are in {log}.</source>
            <translation>commsdesk hit an unexpected error ({error}). Details are in {log}.</translation>
        </message>
        <message>
            <source>Wrong usage: {problem}. See: commsdesk --help</source>
            <translation>Wrong usage: {problem}. See: commsdesk --help</translation>
        </message>
        <message>
            <source>{path} already exists; demo content only goes into a new database.</source>
            <translation>{path} already exists; demo content only goes into a new database.</translation>
        </message>
        <message>
            <source>The database {path} does not exist.</source>
            <translation>The database {path} does not exist.</translation>
        </message>
        <message>
            <source>The backup copy could not be verified; it was not kept.</source>
            <translation>The backup copy could not be verified; it was not kept.</translation>
        </message>
        <message>
            <source>The backup to {path} failed: {reason}</source>
            <translation>The backup to {path} failed: {reason}</translation>
        </message>
        <message>
            <source>The backup {path} is damaged and cannot be restored.</source>
            <translation>The backup {path} is damaged and cannot be restored.</translation>
        </message>
        <message>
            <source>The database {path} is in use by another program. Close it and try again.</source>
            <translation>The database {path} is in use by another program. Close it and try again.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. Nothing was written to it.</source>
            <translation>The database {path} is damaged. Nothing was written to it.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space; nothing was saved.</source>
            <translation>The disk is full. Free some space; nothing was saved.</translation>
        </message>
        <message>
            <source>The database {path} cannot be written. Check that the folder is writable.</source>
            <translation>The database {path} cannot be written. Check that the folder is writable.</translation>
        </message>
        <message>
            <source>{path} is not a commsdesk database.</source>
            <translation>{path} is not a commsdesk database.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of commsdesk. Install that version to open it.</source>
            <translation>The database {path} was written by a newer version of commsdesk. Install that version to open it.</translation>
        </message>
        <message>
            <source>The upgrade of {path} could not be verified. Restore the backup {backup}.</source>
            <translation>The upgrade of {path} could not be verified. Restore the backup {backup}.</translation>
        </message>
        <message>
            <source>This database is already open in another commsdesk window. Close that one first.</source>
            <translation>This database is already open in another commsdesk window. Close that one first.</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>The file {path} does not exist.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>{path} cannot be written. Is it open in another program?</source>
            <translation>{path} cannot be written. Is it open in another program?</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {reason}</source>
            <translation>The file {path} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>The logo must be smaller than 2 MB.</source>
            <translation>The logo must be smaller than 2 MB.</translation>
        </message>
        <message>
            <source>{path} is not a PNG or JPEG image.</source>
            <translation>{path} is not a PNG or JPEG image.</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Press conference</source>
            <translation>Press conference</translation>
        </message>
        <message>
            <source>Interview / statement</source>
            <translation>Interview / statement</translation>
        </message>
        <message>
            <source>Public meeting with citizens</source>
            <translation>Public meeting with citizens</translation>
        </message>
        <message>
            <source>Public hearing</source>
            <translation>Public hearing</translation>
        </message>
        <message>
            <source>Municipal assembly session</source>
            <translation>Municipal assembly session</translation>
        </message>
        <message>
            <source>Assembly committee meeting</source>
            <translation>Assembly committee meeting</translation>
        </message>
        <message>
            <source>Board of directors' meeting</source>
            <translation>Board of directors' meeting</translation>
        </message>
        <message>
            <source>Mayor's meeting</source>
            <translation>Mayor's meeting</translation>
        </message>
        <message>
            <source>Meeting with village councils</source>
            <translation>Meeting with village councils</translation>
        </message>
        <message>
            <source>Cultural event / anniversary</source>
            <translation>Cultural event / anniversary</translation>
        </message>
        <message>
            <source>Tender opening</source>
            <translation>Tender opening</translation>
        </message>
        <message>
            <source>Open day</source>
            <translation>Open day</translation>
        </message>
        <message>
            <source>Round table</source>
            <translation>Round table</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Campaign activity</source>
            <translation>Campaign activity</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>EventStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Postponed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>Frequency</name>
        <message>
            <source>Weekly</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Quarterly</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>Twice a year</translation>
        </message>
        <message>
            <source>Continuously</source>
            <translation>Continuously</translation>
        </message>
        <message>
            <source>As needed</source>
            <translation>As needed</translation>
        </message>
        <message>
            <source>Before each session</source>
            <translation>Before each session</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The database was upgraded; a backup was saved first: {path}</source>
            <translation>The database was upgraded; a backup was saved first: {path}</translation>
        </message>
        <message>
            <source>There is no backup to restore.</source>
            <translation>There is no backup to restore.</translation>
        </message>
        <message>
            <source>Choose a backup to restore (the newest is selected).</source>
            <translation>Choose a backup to restore (the newest is selected).</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Backup written to {path}.</translation>
        </message>
        <message>
            <source>Replace the current database with the backup of {date}?</source>
            <translation>Replace the current database with the backup of {date}?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>Office &amp;profile…</source>
            <translation>Office &amp;profile…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About commsdesk</source>
            <translation>&amp;About commsdesk</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Open database</translation>
        </message>
        <message>
            <source>commsdesk databases (*.sqlite);;All files (*)</source>
            <translation>commsdesk databases (*.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Press releases</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
            <translation>Office profile</translation>
        </message>
        <message>
            <source>Choose image…</source>
            <translation>Choose image…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Institution ({language})</source>
            <translation>Institution ({language})</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Web site</source>
            <translation>Web site</translation>
        </message>
        <message>
            <source>Information officer</source>
            <translation>Information officer</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
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
            <translation>Newspaper</translation>
        </message>
        <message>
            <source>Online portal</source>
            <translation>Online portal</translation>
        </message>
        <message>
            <source>News agency</source>
            <translation>News agency</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>NGO</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <source>International organisation</source>
            <translation>International organisation</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>PlanImport</name>
        <message>
            <source>the objective number is missing or not a number</source>
            <translation>the objective number is missing or not a number</translation>
        </message>
        <message>
            <source>unknown kind "{kind}"</source>
            <translation>unknown kind "{kind}"</translation>
        </message>
        <message>
            <source>the activity is empty</source>
            <translation>the activity is empty</translation>
        </message>
        <message>
            <source>the cost "{cost}" is not an amount</source>
            <translation>the cost "{cost}" is not an amount</translation>
        </message>
        <message>
            <source>Row {row}: {reasons}</source>
            <translation>Row {row}: {reasons}</translation>
        </message>
        <message>
            <source>The plan was not imported:</source>
            <translation>The plan was not imported:</translation>
        </message>
        <message>
            <source>The plan file has no activities.</source>
            <translation>The plan file has no activities.</translation>
        </message>
        <message>
            <source>The plan file lacks the columns: {columns}</source>
            <translation>The plan file lacks the columns: {columns}</translation>
        </message>
        <message>
            <source>The plan file {path} is not UTF-8 text.</source>
            <translation>The plan file {path} is not UTF-8 text.</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Timeframe / frequency</source>
            <translation>Timeframe / frequency</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>No action plan yet.</source>
            <translation>No action plan yet.</translation>
        </message>
        <message>
            <source>Objective {number}: {title}</source>
            <translation>Objective {number}: {title}</translation>
        </message>
        <message>
            <source>{count} activities, {cost} planned</source>
            <translation>{count} activities, {cost} planned</translation>
        </message>
    </context>
    <context>
        <name>Reach</name>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Regional</translation>
        </message>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>International</source>
            <translation>International</translation>
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
            <translation>For approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Distributed</source>
            <translation>Distributed</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
    </context>
    <context>
        <name>ReleasesTab</name>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Headline</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Printed on {date}</source>
            <translation>Printed on {date}</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>The database will be replaced by the backup you choose. The current file is kept in the backups folder.</source>
            <translation>The database will be replaced by the backup you choose. The current file is kept in the backups folder.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Please wait</translation>
        </message>
    </context>
    <context>
        <name>VersionState</name>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
    </context>
</TS>
