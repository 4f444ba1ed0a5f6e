"""What changed between two framings (``data360 diff A B``): pure, from two framing documents.

Listed, and only when they differ: the session's title and perimeter; answers changed,
added or removed (a list answer item by item, matched with difflib; an answer gone
because the branching no longer asks its question says so, with the condition); actors
added, removed or re-classed; flows matched by identity (source, targets, content,
case-insensitively), then an unmatched pair sharing two of the three taken as one edited
flow, each changed flow with every field old -> new and its place in both lists; hot
spots entering or leaving the top the documents show, with their rank in the whole
ranking, moving or re-scored; use cases added, removed, moved, re-scored, and the chosen
one. Anything equal on both sides is left out, so the diff of a session and its untouched
re-framing is empty. In the text, context may be shortened; a changed value never is.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.models.document import AnswerEntry, FramingDocument
from assistant.models.infoflow import InformationFlow, maturity_label
from assistant.models.infoflow import flow_label as label_flow
from assistant.models.lenses import LENSES
from assistant.services.document import HOTSPOTS_SHOWN, flow_model, hotspot_kind
from assistant.text.values import short

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
    items_removed: list[Any] | None = Field(
        default=None, description="For a list answer: the items no longer in it, in order."
    )
    items_added: list[Any] | None = Field(
        default=None, description="For a list answer: the items new in it, in order."
    )
    reason: str | None = Field(
        default=None,
        description="Why an answer is gone: skipped, unanswered, branching (no longer asked"
        " because of an earlier answer) or not_in_flow.",
    )
    condition: str | None = Field(
        default=None, description="For branching: the condition that no longer holds."
    )


class ActorChange(BaseModel):
    name: str
    change: Literal["added", "removed", "changed"]
    kind_before: str | None = None
    kind_after: str | None = None


class InfoFlowChange(BaseModel):
    label: str
    change: Literal["added", "removed", "changed"]
    flow: InformationFlow = Field(description="The flow as it is after (before, if removed).")
    fields: list[FieldChange] = Field(
        default_factory=list, description="Every field that changed, maturity included."
    )
    number_before: int | None = Field(default=None, description="Its place (1-based) in A.")
    number_after: int | None = Field(default=None, description="Its place (1-based) in B.")


class MaturityChange(BaseModel):
    label: str
    before: str
    after: str


class RankChange(BaseModel):
    """A hot spot that entered or left the top of the ranking, moved in it, or was re-scored.

    Ranks are in the whole ranking, so a spot that ``entered`` the top has the rank it had
    before (None when it was not on the map at all), and one that ``left`` the rank it has now.
    """

    name: str
    kind: str
    change: Literal["entered", "left", "moved", "rescored"]
    top: int = Field(default=5, description="How many hot spots of a kind a document shows.")
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
    flows: list[InfoFlowChange] = Field(default_factory=list)
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
    renamed = {  # an edited flow is the same hot spot under its new label
        ("flow", _key(_label_before(a.flows, f))): ("flow", _key(f.label))
        for f in result.flows
        if f.change == "changed" and f.number_before is not None
    }
    result.hotspots = _hotspots(a, b, renamed)
    result.usecases = _usecases(a, b)
    if a.chosen_usecase != b.chosen_usecase:
        result.chosen_usecase = FieldChange(
            field="chosen_usecase", before=a.chosen_usecase, after=b.chosen_usecase
        )
    return result


def _entries(doc: FramingDocument) -> dict[str, tuple[str, AnswerEntry]]:
    return {e.question_id: (s.id, e) for s in doc.sections for e in s.answers}


def _list_items(value: Any) -> list[Any] | None:
    """The items of a list answer compared one by one (None: compare the answer whole)."""
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return value
    return None


def list_changes(before: list[Any], after: list[Any]) -> tuple[list[Any], list[Any]]:
    """Items removed from and added to a list, by difflib's matching (order kept)."""
    keys_a, keys_b = [_key(str(x)) for x in before], [_key(str(x)) for x in after]
    matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
    removed: list[Any] = []
    added: list[Any] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            removed += before[i1:i2]
            added += after[j1:j2]
    # An item only moved (removed here, added there) is not a change of content.
    moved = {_key(str(x)) for x in removed} & {_key(str(x)) for x in added}
    return (
        [x for x in removed if _key(str(x)) not in moved],
        [x for x in added if _key(str(x)) not in moved],
    )


def _why_gone(
    doc: FramingDocument, qid: str, entry: tuple[str, AnswerEntry] | None
) -> tuple[str, str | None]:
    """Why question ``qid`` has no answer in ``doc``: its status, or why it is not asked."""
    if entry is not None:
        return entry[1].status, None
    question = next((q for q in doc.flow_definition.questions() if q.id == qid), None)
    if question is None:
        return "not_in_flow", None
    return "branching", question.when


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
        common: dict[str, Any] = {
            "question_id": qid,
            "section": section,
            "prompt": entry.prompt,
            "kind": entry.kind,
            "status_before": old[1].status if old else None,
            "status_after": new[1].status if new else None,
        }
        if old_answered and new_answered:
            assert old is not None and new is not None
            if old[1].value == new[1].value:
                continue
            items_a, items_b = _list_items(old[1].value), _list_items(new[1].value)
            if items_a is not None and items_b is not None:
                common["items_removed"], common["items_added"] = list_changes(items_a, items_b)
            changes.append(
                AnswerChange(change="changed", before=old[1].value, after=new[1].value, **common)
            )
        elif new_answered:
            assert new is not None
            changes.append(AnswerChange(change="added", after=new[1].value, **common))
        else:
            assert old is not None
            reason, condition = _why_gone(b, qid, new)
            changes.append(
                AnswerChange(
                    change="removed",
                    before=old[1].value,
                    reason=reason,
                    condition=condition,
                    **common,
                )
            )
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
    """How a flow is named in a diff (:func:`assistant.models.infoflow.flow_label`)."""
    return label_flow(flow.source, flow.targets, flow.content)


_COMPARED = ("medium", "frequency", "maturity", "pain_points", "volume")
_IDENTITY = ("source", "targets", "content")


def _field_changes(old: InformationFlow, new: InformationFlow) -> list[FieldChange]:
    """The fields of a flow that differ, identity first, values as JSON (maturity as text)."""
    out: list[FieldChange] = []
    for name in (*_IDENTITY, *_COMPARED):
        before = old.model_dump(mode="json")[name]
        after = new.model_dump(mode="json")[name]
        if name in _IDENTITY:
            same = (
                flow_identity(old)[_IDENTITY.index(name)]
                == flow_identity(new)[_IDENTITY.index(name)]
            )
        else:
            same = before == after
        if not same:
            out.append(FieldChange(field=name, before=before, after=after))
    return out


def _akin(old: InformationFlow, new: InformationFlow) -> bool:
    """Two of source, targets and content equal: one flow edited, not two different flows."""
    a, b = flow_identity(old), flow_identity(new)
    return sum(x == y for x, y in zip(a, b, strict=True)) >= 2


def flow_changes(a: list[InformationFlow], b: list[InformationFlow]) -> list[InfoFlowChange]:
    """Flows added, removed and changed (per field) from list ``a`` to list ``b``."""
    return _flows(a, b)[0]


def _flows(
    a: list[InformationFlow], b: list[InformationFlow]
) -> tuple[list[InfoFlowChange], list[MaturityChange]]:
    """Flows matched by identity (source, targets, content); unmatched ones that share two
    of the three are one edited flow; the rest were added or removed."""
    pool: dict[tuple[str, tuple[str, ...], str], list[int]] = defaultdict(list)
    for index, flow in enumerate(a):
        pool[flow_identity(flow)].append(index)
    pairs: list[tuple[int | None, int | None]] = []
    unmatched_b: list[int] = []
    for index, flow in enumerate(b):
        matches = pool.get(flow_identity(flow))
        if matches:
            pairs.append((matches.pop(0), index))
        else:
            unmatched_b.append(index)
    unmatched_a = sorted(i for left in pool.values() for i in left)
    for j in unmatched_b:
        akin = next((i for i in unmatched_a if _akin(a[i], b[j])), None)
        if akin is not None:
            unmatched_a.remove(akin)
        pairs.append((akin, j))
    pairs += [(i, None) for i in unmatched_a]
    pairs.sort(key=lambda p: (p[1] if p[1] is not None else len(b), p[0] or 0))

    changes: list[InfoFlowChange] = []
    maturity: list[MaturityChange] = []
    for at_a, at_b in pairs:
        old = a[at_a] if at_a is not None else None
        new = b[at_b] if at_b is not None else None
        numbers: dict[str, Any] = {
            "number_before": None if at_a is None else at_a + 1,
            "number_after": None if at_b is None else at_b + 1,
        }
        if old is None and new is not None:
            changes.append(
                InfoFlowChange(label=flow_label(new), change="added", flow=new, **numbers)
            )
        elif new is None and old is not None:
            changes.append(
                InfoFlowChange(label=flow_label(old), change="removed", flow=old, **numbers)
            )
        elif old is not None and new is not None:
            if old.maturity != new.maturity:
                maturity.append(
                    MaturityChange(
                        label=flow_label(new),
                        before=maturity_label(old.maturity),
                        after=maturity_label(new.maturity),
                    )
                )
            fields = _field_changes(old, new)
            if fields:
                changes.append(
                    InfoFlowChange(
                        label=flow_label(new), change="changed", flow=new, fields=fields, **numbers
                    )
                )
    return changes, maturity


def _full_ranking(doc: FramingDocument) -> dict[tuple[str, str], tuple[int, float]]:
    """Every hot spot's rank and score, not only the top the document shows (pure)."""
    if not doc.flows:
        return {}
    from assistant.hypergraph.hotspots import rank_hotspots

    ranking = rank_hotspots(flow_model(doc))
    return {
        (hotspot_kind(s.kind), _key(s.name)): (s.rank, round(s.score, 4))
        for s in [*ranking.objects, *ranking.flows]
    }


def _label_before(flows: list[InformationFlow], change: InfoFlowChange) -> str:
    assert change.number_before is not None
    return flow_label(flows[change.number_before - 1])


Key = tuple[str, str]


def _hotspots(
    a: FramingDocument, b: FramingDocument, renamed: dict[Key, Key] | None = None
) -> list[RankChange]:
    """Hot spots compared by kind and name; ``renamed`` maps an edited flow's old key to its new."""
    renamed = renamed or {}
    back = {new: old for old, new in renamed.items()}
    before = {renamed.get((h.kind, _key(h.name)), (h.kind, _key(h.name))): h for h in a.hotspots}
    after = {(h.kind, _key(h.name)): h for h in b.hotspots}
    full_a: dict[tuple[str, str], tuple[int, float]] | None = None
    full_b: dict[tuple[str, str], tuple[int, float]] | None = None
    changes: list[RankChange] = []
    for key, spot in after.items():
        old = before.get(key)
        common: dict[str, Any] = {
            "name": spot.name,
            "kind": spot.kind,
            "rank_after": spot.rank,
            "score_after": spot.score,
            "top": HOTSPOTS_SHOWN,
        }
        if old is None:
            full_a = _full_ranking(a) if full_a is None else full_a
            rank, score = full_a.get(back.get(key, key), (None, None))
            changes.append(
                RankChange(change="entered", rank_before=rank, score_before=score, **common)
            )
        elif old.rank != spot.rank or abs(old.score - spot.score) > SCORE_EPSILON:
            changes.append(
                RankChange(
                    change="moved" if old.rank != spot.rank else "rescored",
                    rank_before=old.rank,
                    score_before=old.score,
                    **common,
                )
            )
    for key, spot in before.items():
        if key not in after:
            full_b = _full_ranking(b) if full_b is None else full_b
            rank, score = full_b.get(key, (None, None))
            changes.append(
                RankChange(
                    name=spot.name,
                    kind=spot.kind,
                    change="left",
                    rank_before=spot.rank,
                    score_before=spot.score,
                    rank_after=rank,
                    score_after=score,
                    top=HOTSPOTS_SHOWN,
                )
            )
    return changes


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
            for lens in LENSES
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
#: A value this long (or with a newline) goes on lines of its own rather than after "->".
INLINE_LIMIT = 60


def _short(value: Any, limit: int = 90) -> str:
    """Context (titles, labels) may be shortened; a change never is (see ``full``)."""
    return short(value, limit)


def full(value: Any) -> str:
    """A value on one line, whole: control characters made visible, never truncated."""
    return short(value, limit=10**9)


def _answer_value(change: AnswerChange, value: Any) -> str:
    if change.kind == "flows" and isinstance(value, list):
        return f"{len(value)} flow(s) (see Flows)"
    if change.kind == "usecases" and isinstance(value, list):
        return f"{len(value)} candidate(s) (see Use cases)"
    return full(value)


GONE_WORDS = {
    "skipped": "now skipped",
    "unanswered": "now unanswered",
    "missing": "now unanswered",
    "not_in_flow": "not in this flow",
}


def gone_words(change: AnswerChange) -> str:
    """Why an answer of A has none in B, in words."""
    if change.reason == "branching":
        why = f": asked only when {change.condition}" if change.condition else ""
        return f"no longer asked because of the branching{why}"
    return GONE_WORDS.get(change.reason or "", f"now {change.status_after or 'gone'}")


def _pair(head: str, before: str, after: str) -> list[str]:
    """``head: before -> after`` on one line when both are short, else on lines of their own."""
    if len(before) <= INLINE_LIMIT and len(after) <= INLINE_LIMIT:
        return [f"{head}: {before} -> {after}"]
    return [head, f"    - {before}", f"    + {after}"]


def _answer_lines(a: AnswerChange) -> list[str]:
    where = f"{a.question_id} [{a.section}]"
    if a.change == "added":
        return [f"+ {where}: {_answer_value(a, a.after)}"]
    if a.change == "removed":
        return [f"- {where}: {_answer_value(a, a.before)} ({gone_words(a)})"]
    if a.kind in ("flows", "usecases") and isinstance(a.before, list) and isinstance(a.after, list):
        part = "Flows" if a.kind == "flows" else "Use cases"
        noun = "flows" if a.kind == "flows" else "candidates"
        return [f"~ {where}: {len(a.before)} -> {len(a.after)} {noun} (see {part})"]
    if a.items_removed is not None and a.items_added is not None:
        counts = []
        if a.items_removed:
            counts.append(f"{len(a.items_removed)} removed")
        if a.items_added:
            counts.append(f"{len(a.items_added)} added")
        lines = [f"~ {where}: " + (", ".join(counts) or "reordered")]
        lines += [f"    - {full(item)}" for item in a.items_removed]
        lines += [f"    + {full(item)}" for item in a.items_added]
        return lines
    return _pair(f"~ {where}", _answer_value(a, a.before), _answer_value(a, a.after))


def flow_number(flow: InfoFlowChange) -> str:
    """``flow 3`` (its place in B), ``flow 2 (was 4)`` when it moved, ``was flow 2`` if gone."""
    if flow.number_after is None:
        return f"was flow {flow.number_before}"
    moved = (
        f" (was {flow.number_before})"
        if flow.number_before is not None and flow.number_before != flow.number_after
        else ""
    )
    return f"flow {flow.number_after}{moved}"


def _flow_lines(flow: InfoFlowChange) -> list[str]:
    sign = {"added": "+", "removed": "-", "changed": "~"}[flow.change]
    head = f"{sign} {flow_number(flow)}: {full(flow.label)}"
    if flow.change != "changed":
        f = flow.flow
        detail = ", ".join(x for x in (f.medium, f.frequency) if x)
        return [f"{head} [{full(detail) or '?'}] ({f.maturity})"]
    changes = [(c.field, full(c.before), full(c.after)) for c in flow.fields]
    if all(len(b) <= 30 and len(x) <= 30 for _, b, x in changes):
        return [f"{head}: " + "; ".join(f"{n} {b} -> {x}" for n, b, x in changes)]
    lines = [head]
    for name, before, after in changes:
        lines += [f"    {line}" for line in _pair(name, before, after)]
    return lines


def _rank(rank: int | None) -> str:
    return f"#{rank}" if rank is not None else "unranked"


def _hotspot_line(h: RankChange) -> str:
    what = hotspot_kind(h.kind)
    name = f"{full(h.name)} ({what})"
    score = (
        f", score {h.score_before:.2f} -> {h.score_after:.2f}"
        if h.score_before is not None and h.score_after is not None
        else ""
    )
    if h.change == "entered":
        was = "not on the map before" if h.rank_before is None else f"was {_rank(h.rank_before)}"
        score = score or f", score {h.score_after:.2f}"
        return f"↑ {name}: entered the top {h.top} at #{h.rank_after} ({was}){score}"
    if h.change == "left":
        now = "no longer on the map" if h.rank_after is None else f"now {_rank(h.rank_after)}"
        score = score or f", score {h.score_before:.2f}"
        return f"↓ {name}: left the top {h.top} from #{h.rank_before} ({now}){score}"
    if h.change == "moved":
        arrow = "↑" if (h.rank_after or 0) < (h.rank_before or 0) else "↓"
        return f"{arrow} {name}: rank #{h.rank_before} -> #{h.rank_after}{score}"
    return f"~ {name}: rank #{h.rank_after} unchanged{score}"


def format_diff(diff: FramingDiff) -> list[str]:
    """The diff as lines of text (``data360 diff`` without ``--json``).

    Context (titles, labels of the session) may be shortened; the changed values never are.
    """
    lines = [
        f"--- {diff.a.id[:8]}  {_short(diff.a.title, 60)}  ({diff.a.updated_at[:16]})",
        f"+++ {diff.b.id[:8]}  {_short(diff.b.title, 60)}  ({diff.b.updated_at[:16]})",
    ]
    if diff.empty:
        lines.append("no differences")
        return lines
    for change in diff.session:
        lines += _pair(f"~ {change.field}", full(change.before), full(change.after))
    if diff.answers:
        lines += ["", f"Answers ({len(diff.answers)})"]
        for a in diff.answers:
            lines += _answer_lines(a)
    if diff.actors:
        lines += ["", f"Actors ({len(diff.actors)})"]
        for actor in diff.actors:
            sign = {"added": "+", "removed": "-", "changed": "~"}[actor.change]
            kinds = (
                f"{actor.kind_before} -> {actor.kind_after}"
                if actor.change == "changed"
                else actor.kind_after or actor.kind_before
            )
            lines.append(f"{sign} {full(actor.name)} ({kinds})")
    if diff.flows:
        lines += ["", f"Flows ({len(diff.flows)})"]
        for flow in diff.flows:
            lines += _flow_lines(flow)
    if diff.hotspots:
        lines += ["", f"Hot spots ({len(diff.hotspots)}): rank changes"]
        lines += [_hotspot_line(h) for h in diff.hotspots]
    if diff.usecases or diff.chosen_usecase:
        lines += ["", f"Use cases ({len(diff.usecases) + bool(diff.chosen_usecase)})"]
        for u in diff.usecases:
            if u.change == "added":
                lines.append(f"+ #{u.rank_after} {full(u.title)} ({u.score_after:.2f})")
            elif u.change == "removed":
                lines.append(f"- #{u.rank_before} {full(u.title)} ({u.score_before:.2f})")
            else:
                lenses = "".join(f"; {f.field} {f.before} -> {f.after}" for f in u.lenses)
                lines.append(
                    f"~ {full(u.title)}: rank #{u.rank_before} -> #{u.rank_after},"
                    f" score {u.score_before:.2f} -> {u.score_after:.2f}{lenses}"
                )
        if diff.chosen_usecase:
            c = diff.chosen_usecase
            lines += _pair("~ chosen", full(c.before or "—"), full(c.after or "—"))
    return lines


def diff_stat(diff: FramingDiff) -> dict[str, dict[str, int]]:
    """How many changes of each kind, per part (``diff --stat``; zero counts left out)."""
    parts: dict[str, list[str]] = {
        "session": ["changed"] * len(diff.session),
        "answers": [a.change for a in diff.answers],
        "actors": [a.change for a in diff.actors],
        "flows": [f.change for f in diff.flows],
        "hotspots": [h.change for h in diff.hotspots],
        "usecases": [u.change for u in diff.usecases] + (["chosen"] if diff.chosen_usecase else []),
    }
    stat: dict[str, dict[str, int]] = {}
    for part, kinds in parts.items():
        if kinds:
            stat[part] = {kind: kinds.count(kind) for kind in dict.fromkeys(kinds)}
    return stat


def format_stat(diff: FramingDiff) -> list[str]:
    """``diff --stat``: one line per part that changed, and a total."""
    stat = diff_stat(diff)
    width = max((len(p) for p in stat), default=0)
    lines = [
        f"{part:<{width}}  " + ", ".join(f"{n} {kind}" for kind, n in counts.items())
        for part, counts in stat.items()
    ]
    total = sum(sum(c.values()) for c in stat.values())
    lines.append(f"{total} change(s) from {diff.a.id[:8]} to {diff.b.id[:8]}")
    return lines
