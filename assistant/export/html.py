"""The framing document as one self-contained HTML file (no network, no JavaScript).

Jinja2 with autoescape on: every user text is escaped by the template engine, and a
``finalize`` hook turns control characters into visible ``\\xNN`` codes first. The only
markup not written by the template is the flow map and the charts, built in Python by
``flowmap.to_svg`` / ``charts.to_svg`` which escape their labels themselves.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from assistant.export import charts, flowmap
from assistant.export.views import CHECK_WORDS, STATUS_WORDS, document_view, flow_detail
from assistant.models.document import FramingDocument
from assistant.text.escape import printable


def _finalize(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Markup):
        return printable(value)
    return value


def paragraphs(text: object) -> Markup:
    """User text as paragraphs: blank lines split paragraphs, single newlines are kept."""
    blocks = [b.strip() for b in printable(str(text)).replace("\r\n", "\n").split("\n\n")]
    out = []
    for block in blocks:
        if block:
            lines = [escape(line) for line in block.split("\n")]
            out.append(Markup("<p>") + Markup("<br>\n").join(lines) + Markup("</p>"))
    return Markup("\n").join(out)


def lead_paragraphs(text: object, label: str) -> Markup:
    """User text as paragraphs, the first one led by a bold ``label.`` (prose sections)."""
    body = paragraphs(text)
    lead = Markup('<p class="item"><span class="label">') + escape(label) + Markup(".</span> ")
    if str(body).startswith("<p>"):
        return lead + Markup(str(body)[3:])
    return lead + Markup("</p>") + body


def html_environment() -> Environment:
    """A new Jinja environment for an HTML page of ``templates/``: autoescape on, strict
    about missing values, control characters made visible. Every HTML page (the framing,
    the diff) is rendered through one, so they all escape user text alike."""
    return Environment(
        loader=PackageLoader("assistant.export", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True, default_for_string=True),
        undefined=StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _environment() -> Environment:
    env = html_environment()
    env.filters.update(
        paragraphs=paragraphs, flow_detail=flow_detail, lead_paragraphs=lead_paragraphs
    )
    env.globals.update(status_words=STATUS_WORDS, check_words=CHECK_WORDS)
    return env


def render_html(document: FramingDocument) -> str:
    """The whole HTML file as text."""
    view = document_view(document)
    questions = {q.id: q for s in document.flow_definition.sections for q in s.questions}
    # Anchors are numbers: the page shows no internal question id, not even in its links.
    anchors = {
        a.question_id: index
        for index, a in enumerate((a for s in document.sections for a in s.answers), start=1)
    }
    svg = Markup(flowmap.to_svg(view.flowmap)) if view.flowmap else None
    hot_svg = (
        Markup(charts.to_svg(view.hotspot_chart, "chart hotspot-chart"))
        if view.hotspot_chart
        else None
    )
    usecase_svg = (
        Markup(charts.to_svg(view.usecase_chart, "chart usecase-chart"))
        if view.usecase_chart
        else None
    )
    text = (
        _environment()
        .get_template("framing.html.j2")
        .render(
            doc=document,
            view=view,
            questions=questions,
            anchors=anchors,
            flowmap_svg=svg,
            hotspot_svg=hot_svg,
            usecase_svg=usecase_svg,
        )
    )
    return text
