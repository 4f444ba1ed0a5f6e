"""A session's history in words (``replay --plain``, ``replay --json``, the replay screen).

Each event says what it did, not what the whole answer is: an answer to a flows question
that adds flows reads ``+15 flows from wall.csv``, an edit ``~ flow 3: maturity low ->
medium``, a list answer edited ``- old item; + new item``. The words of an event depend
on the answers before it, so ``describe_all`` folds the history as it goes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from assistant.engine.state import Engine, SessionState
from assistant.models.events import ANSWER_EVENTS, Event, EventType
from assistant.models.lenses import LENSES
from assistant.text.values import short

#: Per change inside one event line (a list item, a flow's field).
MAX_PART_CHARS = 70


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _kind(engine: Engine | None, qid: str | None) -> str:
    if engine is None or qid is None or qid not in engine.index:
        return ""
    return engine.questions[engine.index[qid]].kind.value


def _flows_of(value: Any) -> list[Any] | None:
    from pydantic import ValidationError

    from assistant.models.infoflow import InformationFlow

    if not isinstance(value, list):
        return None
    try:
        return [InformationFlow.model_validate(f) for f in value]
    except ValidationError:
        return None


def flows_change(before: Any, after: Any, source: str = "") -> str:
    """What an answer did to a flows answer: ``+2 flows from wall.csv; ~ flow 3: …``."""
    from assistant.services.diff import flow_changes

    old, new = _flows_of(before) or [], _flows_of(after)
    if new is None:
        return short(after)
    changes = flow_changes(old, new)
    added = [c for c in changes if c.change == "added"]
    removed = [c for c in changes if c.change == "removed"]
    parts: list[str] = []
    if added:
        parts.append(f"+{_plural(len(added), 'flow')}" + (f" from {source}" if source else ""))
    if removed:
        labels = ", ".join(short(c.label, MAX_PART_CHARS) for c in removed)
        parts.append(f"-{_plural(len(removed), 'flow')} ({labels})")
    for change in changes:
        if change.change == "changed":
            fields = "; ".join(
                f"{f.field} {short(f.before, MAX_PART_CHARS)} -> {short(f.after, MAX_PART_CHARS)}"
                for f in change.fields
            )
            parts.append(f"~ flow {change.number_after}: {fields}")
    return "; ".join(parts) or f"{_plural(len(new), 'flow')}, unchanged"


def usecases_change(before: Any, after: Any) -> str:
    """What an answer did to the use-case candidates: added, removed, re-scored."""
    lenses = LENSES
    old = {str(u.get("title")): u for u in before or [] if isinstance(u, dict)}
    new = {str(u.get("title")): u for u in after or [] if isinstance(u, dict)}
    parts = [f"+ use case {short(t, MAX_PART_CHARS)}" for t in new if t not in old]
    parts += [f"- use case {short(t, MAX_PART_CHARS)}" for t in old if t not in new]
    for title, usecase in new.items():
        if title in old:
            moved = [
                f"{lens} {old[title].get(lens)} -> {usecase.get(lens)}"
                for lens in lenses
                if old[title].get(lens) != usecase.get(lens)
            ]
            if moved:
                parts.append(f"~ {short(title, MAX_PART_CHARS)}: " + ", ".join(moved))
    return "; ".join(parts) or f"{_plural(len(new), 'candidate')}, unchanged"


def value_change(kind: str, before: Any, after: Any, source: str = "") -> str:
    """An answer's change in words: per flow, per list item, or old -> new."""
    from assistant.services.diff import list_changes

    if kind == "flows":
        return flows_change(before, after, source)
    if kind == "usecases":
        return usecases_change(before, after)
    if isinstance(before, list) and isinstance(after, list):
        removed, added = list_changes(before, after)
        parts = [f"- {short(x, MAX_PART_CHARS)}" for x in removed]
        parts += [f"+ {short(x, MAX_PART_CHARS)}" for x in added]
        return "; ".join(parts) or "reordered"
    return f"{short(before, MAX_PART_CHARS)} -> {short(after, MAX_PART_CHARS)}"


def first_value(kind: str, value: Any, source: str = "") -> str:
    """A first answer in words: flows and use cases counted, others shown (shortened)."""
    if kind == "flows" and isinstance(value, list):
        return f"+{_plural(len(value), 'flow')}" + (f" from {source}" if source else "")
    if kind == "usecases" and isinstance(value, list):
        titles = ", ".join(short(u.get("title"), 40) for u in value if isinstance(u, dict))
        return f"{_plural(len(value), 'candidate')} ({titles})"
    if isinstance(value, list) and all(not isinstance(x, dict | list) for x in value):
        return short("; ".join(short(x, MAX_PART_CHARS) for x in value))
    return short(value)


def describe(event: Event, engine: Engine | None = None, state: SessionState | None = None) -> str:
    """What an event did, in words; ``state`` is the session just before it (for changes)."""
    data, qid = event.data, event.question_id
    kind = _kind(engine, qid)
    source = str(data.get("imported_from") or "")
    previous = state.answers.get(qid) if state is not None and qid else None
    had_answer = state is not None and qid is not None and qid in state.answers
    match event.type:
        case EventType.session_started:
            text = f"session started: {short(data.get('title', ''))} (flow {data.get('flow_id')})"
            if data.get("reframed_from"):
                text += f", re-framing {str(data['reframed_from'])[:8]}"
            if data.get("author"):
                text += f", by {short(data['author'], 40)}"
            return text
        case EventType.question_asked:
            section = engine.section_of[qid].id if engine and qid in engine.section_of else ""
            return f"asked {qid}" + (f" [{section}]" if section else "")
        case EventType.answer_given if data.get("carried_over"):
            return f"carried over {qid}: {first_value(kind, data.get('value'))}"
        case EventType.answer_given | EventType.answer_edited if had_answer:
            value = data.get("value")
            if previous == value:
                return f"confirmed {qid} (unchanged)"
            return f"edited {qid}: {value_change(kind, previous, value, source)}"
        case EventType.answer_given | EventType.answer_edited:
            before = data.get("previous")
            if event.type is EventType.answer_edited and state is None and before is not None:
                return f"edited {qid}: {value_change(kind, before, data.get('value'), source)}"
            return f"answered {qid}: {first_value(kind, data.get('value'), source)}"
        case EventType.question_skipped if data.get("carried_over"):
            return f"skipped {qid} (as in the earlier framing)"
        case EventType.question_skipped:
            return f"skipped {qid}"
        case EventType.cursor_moved:
            return f"moved ({data.get('reason', 'goto')}) to {data.get('to')}"
        case EventType.flows_extracted:
            flows = (data.get("extraction") or {}).get("flows", [])
            return f"extracted {len(flows)} flow(s) for {qid} with {data.get('extractor')}"
        case EventType.extraction_accepted:
            return f"accepted extraction for {qid}"
        case EventType.extraction_rejected:
            return f"rejected extraction for {qid}"
        case EventType.note_added:
            author = f" by {short(data['author'], 40)}" if data.get("author") else ""
            carried = (
                f" (carried over, written {str(data.get('written_at', ''))[:16].replace('T', ' ')})"
                if data.get("carried_over")
                else ""
            )
            return f"note on {qid}{author}{carried}: {short(data.get('text'))}"
        case EventType.model_edited:
            return _model_edit(data, qid)
        case EventType.section_completed:
            return f"section completed: {data.get('section')}"
        case EventType.session_completed:
            return "session completed"
        case _:
            return f"{event.type.value} {qid or ''} {short(data)}".strip()


def _model_edit(data: dict[str, Any], qid: str | None) -> str:
    """A map edit in words: the classes set (read from a text when it came with an
    answer), attributes, groups, merges and deletions."""
    parts = []
    actors = [a for a in data.get("actors") or [] if isinstance(a, dict)]
    if actors:
        named = ", ".join(f"{short(a.get('name'), 40)} ({a.get('kind')})" for a in actors[:6])
        more = f" and {len(actors) - 6} more" if len(actors) > 6 else ""
        parts.append(f"classes {named}{more}")
    if data.get("attributes"):
        parts.append("attributes " + short(data["attributes"]))
    if data.get("hyperclasses"):
        parts.append(f"{len(data['hyperclasses'])} group(s)")
    if data.get("merges"):
        parts.append(f"{len(data['merges'])} merge(s)")
    if data.get("delete_actors"):
        parts.append(f"{len(data['delete_actors'])} actor(s) deleted")
    where = f" (read from the text of {qid})" if qid else ""
    return f"map edited{where}: " + ("; ".join(parts) or "nothing")


def describe_all(events: Iterable[Event], engine: Engine | None = None) -> list[str]:
    """Every event in words, each against the answers just before it."""
    if engine is None:
        return [describe(e) for e in events]
    state = engine.fold([])
    out: list[str] = []
    for event in events:
        text = describe(event, engine, state)
        before = list(engine.plan(state)) if event.type in ANSWER_EVENTS else None
        engine.apply(state, event)
        if before is not None:
            text += _branching(engine, before, engine.plan(state), state)
        out.append(text)
    return out


def _branching(engine: Engine, before: list[bool], after: list[bool], state: SessionState) -> str:
    """Questions an answer took out of the interview (answered ones) or brought into it."""
    gone = [
        q.id
        for q, was, now in zip(engine.questions, before, after, strict=True)
        if was and not now and q.id in state.answers
    ]
    new = [
        q.id for q, was, now in zip(engine.questions, before, after, strict=True) if now and not was
    ]
    text = f"; no longer asked: {', '.join(gone)}" if gone else ""
    if new and any(before):
        text += f"; now asked: {', '.join(new)}"
    return text


def event_section(engine: Engine, event: Event) -> str:
    """The section an event belongs to ("" for session-wide events)."""
    if event.question_id and event.question_id in engine.section_of:
        return engine.section_of[event.question_id].id
    target = event.data.get("to") or event.data.get("section")
    if isinstance(target, str):
        if target in engine.section_of:
            return engine.section_of[target].id
        if target in engine.sections:
            return target
    return ""


def timeline(events: Iterable[Event], engine: Engine | None = None) -> list[str]:
    """``replay --plain``: one line per event, numbered and timed."""
    events = list(events)
    texts = describe_all(events, engine)
    return [f"{e.seq:>5}  {e.at}  {text}" for e, text in zip(events, texts, strict=True)]


def timeline_records(events: Iterable[Event], engine: Engine) -> list[dict[str, Any]]:
    """``replay --json``: one object per event, always the same keys."""
    events = list(events)
    texts = describe_all(events, engine)
    return [
        {
            "seq": e.seq,
            "at": e.at,
            "type": e.type.value,
            "question_id": e.question_id,
            "section": event_section(engine, e) or None,
            "text": text,
            "data": e.data,
        }
        for e, text in zip(events, texts, strict=True)
    ]
