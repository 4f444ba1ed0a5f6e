"""What the assistant shows before a Design-Data question: hot spots and use-case ideas.

The hot-spot review and the use-case questions only make sense with the computed hot
spots in front of the user (METHOD.md §4): this module turns a state into that short
text. Pure, so the conversation (live or replayed) can call it at any step.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.engine.state import Engine, SessionState
from assistant.models.flowdef import Question, QuestionKind

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotspotRanking
    from assistant.hypergraph.patterns import FlowPattern

HOTSPOT_TOPIC = "I-07"
SHOWN = 3
PATTERNS_SHOWN = 4


def question_insight(engine: Engine, state: SessionState, question: Question) -> str | None:
    """Text to show before ``question``, or None when it needs none (or there are no flows)."""
    wants_hotspots = _reviews_hot_spots(engine, question)
    wants_usecases = question.kind is QuestionKind.usecases
    if not (wants_hotspots or wants_usecases):
        return None
    from assistant.services.model import flows_of, model_of

    if not flows_of(engine, state):
        return None
    from assistant.hypergraph.hotspots import rank_hotspots

    model = model_of(engine, state)
    ranking = rank_hotspots(model)
    if wants_hotspots:
        from assistant.hypergraph.patterns import find_patterns

        return hotspot_text(ranking, find_patterns(model, ranking, skip_top=SHOWN))
    from assistant.hypergraph.missed import flows_named_at_review, missed_at_review
    from assistant.hypergraph.proposals import propose_usecases

    review = review_said(engine, state)
    worst = flows_named_at_review(review, model)
    ideas = propose_usecases(model, ranking, top=SHOWN, limit=5, named_at_review=worst)
    missed = missed_at_review(review, model)
    if not ideas and not missed:
        return None
    lines = ["Ideas from the hot spots (edit, score, or write your own):"] if ideas else []
    for idea in ideas:
        scores = " | ".join("-" if v is None else str(v) for v in idea.scores().values())
        lines.append(f"• {idea.title} | {scores}")
    if missed:
        named = "; ".join(
            re.sub(r"^(The|Our|That) ", lambda m: m[1].lower() + " ", m) for m in missed
        )
        one = len(missed) == 1
        lines.append(
            f"Named at the hot-spot review but not on the map, so no idea uses "
            f"{'it' if one else 'them'}: {named}. Add {'its' if one else 'their'} flows "
            "(F3 then a, or back at the flows question) and the ideas will take "
            f"{'it' if one else 'them'} in."
        )
    return "\n".join(lines)


def review_said(engine: Engine, state: SessionState) -> str:
    """The answers to the ideation questions that review the hot spots."""
    answers = engine.active_answers(state)
    said = [
        answers[q.id]
        for q in engine.questions
        if _reviews_hot_spots(engine, q) and isinstance(answers.get(q.id), str)
    ]
    return "\n".join(said)


def _reviews_hot_spots(engine: Engine, question: Question) -> bool:
    """An ideation question about the hot spots: the ranking is shown before it."""
    return HOTSPOT_TOPIC in question.topics and engine.section_of[question.id].id == "ideation"


def hotspot_text(ranking: HotspotRanking, patterns: Sequence[FlowPattern] = ()) -> str:
    """The top object and flow hot spots with their reasons in words, then the patterns
    across flows that the score ranks low (a round trip, an entry made twice, a painful
    digital flow): digital is not the same as useful."""
    lines = ["Hot spots computed from your flows (many links, low maturity, pain):"]
    for spot in ranking.objects[:SHOWN]:
        lines.append(f"• {spot.name} — {spot.summary}")
    for spot in ranking.flows[:SHOWN]:
        lines.append(f"• flow {spot.name} — {spot.summary}")
    if patterns:
        from assistant.hypergraph.patterns import PATTERNS_HEADING

        lines.append(PATTERNS_HEADING + ":")
        lines += [f"• {p.title} — {p.summary}" for p in patterns[:PATTERNS_SHOWN]]
    return "\n".join(lines)
