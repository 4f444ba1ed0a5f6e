"""Loose arrow lines of bullet notes: ``ward nurses -> bed mgr: free beds, phone``.

Workshop notes use arrows without the strict flow notation: a chain of endpoints
(``residents -> online form -> Civica (auto)``), a content or a medium after a colon, a
source before a colon (``suppliers: ASN by EDI -> TMS``), or a half-sentence before the
arrow (``applicants submit via planning portal -> Uniform``). Each segment names one
endpoint; what follows the name in a segment (after ``:``, ``,``, ``(`` or a preposition)
is content, medium and frequency. A first segment that names a document rather than an
actor (``WIP report -> partners``) is sent on by whoever last received that document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ARROW = re.compile(r"\s*(?:-{1,2}>|→|=>|⇒)\s*")
_NAME_END = re.compile(
    r"\s*(?:[:,;(]|\b(?:by|via|over|through|using|with|on|in|into|as|every|each|daily|weekly"
    r"|monthly|nightly|when|if)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    """One endpoint of a chain: the words naming it and the words about the transfer."""

    name: str
    rest: str
    colon_source: bool = False
    """The name came before a colon in the first segment (``suppliers: ASN -> TMS``)."""


def has_arrow(line: str) -> bool:
    return ARROW.search(line) is not None


def segments(line: str) -> list[Segment]:
    """The endpoints of an arrow line in order; empty names are kept (and skipped later)."""
    parts = ARROW.split(line.strip())
    out: list[Segment] = []
    for index, part in enumerate(parts):
        part = part.strip()
        if index == 0 and ":" in part:
            before, after = part.split(":", 1)
            if 0 < len(before.split()) <= 5:
                out.append(Segment(before.strip(), after.strip(), colon_source=True))
                continue
        cut = _NAME_END.search(part)
        name = part[: cut.start()] if cut else part
        out.append(Segment(name.strip(), part[len(name) :].strip(" :,")))
    return out


def content_of(segs: list[Segment]) -> str:
    """What travels: the words after a colon, up to the first comma or bracket."""
    for seg in segs:
        text = seg.rest
        if seg.colon_source or text.startswith(":"):
            text = text.lstrip(": ")
            return re.split(r"[,(;]| by | via | over ", text, maxsplit=1)[0].strip()
    for seg in segs[1:]:
        if ":" in seg.rest:
            return re.split(r"[,(;]", seg.rest.split(":", 1)[1], maxsplit=1)[0].strip()
    return ""
