"""The framing document as JSON (validates against schemas/framing-document.schema.json)."""

from __future__ import annotations

import json

from assistant.models.document import FramingDocument


def render_json(document: FramingDocument) -> str:
    data = document.model_dump(mode="json")
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
