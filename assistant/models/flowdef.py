"""The question-flow definition format (``prompts/*.yaml``), validated by pydantic.

Structural checks that need the whole file (duplicate ids, references to later questions,
template syntax) live in ``assistant.flow.checks`` so that every problem is reported at
once, with its line number.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class QuestionKind(StrEnum):
    """How an answer is typed, validated and stored."""

    text = "text"
    choice = "choice"
    multi = "multi"
    scale = "scale"
    number = "number"
    yesno = "yesno"
    list = "list"
    flows = "flows"
    usecases = "usecases"


SECTION_IDS = ("ideation", "business", "product", "data", "build")
"""The five sections of the Data 360 method, in order."""

IDENTIFIER = r"^[a-z][a-z0-9_]{0,63}$"


class Question(BaseModel):
    """One question of the interview."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=IDENTIFIER, description="Unique snake_case id across the flow.")
    kind: QuestionKind
    prompt: str = Field(min_length=1, description="The question; may pipe earlier answers.")
    help: str = Field(default="", description="Why the coach asks, what a good answer holds.")
    example: str = Field(default="", description="A realistic example answer.")
    placeholder: str = Field(
        default="",
        description="Shown in the empty answer field: the form an answer takes.",
        exclude_if=lambda value: not value,  # an older flow keeps its stored form and digest
    )
    required: bool = True
    topics: list[str] = Field(default_factory=list, description="METHOD.md §3.1 topic ids.")
    multiline: bool = Field(default=False, description="text: a paragraph is expected.")
    choices: list[str] | None = Field(default=None, description="choice / multi options.")
    choices_from: str | None = Field(
        default=None, description="choice: take the titles of an earlier usecases/list answer."
    )
    min: float | None = None
    max: float | None = None
    labels: dict[int, str] | None = Field(default=None, description="scale: anchor labels.")
    unit: str | None = Field(default=None, description="number: the unit of the answer.")
    when: str | None = Field(default=None, description="Condition over earlier answers.")

    @property
    def scale_bounds(self) -> tuple[int, int]:
        """The inclusive bounds of a scale question (1–5 unless set)."""
        low = int(self.min) if self.min is not None else 1
        high = int(self.max) if self.max is not None else 5
        return low, high

    def contract(self) -> dict[str, Any]:
        """The ``flow show --json`` shape of this question (DESIGN.md contract)."""
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind.value,
            "prompt": self.prompt,
            "required": self.required,
            "topics": list(self.topics),
        }
        if self.choices is not None:
            out["choices"] = list(self.choices)
        if self.choices_from is not None:
            out["choices_from"] = self.choices_from
        if self.kind is QuestionKind.scale:
            out["min"], out["max"] = self.scale_bounds
        else:
            if self.min is not None:
                out["min"] = self.min
            if self.max is not None:
                out["max"] = self.max
        if self.when:
            out["when"] = self.when
        if self.help:
            out["help"] = self.help
        if self.example:
            out["example"] = self.example
        return out


class Section(BaseModel):
    """A section of the interview (ideation, business, product, data, build)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=IDENTIFIER)
    title: str = Field(min_length=1)
    intro: str = ""
    questions: list[Question] = Field(default_factory=list)


class FlowDefinition(BaseModel):
    """A whole question flow: what ``data360 flow show --json`` prints."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    version: str = Field(min_length=1)
    title: str = ""
    description: str = ""
    sections: list[Section] = Field(min_length=1)

    def questions(self) -> list[Question]:
        """All questions in interview order."""
        return [q for s in self.sections for q in s.questions]

    def contract(self) -> dict[str, Any]:
        """The DESIGN.md ``flow show --json`` document."""
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "sections": [
                {
                    "id": s.id,
                    "title": s.title,
                    "intro": s.intro,
                    "questions": [q.contract() for q in s.questions],
                }
                for s in self.sections
            ],
        }
