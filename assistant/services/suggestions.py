"""Answers the interview can offer from what it already knows: nothing is asked twice.

A suggestion pre-fills the input (the user confirms it with one key, or changes it); it
is never recorded by itself. The rules name the Data 360 flow's question ids, so a
custom flow that reuses those ids gets the same help, and one that does not is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.engine.state import Engine, SessionState
from assistant.models.flowdef import Question, QuestionKind

ML_TASK_TYPES = frozenset(
    {
        "Forecasting / regression",
        "Classification / scoring",
        "Ranking / recommendation",
        "Anomaly detection",
        "NLP / document extraction",
        "Computer vision",
        "Generative AI",
    }
)
"""Task types (question ``task_types``) that need a trained model."""
USES_ML = "Yes, a trained ML model"
NO_ML = "No, analytics / rules only"


@dataclass(frozen=True)
class Suggestion:
    value: Any
    reason: str
    """Where it comes from, in the user's words ("the framing's title")."""


def suggest(engine: Engine, state: SessionState, question: Question) -> Suggestion | None:
    """What to pre-fill for a question not answered yet, or None."""
    if question.id in state.answers:
        return None
    if question.id == "product_name" and question.kind is QuestionKind.text:
        title = str(state.meta.get("title", "")).strip()
        return Suggestion(title, "the framing's title") if title else None
    if question.id == "ml_model" and question.kind is QuestionKind.choice:
        return _ml_model(engine, state, question)
    return None


def _ml_model(engine: Engine, state: SessionState, question: Question) -> Suggestion | None:
    ticked = state.answers.get("task_types")
    choices = engine.choices(state, question) or []
    if not isinstance(ticked, list) or not ticked:
        return None
    needing = [t for t in ticked if t in ML_TASK_TYPES]
    if needing and USES_ML in choices:
        return Suggestion(USES_ML, "the task types you ticked: " + ", ".join(needing))
    if not needing and NO_ML in choices:
        return Suggestion(NO_ML, "none of the task types you ticked needs a trained model")
    return None
