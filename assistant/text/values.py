"""One answer value on one line, for replay lines and diffs alike."""

from __future__ import annotations

import json
from typing import Any

from assistant.text.escape import printable

MAX_VALUE_CHARS = 160


def short(value: Any, limit: int = MAX_VALUE_CHARS) -> str:
    """A one-line, control-character-free rendering of an answer value, cut at ``limit``."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = json.dumps(value, ensure_ascii=False)
    text = printable(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"
