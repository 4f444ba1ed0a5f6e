"""The HBDS flow model, encoded on networkx as a typed incidence graph.

HBDS (Bouillé) describes a perimeter with *classes* of objects, their *attributes*,
*links* between objects and *hyperclasses* grouping objects. An information flow joins one
source to one or more targets, so it is a hyperedge, not a graph edge.

Encoding (METHOD.md §1.2): one ``nx.DiGraph`` whose nodes are typed by ``type``:

* ``object`` nodes (id ``a:<key>``) — the actors. Their HBDS class is the ``kind``
  attribute (person, team, organisation, process, tool, data); free key/values
  (``attributes``: site, business line, role…) are the HBDS attributes of objects.
* ``flow`` nodes (id ``f<n>``) — each information flow is *reified* as a node carrying
  content, medium, frequency, maturity, volume and pain points. Role edges give the
  incidences: ``object -> flow`` with ``role="source"`` and ``flow -> object`` with
  ``role="target"`` (plus ``position`` to keep the order of targets).
* ``hyperclass`` nodes (id ``h:<key>``) — named groups of objects (a site, a business
  unit), with explicit ``object -> hyperclass`` edges (``role="member"``) and/or a rule
  ``where={"site": "A"}`` matching objects by attribute value.

Why this and not a ``MultiDiGraph`` of source→target edges: a flow with three targets
would become three edges that must be kept in sync and would be counted three times in
every degree. Reifying the hyperedge keeps one flow = one node, so the hyperdegree of an
object is simply its degree towards flow nodes, a flow's arity is its degree, and the
graph is the König (bipartite) incidence graph every hypergraph library converts to
(HyperNetX, XGI). Edge direction carries the role, so the directed who→whom view is a
two-step walk. HBDS classes are the fixed ``ActorKind`` enum, so they are an attribute
rather than seven extra nodes holding nothing.

The model is pure (no I/O) and deterministic: ids derive from normalised names (actors)
or a creation sequence (flows), listings are sorted, and ``to_snapshot`` /
``from_snapshot`` round-trip without loss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from assistant.errors import UserError
from assistant.hypergraph.names import display_name, name_key
from assistant.hypergraph.snapshot import (
    ActorRecord,
    HyperclassRecord,
    InfoFlowRecord,
    ModelSnapshot,
)
from assistant.models.infoflow import Actor, ActorKind, InformationFlow, Maturity, flow_label

OBJECT = "object"
FLOW = "flow"
HYPERCLASS = "hyperclass"
SOURCE = "source"
TARGET = "target"
MEMBER = "member"

_FLOW_FIELDS = ("content", "medium", "frequency", "maturity", "pain_points", "volume")
_SLUG = re.compile(r"\s+")


class ModelError(UserError, ValueError):
    """An edit that does not fit the model (unknown id, a rename that would merge two actors)."""


def _slug(key: str) -> str:
    return _SLUG.sub("-", key.strip())


_key = name_key


class InfoFlowModel:
    """Objects, flows (hyperedges) and hyperclasses of one perimeter.

    Mutate it only through its methods: they keep the name index, the role edges and the
    flow sequence consistent. ``graph`` is exposed read-only for analytics.
    """

    def __init__(self, attributes: Mapping[str, str] | None = None) -> None:
        self._g: nx.DiGraph[str] = nx.DiGraph()
        self.attributes: dict[str, str] = dict(attributes or {})
        self._index: dict[str, str] = {}
        self._spellings: dict[str, str] = {}  # exact spelling -> id, a cache of _resolve
        self._next_flow = 1

    # ------------------------------------------------------------------ building
    @classmethod
    def from_flows(
        cls,
        flows: Iterable[InformationFlow],
        actors: Iterable[Actor] | None = None,
        attributes: Mapping[str, str] | None = None,
    ) -> InfoFlowModel:
        """Build a model from flows; ``actors`` (added first) give kinds and attributes.

        Actors named by a flow but absent from ``actors`` are created as persons.
        """
        model = cls(attributes)
        for actor in actors or ():
            model.add_actor(actor)
        for flow in flows:
            model.add_flow(flow)
        return model

    @property
    def graph(self) -> nx.DiGraph:
        """The incidence graph (a read-only view: edit through the model's methods)."""
        return self._g.copy(as_view=True)

    def copy(self) -> InfoFlowModel:
        """An independent deep copy (same ids)."""
        return InfoFlowModel.from_snapshot(self.to_snapshot())

    # ------------------------------------------------------------------ actors
    def find_actor(self, ref: str) -> str | None:
        """The id of the actor named (or aliased, or identified) by ``ref``, if any."""
        node = self._g.nodes.get(ref)
        if node is not None and node["type"] == OBJECT:
            return ref
        return self._index.get(_key(ref))

    def require_actor(self, ref: str) -> str:
        """Like ``find_actor`` but an unknown actor is a ``ModelError``."""
        found = self.find_actor(ref)
        if found is None:
            raise ModelError(f"unknown actor {ref!r}")
        return found

    def add_actor(self, actor: Actor | str, kind: ActorKind | str | None = None) -> str:
        """Add an object, or merge into the existing one with the same normalised name.

        Merging records the new spelling as an alias, fills missing attributes and the
        maturity, and lets a specific kind replace the default ``person``.
        """
        if isinstance(actor, str):
            actor = Actor(name=display_name(actor), kind=ActorKind(kind or ActorKind.person))
        elif kind is not None:
            actor = actor.model_copy(update={"kind": ActorKind(kind)})
        existing = next(
            (self._index[k] for k in map(_key, [actor.name, *actor.aliases]) if k in self._index),
            None,
        )
        if existing is not None:
            self._merge_into(existing, actor)
            return existing
        name = display_name(actor.name)
        key = _key(name)
        node_id = "a:" + _slug(key)
        suffix = 2
        while node_id in self._g:
            node_id = f"a:{_slug(key)}-{suffix}"
            suffix += 1
        self._g.add_node(
            node_id,
            type=OBJECT,
            name=name,
            kind=ActorKind(actor.kind).value,
            attributes=dict(sorted(actor.attributes.items())),
            aliases=[],
            maturity=actor.maturity.value if actor.maturity else None,
        )
        self._index[key] = node_id
        for alias in [actor.name, *actor.aliases]:
            self._add_alias(node_id, alias)
        return node_id

    def _merge_into(self, node_id: str, actor: Actor) -> None:
        data = self._g.nodes[node_id]
        for alias in [actor.name, *actor.aliases]:
            self._add_alias(node_id, alias)
        for key, value in actor.attributes.items():
            data["attributes"].setdefault(key, value)
        data["attributes"] = dict(sorted(data["attributes"].items()))
        if data["maturity"] is None and actor.maturity is not None:
            data["maturity"] = actor.maturity.value
        if data["kind"] == ActorKind.person.value and actor.kind != ActorKind.person:
            data["kind"] = ActorKind(actor.kind).value

    def _add_alias(self, node_id: str, alias: str) -> None:
        data = self._g.nodes[node_id]
        alias = display_name(alias)
        if not alias or alias == data["name"] or alias in data["aliases"]:
            return
        owner = self._index.setdefault(_key(alias), node_id)
        if owner == node_id:
            data["aliases"] = sorted([*data["aliases"], alias], key=str.casefold)

    def edit_actor(
        self,
        ref: str,
        *,
        name: str | None = None,
        kind: ActorKind | str | None = None,
        attributes: Mapping[str, str] | None = None,
        aliases: Sequence[str] | None = None,
        maturity: Maturity | str | None = None,
        clear_maturity: bool = False,
    ) -> str:
        """Change an object in place; its id never changes. A rename keeps the old name as alias.

        ``attributes`` replaces the whole attribute mapping. Renaming onto another actor's
        name is refused (use ``merge_actors``).
        """
        self._spellings.clear()
        node_id = self.require_actor(ref)
        data = self._g.nodes[node_id]
        if name is not None:
            new = display_name(Actor(name=name).name)
            owner = self._index.get(_key(new))
            if owner is not None and owner != node_id:
                raise ModelError(f"{new!r} is already the actor {owner!r}; merge them instead")
            old = data["name"]
            data["name"] = new
            self._index[_key(new)] = node_id
            data["aliases"] = [a for a in data["aliases"] if a != new]
            self._add_alias(node_id, old)
        if kind is not None:
            data["kind"] = ActorKind(kind).value
        if attributes is not None:
            data["attributes"] = {str(k): str(v) for k, v in sorted(attributes.items())}
        if aliases is not None:
            self._drop_index(node_id, keep_name=True)
            data["aliases"] = []
            for alias in aliases:
                self._add_alias(node_id, alias)
        if clear_maturity:
            data["maturity"] = None
        elif maturity is not None:
            data["maturity"] = Maturity(maturity).value
        return node_id

    def _drop_index(self, node_id: str, *, keep_name: bool = False) -> None:
        for key in [k for k, v in self._index.items() if v == node_id]:
            del self._index[key]
        if keep_name:
            self._index[_key(self._g.nodes[node_id]["name"])] = node_id

    def merge_actors(self, keep: str, other: str) -> str:
        """Fold ``other`` into ``keep``: its flows, aliases, attributes and memberships."""
        self._spellings.clear()
        keep_id, other_id = self.require_actor(keep), self.require_actor(other)
        if keep_id == other_id:
            return keep_id
        other_data = dict(self._g.nodes[other_id])
        for fid in self.flows_of(other_id):
            record = self.flow_record(fid)
            source = keep_id if record.source == other_id else record.source
            targets = [keep_id if t == other_id else t for t in record.targets]
            self._wire(fid, source, targets)
        for hid in [h for _, h, d in self._g.out_edges(other_id, data=True) if d["role"] == MEMBER]:
            self._g.add_edge(keep_id, hid, role=MEMBER)
        self._drop_index(other_id)
        self._g.remove_node(other_id)
        merged = Actor(
            name=other_data["name"],
            kind=other_data["kind"],
            attributes=other_data["attributes"],
            aliases=other_data["aliases"],
            maturity=other_data["maturity"],
        )
        self._merge_into(keep_id, merged)
        return keep_id

    def delete_actor(self, ref: str) -> list[str]:
        """Remove an object; flows it sourced or solely targeted go too (their ids returned)."""
        self._spellings.clear()
        node_id = self.require_actor(ref)
        removed: list[str] = []
        for fid in self.flows_of(node_id):
            record = self.flow_record(fid)
            targets = [t for t in record.targets if t != node_id]
            if record.source == node_id or not targets:
                self.delete_flow(fid)
                removed.append(fid)
            else:
                self._wire(fid, record.source, targets)
        self._drop_index(node_id)
        self._g.remove_node(node_id)
        return removed

    def actor_ids(self) -> list[str]:
        """Object ids, sorted."""
        return sorted(n for n, d in self._g.nodes(data=True) if d["type"] == OBJECT)

    def actor(self, ref: str) -> ActorRecord:
        """One object as a record (name, kind, attributes, aliases, maturity, id)."""
        node_id = self.require_actor(ref)
        data = self._g.nodes[node_id]
        return ActorRecord(
            id=node_id,
            name=data["name"],
            kind=data["kind"],
            attributes=dict(data["attributes"]),
            aliases=list(data["aliases"]),
            maturity=data["maturity"],
        )

    def kind_of(self, ref: str) -> ActorKind:
        """An object's class, read without building its whole record: proposals and other
        walks over a map ask it for every end of every flow."""
        return ActorKind(self._g.nodes[self.require_actor(ref)]["kind"])

    def actors(self) -> list[ActorRecord]:
        """All objects, sorted by id."""
        return [self.actor(node_id) for node_id in self.actor_ids()]

    def name_of(self, node_id: str) -> str:
        """Display name of an object or hyperclass; the label of a flow."""
        data = self._g.nodes[node_id]
        if data["type"] == FLOW:
            return self.flow_label(node_id)
        return str(data["name"])

    # ------------------------------------------------------------------ flows
    def _resolve(self, ref: str) -> str:
        """Id of an actor named by a flow end, creating it (as a person) when unknown.

        A known actor met under another spelling gets that spelling as an alias.
        """
        cached = self._spellings.get(ref)
        if cached is not None:
            return cached
        node = self._g.nodes.get(ref)
        if node is not None and node["type"] == OBJECT:
            return ref
        found = self._index.get(_key(ref))
        if found is None:
            found = self.add_actor(ref)
        else:
            self._add_alias(found, ref)
        self._spellings[ref] = found
        return found

    def add_flow(self, flow: InformationFlow) -> str:
        """Add a flow; unknown source/targets are created as persons. Returns its id."""
        source = self._resolve(flow.source)
        targets = [self._resolve(t) for t in flow.targets]
        flow_id = f"f{self._next_flow}"
        self._g.add_node(flow_id, type=FLOW, seq=self._next_flow)
        self._next_flow += 1
        self._set_flow_fields(flow_id, flow)
        self._wire(flow_id, source, targets)
        return flow_id

    def _set_flow_fields(self, flow_id: str, flow: InformationFlow) -> None:
        data = self._g.nodes[flow_id]
        data["content"] = flow.content
        data["medium"] = flow.medium
        data["frequency"] = flow.frequency
        data["maturity"] = Maturity(flow.maturity).value if flow.maturity else None  # unknown
        data["pain_points"] = list(flow.pain_points)
        data["volume"] = flow.volume

    def _wire(self, flow_id: str, source: str, targets: Sequence[str]) -> None:
        for u in list(self._g.pred[flow_id]):
            self._g.remove_edge(u, flow_id)
        for v in list(self._g.succ[flow_id]):
            self._g.remove_edge(flow_id, v)
        self._g.add_edge(source, flow_id, role=SOURCE)
        seen: set[str] = set()
        for target in targets:
            if target in seen:
                continue
            seen.add(target)
            self._g.add_edge(flow_id, target, role=TARGET, position=len(seen) - 1)

    def _require_flow(self, flow_id: str) -> str:
        node = self._g.nodes.get(flow_id)
        if node is None or node["type"] != FLOW:
            raise ModelError(f"unknown flow {flow_id!r}")
        return flow_id

    def edit_flow(self, flow_id: str, **changes: Any) -> None:
        """Change fields of a flow (source/targets by name or id); validated as a flow."""
        self._require_flow(flow_id)
        unknown = set(changes) - {"source", "targets", *_FLOW_FIELDS}
        if unknown:
            raise ModelError(f"unknown flow field(s): {', '.join(sorted(unknown))}")
        current = self.flow(flow_id).model_dump()
        current.update(changes)
        flow = InformationFlow.model_validate(current)
        source = self._resolve(flow.source)
        targets = [self._resolve(t) for t in flow.targets]
        self._set_flow_fields(flow_id, flow)
        self._wire(flow_id, source, targets)

    def delete_flow(self, flow_id: str) -> None:
        """Remove a flow; its actors stay."""
        self._g.remove_node(self._require_flow(flow_id))

    def flow_ids(self) -> list[str]:
        """Flow ids in creation order."""
        flows = [(d["seq"], n) for n, d in self._g.nodes(data=True) if d["type"] == FLOW]
        return [n for _, n in sorted(flows)]

    def source_of(self, flow_id: str) -> str:
        """The source object id of a flow."""
        return next(iter(self._g.pred[self._require_flow(flow_id)]))

    def targets_of(self, flow_id: str) -> list[str]:
        """The target object ids of a flow, in their given order."""
        succ = self._g.succ[self._require_flow(flow_id)]
        return sorted(succ, key=lambda v: succ[v]["position"])

    def members_of_flow(self, flow_id: str) -> list[str]:
        """Distinct objects incident to a flow (source first): the hyperedge."""
        members = [self.source_of(flow_id)]
        members += [t for t in self.targets_of(flow_id) if t not in members]
        return members

    def flows_of(self, ref: str) -> list[str]:
        """Ids of the flows an object takes part in (as source or target), in creation order."""
        node_id = self.require_actor(ref)
        flows: set[str] = {
            v
            for v in self._g.successors(node_id)
            if self._g.edges[node_id, v].get("role") == SOURCE
        }
        flows |= {u for u, _ in self._g.in_edges(node_id)}
        return sorted(flows, key=lambda f: self._g.nodes[f]["seq"])

    def flow_record(self, flow_id: str) -> InfoFlowRecord:
        """A flow with actor ids as endpoints."""
        data = self._g.nodes[self._require_flow(flow_id)]
        return InfoFlowRecord(
            id=flow_id,
            source=self.source_of(flow_id),
            targets=self.targets_of(flow_id),
            **{field: data[field] for field in _FLOW_FIELDS},
        )

    def flow(self, flow_id: str) -> InformationFlow:
        """A flow with display names as endpoints."""
        record = self.flow_record(flow_id)
        return InformationFlow(
            source=self.name_of(record.source),
            targets=[self.name_of(t) for t in record.targets],
            **record.model_dump(include=set(_FLOW_FIELDS)),
        )

    def flows(self) -> list[InformationFlow]:
        """All flows with display names, in creation order."""
        return [self.flow(flow_id) for flow_id in self.flow_ids()]

    def flow_label(self, flow_id: str) -> str:
        """``source → t1, t2: content`` — how a flow is named in reasons and listings."""
        return flow_label(
            self.name_of(self.source_of(flow_id)),
            (self.name_of(t) for t in self.targets_of(flow_id)),
            self._g.nodes[flow_id]["content"],
        )

    def flow_data(self, flow_id: str) -> dict[str, Any]:
        """The raw attributes of a flow node (read-only use)."""
        return dict(self._g.nodes[self._require_flow(flow_id)])

    # ------------------------------------------------------------------ hyperclasses
    def add_hyperclass(
        self, name: str, members: Iterable[str] = (), where: Mapping[str, str] | None = None
    ) -> str:
        """Group objects under a name: explicit ``members`` and/or an attribute rule ``where``."""
        clean = display_name(name)
        if not clean:
            raise ModelError("a hyperclass needs a name")
        node_id = "h:" + _slug(_key(clean))
        if node_id in self._g:
            raise ModelError(f"hyperclass {clean!r} already exists")
        self._g.add_node(
            node_id, type=HYPERCLASS, name=clean, where=dict(sorted((where or {}).items()))
        )
        for member in members:
            self._g.add_edge(self.require_actor(member), node_id, role=MEMBER)
        return node_id

    def _require_hyperclass(self, ref: str) -> str:
        node = self._g.nodes.get(ref)
        if node is not None and node["type"] == HYPERCLASS:
            return ref
        candidate = "h:" + _slug(_key(ref))
        if candidate in self._g:
            return candidate
        raise ModelError(f"unknown hyperclass {ref!r}")

    def delete_hyperclass(self, ref: str) -> None:
        """Remove a hyperclass; its objects stay."""
        self._g.remove_node(self._require_hyperclass(ref))

    def hyperclass_ids(self) -> list[str]:
        """Hyperclass ids, sorted."""
        return sorted(n for n, d in self._g.nodes(data=True) if d["type"] == HYPERCLASS)

    def hyperclass(self, ref: str) -> HyperclassRecord:
        """A hyperclass with its explicit members (see ``hyperclass_members`` for all)."""
        node_id = self._require_hyperclass(ref)
        data = self._g.nodes[node_id]
        return HyperclassRecord(
            id=node_id,
            name=data["name"],
            members=sorted(u for u, _ in self._g.in_edges(node_id)),
            where=dict(data["where"]),
        )

    def hyperclasses(self) -> list[HyperclassRecord]:
        """All hyperclasses, sorted by id."""
        return [self.hyperclass(h) for h in self.hyperclass_ids()]

    def hyperclass_members(self, ref: str) -> list[str]:
        """Every object in a hyperclass: explicit members plus those matching its rule."""
        node_id = self._require_hyperclass(ref)
        members = {u for u, _ in self._g.in_edges(node_id)}
        where = self._g.nodes[node_id]["where"]
        if where:
            for actor_id in self.actor_ids():
                attrs = self._g.nodes[actor_id]["attributes"]
                if all(attrs.get(k) == v for k, v in where.items()):
                    members.add(actor_id)
        return sorted(members)

    # ------------------------------------------------------------------ serialisation
    def to_snapshot(self) -> ModelSnapshot:
        """The whole model, sorted and by id (stable JSON)."""
        return ModelSnapshot(
            attributes=dict(sorted(self.attributes.items())),
            actors=self.actors(),
            flows=[self.flow_record(f) for f in self.flow_ids()],
            hyperclasses=self.hyperclasses(),
            next_flow=self._next_flow,
        )

    @classmethod
    def from_snapshot(cls, snapshot: ModelSnapshot | Mapping[str, Any]) -> InfoFlowModel:
        """Rebuild a model exactly (ids included); dangling references are ``ModelError``."""
        if not isinstance(snapshot, ModelSnapshot):
            snapshot = ModelSnapshot.model_validate(snapshot)
        model = cls(snapshot.attributes)
        g = model._g
        for record in snapshot.actors:
            g.add_node(
                record.id,
                type=OBJECT,
                name=record.name,
                kind=ActorKind(record.kind).value,
                attributes=dict(sorted(record.attributes.items())),
                aliases=list(record.aliases),
                maturity=record.maturity.value if record.maturity else None,
            )
            model._index[_key(record.name)] = record.id
        for record in snapshot.actors:
            for alias in record.aliases:
                model._index.setdefault(_key(alias), record.id)
        top = 0
        for flow in snapshot.flows:
            match = re.fullmatch(r"f(\d+)", flow.id)
            seq = int(match.group(1)) if match else top + 1
            top = max(top, seq)
            for end in [flow.source, *flow.targets]:
                if g.nodes.get(end, {}).get("type") != OBJECT:
                    raise ModelError(f"flow {flow.id!r} refers to unknown actor {end!r}")
            g.add_node(flow.id, type=FLOW, seq=seq)
            model._set_flow_fields(flow.id, flow)
            model._wire(flow.id, flow.source, flow.targets)
        model._next_flow = max(snapshot.next_flow, top + 1)
        for hc in snapshot.hyperclasses:
            g.add_node(hc.id, type=HYPERCLASS, name=hc.name, where=dict(sorted(hc.where.items())))
            for member in hc.members:
                if g.nodes.get(member, {}).get("type") != OBJECT:
                    raise ModelError(f"hyperclass {hc.id!r} refers to unknown actor {member!r}")
                g.add_edge(member, hc.id, role=MEMBER)
        return model

    def to_json(self) -> str:
        """The snapshot as indented JSON."""
        return self.to_snapshot().model_dump_json(indent=2)

    @classmethod
    def from_json(cls, text: str) -> InfoFlowModel:
        """Rebuild from ``to_json`` output."""
        return cls.from_snapshot(ModelSnapshot.model_validate_json(text))

    def __repr__(self) -> str:
        return f"InfoFlowModel({len(self.actor_ids())} actors, {len(self.flow_ids())} flows)"
