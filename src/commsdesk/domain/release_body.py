"""The body of a release version: simple HTML reduced to paragraphs, bold, italic, line breaks and bullet lists.

Whatever comes in (the editor's rich text, text pasted from Word or a web page, plain text) is reduced to that
subset before it is stored, so the PDF, the e-mail and the search index all read the same few elements:

    <p>Text with <b>bold</b>, <i>italic</i> and a<br>line break.</p><ul><li>an item</li></ul>
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table", "section", "body"}
_SKIP_TAGS = {"head", "style", "script", "title", "template"}
_BOLD_TAGS = {"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"}
_ITALIC_TAGS = {"i", "em", "cite"}
_VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr"}
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_BULLET_LINE = re.compile(r"^\s*[-•*–]\s+")


@dataclass(frozen=True)
class Run:
    """A stretch of text with one formatting; `\\n` inside is a line break."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Block:
    """A paragraph (`p`) or a bullet-list item (`li`)."""

    kind: str
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def _style_flags(style: str) -> tuple[bool | None, bool | None]:
    """Bold and italic as an inline CSS style sets them (None where it says nothing)."""
    bold = italic = None
    weight = re.search(r"font-weight\s*:\s*(\w+)", style)
    if weight:
        value = weight.group(1).lower()
        bold = value in {"bold", "bolder"} or (value.isdigit() and int(value) >= 600)
    slant = re.search(r"font-style\s*:\s*(\w+)", style)
    if slant:
        italic = slant.group(1).lower() in {"italic", "oblique"}
    return bold, italic


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._current: Block | None = None
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, bold, italic) in force inside that tag
        self._skip = 0

    def _flags(self) -> tuple[bool, bool]:
        return (self._stack[-1][1], self._stack[-1][2]) if self._stack else (False, False)

    def _new_block(self, kind: str) -> None:
        self._current = Block(kind)
        self.blocks.append(self._current)

    def _add(self, text: str) -> None:
        if self._current is None:
            self._new_block("p")
        assert self._current is not None
        bold, italic = self._flags()
        self._current.runs.append(Run(text, bold, italic))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "br":
            self._add("\n")
            return
        if tag in _VOID_TAGS:
            return
        if tag == "li":
            self._new_block("li")
        elif tag in _BLOCK_TAGS and tag != "body":
            self._new_block("p")
        elif tag in {"ul", "ol"}:
            self._current = None
        bold, italic = self._flags()
        if tag != "body":
            bold = bold or tag in _BOLD_TAGS
            italic = italic or tag in _ITALIC_TAGS
            style_bold, style_italic = _style_flags(dict(attrs).get("style") or "")
            bold = bold if style_bold is None else style_bold
            italic = italic if style_italic is None else style_italic
        self._stack.append((tag, bold, italic))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self._skip:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip or tag in _VOID_TAGS:
            return
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                del self._stack[index:]
                break
        if tag in _BLOCK_TAGS or tag in {"li", "ul", "ol"}:
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        text = re.sub(r"\s+", " ", data.replace("\u2028", "\n").replace("\u2029", "\n"))
        if text.strip() or (self._current is not None and text):
            self._add(text)


def _tidy(block: Block) -> Block:
    """Merge runs of equal formatting, trim spaces around line breaks and at both ends."""
    merged: list[Run] = []
    for run in block.runs:
        text = run.text
        if merged and merged[-1].bold == run.bold and merged[-1].italic == run.italic:
            merged[-1] = Run(merged[-1].text + text, run.bold, run.italic)
        else:
            merged.append(Run(text, run.bold, run.italic))
    whole = "".join(r.text for r in merged)
    # Positions of characters to keep: drop spaces next to line breaks, and leading/trailing blanks.
    keep = [True] * len(whole)
    for match in re.finditer(r" *\n *", whole):
        for position in range(match.start(), match.end()):
            keep[position] = whole[position] == "\n"
    for position in range(1, len(whole)):
        if whole[position] == " " and whole[position - 1] == " ":
            keep[position] = False
    stripped_start = len(whole) - len(whole.lstrip(" \n"))
    stripped_end = len(whole.rstrip(" \n"))
    for position in range(len(whole)):
        if position < stripped_start or position >= stripped_end:
            keep[position] = False
    runs, offset = [], 0
    for run in merged:
        text = "".join(c for i, c in enumerate(run.text) if keep[offset + i])
        offset += len(run.text)
        if text:
            runs.append(Run(text, run.bold, run.italic))
    return Block(block.kind, runs)


def parse_body(html: str | None) -> list[Block]:
    """The paragraphs and list items of `html` (any HTML), with their bold and italic runs, empty ones left out."""
    reducer = _Reducer()
    reducer.feed(html or "")
    reducer.close()
    blocks = [_tidy(block) for block in reducer.blocks]
    return [block for block in blocks if block.text.strip()]


def _runs_html(runs: list[Run]) -> str:
    parts = []
    for run in runs:
        text = escape(run.text, quote=False).replace("\n", "<br>")
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def blocks_to_html(blocks: list[Block]) -> str:
    """The stored form of `blocks`: `<p>`, `<ul><li>`, `<b>`, `<i>`, `<br>` and escaped text, nothing else."""
    out: list[str] = []
    in_list = False
    for block in blocks:
        if block.kind == "li" and not in_list:
            out.append("<ul>")
            in_list = True
        elif block.kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        tag = "li" if block.kind == "li" else "p"
        out.append(f"<{tag}>{_runs_html(block.runs)}</{tag}>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def clean_body(html: str | None) -> str:
    """Any HTML reduced to the stored subset (see the module docstring)."""
    return blocks_to_html(parse_body(html))


def text_to_body(text: str | None) -> str:
    """Plain text as a body: blank lines separate paragraphs, `- `/`• ` lines are list items, newlines stay."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n").strip()):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if lines and all(_BULLET_LINE.match(line) for line in lines):
            blocks += [Block("li", [Run(_BULLET_LINE.sub("", line).strip())]) for line in lines]
        elif lines:
            blocks.append(Block("p", [Run("\n".join(line.strip() for line in lines))]))
    return blocks_to_html(blocks)


def body_text(html: str | None) -> str:
    """The body as plain text: paragraphs separated by a blank line, list items as `• item` lines."""
    lines: list[str] = []
    previous = None
    for block in parse_body(html):
        if lines and not (block.kind == "li" and previous == "li"):
            lines.append("")
        lines.append(("• " + block.text) if block.kind == "li" else block.text)
        previous = block.kind
    return "\n".join(lines)


def paragraphs(html: str | None) -> list[str]:
    """The plain text of each paragraph and list item, in order (for translating paragraph by paragraph)."""
    return [block.text for block in parse_body(html)]


@dataclass(frozen=True)
class Counts:
    words: int
    characters: int


def count_text(text: str) -> Counts:
    """Words and characters (line breaks not counted) of plain text."""
    return Counts(len(_WORD.findall(text)), len(text.replace("\n", "")))
