"""Reads a compiled Qt translation (`.qm`, as `pyside6-lrelease` writes it) without Qt.

Only what commsdesk needs: every (context, source text) → translation of the messages block. The layout is Qt's
(see qtbase `QTranslator`): a 16-byte magic, then tagged blocks; the messages block is a run of tagged fields.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = range(1, 10)


class QmFormatError(ValueError):
    """The file is not a .qm file this reader understands."""


def _blocks(data: bytes) -> dict[int, bytes]:
    if not data.startswith(MAGIC):
        raise QmFormatError("not a .qm file")
    blocks, offset = {}, len(MAGIC)
    while offset + 5 <= len(data):
        tag, length = data[offset], struct.unpack_from(">I", data, offset + 1)[0]
        blocks[tag] = data[offset + 5 : offset + 5 + length]
        offset += 5 + length
    return blocks


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation for every message of `path` that has source text and a translation."""
    messages = _blocks(path.read_bytes()).get(_MESSAGES_BLOCK, b"")
    result: dict[tuple[str, str], str] = {}
    offset, fields = 0, {}
    while offset < len(messages):
        tag = messages[offset]
        offset += 1
        if tag == _END:
            if fields.get(_SOURCE) is not None and fields.get(_TRANSLATION):
                result[(fields.get(_CONTEXT, ""), fields[_SOURCE])] = fields[_TRANSLATION]
            fields = {}
            continue
        if tag in (_OBSOLETE1, _OBSOLETE2):
            continue
        (length,) = struct.unpack_from(">I", messages, offset)
        offset += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        raw = messages[offset : offset + length]
        offset += length
        if tag == _TRANSLATION:
            fields[_TRANSLATION] = raw.decode("utf-16-be")
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            fields[tag] = raw.decode("utf-8")
        elif tag in (_SOURCE16, _CONTEXT16):
            fields[_SOURCE if tag == _SOURCE16 else _CONTEXT] = raw.decode("utf-16-be")
        else:
            raise QmFormatError(f"unknown tag {tag}")
    return result
