"""The framing document: what the JSON export holds and the other formats render.

It carries the whole history (events) and the flow definition, so that importing it
into another database reproduces the session exactly.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.models.events import Event
from assistant.models.flowdef import FlowDefinition
from assistant.models.infoflow import Actor, InformationFlow
from assistant.models.session import Completeness, SessionSummary

DOCUMENT_SCHEMA_VERSION = 1


class Note(BaseModel):
    at: str
    text: str
    author: str = ""


class AnswerEntry(BaseModel):
    """One question of the framing and what became of it."""

    model_config = ConfigDict(extra="forbid")

    question_id: str
    kind: str
    prompt: str = Field(description="The question as asked, earlier answers piped in.")
    required: bool
    topics: list[str] = Field(default_factory=list)
    status: str = Field(description="answered | skipped | missing | unanswered")
    value: Any = None
    answered_at: str | None = None
    carried_over: bool = False
    needs_review: bool = False
    notes: list[Note] = Field(default_factory=list)


class SectionEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    intro: str = ""
    answered: int
    total: int
    answers: list[AnswerEntry]


class RankedUseCase(BaseModel):
    """A use-case candidate with its four scores, weighted total and rank."""

    model_config = ConfigDict(extra="allow")

    title: str
    description: str = ""
    desirability: int | None
    datability: int | None
    feasibility: int | None
    viability: int | None
    score: float
    rank: int
    chosen: bool = False
    blocked_on: list[str] = Field(default_factory=list)


class Hotspot(BaseModel):
    """A place of the flow map with many links and low digital maturity."""

    model_config = ConfigDict(extra="allow")

    name: str
    kind: str = Field(description="actor | flow")
    score: float
    rank: int
    reasons: str = ""


class FlowShape(BaseModel):
    """A shape across flows the hot-spot score ranks low (a round trip, an entry made
    twice, a painful digital flow), with its reasons in the answers' words."""

    model_config = ConfigDict(extra="allow")

    kind: str = Field(description="round-trip | entered-again | digital-pain")
    title: str
    reasons: str = ""


class Quote(BaseModel):
    """An answer a check or a summary line was read from, quoted as written."""

    model_config = ConfigDict(extra="forbid")

    question_id: str
    question: str = Field(description="The question's short label, readable without its id.")
    text: str


class CheckResult(BaseModel):
    """One rule across sections: does the framing agree with itself?"""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    status: str = Field(description="pass | fail | not_applicable")
    reason: str = Field(description="Why it passes or fails, in one or two sentences.")
    quotes: list[Quote] = Field(default_factory=list)
    action: str = Field(default="", description="What to do when it fails.")


class Action(BaseModel):
    """One line of the action plan: what, who, by when, and where it comes from."""

    model_config = ConfigDict(extra="forbid")

    number: int
    action: str
    owner: str = Field(description='A name or role; "to assign" when the answers name nobody.')
    due: str = Field(description='A date or month; "to set" when the answers give none.')
    why: str = ""
    origin: str = Field(description="next_step | data_source | check | open_question")


class Kpi(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    baseline: str = ""
    target: str = ""


class Summary(BaseModel):
    """The one page a sponsor reads first; built from the answers and the model, no LLM."""

    model_config = ConfigDict(extra="forbid")

    product: str = ""
    usecase: str = ""
    why_chosen: str = ""
    value: str = ""
    cost: str = ""
    kpis: list[Kpi] = Field(default_factory=list)
    hotspots: list[str] = Field(default_factory=list)
    risks: list[str] = Field(default_factory=list)
    open_points: list[str] = Field(default_factory=list)
    decision: str = ""


class OpenQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question_id: str
    question: str
    section: str
    required: bool


class Coverage(BaseModel):
    """Honest completeness: every applicable question counts, skips are named."""

    model_config = ConfigDict(extra="forbid")

    percent: int = Field(description="Applicable questions answered, rounded down.")
    answered: int
    applicable: int
    required_answered: int
    required_total: int
    skipped: list[OpenQuestion] = Field(default_factory=list)
    unanswered: list[OpenQuestion] = Field(default_factory=list)
    topics_uncovered: list[str] = Field(
        default_factory=list, description="Topics of the flow no answered question covers."
    )


class FramingDocument(BaseModel):
    """A session rendered as a framing: sections, flows, use cases, completeness, history."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = DOCUMENT_SCHEMA_VERSION
    generator: str
    session: SessionSummary
    sections: list[SectionEntry]
    actors: list[Actor] = Field(default_factory=list)
    flows: list[InformationFlow] = Field(default_factory=list)
    hotspots: list[Hotspot] = Field(default_factory=list)
    patterns: list[FlowShape] = Field(
        default_factory=list, description="Shapes across flows the hot-spot score ranks low."
    )
    usecases: list[RankedUseCase] = Field(default_factory=list)
    chosen_usecase: str | None = None
    completeness: Completeness
    summary: Summary = Field(default_factory=Summary)
    actions: list[Action] = Field(default_factory=list)
    checks: list[CheckResult] = Field(default_factory=list)
    coverage: Coverage | None = None
    flow_definition: FlowDefinition
    events: list[Event]
