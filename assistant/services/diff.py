"""What changed between two framings (``data360 diff A B``): pure, from two framing documents.

Listed, and only when they differ: the session's title and perimeter; answers changed,
added or removed; actors added, removed or re-classed; flows added or removed (a flow is
identified by its source, targets and content, case-insensitively), the maturity of a flow
that stayed, its other fields; hot spots entering, leaving, moving in the ranking or
re-scored; use cases added, removed, moved, re-scored, and the chosen one. Anything equal
on both sides is left out, so the diff of a session and its untouched re-framing is empty.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.models.document import AnswerEntry, FramingDocument
from assistant.models.infoflow import InformationFlow, maturity_label

SCORE_EPSILON = 1e-4


class SessionRef(BaseModel):
    id: str
    title: str
    updated_at: str


class FieldChange(BaseModel):
    field: str
    before: Any = None
    after: Any = None


class AnswerChange(BaseModel):
    question_id: str
    section: str
    prompt: str
    kind: str
    change: Literal["changed", "added", "removed"]
    before: Any = None
    after: Any = None
    status_before: str | None = None
    status_after: str | None = None


class ActorChange(BaseModel):
    name: str
    change: Literal["added", "removed", "changed"]
    kind_before: str | None = None
    kind_after: str | None = None


class FlowChange(BaseModel):
    label: str
    change: Literal["added", "removed", "changed"]
    flow: InformationFlow = Field(description="The flow as it is after (before, if removed).")
    fields: list[FieldChange] = Field(default_factory=list)


class MaturityChange(BaseModel):
    label: str
    before: str
    after: str


class RankChange(BaseModel):
    name: str
    kind: str
    change: Literal["entered", "left", "moved", "rescored"]
    rank_before: int | None = None
    rank_after: int | None = None
    score_before: float | None = None
    score_after: float | None = None


class UseCaseChange(BaseModel):
    title: str
    change: Literal["added", "removed", "moved", "rescored"]
    rank_before: int | None = None
    rank_after: int | None = None
    score_before: float | None = None
    score_after: float | None = None
    lenses: list[FieldChange] = Field(default_factory=list)


class FramingDiff(BaseModel):
    """Every difference between framing ``a`` (before) and ``b`` (after)."""

    a: SessionRef
    b: SessionRef
    session: list[FieldChange] = Field(default_factory=list)
    answers: list[AnswerChange] = Field(default_factory=list)
    actors: list[ActorChange] = Field(default_factory=list)
    flows: list[FlowChange] = Field(default_factory=list)
    maturity: list[MaturityChange] = Field(default_factory=list)
    hotspots: list[RankChange] = Field(default_factory=list)
    usecases: list[UseCaseChange] = Field(default_factory=list)
    chosen_usecase: FieldChange | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.session
            or self.answers
            or self.actors
            or self.flows
            or self.maturity
            or self.hotspots
            or self.usecases
            or self.chosen_usecase
        )


def _key(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _ref(doc: FramingDocument) -> SessionRef:
    return SessionRef(id=doc.session.id, title=doc.session.title, updated_at=doc.session.updated_at)


def diff_documents(a: FramingDocument, b: FramingDocument) -> FramingDiff:
    """The differences from ``a`` to ``b``."""
    result = FramingDiff(a=_ref(a), b=_ref(b))
    for name in ("title", "perimeter"):
        before, after = getattr(a.session, name), getattr(b.session, name)
        if before != after:
            result.session.append(FieldChange(field=name, before=before, after=after))
    result.answers = _answers(a, b)
    result.actors = _actors(a, b)
    result.flows, result.maturity = _flows(a.flows, b.flows)
    result.hotspots = _hotspots(a, b)
    result.usecases = _usecases(a, b)
    if a.chosen_usecase != b.chosen_usecase:
        result.chosen_usecase = FieldChange(
            field="chosen_usecase", before=a.chosen_usecase, after=b.chosen_usecase
        )
    return result


def _entries(doc: FramingDocument) -> dict[str, tuple[str, AnswerEntry]]:
    return {e.question_id: (s.id, e) for s in doc.sections for e in s.answers}


def _answers(a: FramingDocument, b: FramingDocument) -> list[AnswerChange]:
    before, after = _entries(a), _entries(b)
    order = list(after) + [q for q in before if q not in after]
    changes: list[AnswerChange] = []
    for qid in order:
        old = before.get(qid)
        new = after.get(qid)
        old_answered = old is not None and old[1].status == "answered"
        new_answered = new is not None and new[1].status == "answered"
        if not old_answered and not new_answered:
            continue
        section, entry = new if new is not None else old  # type: ignore[misc]
        common = {
            "question_id": qid,
            "section": section,
            "prompt": entry.prompt,
            "kind": entry.kind,
            "status_before": old[1].status if old else None,
            "status_after": new[1].status if new else None,
        }
        if old_answered and new_answered:
            assert old is not None and new is not None
            if old[1].value != new[1].value:
                changes.append(
                    AnswerChange(
                        change="changed", before=old[1].value, after=new[1].value, **common
                    )
                )
        elif new_answered:
            assert new is not None
            changes.append(AnswerChange(change="added", after=new[1].value, **common))
        else:
            assert old is not None
            changes.append(AnswerChange(change="removed", before=old[1].value, **common))
    return changes


def _actors(a: FramingDocument, b: FramingDocument) -> list[ActorChange]:
    before = {_key(x.name): x for x in a.actors}
    after = {_key(x.name): x for x in b.actors}
    changes: list[ActorChange] = []
    for key, actor in after.items():
        old = before.get(key)
        if old is None:
            changes.append(ActorChange(name=actor.name, change="added", kind_after=actor.kind))
        elif old.kind != actor.kind:
            changes.append(
                ActorChange(
                    name=actor.name, change="changed", kind_before=old.kind, kind_after=actor.kind
                )
            )
    for key, actor in before.items():
        if key not in after:
            changes.append(ActorChange(name=actor.name, change="removed", kind_before=actor.kind))
    return changes


def flow_identity(flow: InformationFlow) -> tuple[str, tuple[str, ...], str]:
    """What makes two flows "the same flow": source, set of targets, content."""
    return (_key(flow.source), tuple(sorted(_key(t) for t in flow.targets)), _key(flow.content))


def flow_label(flow: InformationFlow) -> str:
    ends = f"{flow.source} → {', '.join(flow.targets)}"
    return f"{ends}: {flow.content}" if flow.content else ends


_COMPARED = ("medium", "frequency", "pain_points", "volume")


def _flows(
    a: list[InformationFlow], b: list[InformationFlow]
) -> tuple[list[FlowChange], list[MaturityChange]]:
    pool: dict[tuple[str, tuple[str, ...], str], list[InformationFlow]] = defaultdict(list)
    for flow in a:
        pool[flow_identity(flow)].append(flow)
    changes: list[FlowChange] = []
    maturity: list[MaturityChange] = []
    for flow in b:
        matches = pool.get(flow_identity(flow))
        if not matches:
            changes.append(FlowChange(label=flow_label(flow), change="added", flow=flow))
            continue
        old = matches.pop(0)
        if old.maturity != flow.maturity:
            maturity.append(
                MaturityChange(
                    label=flow_label(flow),
                    before=maturity_label(old.maturity),
                    after=maturity_label(flow.maturity),
                )
            )
        fields = [
            FieldChange(field=name, before=getattr(old, name), after=getattr(flow, name))
            for name in _COMPARED
            if getattr(old, name) != getattr(flow, name)
        ]
        if fields:
            changes.append(
                FlowChange(label=flow_label(flow), change="changed", flow=flow, fields=fields)
            )
    for leftovers in pool.values():
        changes += [FlowChange(label=flow_label(f), change="removed", flow=f) for f in leftovers]
    return changes, maturity


def _hotspots(a: FramingDocument, b: FramingDocument) -> list[RankChange]:
    before = {(h.kind, _key(h.name)): h for h in a.hotspots}
    after = {(h.kind, _key(h.name)): h for h in b.hotspots}
    changes: list[RankChange] = []
    for key, spot in after.items():
        old = before.get(key)
        common = {"name": spot.name, "kind": spot.kind, "rank_after": spot.rank}
        if old is None:
            changes.append(RankChange(change="entered", score_after=spot.score, **common))
        elif old.rank != spot.rank or abs(old.score - spot.score) > SCORE_EPSILON:
            changes.append(
                RankChange(
                    change="moved" if old.rank != spot.rank else "rescored",
                    rank_before=old.rank,
                    score_before=old.score,
                    score_after=spot.score,
                    **common,
                )
            )
    for key, spot in before.items():
        if key not in after:
            changes.append(
                RankChange(
                    name=spot.name,
                    kind=spot.kind,
                    change="left",
                    rank_before=spot.rank,
                    score_before=spot.score,
                )
            )
    return changes


_LENSES = ("desirability", "datability", "feasibility", "viability")


def _usecases(a: FramingDocument, b: FramingDocument) -> list[UseCaseChange]:
    before = {_key(u.title): u for u in a.usecases}
    after = {_key(u.title): u for u in b.usecases}
    changes: list[UseCaseChange] = []
    for key, usecase in after.items():
        old = before.get(key)
        if old is None:
            changes.append(
                UseCaseChange(
                    title=usecase.title,
                    change="added",
                    rank_after=usecase.rank,
                    score_after=usecase.score,
                )
            )
            continue
        lenses = [
            FieldChange(field=lens, before=getattr(old, lens), after=getattr(usecase, lens))
            for lens in _LENSES
            if getattr(old, lens) != getattr(usecase, lens)
        ]
        rescored = abs(old.score - usecase.score) > SCORE_EPSILON
        if old.rank != usecase.rank or rescored or lenses:
            changes.append(
                UseCaseChange(
                    title=usecase.title,
                    change="moved" if old.rank != usecase.rank else "rescored",
                    rank_before=old.rank,
                    rank_after=usecase.rank,
                    score_before=old.score,
                    score_after=usecase.score,
                    lenses=lenses,
                )
            )
    for key, usecase in before.items():
        if key not in after:
            changes.append(
                UseCaseChange(
                    title=usecase.title,
                    change="removed",
                    rank_before=usecase.rank,
                    score_before=usecase.score,
                )
            )
    return changes


# ---------------------------------------------------------------------------- as text
def _short(value: Any, limit: int = 90) -> str:
    from assistant.services.timeline import short

    return short(value, limit)


def _answer_value(change: AnswerChange, value: Any) -> str:
    if change.kind == "flows" and isinstance(value, list):
        return f"{len(value)} flow(s) (see Flows)"
    if change.kind == "usecases" and isinstance(value, list):
        return f"{len(value)} candidate(s) (see Use cases)"
    return _short(value)


def format_diff(diff: FramingDiff) -> list[str]:
    """The diff as lines of text (``data360 diff`` without ``--json``)."""
    lines = [
        f"--- {diff.a.id[:8]}  {_short(diff.a.title, 60)}  ({diff.a.updated_at[:16]})",
        f"+++ {diff.b.id[:8]}  {_short(diff.b.title, 60)}  ({diff.b.updated_at[:16]})",
    ]
    if diff.empty:
        lines.append("no differences")
        return lines
    for change in diff.session:
        lines.append(f"~ {change.field}: {_short(change.before)} -> {_short(change.after)}")
    if diff.answers:
        lines.append("")
        lines.append(f"Answers ({len(diff.answers)})")
        for a in diff.answers:
            if a.change == "changed":
                lines.append(
                    f"~ {a.question_id} [{a.section}]: {_answer_value(a, a.before)}"
                    f" -> {_answer_value(a, a.after)}"
                )
            elif a.change == "added":
                lines.append(f"+ {a.question_id} [{a.section}]: {_answer_value(a, a.after)}")
            else:
                now = f" (now {a.status_after})" if a.status_after else " (not in this flow)"
                lines.append(f"- {a.question_id} [{a.section}]: {_answer_value(a, a.before)}{now}")
    if diff.actors:
        lines.append("")
        lines.append(f"Actors ({len(diff.actors)})")
        for actor in diff.actors:
            sign = {"added": "+", "removed": "-", "changed": "~"}[actor.change]
            kinds = (
                f"{actor.kind_before} -> {actor.kind_after}"
                if actor.change == "changed"
                else actor.kind_after or actor.kind_before
            )
            lines.append(f"{sign} {_short(actor.name, 60)} ({kinds})")
    if diff.flows or diff.maturity:
        lines.append("")
        lines.append(f"Flows ({len(diff.flows) + len(diff.maturity)})")
        for flow in diff.flows:
            sign = {"added": "+", "removed": "-", "changed": "~"}[flow.change]
            detail = ""
            if flow.change == "changed":
                detail = ": " + "; ".join(
                    f"{f.field} {_short(f.before, 40)} -> {_short(f.after, 40)}"
                    for f in flow.fields
                )
            elif flow.flow.medium or flow.flow.maturity:
                detail = f" [{flow.flow.medium or '?'}] ({flow.flow.maturity})"
            lines.append(f"{sign} {_short(flow.label, 100)}{detail}")
        for m in diff.maturity:
            lines.append(f"~ maturity {m.before} -> {m.after}: {_short(m.label, 100)}")
    if diff.hotspots:
        lines.append("")
        lines.append(f"Hot spots ({len(diff.hotspots)})")
        for h in diff.hotspots:
            what = "actor" if h.kind == "object" else h.kind
            if h.change == "entered":
                lines.append(
                    f"+ #{h.rank_after} {_short(h.name, 70)} ({what}, {h.score_after:.2f})"
                )
            elif h.change == "left":
                lines.append(
                    f"- #{h.rank_before} {_short(h.name, 70)} ({what}, {h.score_before:.2f})"
                )
            else:
                lines.append(
                    f"~ {_short(h.name, 70)} ({what}): #{h.rank_before} -> #{h.rank_after},"
                    f" score {h.score_before:.2f} -> {h.score_after:.2f}"
                )
    if diff.usecases or diff.chosen_usecase:
        lines.append("")
        lines.append(f"Use cases ({len(diff.usecases) + bool(diff.chosen_usecase)})")
        for u in diff.usecases:
            if u.change == "added":
                lines.append(f"+ #{u.rank_after} {_short(u.title, 70)} ({u.score_after:.2f})")
            elif u.change == "removed":
                lines.append(f"- #{u.rank_before} {_short(u.title, 70)} ({u.score_before:.2f})")
            else:
                lenses = "".join(f"; {f.field} {f.before} -> {f.after}" for f in u.lenses)
                lines.append(
                    f"~ {_short(u.title, 70)}: #{u.rank_before} -> #{u.rank_after},"
                    f" score {u.score_before:.2f} -> {u.score_after:.2f}{lenses}"
                )
        if diff.chosen_usecase:
            c = diff.chosen_usecase
            lines.append(f"~ chosen: {_short(c.before or '—')} -> {_short(c.after or '—')}")
    return lines
