"""The serialised form of a flow model: plain pydantic, no networkx.

A snapshot is what sessions store and exports write. Every reference is by id, so a
snapshot rebuilds the exact same model (same ids, names, aliases, order of targets);
``InfoFlowModel.from_snapshot(m.to_snapshot())`` round-trips without loss.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.models.infoflow import Actor, InformationFlow

SNAPSHOT_FORMAT: Final = "data360.flowmodel"
SNAPSHOT_VERSION = 1


class ActorRecord(Actor):
    """An HBDS object with its stable id (``a:<key>``)."""

    id: str = Field(min_length=1)


class InfoFlowRecord(InformationFlow):
    """A flow whose ``source`` and ``targets`` are actor ids, not names."""

    id: str = Field(min_length=1)


class HyperclassRecord(BaseModel):
    """A named group of objects: explicit members plus every object matching ``where``."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    name: str = Field(min_length=1, max_length=200)
    members: list[str] = Field(default_factory=list)
    where: dict[str, str] = Field(default_factory=dict)


class ModelSnapshot(BaseModel):
    """A whole flow model, sorted and by id: stable JSON for storage, diff and export."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["data360.flowmodel"] = SNAPSHOT_FORMAT
    version: int = SNAPSHOT_VERSION
    attributes: dict[str, str] = Field(
        default_factory=dict, description="Perimeter of the whole model (site, business line…)."
    )
    actors: list[ActorRecord] = Field(default_factory=list)
    flows: list[InfoFlowRecord] = Field(default_factory=list)
    hyperclasses: list[HyperclassRecord] = Field(default_factory=list)
    next_flow: int = Field(default=1, ge=1, description="Sequence number of the next flow id.")
