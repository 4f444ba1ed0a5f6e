"""The LLM extractor: the same ``Extractor`` protocol as the offline one, never worse off.

One call asks for JSON of a bounded shape (native structured output when the provider
has it, the same shape described in the prompt for every model). The reply is parsed
leniently (code fences, prose around the object, an array cut by ``max_tokens``); if
nothing can be read, the model gets one repair request. What comes back is *grounded*
(``grounding``): invented actors are dropped, invented contents cleared, names merged
with the known actors. On a timeout, an error, an unreadable reply or no grounded flow,
the offline extractor answers instead and the first warning says why. A cancel (from
the TUI) raises ``LLMCancelled``: nothing is proposed.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.llm.client import CallContext, LLMCancelled, LLMClient, LLMError
from assistant.llm.config import LLMSettings, load_settings
from assistant.llm.grounding import ground
from assistant.llm.log import CallLog
from assistant.llm.prompts import extract_prompt, repair_message
from assistant.llm.safety import delimit, redact
from assistant.models.infoflow import Actor, ActorKind, Extraction, Maturity

PROMPT_FLOWS = 25
PROMPT_ACTORS = 30
PROMPT_TARGETS = 8
MAX_KNOWN_IN_PROMPT = 60
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S | re.I)


def reply_schema() -> dict[str, Any]:
    """The JSON Schema of a reply: every array bounded (small models loop otherwise)."""
    text = {"type": "string", "maxLength": 200}
    return {
        "title": "flow_extraction",
        "description": "Actors and information flows stated in the answer.",
        "type": "object",
        "properties": {
            "actors": {
                "type": "array",
                "maxItems": PROMPT_ACTORS,
                "items": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "maxLength": 80},
                        "kind": {"type": "string", "enum": [k.value for k in ActorKind]},
                    },
                    "required": ["name", "kind"],
                },
            },
            "flows": {
                "type": "array",
                "maxItems": PROMPT_FLOWS,
                "items": {
                    "type": "object",
                    "properties": {
                        "source": {"type": "string", "maxLength": 80},
                        "targets": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": PROMPT_TARGETS,
                            "items": {"type": "string", "maxLength": 80},
                        },
                        "content": text,
                        "medium": {"type": "string", "maxLength": 80},
                        "maturity": {"type": "string", "enum": [m.value for m in Maturity]},
                        "frequency": {"type": "string", "maxLength": 60},
                    },
                    "required": ["source", "targets", "content", "medium", "maturity"],
                },
            },
        },
        "required": ["actors", "flows"],
    }


class ReplyError(ValueError):
    """The reply holds no readable JSON object."""


def _salvage(text: str) -> Any:
    """The longest prefix of a cut JSON object that closes cleanly, or None."""
    stack: list[str] = []
    in_string = escaped = False
    best: tuple[int, list[str]] | None = None
    for i, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char == "," and stack:
            best = (i, list(stack))  # everything before this comma is complete
        elif char in "{[":
            stack.append("}" if char == "{" else "]")
        elif char in "}]":
            if not stack or stack[-1] != char:
                break
            stack.pop()
            if stack:
                best = (i + 1, list(stack))
            else:
                return json.loads(text[: i + 1])
    if best is None:
        return None
    end, pending = best
    try:
        return json.loads(text[:end] + "".join(reversed(pending)))
    except json.JSONDecodeError:
        return None


def parse_reply(text: str) -> Any:
    """The JSON object in a model's text reply (fences, prose, cut arrays tolerated)."""
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    for candidate in candidates:
        candidate = candidate.strip()
        start = candidate.find("{")
        if start < 0:
            continue
        end = candidate.rfind("}")
        if end > start:
            try:
                return json.loads(candidate[start : end + 1])
            except json.JSONDecodeError:
                pass
        try:
            salvaged = _salvage(candidate[start:])
        except json.JSONDecodeError:
            salvaged = None
        if isinstance(salvaged, dict):
            return salvaged
    if not text.strip():
        raise ReplyError("the reply was empty")
    raise ReplyError("the reply contains no JSON object")


@dataclass
class ExtractionRun:
    """What the last ``extract`` did, for the ``flows_extracted`` event and the UI."""

    model: str
    prompt_version: str = ""
    latency_ms: int = 0
    call_ids: list[str] = field(default_factory=list)
    fallback: str | None = None
    repaired: bool = False

    def event_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "model": self.model,
            "prompt_version": self.prompt_version,
            "latency_ms": self.latency_ms,
            "llm_calls": self.call_ids,
        }
        if self.fallback:
            data["fallback"] = self.fallback
        return data


class LLMExtractor:
    """Flows proposed by a chat model, grounded in the text, with an offline fallback."""

    name = "llm"

    def __init__(
        self,
        settings: LLMSettings | None = None,
        *,
        chat_model: Any = None,
        log: CallLog | None = None,
        context: CallContext | None = None,
        fallback: Any = None,
        cancel: threading.Event | None = None,
        sleep: Callable[[float], None] | None = None,
        label: str | None = None,
    ) -> None:
        self.settings = settings or load_settings()
        self._chat_model = chat_model
        self.log = log
        self.context = context or CallContext()
        self._fallback = fallback
        self.cancel = cancel or threading.Event()
        self._sleep = sleep
        self.label = label or self.settings.label
        self.name = f"llm:{redact(self.settings.model)}" if self.settings.model else "llm"
        self.last_run: ExtractionRun | None = None
        self._client: LLMClient | None = None

    @property
    def client(self) -> LLMClient:
        """Built on first use: a missing provider package is a ``UserError`` here."""
        if self._client is None:
            model = self._chat_model
            if model is None:
                from assistant.llm.models import build_chat_model

                model = build_chat_model(self.settings)
            self._client = LLMClient(
                model,
                self.settings,
                log=self.log,
                context=self.context,
                label=self.label,
                cancel=self.cancel,
                sleep=self._sleep,
            )
        return self._client

    def extract(self, text: str, known_actors: list[Actor] | None = None) -> Extraction:
        client = self.client
        known = list(known_actors or [])
        run = ExtractionRun(model=self.label)
        self.last_run = run
        started = time.monotonic()
        if not text.strip():
            run.prompt_version = ""
            return Extraction(
                warnings=["nothing to extract: the answer is empty"], extractor=self.name
            )
        body, cut = delimit(text, self.settings.max_input_chars)
        prompt = extract_prompt(
            text=body,
            known_actors=[
                {"name": a.name, "kind": a.kind.value, "aliases": a.aliases[:3]}
                for a in known[:MAX_KNOWN_IN_PROMPT]
            ],
            max_flows=PROMPT_FLOWS,
            max_actors=PROMPT_ACTORS,
            max_targets=PROMPT_TARGETS,
        )
        run.prompt_version = prompt.version
        notes = [f"the answer was cut to {self.settings.max_input_chars} characters"] if cut else []
        try:
            data = self._ask(client, prompt, run)
        except LLMCancelled:
            run.latency_ms = int((time.monotonic() - started) * 1000)
            raise
        except (LLMError, ReplyError) as error:
            run.latency_ms = int((time.monotonic() - started) * 1000)
            return self._fall_back(text, known, run, str(error), notes)
        result = ground(data, body, known, extractor=self.name, instructions=prompt.system)
        run.latency_ms = int((time.monotonic() - started) * 1000)
        if not result.flows:
            reason = "the model proposed no flow grounded in the answer"
            return self._fall_back(text, known, run, reason, [*notes, *result.warnings])
        result.warnings[:0] = notes
        return result

    def _ask(self, client: LLMClient, prompt: Any, run: ExtractionRun) -> Any:
        reply = client.complete(
            prompt.system,
            prompt.user,
            purpose="extract",
            prompt_version=prompt.version,
            schema=reply_schema() if self.settings.structured != "json" else None,
        )
        run.call_ids.append(reply.call_id)
        if isinstance(reply.parsed, dict):
            return reply.parsed
        try:
            return parse_reply(reply.text)
        except ReplyError as error:
            problem = str(error)
        run.repaired = True
        repair = client.complete(
            prompt.system,
            prompt.user,
            purpose="extract-repair",
            prompt_version=prompt.version,
            history=[("ai", reply.text[:4000]), ("human", repair_message(problem))],
        )
        run.call_ids.append(repair.call_id)
        try:
            return parse_reply(repair.text)
        except ReplyError as error:
            raise ReplyError(f"unreadable reply even after one repair ({error})") from None

    def _fall_back(
        self,
        text: str,
        known: list[Actor],
        run: ExtractionRun,
        reason: str,
        notes: list[str],
    ) -> Extraction:
        run.fallback = reason
        from assistant.extract.offline import OfflineExtractor

        offline = self._fallback or OfflineExtractor()
        head = f"LLM extraction failed ({reason}); proposals from the offline extractor"
        result = offline.extract(text, known or None)
        result.warnings[:0] = [head, *notes]
        return result
