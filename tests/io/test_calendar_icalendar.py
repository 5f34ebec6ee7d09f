"""iCalendar files: written for other programs and read back by the icalendar library, and read from Outlook/Google."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from commsdesk.domain.events import EditScope, EventKind, EventStatus
from commsdesk.errors import UserError
from commsdesk.io.icalendar_io import read_ics, write_ics
from commsdesk.paths import resolve_paths
from commsdesk.services.calendar import CalendarService, EventInput
from commsdesk.workspace import Workspace
from tests.helpers import TRICKY

BELGRADE = ZoneInfo("Europe/Belgrade")
TODAY = date(2026, 2, 1)

OUTLOOK = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VTIMEZONE\r
TZID:Central Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
CLASS:PUBLIC\r
DESCRIPTION:Mbledhja javore e kabinetit\\n\r
DTEND;TZID="Central Europe Standard Time":20260302T100000\r
DTSTAMP:20260301T101010Z\r
DTSTART;TZID="Central Europe Standard Time":20260302T090000\r
EXDATE;TZID="Central Europe Standard Time":20260330T090000\r
LOCATION:Salla e mbledhjeve\r
RRULE:FREQ=WEEKLY;UNTIL=20260427T070000Z;INTERVAL=1;BYDAY=MO;WKST=MO\r
SEQUENCE:0\r
SUMMARY;LANGUAGE=sq:Mbledhja e Kryetarit me drejtorët\r
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A6010000000000000000100000\r
 00F1E2D3C4B5A69788\r
X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;VALUE=DATE:20260417\r
DTEND;VALUE=DATE:20260418\r
SUMMARY:Dita e Dyerve të Hapura\r
UID:allday-1@example.com\r
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r
END:VEVENT\r
END:VCALENDAR\r
"""

GOOGLE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Belgrade:20260303T110000
DTEND;TZID=Europe/Belgrade:20260303T120000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU
UID:abc123@google.com
SUMMARY:Brifing për media
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Belgrade:20260318T150000
DTEND;TZID=Europe/Belgrade:20260318T160000
RECURRENCE-ID;TZID=Europe/Belgrade:20260317T110000
UID:abc123@google.com
SUMMARY:Brifing për media (shtyrë)
END:VEVENT
BEGIN:VEVENT
DTSTART:20260410T080000Z
DTEND:20260410T090000Z
UID:utc-1@google.com
SUMMARY:Intervistë
ORGANIZER;CN=Drita Krasniqi:mailto:drita@example.com
END:VEVENT
END:VCALENDAR
"""


def open_calendar(path):
    workspace = Workspace.open(resolve_paths(path))
    return workspace, CalendarService(workspace.database, today=lambda: TODAY)


@pytest.fixture
def calendar(workspace):
    return CalendarService(workspace.database, today=lambda: TODAY)


def shown(calendar, first=date(2026, 1, 1), last=date(2026, 12, 31)):
    low = datetime.combine(first, datetime.min.time())
    return [(o.start, o.end, o.title) for o in calendar.occurrences(low, low + timedelta(days=(last - first).days + 1))]


def fill(calendar) -> int:
    series = calendar.create(
        EventInput(
            "Mbledhja javore",
            EventKind.MAYOR_MEETING,
            datetime(2026, 3, 16, 9, 0),
            datetime(2026, 3, 16, 10, 0),
            location=TRICKY,
            organiser="Kabineti i Kryetarit",
            rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20260504T215959Z",
            status=EventStatus.CONFIRMED,
        )
    )
    calendar.delete(series, EditScope.THIS, datetime(2026, 4, 6, 9, 0))
    data = calendar.details(series).data
    calendar.update(
        series,
        replace(
            data,
            title="Mbledhja (e shtyrë)",
            starts_at=datetime(2026, 4, 14, 11, 0),
            ends_at=datetime(2026, 4, 14, 12, 0),
        ),
        EditScope.THIS,
        datetime(2026, 4, 13, 9, 0),
    )
    calendar.create(
        EventInput(
            "Seanca e Kuvendit",
            EventKind.ASSEMBLY_SESSION,
            datetime(2026, 3, 26, 10, 0),
            datetime(2026, 3, 26, 13, 0),
            material_date=date(2026, 3, 19),
        )
    )
    calendar.create(
        EventInput("Panairi", EventKind.CULTURAL, datetime(2026, 3, 27), datetime(2026, 3, 29), all_day=True)
    )
    return series


def test_export_has_vtimezone_rrule_and_exdate_and_the_icalendar_library_reads_the_same_instants(calendar, tmp_path):
    fill(calendar)
    path = write_ics(tmp_path / "kalendari.ics", calendar.ics_between(date(2026, 3, 1), date(2026, 5, 31)))
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    assert [tz["TZID"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/Belgrade"]
    events = {(str(e["UID"]), e.get("RECURRENCE-ID") is not None): e for e in parsed.walk("VEVENT")}
    assert len(events) == 4
    series = next(e for (uid, override), e in events.items() if not override and e.get("RRULE"))
    assert series.decoded("DTSTART") == datetime(2026, 3, 16, 9, 0, tzinfo=BELGRADE)
    assert series["DTSTART"].params["TZID"] == "Europe/Belgrade"
    rule = series.get("RRULE")
    assert (rule["FREQ"], rule["BYDAY"]) == (["WEEKLY"], ["MO"])
    assert rule["UNTIL"][0].astimezone(UTC) == datetime(2026, 5, 4, 21, 59, 59, tzinfo=UTC)
    exdates = [value.dt for value in series.get("EXDATE").dts]
    assert exdates == [datetime(2026, 4, 6, 9, 0, tzinfo=BELGRADE)]  # the moved occurrence is a RECURRENCE-ID
    override = next(e for (uid, over), e in events.items() if over)
    assert str(override["UID"]) == str(series["UID"])
    assert override.decoded("RECURRENCE-ID").astimezone(UTC) == datetime(2026, 4, 13, 7, 0, tzinfo=UTC)
    assert override.decoded("DTSTART").astimezone(UTC) == datetime(2026, 4, 14, 9, 0, tzinfo=UTC)
    assert str(series["LOCATION"]) == TRICKY
    all_day = next(e for e in parsed.walk("VEVENT") if str(e["SUMMARY"]) == "Panairi")
    assert all_day.decoded("DTSTART") == date(2026, 3, 27) and all_day.decoded("DTEND") == date(2026, 3, 29)


def test_export_then_import_into_another_database_shows_the_same_calendar(calendar, tmp_path):
    fill(calendar)
    path = write_ics(tmp_path / "out.ics", calendar.ics_between(date(2026, 3, 1), date(2026, 5, 31)))
    workspace, other = open_calendar(tmp_path / "other.sqlite")
    try:
        result = other.import_ics(read_ics(path))
        assert (result.created, result.updated, result.skipped) == (4, 0, ())
        assert shown(other) == shown(calendar)
        originals = {
            (e.title, e.kind, e.status, e.location, e.organiser, e.all_day)
            for e in calendar.agenda(date(2026, 3, 1), date(2026, 5, 31))
        }
        copies = {
            (e.title, e.kind, e.status, e.location, e.organiser, e.all_day)
            for e in other.agenda(date(2026, 3, 1), date(2026, 5, 31))
        }
        assert copies == originals
        session = next(o for o in other.occurrences(datetime(2026, 3, 26), datetime(2026, 3, 27)))
        assert other.details(session.event_id).data.material_date == date(2026, 3, 19)
        again = other.import_ics(read_ics(path))  # same UIDs: updated, not doubled
        assert (again.created, again.updated) == (0, 4)
        assert shown(other) == shown(calendar) and other.event_count() == calendar.event_count()
    finally:
        workspace.close()


def test_a_reimport_updates_by_uid_and_never_brings_back_a_deleted_occurrence(calendar, tmp_path):
    series = fill(calendar)
    path = write_ics(tmp_path / "before.ics", calendar.ics_events([series]))
    calendar.delete(series, EditScope.THIS, datetime(2026, 3, 23, 9, 0))  # deleted here after the export
    text = path.read_text(encoding="utf-8").replace("SUMMARY:Mbledhja javore", "SUMMARY:Mbledhja e kabinetit")
    (tmp_path / "changed.ics").write_text(text, encoding="utf-8")
    calendar.import_ics(read_ics(tmp_path / "changed.ics"))
    titles = dict((start, title) for start, _, title in shown(calendar))
    assert titles[datetime(2026, 3, 16, 9, 0)] == "Mbledhja e kabinetit"
    assert datetime(2026, 3, 23, 9, 0) not in titles and datetime(2026, 4, 6, 9, 0) not in titles


def test_outlook_file_with_rrule_exdate_and_windows_zone_imports_correctly(calendar, tmp_path):
    path = tmp_path / "outlook.ics"
    path.write_bytes(OUTLOOK.encode())
    result = calendar.import_ics(read_ics(path))
    assert (result.created, result.updated, result.skipped) == (2, 0, ())
    meetings = [(start, end) for start, end, title in shown(calendar) if title == "Mbledhja e Kryetarit me drejtorët"]
    assert meetings == [
        (datetime(2026, month, day, 9, 0), datetime(2026, month, day, 10, 0))
        for month, day in [(3, 2), (3, 9), (3, 16), (3, 23), (4, 6), (4, 13), (4, 20), (4, 27)]
    ]  # 30 March excluded; 09:00 on both sides of the change to summer time; UNTIL 27.04 09:00 local included
    open_day = [(start, end) for start, end, title in shown(calendar) if title == "Dita e Dyerve të Hapura"]
    assert open_day == [(datetime(2026, 4, 17), datetime(2026, 4, 18))]
    details = calendar.details(calendar.occurrences(datetime(2026, 3, 2), datetime(2026, 3, 3))[0].event_id)
    assert details.data.time_zone == "Europe/Belgrade" and details.data.location == "Salla e mbledhjeve"
    assert calendar.import_ics(read_ics(path)).created == 0


def test_google_file_with_a_moved_occurrence_and_utc_times(calendar, tmp_path):
    path = tmp_path / "google.ics"
    path.write_text(GOOGLE, encoding="utf-8")
    calendar.import_ics(read_ics(path))
    events = shown(calendar)
    assert [(start, title) for start, _, title in events] == [
        (datetime(2026, 3, 3, 11, 0), "Brifing për media"),
        (datetime(2026, 3, 10, 11, 0), "Brifing për media"),
        (datetime(2026, 3, 18, 15, 0), "Brifing për media (shtyrë)"),
        (datetime(2026, 3, 24, 11, 0), "Brifing për media"),
        (datetime(2026, 4, 10, 10, 0), "Intervistë"),  # 08:00 UTC is 10:00 in Kosovo in April
    ]
    interview = calendar.details(calendar.occurrences(datetime(2026, 4, 10), datetime(2026, 4, 11))[0].event_id)
    assert interview.data.organiser == "Drita Krasniqi"


def test_a_file_that_is_not_icalendar_is_refused_and_nothing_is_written(calendar, tmp_path):
    path = tmp_path / "notes.ics"
    path.write_text("Hello, this is a note, not a calendar.", encoding="utf-8")
    with pytest.raises(UserError, match="not an iCalendar"):
        calendar.import_ics(read_ics(path))
    with pytest.raises(UserError, match="does not exist"):
        read_ics(tmp_path / "missing.ics")
    assert calendar.event_count() == 0


def test_an_event_with_an_unsupported_rule_is_imported_once_and_named(calendar, tmp_path):
    text = GOOGLE.replace("RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU", "RRULE:FREQ=HOURLY;COUNT=4")
    path = tmp_path / "hourly.ics"
    path.write_text(text, encoding="utf-8")
    result = calendar.import_ics(read_ics(path))
    assert result.created == 3 and "FREQ=HOURLY" in result.skipped[0]  # the briefing once, its moved one, the interview
    assert [title for _, _, title in shown(calendar)].count("Brifing për media") == 1


def test_a_file_that_is_not_icalendar_is_refused_not_imported_as_nothing(tmp_path):
    from commsdesk.errors import UserError
    from commsdesk.io.icalendar_io import read_ics

    card = tmp_path / "contact.ics"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Đorđe Čačak\r\nEND:VCARD\r\n", encoding="utf-8")
    with pytest.raises(UserError, match="is not an iCalendar"):
        read_ics(card)
