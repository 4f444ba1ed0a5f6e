"""The conversation as a list of entries, rebuilt from a session's events.

Pure (no Textual): the chat widget only draws entries. Each question is shown with the
prompt *as it was asked* — the events are folded one by one and the prompt is rendered
against the state at that point — so a resumed session reads exactly as it was lived.
The same ``Conversation`` then keeps up with new events as they are committed.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from assistant.engine.state import Engine, SessionState
from assistant.models.events import Event, EventType
from assistant.models.flowdef import QuestionKind
from assistant.services.insights import question_insight
from assistant.tui.text import format_answer, one_line, section_label


@dataclass(frozen=True)
class Entry:
    """One thing drawn in the conversation."""

    role: str
    """``intro`` | ``question`` | ``answer`` | ``system`` | ``note`` | ``summary``."""
    text: str
    title: str = ""
    question_id: str | None = None
    seq: int = 0
    edited: bool = False


@dataclass
class Conversation:
    """Entries for a session's events, kept up to date by ``feed``."""

    engine: Engine
    state: SessionState = field(default_factory=SessionState)
    introduced: set[str] = field(default_factory=set)
    last_section: str | None = None
    last_seq: int = 0
    keys: Callable[[str], str] = lambda text: text
    """Rewrites the keys a message names to those in force (served: browser-safe ones)."""

    def feed(self, events: Iterable[Event]) -> list[Entry]:
        """Entries for the events not seen yet (older ones are ignored)."""
        out: list[Entry] = []
        for event in events:
            if event.seq <= self.last_seq:
                continue
            out.extend(self._entries_before(event))
            self.engine.apply(self.state, event)
            out.extend(self._entries_after(event))
            self.last_seq = event.seq
        return out

    def feed_visit(
        self, events: Iterable[Event], before: dict[str, Any], where: str
    ) -> tuple[list[Entry], set[str]]:
        """Entries for events committed on another screen (flows, use cases, review):
        the answers given there *aside* become one line for the whole visit ("4 flows
        changed on the flows screen") instead of a bubble per edit; the questions whose
        answer changed are returned, so that their old bubbles can be marked superseded."""
        events = list(events)
        aside = {e.seq for e in events if e.data.get("aside")}
        entries = self.feed(events)
        kept = [e for e in entries if not (e.role == "answer" and e.seq in aside)]
        if len(kept) == len(entries):
            return entries, set()
        changed = {
            qid
            for qid, value in self.state.answers.items()
            if before.get(qid) != value and any(e.question_id == qid for e in entries)
        }
        line = self.visit_line(before, changed, where)
        first = next(i for i, e in enumerate(entries) if e.role == "answer" and e.seq in aside)
        position = sum(1 for e in entries[:first] if not (e.role == "answer" and e.seq in aside))
        kept.insert(position, Entry("system", line, seq=entries[first].seq))
        return kept, changed

    def visit_line(self, before: dict[str, Any], changed: set[str], where: str) -> str:
        """ "4 flows changed on the flows screen (14 now); the actors changed"."""
        parts: list[str] = []
        for question in self.engine.questions:
            if question.id not in changed:
                continue
            old, new = before.get(question.id), self.state.answers.get(question.id)
            if question.kind in (QuestionKind.flows, QuestionKind.usecases):
                noun = "flow" if question.kind is QuestionKind.flows else "use case"
                count = _items_changed(old, new)
                total = len(new) if isinstance(new, list) else 0
                parts.append(f"{count} {noun}{'s' if count != 1 else ''} changed ({total} now)")
            else:
                label = question.id.replace("_", " ")
                parts.append(f"the {label} answer changed")
        if not parts:
            return f"changes made on {where}"
        return f"{'; '.join(parts)} on {where}"

    def _question(self, question_id: str | None):
        index = self.engine.index.get(question_id or "")
        return None if index is None else self.engine.questions[index]

    def _entries_before(self, event: Event) -> list[Entry]:
        """Entries that need the state as it was just before the event."""
        if event.type is not EventType.question_asked:
            return []
        question = self._question(event.question_id)
        if question is None:
            return []
        out: list[Entry] = []
        section = self.engine.section_of[question.id]
        if section.id not in self.introduced:
            self.introduced.add(section.id)
            out.append(Entry("intro", section.intro.strip(), section.title, seq=event.seq))
        elif section.id != self.last_section:
            out.append(Entry("system", f"— {section_label(section.title)} —", seq=event.seq))
        self.last_section = section.id
        prompt = self.engine.prompt(self.state, question)
        insight = question_insight(self.engine, self.state, question)
        if insight:
            out.append(Entry("summary", insight, "From your map", question.id, event.seq))
        tag = "" if question.required else "optional"
        out.append(Entry("question", prompt, tag, question.id, event.seq))
        return out

    def _entries_after(self, event: Event) -> list[Entry]:
        kind = event.type
        question = self._question(event.question_id)
        if kind is EventType.session_started:
            title = str(event.data.get("title", ""))
            perimeter = str(event.data.get("perimeter", ""))
            text = "I will ask one question at a time; every answer is saved at once."
            if perimeter:
                text = f"Perimeter: {perimeter}\n{text}"
            return [Entry("summary", text, f"New framing: {title}", seq=event.seq)]
        if kind in (EventType.answer_given, EventType.answer_edited) and question is not None:
            value = event.data.get("value")
            edited = kind is EventType.answer_edited
            # given from the flows or use-case screen: say which question it answers
            title = ""
            if event.data.get("aside"):
                title = "to: " + one_line(self.engine.prompt(self.state, question), 70)
            return [
                Entry(
                    "answer", format_answer(question, value), title, question.id, event.seq, edited
                )
            ]
        if kind is EventType.question_skipped and question is not None:
            return [Entry("system", "skipped", question_id=question.id, seq=event.seq)]
        if kind is EventType.cursor_moved:
            target = self._question(event.data.get("to"))
            reason = event.data.get("reason", "")
            if target is None:
                return []
            label = {"back": "back to", "jump": "jump to", "goto": "go to", "pass": "next:"}
            words = label.get(str(reason), "go to")
            if reason == "jump":
                section = self.engine.section_of[target.id]
                return [Entry("system", f"{words} {section_label(section.title)}", seq=event.seq)]
            if reason == "pass":
                return [Entry("system", "kept the answer", seq=event.seq)]
            return [Entry("system", f"{words} an earlier question", seq=event.seq)]
        if kind is EventType.note_added:
            return [
                Entry("note", str(event.data.get("text", "")), "note", event.question_id, event.seq)
            ]
        if kind is EventType.section_completed:
            completed = self.engine.sections.get(str(event.data.get("section", "")))
            if completed is None:
                return []
            return [self._section_summary(completed.id, event.seq)]
        if kind is EventType.session_completed:
            return [
                Entry(
                    "summary",
                    self.keys(
                        "Every required question has an answer. Press ctrl+r to review the"
                        " framing and export it, or keep going with the optional ones."
                    ),
                    "Framing complete",
                    seq=event.seq,
                )
            ]
        return []

    def _section_summary(self, section_id: str, seq: int) -> Entry:
        """Interview manners: summarise the section and say how to correct it."""
        section = self.engine.sections[section_id]
        answered = [q for q in section.questions if q.id in self.state.answers]
        skipped = [q for q in section.questions if q.id in self.state.skipped]
        lines = [f"{len(answered)} answered, {len(skipped)} skipped."]
        for question in answered[:6]:
            value = format_answer(question, self.state.answers[question.id])
            first = value.split("\n", 1)[0].removeprefix("• ")
            lines.append(f"• {question.id.replace('_', ' ')}: {one_line(first, 70)}")
        if len(answered) > 6:
            lines.append(f"• … and {len(answered) - 6} more")
        lines.append("Is this right? Select an answer (shift+tab, then enter) to change it.")
        return Entry("summary", "\n".join(lines), f"{section_label(section.title)} done", seq=seq)


def _items_changed(old: Any, new: Any) -> int:
    """How many items of a list answer were added, removed or changed (an item edited in
    place counts once), from the difference of the two lists in order."""

    def keys(value: Any) -> list[str]:
        items = value if isinstance(value, list) else []
        return [json.dumps(item, sort_keys=True, ensure_ascii=False) for item in items]

    matcher = difflib.SequenceMatcher(a=keys(old), b=keys(new), autojunk=False)
    return sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )
