"""Reading the old register of document requests from CSV or XLSX, and writing the register as CSV.

The columns are `domain.request_records.COLUMNS`, with headers in English, Albanian or Serbian (`requests_columns`);
`received` and `subject` are required, the others may be left out. Every row is read whole: each problem found in it
(a date that is none, an unknown requester type, an empty subject…) is named with the row's number as a spreadsheet
shows it, in the user's language, and the caller decides (the service rejects the whole file if any row has one).
Files are read within `bounded_files.REQUESTS`: size, rows, columns and line length are checked as they are read.
How a file becomes rows, and rows a CSV file, is `register_table`'s, which every register's table shares.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import cache
from pathlib import Path

from commsdesk.domain.plan import parse_cost
from commsdesk.domain.request_records import COLUMNS, COMPUTED_COLUMNS, EXPORT_COLUMNS, RegisterRecord
from commsdesk.domain.requests import RefusalGround, RequestChannel, RequesterType, RequestOutcome, RequestStatus
from commsdesk.domain.text import single_line
from commsdesk.i18n import format_date, format_datetime, translate
from commsdesk.io.bounded_files import REQUESTS, Limits
from commsdesk.io.contacts_columns import parse_bool, parse_date, text_of
from commsdesk.io.register_table import (
    ReadRow,
    RegisterTable,
    TableLayout,
    number_problem,
    parse_number,
    read_moment,
    read_register,
    shortened,
    too_long,
    write_register_csv,
)
from commsdesk.io.requests_columns import header_columns, parse_choice

Progress = Callable[[int, int], None]
REQUIRED = ("received", "subject")
DATE_COLUMNS = (
    "clarification_asked",
    "clarification_received",
    "extended_on",
    "forwarded_on",
    "decided",
    "complaint_on",
    "court_on",
)
# Longest text a cell may hold (the register's columns: names and institutions 300 characters, texts 10,000).
TEXT_LIMITS = {
    "requester": 300,
    "forwarded_to": 300,
    "subject": 10_000,
    "complaint_outcome": 1_000,
    "court_outcome": 1_000,
    "note": 10_000,
}
MAX_COST_CENTS = 100_000_000  # a million euros, as the form takes
ReadRequest = ReadRow[RegisterRecord]  # a row of the file that reads as a request
RequestTable = RegisterTable[RegisterRecord]  # the rows that read as requests, and every problem of the others


@cache
def layout() -> TableLayout:
    return TableLayout(EXPORT_COLUMNS, header_columns(), REQUIRED, COMPUTED_COLUMNS)


def read_requests(path: Path, limits: Limits = REQUESTS) -> RequestTable:
    """The rows of a register file (CSV in any usual encoding and separator, or the first sheet of an XLSX).

    Raises ValidationError, naming the file, when it cannot be read as a table of requests at all: too big, not
    text or not a workbook, empty, without the required columns, or with columns commsdesk does not know."""
    path = Path(path)
    nothing = translate("RequestImport", "{file} holds no requests: only its header row.").format(file=path.name)
    return read_register(path, limits, layout(), _record, nothing)


# -- one row -------------------------------------------------------------------------------------------------------


def parse_received(value: object) -> datetime | None:
    """A moment from a cell: a real date (and time), `DD.MM.YYYY`, `DD.MM.YYYY HH:MM` or ISO; None when empty;
    ValueError otherwise. A day without a time is taken at 00:00."""
    read = read_moment(value)
    return read[0] if read is not None else None


def _cost(value: object) -> int:
    """Euro cents from a cell: a number, or text such as `12,50`, `1.234,50 €` or `12.50`; 0 when empty."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        cents = round(value * 100)
    else:
        cents = parse_cost(text_of(value))
    if not 0 <= cents <= MAX_COST_CENTS:
        raise ValueError(value)
    return cents


def _record(cells: dict[str, object]) -> tuple[RegisterRecord | None, list[str]]:
    """The record of one row, or the reasons it is not one."""
    reasons: list[str] = []
    text = {column: single_line(text_of(value)) for column, value in cells.items()}  # as the register stores it

    def shown(column: str) -> str:
        return shortened(text[column])

    received = None
    try:
        received = parse_received(cells.get("received"))
        if received is None:
            reasons.append(translate("RequestImport", "the received date is missing"))
    except ValueError:
        received = None
        reasons.append(
            translate(
                "RequestImport", 'the received date "{value}" is not a date written DD.MM.YYYY or DD.MM.YYYY HH:MM'
            ).format(value=shown("received"))
        )
    dates: dict[str, date | None] = {}
    for column in DATE_COLUMNS:
        try:
            dates[column] = parse_date(cells.get(column))
        except ValueError:
            reasons.append(
                translate("RequestImport", '"{column}" holds "{value}", which is not a date written DD.MM.YYYY').format(
                    column=column, value=shown(column)
                )
            )
    number = None
    try:
        number = parse_number(cells.get("number"), received.year if received else None)
    except ValueError:
        reasons.append(number_problem(text["number"], received.year if received else None))
    choices: dict[str, str | None] = {}
    for column, kind, message in (
        (
            "requester_type",
            RequesterType,
            translate(
                "RequestImport",
                'unknown requester type "{value}" (citizen, media, ngo, business, institution or other)',
            ),
        ),
        (
            "channel",
            RequestChannel,
            translate("RequestImport", 'unknown channel "{value}" (in_person, letter, email, web or other)'),
        ),
        ("status", RequestStatus, translate("RequestImport", 'unknown status "{value}"')),
        (
            "outcome",
            RequestOutcome,
            translate(
                "RequestImport",
                'unknown outcome "{value}" (granted, partial, refused, forwarded, not_held or withdrawn)',
            ),
        ),
        ("refusal_ground", RefusalGround, translate("RequestImport", 'unknown legal ground "{value}"')),
    ):
        choices[column] = parse_choice(kind, text[column]) if text.get(column) else None
        if column in text and text[column] and choices[column] is None:
            reasons.append(message.format(value=shown(column)))
    cost = 0
    try:
        cost = _cost(cells.get("cost_eur"))
    except ValueError:
        reasons.append(
            translate("RequestImport", 'the cost "{value}" is not an amount in euro').format(value=shown("cost_eur"))
        )
    urgent = parse_bool(cells["urgent"]) if "urgent" in cells else False
    if urgent is None:
        reasons.append(translate("RequestImport", '"urgent" is "{value}", not yes or no').format(value=shown("urgent")))
    if not text.get("subject"):
        reasons.append(translate("RequestImport", "the documents requested (subject) are not named"))
    reasons += too_long(text, TEXT_LIMITS)
    if reasons:
        return None, reasons
    assert received is not None
    return (
        RegisterRecord(
            received_at=received,
            subject=text["subject"],
            number=number,
            requester=text.get("requester", ""),
            requester_type=RequesterType(choices["requester_type"] or RequesterType.OTHER),
            channel=RequestChannel(choices["channel"] or RequestChannel.OTHER),
            urgent=bool(urgent),
            clarification_asked=dates["clarification_asked"],
            clarification_received=dates["clarification_received"],
            extended_on=dates["extended_on"],
            forwarded_on=dates["forwarded_on"],
            forwarded_to=text.get("forwarded_to", ""),
            decided_on=dates["decided"],
            status=RequestStatus(choices["status"]) if choices["status"] else None,
            outcome=RequestOutcome(choices["outcome"]) if choices["outcome"] else None,
            refusal_ground=choices["refusal_ground"] or "",
            complaint_on=dates["complaint_on"],
            complaint_outcome=text.get("complaint_outcome", ""),
            court_on=dates["court_on"],
            court_outcome=text.get("court_outcome", ""),
            cost_cents=cost,
            note=text.get("note", ""),
        ),
        [],
    )


# -- writing -------------------------------------------------------------------------------------------------------


def csv_cells(record: RegisterRecord) -> list[str]:
    """The cells of `record` in EXPORT_COLUMNS order as the import reads them back: codes, `yes`, dates
    `DD.MM.YYYY` (received with its time), the cost as `12.50`, the number as the register's reference."""
    return [
        record.reference or (str(record.number) if record.number else ""),
        format_datetime(record.received_at),
        record.requester,
        record.requester_type.value,
        record.channel.value,
        record.subject,
        "yes" if record.urgent else "no",
        format_date(record.clarification_asked),
        format_date(record.clarification_received),
        format_date(record.extended_on),
        format_date(record.forwarded_on),
        record.forwarded_to,
        format_date(record.decided_on),
        record.status.value if record.status else "",
        record.outcome.value if record.outcome else "",
        record.refusal_ground,
        format_date(record.complaint_on),
        record.complaint_outcome,
        format_date(record.court_on),
        record.court_outcome,
        f"{record.cost_cents // 100}.{record.cost_cents % 100:02d}" if record.cost_cents else "",
        record.note,
        format_date(record.deadline),
        str(record.days_late),
    ]


def write_requests_csv(
    path: Path, records: Iterable[RegisterRecord], *, progress: Progress | None = None, total: int = 0
) -> int:
    """The register as CSV (UTF-8 with BOM, comma-separated, every field quoted), headers the column codes, so
    that it imports again as it was; returns how many requests were written."""
    rows = (csv_cells(record) for record in records)
    return write_register_csv(path, EXPORT_COLUMNS, rows, progress=progress, total=total)


__all__ = ["COLUMNS", "ReadRequest", "RequestTable", "read_requests", "write_requests_csv"]
