"""The diff of two framings as one self-contained HTML page (``data360 diff --format html``).

The page shows the same lines as the text diff (``services.diff.format_diff``), grouped
by part and coloured by their mark, so a reviewer reads the same words in a terminal and
in a browser. Jinja2 autoescape escapes every user text, and control characters are made
visible by ``escape.printable`` first; the page has no script and loads nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from jinja2 import Environment

from assistant.services.diff import FramingDiff, format_diff, format_stat

MARKS = {"+": "added", "-": "removed", "~": "changed", "↑": "up", "↓": "down"}


@dataclass
class Line:
    """One change: its mark's class, and the text (indented detail lines are ``detail``)."""

    css: str
    text: str
    detail: bool = False


@dataclass
class Part:
    title: str
    lines: list[Line] = field(default_factory=list)


def parts(diff: FramingDiff) -> list[Part]:
    """The text diff's lines grouped under their headings (the header lines left out)."""
    out: list[Part] = [Part("Session")]
    for raw in format_diff(diff)[2:]:
        if not raw:
            continue
        if not raw.startswith((" ", *MARKS)):
            out.append(Part(raw))
            continue
        detail = raw.startswith("    ")
        text = raw.strip()
        mark = text[:1]
        out[-1].lines.append(Line(MARKS.get(mark, "context"), text, detail))
    return [p for p in out if p.lines]


@cache
def _environment() -> Environment:
    from assistant.export.html import html_environment

    return html_environment()


def render_diff_html(diff: FramingDiff, generator: str = "") -> str:
    """The whole page as text."""
    return (
        _environment()
        .get_template("diff.html.j2")
        .render(diff=diff, parts=parts(diff), stat=format_stat(diff), generator=generator)
    )
