"""Session summaries and completeness: what ``sessions --json`` and ``run --json`` print."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class SectionProgress(BaseModel):
    id: str
    title: str
    answered: int
    total: int
    skipped: int = 0


class Completeness(BaseModel):
    """How complete a framing is: answers, skips, and the method's topics covered."""

    model_config = ConfigDict(extra="forbid")

    percent: int = Field(description="Required questions answered, in percent.")
    required_total: int
    required_answered: int
    optional_total: int
    optional_answered: int
    skipped: list[str] = Field(default_factory=list)
    missing_required: list[str] = Field(default_factory=list)
    topics_covered: list[str] = Field(default_factory=list)
    topics_uncovered: list[str] = Field(
        default_factory=list, description="Core METHOD.md topics no answer covers."
    )


class SessionSummary(BaseModel):
    """A session at a glance."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    perimeter: str = ""
    flow_id: str
    flow_version: str
    status: str = Field(description="open | complete")
    created_at: str
    updated_at: str
    current_section: str | None = None
    current_question: str | None = None
    progress: int = Field(description="Applicable questions answered, in percent.")
    sections: list[SectionProgress] = Field(default_factory=list)
    completeness: Completeness
    reframed_from: str | None = None
    ignored_answers: list[str] | None = None
    message: str | None = None
