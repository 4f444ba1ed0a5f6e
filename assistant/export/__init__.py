"""Exports of a session: framing documents (Markdown, JSON, …) and the flow model.

``render_export``/``write_export`` is the one entry the CLI and the TUI call; each format
has its module. This package only renders: the framing document is built from the
session by ``assistant.services.document``, and importing an export back is
``assistant.services.importing``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.models.document import FramingDocument
    from assistant.services.interview import Interview

FORMATS = ("markdown", "json", "html", "docx", "pdf", "graphml", "mermaid", "model")
SUFFIXES = {
    "markdown": ".md",
    "json": ".json",
    "html": ".html",
    "docx": ".docx",
    "pdf": ".pdf",
    "graphml": ".graphml",
    "mermaid": ".mmd",
    "model": ".model.json",
}


def render_export(interview: Interview, fmt: str) -> bytes:
    """The bytes of an export of ``interview`` in ``fmt``."""
    from assistant.services.document import build_document

    if fmt not in FORMATS:
        raise UserError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt in ("graphml", "mermaid", "model"):
        return _model_export(interview, fmt).encode("utf-8")
    document = build_document(interview)
    if fmt == "json":
        from assistant.export.json_export import render_json

        return render_json(document).encode("utf-8")
    if fmt == "html":
        from assistant.export.html import render_html

        return render_html(document).encode("utf-8")
    if fmt == "docx":
        from assistant.export.docx import render_docx

        return render_docx(document)
    if fmt == "pdf":
        from assistant.export.pdf import render_pdf

        return render_pdf(document)
    from assistant.export.markdown import render_markdown

    return render_markdown(document, mermaid=_mermaid(document)).encode("utf-8")


def _mermaid(document: FramingDocument) -> str:
    if not document.flows:
        return ""
    from assistant.hypergraph.exports import to_mermaid
    from assistant.services.document import flow_model

    return to_mermaid(flow_model(document))


def _model_export(interview: Interview, fmt: str) -> str:
    """The session's flow hypergraph alone: GraphML (Gephi, yEd), Mermaid, or its JSON."""
    from assistant.hypergraph.exports import to_graphml, to_json, to_mermaid
    from assistant.hypergraph.hotspots import rank_hotspots
    from assistant.services.model import session_model

    model = session_model(interview)
    if fmt == "model":
        return to_json(model)
    ranking = rank_hotspots(model)
    if fmt == "graphml":
        return to_graphml(model, ranking=ranking)
    return to_mermaid(model, ranking, hot=3) + "\n"


def write_export(
    interview: Interview, fmt: str, path: str | os.PathLike[str], *, force: bool = False
) -> Path:
    """Render, then write through ``assistant.outfiles.write_output`` (atomic, no surprise).

    An existing regular file is replaced only with ``force``; a FIFO or a device is
    written in place.
    """
    from assistant.outfiles import refuse_existing, write_output

    if not force:
        refuse_existing([Path(path).expanduser()])  # before the work of rendering
    return write_output(path, render_export(interview, fmt), force=force)
