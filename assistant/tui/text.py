"""How stored values read on screen: safe, short, and without Textual.

Answers are stored exactly as typed. Everything shown goes through ``visible`` (control
characters and ANSI escapes become visible ``\\xNN`` codes, so nothing typed can drive
the terminal) and ``clip`` (a megabyte answer shows its start and its size, not a
frozen screen). Rich markup is never built from user text: widgets get plain strings or
``Text`` objects.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.models.infoflow import maturity_label

if TYPE_CHECKING:  # not imported at start-up: the home screen does without pydantic
    from assistant.models.flowdef import Question

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~-])")

BUBBLE_CHARS = 3_000
"""Longest answer shown whole in a bubble; longer ones are clipped with their size."""

PANEL_CHARS = 2_000
"""Longest answer shown whole in the document panel and the review list."""

SCORE_FIELDS = ("desirability", "datability", "feasibility", "viability")


def visible(text: object) -> str:
    """The text with control characters (not newline or tab) shown as ``\\xNN``."""
    value = str(text).replace("\r\n", "\n")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


def clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, saying how long the whole text is."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}…\n[{len(text):,} characters in all; the full answer is stored]"


def one_line(text: object, limit: int = 80) -> str:
    """A single visible line, for titles, tables and notifications."""
    flat = " ".join(visible(text).split())
    return flat if len(flat) <= limit else flat[: max(1, limit - 1)] + "…"


def section_label(title: str) -> str:
    """The short name of a section ("Ideation - map the flows" → "Ideation")."""
    for separator in (" - ", " — ", " – ", ": "):
        if separator in title:
            return title.split(separator, 1)[0].strip()
    return title


def local_time(iso: str) -> str:
    """An ISO timestamp as local ``YYYY-MM-DD HH:MM`` (the raw text if it does not parse)."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def flow_line(flow: dict[str, Any]) -> str:
    """A flow in the compact notation (``source -> a, b: content [medium] (low)``)."""
    targets = ", ".join(str(t) for t in flow.get("targets", []))
    line = f"{flow.get('source', '?')} -> {targets}"
    if flow.get("content"):
        line += f": {flow['content']}"
    if flow.get("medium"):
        line += f" [{flow['medium']}]"
    if "maturity" in flow:
        line += f" ({maturity_label(flow['maturity'])})"
    if flow.get("frequency"):
        line += f" @{flow['frequency']}"
    for pain in flow.get("pain_points", []) or []:
        line += f" !{pain}"
    return line


def usecase_total(usecase: dict[str, Any]) -> float:
    """The weighted score used everywhere else (exports, use-case screen), 1-5."""
    from assistant.hypergraph.usecases import score_usecase

    try:
        return score_usecase(usecase).total
    except ValueError:  # an incomplete row being typed
        return 0.0


def usecase_line(usecase: dict[str, Any]) -> str:
    scores = ", ".join(
        f"{name} {'–' if usecase.get(name, '?') is None else usecase.get(name, '?')}"
        for name in SCORE_FIELDS
    )
    return f"{usecase.get('title', '?')}: {scores} (score {usecase_total(usecase):.2f})"


def format_answer(question: Question | None, value: Any) -> str:
    """An answer as plain text (not yet made visible or clipped)."""
    kind = question.kind if question is not None else None
    if value is None:
        return ""
    if isinstance(value, bool) or kind == "yesno":
        return "Yes" if value else "No"
    if kind == "scale" and question is not None:
        _, high = question.scale_bounds
        label = (question.labels or {}).get(int(value)) if isinstance(value, int) else None
        return f"{value} / {high}" + (f" — {label}" if label else "")
    if kind == "number" and question is not None:
        number = f"{value:g}" if isinstance(value, float) else str(value)
        return f"{number} {question.unit}" if question.unit else number
    if isinstance(value, list):
        lines = []
        for item in value:
            if isinstance(item, dict) and "source" in item:
                lines.append(f"• {flow_line(item)}")
            elif isinstance(item, dict) and "title" in item:
                lines.append(f"• {usecase_line(item)}")
            else:
                lines.append(f"• {item}")
        return "\n".join(lines)
    return str(value)


def answer_as_text(question: Question, value: Any) -> str:
    """An answer back into the text its input takes (to prefill an edit or a re-ask)."""
    if value is None:
        return ""
    kind = question.kind
    if kind == "yesno":
        return "yes" if value else "no"
    if kind in ("list", "multi") and isinstance(value, list):
        return "\n".join(str(item) for item in value)
    if kind == "flows" and isinstance(value, list):
        return "\n".join(flow_line(f) if isinstance(f, dict) else str(f) for f in value)
    if kind == "usecases" and isinstance(value, list):
        return "\n".join(
            " | ".join([str(u.get("title", ""))] + [str(u.get(n, "")) for n in SCORE_FIELDS])
            for u in value
            if isinstance(u, dict)
        )
    return str(value)


def md_inline(text: object) -> str:
    """User text as one Markdown line that renders as typed."""
    value = visible(text).replace("\n", " ").replace("&", "&amp;")
    return _MD_SPECIAL.sub(r"\\\1", value)


def md_block(text: object) -> str:
    """User text as a Markdown paragraph that renders as typed, line breaks kept."""
    lines = visible(text).split("\n")
    return "  \n".join(_MD_SPECIAL.sub(r"\\\1", line.replace("&", "&amp;")) for line in lines)
