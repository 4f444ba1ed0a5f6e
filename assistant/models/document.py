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
    kind: str = Field(description="object | flow")
    score: float
    rank: int
    reasons: str = ""


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
    usecases: list[RankedUseCase] = Field(default_factory=list)
    chosen_usecase: str | None = None
    completeness: Completeness
    flow_definition: FlowDefinition
    events: list[Event]
