"""Patterns across flows that the hot-spot score cannot see (METHOD.md §4, beside §4.2's
formula).

The score rewards many links, low maturity and pain, one flow or one object at a time.
A facilitator also reads shapes across flows, and the worst of them are often rated
"medium" or "high", so the score ranks them low: digital is not the same as useful.

* **round trip** — a system sends something to a person, who sends it back changed
  ("suggested store orders" from the ERP, "corrected store orders" into it);
* **entered again** — one person enters the same thing into two or more systems or
  files ("durations" into a workbook, SAP PM and Primavera P6);
* **digital but painful** — a flow rated medium or high whose answers still name a pain
  ("expected discharge date left empty on half of the stays").

Pure: reads the model and the ranking, no I/O. Deterministic: the order follows the
flow ranking, then the flow ids.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from assistant.hypergraph.contents import FILLER, content_heads, content_words
from assistant.hypergraph.names import fold_plural
from assistant.media import ARTEFACT_NAME

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotspotRanking
    from assistant.hypergraph.model import InfoFlowModel

PATTERNS_HEADING = "Worth a look, though the score ranks them low"
"""How every front-end and document introduces the patterns."""

PatternKind = Literal["round-trip", "entered-again", "digital-pain"]

MAX_PATTERNS = 10
"""Of each kind, at most: more is not a list anyone reads at a workshop."""
_NAMED = 4
"""Names, flows or pains a reason lists before it says how many more."""
_SYSTEM_KINDS = ("tool", "data")
_PEOPLE_KINDS = ("person", "team", "organisation")
_WEAK_WORDS = FILLER | {"work", "item", "thing", "stuff", "number", "value"}
"""Words too vague to say that two flows carry the same thing."""
TYPING = re.compile(r"\b(?:re-?typ|typ(?:ed|ing)|re-?key|keyed|enter|copied|copy)", re.IGNORECASE)
"""A pain that says something is typed or copied again."""


class FlowPattern(BaseModel):
    """A shape across one or more flows worth a look, with the reasons in the answers' words."""

    kind: PatternKind
    title: str
    flows: list[str] = Field(description="The flow ids it is read from, in the map's order.")
    reasons: list[str] = Field(default_factory=list)

    @property
    def summary(self) -> str:
        """The reasons as one sentence."""
        text = "; ".join(self.reasons)
        return text[:1].upper() + text[1:]


def _is_system(model: InfoFlowModel, ref: str) -> bool:
    """A tool, a data store or a file: something people enter information into."""
    return model.kind_of(ref) in _SYSTEM_KINDS or bool(ARTEFACT_NAME.search(model.name_of(ref)))


def _is_people(model: InfoFlowModel, ref: str) -> bool:
    return model.kind_of(ref) in _PEOPLE_KINDS and not ARTEFACT_NAME.search(model.name_of(ref))


def _content(model: InfoFlowModel, fid: str) -> str:
    return str(model.flow_data(fid)["content"] or "")


def _pains(model: InfoFlowModel, fid: str) -> list[str]:
    return [str(p) for p in model.flow_data(fid)["pain_points"] or []]


def _words(text: str) -> set[str]:
    return content_words(text) - _WEAK_WORDS


def _as_said(word: str, texts: list[str]) -> str:
    """A folded word as the answers say it ("duration" → "durations")."""
    for text in texts:
        for token in re.findall(r"[\w'-]+", text):
            if fold_plural(token.casefold()) == word:
                return token.casefold()
    return word


def _shared_phrase(first: str, second: str) -> str:
    """The longest run of words two contents share, as the first says it ("store orders")."""
    tokens = re.findall(r"[\w'-]+", first)
    other = {fold_plural(t.casefold()) for t in re.findall(r"[\w'-]+", second)}
    best: list[str] = []
    run: list[str] = []
    for token in tokens:
        if fold_plural(token.casefold()) in other:
            run.append(token)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    while best and fold_plural(best[0].casefold()) in _WEAK_WORDS:
        best = best[1:]
    while best and fold_plural(best[-1].casefold()) in _WEAK_WORDS:
        best = best[:-1]
    return " ".join(best).casefold()


def _maturities(model: InfoFlowModel, fids: list[str]) -> str:
    levels = [str(model.flow_data(f)["maturity"] or "unknown") for f in fids]
    return " and ".join(dict.fromkeys(levels))


def _pain_reason(model: InfoFlowModel, fids: list[str]) -> str:
    pains = list(dict.fromkeys(f'"{p}"' for f in fids for p in _pains(model, f)))[:_NAMED]
    return "pain: " + ", ".join(pains) if pains else ""


def _round_trips(model: InfoFlowModel, order: list[str]) -> list[FlowPattern]:
    """A system's output comes back changed from the person who receives it: one round
    trip per system and person, the first by rank."""
    back_flows: dict[tuple[str, str], list[str]] = {}  # (person, system) → flows, by rank
    for fid in order:
        source = model.source_of(fid)
        for target in model.targets_of(fid):
            back_flows.setdefault((source, target), []).append(fid)
    words = {fid: _words(_content(model, fid)) for fid in order}
    found: list[FlowPattern] = []
    seen: set[tuple[str, str]] = set()
    for out in order:
        system = model.source_of(out)
        if not _is_system(model, system):
            continue
        for person in model.targets_of(out):
            if (system, person) in seen or not _is_people(model, person):
                continue
            back = next(
                (
                    b
                    for b in back_flows.get((person, system), [])
                    if words[out] & words[b] and (_pains(model, out) or _pains(model, b))
                ),
                None,
            )
            if back is None:
                continue
            seen.add((system, person))
            found.append(_round_trip(model, system, person, out, back))
    return found


def _round_trip(model: InfoFlowModel, system: str, person: str, out: str, back: str) -> FlowPattern:
    phrase = _shared_phrase(_content(model, out), _content(model, back))
    name = model.name_of
    reasons = [
        f"{name(system)} sends {_content(model, out)} ({_medium(model, out)}), "
        f"{name(person)} sends back {_content(model, back)} ({_medium(model, back)})",
        f"rated {_maturities(model, [out, back])}",
    ]
    reasons += [r for r in [_pain_reason(model, [out, back])] if r]
    return FlowPattern(
        kind="round-trip",
        title=f"Round trip of {phrase or 'information'}: "
        f"{name(system)} → {name(person)} → {name(system)}",
        flows=[out, back],
        reasons=reasons,
    )


def _medium(model: InfoFlowModel, fid: str) -> str:
    return str(model.flow_data(fid)["medium"] or "medium not given")


def _entered_again(model: InfoFlowModel, order: list[str]) -> list[FlowPattern]:
    """One source enters the same thing into two or more systems or files, by hand."""
    by_source: dict[str, list[str]] = {}
    for fid in order:
        source = model.source_of(fid)
        targets = model.targets_of(fid)
        if model.flow_data(fid)["maturity"] == "high" or not _is_people(model, source):
            continue
        if all(_is_system(model, t) for t in targets):
            by_source.setdefault(source, []).append(fid)
    found: list[FlowPattern] = []
    for source, fids in by_source.items():
        if len({t for f in fids for t in model.targets_of(f)}) < 2:
            continue
        said = {f: _words(" ".join([_content(model, f), *_pains(model, f)])) for f in fids}
        in_pains = Counter(w for f in fids for p in _pains(model, f) for w in _words(p))
        in_contents = Counter(w for f in fids for w in _words(_content(model, f)))
        counts = Counter(w for words in said.values() for w in words)
        shared = [w for w, n in counts.items() if n >= 2 and in_contents[w] >= 1]
        if not shared:
            continue
        heads = Counter(h for f in fids for h in content_heads(_content(model, f)))
        word = max(shared, key=lambda w: (counts[w], in_pains[w], heads[w], in_contents[w], w))
        carrying = [f for f in fids if word in said[f]]
        targets = list(dict.fromkeys(t for f in carrying for t in model.targets_of(f)))
        if len(targets) < 2:
            continue
        texts = [t for f in carrying for t in (_content(model, f), *_pains(model, f))]
        thing = _as_said(word, texts)
        names = [model.name_of(t) for t in targets[:_NAMED]]
        if len(targets) > _NAMED:
            names.append(f"{len(targets) - _NAMED} more")
        into = [
            f"{model.name_of(t)} ({_medium(model, f)})"
            for f in carrying
            for t in model.targets_of(f)
        ]
        reasons = [
            f"{model.name_of(source)} enters {thing} into "
            + ", ".join(into[:_NAMED])
            + (f" and {len(into) - _NAMED} more" if len(into) > _NAMED else ""),
            f"rated {_maturities(model, carrying)}",
        ]
        typing = [p for f in carrying for p in _pains(model, f) if TYPING.search(p)]
        pains = list(dict.fromkeys(typing or [p for f in carrying for p in _pains(model, f)]))
        pains = pains[:_NAMED]
        if pains:
            reasons.append("pain: " + ", ".join(f'"{p}"' for p in pains))
        found.append(
            FlowPattern(
                kind="entered-again",
                title=f"{thing.capitalize()} entered {len(targets)} times by "
                f"{model.name_of(source)}: into {_join(names)}",
                flows=carrying,
                reasons=reasons,
            )
        )
    return found


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _digital_pains(model: InfoFlowModel, order: list[str], taken: set[str]) -> list[FlowPattern]:
    """Flows rated medium or high whose answers still name a pain."""
    found = []
    for fid in order:
        data = model.flow_data(fid)
        if fid in taken or data["maturity"] not in ("medium", "high") or not _pains(model, fid):
            continue
        found.append(
            FlowPattern(
                kind="digital-pain",
                title=f"{model.flow_label(fid)}, rated {data['maturity']}",
                flows=[fid],
                reasons=[f"{_medium(model, fid)}, yet " + _pain_reason(model, [fid])],
            )
        )
    return found


def find_patterns(
    model: InfoFlowModel, ranking: HotspotRanking, *, skip_top: int = 3, limit: int = MAX_PATTERNS
) -> list[FlowPattern]:
    """Round trips, entries made twice, then painful digital flows the score leaves out.

    A painful digital flow already among the ``skip_top`` flow hot spots, or already part
    of a round trip or a repeated entry, is not listed again. At most ``limit`` of each
    kind: a map of thousands of flows gives a list a person can read, in bounded time.
    """
    order = [spot.id for spot in ranking.flows]
    order += sorted(set(model.flow_ids()) - set(order))
    trips = _round_trips(model, order)[:limit]
    again = _entered_again(model, order)[:limit]
    taken = {fid for p in trips + again for fid in p.flows} | set(order[:skip_top])
    return trips + again + _digital_pains(model, order, taken)[:limit]
