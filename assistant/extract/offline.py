"""The offline extractor: exact notation first, free-text heuristics otherwise.

Deterministic and dependency-free, it is the default extractor and the fallback of the
LLM one. When every non-empty, non-comment line parses as flow notation, the result is
exactly those flows. Otherwise lines written in notation are still taken exactly, the
rest goes through the heuristics, and a line that tried notation (it has ``->``) but
failed is reported in ``warnings`` with the column of the error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.extract.heuristics import extract_free_text
from assistant.extract.heuristics.tokens import is_bullet, unwrapped
from assistant.extract.lexicon import kind_from_head
from assistant.extract.notation import ParsedLine, has_arrow, parse_notation_lines
from assistant.hypergraph.names import normalise_name
from assistant.models.infoflow import Actor, Extraction, InformationFlow

MAX_ANSWER_CHARS = 100_000
"""An answer is read up to here (about 15,000 words, far more than any workshop answer),
so that a pasted book or a hostile client cannot hold the extractor: time is linear in
what is read, and what is read is bounded."""


def actors_of(flows: Sequence[InformationFlow], known: Sequence[Actor] = ()) -> list[Actor]:
    """The endpoints of flows as actors, kinds from known actors or guessed from the name."""
    known_by_key: dict[str, Actor] = {}
    for actor in known:
        for name in [actor.name, *actor.aliases]:
            known_by_key.setdefault(normalise_name(name), actor)
    out: dict[str, Actor] = {}
    for flow in flows:
        for name in [flow.source, *flow.targets]:
            key = normalise_name(name)
            if key in out:
                continue
            if key in known_by_key:
                out[key] = Actor(name=name, kind=known_by_key[key].kind)
            else:
                proper = any(w[:1].isupper() for w in name.split()[1:]) or name.isupper()
                out[key] = Actor(name=name, kind=kind_from_head(name.split(), proper=proper))
    return list(out.values())


_MATURITY_MARK = re.compile(r"\((?:low|medium|high)\)\s*(?:[@!].*)?$", re.IGNORECASE)


def _explicit(text: str, flow: InformationFlow) -> bool:
    """A line among prose is taken as exact notation when it says its medium or maturity
    and is not a bullet; otherwise it is a loose note and the free-text reader reads it."""
    if is_bullet(text):
        return False
    return bool(flow.medium) or _MATURITY_MARK.search(text) is not None


def _without_self_loop(line: ParsedLine, warnings: list[str]) -> ParsedLine:
    """A notation line whose target is its own source ("0 -> 0") keeps its other targets;
    with none left it proposes nothing, and says so (a map cannot hold a self-loop)."""
    flow = line.flow
    if flow is None:
        return line
    key = normalise_name(flow.source)
    targets = [t for t in flow.targets if normalise_name(t) != key]
    if len(targets) == len(flow.targets):
        return line
    warnings.append(f"line {line.line}: a flow from {flow.source} to itself was left out")
    if not targets:
        return ParsedLine(line.line, line.text, flow=None, error=None)
    return ParsedLine(line.line, line.text, flow=flow.model_copy(update={"targets": targets}))


class OfflineExtractor:
    """Notation parser + free-text heuristics, no model and no network."""

    name = "offline"

    def extract(self, text: str, known_actors: list[Actor] | None = None) -> Extraction:
        known = list(known_actors or [])
        bound: list[str] = []
        if len(text) > MAX_ANSWER_CHARS:
            cut = text.rfind("\n", 0, MAX_ANSWER_CHARS)
            text = text[: cut if cut > 0 else MAX_ANSWER_CHARS]
            bound.append(f"only the first {MAX_ANSWER_CHARS:,} characters were read")
        text = unwrapped(text)  # prose pasted with hard line breaks reads as it was written
        lines = [_without_self_loop(line, bound) for line in parse_notation_lines(text)]
        dropped = [line for line in lines if line.flow is None and line.error is None]
        lines = [line for line in lines if line not in dropped]
        if (lines or dropped) and all(line.flow is not None for line in lines):
            flows = [line.flow for line in lines if line.flow is not None]
            return Extraction(
                actors=actors_of(flows, known), flows=flows, warnings=bound, extractor=self.name
            )
        warnings: list[str] = list(bound)
        notation_flows: list[InformationFlow] = []
        prose: list[str] = []
        for line in lines:
            if line.flow is not None and _explicit(line.text, line.flow):
                notation_flows.append(line.flow)
            elif line.flow is not None:
                prose.append(line.text)  # a loose arrow line among notes: read, not taken
            elif has_arrow(line.text):
                # read loosely like notes; a line that looks like notation is also reported
                assert line.error is not None
                if not is_bullet(line.text):
                    warnings.append(f"not read as flow notation: {line.error}")
                prose.append(line.text)
            else:
                prose.append(line.text)
        try:
            found = extract_free_text("\n".join(prose), known) if prose else Extraction()
        except Exception as error:  # a rule's slip must not lose the answer
            found = Extraction()
            warnings.append(
                f"the free text could not be read ({type(error).__name__}); add the flows by hand"
            )
        flows = notation_flows + found.flows
        warnings.extend(found.warnings)
        kinds = {normalise_name(a.name): a for a in found.actors}
        actors = [kinds.get(normalise_name(a.name), a) for a in actors_of(flows, known)]
        if prose and not found.flows:
            warnings.append("no information flow recognised in the text")
        return Extraction(actors=actors, flows=flows, warnings=warnings, extractor=self.name)
