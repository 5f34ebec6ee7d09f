"""Reading a file to import within bounds, whatever it holds: its size is checked before anything is read, its text
encoding is detected a chunk at a time, its lines are capped, and a workbook's unpacked size is checked before
openpyxl parses it (a zip bomb unpacks a few kilobytes into gigabytes). So no input can make an import use more than
a bounded amount of memory. The limits are generous for an office's real files; tests pass lower ones.
"""

from __future__ import annotations

import codecs
import io
import itertools
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from commsdesk.errors import ValidationError
from commsdesk.i18n import current_language, format_size, translate
from commsdesk.logs import exchange as log
from commsdesk.open_files import refuse_if_open

MIB = 1024 * 1024
CHUNK = MIB  # bytes read at a time


@dataclass(frozen=True)
class Limits:
    """What one kind of import accepts."""

    max_bytes: int  # the file on disk
    max_rows: int  # data rows, cards or events
    max_columns: int = 500  # Outlook's contact CSV has 92
    max_line: int = 100_000  # characters of one line of text: ten times the longest field
    max_card: int = 1_000_000  # characters of one vCard, its pictures left out
    max_unpacked: int = 300 * MIB  # the parts of an XLSX, unpacked, together


CONTACTS = Limits(max_bytes=50 * MIB, max_rows=100_000)
CALENDAR = Limits(max_bytes=20 * MIB, max_rows=100_000)  # icalendar needs some 15 bytes of memory per byte read
PLAN = Limits(max_bytes=10 * MIB, max_rows=10_000, max_unpacked=100 * MIB)
REQUESTS = Limits(max_bytes=50 * MIB, max_rows=100_000)  # document requests: ten years of a ministry's register
ENQUIRIES = Limits(max_bytes=50 * MIB, max_rows=100_000)  # journalists' enquiries: a ministry's, for years


def _sizes(*sizes: int) -> list[str]:
    language = current_language()
    return [format_size(size, language) for size in sizes]


def too_big(path: Path, size: int, limit: int) -> ValidationError:
    log.info("refused %s: %d bytes, the limit is %d", path, size, limit)
    shown, most = _sizes(size, limit)
    return ValidationError(
        translate("Import", "{file} is {size}; commsdesk imports files of up to {limit}.").format(
            file=path.name, size=shown, limit=most
        )
    )


def _grew(path: Path, limit: int) -> ValidationError:
    """For a file that turns out bigger than its size said (it grew while read, or it is a device or a pipe)."""
    return ValidationError(
        translate("Import", "{file} is bigger than {limit}, the most commsdesk imports.").format(
            file=path.name, limit=_sizes(limit)[0]
        )
    )


def cannot_read(path: Path, reason: str) -> ValidationError:
    return ValidationError(
        translate("ContactImport", "The file {path} cannot be read: {reason}").format(path=path.name, reason=reason)
    )


def _unreadable(path: Path, error: OSError) -> ValidationError:
    if isinstance(error, FileNotFoundError):
        return ValidationError(translate("Errors", "The file {path} does not exist.").format(path=path))
    return ValidationError(
        translate("Errors", "The file {path} cannot be read: {reason}").format(path=path, reason=error.strerror)
    )


def open_bytes(path: Path) -> BinaryIO:
    """`path` opened for reading, unless it is the database this process has open (see `open_files`)."""
    refuse_if_open(path)
    try:
        return path.open("rb")
    except OSError as error:
        raise _unreadable(path, error) from error


def check_size(path: Path, limit: int) -> int:
    """The file's size; ValidationError (one sentence naming the file and the limit) when it is over `limit`."""
    refuse_if_open(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise _unreadable(path, error) from error
    if size > limit:
        raise too_big(path, size, limit)
    return size


def read_bytes(path: Path, limit: int) -> bytes:
    """The whole file, which must be at most `limit` bytes (never more than that is read)."""
    check_size(path, limit)
    with open_bytes(path) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _grew(path, limit)
    return data


def _chunks(path: Path, limit: int) -> Iterator[bytes]:
    total = 0
    with open_bytes(path) as handle:
        while chunk := handle.read(CHUNK):
            total += len(chunk)
            if total > limit:
                raise _grew(path, limit)
            yield chunk


# -- text encodings ------------------------------------------------------------------------------------------------

# Letters of Albanian and Serbian that tell the two Windows code pages apart: read as the wrong one, Serbian
# č ć đ become è æ ð, and West-European accents become ŕ ĺ ń ę.
_OURS = "ëËçÇšŠđĐčČćĆžŽ"
_WRONG = {"cp1252": "èÈæÆðÐ", "cp1250": "ŕĺńęűňăřśťźľąşţőŔĹŃĘŰŇĂŘŚŤŹĽĄŞŢŐ"}


def _bytes_of(chars: str, encoding: str) -> bytes:
    return bytes(sorted({byte for char in chars for byte in char.encode(encoding, errors="ignore")}))


def _undefined(encoding: str) -> bytes:
    undefined = []
    for byte in range(256):
        try:
            bytes([byte]).decode(encoding)
        except UnicodeDecodeError:
            undefined.append(byte)
    return bytes(undefined)


class _CodePage:
    """Scores bytes as one Windows code page, counting bytes (not decoding them), so that 50 MB take a moment."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.ours = _bytes_of(_OURS, encoding)
        self.wrong = _bytes_of(_WRONG[encoding], encoding)
        self.undefined = _undefined(encoding)
        self.readable = True
        self.score = 0

    def add(self, chunk: bytes) -> None:
        if len(chunk.translate(None, self.undefined)) != len(chunk):
            self.readable = False
        ours = len(chunk) - len(chunk.translate(None, self.ours))
        wrong = len(chunk) - len(chunk.translate(None, self.wrong))
        self.score += ours - 3 * wrong


def utf16_order(head: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` for UTF-16 text without a BOM (mostly Latin letters: every other byte is NUL)."""
    sample = head[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : pairs * 2 : 2].count(0), sample[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.05:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.05:
        return "utf-16-be"
    return None


def detect_encoding(chunks: Iterable[bytes]) -> str | None:
    """UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one), else Windows-1250 or -1252, whichever
    reads more like text; None when the bytes are none of these (a binary file)."""
    chunks = iter(chunks)
    head = next(chunks, b"")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_order(head):
        return "utf-16"
    if b"\0" in head:
        return None
    utf8 = codecs.getincrementaldecoder("utf-8")()
    pages = [_CodePage("cp1250"), _CodePage("cp1252")]
    is_utf8 = True
    for chunk in itertools.chain([head], chunks):
        if is_utf8:
            try:
                utf8.decode(chunk)
            except UnicodeDecodeError:
                is_utf8 = False
        for page in pages:
            page.add(chunk)
    if is_utf8:
        try:
            utf8.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
    readable = [page for page in pages if page.readable]
    if not readable:
        return None
    return max(readable, key=lambda page: (page.score, page.encoding == "cp1250")).encoding


def open_text(
    path: Path, limits: Limits, encoding: str | None = None, errors: str = "strict"
) -> tuple[io.TextIOWrapper, str]:
    """The file opened as text (line ends made `\\n`) and the encoding it is read in: `encoding`, else detected.

    `utf-16` without a BOM is read in the byte order its NULs show."""
    check_size(path, limits.max_bytes)
    chosen = encoding or detect_encoding(_chunks(path, limits.max_bytes))
    if chosen is None:
        raise cannot_read(path, translate("Import", "it is not text in UTF-8, UTF-16, Windows-1250 or Windows-1252"))
    codec = chosen
    try:
        is_utf16 = codecs.lookup(chosen).name == "utf-16"
    except LookupError as error:
        raise cannot_read(
            path, translate("ContactImport", "it is not {encoding} text").format(encoding=chosen)
        ) from error
    handle = open_bytes(path)
    if is_utf16:
        head = handle.read(4096)
        handle.seek(0)
        if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            codec = utf16_order(head) or "utf-16-le"
    return io.TextIOWrapper(handle, encoding=codec, errors=errors, newline=None), chosen


def capped_lines(handle: io.TextIOBase, max_line: int) -> Iterator[tuple[str, bool]]:
    """Each line of the text as (text, whole): a line longer than `max_line` characters comes as its first
    `max_line` with whole False, the rest of it read and dropped a chunk at a time."""
    while line := handle.readline(max_line + 1):
        if len(line) <= max_line or (len(line) == max_line + 1 and line.endswith("\n")):
            yield line, True
            continue
        while (rest := handle.readline(CHUNK)) and not rest.endswith("\n"):
            pass
        yield line[:max_line], False


def too_long_line(path: Path, line: int, limit: int) -> ValidationError:
    return cannot_read(
        path, translate("Import", "line {line} is longer than {limit} characters").format(line=line, limit=limit)
    )


def too_many_rows(path: Path, limit: int) -> ValidationError:
    return ValidationError(
        translate("Import", "{file} has more than {limit} rows; commsdesk imports up to {limit} at a time.").format(
            file=path.name, limit=limit
        )
    )


# -- workbooks -----------------------------------------------------------------------------------------------------


def check_workbook(path: Path, limits: Limits) -> None:
    """Refuses an XLSX that is too big, or whose parts unpack to more than the limit. The parts' sizes are the zip's
    own: Python never unpacks more of a part than its entry declares. Raises zipfile.BadZipFile for no zip."""
    check_size(path, limits.max_bytes)
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > limits.max_unpacked:
        shown, most = _sizes(unpacked, limits.max_unpacked)
        raise ValidationError(
            translate(
                "Import", "{file} unpacks to {size}; commsdesk reads workbooks that unpack to at most {limit}."
            ).format(file=path.name, size=shown, limit=most)
        )
