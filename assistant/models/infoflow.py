"""Information flows and actors: the vocabulary of the Design-Data (Ideation) step.

These are the plain, serialisable shapes that answers, extraction proposals, the
hypergraph and the exports all share. They hold no graph logic (see
``assistant.hypergraph``) so that the engine can validate a ``flows`` answer
without importing networkx.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator


class ActorKind(StrEnum):
    """HBDS classes of objects that can send or receive information."""

    person = "person"
    team = "team"
    organisation = "organisation"
    process = "process"
    tool = "tool"
    data = "data"  # a data store, file or document repository


class Maturity(StrEnum):
    """Digital maturity of a flow (low = paper/phone/email, high = automated).

    A flow's maturity may also be unknown (``None``: an empty cell on a wall sheet); see
    :func:`maturity_label`. Unknown is reported as such, never silently taken as medium.
    """

    low = "low"
    medium = "medium"
    high = "high"


UNKNOWN_MATURITY = "unknown"
"""How an unknown maturity is written wherever a word is shown (tables, graph exports)."""


def maturity_label(value: Maturity | str | None) -> str:
    """``low``/``medium``/``high``, or ``unknown`` when the maturity was not given."""
    if value is None or value in ("", UNKNOWN_MATURITY):
        return UNKNOWN_MATURITY
    return Maturity(value).value


def flow_label(source: str, targets: Iterable[str], content: str | None) -> str:
    """``source → t1, t2: content``: the one way a flow is named in reasons, diffs and listings."""
    ends = f"{source} → {', '.join(targets)}"
    return f"{ends}: {content}" if content else ends


class Actor(BaseModel):
    """An HBDS object: a person, team, organisation, process, tool or data store."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    kind: ActorKind = ActorKind.person
    attributes: dict[str, str] = Field(default_factory=dict)
    aliases: list[str] = Field(default_factory=list)
    maturity: Maturity | None = Field(
        default=None,
        description="The object's own digital maturity (an Excel tracker is low); None = unknown.",
    )

    @field_validator("name")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("an actor needs a name")
        return value


class InformationFlow(BaseModel):
    """One exchange of information: a hyperedge from one source to one or more targets."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(min_length=1, max_length=200)
    targets: list[str] = Field(min_length=1, max_length=50)
    content: str = Field(default="", max_length=500)
    medium: str = Field(default="", max_length=200)
    frequency: str = Field(default="", max_length=100)
    maturity: Maturity | None = Field(
        default=Maturity.medium,
        description=(
            "Digital maturity; null = unknown (an empty cell on a wall sheet): reported as"
            " unknown and counted as low in hot spots until filled. Medium when left out."
        ),
    )
    pain_points: list[str] = Field(default_factory=list, max_length=20)
    volume: str = Field(default="", max_length=100)

    @field_validator("maturity", mode="before")
    @classmethod
    def _unknown_maturity(cls, value: object) -> object:
        """``unknown``, ``?`` or an empty value, as people write it, is the unknown maturity."""
        if isinstance(value, str) and value.strip().casefold() in ("", "?", UNKNOWN_MATURITY):
            return None
        return value

    @field_validator("source")
    @classmethod
    def _clean_source(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("a flow needs a source")
        return value

    @field_validator("targets")
    @classmethod
    def _clean_targets(cls, value: list[str]) -> list[str]:
        cleaned = [" ".join(t.split()) for t in value]
        cleaned = [t for t in cleaned if t]
        if not cleaned:
            raise ValueError("a flow needs at least one target")
        return cleaned


class Extraction(BaseModel):
    """What an extractor proposes from a text: the ``data360 extract --json`` contract."""

    model_config = ConfigDict(extra="forbid")

    actors: list[Actor] = Field(default_factory=list)
    flows: list[InformationFlow] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    extractor: str = "offline"
