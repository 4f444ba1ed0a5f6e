"""Extraction of information flows from answers (pure: no networkx, no LangChain here).

``notation`` parses the compact flow notation exactly; ``heuristics`` finds flows in free
text; ``offline.OfflineExtractor`` combines them behind the ``base.Extractor`` protocol.
"""

from __future__ import annotations

from assistant.extract.base import Extractor
from assistant.extract.notation import (
    NotationError,
    format_flow,
    format_notation,
    parse_flow_line,
    parse_notation,
)

__all__ = [
    "Extractor",
    "NotationError",
    "format_flow",
    "format_notation",
    "parse_flow_line",
    "parse_notation",
]
