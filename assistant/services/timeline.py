"""A session's history as readable lines (``replay --plain``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from assistant.engine.state import Engine
from assistant.models.events import Event, EventType
from assistant.text.escape import printable

MAX_VALUE_CHARS = 160


def short(value: Any, limit: int = MAX_VALUE_CHARS) -> str:
    """A one-line, control-character-free rendering of an answer value."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = json.dumps(value, ensure_ascii=False)
    text = printable(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(event: Event, engine: Engine | None = None) -> str:
    """What an event means, in words."""
    data, qid = event.data, event.question_id
    match event.type:
        case EventType.session_started:
            return f"session started: {short(data.get('title', ''))} (flow {data.get('flow_id')})"
        case EventType.question_asked:
            section = engine.section_of[qid].id if engine and qid in engine.section_of else ""
            return f"asked {qid}" + (f" [{section}]" if section else "")
        case EventType.answer_given if data.get("carried_over"):
            return f"carried over {qid}: {short(data.get('value'))}"
        case EventType.answer_given:
            return f"answered {qid}: {short(data.get('value'))}"
        case EventType.answer_edited:
            return (
                f"edited {qid}: {short(data.get('previous'), 70)} -> {short(data.get('value'), 70)}"
            )
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
            return f"note on {qid}{author}: {short(data.get('text'))}"
        case EventType.section_completed:
            return f"section completed: {data.get('section')}"
        case EventType.session_completed:
            return "session completed"
        case _:
            return f"{event.type.value} {qid or ''} {short(data)}".strip()


def timeline(events: Iterable[Event], engine: Engine | None = None) -> list[str]:
    return [f"{e.seq:>5}  {e.at}  {describe(e, engine)}" for e in events]
