"""One offline extractor for the rule tests, and the (source, targets) pairs they compare."""

from __future__ import annotations

from assistant.extract.offline import OfflineExtractor
from assistant.models.infoflow import Actor

EXTRACTOR = OfflineExtractor()


def pairs(text: str, known: list[Actor] | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """Each flow read from ``text`` as (source, targets), lower-cased, in order."""
    out = EXTRACTOR.extract(text, known)
    return [(f.source.lower(), tuple(t.lower() for t in f.targets)) for f in out.flows]
