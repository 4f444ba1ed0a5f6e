"""One LLM call, bounded in time and size, retried with care, cancellable and logged.

Every call runs in a daemon thread the caller waits on with a deadline, so a server that
never answers (or a provider client that ignores its own timeout) cannot hang the
command or the TUI worker past ``settings.timeout``. Connection errors, rate limits and
server errors are retried ``settings.retries`` times with exponential backoff; a timeout
is not retried (the user is already waiting). Each attempt is one row of the call log.
"""

from __future__ import annotations

import functools
import json
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.llm.config import LLMSettings
from assistant.llm.log import CallLog, CallRecord, parsed_json
from assistant.llm.safety import bound, leaks_prompt, redact

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

_TRANSIENT_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
_UNSUPPORTED_STATUS = {400, 404, 422, 501}
MAX_REPLY_CHARS = 100_000


class LLMError(Exception):
    """A call that produced no usable reply; ``kind`` is logged and shown."""

    kind = "error"

    def __init__(self, message: str) -> None:
        super().__init__(redact(" ".join(str(message).split()))[:300])


class LLMTimeout(LLMError):
    kind = "timeout"


class LLMCancelled(LLMError):
    kind = "cancelled"


class LLMRefused(LLMError):
    """The reply was withheld (it recited the system prompt)."""

    kind = "refused"


@dataclass
class CallContext:
    """What a call serves, for the log."""

    session_id: str | None = None
    question_id: str | None = None


@dataclass
class Reply:
    text: str
    call_id: str
    duration_ms: int
    parsed: Any = None
    parsing_error: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None


def message_text(message: Any) -> str:
    """The text of an AI message, or its first tool call's arguments as JSON."""
    text = getattr(message, "text", None)
    if isinstance(text, str):
        text = str(text)  # langchain-core 1.x: a callable str subclass
    elif callable(text):
        text = text()
    if not isinstance(text, str):
        content = getattr(message, "content", "")
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    if not text.strip():
        calls = getattr(message, "tool_calls", None) or []
        if calls:
            text = json.dumps(calls[0].get("args", {}), ensure_ascii=False)
    return text[:MAX_REPLY_CHARS]


def _usage(message: Any) -> tuple[int | None, int | None]:
    usage = getattr(message, "usage_metadata", None) or {}
    return usage.get("input_tokens"), usage.get("output_tokens")


def _status(error: BaseException) -> int | None:
    status = getattr(error, "status_code", None)
    if status is None:
        status = getattr(getattr(error, "response", None), "status_code", None)
    return status if isinstance(status, int) else None


def _is_timeout(error: BaseException) -> bool:
    return isinstance(error, TimeoutError) or "timeout" in type(error).__name__.lower()


def _is_transient(error: BaseException) -> bool:
    if _status(error) in _TRANSIENT_STATUS:
        return True
    name = type(error).__name__
    return isinstance(error, ConnectionError) or any(
        word in name for word in ("Connection", "Connect", "RemoteProtocol", "ReadError")
    )


def _describe(error: BaseException) -> str:
    status = _status(error)
    text = " ".join(str(error).split())[:200]
    head = f"{type(error).__name__}" + (f" {status}" if status else "")
    return redact(f"{head}: {text}" if text else head)


def _structured_kwargs(model: Any) -> dict[str, Any]:
    """Native structured output that leaves the JSON in the message text where possible,
    so a reply the provider could not parse can still be repaired from its text."""
    name = type(model).__name__
    if name in {"ChatOpenAI", "AzureChatOpenAI", "ChatOllama"}:
        return {"method": "json_schema"}
    return {}


class LLMClient:
    """Calls to one chat model on behalf of one session/question (or none)."""

    def __init__(
        self,
        model: BaseChatModel,
        settings: LLMSettings,
        *,
        log: CallLog | None = None,
        context: CallContext | None = None,
        label: str | None = None,
        cancel: threading.Event | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.model = model
        self.settings = settings
        self.log = log
        self.context = context or CallContext()
        self.label = label or settings.label
        self.cancel = cancel or threading.Event()
        self._sleep = sleep
        self.native: bool | None = None if settings.structured != "json" else False

    # ------------------------------------------------------------------ plumbing
    def _messages(self, system: str, user: str, history: Sequence[tuple[str, str]]) -> list[Any]:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        messages: list[Any] = [SystemMessage(content=system), HumanMessage(content=user)]
        for role, text in history:
            messages.append(AIMessage(content=text) if role == "ai" else HumanMessage(content=text))
        return messages

    def _bounded(self, fn: Callable[[], Any], deadline: float) -> Any:
        """``fn()`` in a daemon thread; gives up at ``deadline`` or on cancel."""
        box: dict[str, Any] = {}
        done = threading.Event()

        def target() -> None:
            try:
                box["value"] = fn()
            except BaseException as error:
                box["error"] = error
            finally:
                done.set()

        threading.Thread(target=target, daemon=True, name="data360-llm-call").start()
        while not done.wait(min(0.05, max(0.0, deadline - time.monotonic()))):
            if self.cancel.is_set():
                raise LLMCancelled("cancelled")
            if time.monotonic() >= deadline:
                raise LLMTimeout(f"no answer within {self.settings.timeout:g} s")
        if "error" in box:
            raise box["error"]
        return box["value"]

    def _wait(self, seconds: float) -> None:
        if self._sleep is not None:
            self._sleep(seconds)
        elif self.cancel.wait(seconds):
            raise LLMCancelled("cancelled")

    def _record(self, **fields: Any) -> CallRecord:
        record = CallRecord(
            model=self.label,
            base_url=self.settings.base_url or "",
            session_id=self.context.session_id,
            question_id=self.context.question_id,
            **fields,
        )
        if self.log is not None:
            self.log.write(record)
        return record

    # ------------------------------------------------------------------ calls
    def complete(
        self,
        system: str,
        user: str,
        *,
        purpose: str,
        prompt_version: str,
        history: Sequence[tuple[str, str]] = (),
        schema: dict[str, Any] | None = None,
    ) -> Reply:
        """One reply (native structured output when ``schema`` is given and available)."""
        messages = self._messages(system, user, history)
        prompt_text = user if not history else history[-1][1]
        attempts = self.settings.retries + 1
        attempt = 0
        while True:
            attempt += 1
            runnable, structured = self._runnable(schema)
            started = time.monotonic()
            try:
                result = self._bounded(
                    functools.partial(runnable.invoke, messages), started + self.settings.timeout
                )
            except BaseException as error:
                ms = int((time.monotonic() - started) * 1000)
                if structured and (
                    isinstance(error, NotImplementedError) or _status(error) in _UNSUPPORTED_STATUS
                ):
                    # The server does not do structured output: parse JSON from text instead.
                    self.native = False
                    self._record(
                        purpose=purpose, prompt_version=prompt_version, system=system,
                        prompt=prompt_text, status="error", error=_describe(error),
                        duration_ms=ms, attempt=attempt,
                    )  # fmt: skip
                    attempt -= 1
                    continue
                kind, message = self._classify(error)
                self._record(
                    purpose=purpose, prompt_version=prompt_version, system=system,
                    prompt=prompt_text, status=kind, error=message, duration_ms=ms,
                    attempt=attempt,
                )  # fmt: skip
                if isinstance(error, LLMError):
                    raise
                if kind == "error" and _is_transient(error) and attempt < attempts:
                    self._wait(self.settings.backoff * 2 ** (attempt - 1))
                    continue
                if kind == "timeout":
                    raise LLMTimeout(message) from None
                raise LLMError(message) from None
            ms = int((time.monotonic() - started) * 1000)
            if structured:
                raw = result.get("raw")
                parsed = result.get("parsed")
                parsing_error = result.get("parsing_error")
                if hasattr(parsed, "model_dump"):
                    parsed = parsed.model_dump(mode="json")
            else:
                raw, parsed, parsing_error = result, None, None
            text = message_text(raw)
            tokens_in, tokens_out = _usage(raw)
            record = self._record(
                purpose=purpose, prompt_version=prompt_version, system=system,
                prompt=prompt_text, response=text,
                parsed=parsed_json(parsed) if parsed is not None else None,
                duration_ms=ms, input_tokens=tokens_in, output_tokens=tokens_out,
                attempt=attempt,
            )  # fmt: skip
            return Reply(
                text=text,
                call_id=record.id,
                duration_ms=ms,
                parsed=parsed,
                parsing_error=str(parsing_error)[:300] if parsing_error else None,
                input_tokens=tokens_in,
                output_tokens=tokens_out,
            )

    def _runnable(self, schema: dict[str, Any] | None) -> tuple[Any, bool]:
        if schema is None or self.native is False:
            return self.model, False
        try:
            runnable = self.model.with_structured_output(
                schema, include_raw=True, **_structured_kwargs(self.model)
            )
        except NotImplementedError:
            self.native = False
            return self.model, False
        except Exception:
            self.native = False
            return self.model, False
        self.native = True
        return runnable, True

    def _classify(self, error: BaseException) -> tuple[str, str]:
        if isinstance(error, LLMError):
            return error.kind, str(error)
        if _is_timeout(error):
            return "timeout", f"no answer within {self.settings.timeout:g} s"
        return "error", _describe(error)

    def stream(
        self,
        system: str,
        user: str,
        *,
        purpose: str,
        prompt_version: str,
        on_chunk: Callable[[str], None] | None = None,
        max_chars: int = 4000,
    ) -> Reply:
        """Stream a text reply chunk by chunk to ``on_chunk`` (called in this thread).

        Stops at ``max_chars``, on cancel, or at the deadline; a reply reciting the
        system prompt is withheld (``LLMRefused``) and logged as such.
        """
        messages = self._messages(system, user, ())
        chunks: queue.Queue[tuple[str, Any]] = queue.Queue()
        stop = threading.Event()

        def produce() -> None:
            try:
                for chunk in self.model.stream(messages):
                    if stop.is_set():
                        break
                    chunks.put(("chunk", chunk))
                chunks.put(("end", None))
            except BaseException as error:
                chunks.put(("error", error))

        started = time.monotonic()
        deadline = started + self.settings.timeout
        threading.Thread(target=produce, daemon=True, name="data360-llm-stream").start()
        parts: list[str] = []
        size = 0
        usage: tuple[int | None, int | None] = (None, None)
        status, message = "ok", ""
        try:
            while True:
                if self.cancel.is_set():
                    raise LLMCancelled("cancelled")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise LLMTimeout(f"no complete answer within {self.settings.timeout:g} s")
                try:
                    kind, value = chunks.get(timeout=min(0.05, remaining))
                except queue.Empty:
                    continue
                if kind == "end":
                    break
                if kind == "error":
                    raise value
                piece = message_text(value)
                if getattr(value, "usage_metadata", None):
                    usage = _usage(value)
                if size + len(piece) > max_chars:
                    piece = piece[: max_chars - size]
                    stop.set()
                parts.append(piece)
                size += len(piece)
                if on_chunk and piece:
                    on_chunk(piece)
                if stop.is_set():
                    break
            text = "".join(parts)
            if leaks_prompt(text, system):
                raise LLMRefused("the reply recited the instructions and was withheld")
        except BaseException as error:
            stop.set()
            kind_, message = self._classify(error)
            status = kind_
            self._record(
                purpose=purpose, prompt_version=prompt_version, system=system, prompt=user,
                response="".join(parts), status=status, error=message,
                duration_ms=int((time.monotonic() - started) * 1000), attempt=1,
            )  # fmt: skip
            if isinstance(error, LLMError):
                raise
            if status == "timeout":
                raise LLMTimeout(message) from None
            raise LLMError(message) from None
        ms = int((time.monotonic() - started) * 1000)
        if stop.is_set():
            text = bound(text, max_chars)
        record = self._record(
            purpose=purpose, prompt_version=prompt_version, system=system, prompt=user,
            response=text, duration_ms=ms, input_tokens=usage[0], output_tokens=usage[1],
        )  # fmt: skip
        return Reply(
            text=text,
            call_id=record.id,
            duration_ms=ms,
            input_tokens=usage[0],
            output_tokens=usage[1],
        )
