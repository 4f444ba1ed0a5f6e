"""The extractor protocol: text in, an ``Extraction`` proposal out.

Every extractor (offline heuristics, LLM) returns a *proposal* the user accepts, edits or
rejects; nothing an extractor says changes the flow of questions.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from assistant.models.infoflow import Actor, Extraction


@runtime_checkable
class Extractor(Protocol):
    """Turns an answer about information flows into proposed actors and flows."""

    name: str

    def extract(self, text: str, known_actors: list[Actor] | None = None) -> Extraction:
        """Propose actors and flows found in ``text``; ``known_actors`` (from earlier
        answers) let the extractor reuse their names and kinds."""
        ...
