"""Interview help from the LLM: follow-ups, drafts, section summaries, use-case ideas.

A service (it reads the session: answers, flow model, hot spots) built on the llm package
(client, log, safety), which knows nothing of sessions.

Each help is asked for (or offered when ``suggest_followup`` says an answer is thin),
never forced, and never changes the question flow: it returns text the user may copy,
edit or ignore. Replies stream to a callback (the TUI shows them as they come), are
bounded in size, and are logged with the session and question they served. The user's
answers enter the prompt only between ``<context>``/``<answer>`` tags, neutralised by
``safety.delimit``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.llm.client import CallContext, LLMClient
from assistant.llm.config import LLMSettings, load_settings
from assistant.llm.log import CallLog
from assistant.llm.prompts import help_prompt, help_task
from assistant.llm.safety import bound, delimit
from assistant.models.flowdef import QuestionKind

if TYPE_CHECKING:
    from assistant.models.flowdef import Question
    from assistant.services.interview import Interview

MAX_ANSWER_CHARS = 1_200
VAGUE_MARKERS = re.compile(
    r"\b(not sure|don'?t know|no idea|maybe|perhaps|probably|some|various|stuff|things"
    r"|etc|tbd|to be defined|n/?a|depends|it varies|a lot|many)\b",
    re.I,
)
DRAFT_SOURCES = {
    "strategic_statement": ("business", "ideation"),
    "value_proposition": ("ideation", "business", "product"),
}


class HelpKind(StrEnum):
    followup = "followup"
    strategic_statement = "strategic_statement"
    value_proposition = "value_proposition"
    section_summary = "section_summary"
    usecase_ideas = "usecase_ideas"


@dataclass
class HelpResult:
    kind: HelpKind
    text: str
    call_id: str
    prompt_version: str
    model: str
    latency_ms: int


def suggest_followup(question: Question, answer: Any) -> bool:
    """An answer worth a follow-up: a free-text answer that is very short or hedged."""
    if question.kind is not QuestionKind.text or not isinstance(answer, str):
        return False
    words = answer.split()
    if len(words) < (12 if question.multiline else 5):
        return True
    return len(VAGUE_MARKERS.findall(answer)) >= 2


def format_answer(value: Any) -> str:
    """An answer as plain text for a prompt (flows in the compact notation)."""
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict) and "source" in item:
                targets = ", ".join(map(str, item.get("targets", [])))
                part = f"{item.get('source')} -> {targets}: {item.get('content', '')}"
                if item.get("medium"):
                    part += f" [{item['medium']}]"
                parts.append(part + f" ({item.get('maturity', '')})")
            elif isinstance(item, dict) and "title" in item:
                parts.append(str(item["title"]))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def answers_context(
    interview: Interview, sections: tuple[str, ...], exclude: str | None = None
) -> str:
    """The applicable answers of ``sections`` as "question / answer" lines."""
    answers = interview.engine.active_answers(interview.state)
    lines: list[str] = []
    for section_id in sections:
        section = interview.engine.sections.get(section_id)
        if section is None:
            continue
        for question in section.questions:
            if question.id == exclude or question.id not in answers:
                continue
            text = bound(format_answer(answers[question.id]), MAX_ANSWER_CHARS)
            lines.append(f"Q: {interview.prompt(question)}\nA: {text}")
    return "\n\n".join(lines)


def hotspot_context(interview: Interview, top: int = 3) -> str:
    """The top hot spots of the session's flow model, with their reasons and flows."""
    from assistant.hypergraph.hotspots import rank_hotspots
    from assistant.services.model import session_model

    model = session_model(interview)
    if not model.flow_ids():
        raise UserError("no information flows yet: answer the flows question first")
    ranking = rank_hotspots(model)
    lines = []
    for spot in ranking.top(top):
        lines.append(f"- {spot.kind} {spot.name} (score {spot.score:.2f}): {spot.summary}")
        for flow_id in spot.flows[:4]:
            lines.append(f"    flow: {model.flow_label(flow_id)}")
    return "\n".join(lines)


class Helper:
    """Help texts for one session, through one chat model."""

    def __init__(
        self,
        settings: LLMSettings | None = None,
        *,
        chat_model: Any = None,
        log: CallLog | None = None,
        cancel: threading.Event | None = None,
        label: str | None = None,
    ) -> None:
        self.settings = settings or load_settings()
        self._chat_model = chat_model
        self.log = log
        self.cancel = cancel or threading.Event()
        self.label = label or self.settings.label

    def _client(self, interview: Interview, question_id: str | None) -> LLMClient:
        model = self._chat_model
        if model is None:
            from assistant.llm.models import build_chat_model

            model = build_chat_model(self.settings, temperature=self.settings.help_temperature)
            self._chat_model = model
        return LLMClient(
            model,
            self.settings,
            log=self.log,
            context=CallContext(interview.id, question_id),
            label=self.label,
            cancel=self.cancel,
        )

    def _run(
        self,
        kind: HelpKind,
        interview: Interview,
        question_id: str | None,
        on_chunk: Callable[[str], None] | None,
        **values: Any,
    ) -> HelpResult:
        limit = self.settings.max_input_chars
        safe = {
            k: delimit(v, limit)[0] if isinstance(v, str) and k in {"answer", "context"} else v
            for k, v in values.items()
        }
        prompt = help_prompt(kind.value, **safe)
        max_chars = int(help_task(kind.value).get("max_chars", 1500))
        reply = self._client(interview, question_id).stream(
            prompt.system,
            prompt.user,
            purpose=f"help:{kind.value}",
            prompt_version=prompt.version,
            on_chunk=on_chunk,
            max_chars=max_chars,
        )
        return HelpResult(
            kind=kind,
            text=reply.text.strip(),
            call_id=reply.call_id,
            prompt_version=prompt.version,
            model=self.label,
            latency_ms=reply.duration_ms,
        )

    def followup(
        self,
        interview: Interview,
        question_id: str,
        on_chunk: Callable[[str], None] | None = None,
    ) -> HelpResult:
        """One question that would make a short or vague answer concrete."""
        question = interview.question(question_id)
        answer = interview.state.answers.get(question_id)
        if answer in (None, ""):
            raise UserError(f"{question_id!r} has no answer to follow up on yet")
        return self._run(
            HelpKind.followup,
            interview,
            question_id,
            on_chunk,
            question=interview.prompt(question),
            answer=format_answer(answer),
        )

    def draft(
        self,
        interview: Interview,
        kind: HelpKind,
        on_chunk: Callable[[str], None] | None = None,
    ) -> HelpResult:
        """A draft of the strategic statement or value proposition from earlier answers."""
        if kind.value not in DRAFT_SOURCES:
            raise UserError(f"no draft for {kind.value!r}")
        target = kind.value if kind.value in interview.engine.index else None
        context = answers_context(interview, DRAFT_SOURCES[kind.value], exclude=target)
        if not context:
            raise UserError("answer a few questions first: there is nothing to draft from")
        return self._run(kind, interview, target, on_chunk, context=context)

    def section_summary(
        self,
        interview: Interview,
        section_id: str,
        on_chunk: Callable[[str], None] | None = None,
    ) -> HelpResult:
        """A short summary of a section's answers, ending with "Is this right?"."""
        section = interview.engine.sections.get(section_id)
        if section is None:
            known = ", ".join(interview.engine.sections)
            raise UserError(f"no section {section_id!r} (sections: {known})")
        context = answers_context(interview, (section_id,))
        if not context:
            raise UserError(f"the section {section.title!r} has no answers yet")
        return self._run(
            HelpKind.section_summary,
            interview,
            None,
            on_chunk,
            section=section.title,
            context=context,
        )

    def usecase_ideas(
        self,
        interview: Interview,
        on_chunk: Callable[[str], None] | None = None,
        top: int = 3,
    ) -> HelpResult:
        """Use-case ideas from the top hot spots of the session's flow model."""
        context = hotspot_context(interview, top)
        target = "usecase_candidates" if "usecase_candidates" in interview.engine.index else None
        return self._run(HelpKind.usecase_ideas, interview, target, on_chunk, context=context)
