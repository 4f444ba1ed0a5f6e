"""The framing document as Markdown: title page, one chapter per section, flows, ranking."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from assistant.export.views import CHECK_WORDS, ProseItem, document_view
from assistant.models.document import AnswerEntry, FramingDocument
from assistant.text.escape import md_block, md_cell, md_inline


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
        return f"*{len(value)} information flow(s), in the flow table at the top.*"
    if kind == "usecases" and isinstance(value, list):
        return f"*{len(value)} candidate(s), in the use-case ranking at the top.*"
    return md_block(value)


def render_prose(item: ProseItem) -> str:
    """An answer as a paragraph of its section: a bold label, then the answer."""
    entry, value = item.entry, item.entry.value
    lead = f"**{md_inline(item.label)}.**"
    if entry.kind == "flows" and isinstance(value, list):
        return f"{lead} {len(value)} information flow(s), in the flow table above."
    if entry.kind == "usecases" and isinstance(value, list):
        return f"{lead} {len(value)} candidate(s), in the use-case ranking above."
    if entry.kind in ("list", "multi") and isinstance(value, list):
        return lead + "\n\n" + "\n".join(f"- {md_inline(v)}" for v in value)
    return f"{lead} {render_answer(entry)}"


def quoted(text: object) -> str:
    """User text as a Markdown block quote, its lines kept."""
    body = md_block(text)
    return "\n".join(f"> {line}".rstrip() for line in body.split("\n"))


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("assistant.export", "templates"),
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters.update(
        inline=md_inline,
        cell=md_cell,
        block=md_block,
        answer=render_answer,
        prose=render_prose,
        quoted=quoted,
    )
    env.globals.update(check_words=CHECK_WORDS)
    return env


def render_markdown(document: FramingDocument, mermaid: str = "") -> str:
    view = document_view(document, with_map=False)
    text = (
        _environment()
        .get_template("framing.md.j2")
        .render(doc=document, view=view, mermaid=mermaid)
    )
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text
