"""Scripted chat models for the LLM tests (no network, no provider package).

``ScriptedChat`` answers from a list: a string is a reply, an exception is raised, a
``Slow`` waits before replying. LangChain's own fakes (``FakeListChatModel``,
``GenericFakeChatModel``) have no ``with_structured_output``, which is exactly the
"model without native structured output" path; ``NativeChat`` adds one, parsing JSON
the way a provider's native mode would, for the other path.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import RunnableLambda
from pydantic import Field


@dataclass
class Slow:
    """A reply given after ``seconds`` or when ``release`` is set; ``done`` once given.

    A test proves that a call gave up early by checking ``done`` is still unset when the
    call returned (a condition, not a stopwatch), then sets ``release``.
    """

    seconds: float
    text: str = "{}"
    release: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)


class HTTPStatusError(Exception):
    """Shaped like a provider error: carries a ``status_code``."""

    def __init__(self, status_code: int) -> None:
        super().__init__(f"server said {status_code}")
        self.status_code = status_code


class ScriptedChat(BaseChatModel):
    replies: list[Any] = Field(default_factory=list)
    seen: list[list[BaseMessage]] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _next(self, messages: list[BaseMessage]) -> str:
        self.seen.append(list(messages))
        item = self.replies.pop(0) if self.replies else ""
        if isinstance(item, BaseException):
            raise item
        if isinstance(item, Slow):
            item.release.wait(item.seconds)
            item.done.set()
            return item.text
        return item if isinstance(item, str) else json.dumps(item)

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> ChatResult:
        text = self._next(messages)
        message = AIMessage(
            content=text,
            usage_metadata={"input_tokens": 10, "output_tokens": 5, "total_tokens": 15},
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> Iterator[ChatGenerationChunk]:
        text = self._next(messages)
        for i, word in enumerate(text.split(" ")):
            yield ChatGenerationChunk(
                message=AIMessageChunk(content=word if i == 0 else " " + word)
            )


class NativeChat(ScriptedChat):
    """A scripted model with native structured output (parsed beside the raw message)."""

    structured_calls: int = 0

    def with_structured_output(self, schema: Any, *, include_raw: bool = False, **kw: Any) -> Any:
        def run(messages: Any) -> dict[str, Any]:
            self.structured_calls += 1
            raw = self.invoke(messages)
            try:
                return {"raw": raw, "parsed": json.loads(raw.content), "parsing_error": None}
            except ValueError as error:
                return {"raw": raw, "parsed": None, "parsing_error": error}

        return RunnableLambda(run)


GOOD_TEXT = (
    "At the refinery, the site planner prepares the list of planned shutdowns every"
    " Thursday and emails it as an Excel attachment to the maintenance team. The"
    " maintenance supervisor then re-types each job into SAP PM so that work orders can be"
    " created. Once a job is closed in SAP PM, the completion status is pushed"
    " automatically to the planning dashboard through an interface."
)
GOOD_REPLY = {
    "actors": [
        {"name": "site planner", "kind": "person"},
        {"name": "maintenance team", "kind": "team"},
        {"name": "maintenance supervisor", "kind": "person"},
        {"name": "SAP PM", "kind": "tool"},
        {"name": "planning dashboard", "kind": "tool"},
    ],
    "flows": [
        {
            "source": "site planner",
            "targets": ["maintenance team"],
            "content": "list of planned shutdowns",
            "medium": "email with Excel attachment",
            "maturity": "low",
            "frequency": "every Thursday",
        },
        {
            "source": "maintenance supervisor",
            "targets": ["SAP PM"],
            "content": "jobs",
            "medium": "re-typing",
            "maturity": "low",
        },
        {
            "source": "SAP PM",
            "targets": ["planning dashboard"],
            "content": "completion status",
            "medium": "interface",
            "maturity": "high",
        },
    ],
}
HALLUCINATED_REPLY = {
    "actors": [
        {"name": "site planner", "kind": "person"},
        {"name": "Chief Executive Officer", "kind": "person"},
        {"name": "Salesforce", "kind": "tool"},
    ],
    "flows": [
        {
            "source": "site planner",
            "targets": ["maintenance team", "Chief Executive Officer"],
            "content": "quarterly revenue forecast",
            "medium": "Slack",
            "maturity": "medium",
        },
        {
            "source": "Salesforce",
            "targets": ["Chief Executive Officer"],
            "content": "sales pipeline",
            "medium": "API",
            "maturity": "high",
        },
    ],
}
