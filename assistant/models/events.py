"""Session events: the append-only history a session's state is folded from."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class EventType(StrEnum):
    """Everything that can happen in a session."""

    session_started = "session_started"
    question_asked = "question_asked"
    answer_given = "answer_given"
    answer_edited = "answer_edited"
    question_skipped = "question_skipped"
    cursor_moved = "cursor_moved"
    flows_extracted = "flows_extracted"
    extraction_accepted = "extraction_accepted"
    extraction_rejected = "extraction_rejected"
    note_added = "note_added"
    section_completed = "section_completed"
    session_completed = "session_completed"
    model_edited = "model_edited"


ANSWER_EVENTS = frozenset({EventType.answer_given, EventType.answer_edited})


class Event(BaseModel):
    """One thing that happened, in order (``seq`` starts at 1 in each session)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    seq: int = Field(ge=1)
    type: EventType
    at: str = Field(description="ISO 8601 UTC timestamp.")
    question_id: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)
