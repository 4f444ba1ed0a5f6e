"""Perimeter portability: re-apply a mapping to another perimeter by attributes, not structure.

This is what HBDS brings to the method: a map drawn for site A is re-used for site B by
re-binding attribute values (site, business line…) while objects, flows, hyperclass
memberships and ids stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.hypergraph.model import InfoFlowModel

Binding = str | Mapping[str, str]


def _rebind(value: str, binding: Binding) -> str:
    if isinstance(binding, str):
        return binding
    return binding.get(value, value)


def _rename(name: str, old: str, new: str) -> str:
    """Replace ``old`` as a whole word in a hyperclass name ("Site A" → "Site B")."""
    if not old or old == new:
        return name
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, name)


def retarget(model: InfoFlowModel, bindings: Mapping[str, Binding]) -> InfoFlowModel:
    """A copy of ``model`` with attribute values re-bound; the structure is untouched.

    ``bindings`` maps an attribute to either a value (``{"site": "B"}``: every object that
    *has* a ``site`` gets ``B``; objects without one keep none) or a translation of values
    (``{"site": {"A": "B", "C": "D"}}``). The model's own perimeter attributes and the
    rules of attribute-defined hyperclasses are re-bound the same way; a hyperclass whose
    name contains the old value as a word is renamed with it ("Site A" → "Site B").
    """
    snapshot = model.to_snapshot()
    attrs = dict(snapshot.attributes)
    for key, binding in bindings.items():
        if key in attrs or isinstance(binding, str):
            attrs[key] = _rebind(attrs.get(key, ""), binding)
    actors = []
    for actor in snapshot.actors:
        values = dict(actor.attributes)
        for key, binding in bindings.items():
            if key in values:
                values[key] = _rebind(values[key], binding)
        actors.append(actor.model_copy(update={"attributes": dict(sorted(values.items()))}))
    hyperclasses = []
    for hc in snapshot.hyperclasses:
        where, name = dict(hc.where), hc.name
        for key, binding in bindings.items():
            if key in where:
                old, new = where[key], _rebind(where[key], binding)
                where[key] = new
                name = _rename(name, old, new)
        hyperclasses.append(hc.model_copy(update={"where": where, "name": name}))
    return InfoFlowModel.from_snapshot(
        snapshot.model_copy(
            update={
                "attributes": dict(sorted(attrs.items())),
                "actors": actors,
                "hyperclasses": hyperclasses,
            }
        )
    )
