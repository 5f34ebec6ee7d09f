"""Reading a list of journalists' enquiries from CSV or XLSX, and writing the register as CSV.

The columns are `domain.enquiry_records.COLUMNS`, with headers in English, Albanian or Serbian
(`enquiries_columns`); `received`, `journalist`, `channel` and `questions` are required, the others may be left out.
Every row is read whole: each problem found in it (a time that is none, an unknown channel, no question…) is named
with the row's number as a spreadsheet shows it, in the user's language, and the caller decides (the service rejects
the whole file if any row has one). Files are read within `bounded_files.ENQUIRIES`.

Cells: `received` and `answered` are a day and a time (`DD.MM.YYYY HH:MM`, or a workbook's date cell); a
`deadline` of a day alone is the end of that day (23:59). `questions` are separated by line breaks or ` | `;
`tags` by commas or semicolons. `answer` is in `answer_language` (sq, sr or en, or the language's name; the
language commsdesk speaks when empty); `answer_sq`, `answer_sr` and `answer_en` hold the answer in each language.
A journalist written as the register writes an erased one (`(personal data erased)`, in any language) is read as
erased.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime, time
from functools import cache
from pathlib import Path

from commsdesk.domain.contacts import is_valid_email
from commsdesk.domain.enquiries import ANSWER_LANGUAGES, EnquiryChannel, EnquiryStatus
from commsdesk.domain.enquiry_records import (
    ANSWER_COLUMNS,
    COLUMNS,
    EXPORT_COLUMNS,
    REQUIRED_COLUMNS,
    EnquiryRecord,
    erased_in,
)
from commsdesk.domain.releases import split_tags
from commsdesk.domain.text import multi_line, single_line
from commsdesk.i18n import LANGUAGES, current_language, format_datetime, language_name, translate
from commsdesk.io.bounded_files import ENQUIRIES, Limits
from commsdesk.io.contacts_columns import parse_language, text_of
from commsdesk.io.enquiries_columns import folded, header_columns, parse_choice
from commsdesk.io.register_table import (
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

Progress = Callable[[int, int], None]
MULTI_LINE = ("questions", "answer", *ANSWER_COLUMNS.values(), "reason", "note")
# Longest text a cell may hold (names, outlets, addresses 300 characters; texts 10,000; an answer 20,000).
TEXT_LIMITS = {
    "journalist": 300,
    "outlet": 300,
    "email": 300,
    "phone": 100,
    "topic": 300,
    "tags": 1_000,
    "questions": 10_000,
    "answer": 20_000,
    **dict.fromkeys(ANSWER_COLUMNS.values(), 20_000),
    "reason": 10_000,
    "note": 10_000,
}
_QUESTIONS = re.compile(r"\n| \| ")
END_OF_DAY = time(23, 59)


@cache
def layout() -> TableLayout:
    return TableLayout(COLUMNS, header_columns(), REQUIRED_COLUMNS)


@cache
def _erased_names() -> frozenset[str]:
    return frozenset(folded(erased_in(language)) for language in LANGUAGES)


def read_enquiries(path: Path, limits: Limits = ENQUIRIES) -> RegisterTable[EnquiryRecord]:
    """The rows of a file of enquiries (CSV in any usual encoding and separator, or the first sheet of an XLSX).

    Raises ValidationError, naming the file, when it cannot be read as a table of enquiries at all: too big, not
    text or not a workbook, empty, without the required columns, or with columns commsdesk does not know."""
    path = Path(path)
    nothing = translate("EnquiryImport", "{file} holds no enquiries: only its header row.").format(file=path.name)
    return read_register(path, limits, layout(), _record, nothing)


def split_questions(text: str) -> tuple[str, ...]:
    """The questions of a cell: one a line, or separated by ` | `; empty ones left out."""
    return tuple(question.strip() for question in _QUESTIONS.split(text) if question.strip())


# -- one row -------------------------------------------------------------------------------------------------------


def _moment(
    column: str, cells: dict[str, object], text: dict[str, str], reasons: list[str], *, timed: bool
) -> datetime | None:
    """A day and time from a cell (`timed`: a day alone is refused; otherwise it is the end of that day)."""
    try:
        read = read_moment(cells.get(column))
    except ValueError:
        reasons.append(
            translate(
                "EnquiryImport", '"{column}" holds "{value}", which is not a day and time written DD.MM.YYYY HH:MM'
            ).format(column=column, value=shortened(text[column]))
        )
        return None
    if read is None:
        return None
    moment, has_time = read
    if has_time:
        return moment
    if timed:
        reasons.append(
            translate(
                "EnquiryImport", '"{column}" holds "{value}", a day without its time: write DD.MM.YYYY HH:MM'
            ).format(column=column, value=shortened(text[column]))
        )
        return None
    return datetime.combine(moment.date(), END_OF_DAY)


def _answers(text: dict[str, str], reasons: list[str]) -> dict[str, str]:
    """The answer in each language: `answer` in `answer_language`, and `answer_sq` / `answer_sr` / `answer_en`."""
    answers = {code: text[column] for code, column in ANSWER_COLUMNS.items() if text.get(column)}
    if not text.get("answer"):
        return answers
    language = current_language()
    if text.get("answer_language"):
        language = parse_language(text["answer_language"], ANSWER_LANGUAGES) or ""
        if not language:
            reasons.append(
                translate("EnquiryImport", 'unknown language of the answer "{value}" (sq, sr or en)').format(
                    value=shortened(text["answer_language"])
                )
            )
            return answers
    if language in answers:
        reasons.append(
            translate("EnquiryImport", 'two answers in {language}: "answer" and "{column}"').format(
                language=language_name(language), column=ANSWER_COLUMNS[language]
            )
        )
    answers[language] = text["answer"]
    return answers


def _record(cells: dict[str, object]) -> tuple[EnquiryRecord | None, list[str]]:
    """The record of one row, or the reasons it is not one."""
    reasons: list[str] = []
    text = {  # as the register stores it
        column: (multi_line if column in MULTI_LINE else single_line)(text_of(value)) for column, value in cells.items()
    }

    received = _moment("received", cells, text, reasons, timed=True)
    if received is None and not text.get("received"):
        reasons.append(translate("EnquiryImport", "the received time is missing"))
    deadline = _moment("deadline", cells, text, reasons, timed=False)
    answered = _moment("answered", cells, text, reasons, timed=True)
    number = None
    try:
        number = parse_number(cells.get("number"), received.year if received else None)
    except ValueError:
        reasons.append(number_problem(text["number"], received.year if received else None))

    erased = folded(text.get("journalist", "")) in _erased_names()
    if not text.get("journalist"):
        reasons.append(translate("EnquiryImport", "the journalist is not named"))
    channels = translate("EnquiryImport", "phone, email, in_person, social_media or message")
    channel = parse_choice(EnquiryChannel, text["channel"]) if text.get("channel") else None
    if not text.get("channel"):
        reasons.append(translate("EnquiryImport", "the channel is missing ({choices})").format(choices=channels))
    elif channel is None:
        reasons.append(
            translate("EnquiryImport", 'unknown channel "{value}" ({choices})').format(
                value=shortened(text["channel"]), choices=channels
            )
        )
    status = parse_choice(EnquiryStatus, text["status"]) if text.get("status") else None
    if text.get("status") and status is None:
        reasons.append(
            translate(
                "EnquiryImport",
                'unknown status "{value}" (new, waiting_for_input, drafted, approved, answered, declined or '
                "no_comment)",
            ).format(value=shortened(text["status"]))
        )
    questions = split_questions(text.get("questions", ""))
    if not questions:
        reasons.append(translate("EnquiryImport", "the questions are missing"))
    email = text.get("email", "")
    if email and not is_valid_email(email):
        reasons.append(translate("EnquiryImport", 'the e-mail "{value}" is not valid').format(value=shortened(email)))
    answers = _answers(text, reasons)
    reasons += too_long(text, TEXT_LIMITS)
    if reasons:
        return None, reasons
    assert received is not None and channel is not None
    return (
        EnquiryRecord(
            received_at=received,
            journalist="" if erased else text["journalist"],
            channel=EnquiryChannel(channel),
            questions=questions,
            number=number,
            outlet=text.get("outlet", ""),
            email="" if erased else email,
            phone="" if erased else text.get("phone", ""),
            topic=text.get("topic", ""),
            tags=tuple(split_tags(text.get("tags", ""))),
            deadline_at=deadline,
            status=EnquiryStatus(status) if status else None,
            answered_at=answered,
            answers=answers,
            reason=text.get("reason", ""),
            note=text.get("note", ""),
            erased=erased,
        ),
        [],
    )


# -- writing -------------------------------------------------------------------------------------------------------


def csv_cells(record: EnquiryRecord) -> list[str]:
    """The cells of `record` in EXPORT_COLUMNS order as the import reads them back: codes, times
    `DD.MM.YYYY HH:MM`, questions one a line, the number as the register's reference."""
    return [
        record.reference or (str(record.number) if record.number else ""),
        format_datetime(record.received_at),
        erased_in(current_language()) if record.erased else record.journalist,
        record.outlet,
        record.email,
        record.phone,
        record.channel.value,
        record.topic,
        ", ".join(record.tags),
        "\n".join(record.questions),
        format_datetime(record.deadline_at),
        record.status.value if record.status else "",
        format_datetime(record.answered_at),
        *(record.answers.get(code, "") for code in ANSWER_COLUMNS),
        record.reason,
        record.note,
    ]


def write_enquiries_csv(
    path: Path, records: Iterable[EnquiryRecord], *, progress: Progress | None = None, total: int = 0
) -> int:
    """The register as CSV (UTF-8 with BOM, comma-separated, every field quoted), headers the column codes, so
    that it imports again as it was; returns how many enquiries were written."""
    rows = (csv_cells(record) for record in records)
    return write_register_csv(path, EXPORT_COLUMNS, rows, progress=progress, total=total)
