"""The framing document as Markdown: title page, one chapter per section, flows, ranking."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from assistant.export.escape import md_block, md_cell, md_inline
from assistant.models.document import AnswerEntry, FramingDocument


def render_answer(entry: AnswerEntry) -> str:
    """An answer as Markdown, shaped by its kind."""
    value: Any = entry.value
    kind = entry.kind
    if kind in ("list", "multi") and isinstance(value, list):
        return "\n".join(f"- {md_inline(item)}" for item in value)
    if kind == "yesno":
        return "Yes" if value else "No"
    if kind == "scale":
        return f"{value} / 5" if isinstance(value, int) else md_inline(value)
    # Flows and use cases are shown once, in the tables at the top of their section.
    if kind == "flows" and isinstance(value, list):
        return f"*{len(value)} information flow(s), in the table of information flows above.*"
    if kind == "usecases" and isinstance(value, list):
        return f"*{len(value)} candidate(s), in the use-case ranking above.*"
    return md_block(value)


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("assistant.export", "templates"),
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters.update(inline=md_inline, cell=md_cell, block=md_block, answer=render_answer)
    return env


def render_markdown(document: FramingDocument, mermaid: str = "") -> str:
    text = _environment().get_template("framing.md.j2").render(doc=document, mermaid=mermaid)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text
