"""Reading back the PDFs commsdesk writes, without pypdf (a test dependency, not shipped with the program).

`read_pdf` decodes each page's text through its font's ToUnicode map, as a PDF viewer does when one copies text,
so the self-test can prove that letters such as ë ç š đ č ć ž are in the file as text in an embedded font rather
than as missing glyphs. Enough for what reportlab writes (a plain object table, Flate and ASCII85 streams,
TrueType subsets); not a general PDF reader.
"""

from __future__ import annotations

import base64
import re
import zlib
from dataclasses import dataclass, field


class PdfReadError(ValueError):
    """The bytes are not a complete PDF file."""


@dataclass
class PdfContent:
    """What `read_pdf` found: the text of every page, the fonts that text is shown in, the images drawn."""

    text: str = ""
    fonts: dict[str, bool] = field(default_factory=dict)  # base font name → embedded
    images: int = 0


_OBJECT = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_REFERENCE = r"/{key}\s+(\d+)\s+\d+\s+R"
_TOKEN = re.compile(rb"\(|<<|>>|<[0-9A-Fa-f\s]*>|\[|\]|/[^\s/\[\]()<>{}%]+|[^\s/\[\]()<>{}%]+")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def _objects(data: bytes) -> dict[int, tuple[str, bytes]]:
    """Object number → (its dictionary as text, its decoded stream or b"")."""
    objects, position = {}, 0
    while match := _OBJECT.search(data, position):
        start = match.end()
        stream_at, end_at = data.find(b"stream", start), data.find(b"endobj", start)
        if stream_at != -1 and (end_at == -1 or stream_at < end_at):
            head = data[start:stream_at].decode("latin-1")
            length = int(re.search(r"/Length\s+(\d+)", head).group(1))
            body_start = stream_at + len(b"stream") + (2 if data[stream_at + 6 : stream_at + 8] == b"\r\n" else 1)
            objects[int(match.group(1))] = (head, _decode(head, data[body_start : body_start + length]))
            position = data.find(b"endobj", body_start + length)
        else:
            objects[int(match.group(1))] = (data[start:end_at].decode("latin-1"), b"")
            position = end_at
        if position == -1:
            break
    return objects


def _decode(head: str, raw: bytes) -> bytes:
    filters = (
        re.findall(r"/(ASCII85Decode|FlateDecode|A85|Fl)\b", head.split("/Filter", 1)[1]) if "/Filter" in head else []
    )
    for name in filters:
        if name in ("ASCII85Decode", "A85"):
            raw = base64.a85decode(raw.strip().removeprefix(b"<~").removesuffix(b"~>"))
        else:
            raw = zlib.decompress(raw)
    return raw


def _literal(data: bytes, start: int) -> tuple[bytes, int]:
    """The PDF string starting after the `(` at `start`, and the position after its closing `)`."""
    out, depth, index = bytearray(), 1, start
    while index < len(data):
        char = data[index]
        index += 1
        if char == 0x5C:  # backslash
            following = data[index]
            index += 1
            if following in _ESCAPES:
                out += _ESCAPES[following]
            elif 0x30 <= following <= 0x37:
                digits = bytes([following])
                while len(digits) < 3 and index < len(data) and 0x30 <= data[index] <= 0x37:
                    digits += bytes([data[index]])
                    index += 1
                out.append(int(digits, 8) & 0xFF)
            elif following in (0x0A, 0x0D):
                if following == 0x0D and data[index : index + 1] == b"\n":
                    index += 1
            else:
                out.append(following)
        elif char == 0x28:
            depth += 1
            out.append(char)
        elif char == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), index
            out.append(char)
        else:
            out.append(char)
    return bytes(out), index


def _to_unicode(cmap: bytes) -> tuple[int, dict[bytes, str]]:
    """The code length and code → text map of a ToUnicode CMap (bfchar and bfrange sections)."""
    text = cmap.decode("latin-1")
    space = re.search(r"begincodespacerange\s*<([0-9A-Fa-f]+)>", text)
    width = len(space.group(1)) // 2 if space else 1
    mapping: dict[bytes, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[bytes.fromhex(code)] = bytes.fromhex(target).decode("utf-16-be", "replace")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, target in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block
        ):
            first, last = int(low, 16), int(high, 16)
            targets = re.findall(r"<([0-9A-Fa-f]+)>", target)
            for offset, code in enumerate(range(first, last + 1)):
                key = code.to_bytes(len(low) // 2, "big")
                if target.startswith("["):
                    if offset < len(targets):
                        mapping[key] = bytes.fromhex(targets[offset]).decode("utf-16-be", "replace")
                else:
                    value = int(targets[0], 16) + offset
                    mapping[key] = value.to_bytes(len(targets[0]) // 2, "big").decode("utf-16-be", "replace")
    return width, mapping


@dataclass
class _Font:
    base: str
    embedded: bool
    width: int = 1
    mapping: dict[bytes, str] | None = None

    def decode(self, raw: bytes) -> str:
        if self.mapping is None:
            return raw.decode("cp1252", "replace")
        return "".join(self.mapping.get(raw[i : i + self.width], "\ufffd") for i in range(0, len(raw), self.width))


def _fonts(objects: dict[int, tuple[str, bytes]]) -> dict[str, _Font]:
    """Resource name (e.g. F2+0) → font, from every font dictionary the pages refer to."""

    def font(number: int) -> _Font:
        head = objects[number][0]
        base = re.search(r"/BaseFont\s*/([^\s/\[\]<>]+)", head)
        descriptor = re.search(_REFERENCE.format(key="FontDescriptor"), head)
        embedded = bool(descriptor) and bool(re.search(r"/FontFile[23]?\s", objects[int(descriptor.group(1))][0]))
        result = _Font(base.group(1).split("+")[-1] if base else "?", embedded)
        cmap = re.search(_REFERENCE.format(key="ToUnicode"), head)
        if cmap:
            result.width, result.mapping = _to_unicode(objects[int(cmap.group(1))][1])
        return result

    fonts = {}
    for head, _ in objects.values():
        for name, number in re.findall(r"/([^\s/\[\]<>()]+)\s+(\d+)\s+\d+\s+R", head):
            target = objects.get(int(number), ("", b""))[0]
            if re.search(r"/Type\s*/Font\b", target):
                fonts[name] = font(int(number))
    return fonts


def _page_text(content: bytes, fonts: dict[str, _Font], used: dict[str, bool]) -> list[str]:
    """The lines of text one page's content stream shows; records the fonts it shows them in."""
    lines, line, current = [], "", None
    strings: list[bytes] = []
    names: list[str] = []
    position = 0
    while match := _TOKEN.search(content, position):
        token, position = match.group(), match.end()
        if token == b"(":
            raw, position = _literal(content, position)
            strings.append(raw)
        elif token.startswith(b"<") and token != b"<<":
            strings.append(bytes.fromhex(token[1:-1].decode("latin-1")))
        elif token.startswith(b"/"):
            names.append(token[1:].decode("latin-1"))
        elif token in (b"[", b"]", b"<<", b">>") or token[:1] in b"+-.0123456789":
            continue
        else:  # an operator: act on the operands gathered since the last one
            if token == b"Tf" and names:
                current = fonts.get(names[-1])
            elif token in (b"Tj", b"TJ", b"'", b'"') and current is not None:
                if token in (b"'", b'"'):
                    lines.append(line)
                    line = ""
                line += "".join(current.decode(raw) for raw in strings)
                used[current.base] = current.embedded
            elif token in (b"ET", b"T*", b"Td", b"TD"):
                lines.append(line)
                line = ""
            strings, names = [], []
    lines.append(line)
    return [text for text in lines if text]


def read_pdf(data: bytes) -> PdfContent:
    """The text of a PDF as a reader would copy it, the fonts that text uses, and how many images it holds.

    Enough for the PDFs reportlab writes (uncompressed object table, Flate/ASCII85 streams, TrueType subsets
    with ToUnicode maps); not a general PDF reader.
    """
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise PdfReadError("not a complete PDF file")
    objects = _objects(data)
    fonts = _fonts(objects)
    result = PdfContent()
    pages = [number for number, (head, _) in sorted(objects.items()) if re.search(r"/Type\s*/Page\b", head)]
    lines: list[str] = []
    for number in pages:
        head = objects[number][0]
        contents = re.search(r"/Contents\s+(\[[^\]]*\]|\d+\s+\d+\s+R)", head)
        numbers = re.findall(r"(\d+)\s+\d+\s+R", contents.group(1)) if contents else []
        stream = b"\n".join(objects[int(n)][1] for n in numbers)
        lines += _page_text(stream, fonts, result.fonts)
    result.text = "\n".join(lines)
    result.images = sum(1 for head, _ in objects.values() if re.search(r"/Subtype\s*/Image\b", head))
    return result
