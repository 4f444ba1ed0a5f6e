"""Exports of a session: framing documents (Markdown, JSON, …) and the flow model.

``write_export`` is the one entry the CLI and the TUI call; each format has its module.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import UserError

if TYPE_CHECKING:
    from assistant.models.document import FramingDocument
    from assistant.services.interview import Interview

FORMATS = ("markdown", "json")
SUFFIXES = {"markdown": ".md", "json": ".json"}


def render_export(interview: Interview, fmt: str) -> bytes:
    """The bytes of an export of ``interview`` in ``fmt``."""
    from assistant.export.document import build_document

    if fmt not in FORMATS:
        raise UserError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    document = build_document(interview)
    if fmt == "json":
        from assistant.export.json_export import render_json

        return render_json(document).encode("utf-8")
    from assistant.export.markdown import render_markdown

    return render_markdown(document, mermaid=_mermaid(document)).encode("utf-8")


def _mermaid(document: FramingDocument) -> str:
    if not document.flows:
        return ""
    from assistant.export.document import flow_model
    from assistant.hypergraph.exports import to_mermaid

    return to_mermaid(flow_model(document.flows))


def write_export(interview: Interview, fmt: str, path: str | os.PathLike[str]) -> Path:
    """Write the export atomically (temp file + rename) and return its path."""
    target = Path(path).expanduser()
    data = render_export(interview, fmt)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror or error}") from None
    return target.resolve()
