"""Import a JSON framing export back into a database, exactly as it was exported."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from assistant.errors import UserError
from assistant.models.document import FramingDocument
from assistant.store.base import SessionRecord, Store

MAX_IMPORT_BYTES = 200_000_000


def read_document(path: str | Path) -> FramingDocument:
    """Parse and validate a JSON export; any problem is one clear UserError."""
    from assistant.textfiles import read_text

    text = read_text(path, what="export", max_bytes=MAX_IMPORT_BYTES)
    return parse_document(text, str(path))


def parse_document(text: str, name: str = "<import>") -> FramingDocument:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise UserError(f"{name} is not valid JSON ({error})") from None
    if not isinstance(data, dict) or "events" not in data:
        raise UserError(f"{name} is not a data360 JSON export (no events)")
    try:
        return FramingDocument.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise UserError(f"{name} is not a valid data360 export: {where}: {first['msg']}") from None


def import_document(store: Store, document: FramingDocument) -> str:
    """Recreate the session of ``document`` (same id, events, flow); return its id."""
    from assistant.services.interview import engine_for, flow_digest, flow_json

    events = document.events
    if not events or events[0].type.value != "session_started":
        raise UserError("the export has no session_started event; nothing to import")
    if [e.seq for e in events] != list(range(1, len(events) + 1)):
        raise UserError("the export's events are not numbered 1..n; it was altered")
    flow = document.flow_definition
    digest = flow_digest(flow)
    engine = engine_for(flow, digest)
    state = engine.fold(events)
    current = engine.current(state)
    meta = state.meta
    record = SessionRecord(
        id=document.session.id,
        title=str(meta.get("title", document.session.title)),
        perimeter=str(meta.get("perimeter", "")),
        flow_id=flow.id,
        flow_version=flow.version,
        flow_digest=digest,
        status="complete" if engine.is_complete(state) else "open",
        current_section=engine.section_of[current.id].id if current else None,
        current_question=current.id if current else None,
        progress=engine.progress_percent(state),
        created_at=state.created_at,
        updated_at=state.updated_at,
        reframed_from=meta.get("reframed_from"),
        event_count=len(events),
    )
    store.create_session(record, flow_json(flow), list(events))
    return record.id
