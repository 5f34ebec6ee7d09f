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
        <name>ActivityDialog</name>
        <message>
            <source>Edit activity</source>
            <translation>Edit activity</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>New activity</translation>
        </message>
        <message>
            <source>separated by ; e.g. ZIMP; Zyra IT</source>
            <translation>separated by ; e.g. ZIMP; Zyra IT</translation>
        </message>
        <message>
            <source>e.g. 2024, nëntor 2024, mars–qershor 2024</source>
            <translation>e.g. 2024, nëntor 2024, mars–qershor 2024</translation>
        </message>
        <message>
            <source>e.g. Në baza javore, Dy herë në vit</source>
            <translation>e.g. Në baza javore, Dy herë në vit</translation>
        </message>
        <message>
            <source>0 = no additional cost</source>
            <translation>0 = no additional cost</translation>
        </message>
        <message>
            <source>Objective number:</source>
            <translation>Objective number:</translation>
        </message>
        <message>
            <source>Objective title:</source>
            <translation>Objective title:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Activity:</translation>
        </message>
        <message>
            <source>Responsible:</source>
            <translation>Responsible:</translation>
        </message>
        <message>
            <source>Timeframe:</source>
            <translation>Timeframe:</translation>
        </message>
        <message>
            <source>Frequency:</source>
            <translation>Frequency:</translation>
        </message>
        <message>
            <source>Planned cost (€):</source>
            <translation>Planned cost (€):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
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
            <source>from {start} to {end}</source>
            <translation>from {start} to {end}</translation>
        </message>
        <message>
            <source>not understood: the activity counts for the whole year</source>
            <translation>not understood: the activity counts for the whole year</translation>
        </message>
        <message>
            <source>empty: the whole year</source>
            <translation>empty: the whole year</translation>
        </message>
        <message>
            <source>Write what the activity is.</source>
            <translation>Write what the activity is.</translation>
        </message>
        <message>
            <source>A recurring activity needs a frequency.</source>
            <translation>A recurring activity needs a frequency.</translation>
        </message>
        <message>
            <source>The amount "{amount}" is not a number of euros.</source>
            <translation>The amount "{amount}" is not a number of euros.</translation>
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
        <name>AttachmentKind</name>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
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
            <translation>Document</translation>
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
        <name>CalendarDialog</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <source>Action-plan activity</source>
            <translation>Action-plan activity</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Press releases</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Edit event</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>All day</translation>
        </message>
        <message>
            <source>Distributed on</source>
            <translation>Distributed on</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Repeats</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Assembly material</source>
            <translation>Assembly material</translation>
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
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Media invited</source>
            <translation>Media invited</translation>
        </message>
        <message>
            <source>Media notifications</source>
            <translation>Media notifications</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Planned when the event is saved, as the notification rules say.</source>
            <translation>Planned when the event is saved, as the notification rules say.</translation>
        </message>
        <message>
            <source>done {when}</source>
            <translation>done {when}</translation>
        </message>
        <message>
            <source>{date} is a public holiday: {name}.</source>
            <translation>{date} is a public holiday: {name}.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Never ends</source>
            <translation>Never ends</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Ends on</translation>
        </message>
        <message>
            <source>Ends after (times)</source>
            <translation>Ends after (times)</translation>
        </message>
        <message>
            <source>Custom: {rule}</source>
            <translation>Custom: {rule}</translation>
        </message>
    </context>
    <context>
        <name>CalendarDue</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Tick a media notification when the media have been told; open a request to decide it.</source>
            <translation>Tick a media notification when the media have been told; open a request to decide it.</translation>
        </message>
        <message>
            <source>Nothing is due this week.</source>
            <translation>Nothing is due this week.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>{bucket} — until {date}</source>
            <translation>{bucket} — until {date}</translation>
        </message>
    </context>
    <context>
        <name>CalendarErrors</name>
        <message>
            <source>The event no longer exists; it may have been deleted.</source>
            <translation>The event no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <source>This occurrence no longer exists; the calendar was changed.</source>
            <translation>This occurrence no longer exists; the calendar was changed.</translation>
        </message>
        <message>
            <source>The holiday needs a name.</source>
            <translation>The holiday needs a name.</translation>
        </message>
        <message>
            <source>There is already a holiday on {date}.</source>
            <translation>There is already a holiday on {date}.</translation>
        </message>
        <message>
            <source>The event needs a title.</source>
            <translation>The event needs a title.</translation>
        </message>
        <message>
            <source>The title is too long (at most 500 characters).</source>
            <translation>The title is too long (at most 500 characters).</translation>
        </message>
        <message>
            <source>“{field}” has {length} characters; at most {limit} are allowed.</source>
            <translation>“{field}” has {length} characters; at most {limit} are allowed.</translation>
        </message>
        <message>
            <source>Unknown time zone: {zone}.</source>
            <translation>Unknown time zone: {zone}.</translation>
        </message>
        <message>
            <source>The event cannot end before it starts.</source>
            <translation>The event cannot end before it starts.</translation>
        </message>
        <message>
            <source>The repetition ends before the event starts.</source>
            <translation>The repetition ends before the event starts.</translation>
        </message>
        <message>
            <source>The repetition rule {rule} cannot be used.</source>
            <translation>The repetition rule {rule} cannot be used.</translation>
        </message>
    </context>
    <context>
        <name>CalendarFiles</name>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>The last day comes before the first day.</source>
            <translation>The last day comes before the first day.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar files (*.ics)</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Saved to {path}.</translation>
        </message>
        <message>
            <source>Save the week plan</source>
            <translation>Save the week plan</translation>
        </message>
        <message>
            <source>Save the calendar as a workbook</source>
            <translation>Save the calendar as a workbook</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>calendar</translation>
        </message>
        <message>
            <source>Writing the calendar…</source>
            <translation>Writing the calendar…</translation>
        </message>
        <message>
            <source>Export to iCalendar</source>
            <translation>Export to iCalendar</translation>
        </message>
        <message>
            <source>Calendar of communication activities</source>
            <translation>Calendar of communication activities</translation>
        </message>
        <message>
            <source>Import an iCalendar file</source>
            <translation>Import an iCalendar file</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics);;All files (*)</source>
            <translation>iCalendar files (*.ics);;All files (*)</translation>
        </message>
        <message>
            <source>{created} new events imported, {updated} updated.</source>
            <translation>{created} new events imported, {updated} updated.</translation>
        </message>
        <message>
            <source>Importing the calendar…</source>
            <translation>Importing the calendar…</translation>
        </message>
    </context>
    <context>
        <name>CalendarImport</name>
        <message>
            <source>its repetition ({rule}) is not supported</source>
            <translation>its repetition ({rule}) is not supported</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(no title)</translation>
        </message>
        <message>
            <source>{title}: {problem}; imported as a single event.</source>
            <translation>{title}: {problem}; imported as a single event.</translation>
        </message>
    </context>
    <context>
        <name>CalendarReports</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
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
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
            <source>Media invited</source>
            <translation>Media invited</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Press releases</translation>
        </message>
        <message>
            <source>Action-plan activity</source>
            <translation>Action-plan activity</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Repeats</translation>
        </message>
        <message>
            <source>Public holiday</source>
            <translation>Public holiday</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>All day</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Calendar {first}–{last}</source>
            <translation>Calendar {first}–{last}</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Weekly calendar of communication activities</source>
            <translation>Weekly calendar of communication activities</translation>
        </message>
        <message>
            <source>Week {week}: {first} – {last}</source>
            <translation>Week {week}: {first} – {last}</translation>
        </message>
        <message>
            <source>Prepared by: {name}</source>
            <translation>Prepared by: {name}</translation>
        </message>
    </context>
    <context>
        <name>CalendarScope</name>
        <message>
            <source>“{title}” repeats. Delete the occurrence of {when}:</source>
            <translation>“{title}” repeats. Delete the occurrence of {when}:</translation>
        </message>
        <message>
            <source>“{title}” repeats. Apply the change to the occurrence of {when}:</source>
            <translation>“{title}” repeats. Apply the change to the occurrence of {when}:</translation>
        </message>
        <message>
            <source>Repeating event</source>
            <translation>Repeating event</translation>
        </message>
    </context>
    <context>
        <name>CalendarSettings</name>
        <message>
            <source>Media-notification rules</source>
            <translation>Media-notification rules</translation>
        </message>
        <message>
            <source>For each kind of event, the days before it on which the media are to be told (e.g. “14, 1”: two weeks before and the day before). Assembly sessions can also be announced on the day their material is distributed.</source>
            <translation>For each kind of event, the days before it on which the media are to be told (e.g. “14, 1”: two weeks before and the day before). Assembly sessions can also be announced on the day their material is distributed.</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>Kind of event</translation>
        </message>
        <message>
            <source>Days before the event</source>
            <translation>Days before the event</translation>
        </message>
        <message>
            <source>On the material date</source>
            <translation>On the material date</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
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
            <source>“{text}” for {kind}: write whole numbers of days, e.g. 14, 1.</source>
            <translation>“{text}” for {kind}: write whole numbers of days, e.g. 14, 1.</translation>
        </message>
        <message>
            <source>Public holidays</source>
            <translation>Public holidays</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Holidays entered each year (Eid al-Fitr, Eid al-Adha):</source>
            <translation>Holidays entered each year (Eid al-Fitr, Eid al-Adha):</translation>
        </message>
        <message>
            <source>Computed for {year}: {list}</source>
            <translation>Computed for {year}: {list}</translation>
        </message>
        <message>
            <source>Remove the holiday {holiday}?</source>
            <translation>Remove the holiday {holiday}?</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <source>All day</source>
            <translation>All day</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
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
        <message>
            <source>Search title, place, responsible… (Ctrl+F)</source>
            <translation>Search title, place, responsible… (Ctrl+F)</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} more</translation>
        </message>
        <message>
            <source>Repeating event</source>
            <translation>Repeating event</translation>
        </message>
        <message>
            <source>Schedule the event on this day anyway?</source>
            <translation>Schedule the event on this day anyway?</translation>
        </message>
        <message>
            <source>Schedule anyway</source>
            <translation>Schedule anyway</translation>
        </message>
        <message>
            <source>This is the occurrence of {when} of a repeating event.</source>
            <translation>This is the occurrence of {when} of a repeating event.</translation>
        </message>
        <message>
            <source>This occurrence of a repeating event was changed on its own; the series is unchanged.</source>
            <translation>This occurrence of a repeating event was changed on its own; the series is unchanged.</translation>
        </message>
        <message>
            <source>Delete the event “{title}” of {date}?</source>
            <translation>Delete the event “{title}” of {date}?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Previous (Page Up)</source>
            <translation>Previous (Page Up)</translation>
        </message>
        <message>
            <source>Next (Page Down)</source>
            <translation>Next (Page Down)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>Go to today (T)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>New event</translation>
        </message>
        <message>
            <source>New event (Ctrl+N); or double-click a day</source>
            <translation>New event (Ctrl+N); or double-click a day</translation>
        </message>
        <message>
            <source>Print and files</source>
            <translation>Print and files</translation>
        </message>
        <message>
            <source>Week plan (PDF)…</source>
            <translation>Week plan (PDF)…</translation>
        </message>
        <message>
            <source>Date range as a workbook (XLSX)…</source>
            <translation>Date range as a workbook (XLSX)…</translation>
        </message>
        <message>
            <source>Export to iCalendar (.ics)…</source>
            <translation>Export to iCalendar (.ics)…</translation>
        </message>
        <message>
            <source>Import from iCalendar (.ics)…</source>
            <translation>Import from iCalendar (.ics)…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Media-notification rules…</source>
            <translation>Media-notification rules…</translation>
        </message>
        <message>
            <source>Public holidays…</source>
            <translation>Public holidays…</translation>
        </message>
        <message>
            <source>Week {week}: {first} – {last}</source>
            <translation>Week {week}: {first} – {last}</translation>
        </message>
        <message>
            <source>Week plan (PDF)</source>
            <translation>Week plan (PDF)</translation>
        </message>
        <message>
            <source>Export to iCalendar (.ics)</source>
            <translation>Export to iCalendar (.ics)</translation>
        </message>
        <message>
            <source>Date range as a workbook (XLSX)</source>
            <translation>Date range as a workbook (XLSX)</translation>
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
            <source>The details of an unexpected error are written to {log}.</source>
            <translation>The details of an unexpected error are written to {log}.</translation>
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
            <source>write every detail to the log (commsdesk.log)</source>
            <translation>write every detail to the log (commsdesk.log)</translation>
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
            <source>Result: the file is empty (0 bytes); it holds no data.</source>
            <translation>Result: the file is empty (0 bytes); it holds no data.</translation>
        </message>
        <message>
            <source>Result: this is not a commsdesk database.</source>
            <translation>Result: this is not a commsdesk database.</translation>
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
            <source>A change was interrupted; commsdesk undoes it when it next opens the file.</source>
            <translation>A change was interrupted; commsdesk undoes it when it next opens the file.</translation>
        </message>
        <message>
            <source>Result: the file holds no commsdesk data yet.</source>
            <translation>Result: the file holds no commsdesk data yet.</translation>
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
        <message>
            <source>write the calendar of a date range: week plan (PDF), workbook (XLSX) or iCalendar (ICS)</source>
            <translation>write the calendar of a date range: week plan (PDF), workbook (XLSX) or iCalendar (ICS)</translation>
        </message>
        <message>
            <source>the first day</source>
            <translation>the first day</translation>
        </message>
        <message>
            <source>the last day</source>
            <translation>the last day</translation>
        </message>
        <message>
            <source>the file format (default: from FILE)</source>
            <translation>the file format (default: from FILE)</translation>
        </message>
        <message>
            <source>the report's language</source>
            <translation>the report's language</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>the file to write</translation>
        </message>
        <message>
            <source>import events from an iCalendar (.ics) file</source>
            <translation>import events from an iCalendar (.ics) file</translation>
        </message>
        <message>
            <source>the .ics file (Outlook, Google…)</source>
            <translation>the .ics file (Outlook, Google…)</translation>
        </message>
        <message>
            <source>list what is due: media notifications and the deadlines of document requests</source>
            <translation>list what is due: media notifications and the deadlines of document requests</translation>
        </message>
        <message>
            <source>also what is due in the next N days (default 7)</source>
            <translation>also what is due in the next N days (default 7)</translation>
        </message>
        <message>
            <source>{text} is not a date; write it as DD.MM.YYYY.</source>
            <translation>{text} is not a date; write it as DD.MM.YYYY.</translation>
        </message>
        <message>
            <source>The last day comes before the first day.</source>
            <translation>The last day comes before the first day.</translation>
        </message>
        <message>
            <source>Say which format to write: --format pdf, xlsx or ics.</source>
            <translation>Say which format to write: --format pdf, xlsx or ics.</translation>
        </message>
        <message>
            <source>Wrote {count} events to {path}.</source>
            <translation>Wrote {count} events to {path}.</translation>
        </message>
        <message>
            <source>Imported {created} new events and updated {updated}.</source>
            <translation>Imported {created} new events and updated {updated}.</translation>
        </message>
        <message>
            <source>Not imported as it was: {problem}</source>
            <translation>Not imported as it was: {problem}</translation>
        </message>
        <message>
            <source>--days must be between 0 and {most}.</source>
            <translation>--days must be between 0 and {most}.</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Nothing is due.</translation>
        </message>
        <message>
            <source>import an annual action plan from CSV or XLSX</source>
            <translation>import an annual action plan from CSV or XLSX</translation>
        </message>
        <message>
            <source>the plan file (.csv or .xlsx)</source>
            <translation>the plan file (.csv or .xlsx)</translation>
        </message>
        <message>
            <source>the year of the plan</source>
            <translation>the year of the plan</translation>
        </message>
        <message>
            <source>the strategy the plan belongs to</source>
            <translation>the strategy the plan belongs to</translation>
        </message>
        <message>
            <source>replace the year's plan if it already exists</source>
            <translation>replace the year's plan if it already exists</translation>
        </message>
        <message>
            <source>the action plan's annual or quarterly status report</source>
            <translation>the action plan's annual or quarterly status report</translation>
        </message>
        <message>
            <source>a quarterly report</source>
            <translation>a quarterly report</translation>
        </message>
        <message>
            <source>the day the status is shown as of</source>
            <translation>the day the status is shown as of</translation>
        </message>
        <message>
            <source>the file format</source>
            <translation>the file format</translation>
        </message>
        <message>
            <source>write the empty action-plan template (XLSX)</source>
            <translation>write the empty action-plan template (XLSX)</translation>
        </message>
        <message>
            <source>Imported the plan of {year}: {objectives} objectives, {specific} specific and {recurring} recurring activities, {planned} planned.</source>
            <translation>Imported the plan of {year}: {objectives} objectives, {specific} specific and {recurring} recurring activities, {planned} planned.</translation>
        </message>
        <message>
            <source>Say which format to write: --format pdf or --format xlsx.</source>
            <translation>Say which format to write: --format pdf or --format xlsx.</translation>
        </message>
        <message>
            <source>Report written to {path}.</source>
            <translation>Report written to {path}.</translation>
        </message>
        <message>
            <source>Template written to {path}.</source>
            <translation>Template written to {path}.</translation>
        </message>
        <message>
            <source>write one press release as PDF or as e-mail drafts (.eml)</source>
            <translation>write one press release as PDF or as e-mail drafts (.eml)</translation>
        </message>
        <message>
            <source>the release's reference, e.g. 2026/014</source>
            <translation>the release's reference, e.g. 2026/014</translation>
        </message>
        <message>
            <source>which language version (all: every version; one combined PDF or one .eml each)</source>
            <translation>which language version (all: every version; one combined PDF or one .eml each)</translation>
        </message>
        <message>
            <source>e-mail drafts: Bcc the members of this audience group, by name or code (repeatable)</source>
            <translation>e-mail drafts: Bcc the members of this audience group, by name or code (repeatable)</translation>
        </message>
        <message>
            <source>where to write</source>
            <translation>where to write</translation>
        </message>
        <message>
            <source>write the press-release archive (or one year of it) as XLSX or PDF</source>
            <translation>write the press-release archive (or one year of it) as XLSX or PDF</translation>
        </message>
        <message>
            <source>only the releases of this year</source>
            <translation>only the releases of this year</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>the file format (default: from the file name)</source>
            <translation>the file format (default: from the file name)</translation>
        </message>
        <message>
            <source>the year of the report</source>
            <translation>the year of the report</translation>
        </message>
        <message>
            <source>one quarter of the year</source>
            <translation>one quarter of the year</translation>
        </message>
        <message>
            <source>the first day of a period</source>
            <translation>the first day of a period</translation>
        </message>
        <message>
            <source>its last day</source>
            <translation>its last day</translation>
        </message>
        <message>
            <source>the file to write, or a folder (the report is then named after its period)</source>
            <translation>the file to write, or a folder (the report is then named after its period)</translation>
        </message>
        <message>
            <source>Say which format to write: {choices}.</source>
            <translation>Say which format to write: {choices}.</translation>
        </message>
        <message>
            <source>Give both --from and --to.</source>
            <translation>Give both --from and --to.</translation>
        </message>
        <message>
            <source>Give either --year (and --quarter) or --from and --to.</source>
            <translation>Give either --year (and --quarter) or --from and --to.</translation>
        </message>
        <message>
            <source>The period ends before it begins.</source>
            <translation>The period ends before it begins.</translation>
        </message>
        <message>
            <source>Say which period to report on: --year, or --from and --to.</source>
            <translation>Say which period to report on: --year, or --from and --to.</translation>
        </message>
        <message>
            <source>{year} is not a year commsdesk reports on.</source>
            <translation>{year} is not a year commsdesk reports on.</translation>
        </message>
    </context>
    <context>
        <name>ContactColumns</name>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Do not contact</translation>
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
            <source>Organisation type</source>
            <translation>Organisation type</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Reach</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>E-mail (work)</source>
            <translation>E-mail (work)</translation>
        </message>
        <message>
            <source>E-mail (mobile)</source>
            <translation>E-mail (mobile)</translation>
        </message>
        <message>
            <source>E-mail (home)</source>
            <translation>E-mail (home)</translation>
        </message>
        <message>
            <source>E-mail (other)</source>
            <translation>E-mail (other)</translation>
        </message>
        <message>
            <source>Phone (work)</source>
            <translation>Phone (work)</translation>
        </message>
        <message>
            <source>Phone (mobile)</source>
            <translation>Phone (mobile)</translation>
        </message>
        <message>
            <source>Phone (home)</source>
            <translation>Phone (home)</translation>
        </message>
        <message>
            <source>Phone (other)</source>
            <translation>Phone (other)</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Topics / beats</source>
            <translation>Topics / beats</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Social accounts</source>
            <translation>Social accounts</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Accredited</source>
            <translation>Accredited</translation>
        </message>
        <message>
            <source>Accredited until</source>
            <translation>Accredited until</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Source of the data</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Last verified</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(do not import)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>A contact needs a given or family name.</source>
            <translation>A contact needs a given or family name.</translation>
        </message>
        <message>
            <source>“{email}” is not a valid e-mail address.</source>
            <translation>“{email}” is not a valid e-mail address.</translation>
        </message>
        <message>
            <source>“{field}” has {length} characters; at most {limit} are allowed.</source>
            <translation>“{field}” has {length} characters; at most {limit} are allowed.</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Edit contact</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
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
            <source>Add e-mail</source>
            <translation>Add e-mail</translation>
        </message>
        <message>
            <source>Add phone</source>
            <translation>Add phone</translation>
        </message>
        <message>
            <source>Accredited media</source>
            <translation>Accredited media</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>valid until</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
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
            <source>Type and reach</source>
            <translation>Type and reach</translation>
        </message>
        <message>
            <source>Language of releases</source>
            <translation>Language of releases</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Phones</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Topics / beats</source>
            <translation>Topics / beats</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Social accounts</source>
            <translation>Social accounts</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <translation>Accreditation</translation>
        </message>
        <message>
            <source>e.g. business card at the press conference of 12.03.2026</source>
            <translation>e.g. business card at the press conference of 12.03.2026</translation>
        </message>
        <message>
            <source>e.g. sending press releases and invitations</source>
            <translation>e.g. sending press releases and invitations</translation>
        </message>
        <message>
            <source>Do not contact (left out of every distribution)</source>
            <translation>Do not contact (left out of every distribution)</translation>
        </message>
        <message>
            <source>checked on</source>
            <translation>checked on</translation>
        </message>
        <message>
            <source>The law on personal data asks the office to know where each contact's data came from, why it is kept, and when it was last checked.</source>
            <translation>The law on personal data asks the office to know where each contact's data came from, why it is kept, and when it was last checked.</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Source of the data</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Last verified</translation>
        </message>
        <message>
            <source>• {name} ({outlet}): {reason} — {detail}</source>
            <translation>• {name} ({outlet}): {reason} — {detail}</translation>
        </message>
        <message>
            <source>This may be a contact you already have:</source>
            <translation>This may be a contact you already have:</translation>
        </message>
        <message>
            <source>Save it anyway? (You can merge duplicates later.)</source>
            <translation>Save it anyway? (You can merge duplicates later.)</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Save anyway</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>ContactDuplicates</name>
        <message>
            <source>same e-mail</source>
            <translation>same e-mail</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>same phone</translation>
        </message>
        <message>
            <source>similar name, same organisation</source>
            <translation>similar name, same organisation</translation>
        </message>
        <message>
            <source>These contacts cannot be merged: one of them no longer exists.</source>
            <translation>These contacts cannot be merged: one of them no longer exists.</translation>
        </message>
        <message>
            <source>There is no merge to undo.</source>
            <translation>There is no merge to undo.</translation>
        </message>
        <message>
            <source>The merged contact was deleted since; the merge cannot be undone.</source>
            <translation>The merged contact was deleted since; the merge cannot be undone.</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Shared</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{count} pairs of contacts may be the same person.</source>
            <translation>{count} pairs of contacts may be the same person.</translation>
        </message>
        <message>
            <source>No duplicates found.</source>
            <translation>No duplicates found.</translation>
        </message>
        <message>
            <source>Merge two contacts</source>
            <translation>Merge two contacts</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Keep this value</translation>
        </message>
        <message>
            <source>or this one</source>
            <translation>or this one</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>The two contacts hold the same values.</source>
            <translation>The two contacts hold the same values.</translation>
        </message>
        <message>
            <source>Every e-mail, phone and group of both contacts is kept, and so is their distribution history. The merge can be undone.</source>
            <translation>Every e-mail, phone and group of both contacts is kept, and so is their distribution history. The merge can be undone.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Merge “{second}” into “{first}”.</source>
            <translation>Merge “{second}” into “{first}”.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Looking for duplicates…</translation>
        </message>
        <message>
            <source>Undo the merge of “{removed}” into “{kept}”? Both contacts come back as they were before it.</source>
            <translation>Undo the merge of “{removed}” into “{kept}”? Both contacts come back as they were before it.</translation>
        </message>
        <message>
            <source>Undo merge</source>
            <translation>Undo merge</translation>
        </message>
    </context>
    <context>
        <name>ContactExport</name>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Do not contact</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>CSV, comma-separated (.csv)</source>
            <translation>CSV, comma-separated (.csv)</translation>
        </message>
        <message>
            <source>CSV, semicolon-separated, as Excel in Europe (.csv)</source>
            <translation>CSV, semicolon-separated, as Excel in Europe (.csv)</translation>
        </message>
        <message>
            <source>vCard 3.0, all in one file (.vcf)</source>
            <translation>vCard 3.0, all in one file (.vcf)</translation>
        </message>
        <message>
            <source>vCard 3.0, one file per contact, for Outlook (folder)</source>
            <translation>vCard 3.0, one file per contact, for Outlook (folder)</translation>
        </message>
        <message>
            <source>Printable PDF list, grouped by group</source>
            <translation>Printable PDF list, grouped by group</translation>
        </message>
        <message>
            <source>Printable PDF list, grouped by organisation</source>
            <translation>Printable PDF list, grouped by organisation</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Export contacts</translation>
        </message>
        <message>
            <source>All contacts ({count})</source>
            <translation>All contacts ({count})</translation>
        </message>
        <message>
            <source>The group “{name}”</source>
            <translation>The group “{name}”</translation>
        </message>
        <message>
            <source>The list as filtered now ({count})</source>
            <translation>The list as filtered now ({count})</translation>
        </message>
        <message>
            <source>The selected contacts ({count})</source>
            <translation>The selected contacts ({count})</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Group: {name}.</source>
            <translation>Group: {name}.</translation>
        </message>
        <message>
            <source>Search: “{text}”.</source>
            <translation>Search: “{text}”.</translation>
        </message>
        <message>
            <source>Selected contacts.</source>
            <translation>Selected contacts.</translation>
        </message>
        <message>
            <source>Folder for the vCard files</source>
            <translation>Folder for the vCard files</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard files (*.vcf)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contacts</translation>
        </message>
        <message>
            <source>{count} contacts exported to {path}.</source>
            <translation>{count} contacts exported to {path}.</translation>
        </message>
        <message>
            <source>Exporting contacts…</source>
            <translation>Exporting contacts…</translation>
        </message>
    </context>
    <context>
        <name>ContactField</name>
        <message>
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
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
            <source>Organisation type</source>
            <translation>Organisation type</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Reach</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Phones</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Topics / beats</source>
            <translation>Topics / beats</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Social accounts</source>
            <translation>Social accounts</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Accredited</source>
            <translation>Accredited</translation>
        </message>
        <message>
            <source>Accredited until</source>
            <translation>Accredited until</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Source of the data</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Do not contact</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Last verified</translation>
        </message>
    </context>
    <context>
        <name>ContactGroups</name>
        <message>
            <source>A group needs a name.</source>
            <translation>A group needs a name.</translation>
        </message>
        <message>
            <source>A group name cannot contain “;”.</source>
            <translation>A group name cannot contain “;”.</translation>
        </message>
        <message>
            <source>The group no longer exists.</source>
            <translation>The group no longer exists.</translation>
        </message>
        <message>
            <source>There is already a group called “{name}”.</source>
            <translation>There is already a group called “{name}”.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>New group…</translation>
        </message>
        <message>
            <source>Rename group…</source>
            <translation>Rename group…</translation>
        </message>
        <message>
            <source>Delete group…</source>
            <translation>Delete group…</translation>
        </message>
        <message>
            <source>Manage groups</source>
            <translation>Manage groups</translation>
        </message>
        <message>
            <source>All contacts ({count})</source>
            <translation>All contacts ({count})</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>New group</translation>
        </message>
        <message>
            <source>Name of the group:</source>
            <translation>Name of the group:</translation>
        </message>
        <message>
            <source>Rename group</source>
            <translation>Rename group</translation>
        </message>
        <message>
            <source>New name of the group:</source>
            <translation>New name of the group:</translation>
        </message>
        <message>
            <source>Delete the group “{name}”? Its contacts stay in the list, only the group goes.</source>
            <translation>Delete the group “{name}”? Its contacts stay in the list, only the group goes.</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Delete group</translation>
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
            <translation>No column is chosen to import.</translation>
        </message>
        <message>
            <source>commsdesk export</source>
            <translation>commsdesk export</translation>
        </message>
        <message>
            <source>Outlook contacts</source>
            <translation>Outlook contacts</translation>
        </message>
        <message>
            <source>Google contacts</source>
            <translation>Google contacts</translation>
        </message>
        <message>
            <source>Table with a header row</source>
            <translation>Table with a header row</translation>
        </message>
        <message>
            <source>there is no name</source>
            <translation>there is no name</translation>
        </message>
        <message>
            <source>the e-mail “{email}” is not valid</source>
            <translation>the e-mail “{email}” is not valid</translation>
        </message>
        <message>
            <source>the phone “{phone}” has no digits</source>
            <translation>the phone “{phone}” has no digits</translation>
        </message>
        <message>
            <source>unknown language “{language}”</source>
            <translation>unknown language “{language}”</translation>
        </message>
        <message>
            <source>unknown organisation type “{type}”</source>
            <translation>unknown organisation type “{type}”</translation>
        </message>
        <message>
            <source>unknown reach “{reach}”</source>
            <translation>unknown reach “{reach}”</translation>
        </message>
        <message>
            <source>“{value}” is not yes or no</source>
            <translation>“{value}” is not yes or no</translation>
        </message>
        <message>
            <source>“{value}” is not a date (dd.mm.yyyy)</source>
            <translation>“{value}” is not a date (dd.mm.yyyy)</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {reason}</source>
            <translation>The file {path} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>it is not {encoding} text</source>
            <translation>it is not {encoding} text</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>it is empty</translation>
        </message>
        <message>
            <source>it is not an Excel workbook</source>
            <translation>it is not an Excel workbook</translation>
        </message>
        <message>
            <source>The file {path} is not a readable vCard file: {reason}</source>
            <translation>The file {path} is not a readable vCard file: {reason}</translation>
        </message>
        <message>
            <source>The file {path} holds no vCard.</source>
            <translation>The file {path} holds no vCard.</translation>
        </message>
        <message>
            <source>its {property} line is longer than {limit} characters</source>
            <translation>its {property} line is longer than {limit} characters</translation>
        </message>
        <message>
            <source>the card is longer than {limit} characters</source>
            <translation>the card is longer than {limit} characters</translation>
        </message>
        <message>
            <source>{created} new, {updated} updated, {skipped} skipped, {rejected} rejected</source>
            <translation>{created} new, {updated} updated, {skipped} skipped, {rejected} rejected</translation>
        </message>
        <message>
            <source>Nothing was imported: row {row}: {reason}</source>
            <translation>Nothing was imported: row {row}: {reason}</translation>
        </message>
        <message>
            <source>Rows left out: {count}.</source>
            <translation>Rows left out: {count}.</translation>
        </message>
        <message>
            <source>Nothing was imported. Rows with problems: {count}.</source>
            <translation>Nothing was imported. Rows with problems: {count}.</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Row {row}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more rows.</source>
            <translation>… and {count} more rows.</translation>
        </message>
        <message>
            <source>same e-mail {email}</source>
            <translation>same e-mail {email}</translation>
        </message>
        <message>
            <source>same phone {phone}</source>
            <translation>same phone {phone}</translation>
        </message>
        <message>
            <source>same name and organisation</source>
            <translation>same name and organisation</translation>
        </message>
        <message>
            <source>the same person as row {row}</source>
            <translation>the same person as row {row}</translation>
        </message>
        <message>
            <source>The file has no contacts.</source>
            <translation>The file has no contacts.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>update</source>
            <translation>update</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>skip</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation>Import contacts from {file}</translation>
        </message>
        <message>
            <source>detected</source>
            <translation>detected</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Import the valid rows and leave out the rejected ones</source>
            <translation>Import the valid rows and leave out the rejected ones</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
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
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>What happens</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Encoding</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Separator</translation>
        </message>
        <message>
            <source>A row matching a contact by e-mail or phone</source>
            <translation>A row matching a contact by e-mail or phone</translation>
        </message>
        <message>
            <source>Also put the contacts in the group</source>
            <translation>Also put the contacts in the group</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Recognised as: {layout}</source>
            <translation>Recognised as: {layout}</translation>
        </message>
        <message>
            <source>{encoding}, separator “{separator}”</source>
            <translation>{encoding}, separator “{separator}”</translation>
        </message>
        <message>
            <source>{rows} rows: {summary}.</source>
            <translation>{rows} rows: {summary}.</translation>
        </message>
        <message>
            <source>Importing contacts…</source>
            <translation>Importing contacts…</translation>
        </message>
        <message>
            <source>Import finished: {summary}.</source>
            <translation>Import finished: {summary}.</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Column of the file</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>Sample values</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Import as</translation>
        </message>
        <message>
            <source>(column {number})</source>
            <translation>(column {number})</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Import contacts</translation>
        </message>
        <message>
            <source>Contact files (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
            <translation>Contact files (*.csv *.txt *.xlsx *.vcf);;All files (*)</translation>
        </message>
        <message>
            <source>“{field}” has {length} characters, more than the {limit} allowed</source>
            <translation>“{field}” has {length} characters, more than the {limit} allowed</translation>
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
        <name>ContactLink</name>
        <message>
            <source>Unlink</source>
            <translation>Unlink</translation>
        </message>
    </context>
    <context>
        <name>ContactList</name>
        <message>
            <source>Contact list</source>
            <translation>Contact list</translation>
        </message>
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
            <source>Groups</source>
            <translation>Groups</translation>
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
            <source>(in no group)</source>
            <translation>(in no group)</translation>
        </message>
        <message>
            <source>(no organisation)</source>
            <translation>(no organisation)</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>{count} contacts, grouped by {grouping}.</source>
            <translation>{count} contacts, grouped by {grouping}.</translation>
        </message>
        <message>
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>{mark} = do not contact (excluded from every distribution)</source>
            <translation>{mark} = do not contact (excluded from every distribution)</translation>
        </message>
    </context>
    <context>
        <name>ContactsCli</name>
        <message>
            <source>import contacts from CSV, XLSX or vCard (all rows or none)</source>
            <translation>import contacts from CSV, XLSX or vCard (all rows or none)</translation>
        </message>
        <message>
            <source>the file to import</source>
            <translation>the file to import</translation>
        </message>
        <message>
            <source>also put the contacts in this group</source>
            <translation>also put the contacts in this group</translation>
        </message>
        <message>
            <source>what to do with a row whose e-mail or phone is already known (default: skip)</source>
            <translation>what to do with a row whose e-mail or phone is already known (default: skip)</translation>
        </message>
        <message>
            <source>import the valid rows and list the rejected ones, instead of importing nothing</source>
            <translation>import the valid rows and list the rejected ones, instead of importing nothing</translation>
        </message>
        <message>
            <source>the CSV file's encoding (default: detected)</source>
            <translation>the CSV file's encoding (default: detected)</translation>
        </message>
        <message>
            <source>the CSV separator (default: detected)</source>
            <translation>the CSV separator (default: detected)</translation>
        </message>
        <message>
            <source>export contacts to XLSX, CSV, vCard or PDF</source>
            <translation>export contacts to XLSX, CSV, vCard or PDF</translation>
        </message>
        <message>
            <source>only the contacts of this group</source>
            <translation>only the contacts of this group</translation>
        </message>
        <message>
            <source>the file format</source>
            <translation>the file format</translation>
        </message>
        <message>
            <source>the file to write (for vcf, a folder gets one file per contact)</source>
            <translation>the file to write (for vcf, a folder gets one file per contact)</translation>
        </message>
        <message>
            <source>the CSV separator</source>
            <translation>the CSV separator</translation>
        </message>
        <message>
            <source>how the PDF list is grouped</source>
            <translation>how the PDF list is grouped</translation>
        </message>
        <message>
            <source>Imported {path}: {summary}.</source>
            <translation>Imported {path}: {summary}.</translation>
        </message>
        <message>
            <source>There is no group called “{name}”.</source>
            <translation>There is no group called “{name}”.</translation>
        </message>
        <message>
            <source>Group: {name}.</source>
            <translation>Group: {name}.</translation>
        </message>
        <message>
            <source>Exported {count} contacts to {path}.</source>
            <translation>Exported {count} contacts to {path}.</translation>
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
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Do not contact: left out of every distribution</source>
            <translation>Do not contact: left out of every distribution</translation>
        </message>
        <message>
            <source>Search name, organisation, e-mail, phone, notes…</source>
            <translation>Search name, organisation, e-mail, phone, notes…</translation>
        </message>
        <message>
            <source>Every type</source>
            <translation>Every type</translation>
        </message>
        <message>
            <source>Every reach</source>
            <translation>Every reach</translation>
        </message>
        <message>
            <source>Every language</source>
            <translation>Every language</translation>
        </message>
        <message>
            <source>Add to group</source>
            <translation>Add to group</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Find duplicates…</source>
            <translation>Find duplicates…</translation>
        </message>
        <message>
            <source>Undo last merge</source>
            <translation>Undo last merge</translation>
        </message>
        <message>
            <source>Remove from this group</source>
            <translation>Remove from this group</translation>
        </message>
        <message>
            <source>Everything held about this person (PDF)…</source>
            <translation>Everything held about this person (PDF)…</translation>
        </message>
        <message>
            <source>Everything held about this person (XLSX)…</source>
            <translation>Everything held about this person (XLSX)…</translation>
        </message>
        <message>
            <source>Erase this person…</source>
            <translation>Erase this person…</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>{count} contacts</source>
            <translation>{count} contacts</translation>
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation>The contact no longer exists.</translation>
        </message>
        <message>
            <source>{mark} Do not contact: left out of every distribution</source>
            <translation>{mark} Do not contact: left out of every distribution</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>yes, until {date}</source>
            <translation>yes, until {date}</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Last changed</translation>
        </message>
        <message>
            <source>{count} contacts selected.</source>
            <translation>{count} contacts selected.</translation>
        </message>
        <message>
            <source>Choose a contact to see it in full.</source>
            <translation>Choose a contact to see it in full.</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Delete the contact “{name}”?</source>
            <translation>Delete the contact “{name}”?</translation>
        </message>
        <message>
            <source>Delete the {count} selected contacts?</source>
            <translation>Delete the {count} selected contacts?</translation>
        </message>
        <message>
            <source>Distributions already sent keep only their number of recipients.</source>
            <translation>Distributions already sent keep only their number of recipients.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>New group…</translation>
        </message>
        <message>
            <source>Take the {count} selected contacts out of the group “{name}”?</source>
            <translation>Take the {count} selected contacts out of the group “{name}”?</translation>
        </message>
        <message>
            <source>Remove from group</source>
            <translation>Remove from group</translation>
        </message>
        <message>
            <source>Everything held about this person</source>
            <translation>Everything held about this person</translation>
        </message>
        <message>
            <source>Written to {path}.</source>
            <translation>Written to {path}.</translation>
        </message>
        <message>
            <source>Erase “{name}” for good? The contact and every personal detail of theirs in the distribution history are removed; distributions keep only their number of recipients. This cannot be undone. (Backups taken earlier still hold the person until they are deleted.)</source>
            <translation>Erase “{name}” for good? The contact and every personal detail of theirs in the distribution history are removed; distributions keep only their number of recipients. This cannot be undone. (Backups taken earlier still hold the person until they are deleted.)</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>“{name}” was erased.</source>
            <translation>“{name}” was erased.</translation>
        </message>
        <message>
            <source>Erasing {name}…</source>
            <translation>Erasing {name}…</translation>
        </message>
    </context>
    <context>
        <name>DistributionStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Prepared</source>
            <translation>Prepared</translation>
        </message>
        <message>
            <source>Sent / published</source>
            <translation>Sent / published</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>DocumentForm</name>
        <message>
            <source>Copy on paper</source>
            <translation>Copy on paper</translation>
        </message>
        <message>
            <source>Electronic copy</source>
            <translation>Electronic copy</translation>
        </message>
        <message>
            <source>Inspection on site</source>
            <translation>Inspection on site</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>Deemed refused: request {number} was not decided in time</source>
            <translation>Deemed refused: request {number} was not decided in time</translation>
        </message>
        <message>
            <source>The requester may complain to the Information and Privacy Agency.</source>
            <translation>The requester may complain to the Information and Privacy Agency.</translation>
        </message>
        <message>
            <source>Decide request {number}</source>
            <translation>Decide request {number}</translation>
        </message>
        <message>
            <source>Urgent: someone's life or liberty is at stake.</source>
            <translation>Urgent: someone's life or liberty is at stake.</translation>
        </message>
        <message>
            <source>Chase the facts for enquiry {number} from {source}</source>
            <translation>Chase the facts for enquiry {number} from {source}</translation>
        </message>
        <message>
            <source>the directorate</source>
            <translation>the directorate</translation>
        </message>
        <message>
            <source>journalist's deadline {moment}</source>
            <translation>journalist's deadline {moment}</translation>
        </message>
        <message>
            <source>Late: enquiry {number} is past the journalist's deadline</source>
            <translation>Late: enquiry {number} is past the journalist's deadline</translation>
        </message>
        <message>
            <source>Answer enquiry {number}</source>
            <translation>Answer enquiry {number}</translation>
        </message>
        <message>
            <source>deadline {moment}</source>
            <translation>deadline {moment}</translation>
        </message>
    </context>
    <context>
        <name>DueBucket</name>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Due this week</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>EditScope</name>
        <message>
            <source>Only this occurrence</source>
            <translation>Only this occurrence</translation>
        </message>
        <message>
            <source>This and the following occurrences</source>
            <translation>This and the following occurrences</translation>
        </message>
        <message>
            <source>All occurrences</source>
            <translation>All occurrences</translation>
        </message>
    </context>
    <context>
        <name>Enquiries</name>
        <message>
            <source>(personal data erased)</source>
            <translation>(personal data erased)</translation>
        </message>
        <message>
            <source>The enquiry no longer exists.</source>
            <translation>The enquiry no longer exists.</translation>
        </message>
        <message>
            <source>Write down the journalist's question.</source>
            <translation>Write down the journalist's question.</translation>
        </message>
        <message>
            <source>An enquiry holds at most {count} questions.</source>
            <translation>An enquiry holds at most {count} questions.</translation>
        </message>
        <message>
            <source>Name the journalist who asked.</source>
            <translation>Name the journalist who asked.</translation>
        </message>
        <message>
            <source>The deadline cannot come before the enquiry.</source>
            <translation>The deadline cannot come before the enquiry.</translation>
        </message>
        <message>
            <source>Say when the facts were asked for before when they came.</source>
            <translation>Say when the facts were asked for before when they came.</translation>
        </message>
        <message>
            <source>Name who approved the answer.</source>
            <translation>Name who approved the answer.</translation>
        </message>
        <message>
            <source>Say why the enquiry is declined or answered with “no comment”.</source>
            <translation>Say why the enquiry is declined or answered with “no comment”.</translation>
        </message>
        <message>
            <source>Answers are kept in Shqip, Srpski and English, not in {language}.</source>
            <translation>Answers are kept in Shqip, Srpski and English, not in {language}.</translation>
        </message>
        <message>
            <source>Write the answer before marking it sent.</source>
            <translation>Write the answer before marking it sent.</translation>
        </message>
        <message>
            <source>Say when the answer was sent.</source>
            <translation>Say when the answer was sent.</translation>
        </message>
        <message>
            <source>The answer cannot be sent before the enquiry came.</source>
            <translation>The answer cannot be sent before the enquiry came.</translation>
        </message>
        <message>
            <source>The default time to answer must be between 1 hour and 30 days.</source>
            <translation>The default time to answer must be between 1 hour and 30 days.</translation>
        </message>
        <message>
            <source>That number is taken in that year.</source>
            <translation>That number is taken in that year.</translation>
        </message>
        <message>
            <source>An enquiry cannot move to another year: its number would change.</source>
            <translation>An enquiry cannot move to another year: its number would change.</translation>
        </message>
        <message>
            <source>The linked contact no longer exists.</source>
            <translation>The linked contact no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>EnquiriesCli</name>
        <message>
            <source>import journalists' enquiries from CSV or XLSX (all rows or none)</source>
            <translation>import journalists' enquiries from CSV or XLSX (all rows or none)</translation>
        </message>
        <message>
            <source>the file (.csv or .xlsx)</source>
            <translation>the file (.csv or .xlsx)</translation>
        </message>
        <message>
            <source>write the register of journalists' enquiries (or one year of it) as XLSX or CSV</source>
            <translation>write the register of journalists' enquiries (or one year of it) as XLSX or CSV</translation>
        </message>
        <message>
            <source>only the enquiries received in this year</source>
            <translation>only the enquiries received in this year</translation>
        </message>
        <message>
            <source>the report on journalists' enquiries for a year, a quarter or a period</source>
            <translation>the report on journalists' enquiries for a year, a quarter or a period</translation>
        </message>
        <message>
            <source>Imported {path}: {created} new enquiries, {unchanged} already in the register.</source>
            <translation>Imported {path}: {created} new enquiries, {unchanged} already in the register.</translation>
        </message>
        <message>
            <source>Exported {count} enquiries to {path}.</source>
            <translation>Exported {count} enquiries to {path}.</translation>
        </message>
    </context>
    <context>
        <name>EnquiriesTab</name>
        <message>
            <source>&amp;Enquiry settings…</source>
            <translation>&amp;Enquiry settings…</translation>
        </message>
        <message>
            <source>Approved &amp;statements…</source>
            <translation>Approved &amp;statements…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All outlets</source>
            <translation>All outlets</translation>
        </message>
        <message>
            <source>All topics</source>
            <translation>All topics</translation>
        </message>
        <message>
            <source>Search number, journalist, outlet, topic, questions… (Ctrl+F)</source>
            <translation>Search number, journalist, outlet, topic, questions… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Open enquiries past the journalist's deadline</source>
            <translation>Open enquiries past the journalist's deadline</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Journalist</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Outlet</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Time left / late</source>
            <translation>Time left / late</translation>
        </message>
        <message>
            <source>The facts were asked for and have not come yet.</source>
            <translation>The facts were asked for and have not come yet.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Delete the enquiry {reference} of {journalist} “{subject}” with its questions and history?</source>
            <translation>Delete the enquiry {reference} of {journalist} “{subject}” with its questions and history?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Import enquiries</source>
            <translation>Import enquiries</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.csv);;All files (*)</source>
            <translation>Registers (*.xlsx *.csv);;All files (*)</translation>
        </message>
        <message>
            <source>{created} enquiries imported; {unchanged} were already in the register.</source>
            <translation>{created} enquiries imported; {unchanged} were already in the register.</translation>
        </message>
        <message>
            <source>Importing the enquiries…</source>
            <translation>Importing the enquiries…</translation>
        </message>
        <message>
            <source>journalists-enquiries</source>
            <translation>journalists-enquiries</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Export the list</translation>
        </message>
        <message>
            <source>1 enquiry written to {path}</source>
            <translation>1 enquiry written to {path}</translation>
        </message>
        <message>
            <source>{count} enquiries written to {path}</source>
            <translation>{count} enquiries written to {path}</translation>
        </message>
        <message>
            <source>Exporting the enquiries…</source>
            <translation>Exporting the enquiries…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Report on journalists' enquiries</source>
            <translation>Report on journalists' enquiries</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>Past the journalist's deadline: answer, or tell the journalist why not</source>
            <translation>Past the journalist's deadline: answer, or tell the journalist why not</translation>
        </message>
        <message>
            <source>waiting for facts</source>
            <translation>waiting for facts</translation>
        </message>
        <message>
            <source>answered in time</source>
            <translation>answered in time</translation>
        </message>
        <message>
            <source>&amp;New enquiry</source>
            <translation>&amp;New enquiry</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>The list as &amp;Excel workbook (XLSX)…</source>
            <translation>The list as &amp;Excel workbook (XLSX)…</translation>
        </message>
        <message>
            <source>The list as &amp;CSV…</source>
            <translation>The list as &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;Report…</source>
            <translation>&amp;Report…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <source>Enquiries of a year, a quarter or any dates: by outlet, topic and channel, answered in time, time to answer</source>
            <translation>Enquiries of a year, a quarter or any dates: by outlet, topic and channel, answered in time, time to answer</translation>
        </message>
        <message>
            <source>The approved lines to take, per topic, in Shqip, Srpski and English</source>
            <translation>The approved lines to take, per topic, in Shqip, Srpski and English</translation>
        </message>
        <message>
            <source>1 enquiry</source>
            <translation>1 enquiry</translation>
        </message>
        <message>
            <source>{count} enquiries</source>
            <translation>{count} enquiries</translation>
        </message>
    </context>
    <context>
        <name>EnquiryAnswer</name>
        <message>
            <source>The enquiry has no answer in this language yet.</source>
            <translation>The enquiry has no answer in this language yet.</translation>
        </message>
        <message>
            <source>The journalist has no e-mail address: enter one on the enquiry.</source>
            <translation>The journalist has no e-mail address: enter one on the enquiry.</translation>
        </message>
        <message>
            <source>Enter the office's e-mail address in Settings → Office profile: answers are sent from it.</source>
            <translation>Enter the office's e-mail address in Settings → Office profile: answers are sent from it.</translation>
        </message>
    </context>
    <context>
        <name>EnquiryChannel</name>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Social media</translation>
        </message>
        <message>
            <source>Message (SMS, Viber, WhatsApp)</source>
            <translation>Message (SMS, Viber, WhatsApp)</translation>
        </message>
    </context>
    <context>
        <name>EnquiryColumns</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Journalist</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Outlet</translation>
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
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Language of the answer</source>
            <translation>Language of the answer</translation>
        </message>
        <message>
            <source>Answer in Albanian</source>
            <translation>Answer in Albanian</translation>
        </message>
        <message>
            <source>Answer in Serbian</source>
            <translation>Answer in Serbian</translation>
        </message>
        <message>
            <source>Answer in English</source>
            <translation>Answer in English</translation>
        </message>
        <message>
            <source>Reason (declined or no comment)</source>
            <translation>Reason (declined or no comment)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>EnquiryExport</name>
        <message>
            <source>Enquiries</source>
            <translation>Enquiries</translation>
        </message>
    </context>
    <context>
        <name>EnquiryForm</name>
        <message>
            <source>Insert an approved statement ({language})</source>
            <translation>Insert an approved statement ({language})</translation>
        </message>
        <message>
            <source>Search topic, text, approver…</source>
            <translation>Search topic, text, approver…</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>the answer in {language}</source>
            <translation>the answer in {language}</translation>
        </message>
        <message>
            <source>&amp;Insert statement…</source>
            <translation>&amp;Insert statement…</translation>
        </message>
        <message>
            <source>An approved statement valid today, in this language, at the cursor</source>
            <translation>An approved statement valid today, in this language, at the cursor</translation>
        </message>
        <message>
            <source>No approved statement valid today has a text in {language}. Statements are kept under “Statements…” in the register's toolbar.</source>
            <translation>No approved statement valid today has a text in {language}. Statements are kept under “Statements…” in the register's toolbar.</translation>
        </message>
        <message>
            <source>&amp;E-mail draft…</source>
            <translation>&amp;E-mail draft…</translation>
        </message>
        <message>
            <source>The answer shown as an e-mail draft to the journalist, with the questions quoted</source>
            <translation>The answer shown as an e-mail draft to the journalist, with the questions quoted</translation>
        </message>
        <message>
            <source>E-mail draft of the answer</source>
            <translation>E-mail draft of the answer</translation>
        </message>
        <message>
            <source>E-mail drafts (*.eml)</source>
            <translation>E-mail drafts (*.eml)</translation>
        </message>
        <message>
            <source>Was it sent?</source>
            <translation>Was it sent?</translation>
        </message>
        <message>
            <source>The draft is written: {path}

Open it in the e-mail program and send it. Was the answer sent?</source>
            <translation>The draft is written: {path}

Open it in the e-mail program and send it. Was the answer sent?</translation>
        </message>
        <message>
            <source>Sent: record it</source>
            <translation>Sent: record it</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>New &amp;contact…</source>
            <translation>New &amp;contact…</translation>
        </message>
        <message>
            <source>Add the journalist to the contacts, with what the enquiry holds, and link them</source>
            <translation>Add the journalist to the contacts, with what the enquiry holds, and link them</translation>
        </message>
        <message>
            <source>Use the default</source>
            <translation>Use the default</translation>
        </message>
        <message>
            <source>Enquiry</source>
            <translation>Enquiry</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>E&amp;rase journalist's details…</source>
            <translation>E&amp;rase journalist's details…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>New enquiry</source>
            <translation>New enquiry</translation>
        </message>
        <message>
            <source>New enquiry — the number is given when it is saved</source>
            <translation>New enquiry — the number is given when it is saved</translation>
        </message>
        <message>
            <source>Enquiry {reference}</source>
            <translation>Enquiry {reference}</translation>
        </message>
        <message>
            <source>Enquiry {reference} · {status}</source>
            <translation>Enquiry {reference} · {status}</translation>
        </message>
        <message>
            <source>journalist's details erased</source>
            <translation>journalist's details erased</translation>
        </message>
        <message>
            <source>default: {hours} hours after it came ({moment})</source>
            <translation>default: {hours} hours after it came ({moment})</translation>
        </message>
        <message>
            <source>Answer due {moment}</source>
            <translation>Answer due {moment}</translation>
        </message>
        <message>
            <source>waiting for the facts from {source}</source>
            <translation>waiting for the facts from {source}</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Erase the details of {name}, the journalist of {reference}? The enquiry, its questions, answer and history stay; this cannot be undone.</source>
            <translation>Erase the details of {name}, the journalist of {reference}? The enquiry, its questions, answer and history stay; this cannot be undone.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>by</source>
            <translation>by</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Journalist</translation>
        </message>
        <message>
            <source>name, as the journalist gave it</source>
            <translation>name, as the journalist gave it</translation>
        </message>
        <message>
            <source>type a name to link the journalist to a contact</source>
            <translation>type a name to link the journalist to a contact</translation>
        </message>
        <message>
            <source>The journalist in the contacts: their personal-data export and erasure then include this enquiry</source>
            <translation>The journalist in the contacts: their personal-data export and erasure then include this enquiry</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>newspaper, portal, TV or radio</source>
            <translation>newspaper, portal, TV or radio</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Outlet</translation>
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
            <source>what the enquiry is about</source>
            <translation>what the enquiry is about</translation>
        </message>
        <message>
            <source>tags, separated by commas</source>
            <translation>tags, separated by commas</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>The journalist's deadline: when the answer must be with them.</source>
            <translation>The journalist's deadline: when the answer must be with them.</translation>
        </message>
        <message>
            <source>Facts from</source>
            <translation>Facts from</translation>
        </message>
        <message>
            <source>the directorate or person who supplies the facts</source>
            <translation>the directorate or person who supplies the facts</translation>
        </message>
        <message>
            <source>asked on</source>
            <translation>asked on</translation>
        </message>
        <message>
            <source>remind on</source>
            <translation>remind on</translation>
        </message>
        <message>
            <source>received on</source>
            <translation>received on</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Facts</translation>
        </message>
        <message>
            <source>Facts asked for and not received show on the calendar's Due panel from the day to remind.</source>
            <translation>Facts asked for and not received show on the calendar's Due panel from the day to remind.</translation>
        </message>
        <message>
            <source>The answer must be approved</source>
            <translation>The answer must be approved</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>the mayor, a director, the cabinet…</source>
            <translation>the mayor, a director, the cabinet…</translation>
        </message>
        <message>
            <source>approved on</source>
            <translation>approved on</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>The action-plan activity this enquiry is evidence of (interviews and statements)</source>
            <translation>The action-plan activity this enquiry is evidence of (interviews and statements)</translation>
        </message>
        <message>
            <source>Plan activity</source>
            <translation>Plan activity</translation>
        </message>
        <message>
            <source>The press release the enquiry led to, or that answered it</source>
            <translation>The press release the enquiry led to, or that answered it</translation>
        </message>
        <message>
            <source>Press release</source>
            <translation>Press release</translation>
        </message>
        <message>
            <source>The event the enquiry was about</source>
            <translation>The event the enquiry was about</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>why the enquiry is declined or answered with “no comment”</source>
            <translation>why the enquiry is declined or answered with “no comment”</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>sent at</source>
            <translation>sent at</translation>
        </message>
        <message>
            <source>(how?)</source>
            <translation>(how?)</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>the question, as the journalist asked it</source>
            <translation>the question, as the journalist asked it</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>&amp;Add question</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
    </context>
    <context>
        <name>EnquiryImport</name>
        <message>
            <source>{file} holds no enquiries: only its header row.</source>
            <translation>{file} holds no enquiries: only its header row.</translation>
        </message>
        <message>
            <source>"{column}" holds "{value}", which is not a day and time written DD.MM.YYYY HH:MM</source>
            <translation>"{column}" holds "{value}", which is not a day and time written DD.MM.YYYY HH:MM</translation>
        </message>
        <message>
            <source>"{column}" holds "{value}", a day without its time: write DD.MM.YYYY HH:MM</source>
            <translation>"{column}" holds "{value}", a day without its time: write DD.MM.YYYY HH:MM</translation>
        </message>
        <message>
            <source>unknown language of the answer "{value}" (sq, sr or en)</source>
            <translation>unknown language of the answer "{value}" (sq, sr or en)</translation>
        </message>
        <message>
            <source>two answers in {language}: "answer" and "{column}"</source>
            <translation>two answers in {language}: "answer" and "{column}"</translation>
        </message>
        <message>
            <source>the received time is missing</source>
            <translation>the received time is missing</translation>
        </message>
        <message>
            <source>the journalist is not named</source>
            <translation>the journalist is not named</translation>
        </message>
        <message>
            <source>phone, email, in_person, social_media or message</source>
            <translation>phone, email, in_person, social_media or message</translation>
        </message>
        <message>
            <source>the channel is missing ({choices})</source>
            <translation>the channel is missing ({choices})</translation>
        </message>
        <message>
            <source>unknown channel "{value}" ({choices})</source>
            <translation>unknown channel "{value}" ({choices})</translation>
        </message>
        <message>
            <source>unknown status "{value}" (new, waiting_for_input, drafted, approved, answered, declined or no_comment)</source>
            <translation>unknown status "{value}" (new, waiting_for_input, drafted, approved, answered, declined or no_comment)</translation>
        </message>
        <message>
            <source>the questions are missing</source>
            <translation>the questions are missing</translation>
        </message>
        <message>
            <source>the e-mail "{value}" is not valid</source>
            <translation>the e-mail "{value}" is not valid</translation>
        </message>
        <message>
            <source>Not recorded in the old register.</source>
            <translation>Not recorded in the old register.</translation>
        </message>
        <message>
            <source>an answered enquiry needs the time it was answered ("answered")</source>
            <translation>an answered enquiry needs the time it was answered ("answered")</translation>
        </message>
        <message>
            <source>the status "{status}" does not go with an answer time ("answered")</source>
            <translation>the status "{status}" does not go with an answer time ("answered")</translation>
        </message>
        <message>
            <source>Imported from the old register, which did not record the answer.</source>
            <translation>Imported from the old register, which did not record the answer.</translation>
        </message>
        <message>
            <source>the received time is in the future</source>
            <translation>the received time is in the future</translation>
        </message>
    </context>
    <context>
        <name>EnquiryReport</name>
        <message>
            <source>Journalists' enquiries</source>
            <translation>Journalists' enquiries</translation>
        </message>
        <message>
            <source>enquiries-report</source>
            <translation>enquiries-report</translation>
        </message>
        <message>
            <source>Enquiries received from {first} to {last}, as they stand on {day} at {time}.</source>
            <translation>Enquiries received from {first} to {last}, as they stand on {day} at {time}.</translation>
        </message>
        <message>
            <source>The journalists' names are personal data and are not in this report; their outlets are.</source>
            <translation>The journalists' names are personal data and are not in this report; their outlets are.</translation>
        </message>
        <message>
            <source>Answered before or after the deadline and the times to answer count the answered enquiries; declined ones and those answered with “no comment” are counted apart. A time to answer runs from when the enquiry came to when the answer went, in hours of the clock, nights and weekends included.</source>
            <translation>Answered before or after the deadline and the times to answer count the answered enquiries; declined ones and those answered with “no comment” are counted apart. A time to answer runs from when the enquiry came to when the answer went, in hours of the clock, nights and weekends included.</translation>
        </message>
        <message>
            <source>The deadline is the journalist's, or the office's usual time to answer where the journalist named none. Still open past the deadline: as the report was written.</source>
            <translation>The deadline is the journalist's, or the office's usual time to answer where the journalist named none. Still open past the deadline: as the report was written.</translation>
        </message>
        <message>
            <source>Enquiries received</source>
            <translation>Enquiries received</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Answered before the deadline</source>
            <translation>Answered before the deadline</translation>
        </message>
        <message>
            <source>Answered before the deadline (% of the answered)</source>
            <translation>Answered before the deadline (% of the answered)</translation>
        </message>
        <message>
            <source>Answered after the deadline</source>
            <translation>Answered after the deadline</translation>
        </message>
        <message>
            <source>Median time to answer (hours)</source>
            <translation>Median time to answer (hours)</translation>
        </message>
        <message>
            <source>Longest time to answer (hours)</source>
            <translation>Longest time to answer (hours)</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Answered with “no comment”</source>
            <translation>Answered with “no comment”</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Still open</translation>
        </message>
        <message>
            <source>Still open past the deadline</source>
            <translation>Still open past the deadline</translation>
        </message>
        <message>
            <source>No outlet named</source>
            <translation>No outlet named</translation>
        </message>
        <message>
            <source>No topic given</source>
            <translation>No topic given</translation>
        </message>
        <message>
            <source>Enquiries by outlet</source>
            <translation>Enquiries by outlet</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Outlet</translation>
        </message>
        <message>
            <source>No enquiry was received in the period.</source>
            <translation>No enquiry was received in the period.</translation>
        </message>
        <message>
            <source>Enquiries by topic</source>
            <translation>Enquiries by topic</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Enquiries by channel</source>
            <translation>Enquiries by channel</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Enquiries by status</source>
            <translation>Enquiries by status</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Enquiries</source>
            <translation>Enquiries</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>The enquiries</source>
            <translation>The enquiries</translation>
        </message>
        <message>
            <source>Shaded: answered after the deadline, or still open past it.</source>
            <translation>Shaded: answered after the deadline, or still open past it.</translation>
        </message>
        <message>
            <source>Hours to answer</source>
            <translation>Hours to answer</translation>
        </message>
        <message>
            <source>Late (after the deadline, or open past it)</source>
            <translation>Late (after the deadline, or open past it)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Enquiries {period}</source>
            <translation>Enquiries {period}</translation>
        </message>
        <message>
            <source>Breakdown {period}</source>
            <translation>Breakdown {period}</translation>
        </message>
        <message>
            <source>List {period}</source>
            <translation>List {period}</translation>
        </message>
        <message>
            <source>Report on journalists' enquiries</source>
            <translation>Report on journalists' enquiries</translation>
        </message>
        <message>
            <source>Enquiries received in the period: by outlet, topic and channel, answered before the deadline, median and longest time to answer, declined, and the list itself.</source>
            <translation>Enquiries received in the period: by outlet, topic and channel, answered before the deadline, median and longest time to answer, declined, and the list itself.</translation>
        </message>
    </context>
    <context>
        <name>EnquirySettings</name>
        <message>
            <source>Enquiry settings</source>
            <translation>Enquiry settings</translation>
        </message>
        <message>
            <source>The 14th enquiry of 2026: {example}</source>
            <translation>The 14th enquiry of 2026: {example}</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> hours</translation>
        </message>
        <message>
            <source>Number format</source>
            <translation>Number format</translation>
        </message>
        <message>
            <source>{year} is the year, {number:03d} the enquiry's number in it.</source>
            <translation>{year} is the year, {number:03d} the enquiry's number in it.</translation>
        </message>
        <message>
            <source>Answer within</source>
            <translation>Answer within</translation>
        </message>
        <message>
            <source>The deadline of an enquiry whose journalist names none, counted from when it came ({hours} hours unless changed). Enquiries already registered keep their deadline.</source>
            <translation>The deadline of an enquiry whose journalist names none, counted from when it came ({hours} hours unless changed). Enquiries already registered keep their deadline.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>EnquiryStatus</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Waiting for input</source>
            <translation>Waiting for input</translation>
        </message>
        <message>
            <source>Answer drafted</source>
            <translation>Answer drafted</translation>
        </message>
        <message>
            <source>Answer approved</source>
            <translation>Answer approved</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>No comment</translation>
        </message>
    </context>
    <context>
        <name>EnquiryStepKind</name>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <source>Facts asked</source>
            <translation>Facts asked</translation>
        </message>
        <message>
            <source>Facts received</source>
            <translation>Facts received</translation>
        </message>
        <message>
            <source>Answer approved</source>
            <translation>Answer approved</translation>
        </message>
        <message>
            <source>Answer sent</source>
            <translation>Answer sent</translation>
        </message>
        <message>
            <source>E-mail draft written</source>
            <translation>E-mail draft written</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Personal data erased</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Interrupted.</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <source>commsdesk hit an unexpected error ({error}), and its details could not be written to a log.</source>
            <translation>commsdesk hit an unexpected error ({error}), and its details could not be written to a log.</translation>
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
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} is a folder, not a database file.</translation>
        </message>
        <message>
            <source>Another backup to {path} is being written.</source>
            <translation>Another backup to {path} is being written.</translation>
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
            <source>The disk failed while reading or writing {path}. Nothing was saved.</source>
            <translation>The disk failed while reading or writing {path}. Nothing was saved.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened. Check that it exists and that its folder is writable.</source>
            <translation>The database {path} cannot be opened. Check that it exists and that its folder is writable.</translation>
        </message>
        <message>
            <source>The database {path} is read-only (a write-protected file, folder or medium): it can be read, but nothing can be changed.</source>
            <translation>The database {path} is read-only (a write-protected file, folder or medium): it can be read, but nothing can be changed.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. Nothing was written to it.</source>
            <translation>The database {path} is damaged. Nothing was written to it.</translation>
        </message>
        <message>
            <source>The database {path} is busy: another program, or a long import of commsdesk's own, is writing to it. Try again in a moment.</source>
            <translation>The database {path} is busy: another program, or a long import of commsdesk's own, is writing to it. Try again in a moment.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space; nothing was saved.</source>
            <translation>The disk is full. Free some space; nothing was saved.</translation>
        </message>
        <message>
            <source>{path} is not a commsdesk database.</source>
            <translation>{path} is not a commsdesk database.</translation>
        </message>
        <message>
            <source>The database {path} is an empty file (0 bytes): whatever it held is gone.</source>
            <translation>The database {path} is an empty file (0 bytes): whatever it held is gone.</translation>
        </message>
        <message>
            <source>The upgrade of {path} broke references; nothing was changed.</source>
            <translation>The upgrade of {path} broke references; nothing was changed.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of commsdesk. Install that version to open it.</source>
            <translation>The database {path} was written by a newer version of commsdesk. Install that version to open it.</translation>
        </message>
        <message>
            <source>{path} does not exist, and its folder is write-protected.</source>
            <translation>{path} does not exist, and its folder is write-protected.</translation>
        </message>
        <message>
            <source>The database {path} comes from an older commsdesk and must be upgraded, which a write-protected file cannot be. Copy it to a writable folder and open the copy.</source>
            <translation>The database {path} comes from an older commsdesk and must be upgraded, which a write-protected file cannot be. Copy it to a writable folder and open the copy.</translation>
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
            <source>The lock file {path} could not be written.</source>
            <translation>The lock file {path} could not be written.</translation>
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
        <message>
            <source>{text} is not a date written dd.MM.yyyy.</source>
            <translation>{text} is not a date written dd.MM.yyyy.</translation>
        </message>
        <message>
            <source>There is no release {reference}.</source>
            <translation>There is no release {reference}.</translation>
        </message>
        <message>
            <source>The release has no {language} version (it has: {present}).</source>
            <translation>The release has no {language} version (it has: {present}).</translation>
        </message>
        <message>
            <source>There is no audience group {name}.</source>
            <translation>There is no audience group {name}.</translation>
        </message>
        <message>
            <source>{address} is not an e-mail address.</source>
            <translation>{address} is not an e-mail address.</translation>
        </message>
        <message>
            <source>{file} is not an iCalendar (.ics) file this program can read.</source>
            <translation>{file} is not an iCalendar (.ics) file this program can read.</translation>
        </message>
        <message>
            <source>The file of {name} is missing from the archive folder {folder}.</source>
            <translation>The file of {name} is missing from the archive folder {folder}.</translation>
        </message>
        <message>
            <source>commsdesk does not open programs or scripts ({name}). Save it to a folder instead.</source>
            <translation>commsdesk does not open programs or scripts ({name}). Save it to a folder instead.</translation>
        </message>
        <message>
            <source>{name} cannot be saved there.</source>
            <translation>{name} cannot be saved there.</translation>
        </message>
        <message>
            <source>The archived copy of {name} is damaged (its checksum differs).</source>
            <translation>The archived copy of {name} is damaged (its checksum differs).</translation>
        </message>
        <message>
            <source>{path} is on a write-protected medium: nothing can be written there.</source>
            <translation>{path} is on a write-protected medium: nothing can be written there.</translation>
        </message>
        <message>
            <source>{path} cannot be written: you have no permission there, or another program holds it.</source>
            <translation>{path} cannot be written: you have no permission there, or another program holds it.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} does not exist.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} is a folder, not a file.</translation>
        </message>
        <message>
            <source>A part of {path} is a file, not a folder.</source>
            <translation>A part of {path} is a file, not a folder.</translation>
        </message>
        <message>
            <source>The name {path} is too long for this disk.</source>
            <translation>The name {path} is too long for this disk.</translation>
        </message>
        <message>
            <source>{path} could not be read or written ({reason}).</source>
            <translation>{path} could not be read or written ({reason}).</translation>
        </message>
        <message>
            <source>{path} is the database commsdesk has open; choose another file.</source>
            <translation>{path} is the database commsdesk has open; choose another file.</translation>
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
        <name>ExclusionReason</name>
        <message>
            <source>Do not contact</source>
            <translation>Do not contact</translation>
        </message>
        <message>
            <source>No e-mail address</source>
            <translation>No e-mail address</translation>
        </message>
    </context>
    <context>
        <name>FieldInputs</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
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
        <name>HistoryPage</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
    </context>
    <context>
        <name>Holidays</name>
        <message>
            <source>New Year's Day</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <source>New Year (second day)</source>
            <translation>New Year (second day)</translation>
        </message>
        <message>
            <source>Orthodox Christmas</source>
            <translation>Orthodox Christmas</translation>
        </message>
        <message>
            <source>Independence Day</source>
            <translation>Independence Day</translation>
        </message>
        <message>
            <source>Constitution Day</source>
            <translation>Constitution Day</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Labour Day</translation>
        </message>
        <message>
            <source>Europe Day</source>
            <translation>Europe Day</translation>
        </message>
        <message>
            <source>Catholic Christmas</source>
            <translation>Catholic Christmas</translation>
        </message>
        <message>
            <source>Catholic Easter</source>
            <translation>Catholic Easter</translation>
        </message>
        <message>
            <source>Catholic Easter Monday</source>
            <translation>Catholic Easter Monday</translation>
        </message>
        <message>
            <source>Orthodox Easter</source>
            <translation>Orthodox Easter</translation>
        </message>
        <message>
            <source>Orthodox Easter Monday</source>
            <translation>Orthodox Easter Monday</translation>
        </message>
        <message>
            <source>Eid al-Fitr</source>
            <translation>Eid al-Fitr</translation>
        </message>
        <message>
            <source>Eid al-Adha</source>
            <translation>Eid al-Adha</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{file} is {size}; commsdesk imports files of up to {limit}.</source>
            <translation>{file} is {size}; commsdesk imports files of up to {limit}.</translation>
        </message>
        <message>
            <source>{file} is bigger than {limit}, the most commsdesk imports.</source>
            <translation>{file} is bigger than {limit}, the most commsdesk imports.</translation>
        </message>
        <message>
            <source>it is not text in UTF-8, UTF-16, Windows-1250 or Windows-1252</source>
            <translation>it is not text in UTF-8, UTF-16, Windows-1250 or Windows-1252</translation>
        </message>
        <message>
            <source>line {line} is longer than {limit} characters</source>
            <translation>line {line} is longer than {limit} characters</translation>
        </message>
        <message>
            <source>{file} has more than {limit} rows; commsdesk imports up to {limit} at a time.</source>
            <translation>{file} has more than {limit} rows; commsdesk imports up to {limit} at a time.</translation>
        </message>
        <message>
            <source>{file} unpacks to {size}; commsdesk reads workbooks that unpack to at most {limit}.</source>
            <translation>{file} unpacks to {size}; commsdesk reads workbooks that unpack to at most {limit}.</translation>
        </message>
        <message>
            <source>line {line} cannot be read as CSV</source>
            <translation>line {line} cannot be read as CSV</translation>
        </message>
        <message>
            <source>a row has more than {limit} columns</source>
            <translation>a row has more than {limit} columns</translation>
        </message>
        <message>
            <source>two columns are "{column}"</source>
            <translation>two columns are "{column}"</translation>
        </message>
        <message>
            <source>commsdesk does not know the columns {unknown} (it reads: {known})</source>
            <translation>commsdesk does not know the columns {unknown} (it reads: {known})</translation>
        </message>
        <message>
            <source>it lacks the columns {columns}</source>
            <translation>it lacks the columns {columns}</translation>
        </message>
        <message>
            <source>the number "{value}" is of another year than the received date</source>
            <translation>the number "{value}" is of another year than the received date</translation>
        </message>
        <message>
            <source>the number "{value}" is not a number</source>
            <translation>the number "{value}" is not a number</translation>
        </message>
        <message>
            <source>"{column}" has {length} characters, more than the {limit} allowed</source>
            <translation>"{column}" has {length} characters, more than the {limit} allowed</translation>
        </message>
        <message>
            <source>Nothing was imported: row {row}: {reason}</source>
            <translation>Nothing was imported: row {row}: {reason}</translation>
        </message>
        <message>
            <source>Nothing was imported. Rows with problems: {count}.</source>
            <translation>Nothing was imported. Rows with problems: {count}.</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Row {row}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more rows.</source>
            <translation>… and {count} more rows.</translation>
        </message>
        <message>
            <source>row {row} has the same number</source>
            <translation>row {row} has the same number</translation>
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
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (read-only)</translation>
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
            <source>Document requests</source>
            <translation>Document requests</translation>
        </message>
        <message>
            <source>Journalists' enquiries</source>
            <translation>Journalists' enquiries</translation>
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
        <message>
            <source>Save the changes before closing?</source>
            <translation>Save the changes before closing?</translation>
        </message>
    </context>
    <context>
        <name>Month</name>
        <message>
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Notify the media</source>
            <translation>Notify the media</translation>
        </message>
        <message>
            <source>Announce the session (material distributed today)</source>
            <translation>Announce the session (material distributed today)</translation>
        </message>
        <message>
            <source>Announce the session ({days} days before the material goes out)</source>
            <translation>Announce the session ({days} days before the material goes out)</translation>
        </message>
        <message>
            <source>Remind the media (on the day)</source>
            <translation>Remind the media (on the day)</translation>
        </message>
        <message>
            <source>Remind the media (the day before)</source>
            <translation>Remind the media (the day before)</translation>
        </message>
        <message>
            <source>Notify the media ({days} days before)</source>
            <translation>Notify the media ({days} days before)</translation>
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
        <name>OnDuplicate</name>
        <message>
            <source>Skip it (keep the existing contact as it is)</source>
            <translation>Skip it (keep the existing contact as it is)</translation>
        </message>
        <message>
            <source>Update the existing contact with the file's values</source>
            <translation>Update the existing contact with the file's values</translation>
        </message>
        <message>
            <source>Add it as a new contact anyway</source>
            <translation>Add it as a new contact anyway</translation>
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
        <name>PdfPages</name>
        <message>
            <source>The PDF {path} cannot be shown: {reason}</source>
            <translation>The PDF {path} cannot be shown: {reason}</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translation>Page {number}</translation>
        </message>
    </context>
    <context>
        <name>PeriodReport</name>
        <message>
            <source>The whole year (annual report)</source>
            <translation>The whole year (annual report)</translation>
        </message>
        <message>
            <source>Quarter {quarter}</source>
            <translation>Quarter {quarter}</translation>
        </message>
        <message>
            <source>Dates I choose</source>
            <translation>Dates I choose</translation>
        </message>
        <message>
            <source>PDF (to print and send)</source>
            <translation>PDF (to print and send)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel workbook (XLSX)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Received from – to</source>
            <translation>Received from – to</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Write report…</source>
            <translation>Write report…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PersonalData</name>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Recorded on</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Last changed on</translation>
        </message>
        <message>
            <source>Merged duplicate records kept for undo</source>
            <translation>Merged duplicate records kept for undo</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Documents requested</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Enquiries the person made as a journalist</source>
            <translation>Enquiries the person made as a journalist</translation>
        </message>
        <message>
            <source>Enquiries</source>
            <translation>Enquiries</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Personal data held about {name}</source>
            <translation>Personal data held about {name}</translation>
        </message>
        <message>
            <source>Everything this office's contact register holds about the person, as of {date}.</source>
            <translation>Everything this office's contact register holds about the person, as of {date}.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Press releases sent to the person</source>
            <translation>Press releases sent to the person</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Release</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Headline</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>Events the person was invited to</source>
            <translation>Events the person was invited to</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Requests for access to public documents</source>
            <translation>Requests for access to public documents</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Releases sent</source>
            <translation>Releases sent</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
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
            <source>a recurring activity has no planned cost</source>
            <translation>a recurring activity has no planned cost</translation>
        </message>
        <message>
            <source>a recurring activity needs a frequency</source>
            <translation>a recurring activity needs a frequency</translation>
        </message>
        <message>
            <source>"{column}" has {length} characters, more than the {limit} allowed</source>
            <translation>"{column}" has {length} characters, more than the {limit} allowed</translation>
        </message>
        <message>
            <source>objective {number} has another title in row {row}</source>
            <translation>objective {number} has another title in row {row}</translation>
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
        <message>
            <source>The file {path} is not an Excel workbook (.xlsx).</source>
            <translation>The file {path} is not an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>The objective's number: 1, 2, 3…</source>
            <translation>The objective's number: 1, 2, 3…</translation>
        </message>
        <message>
            <source>The objective's title (once per objective is enough).</source>
            <translation>The objective's title (once per objective is enough).</translation>
        </message>
        <message>
            <source>specific (with a timeframe and a cost) or recurring (with a frequency)</source>
            <translation>specific (with a timeframe and a cost) or recurring (with a frequency)</translation>
        </message>
        <message>
            <source>What is to be done, as the plan writes it.</source>
            <translation>What is to be done, as the plan writes it.</translation>
        </message>
        <message>
            <source>Who is responsible; several separated by ";", e.g. "ZIMP; Zyra IT".</source>
            <translation>Who is responsible; several separated by ";", e.g. "ZIMP; Zyra IT".</translation>
        </message>
        <message>
            <source>Specific activities: "2024", "nëntor 2024", "mars–qershor 2024", "Q2 2024" or dates.</source>
            <translation>Specific activities: "2024", "nëntor 2024", "mars–qershor 2024", "Q2 2024" or dates.</translation>
        </message>
        <message>
            <source>Recurring activities: e.g. "Në baza javore", "Dy herë në vit".</source>
            <translation>Recurring activities: e.g. "Në baza javore", "Dy herë në vit".</translation>
        </message>
        <message>
            <source>The planned cost in euro; 0 means no additional cost.</source>
            <translation>The planned cost in euro; 0 means no additional cost.</translation>
        </message>
        <message>
            <source>Anything else worth keeping.</source>
            <translation>Anything else worth keeping.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>There are several strategies; name the one the plan belongs to.</source>
            <translation>There are several strategies; name the one the plan belongs to.</translation>
        </message>
        <message>
            <source>Communication strategy</source>
            <translation>Communication strategy</translation>
        </message>
        <message>
            <source>The plan of {year} already has {count} activities.</source>
            <translation>The plan of {year} already has {count} activities.</translation>
        </message>
    </context>
    <context>
        <name>PlanReport</name>
        <message>
            <source>Objective {number}</source>
            <translation>Objective {number}</translation>
        </message>
        <message>
            <source>Activities by status</source>
            <translation>Activities by status</translation>
        </message>
        <message>
            <source>Planned and spent (€)</source>
            <translation>Planned and spent (€)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Annual status report of the action plan {year}</source>
            <translation>Annual status report of the action plan {year}</translation>
        </message>
        <message>
            <source>Status report of the action plan {year}, quarter {quarter}</source>
            <translation>Status report of the action plan {year}, quarter {quarter}</translation>
        </message>
        <message>
            <source>Period {start} – {end} · status as of {day}</source>
            <translation>Period {start} – {end} · status as of {day}</translation>
        </message>
        <message>
            <source>Objective {number}: {title}</source>
            <translation>Objective {number}: {title}</translation>
        </message>
        <message>
            <source>no additional cost</source>
            <translation>no additional cost</translation>
        </message>
        <message>
            <source>{count} events</source>
            <translation>{count} events</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>{count} releases</translation>
        </message>
        <message>
            <source>{count} requests handled</source>
            <translation>{count} requests handled</translation>
        </message>
        <message>
            <source>{count} enquiries answered</source>
            <translation>{count} enquiries answered</translation>
        </message>
        <message>
            <source>Objectives: {objectives} · specific activities: {specific} · recurring activities: {recurring} · planned: {planned} · spent: {spent} · completed: {completed} ({percent} %) · overdue: {overdue}</source>
            <translation>Objectives: {objectives} · specific activities: {specific} · recurring activities: {recurring} · planned: {planned} · spent: {spent} · completed: {completed} ({percent} %) · overdue: {overdue}</translation>
        </message>
        <message>
            <source>The quarter must be 1, 2, 3 or 4.</source>
            <translation>The quarter must be 1, 2, 3 or 4.</translation>
        </message>
        <message>
            <source>There is no action plan for {year}.</source>
            <translation>There is no action plan for {year}.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>% completed</source>
            <translation>% completed</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Whole plan</source>
            <translation>Whole plan</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Timeframe</translation>
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
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{count} activities</source>
            <translation>{count} activities</translation>
        </message>
        <message>
            <source>{done} of {count} completed</source>
            <translation>{done} of {count} completed</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Specific activities</source>
            <translation>Specific activities</translation>
        </message>
        <message>
            <source>Recurring activities</source>
            <translation>Recurring activities</translation>
        </message>
        <message>
            <source>What changed in the period</source>
            <translation>What changed in the period</translation>
        </message>
        <message>
            <source>No status was reported in this period.</source>
            <translation>No status was reported in this period.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Prepared by: information officer</source>
            <translation>Prepared by: information officer</translation>
        </message>
        <message>
            <source>Approved by: head of the mayor's cabinet</source>
            <translation>Approved by: head of the mayor's cabinet</translation>
        </message>
        <message>
            <source>Activities: {total} ({specific} specific, {recurring} recurring) · completed: {completed} ({percent} %) · planned: {planned} · spent: {spent} · overdue: {overdue}</source>
            <translation>Activities: {total} ({specific} specific, {recurring} recurring) · completed: {completed} ({percent} %) · planned: {planned} · spent: {spent} · overdue: {overdue}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Summary {year}</source>
            <translation>Summary {year}</translation>
        </message>
        <message>
            <source>Summary {year} Q{quarter}</source>
            <translation>Summary {year} Q{quarter}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Timeframe / frequency</source>
            <translation>Timeframe / frequency</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Releases</source>
            <translation>Releases</translation>
        </message>
        <message>
            <source>Requests handled</source>
            <translation>Requests handled</translation>
        </message>
        <message>
            <source>Enquiries answered</source>
            <translation>Enquiries answered</translation>
        </message>
        <message>
            <source>Status date</source>
            <translation>Status date</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
    </context>
    <context>
        <name>PlanReportDialog</name>
        <message>
            <source>Status report of the plan {year}</source>
            <translation>Status report of the plan {year}</translation>
        </message>
        <message>
            <source>The whole year (annual report)</source>
            <translation>The whole year (annual report)</translation>
        </message>
        <message>
            <source>Quarter {quarter} (quarterly report)</source>
            <translation>Quarter {quarter} (quarterly report)</translation>
        </message>
        <message>
            <source>PDF (to print)</source>
            <translation>PDF (to print)</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel workbook (XLSX)</translation>
        </message>
        <message>
            <source>The report shows each activity's status as it stood on that day; later updates are left out.</source>
            <translation>The report shows each activity's status as it stood on that day; later updates are left out.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Status as of:</source>
            <translation>Status as of:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Write report…</source>
            <translation>Write report…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>action-plan</source>
            <translation>action-plan</translation>
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
            <source>Spent</source>
            <translation>Spent</translation>
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
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Last update</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>{count} activities</source>
            <translation>{count} activities</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>Objective {number}: {title}</source>
            <translation>Objective {number}: {title}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Undo: {change}</source>
            <translation>Undo: {change}</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <source>Status as of:</source>
            <translation>Status as of:</translation>
        </message>
        <message>
            <source>Show each activity's status as it stood on this day</source>
            <translation>Show each activity's status as it stood on this day</translation>
        </message>
        <message>
            <source>Update &amp;status…</source>
            <translation>Update &amp;status…</translation>
        </message>
        <message>
            <source>&amp;New activity…</source>
            <translation>&amp;New activity…</translation>
        </message>
        <message>
            <source>&amp;Edit activity…</source>
            <translation>&amp;Edit activity…</translation>
        </message>
        <message>
            <source>&amp;Delete activity</source>
            <translation>&amp;Delete activity</translation>
        </message>
        <message>
            <source>&amp;Report…</source>
            <translation>&amp;Report…</translation>
        </message>
        <message>
            <source>&amp;Import plan from CSV or Excel…</source>
            <translation>&amp;Import plan from CSV or Excel…</translation>
        </message>
        <message>
            <source>Save empty plan &amp;template (Excel)…</source>
            <translation>Save empty plan &amp;template (Excel)…</translation>
        </message>
        <message>
            <source>&amp;Copy plan to the next year…</source>
            <translation>&amp;Copy plan to the next year…</translation>
        </message>
        <message>
            <source>&amp;Strategy…</source>
            <translation>&amp;Strategy…</translation>
        </message>
        <message>
            <source>Delete this &amp;plan…</source>
            <translation>Delete this &amp;plan…</translation>
        </message>
        <message>
            <source>Record a dated status update (Enter)</source>
            <translation>Record a dated status update (Enter)</translation>
        </message>
        <message>
            <source>More</source>
            <translation>More</translation>
        </message>
        <message>
            <source>No action plan yet. Import one with More → Import plan.</source>
            <translation>No action plan yet. Import one with More → Import plan.</translation>
        </message>
        <message>
            <source>{shown} of {count} activities shown, {cost} planned</source>
            <translation>{shown} of {count} activities shown, {cost} planned</translation>
        </message>
        <message>
            <source>{count} activities, {cost} planned</source>
            <translation>{count} activities, {cost} planned</translation>
        </message>
        <message>
            <source>Objective {number}:</source>
            <translation>Objective {number}:</translation>
        </message>
        <message>
            <source>status of “{activity}”</source>
            <translation>status of “{activity}”</translation>
        </message>
        <message>
            <source>new activity “{activity}”</source>
            <translation>new activity “{activity}”</translation>
        </message>
        <message>
            <source>changes to “{activity}”</source>
            <translation>changes to “{activity}”</translation>
        </message>
        <message>
            <source>Delete the activity “{activity}” and its status history?</source>
            <translation>Delete the activity “{activity}” and its status history?</translation>
        </message>
        <message>
            <source>deleting “{activity}”</source>
            <translation>deleting “{activity}”</translation>
        </message>
        <message>
            <source>The strategy already has a plan for {year}.</source>
            <translation>The strategy already has a plan for {year}.</translation>
        </message>
        <message>
            <source>The progress must be between 0 and 100 %.</source>
            <translation>The progress must be between 0 and 100 %.</translation>
        </message>
        <message>
            <source>The actual cost cannot be negative.</source>
            <translation>The actual cost cannot be negative.</translation>
        </message>
        <message>
            <source>This item no longer exists; it may have been deleted.</source>
            <translation>This item no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <source>The strategy's last year must not come before its first.</source>
            <translation>The strategy's last year must not come before its first.</translation>
        </message>
        <message>
            <source>The planned cost cannot be negative.</source>
            <translation>The planned cost cannot be negative.</translation>
        </message>
        <message>
            <source>Import an action plan</source>
            <translation>Import an action plan</translation>
        </message>
        <message>
            <source>Plans (*.csv *.xlsx);;All files (*)</source>
            <translation>Plans (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>The plan is for the year:</source>
            <translation>The plan is for the year:</translation>
        </message>
        <message>
            <source>The plan of {year} already has {count} activities. Replace them and their status history?</source>
            <translation>The plan of {year} already has {count} activities. Replace them and their status history?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Imported the plan of {year}: {specific} specific and {recurring} recurring activities, {planned} planned.</source>
            <translation>Imported the plan of {year}: {specific} specific and {recurring} recurring activities, {planned} planned.</translation>
        </message>
        <message>
            <source>Importing the plan…</source>
            <translation>Importing the plan…</translation>
        </message>
        <message>
            <source>Save the empty plan template</source>
            <translation>Save the empty plan template</translation>
        </message>
        <message>
            <source>action-plan-template</source>
            <translation>action-plan-template</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>The template was saved to {path}.</source>
            <translation>The template was saved to {path}.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>The report was saved to {path}.</source>
            <translation>The report was saved to {path}.</translation>
        </message>
        <message>
            <source>Make a plan for {year} from the plan of {previous}? It takes the {specific} specific activities that are not completed or cancelled and all {recurring} recurring ones, without their status.</source>
            <translation>Make a plan for {year} from the plan of {previous}? It takes the {specific} specific activities that are not completed or cancelled and all {recurring} recurring ones, without their status.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Delete the plan of {year} with its {count} activities and all their status history?</source>
            <translation>Delete the plan of {year} with its {count} activities and all their status history?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Search activities, responsible, comments (Ctrl+F)</source>
            <translation>Search activities, responsible, comments (Ctrl+F)</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Responsible:</source>
            <translation>Responsible:</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Quarter:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Q{quarter}</source>
            <translation>Q{quarter}</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>{percent} % completed</source>
            <translation>{percent} % completed</translation>
        </message>
        <message>
            <source>planned {planned} · spent {spent}</source>
            <translation>planned {planned} · spent {spent}</translation>
        </message>
        <message>
            <source>{count} overdue</source>
            <translation>{count} overdue</translation>
        </message>
        <message>
            <source>no additional cost</source>
            <translation>no additional cost</translation>
        </message>
        <message>
            <source>{count} events</source>
            <translation>{count} events</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>{count} releases</translation>
        </message>
        <message>
            <source>{count} requests handled</source>
            <translation>{count} requests handled</translation>
        </message>
        <message>
            <source>{count} enquiries answered</source>
            <translation>{count} enquiries answered</translation>
        </message>
        <message>
            <source>Overdue: the timeframe ended on {day} without completion.</source>
            <translation>Overdue: the timeframe ended on {day} without completion.</translation>
        </message>
        <message>
            <source>{done} of {count} completed</source>
            <translation>{done} of {count} completed</translation>
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
        <name>RefusalGround</name>
        <message>
            <source>National security</source>
            <translation>National security</translation>
        </message>
        <message>
            <source>Defence</source>
            <translation>Defence</translation>
        </message>
        <message>
            <source>International relations</source>
            <translation>International relations</translation>
        </message>
        <message>
            <source>Public safety</source>
            <translation>Public safety</translation>
        </message>
        <message>
            <source>Prevention, investigation or prosecution of criminal offences</source>
            <translation>Prevention, investigation or prosecution of criminal offences</translation>
        </message>
        <message>
            <source>Disciplinary investigations</source>
            <translation>Disciplinary investigations</translation>
        </message>
        <message>
            <source>Inspection, control and supervision by the institution</source>
            <translation>Inspection, control and supervision by the institution</translation>
        </message>
        <message>
            <source>Privacy and other legitimate private interests</source>
            <translation>Privacy and other legitimate private interests</translation>
        </message>
        <message>
            <source>Commercial and other economic interests</source>
            <translation>Commercial and other economic interests</translation>
        </message>
        <message>
            <source>Equality of parties in court proceedings</source>
            <translation>Equality of parties in court proceedings</translation>
        </message>
        <message>
            <source>The environment</source>
            <translation>The environment</translation>
        </message>
        <message>
            <source>Deliberations within the institution</source>
            <translation>Deliberations within the institution</translation>
        </message>
        <message>
            <source>The economic, monetary and exchange policy of the state</source>
            <translation>The economic, monetary and exchange policy of the state</translation>
        </message>
        <message>
            <source>Another ground provided by law</source>
            <translation>Another ground provided by law</translation>
        </message>
    </context>
    <context>
        <name>ReleaseArchive</name>
        <message>
            <source>Press releases {year}</source>
            <translation>Press releases {year}</translation>
        </message>
        <message>
            <source>Press release archive</source>
            <translation>Press release archive</translation>
        </message>
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
            <source>Headline ({languages})</source>
            <translation>Headline ({languages})</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>{count} releases</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Headline ({language})</source>
            <translation>Headline ({language})</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>E-mail recipients</source>
            <translation>E-mail recipients</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Approved on</translation>
        </message>
        <message>
            <source>Embargo until</source>
            <translation>Embargo until</translation>
        </message>
    </context>
    <context>
        <name>ReleaseAttachments</name>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Captions</source>
            <translation>Captions</translation>
        </message>
        <message>
            <source>Captions of {name}</source>
            <translation>Captions of {name}</translation>
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
            <source>Save the release first to add attachments.</source>
            <translation>Save the release first to add attachments.</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Add files…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Save a copy…</source>
            <translation>&amp;Save a copy…</translation>
        </message>
        <message>
            <source>&amp;Captions…</source>
            <translation>&amp;Captions…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Add attachments</source>
            <translation>Add attachments</translation>
        </message>
        <message>
            <source>No program is set up to open {name}.</source>
            <translation>No program is set up to open {name}.</translation>
        </message>
        <message>
            <source>Save a copy in…</source>
            <translation>Save a copy in…</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Saved as {path}.</translation>
        </message>
        <message>
            <source>Remove {name} from the release and from the archive folder?</source>
            <translation>Remove {name} from the release and from the archive folder?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDetail</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>Approved by {name} on {moment}</source>
            <translation>Approved by {name} on {moment}</translation>
        </message>
        <message>
            <source>Embargo until {moment}</source>
            <translation>Embargo until {moment}</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Tags: {tags}</translation>
        </message>
        <message>
            <source>Event: {title}</source>
            <translation>Event: {title}</translation>
        </message>
        <message>
            <source>Action-plan activity: {title}</source>
            <translation>Action-plan activity: {title}</translation>
        </message>
        <message>
            <source>{count} attachments</source>
            <translation>{count} attachments</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Status history</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>Choose a release in the list.</source>
            <translation>Choose a release in the list.</translation>
        </message>
        <message>
            <source>Mark as “{status}”</source>
            <translation>Mark as “{status}”</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDistribution</name>
        <message>
            <source>Distribute {reference} – {headline}</source>
            <translation>Distribute {reference} – {headline}</translation>
        </message>
        <message>
            <source>Leave out whoever already received this release</source>
            <translation>Leave out whoever already received this release</translation>
        </message>
        <message>
            <source>Open e-mail draft</source>
            <translation>Open e-mail draft</translation>
        </message>
        <message>
            <source>Copy Bcc list</source>
            <translation>Copy Bcc list</translation>
        </message>
        <message>
            <source>Save .eml…</source>
            <translation>Save .eml…</translation>
        </message>
        <message>
            <source>Recipients by the version they get</source>
            <translation>Recipients by the version they get</translation>
        </message>
        <message>
            <source>Attach to the e-mails (the PDF always is)</source>
            <translation>Attach to the e-mails (the PDF always is)</translation>
        </message>
        <message>
            <source>&amp;Record distribution</source>
            <translation>&amp;Record distribution</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>{language}: {count}</source>
            <translation>{language}: {count}</translation>
        </message>
        <message>
            <source>excluded: {count}</source>
            <translation>excluded: {count}</translation>
        </message>
        <message>
            <source>already received it: {count}</source>
            <translation>already received it: {count}</translation>
        </message>
        <message>
            <source>{language} ({count} recipients)</source>
            <translation>{language} ({count} recipients)</translation>
        </message>
        <message>
            <source>No recipient gets the {language} version.</source>
            <translation>No recipient gets the {language} version.</translation>
        </message>
        <message>
            <source>No mail program is set up to open {path}.</source>
            <translation>No mail program is set up to open {path}.</translation>
        </message>
        <message>
            <source>Save e-mail draft</source>
            <translation>Save e-mail draft</translation>
        </message>
        <message>
            <source>E-mail drafts (*.eml)</source>
            <translation>E-mail drafts (*.eml)</translation>
        </message>
        <message>
            <source>Tick at least one channel (with its versions) to record.</source>
            <translation>Tick at least one channel (with its versions) to record.</translation>
        </message>
        <message>
            <source>The distribution is recorded ({count} entries).</source>
            <translation>The distribution is recorded ({count} entries).</translation>
        </message>
        <message>
            <source>Excluded: {reason}</source>
            <translation>Excluded: {reason}</translation>
        </message>
        <message>
            <source>Already received it on {date}</source>
            <translation>Already received it on {date}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Gets</source>
            <translation>Gets</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>Find a contact…</source>
            <translation>Find a contact…</translation>
        </message>
        <message>
            <source>&amp;Add contact</source>
            <translation>&amp;Add contact</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Audience groups</source>
            <translation>Audience groups</translation>
        </message>
        <message>
            <source>Single contacts</source>
            <translation>Single contacts</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Do not contact</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note or link</source>
            <translation>Note or link</translation>
        </message>
    </context>
    <context>
        <name>ReleaseEditor</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Embargo until</source>
            <translation>Embargo until</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Action-plan activity</source>
            <translation>Action-plan activity</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>separated by commas</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>&amp;Preview PDF…</source>
            <translation>&amp;Preview PDF…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>New press release (the reference is given when it is saved)</source>
            <translation>New press release (the reference is given when it is saved)</translation>
        </message>
        <message>
            <source>New press release</source>
            <translation>New press release</translation>
        </message>
        <message>
            <source>Press release {reference}</source>
            <translation>Press release {reference}</translation>
        </message>
        <message>
            <source>{reference} is “{status}”. Saving changes sends it back to draft. Save?</source>
            <translation>{reference} is “{status}”. Saving changes sends it back to draft. Save?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>No approved statement valid today has a text in {language}.</source>
            <translation>No approved statement valid today has a text in {language}.</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Headline</translation>
        </message>
        <message>
            <source>Subheadline</source>
            <translation>Subheadline</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Bold (Ctrl+B)</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Italic (Ctrl+I)</translation>
        </message>
        <message>
            <source>Bullet list (Ctrl+Shift+L)</source>
            <translation>Bullet list (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Insert &amp;statement…</source>
            <translation>Insert &amp;statement…</translation>
        </message>
        <message>
            <source>An approved statement valid today, in this version's language</source>
            <translation>An approved statement valid today, in this version's language</translation>
        </message>
        <message>
            <source>{words} words · {characters} characters</source>
            <translation>{words} words · {characters} characters</translation>
        </message>
        <message>
            <source>Paragraph {number} of {total}</source>
            <translation>Paragraph {number} of {total}</translation>
        </message>
    </context>
    <context>
        <name>ReleasePdf</name>
        <message>
            <source>Phone: {phone}</source>
            <translation>Phone: {phone}</translation>
        </message>
        <message>
            <source>E-mail: {email}</source>
            <translation>E-mail: {email}</translation>
        </message>
        <message>
            <source>For more information:</source>
            <translation>For more information:</translation>
        </message>
        <message>
            <source>Ref. {reference}</source>
            <translation>Ref. {reference}</translation>
        </message>
        <message>
            <source>PRESS RELEASE</source>
            <translation>PRESS RELEASE</translation>
        </message>
        <message>
            <source>EMBARGO: not for publication before {moment}</source>
            <translation>EMBARGO: not for publication before {moment}</translation>
        </message>
    </context>
    <context>
        <name>ReleasePreview</name>
        <message>
            <source>PDF of {reference}</source>
            <translation>PDF of {reference}</translation>
        </message>
        <message>
            <source>All languages (combined)</source>
            <translation>All languages (combined)</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Save PDF…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Pages: {count}</source>
            <translation>Pages: {count}</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
    </context>
    <context>
        <name>ReleaseRules</name>
        <message>
            <source>A release that is “{current}” cannot become “{target}”.</source>
            <translation>A release that is “{current}” cannot become “{target}”.</translation>
        </message>
        <message>
            <source>The release cannot be approved: the {languages} version is missing.</source>
            <translation>The release cannot be approved: the {languages} version is missing.</translation>
        </message>
        <message>
            <source>The reference format must contain {{year}} and {{number}} and nothing else in braces, e.g. {{year}}/{{number:03d}}.</source>
            <translation>The reference format must contain {{year}} and {{number}} and nothing else in braces, e.g. {{year}}/{{number:03d}}.</translation>
        </message>
        <message>
            <source>The release no longer exists.</source>
            <translation>The release no longer exists.</translation>
        </message>
        <message>
            <source>The attachment no longer exists.</source>
            <translation>The attachment no longer exists.</translation>
        </message>
        <message>
            <source>Only an approved release can be distributed.</source>
            <translation>Only an approved release can be distributed.</translation>
        </message>
        <message>
            <source>The release has no {language} version.</source>
            <translation>The release has no {language} version.</translation>
        </message>
        <message>
            <source>The distribution no longer exists.</source>
            <translation>The distribution no longer exists.</translation>
        </message>
        <message>
            <source>The release has no text in the chosen language.</source>
            <translation>The release has no text in the chosen language.</translation>
        </message>
        <message>
            <source>Enter the office's e-mail address in Settings → Office profile: the drafts are sent from it.</source>
            <translation>Enter the office's e-mail address in Settings → Office profile: the drafts are sent from it.</translation>
        </message>
        <message>
            <source>Choose at least one release language.</source>
            <translation>Choose at least one release language.</translation>
        </message>
        <message>
            <source>A release needs a date.</source>
            <translation>A release needs a date.</translation>
        </message>
        <message>
            <source>A final version needs a headline and a text ({language}).</source>
            <translation>A final version needs a headline and a text ({language}).</translation>
        </message>
        <message>
            <source>A release that is “{status}” can no longer be changed.</source>
            <translation>A release that is “{status}” can no longer be changed.</translation>
        </message>
        <message>
            <source>The text changed; the release must be approved again.</source>
            <translation>The text changed; the release must be approved again.</translation>
        </message>
        <message>
            <source>Only a draft can move to another year: its reference would change.</source>
            <translation>Only a draft can move to another year: its reference would change.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted. Withdraw the release instead: it keeps its number.</source>
            <translation>Only a draft can be deleted. Withdraw the release instead: it keeps its number.</translation>
        </message>
        <message>
            <source>Say who approved the release.</source>
            <translation>Say who approved the release.</translation>
        </message>
    </context>
    <context>
        <name>ReleaseSettings</name>
        <message>
            <source>Press release settings</source>
            <translation>Press release settings</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Releases have it</source>
            <translation>Releases have it</translation>
        </message>
        <message>
            <source>Needed for approval</source>
            <translation>Needed for approval</translation>
        </message>
        <message>
            <source>Release languages</source>
            <translation>Release languages</translation>
        </message>
        <message>
            <source>Reference format</source>
            <translation>Reference format</translation>
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
            <source>The 14th release of 2026: {example}</source>
            <translation>The 14th release of 2026: {example}</translation>
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
        <name>ReleaseWorkflow</name>
        <message>
            <source>Send for &amp;approval</source>
            <translation>Send for &amp;approval</translation>
        </message>
        <message>
            <source>A&amp;pprove…</source>
            <translation>A&amp;pprove…</translation>
        </message>
        <message>
            <source>&amp;Return to draft…</source>
            <translation>&amp;Return to draft…</translation>
        </message>
        <message>
            <source>Mark as &amp;distributed</source>
            <translation>Mark as &amp;distributed</translation>
        </message>
        <message>
            <source>Ar&amp;chive</source>
            <translation>Ar&amp;chive</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>&amp;Withdraw…</translation>
        </message>
        <message>
            <source>{reference}: {status}</source>
            <translation>{reference}: {status}</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <source>Embargo until {moment}</source>
            <translation>Embargo until {moment}</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>Headline</translation>
        </message>
        <message>
            <source>press-releases</source>
            <translation>press-releases</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Export the list</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting the releases…</source>
            <translation>Exporting the releases…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>Annual archive</source>
            <translation>Annual archive</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>press-release-archive</source>
            <translation>press-release-archive</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the annual archive…</source>
            <translation>Writing the annual archive…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>All languages</translation>
        </message>
        <message>
            <source>Search every language version… (Ctrl+F)</source>
            <translation>Search every language version… (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;New release</source>
            <translation>&amp;New release</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Delete draft</source>
            <translation>&amp;Delete draft</translation>
        </message>
        <message>
            <source>D&amp;istribute…</source>
            <translation>D&amp;istribute…</translation>
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
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <source>The list as &amp;Excel workbook (XLSX)…</source>
            <translation>The list as &amp;Excel workbook (XLSX)…</translation>
        </message>
        <message>
            <source>&amp;Annual archive (PDF)…</source>
            <translation>&amp;Annual archive (PDF)…</translation>
        </message>
        <message>
            <source>Press &amp;release settings…</source>
            <translation>Press &amp;release settings…</translation>
        </message>
        <message>
            <source>{count} releases</source>
            <translation>{count} releases</translation>
        </message>
        <message>
            <source>Delete the draft {reference} “{headline}” and its attachments?</source>
            <translation>Delete the draft {reference} “{headline}” and its attachments?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>Repeat</name>
        <message>
            <source>Does not repeat</source>
            <translation>Does not repeat</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Every day</translation>
        </message>
        <message>
            <source>Every working day (Monday to Friday)</source>
            <translation>Every working day (Monday to Friday)</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Every two weeks</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Every month</translation>
        </message>
        <message>
            <source>Every three months (quarterly)</source>
            <translation>Every three months (quarterly)</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>Twice a year</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Every year</translation>
        </message>
        <message>
            <source>Custom rule</source>
            <translation>Custom rule</translation>
        </message>
        <message>
            <source>first</source>
            <translation>first</translation>
        </message>
        <message>
            <source>second</source>
            <translation>second</translation>
        </message>
        <message>
            <source>third</source>
            <translation>third</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>fourth</translation>
        </message>
        <message>
            <source>last</source>
            <translation>last</translation>
        </message>
        <message>
            <source>{every} on {weekday}</source>
            <translation>{every} on {weekday}</translation>
        </message>
        <message>
            <source>{every} on day {day}</source>
            <translation>{every} on day {day}</translation>
        </message>
        <message>
            <source>Every month on the {ordinal} {weekday}</source>
            <translation>Every month on the {ordinal} {weekday}</translation>
        </message>
        <message>
            <source>Every year on {date}</source>
            <translation>Every year on {date}</translation>
        </message>
        <message>
            <source>, {count} times</source>
            <translation>, {count} times</translation>
        </message>
        <message>
            <source>, until {date}</source>
            <translation>, until {date}</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>Every {n} days</translation>
        </message>
        <message>
            <source>Every {n} weeks</source>
            <translation>Every {n} weeks</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>Every {n} months</translation>
        </message>
        <message>
            <source>Every {n} years</source>
            <translation>Every {n} years</translation>
        </message>
        <message>
            <source>{every}, in month {months}</source>
            <translation>{every}, in month {months}</translation>
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
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>As of</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Year {year}</translation>
        </message>
        <message>
            <source>Quarter {quarter} of {year}</source>
            <translation>Quarter {quarter} of {year}</translation>
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
            <translation>The period ends before it begins.</translation>
        </message>
    </context>
    <context>
        <name>RequestChannel</name>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Web form</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>RequestColumns</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Requester</translation>
        </message>
        <message>
            <source>Requester type</source>
            <translation>Requester type</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Documents requested</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Clarification asked</source>
            <translation>Clarification asked</translation>
        </message>
        <message>
            <source>Clarification received</source>
            <translation>Clarification received</translation>
        </message>
        <message>
            <source>Deadline extended on</source>
            <translation>Deadline extended on</translation>
        </message>
        <message>
            <source>Forwarded on</source>
            <translation>Forwarded on</translation>
        </message>
        <message>
            <source>Forwarded to</source>
            <translation>Forwarded to</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Legal ground for refusal</source>
            <translation>Legal ground for refusal</translation>
        </message>
        <message>
            <source>Complaint to the Agency on</source>
            <translation>Complaint to the Agency on</translation>
        </message>
        <message>
            <source>Outcome of the complaint</source>
            <translation>Outcome of the complaint</translation>
        </message>
        <message>
            <source>Court case on</source>
            <translation>Court case on</translation>
        </message>
        <message>
            <source>Outcome of the court case</source>
            <translation>Outcome of the court case</translation>
        </message>
        <message>
            <source>Cost of copies (€)</source>
            <translation>Cost of copies (€)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Days late</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
    </context>
    <context>
        <name>RequestExport</name>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
    </context>
    <context>
        <name>RequestForm</name>
        <message>
            <source>The amount "{amount}" is not a number of euros.</source>
            <translation>The amount "{amount}" is not a number of euros.</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>working days</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>calendar days</translation>
        </message>
        <message>
            <source>This request keeps the rules it was registered under: {decide} {days} to decide, {hours} hours when urgent, {extension} more days when extended, {forward} working days to forward.</source>
            <translation>This request keeps the rules it was registered under: {decide} {days} to decide, {hours} hours when urgent, {extension} more days when extended, {forward} working days to forward.</translation>
        </message>
        <message>
            <source>Decision due {due} once the clarification arrives — the clock stands still since {since}</source>
            <translation>Decision due {due} once the clarification arrives — the clock stands still since {since}</translation>
        </message>
        <message>
            <source>Decision due {due} · {clock}</source>
            <translation>Decision due {due} · {clock}</translation>
        </message>
        <message>
            <source>forward by {day} ({count} working days)</source>
            <translation>forward by {day} ({count} working days)</translation>
        </message>
        <message>
            <source>The requester may complain to the Agency until {day} (15 days after the decision).</source>
            <translation>The requester may complain to the Agency until {day} (15 days after the decision).</translation>
        </message>
        <message>
            <source>Without a decision by {due}, the request counts as refused and the requester may complain.</source>
            <translation>Without a decision by {due}, the request counts as refused and the requester may complain.</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Requester</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>&amp;Erase requester's details…</source>
            <translation>&amp;Erase requester's details…</translation>
        </message>
        <message>
            <source>E&amp;xport requester's data…</source>
            <translation>E&amp;xport requester's data…</translation>
        </message>
        <message>
            <source>Every request of this requester (same name or address), as a workbook</source>
            <translation>Every request of this requester (same name or address), as a workbook</translation>
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
            <source>New request</source>
            <translation>New request</translation>
        </message>
        <message>
            <source>New request — the number is given when it is saved</source>
            <translation>New request — the number is given when it is saved</translation>
        </message>
        <message>
            <source>Request {reference}</source>
            <translation>Request {reference}</translation>
        </message>
        <message>
            <source>Request {reference} · {status}</source>
            <translation>Request {reference} · {status}</translation>
        </message>
        <message>
            <source>requester's details erased</source>
            <translation>requester's details erased</translation>
        </message>
        <message>
            <source>requester-data-{reference}.xlsx</source>
            <translation>requester-data-{reference}.xlsx</translation>
        </message>
        <message>
            <source>Export the requester's data</source>
            <translation>Export the requester's data</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} requests of this requester written to {path}.</source>
            <translation>{count} requests of this requester written to {path}.</translation>
        </message>
        <message>
            <source>(anonymous)</source>
            <translation>(anonymous)</translation>
        </message>
        <message>
            <source>Erase the details of {name}, the requester of {reference}? The request, its figures and its history stay; this cannot be undone.</source>
            <translation>Erase the details of {name}, the requester of {reference}? The request, its figures and its history stay; this cannot be undone.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Add files…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Save a &amp;copy…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Add files to the request</source>
            <translation>Add files to the request</translation>
        </message>
        <message>
            <source>No program is set up to open {name}.</source>
            <translation>No program is set up to open {name}.</translation>
        </message>
        <message>
            <source>Save a copy in…</source>
            <translation>Save a copy in…</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Saved as {path}.</translation>
        </message>
        <message>
            <source>Remove {name} from the request and from the attachments folder?</source>
            <translation>Remove {name} from the request and from the attachments folder?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Which documents: as the requester wrote it, or as written down</source>
            <translation>Which documents: as the requester wrote it, or as written down</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Documents requested</translation>
        </message>
        <message>
            <source>Form wanted</source>
            <translation>Form wanted</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>whose life or liberty, public health or the environment is at stake</source>
            <translation>whose life or liberty, public health or the environment is at stake</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Held by</translation>
        </message>
        <message>
            <source>the directorate or unit holding the documents</source>
            <translation>the directorate or unit holding the documents</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>The action-plan activity this request is evidence of (answering requests for information)</source>
            <translation>The action-plan activity this request is evidence of (answering requests for information)</translation>
        </message>
        <message>
            <source>Plan activity</source>
            <translation>Plan activity</translation>
        </message>
        <message>
            <source>A request made in person is written down by the officer; the requester need not give reasons.</source>
            <translation>A request made in person is written down by the officer; the requester need not give reasons.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>person or organisation</source>
            <translation>person or organisation</translation>
        </message>
        <message>
            <source>A journalist or anyone in the contacts: their personal-data export and erasure then include this request</source>
            <translation>A journalist or anyone in the contacts: their personal-data export and erasure then include this request</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Anonymous towards third parties (the name is never given out)</source>
            <translation>Anonymous towards third parties (the name is never given out)</translation>
        </message>
        <message>
            <source>Requester type</source>
            <translation>Requester type</translation>
        </message>
        <message>
            <source>e-mail or postal address for the reply</source>
            <translation>e-mail or postal address for the reply</translation>
        </message>
        <message>
            <source>Reply to</source>
            <translation>Reply to</translation>
        </message>
        <message>
            <source>Letters in</source>
            <translation>Letters in</translation>
        </message>
        <message>
            <source>Requesters are private persons: their details are erased a number of years after the request is closed (Settings), or at once with “Erase requester's details”.</source>
            <translation>Requesters are private persons: their details are erased a number of years after the request is closed (Settings), or at once with “Erase requester's details”.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>asked on</source>
            <translation>asked on</translation>
        </message>
        <message>
            <source>received on</source>
            <translation>received on</translation>
        </message>
        <message>
            <source>Clarification</source>
            <translation>Clarification</translation>
        </message>
        <message>
            <source>While a clarification is outstanding the deadline clock stands still.</source>
            <translation>While a clarification is outstanding the deadline clock stands still.</translation>
        </message>
        <message>
            <source>extended on</source>
            <translation>extended on</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Extension</translation>
        </message>
        <message>
            <source>why the deadline is extended (once, by up to 15 days)</source>
            <translation>why the deadline is extended (once, by up to 15 days)</translation>
        </message>
        <message>
            <source>Reason for extension</source>
            <translation>Reason for extension</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>Forwarded</translation>
        </message>
        <message>
            <source>Forwarded to</source>
            <translation>Forwarded to</translation>
        </message>
        <message>
            <source>the institution that holds the documents</source>
            <translation>the institution that holds the documents</translation>
        </message>
        <message>
            <source>(not decided yet)</source>
            <translation>(not decided yet)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>decided on</source>
            <translation>decided on</translation>
        </message>
        <message>
            <source>Withheld</source>
            <translation>Withheld</translation>
        </message>
        <message>
            <source>partial access: what was withheld and why</source>
            <translation>partial access: what was withheld and why</translation>
        </message>
        <message>
            <source>Legal ground</source>
            <translation>Legal ground</translation>
        </message>
        <message>
            <source>Harm test</source>
            <translation>Harm test</translation>
        </message>
        <message>
            <source>what harm disclosure would cause</source>
            <translation>what harm disclosure would cause</translation>
        </message>
        <message>
            <source>Public-interest test</source>
            <translation>Public-interest test</translation>
        </message>
        <message>
            <source>why the interest in disclosure does not outweigh the harm</source>
            <translation>why the interest in disclosure does not outweigh the harm</translation>
        </message>
        <message>
            <source>delivered on</source>
            <translation>delivered on</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Cost of copies (€)</source>
            <translation>Cost of copies (€)</translation>
        </message>
        <message>
            <source>Complaint to the Agency</source>
            <translation>Complaint to the Agency</translation>
        </message>
        <message>
            <source>lodged on</source>
            <translation>lodged on</translation>
        </message>
        <message>
            <source>e.g. complaint upheld — no names: this text goes into the report to the Agency</source>
            <translation>e.g. complaint upheld — no names: this text goes into the report to the Agency</translation>
        </message>
        <message>
            <source>Agency's decision</source>
            <translation>Agency's decision</translation>
        </message>
        <message>
            <source>Court case</source>
            <translation>Court case</translation>
        </message>
        <message>
            <source>filed on</source>
            <translation>filed on</translation>
        </message>
        <message>
            <source>Court's decision</source>
            <translation>Court's decision</translation>
        </message>
        <message>
            <source>After a refusal, or when no answer came in time, the requester may complain to the Information and Privacy Agency within 15 days, and then go to the administrative court within 30 days.</source>
            <translation>After a refusal, or when no answer came in time, the requester may complain to the Information and Privacy Agency within 15 days, and then go to the administrative court within 30 days.</translation>
        </message>
        <message>
            <source>&amp;Letter…</source>
            <translation>&amp;Letter…</translation>
        </message>
        <message>
            <source>Receipt, clarification, extension, forwarding, decisions — as PDF or e-mail draft</source>
            <translation>Receipt, clarification, extension, forwarding, decisions — as PDF or e-mail draft</translation>
        </message>
        <message>
            <source>(no letter for this request yet)</source>
            <translation>(no letter for this request yet)</translation>
        </message>
        <message>
            <source>PDF letters (*.pdf)</source>
            <translation>PDF letters (*.pdf)</translation>
        </message>
        <message>
            <source>E-mail drafts (*.eml)</source>
            <translation>E-mail drafts (*.eml)</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>type a name to link the requester to a contact</source>
            <translation>type a name to link the requester to a contact</translation>
        </message>
    </context>
    <context>
        <name>RequestImport</name>
        <message>
            <source>{file} holds no requests: only its header row.</source>
            <translation>{file} holds no requests: only its header row.</translation>
        </message>
        <message>
            <source>the received date is missing</source>
            <translation>the received date is missing</translation>
        </message>
        <message>
            <source>the received date "{value}" is not a date written DD.MM.YYYY or DD.MM.YYYY HH:MM</source>
            <translation>the received date "{value}" is not a date written DD.MM.YYYY or DD.MM.YYYY HH:MM</translation>
        </message>
        <message>
            <source>"{column}" holds "{value}", which is not a date written DD.MM.YYYY</source>
            <translation>"{column}" holds "{value}", which is not a date written DD.MM.YYYY</translation>
        </message>
        <message>
            <source>unknown requester type "{value}" (citizen, media, ngo, business, institution or other)</source>
            <translation>unknown requester type "{value}" (citizen, media, ngo, business, institution or other)</translation>
        </message>
        <message>
            <source>unknown channel "{value}" (in_person, letter, email, web or other)</source>
            <translation>unknown channel "{value}" (in_person, letter, email, web or other)</translation>
        </message>
        <message>
            <source>unknown status "{value}"</source>
            <translation>unknown status "{value}"</translation>
        </message>
        <message>
            <source>unknown outcome "{value}" (granted, partial, refused, forwarded, not_held or withdrawn)</source>
            <translation>unknown outcome "{value}" (granted, partial, refused, forwarded, not_held or withdrawn)</translation>
        </message>
        <message>
            <source>unknown legal ground "{value}"</source>
            <translation>unknown legal ground "{value}"</translation>
        </message>
        <message>
            <source>the cost "{value}" is not an amount in euro</source>
            <translation>the cost "{value}" is not an amount in euro</translation>
        </message>
        <message>
            <source>"urgent" is "{value}", not yes or no</source>
            <translation>"urgent" is "{value}", not yes or no</translation>
        </message>
        <message>
            <source>the documents requested (subject) are not named</source>
            <translation>the documents requested (subject) are not named</translation>
        </message>
        <message>
            <source>Not recorded in the old register.</source>
            <translation>Not recorded in the old register.</translation>
        </message>
        <message>
            <source>the status "{status}" does not go with the outcome "{outcome}"</source>
            <translation>the status "{status}" does not go with the outcome "{outcome}"</translation>
        </message>
        <message>
            <source>the outcome "{outcome}" needs the day it was decided ("decided")</source>
            <translation>the outcome "{outcome}" needs the day it was decided ("decided")</translation>
        </message>
        <message>
            <source>a forwarded request needs the day it was forwarded ("forwarded_on")</source>
            <translation>a forwarded request needs the day it was forwarded ("forwarded_on")</translation>
        </message>
        <message>
            <source>a decision day ("decided") needs the outcome of the decision</source>
            <translation>a decision day ("decided") needs the outcome of the decision</translation>
        </message>
        <message>
            <source>the harm test</source>
            <translation>the harm test</translation>
        </message>
        <message>
            <source>the public-interest test</source>
            <translation>the public-interest test</translation>
        </message>
        <message>
            <source>what was withheld</source>
            <translation>what was withheld</translation>
        </message>
        <message>
            <source>why it was urgent</source>
            <translation>why it was urgent</translation>
        </message>
        <message>
            <source>why the deadline was extended</source>
            <translation>why the deadline was extended</translation>
        </message>
        <message>
            <source>Imported from the old register, which did not record {what}.</source>
            <translation>Imported from the old register, which did not record {what}.</translation>
        </message>
        <message>
            <source>the received date is in the future</source>
            <translation>the received date is in the future</translation>
        </message>
    </context>
    <context>
        <name>RequestLetters</name>
        <message>
            <source>Confirmation of receipt</source>
            <translation>Confirmation of receipt</translation>
        </message>
        <message>
            <source>Request for clarification</source>
            <translation>Request for clarification</translation>
        </message>
        <message>
            <source>Notice of extension</source>
            <translation>Notice of extension</translation>
        </message>
        <message>
            <source>Notice of forwarding</source>
            <translation>Notice of forwarding</translation>
        </message>
        <message>
            <source>Decision granting access</source>
            <translation>Decision granting access</translation>
        </message>
        <message>
            <source>Decision granting partial access</source>
            <translation>Decision granting partial access</translation>
        </message>
        <message>
            <source>Refusal</source>
            <translation>Refusal</translation>
        </message>
        <message>
            <source>Notice that the documents are ready</source>
            <translation>Notice that the documents are ready</translation>
        </message>
        <message>
            <source>The request's number</source>
            <translation>The request's number</translation>
        </message>
        <message>
            <source>The day the request was registered</source>
            <translation>The day the request was registered</translation>
        </message>
        <message>
            <source>The decision deadline, without an extension</source>
            <translation>The decision deadline, without an extension</translation>
        </message>
        <message>
            <source>The decision deadline after the extension</source>
            <translation>The decision deadline after the extension</translation>
        </message>
        <message>
            <source>The requester's name (a neutral word once it is erased)</source>
            <translation>The requester's name (a neutral word once it is erased)</translation>
        </message>
        <message>
            <source>The documents requested</source>
            <translation>The documents requested</translation>
        </message>
        <message>
            <source>The form of access asked for</source>
            <translation>The form of access asked for</translation>
        </message>
        <message>
            <source>The institution's name in the letter's language</source>
            <translation>The institution's name in the letter's language</translation>
        </message>
        <message>
            <source>The officer's name</source>
            <translation>The officer's name</translation>
        </message>
        <message>
            <source>The municipality of the office profile</source>
            <translation>The municipality of the office profile</translation>
        </message>
        <message>
            <source>The date of the letter</source>
            <translation>The date of the letter</translation>
        </message>
        <message>
            <source>The date of the decision</source>
            <translation>The date of the decision</translation>
        </message>
        <message>
            <source>The legal ground for limiting access</source>
            <translation>The legal ground for limiting access</translation>
        </message>
        <message>
            <source>The harm test as written down</source>
            <translation>The harm test as written down</translation>
        </message>
        <message>
            <source>The public-interest test as written down</source>
            <translation>The public-interest test as written down</translation>
        </message>
        <message>
            <source>What was withheld</source>
            <translation>What was withheld</translation>
        </message>
        <message>
            <source>The institution the request was forwarded to</source>
            <translation>The institution the request was forwarded to</translation>
        </message>
        <message>
            <source>Why the deadline was extended</source>
            <translation>Why the deadline was extended</translation>
        </message>
        <message>
            <source>15 days after the decision date</source>
            <translation>15 days after the decision date</translation>
        </message>
        <message>
            <source>The cost of copies</source>
            <translation>The cost of copies</translation>
        </message>
        <message>
            <source>A letter needs some text.</source>
            <translation>A letter needs some text.</translation>
        </message>
        <message>
            <source>The letter is too long (at most {count} characters).</source>
            <translation>The letter is too long (at most {count} characters).</translation>
        </message>
        <message>
            <source>The letter has an unknown placeholder: {placeholder}. It can use {known}.</source>
            <translation>The letter has an unknown placeholder: {placeholder}. It can use {known}.</translation>
        </message>
        <message>
            <source>Letters are written in Albanian, Serbian or English, not {language}.</source>
            <translation>Letters are written in Albanian, Serbian or English, not {language}.</translation>
        </message>
        <message>
            <source>The letter “{letter}” does not fit this request as it stands.</source>
            <translation>The letter “{letter}” does not fit this request as it stands.</translation>
        </message>
        <message>
            <source>A letter is written as a .pdf or an .eml file, not {suffix}.</source>
            <translation>A letter is written as a .pdf or an .eml file, not {suffix}.</translation>
        </message>
        <message>
            <source>Enter the office's e-mail address in Settings → Office profile: the letters are sent from it.</source>
            <translation>Enter the office's e-mail address in Settings → Office profile: the letters are sent from it.</translation>
        </message>
        <message>
            <source>Letter templates</source>
            <translation>Letter templates</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Insert</translation>
        </message>
        <message>
            <source>&amp;Reset to default</source>
            <translation>&amp;Reset to default</translation>
        </message>
        <message>
            <source>&amp;Letter</source>
            <translation>&amp;Letter</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>L&amp;anguage</translation>
        </message>
        <message>
            <source>Paragraphs are separated by an empty line. A short line of its own without a full stop is a heading; written in capitals (VENDIM), it is centred.</source>
            <translation>Paragraphs are separated by an empty line. A short line of its own without a full stop is a heading; written in capitals (VENDIM), it is centred.</translation>
        </message>
        <message>
            <source>Placeholders (double-click or Enter inserts one)</source>
            <translation>Placeholders (double-click or Enter inserts one)</translation>
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
            <source>The wording commsdesk ships with.</source>
            <translation>The wording commsdesk ships with.</translation>
        </message>
        <message>
            <source>The office's own wording.</source>
            <translation>The office's own wording.</translation>
        </message>
        <message>
            <source>The office's own wording, not saved yet.</source>
            <translation>The office's own wording, not saved yet.</translation>
        </message>
        <message>
            <source>Unknown placeholder: {placeholder}</source>
            <translation>Unknown placeholder: {placeholder}</translation>
        </message>
    </context>
    <context>
        <name>RequestOutcome</name>
        <message>
            <source>Granted</source>
            <translation>Granted</translation>
        </message>
        <message>
            <source>Partially granted</source>
            <translation>Partially granted</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>Forwarded</translation>
        </message>
        <message>
            <source>Not held</source>
            <translation>Not held</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
    </context>
    <context>
        <name>RequestReport</name>
        <message>
            <source>Report to the Information and Privacy Agency on requests for access to public documents</source>
            <translation>Report to the Information and Privacy Agency on requests for access to public documents</translation>
        </message>
        <message>
            <source>report-to-aip</source>
            <translation>report-to-aip</translation>
        </message>
        <message>
            <source>Requests registered from {first} to {last}, as they stand on {day}. No personal data.</source>
            <translation>Requests registered from {first} to {last}, as they stand on {day}. No personal data.</translation>
        </message>
        <message>
            <source>Requests received</source>
            <translation>Requests received</translation>
        </message>
        <message>
            <source>Decided or forwarded within the deadline</source>
            <translation>Decided or forwarded within the deadline</translation>
        </message>
        <message>
            <source>Decided or forwarded after the deadline</source>
            <translation>Decided or forwarded after the deadline</translation>
        </message>
        <message>
            <source>Not yet decided</source>
            <translation>Not yet decided</translation>
        </message>
        <message>
            <source>Still open past the deadline (deemed refused)</source>
            <translation>Still open past the deadline (deemed refused)</translation>
        </message>
        <message>
            <source>Deadline extended</source>
            <translation>Deadline extended</translation>
        </message>
        <message>
            <source>Urgent requests (life or liberty)</source>
            <translation>Urgent requests (life or liberty)</translation>
        </message>
        <message>
            <source>Complaints to the Agency</source>
            <translation>Complaints to the Agency</translation>
        </message>
        <message>
            <source>Cases before the court</source>
            <translation>Cases before the court</translation>
        </message>
        <message>
            <source>Median days from registration to decision</source>
            <translation>Median days from registration to decision</translation>
        </message>
        <message>
            <source>Longest time from registration to decision (days)</source>
            <translation>Longest time from registration to decision (days)</translation>
        </message>
        <message>
            <source>Costs of copies charged</source>
            <translation>Costs of copies charged</translation>
        </message>
        <message>
            <source>Requests received by type of requester</source>
            <translation>Requests received by type of requester</translation>
        </message>
        <message>
            <source>Type of requester</source>
            <translation>Type of requester</translation>
        </message>
        <message>
            <source>Requests received by channel</source>
            <translation>Requests received by channel</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Outcome of the requests</source>
            <translation>Outcome of the requests</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Refusals and partial refusals by legal ground</source>
            <translation>Refusals and partial refusals by legal ground</translation>
        </message>
        <message>
            <source>Legal ground</source>
            <translation>Legal ground</translation>
        </message>
        <message>
            <source>No request was refused, in full or in part.</source>
            <translation>No request was refused, in full or in part.</translation>
        </message>
        <message>
            <source>Complaints to the Agency by outcome</source>
            <translation>Complaints to the Agency by outcome</translation>
        </message>
        <message>
            <source>Outcome of the complaint</source>
            <translation>Outcome of the complaint</translation>
        </message>
        <message>
            <source>No outcome yet</source>
            <translation>No outcome yet</translation>
        </message>
        <message>
            <source>No complaint was made to the Agency.</source>
            <translation>No complaint was made to the Agency.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Prepared by: information officer</source>
            <translation>Prepared by: information officer</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>AIP {period}</source>
            <translation>AIP {period}</translation>
        </message>
        <message>
            <source>Breakdown {period}</source>
            <translation>Breakdown {period}</translation>
        </message>
        <message>
            <source>Report to the Information and Privacy Agency</source>
            <translation>Report to the Information and Privacy Agency</translation>
        </message>
        <message>
            <source>Requests received in the period: by requester type and channel, decided in time and late, by outcome and legal ground, extensions, complaints, days to decide. No requester's personal data.</source>
            <translation>Requests received in the period: by requester type and channel, decided in time and late, by outcome and legal ground, extensions, complaints, days to decide. No requester's personal data.</translation>
        </message>
    </context>
    <context>
        <name>RequestRules</name>
        <message>
            <source>Name the legal ground for limiting access.</source>
            <translation>Name the legal ground for limiting access.</translation>
        </message>
        <message>
            <source>Write down the harm test: what harm disclosure would cause.</source>
            <translation>Write down the harm test: what harm disclosure would cause.</translation>
        </message>
        <message>
            <source>Write down the public-interest test: why the interest in disclosure does not outweigh the harm.</source>
            <translation>Write down the public-interest test: why the interest in disclosure does not outweigh the harm.</translation>
        </message>
        <message>
            <source>Say what was withheld and why.</source>
            <translation>Say what was withheld and why.</translation>
        </message>
        <message>
            <source>Name the institution the request went to.</source>
            <translation>Name the institution the request went to.</translation>
        </message>
    </context>
    <context>
        <name>RequestSettings</name>
        <message>
            <source>Document request settings</source>
            <translation>Document request settings</translation>
        </message>
        <message>
            <source>Number format</source>
            <translation>Number format</translation>
        </message>
        <message>
            <source>{year} is the year, {number:03d} the request's number in it.</source>
            <translation>{year} is the year, {number:03d} the request's number in it.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> hours</translation>
        </message>
        <message>
            <source>Count them as working days (not calendar days)</source>
            <translation>Count them as working days (not calendar days)</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> working days</translation>
        </message>
        <message>
            <source>Decide within</source>
            <translation>Decide within</translation>
        </message>
        <message>
            <source>Urgent requests (life or liberty)</source>
            <translation>Urgent requests (life or liberty)</translation>
        </message>
        <message>
            <source>One extension of up to</source>
            <translation>One extension of up to</translation>
        </message>
        <message>
            <source>Forward a request for a document not held within</source>
            <translation>Forward a request for a document not held within</translation>
        </message>
        <message>
            <source>The law's defaults: 7 days (calendar days, the stricter reading), 48 hours, 15 days, 5 working days. A deadline on a weekend or public holiday moves to the next working day. Changes apply to requests registered from now on: each request keeps the rules it was registered under.</source>
            <translation>The law's defaults: 7 days (calendar days, the stricter reading), 48 hours, 15 days, 5 working days. A deadline on a weekend or public holiday moves to the next working day. Changes apply to requests registered from now on: each request keeps the rules it was registered under.</translation>
        </message>
        <message>
            <source>The law's defaults</source>
            <translation>The law's defaults</translation>
        </message>
        <message>
            <source>Deadline rules</source>
            <translation>Deadline rules</translation>
        </message>
        <message>
            <source> years</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Erase requesters' details after</source>
            <translation>Erase requesters' details after</translation>
        </message>
        <message>
            <source>counted from the day the request was closed</source>
            <translation>counted from the day the request was closed</translation>
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
            <source>The 14th request of 2026: {example}</source>
            <translation>The 14th request of 2026: {example}</translation>
        </message>
    </context>
    <context>
        <name>RequestStatus</name>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Awaiting clarification</source>
            <translation>Awaiting clarification</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>Forwarded</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
    </context>
    <context>
        <name>RequestStep</name>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <source>Clarification asked</source>
            <translation>Clarification asked</translation>
        </message>
        <message>
            <source>Clarification received</source>
            <translation>Clarification received</translation>
        </message>
        <message>
            <source>Deadline extended</source>
            <translation>Deadline extended</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Documents delivered</source>
            <translation>Documents delivered</translation>
        </message>
        <message>
            <source>Complaint or court case</source>
            <translation>Complaint or court case</translation>
        </message>
        <message>
            <source>Letter written</source>
            <translation>Letter written</translation>
        </message>
        <message>
            <source>File added</source>
            <translation>File added</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Personal data erased</translation>
        </message>
    </context>
    <context>
        <name>RequesterType</name>
        <message>
            <source>Citizen</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Media</translation>
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
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>The request no longer exists.</source>
            <translation>The request no longer exists.</translation>
        </message>
        <message>
            <source>(personal data erased)</source>
            <translation>(personal data erased)</translation>
        </message>
        <message>
            <source>(anonymous)</source>
            <translation>(anonymous)</translation>
        </message>
        <message>
            <source>Say which documents are requested.</source>
            <translation>Say which documents are requested.</translation>
        </message>
        <message>
            <source>Name the requester, or mark the request as anonymous.</source>
            <translation>Name the requester, or mark the request as anonymous.</translation>
        </message>
        <message>
            <source>Say why the request is urgent (whose life or liberty is at stake).</source>
            <translation>Say why the request is urgent (whose life or liberty is at stake).</translation>
        </message>
        <message>
            <source>The legal ground is not one commsdesk knows.</source>
            <translation>The legal ground is not one commsdesk knows.</translation>
        </message>
        <message>
            <source>The cost of copies must be between 0 and 1,000,000 €.</source>
            <translation>The cost of copies must be between 0 and 1,000,000 €.</translation>
        </message>
        <message>
            <source>The clarification cannot be asked before the request was received.</source>
            <translation>The clarification cannot be asked before the request was received.</translation>
        </message>
        <message>
            <source>The deadline cannot be extended before the request was received.</source>
            <translation>The deadline cannot be extended before the request was received.</translation>
        </message>
        <message>
            <source>The request cannot be forwarded before it was received.</source>
            <translation>The request cannot be forwarded before it was received.</translation>
        </message>
        <message>
            <source>The decision cannot come before the request was received.</source>
            <translation>The decision cannot come before the request was received.</translation>
        </message>
        <message>
            <source>The clarification cannot arrive before it was asked.</source>
            <translation>The clarification cannot arrive before it was asked.</translation>
        </message>
        <message>
            <source>Say why the deadline is extended.</source>
            <translation>Say why the deadline is extended.</translation>
        </message>
        <message>
            <source>Documents are delivered on or after the decision.</source>
            <translation>Documents are delivered on or after the decision.</translation>
        </message>
        <message>
            <source>A complaint cannot come before the request.</source>
            <translation>A complaint cannot come before the request.</translation>
        </message>
        <message>
            <source>Enter the complaint to the Agency before the court case.</source>
            <translation>Enter the complaint to the Agency before the court case.</translation>
        </message>
        <message>
            <source>Choose the outcome of a closed request.</source>
            <translation>Choose the outcome of a closed request.</translation>
        </message>
        <message>
            <source>Keep requesters' details between 1 and 100 years.</source>
            <translation>Keep requesters' details between 1 and 100 years.</translation>
        </message>
        <message>
            <source>That number is taken in that year.</source>
            <translation>That number is taken in that year.</translation>
        </message>
        <message>
            <source>A request cannot move to another year: its number would change.</source>
            <translation>A request cannot move to another year: its number would change.</translation>
        </message>
        <message>
            <source>The linked contact no longer exists.</source>
            <translation>The linked contact no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>RequestsCli</name>
        <message>
            <source>import the old register of document requests from CSV or XLSX (all rows or none)</source>
            <translation>import the old register of document requests from CSV or XLSX (all rows or none)</translation>
        </message>
        <message>
            <source>the register file (.csv or .xlsx)</source>
            <translation>the register file (.csv or .xlsx)</translation>
        </message>
        <message>
            <source>write the register of document requests (or one year of it) as XLSX or CSV</source>
            <translation>write the register of document requests (or one year of it) as XLSX or CSV</translation>
        </message>
        <message>
            <source>only the requests received in this year</source>
            <translation>only the requests received in this year</translation>
        </message>
        <message>
            <source>the report to the Information and Privacy Agency on document requests</source>
            <translation>the report to the Information and Privacy Agency on document requests</translation>
        </message>
        <message>
            <source>Imported {path}: {created} new requests, {unchanged} already in the register.</source>
            <translation>Imported {path}: {created} new requests, {unchanged} already in the register.</translation>
        </message>
        <message>
            <source>Exported {count} requests to {path}.</source>
            <translation>Exported {count} requests to {path}.</translation>
        </message>
    </context>
    <context>
        <name>RequestsTab</name>
        <message>
            <source>Document request &amp;settings…</source>
            <translation>Document request &amp;settings…</translation>
        </message>
        <message>
            <source>Letter &amp;templates…</source>
            <translation>Letter &amp;templates…</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>All outcomes</translation>
        </message>
        <message>
            <source>All requesters</source>
            <translation>All requesters</translation>
        </message>
        <message>
            <source>Search number, requester, documents… (Ctrl+F)</source>
            <translation>Search number, requester, documents… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>Open requests past their deadline: {meaning}</source>
            <translation>Open requests past their deadline: {meaning}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Requester</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Documents requested</source>
            <translation>Documents requested</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Days left / late</source>
            <translation>Days left / late</translation>
        </message>
        <message>
            <source>The clock stands still until the requester's clarification arrives.</source>
            <translation>The clock stands still until the requester's clarification arrives.</translation>
        </message>
        <message>
            <source>Urgent: due {moment}, not moved to a working day</source>
            <translation>Urgent: due {moment}, not moved to a working day</translation>
        </message>
        <message>
            <source>Deemed refused — the requester may complain to the Information and Privacy Agency</source>
            <translation>Deemed refused — the requester may complain to the Information and Privacy Agency</translation>
        </message>
        <message>
            <source>waiting for clarification</source>
            <translation>waiting for clarification</translation>
        </message>
        <message>
            <source>in time</source>
            <translation>in time</translation>
        </message>
        <message>
            <source>Delete the request {reference} “{subject}” with its history and its {count} files?</source>
            <translation>Delete the request {reference} “{subject}” with its history and its {count} files?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Import requests</source>
            <translation>Import requests</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.csv);;All files (*)</source>
            <translation>Registers (*.xlsx *.csv);;All files (*)</translation>
        </message>
        <message>
            <source>{created} requests imported; {unchanged} were already in the register.</source>
            <translation>{created} requests imported; {unchanged} were already in the register.</translation>
        </message>
        <message>
            <source>Importing the requests…</source>
            <translation>Importing the requests…</translation>
        </message>
        <message>
            <source>document-requests</source>
            <translation>document-requests</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Export the list</translation>
        </message>
        <message>
            <source>Exporting the requests…</source>
            <translation>Exporting the requests…</translation>
        </message>
        <message>
            <source>1 request written to {path}</source>
            <translation>1 request written to {path}</translation>
        </message>
        <message>
            <source>{count} requests written to {path}</source>
            <translation>{count} requests written to {path}</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Report to the Agency</source>
            <translation>Report to the Agency</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>&amp;New request</source>
            <translation>&amp;New request</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>The list as &amp;Excel workbook (XLSX)…</source>
            <translation>The list as &amp;Excel workbook (XLSX)…</translation>
        </message>
        <message>
            <source>The list as &amp;CSV…</source>
            <translation>The list as &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;Report to the Agency…</source>
            <translation>&amp;Report to the Agency…</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <source>The yearly (or quarterly) report to the Information and Privacy Agency</source>
            <translation>The yearly (or quarterly) report to the Information and Privacy Agency</translation>
        </message>
        <message>
            <source>1 request</source>
            <translation>1 request</translation>
        </message>
        <message>
            <source>{count} requests</source>
            <translation>{count} requests</translation>
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
        <name>SelfTest</name>
        <message>
            <source>check that this installation works: database, PDF, Excel, translations, time zones (writes only to a temporary folder)</source>
            <translation>check that this installation works: database, PDF, Excel, translations, time zones (writes only to a temporary folder)</translation>
        </message>
        <message>
            <source>show the details of each failure</source>
            <translation>show the details of each failure</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>{failed} of {count} checks failed.</source>
            <translation>{failed} of {count} checks failed.</translation>
        </message>
        <message>
            <source>All {count} checks passed.</source>
            <translation>All {count} checks passed.</translation>
        </message>
        <message>
            <source>missing in {folder}: {files}</source>
            <translation>missing in {folder}: {files}</translation>
        </message>
        <message>
            <source>the upgraded database is not at {head}</source>
            <translation>the upgraded database is not at {head}</translation>
        </message>
        <message>
            <source>no backup was taken before the upgrade</source>
            <translation>no backup was taken before the upgrade</translation>
        </message>
        <message>
            <source>created at {first}, backed up, upgraded to {head}</source>
            <translation>created at {first}, backed up, upgraded to {head}</translation>
        </message>
        <message>
            <source>no demo rows in {tables}</source>
            <translation>no demo rows in {tables}</translation>
        </message>
        <message>
            <source>text not found in the PDF: {texts}</source>
            <translation>text not found in the PDF: {texts}</translation>
        </message>
        <message>
            <source>fonts not embedded: {fonts}</source>
            <translation>fonts not embedded: {fonts}</translation>
        </message>
        <message>
            <source>the logo is missing from the letterhead</source>
            <translation>the logo is missing from the letterhead</translation>
        </message>
        <message>
            <source>the preview (PDFium) draws a blank page</source>
            <translation>the preview (PDFium) draws a blank page</translation>
        </message>
        <message>
            <source>ë ç š đ č ć ž read back; fonts {fonts} embedded; logo drawn; the preview draws the page</source>
            <translation>ë ç š đ č ć ž read back; fonts {fonts} embedded; logo drawn; the preview draws the page</translation>
        </message>
        <message>
            <source>defusedxml is missing: workbooks would be read unsafely</source>
            <translation>defusedxml is missing: workbooks would be read unsafely</translation>
        </message>
        <message>
            <source>read back {found}, expected {expected}</source>
            <translation>read back {found}, expected {expected}</translation>
        </message>
        <message>
            <source>text, date and money read back; a formula-like text stays text</source>
            <translation>text, date and money read back; a formula-like text stays text</translation>
        </message>
        <message>
            <source>{file} has no translations</source>
            <translation>{file} has no translations</translation>
        </message>
        <message>
            <source>Qt cannot load {file}</source>
            <translation>Qt cannot load {file}</translation>
        </message>
        <message>
            <source>messages: {counts}; Qt's own: {qt}</source>
            <translation>messages: {counts}; Qt's own: {qt}</translation>
        </message>
        <message>
            <source>weekly 09:00 became {local} (UTC hours {utc})</source>
            <translation>weekly 09:00 became {local} (UTC hours {utc})</translation>
        </message>
        <message>
            <source>{before} → {after} ({zone}, bundled time-zone data)</source>
            <translation>{before} → {after} ({zone}, bundled time-zone data)</translation>
        </message>
        <message>
            <source>the iCalendar event changed on the way back</source>
            <translation>the iCalendar event changed on the way back</translation>
        </message>
        <message>
            <source>the vCard changed on the way back</source>
            <translation>the vCard changed on the way back</translation>
        </message>
        <message>
            <source>an event with a time zone and a repeat rule, a contact with đ and č</source>
            <translation>an event with a time zone and a repeat rule, a contact with đ and č</translation>
        </message>
        <message>
            <source>platform plugins missing: {names}</source>
            <translation>platform plugins missing: {names}</translation>
        </message>
        <message>
            <source>Qt cannot read JPEG images (imageformats plugin missing)</source>
            <translation>Qt cannot read JPEG images (imageformats plugin missing)</translation>
        </message>
        <message>
            <source>widgets load; platform plugins {names}; JPEG images</source>
            <translation>widgets load; platform plugins {names}; JPEG images</translation>
        </message>
        <message>
            <source>also {modules}</source>
            <translation>also {modules}</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Database and migrations</source>
            <translation>Database and migrations</translation>
        </message>
        <message>
            <source>Demo content</source>
            <translation>Demo content</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>Translations</source>
            <translation>Translations</translation>
        </message>
        <message>
            <source>Recurrence across summer time</source>
            <translation>Recurrence across summer time</translation>
        </message>
        <message>
            <source>iCalendar and vCard</source>
            <translation>iCalendar and vCard</translation>
        </message>
        <message>
            <source>Qt libraries</source>
            <translation>Qt libraries</translation>
        </message>
        <message>
            <source>frozen build in {folder}</source>
            <translation>frozen build in {folder}</translation>
        </message>
        <message>
            <source>from source, Python {version}</source>
            <translation>from source, Python {version}</translation>
        </message>
        <message>
            <source>not a complete PDF file</source>
            <translation>not a complete PDF file</translation>
        </message>
    </context>
    <context>
        <name>Statements</name>
        <message>
            <source>Name the statement's topic.</source>
            <translation>Name the statement's topic.</translation>
        </message>
        <message>
            <source>Write the statement in at least one language.</source>
            <translation>Write the statement in at least one language.</translation>
        </message>
        <message>
            <source>A statement cannot expire before it is valid.</source>
            <translation>A statement cannot expire before it is valid.</translation>
        </message>
        <message>
            <source>The statement no longer exists.</source>
            <translation>The statement no longer exists.</translation>
        </message>
        <message>
            <source>The statement on {topic} is not valid today: it cannot be used.</source>
            <translation>The statement on {topic} is not valid today: it cannot be used.</translation>
        </message>
        <message>
            <source>The statement on {topic} has no text in this language.</source>
            <translation>The statement on {topic} has no text in this language.</translation>
        </message>
        <message>
            <source>expired {day}</source>
            <translation>expired {day}</translation>
        </message>
        <message>
            <source>until {day}</source>
            <translation>until {day}</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>from {day}</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>no end date</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Edit statement</source>
            <translation>Edit statement</translation>
        </message>
        <message>
            <source>New statement</source>
            <translation>New statement</translation>
        </message>
        <message>
            <source>what the statement answers, e.g. the new bus station</source>
            <translation>what the statement answers, e.g. the new bus station</translation>
        </message>
        <message>
            <source>the mayor, a director, the cabinet…</source>
            <translation>the mayor, a director, the cabinet…</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>Only statements valid today are offered for an answer; an expired one stays here, marked.</source>
            <translation>Only statements valid today are offered for an answer; an expired one stays here, marked.</translation>
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
            <source>Approved statements</source>
            <translation>Approved statements</translation>
        </message>
        <message>
            <source>Search topic, text, approver…</source>
            <translation>Search topic, text, approver…</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Approved on</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{count} statements, {expired} expired</source>
            <translation>{count} statements, {expired} expired</translation>
        </message>
        <message>
            <source>Delete the statement on “{topic}”? Answers that used it keep their text.</source>
            <translation>Delete the statement on “{topic}”? Answers that used it keep their text.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Linked by an earlier status update</source>
            <translation>Linked by an earlier status update</translation>
        </message>
        <message>
            <source>Status update</source>
            <translation>Status update</translation>
        </message>
        <message>
            <source>euros spent so far, e.g. 1.250,00</source>
            <translation>euros spent so far, e.g. 1.250,00</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Progress:</source>
            <translation>Progress:</translation>
        </message>
        <message>
            <source>Spent so far (€):</source>
            <translation>Spent so far (€):</translation>
        </message>
        <message>
            <source>Comment:</source>
            <translation>Comment:</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Evidence:</translation>
        </message>
        <message>
            <source>Evidence file:</source>
            <translation>Evidence file:</translation>
        </message>
        <message>
            <source>History ({count})</source>
            <translation>History ({count})</translation>
        </message>
        <message>
            <source>Evidence: calendar events ({count})</source>
            <translation>Evidence: calendar events ({count})</translation>
        </message>
        <message>
            <source>Evidence: press releases ({count})</source>
            <translation>Evidence: press releases ({count})</translation>
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
            <source>Date</source>
            <translation>Date</translation>
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
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Evidence file</source>
            <translation>Evidence file</translation>
        </message>
        <message>
            <source>The amount "{amount}" is not a number of euros.</source>
            <translation>The amount "{amount}" is not a number of euros.</translation>
        </message>
    </context>
    <context>
        <name>StrategyDialog</name>
        <message>
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>Title ({language}):</source>
            <translation>Title ({language}):</translation>
        </message>
        <message>
            <source>Years:</source>
            <translation>Years:</translation>
        </message>
        <message>
            <source>Approved by the decision:</source>
            <translation>Approved by the decision:</translation>
        </message>
        <message>
            <source>Date of the decision:</source>
            <translation>Date of the decision:</translation>
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
            <source>Give the strategy a title.</source>
            <translation>Give the strategy a title.</translation>
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
        <name>TimeLeft</name>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>1 day left</source>
            <translation>1 day left</translation>
        </message>
        <message>
            <source>{count} days left</source>
            <translation>{count} days left</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>1 day late</source>
            <translation>1 day late</translation>
        </message>
        <message>
            <source>{count} days late</source>
            <translation>{count} days late</translation>
        </message>
        <message>
            <source>1 hour left</source>
            <translation>1 hour left</translation>
        </message>
        <message>
            <source>{count} hours left</source>
            <translation>{count} hours left</translation>
        </message>
        <message>
            <source>1 hour late</source>
            <translation>1 hour late</translation>
        </message>
        <message>
            <source>{count} hours late</source>
            <translation>{count} hours late</translation>
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
    <context>
        <name>Weekday</name>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
    </context>
</TS>
