"""Import a JSON framing export back into a store, exactly as it was exported.

An export may come from anyone, so nothing in it is trusted: its question flow goes
through the same checks as ``data360 flow validate`` (bounded conditions and templates
included), the session id must be a plain identifier (it names files and is typed on
command lines), titles may not hold control characters, and every answer is validated
against its question exactly as if it were being answered now. Any problem refuses the
whole import with one line; nothing is written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError
from typing_extensions import TypedDict

from assistant.errors import UserError
from assistant.models.document import FramingDocument
from assistant.models.events import ANSWER_EVENTS, EventType
from assistant.models.infoflow import Actor, Extraction
from assistant.store.base import SessionRecord, Store

MAX_IMPORT_BYTES = 200_000_000

SESSION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
"""What a session id may be: it names export files and is typed on command lines."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_MULTILINE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


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
    flow = data.get("flow_definition")
    if isinstance(flow, dict):
        from assistant.flow.checks import size_problems

        too_large = size_problems(flow)
        if too_large:
            raise UserError(f"{name}: the question flow in the export is {too_large[0].message}")
    try:
        document = FramingDocument.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise UserError(f"{name} is not a valid data360 export: {where}: {first['msg']}") from None
    return document


def check_text(value: Any, what: str, *, blank: bool = False, lines: bool = False) -> None:
    """A title-like value: text, no control or direction-override characters (line breaks
    and tabs only when ``lines``)."""
    if not isinstance(value, str):
        raise UserError(f"{what} must be text, not {type(value).__name__}")
    if not blank and not value.strip():
        raise UserError(f"{what} is blank")
    bad = (_CONTROL_MULTILINE if lines else _CONTROL).search(value)
    if bad:
        code = f"U+{ord(bad.group()):04X}"
        raise UserError(f"{what} holds a control character ({code}); it is refused")


def check_session_id(value: Any) -> str:
    """The id, or a UserError when it is not a plain identifier (no paths, no blanks)."""
    if not isinstance(value, str) or not SESSION_ID.fullmatch(value):
        shown = repr(value)[:60]
        raise UserError(
            f"session id {shown} is not a plain identifier (letters, digits, - and _,"
            " at most 64, starting with a letter or digit)"
        )
    return value


def check_document(document: FramingDocument, name: str = "<import>") -> None:
    """Refuse an export whose flow, id, titles or events could not have been made here."""
    from assistant.flow.loader import check_definition

    check_session_id(document.session.id)
    check_text(document.session.title, "the session title")
    errors = [p for p in check_definition(document.flow_definition) if p.is_error]
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise UserError(
            f"{name}: the question flow in the export is not valid: {errors[0].message}{more}"
        )
    _check_events(document)


def _check_events(document: FramingDocument) -> None:
    """Fold the events, validating each answer as the interview would have."""
    from assistant.engine.answers import AnswerError, validate_answer
    from assistant.models.flowdef import QuestionKind
    from assistant.services.interview import engine_for

    events = document.events
    if not events or events[0].type is not EventType.session_started:
        raise UserError("the export has no session_started event; nothing to import")
    if [e.seq for e in events] != list(range(1, len(events) + 1)):
        raise UserError("the export's events are not numbered 1..n; it was altered")
    engine = engine_for(document.flow_definition)
    state = engine.fold([])
    for event in events:
        where = f"event {event.seq} ({event.type.value})"
        qid = event.question_id
        if event.type is EventType.session_started:
            if event.seq != 1:
                raise UserError(f"{where}: a session starts only once")
            check_text(event.data.get("title"), f"{where}: the title")
            perimeter = event.data.get("perimeter", "")
            check_text(perimeter, f"{where}: the perimeter", blank=True, lines=True)
        elif qid is not None and qid not in engine.index:
            raise UserError(f"{where}: unknown question {qid!r}")
        if event.type in ANSWER_EVENTS:
            if qid is None or "value" not in event.data:
                raise UserError(f"{where}: an answer needs a question and a value")
            question = engine.questions[engine.index[qid]]
            value = event.data["value"]
            try:
                validate_answer(question, value, engine.choices(state, question))
            except AnswerError as error:
                raise UserError(f"{where}: answer to {qid!r} refused: {error}") from None
            numeric = question.kind in (QuestionKind.number, QuestionKind.scale)
            if numeric and (isinstance(value, bool) or not isinstance(value, int | float)):
                # what a person may type ("about six") is stored as the number it says: an
                # export holding text there was written by hand
                raise UserError(f"{where}: answer to {qid!r} refused: stored as text, not a number")
        elif event.type is EventType.note_added:
            text, author = event.data.get("text"), event.data.get("author", "")
            if not isinstance(text, str) or not isinstance(author, str):
                raise UserError(f"{where}: a note's text and author must be text")
        elif event.type is EventType.flows_extracted:
            _check_extraction(event.data, where)
        elif event.type is EventType.model_edited:
            _check_model_edit(event.data, where)
        engine.apply(state, event)


class _Merge(TypedDict):
    """A merge of two actors: ``other`` folded into ``keep``."""

    keep: str
    other: str


class _Hyperclass(TypedDict, total=False):
    name: str
    members: list[str]
    where: dict[str, str] | None


class _ModelEdit(TypedDict, total=False):
    """What a ``model_edited`` event may hold (checked before an import is applied)."""

    actors: list[Actor]
    attributes: dict[str, str]
    hyperclasses: list[_Hyperclass]
    delete_actors: list[str]
    delete_hyperclasses: list[str]
    merges: list[_Merge]


_MODEL_EDIT = TypeAdapter(_ModelEdit)


def _check_extraction(data: dict[str, Any], where: str) -> None:
    """A recorded proposal: its text and the flows and actors it proposed."""
    if not isinstance(data.get("text", ""), str):
        raise UserError(f"{where}: the extracted text must be text")
    if "extraction" in data:
        try:
            Extraction.model_validate(data["extraction"])
        except ValidationError as error:
            raise UserError(f"{where}: invalid proposal: {_first(error)}") from None


def _check_model_edit(data: dict[str, Any], where: str) -> None:
    """A model edit: actors, attributes (text to text), hyperclasses, deletions."""
    try:
        _MODEL_EDIT.validate_python(data)
    except ValidationError as error:
        raise UserError(f"{where}: invalid model edit: {_first(error)}") from None


def _first(error: ValidationError) -> str:
    first = error.errors()[0]
    place = ".".join(str(p) for p in first.get("loc", ()))
    return f"{place}: {first['msg']}" if place else str(first["msg"])


def import_document(store: Store, document: FramingDocument, name: str = "<import>") -> str:
    """Recreate the session of ``document`` (same id, events, flow); return its id.

    The document is checked first (``check_document``); nothing is written if it fails.
    """
    from assistant.services.interview import engine_for, flow_digest, flow_json

    check_document(document, name)
    events = document.events
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
