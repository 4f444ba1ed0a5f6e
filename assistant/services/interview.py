"""Running an interview: validate, commit, then move on.

``Interview`` is the one place where an answer becomes an event. Every mutation builds
its events, commits them to the store in one transaction (with the next ``question_asked``
when the question changes) and only then applies them to the in-memory state, so what the
user sees next is always what is on disk.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from assistant.engine.answers import AnswerError, validate_answer
from assistant.engine.state import Engine, SessionState
from assistant.errors import UserError
from assistant.models.events import Event, EventType
from assistant.models.flowdef import FlowDefinition, Question
from assistant.models.session import SessionSummary
from assistant.store.base import SessionRecord, Store

if TYPE_CHECKING:
    from assistant.services.suggestions import Suggestion

Clock = Callable[[], str]


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def flow_json(flow: FlowDefinition) -> str:
    return json.dumps(flow.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


def flow_digest(flow: FlowDefinition) -> str:
    return hashlib.sha256(flow_json(flow).encode()).hexdigest()


@lru_cache(maxsize=1)
def core_topics() -> tuple[str, ...]:
    """Core topic ids of METHOD.md §3.1, from prompts/topics.yaml."""
    import yaml

    from assistant.paths import prompts_dir

    data = yaml.safe_load((prompts_dir() / "topics.yaml").read_text(encoding="utf-8"))
    return tuple(t["id"] for t in data["topics"] if t.get("core"))


_engines: dict[str, Engine] = {}


def engine_for(flow: FlowDefinition, digest: str | None = None) -> Engine:
    """One engine per flow definition (its index is built once)."""
    key = digest or flow_digest(flow)
    if key not in _engines:
        _engines[key] = Engine(flow, core_topics())
    return _engines[key]


class Interview:
    """One session being answered (or read): the state plus the way to change it."""

    def __init__(
        self,
        store: Store,
        record: SessionRecord,
        engine: Engine,
        events: list[Event],
        clock: Clock = utc_now,
    ) -> None:
        self.store = store
        self.id = record.id
        self.session_record = record
        self.engine = engine
        self.clock = clock
        self.events = events
        self.state: SessionState = engine.fold(events)

    # --- reading -----------------------------------------------------------------------
    @property
    def flow(self) -> FlowDefinition:
        return self.engine.flow

    @property
    def title(self) -> str:
        return str(self.state.meta.get("title", self.session_record.title))

    def current(self) -> Question | None:
        return self.engine.current(self.state)

    def question(self, question_id: str) -> Question:
        index = self.engine.index.get(question_id)
        if index is None:
            raise UserError(f"no question {question_id!r} in flow {self.flow.id}")
        return self.engine.questions[index]

    def prompt(self, question: Question) -> str:
        return self.engine.prompt(self.state, question)

    def choices(self, question: Question) -> list[str] | None:
        return self.engine.choices(self.state, question)

    def suggestion(self, question: Question) -> Suggestion | None:
        """An answer to offer for an unanswered question (the title as product name…)."""
        from assistant.services.suggestions import suggest

        return suggest(self.engine, self.state, question)

    def is_complete(self) -> bool:
        return self.engine.is_complete(self.state)

    def summary(self) -> SessionSummary:
        current = self.current()
        sections = self.engine.section_progress(self.state)
        total = sum(s.total for s in sections)  # as engine.progress_percent, folded once:
        answered = sum(s.answered for s in sections)  # a summary is written with each answer
        return SessionSummary(
            id=self.id,
            title=self.title,
            perimeter=str(self.state.meta.get("perimeter", "")),
            flow_id=self.flow.id,
            flow_version=self.flow.version,
            status="complete" if self.is_complete() else "open",
            created_at=self.state.created_at,
            updated_at=self.state.updated_at,
            current_section=self.engine.section_of[current.id].id if current else None,
            current_question=current.id if current else None,
            progress=round(100 * answered / total) if total else 100,
            sections=sections,
            completeness=self.engine.completeness(self.state),
            reframed_from=self.state.meta.get("reframed_from"),
        )

    def catch_up(self) -> int:
        """Apply the events another window or participant committed since we last read
        (in order, from the store); returns how many there were."""
        last = self.events[-1].seq if self.events else 0
        new = self.store.events(self.id, after=last)
        for event in new:
            self.engine.apply(self.state, event)
        self.events.extend(new)
        return len(new)

    # --- writing -----------------------------------------------------------------------
    def _event(self, type_: EventType, question_id: str | None = None, **data: Any) -> Event:
        seq = self._base_seq + 1 + len(self._pending)
        event = Event(seq=seq, type=type_, at=self.clock(), question_id=question_id, data=data)
        self._pending.append(event)
        return event

    _pending: list[Event]
    _base_seq: int

    def _commit(self, build: Callable[[], object]) -> Question | None:
        """Build events, apply them to a trial state, commit with the summary, then keep."""
        self._pending = []
        self._base_seq = self.events[-1].seq if self.events else 0
        before = self.current()
        done_before = {s: self.engine.section_done(self.state, s) for s in self.engine.sections}
        complete_before = self.is_complete()
        build()
        for event in self._pending:
            self.engine.apply(self.state, event)
        for section_id, was_done in done_before.items():
            if not was_done and self.engine.section_done(self.state, section_id):
                self.engine.apply(
                    self.state, self._event(EventType.section_completed, section=section_id)
                )
        if not complete_before and self.is_complete():
            self.engine.apply(self.state, self._event(EventType.session_completed))
        after = self.current()
        if after is not None and (before is None or after.id != before.id or self._asks()):
            self.engine.apply(self.state, self._event(EventType.question_asked, after.id))
        summary = self._summary_columns()
        try:
            self.store.append(self.id, self._pending, summary)
        except BaseException:
            self.state = self.engine.fold(self.events)  # back to what is on disk
            raise
        self.events.extend(self._pending)
        self._pending = []
        return after

    def _asks(self) -> bool:
        """A question was re-asked (after back/jump) even if it is the same one."""
        return any(e.type is EventType.cursor_moved for e in self._pending)

    def _summary_columns(self) -> dict[str, Any]:
        """The session row's columns, and the whole summary as JSON (for listing)."""
        summary = self.summary()
        return {
            "title": summary.title,
            "perimeter": summary.perimeter,
            "status": summary.status,
            "current_section": summary.current_section,
            "current_question": summary.current_question,
            "progress": summary.progress,
            "updated_at": summary.updated_at,
            "summary": summary.model_dump_json(),
        }

    def validate(self, question: Question, raw: Any) -> Any:
        """The normalised value of ``raw`` for ``question`` (raises AnswerError)."""
        return validate_answer(question, raw, self.choices(question))

    def answer(
        self,
        raw: Any,
        question_id: str | None = None,
        *,
        preceded_by: tuple[tuple[EventType, dict[str, Any]], ...] = (),
        **extra: Any,
    ) -> Question | None:
        """Answer the current question (or ``question_id``); returns the next question.

        ``preceded_by`` are informational events (an extraction proposal and its
        acceptance) committed in the same transaction, before the answer: all or none.
        """
        question = self.question(question_id) if question_id else self.current()
        if question is None:
            raise UserError("the interview is finished; there is no question to answer")
        if not self.engine.applies(self.state, question.id):
            raise UserError(f"question {question.id!r} does not apply to this session")
        value = self.validate(question, raw)
        edited = question.id in self.state.answers
        kind = EventType.answer_edited if edited else EventType.answer_given
        data: dict[str, Any] = {"value": value, **extra}
        if edited:
            data["previous"] = self.state.answers[question.id]

        def build() -> None:
            for type_, info in preceded_by:
                self._event(type_, question.id, **info)
            self._event(kind, question.id, **data)

        return self._commit(build)

    def edit(self, question_id: str, raw: Any) -> Question | None:
        """Change an earlier answer without moving the cursor."""
        return self.answer(raw, question_id)

    def skip(self) -> Question | None:
        question = self.current()
        if question is None:
            raise UserError("the interview is finished; there is nothing to skip")
        if question.id in self.state.answers:
            # An answered question shown again (after back): skipping keeps the answer.
            return self._commit(
                lambda: self._event(
                    EventType.cursor_moved, to=self._next_after(question.id), reason="pass"
                )
            )
        return self._commit(lambda: self._event(EventType.question_skipped, question.id))

    def _next_after(self, question_id: str) -> str | None:
        plan = self.engine.plan(self.state)
        start = self.engine.index[question_id] + 1
        for i in range(start, len(self.engine.questions)):
            q = self.engine.questions[i]
            if plan[i] and self.engine.is_open(self.state, q.id):
                return q.id
        return None

    def back(self) -> Question | None:
        previous = self.engine.previous(self.state)
        if previous is None:
            raise UserError("already at the first question")
        return self._commit(
            lambda: self._event(EventType.cursor_moved, to=previous.id, reason="back")
        )

    def goto(self, question_id: str) -> Question | None:
        question = self.question(question_id)
        if not self.engine.applies(self.state, question.id):
            raise UserError(f"question {question_id!r} does not apply to this session")
        return self._commit(
            lambda: self._event(EventType.cursor_moved, to=question.id, reason="goto")
        )

    def jump(self, section_id: str) -> Question | None:
        target = self.engine.section_entry(self.state, section_id)
        if target is None:
            known = ", ".join(self.engine.sections)
            raise UserError(f"no section {section_id!r} with questions to ask (sections: {known})")
        return self._commit(
            lambda: self._event(
                EventType.cursor_moved, to=target.id, reason="jump", section=section_id
            )
        )

    def add_note(self, question_id: str, text: str, author: str = "") -> None:
        self.question(question_id)
        if not text.strip():
            raise UserError("a note needs some text")
        extra = {"author": author} if author else {}
        self._commit(lambda: self._event(EventType.note_added, question_id, text=text, **extra))

    def record(self, type_: EventType, question_id: str | None = None, **data: Any) -> None:
        """Commit an informational event (extraction proposals and decisions, model edits)."""
        self._commit(lambda: self._event(type_, question_id, **data))

    def record_all(
        self, question_id: str | None, events: tuple[tuple[EventType, dict[str, Any]], ...]
    ) -> None:
        """Commit several informational events in one transaction (all or none)."""

        def build() -> None:
            for type_, data in events:
                self._event(type_, question_id, **data)

        self._commit(build)


class InterviewService:
    """Sessions in a store: start, open, list."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock

    def start(
        self,
        flow: FlowDefinition,
        title: str,
        perimeter: str = "",
        reframed_from: str | None = None,
        session_id: str | None = None,
        *,
        answer_perimeter: bool = False,
    ) -> Interview:
        """A new session, created in one store transaction.

        With ``answer_perimeter`` (the TUI's New-framing dialog, which asks for it), a
        perimeter given at the start is also the answer to the flow's first question
        when that question is the ``perimeter`` one: it is not asked twice.
        """
        title = " ".join(title.split())
        if not title:
            raise UserError("a session needs a title")
        digest = flow_digest(flow)
        engine = engine_for(flow, digest)
        now = self.clock()
        sid = session_id or uuid.uuid4().hex
        meta: dict[str, Any] = {
            "title": title,
            "perimeter": perimeter,
            "flow_id": flow.id,
            "flow_version": flow.version,
            "flow_digest": digest,
        }
        if reframed_from:
            meta["reframed_from"] = reframed_from
        from assistant.services.notes import declared_author

        if author := declared_author():  # the framing's author, never a guessed login
            meta["author"] = author
        events = [Event(seq=1, type=EventType.session_started, at=now, data=meta)]
        state = engine.fold(events)
        first = engine.current(state)
        if first is not None:
            events.append(Event(seq=2, type=EventType.question_asked, at=now, question_id=first.id))
            engine.apply(state, events[-1])
            if answer_perimeter and first.id == PERIMETER_QUESTION and perimeter.strip():
                first = _answer_at_start(engine, state, events, first, perimeter, now)
        record = SessionRecord(
            id=sid,
            title=title,
            perimeter=perimeter,
            flow_id=flow.id,
            flow_version=flow.version,
            flow_digest=digest,
            status="open",
            current_section=engine.section_of[first.id].id if first else None,
            current_question=first.id if first else None,
            progress=engine.progress_percent(state),
            created_at=now,
            updated_at=now,
            reframed_from=reframed_from,
            event_count=len(events),
        )
        interview = Interview(self.store, record, engine, events, self.clock)
        record = replace(record, summary=interview.summary().model_dump_json())
        interview.session_record = record
        self.store.create_session(record, flow_json(flow), events)
        return interview

    def open(self, id_or_prefix: str) -> Interview:
        session_id = self.store.resolve(id_or_prefix)
        record = self.store.session(session_id)
        flow = FlowDefinition.model_validate_json(self.store.flow_definition(record.flow_digest))
        engine = engine_for(flow, record.flow_digest)
        return Interview(self.store, record, engine, self.store.events(session_id), self.clock)

    def summary_dicts(self) -> list[dict[str, Any]]:
        """``summaries()`` as JSON-ready dicts without None fields (what ``sessions
        --json`` prints), parsed straight from the stored rows: no model validation, so
        2,000 sessions list in a few tens of milliseconds."""
        result = []
        for record in self.store.sessions():
            text = record.summary
            if text is None:
                text = self.open(record.id).summary().model_dump_json()
                self.store.set_summary(record.id, text)
            result.append(_without_none(json.loads(text)))
        return result

    def summaries(self) -> list[SessionSummary]:
        """Every session's summary, from its row (see ``summary_dicts``)."""
        return [SessionSummary.model_validate(d) for d in self.summary_dicts()]


PERIMETER_QUESTION = "perimeter"
"""The question a perimeter given at the start of a session answers (see ``start``)."""


def _answer_at_start(
    engine: Engine,
    state: SessionState,
    events: list[Event],
    question: Question,
    text: str,
    now: str,
) -> Question | None:
    """Record ``text`` as the answer to ``question`` among the start events; the question
    then asked (the same one if the text is not a valid answer: nothing is lost, it is
    asked as before)."""
    try:
        value = validate_answer(question, text, engine.choices(state, question))
    except AnswerError:
        return question
    given = Event(
        seq=len(events) + 1,
        type=EventType.answer_given,
        at=now,
        question_id=question.id,
        data={"value": value, "given_in": "new-framing"},
    )
    events.append(given)
    engine.apply(state, given)
    after = engine.current(state)
    if after is not None:
        asked = Event(
            seq=len(events) + 1, type=EventType.question_asked, at=now, question_id=after.id
        )
        events.append(asked)
        engine.apply(state, asked)
    return after


def _without_none(value: Any) -> Any:
    """Drop None-valued keys at every depth (pydantic's ``exclude_none``)."""
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


__all__ = ["AnswerError", "Interview", "InterviewService", "flow_digest", "utc_now"]
