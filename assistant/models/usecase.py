"""A candidate data use case, scored on the four Data 360 lenses.

Pure pydantic (no networkx): the interview engine validates ``usecases`` answers with it,
and the hypergraph proposes pre-filled ones from hot spots.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.models.lenses import LENSES

Score = Annotated[int, Field(ge=1, le=5)]


class UseCase(BaseModel):
    """A use case with 1-5 scores: desirability (users want it), datability (the data
    exists and is usable), feasibility (it can be built), viability (it is worth it).

    A lens may be ``None``: not judged yet (a proposal drawn from the map leaves unscored
    what the map cannot tell, rather than guessing 1). The key stays required, so an
    answer says so explicitly."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    desirability: Score | None
    datability: Score | None
    feasibility: Score | None
    viability: Score | None
    description: str = Field(default="", max_length=4000)
    kind: str = Field(
        default="", max_length=60, description="improve-flow, change-structure… (free)."
    )
    chosen: bool = False
    origin: str = Field(
        default="", max_length=200, description="The hot spot it comes from (object:… / flow:…)."
    )

    @field_validator("title")
    @classmethod
    def _clean_title(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("a use case needs a title")
        return value

    def scores(self) -> dict[str, int | None]:
        """The four lens scores by lens name (None: not judged)."""
        return {lens: getattr(self, lens) for lens in LENSES}
