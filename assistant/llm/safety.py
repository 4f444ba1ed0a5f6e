"""Answer text is data, secrets stay in the environment, replies are bounded.

Three rules, each a small function used by every LLM call:

- ``delimit``: the user's answer goes into the prompt between ``<answer>`` tags, with
  any tag-like text inside it neutralised, so it cannot close the block and speak as
  the instructions. The prompts say that the block is data to read, never orders.
- ``redact``: API keys (the values of the environment's key variables, and anything
  shaped like a key) are replaced by ``[REDACTED]`` in everything that is logged,
  stored or shown; ``safe_url`` drops credentials and query strings from URLs.
- ``bound``/``leaks_prompt``: replies are cut to a size and a reply that recites the
  system prompt is refused.
"""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit, urlunsplit

REDACTED = "[REDACTED]"
_SECRET_ENV = re.compile(r"(API_?KEY|TOKEN|SECRET|PASSWORD)$", re.IGNORECASE)
_KEY_SHAPES = re.compile(
    r"\b(?:sk-[A-Za-z0-9_\-]{6,}|sk-ant-[A-Za-z0-9_\-]{6,}|xai-[A-Za-z0-9]{10,}"
    r"|gsk_[A-Za-z0-9]{10,}|AIza[0-9A-Za-z_\-]{20,}|hf_[A-Za-z0-9]{10,})"
)
_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._\-]{8,}")
_TAG = re.compile(r"<\s*/?\s*(answer|context|known_actors|system|instructions?)\b[^>]*>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _secret_values() -> list[str]:
    """Values of the environment variables that hold keys (long enough to be keys)."""
    values = [v for k, v in os.environ.items() if _SECRET_ENV.search(k) and len(v) >= 6]
    return sorted(set(values), key=len, reverse=True)


def redact(text: str | None) -> str:
    """``text`` with every API key (known from the environment or key-shaped) masked."""
    if not text:
        return text or ""
    for value in _secret_values():
        if value in text:
            text = text.replace(value, REDACTED)
    text = _KEY_SHAPES.sub(REDACTED, text)
    return _BEARER.sub(lambda m: m.group(1) + REDACTED, text)


def safe_url(url: str | None) -> str:
    """A URL fit for logs: no user, password, query or fragment."""
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "[invalid url]"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return redact(urlunsplit((parts.scheme, host, parts.path, "", "")))


def clean_text(text: str) -> str:
    """Control characters (ANSI escapes among them) removed; newlines and tabs kept."""
    return _CONTROL.sub("", text.replace("\r\n", "\n"))


def delimit(text: str, limit: int) -> tuple[str, bool]:
    """The answer made safe to embed between ``<answer>`` tags; ``True`` if it was cut."""
    text = clean_text(text)
    text = _TAG.sub(lambda m: m.group().replace("<", "‹").replace(">", "›"), text)
    cut = len(text) > limit
    if cut:
        text = text[:limit]
    return text, cut


def bound(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word when possible, marked when cut."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ")
    if space > limit * 0.8:
        head = head[:space]
    return head.rstrip() + " …"


def _shingles(text: str, size: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def leaks_prompt(reply: str, system_prompt: str, size: int = 8) -> bool:
    """The reply recites a run of ``size`` consecutive words of the system prompt."""
    return bool(_shingles(reply, size) & _shingles(system_prompt, size))
