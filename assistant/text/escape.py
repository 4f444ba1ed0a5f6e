"""Make user text safe to put into documents: no markup, no control characters.

Answers are stored exactly as typed; only their rendering is made safe here. Control
characters (ANSI escapes included) are shown as visible ``\\xNN`` codes rather than
passed to a terminal, a browser or a Markdown renderer.
"""

from __future__ import annotations

import re
from functools import cache

_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
#: What XML 1.0 cannot hold at all (lone surrogates, U+FFFE, U+FFFF, C0 controls).
_NOT_XML_PATTERN = "[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


@cache
def _not_xml() -> re.Pattern[str]:
    """Compiled on first use: the range up to U+10FFFF takes ~12 ms to compile, a cost
    every command would pay at start-up (escape is imported by most of them)."""
    return re.compile(_NOT_XML_PATTERN)


# Characters that make Markdown anywhere in a line; the others (#, +, -, 1.) only at its start.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|[-+>](?=\s|$)|>|[=-](?=[=\-\s]*$))")
_MD_ORDERED = re.compile(r"^(\s*\d{1,9})([.)])(?=\s|$)")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def printable(text: str) -> str:
    """Replace control characters (except newline and tab) with visible escapes.

    Bidirectional overrides are escaped too (they can make text read other than it is);
    right-to-left text itself is kept.
    """
    return _CONTROL.sub(_visible, text)


def xml_safe(text: str) -> str:
    """``text`` with what XML cannot hold replaced by U+FFFD: every XML output (DOCX, SVG,
    GraphML) passes its text through here, so no character can break the file."""
    return _not_xml().sub("\ufffd", text)


def strip_controls(text: str) -> str:
    """Drop the characters ``printable`` would escape (for labels that show words only)."""
    return _CONTROL.sub("", text)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _md_line(line: str, *, block_start: bool = True) -> str:
    value = _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", line))
    if not block_start:
        return value
    value = _MD_ORDERED.sub(r"\1\\\2", value)
    return _MD_LINE_START.sub(r"\1\\\2", value)


def md_inline(text: object) -> str:
    """One line of Markdown text: markup characters escaped, newlines as spaces.

    Only what would make markup is escaped (CommonMark), so the source stays readable:
    parentheses, ``#`` or ``!`` inside a sentence are left alone.
    """
    value = " ".join(printable(str(text)).replace("\r\n", "\n").split("\n")).strip()
    return _md_line(value)


def md_block(text: object) -> str:
    """A paragraph of user text: escaped, line breaks kept (Markdown hard breaks)."""
    text = printable(str(text)).replace("\r\n", "\n").strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n\n".join(
        "  \n".join(_md_line(line.strip()) for line in p.split("\n")) for p in paragraphs
    )


def md_cell(text: object) -> str:
    """A table cell: like md_inline (pipes escaped), but a cell never starts a block."""
    value = " ".join(printable(str(text)).replace("\r\n", "\n").split("\n")).strip()
    return _md_line(value, block_start=False)
