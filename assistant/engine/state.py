"""A session's state is a fold over its events; the engine answers questions about it.

``Engine`` is pure: it owns an index of the flow and never does I/O. The same ``apply``
is used live (one event at a time) and in replay (``fold`` over the history), so a
replayed session is the live one by construction. Unknown or out-of-place events are
ignored rather than fatal, so an old history never stops a session from opening.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from assistant.flow.expressions import (
    condition_names,
    display_value,
    evaluate_condition,
    render,
    template_names,
)
from assistant.models.events import Event
from assistant.models.flowdef import FlowDefinition, Question, Section
from assistant.models.session import Completeness, SectionProgress


@dataclass
class SessionState:
    """Everything the events say about a session (no derived data but a cache)."""

    meta: dict[str, Any] = field(default_factory=dict)
    answers: dict[str, Any] = field(default_factory=dict)
    answered_at: dict[str, str] = field(default_factory=dict)
    skipped: set[str] = field(default_factory=set)
    needs_review: set[str] = field(default_factory=set)
    carried_over: set[str] = field(default_factory=set)
    notes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    proposals: dict[str, dict[str, Any]] = field(default_factory=dict)
    model_edits: list[dict[str, Any]] = field(default_factory=list)
    focus: str | None = None
    position: int = 0
    last_seq: int = 0
    created_at: str = ""
    updated_at: str = ""
    _plan: list[bool] | None = field(default=None, repr=False, compare=False)

    def snapshot(self) -> dict[str, Any]:
        """A comparable, JSON-able view (used to prove replay equals live state)."""
        return {
            "meta": self.meta,
            "answers": self.answers,
            "answered_at": self.answered_at,
            "skipped": sorted(self.skipped),
            "needs_review": sorted(self.needs_review),
            "carried_over": sorted(self.carried_over),
            "notes": self.notes,
            "proposals": self.proposals,
            "model_edits": self.model_edits,
            "focus": self.focus,
            "position": self.position,
            "last_seq": self.last_seq,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


class Engine:
    """Pure interview logic for one flow definition."""

    def __init__(self, flow: FlowDefinition, core_topics: Iterable[str] = ()) -> None:
        self.flow = flow
        self.core_topics = tuple(core_topics)
        self.questions: list[Question] = flow.questions()
        self.index: dict[str, int] = {q.id: i for i, q in enumerate(self.questions)}
        self.section_of: dict[str, Section] = {q.id: s for s in flow.sections for q in s.questions}
        self.sections: dict[str, Section] = {s.id: s for s in flow.sections}
        self.dependents: dict[str, set[str]] = {q.id: set() for q in self.questions}
        for q in self.questions:
            names: set[str] = set()
            if q.when:
                names |= condition_names(q.when)
            names |= template_names(q.prompt)
            if q.choices_from:
                names.add(q.choices_from)
            for name in names:
                if name in self.dependents:
                    self.dependents[name].add(q.id)

    # --- folding ---------------------------------------------------------------------
    def fold(self, events: Iterable[Event]) -> SessionState:
        state = SessionState()
        for event in events:
            self.apply(state, event)
        return state

    def apply(self, state: SessionState, event: Event) -> SessionState:
        """Apply one event in place (and return the state, for chaining)."""
        state.last_seq = max(state.last_seq, event.seq)
        state.updated_at = event.at
        if not state.created_at:
            state.created_at = event.at
        handler = getattr(self, f"_on_{event.type.value}", None)
        if handler is not None:
            handler(state, event)
        return state

    def _known(self, event: Event) -> bool:
        return event.question_id is not None and event.question_id in self.index

    def _on_session_started(self, state: SessionState, event: Event) -> None:
        state.meta = dict(event.data)

    def _on_answer_given(self, state: SessionState, event: Event) -> None:
        if not self._known(event) or "value" not in event.data:
            return
        qid = event.question_id
        assert qid is not None
        had_answer = qid in state.answers
        previous = state.answers.get(qid)
        state.answers[qid] = event.data["value"]
        state.answered_at[qid] = event.at
        state.skipped.discard(qid)
        state.needs_review.discard(qid)
        if not event.data.get("carried_over"):
            state.carried_over.discard(qid)
        else:
            state.carried_over.add(qid)
        if had_answer and previous != event.data["value"]:
            for dependent in self.dependents[qid]:
                if dependent in state.answers:
                    state.needs_review.add(dependent)
        # An answer given "aside" (from the flows or use-case screen, not to the question
        # being asked) leaves the cursor where it is; otherwise the interview moves on.
        if not event.data.get("aside"):
            if state.focus in (None, qid):
                state.position = self.index[qid] + 1
            state.focus = None
        state._plan = None

    _on_answer_edited = _on_answer_given

    def _on_question_skipped(self, state: SessionState, event: Event) -> None:
        if not self._known(event):
            return
        qid = event.question_id
        assert qid is not None
        state.skipped.add(qid)
        if state.focus in (None, qid):
            state.position = self.index[qid] + 1
        state.focus = None

    def _on_cursor_moved(self, state: SessionState, event: Event) -> None:
        target = event.data.get("to")
        if isinstance(target, str) and target in self.index:
            state.focus = target
            state.position = self.index[target]

    def _on_note_added(self, state: SessionState, event: Event) -> None:
        if event.question_id is None:
            return
        note = {"at": event.at, "text": str(event.data.get("text", ""))}
        if event.data.get("author"):
            note["author"] = str(event.data["author"])
        state.notes.setdefault(event.question_id, []).append(note)

    def _on_flows_extracted(self, state: SessionState, event: Event) -> None:
        if event.question_id is not None:
            state.proposals[event.question_id] = {**event.data, "status": "proposed"}
            state._plan = None

    def _on_extraction_accepted(self, state: SessionState, event: Event) -> None:
        proposal = state.proposals.get(event.question_id or "")
        if proposal is not None:
            proposal["status"] = "accepted"

    def _on_extraction_rejected(self, state: SessionState, event: Event) -> None:
        proposal = state.proposals.get(event.question_id or "")
        if proposal is not None:
            proposal["status"] = "rejected"

    def _on_model_edited(self, state: SessionState, event: Event) -> None:
        state.model_edits.append(dict(event.data))

    # --- derived views ---------------------------------------------------------------
    def plan(self, state: SessionState) -> list[bool]:
        """Which questions apply, in order, given the answers of earlier applicable ones."""
        if state._plan is not None:
            return state._plan
        active: dict[str, Any] = {}
        plan: list[bool] = []
        for question in self.questions:
            applies = True
            if question.when:
                applies = evaluate_condition(question.when, active)
            plan.append(applies)
            if applies and question.id in state.answers:
                active[question.id] = state.answers[question.id]
        state._plan = plan
        return plan

    def applies(self, state: SessionState, question_id: str) -> bool:
        index = self.index.get(question_id)
        return index is not None and self.plan(state)[index]

    def active_answers(self, state: SessionState) -> dict[str, Any]:
        """Answers of the questions that apply (answers to branches not taken are kept apart)."""
        plan = self.plan(state)
        return {
            q.id: state.answers[q.id]
            for q, applies in zip(self.questions, plan, strict=True)
            if applies and q.id in state.answers
        }

    def is_open(self, state: SessionState, question_id: str) -> bool:
        return question_id not in state.answers and question_id not in state.skipped

    def current(self, state: SessionState) -> Question | None:
        """The question to ask now: the focused one, else the first open one from the cursor."""
        plan = self.plan(state)
        if state.focus is not None and plan[self.index[state.focus]]:
            return self.questions[self.index[state.focus]]
        start = min(state.position, len(self.questions))
        order = list(range(start, len(self.questions))) + list(range(start))
        for i in order:
            question = self.questions[i]
            if plan[i] and self.is_open(state, question.id):
                return question
        return None

    def previous(self, state: SessionState) -> Question | None:
        """The applicable question just before the current one (for "back")."""
        current = self.current(state)
        end = self.index[current.id] if current else len(self.questions)
        plan = self.plan(state)
        for i in range(end - 1, -1, -1):
            if plan[i]:
                return self.questions[i]
        return None

    def section_entry(self, state: SessionState, section_id: str) -> Question | None:
        """Where a jump to a section lands: its first open question, else its first one."""
        section = self.sections.get(section_id)
        if section is None:
            return None
        plan = self.plan(state)
        applicable = [q for q in section.questions if plan[self.index[q.id]]]
        for question in applicable:
            if self.is_open(state, question.id):
                return question
        return applicable[0] if applicable else None

    def choices(self, state: SessionState, question: Question) -> list[str] | None:
        """Static choices, or the titles of the earlier answer named by ``choices_from``."""
        if question.choices_from is None:
            return question.choices
        value = self.active_answers(state).get(question.choices_from)
        if not isinstance(value, list):  # nothing yet, or a history the flow no longer fits
            return []
        titles = []
        for item in value:
            title = item.get("title") if isinstance(item, dict) else str(item)
            if title and title not in titles:
                titles.append(str(title))
        return titles

    def template_context(self, state: SessionState) -> dict[str, Any]:
        context = {k: display_value(v) for k, v in self.active_answers(state).items()}
        context["session_title"] = state.meta.get("title", "")
        context["perimeter"] = state.meta.get("perimeter", "")
        return {k: v for k, v in context.items() if v not in (None, "")}

    def prompt(self, state: SessionState, question: Question) -> str:
        """The question's text with earlier answers piped in."""
        return render(question.prompt, self.template_context(state))

    def help(self, state: SessionState, question: Question) -> str:
        return render(question.help, self.template_context(state))

    def section_progress(self, state: SessionState) -> list[SectionProgress]:
        plan = self.plan(state)
        out = []
        for section in self.flow.sections:
            applicable = [q for q in section.questions if plan[self.index[q.id]]]
            out.append(
                SectionProgress(
                    id=section.id,
                    title=section.title,
                    answered=sum(1 for q in applicable if q.id in state.answers),
                    total=len(applicable),
                    skipped=sum(1 for q in applicable if q.id in state.skipped),
                )
            )
        return out

    def progress_percent(self, state: SessionState) -> int:
        sections = self.section_progress(state)
        total = sum(s.total for s in sections)
        answered = sum(s.answered for s in sections)
        return round(100 * answered / total) if total else 100

    def completeness(self, state: SessionState) -> Completeness:
        plan = self.plan(state)
        applicable = [q for q, a in zip(self.questions, plan, strict=True) if a]
        required = [q for q in applicable if q.required]
        optional = [q for q in applicable if not q.required]
        answered = set(state.answers)
        covered = sorted({t for q in applicable if q.id in answered for t in q.topics})
        required_answered = sum(1 for q in required if q.id in answered)
        return Completeness(
            percent=round(100 * required_answered / len(required)) if required else 100,
            required_total=len(required),
            required_answered=required_answered,
            optional_total=len(optional),
            optional_answered=sum(1 for q in optional if q.id in answered),
            skipped=[q.id for q in applicable if q.id in state.skipped],
            missing_required=[q.id for q in required if q.id not in answered],
            topics_covered=covered,
            topics_uncovered=[t for t in self.core_topics if t not in covered],
        )

    def is_complete(self, state: SessionState) -> bool:
        plan = self.plan(state)
        return all(
            q.id in state.answers
            for q, applies in zip(self.questions, plan, strict=True)
            if applies and q.required
        )

    def section_done(self, state: SessionState, section_id: str) -> bool:
        """Every applicable question of the section answered or skipped."""
        plan = self.plan(state)
        return all(
            not self.is_open(state, q.id)
            for q in self.sections[section_id].questions
            if plan[self.index[q.id]]
        )
