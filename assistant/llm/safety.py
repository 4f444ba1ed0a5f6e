"""Answer text is data, secrets stay in the environment, replies are bounded.

Three rules, each a small function used by every LLM call:

- ``delimit``: the user's answer goes into the prompt between ``<answer>`` tags, with
  any tag-like text inside it neutralised, so it cannot close the block and speak as
  the instructions. The prompts say that the block is data to read, never orders.
- ``redact``: API keys (the values of the environment's key variables, and anything
  shaped like a key) are replaced by ``[REDACTED]`` in everything that is logged,
  stored or shown, with the credentials and tokens URLs and headers carry;
  ``safe_url`` (a URL for display) also drops the query string.
- ``bound``/``leaks_prompt``: replies are cut to a size and a reply that recites the
  system prompt is refused.
"""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

REDACTED = "[REDACTED]"
_SECRET_ENV = re.compile(r"(API_?KEY|TOKEN|SECRET|PASSWORD)$", re.IGNORECASE)
_KEY_SHAPES = re.compile(
    r"\b(?:sk-[A-Za-z0-9_\-]{6,}|sk-ant-[A-Za-z0-9_\-]{6,}|xai-[A-Za-z0-9]{10,}"
    r"|gsk_[A-Za-z0-9]{10,}|AIza[0-9A-Za-z_\-]{20,}|hf_[A-Za-z0-9]{10,})"
)
# The value of an Authorization-like header or setting, however it is written:
# "Authorization: Basic …", "Bearer …", "api-key: …", "x-api-key=…", "'api_key': '…'".
_VALUE = r"[A-Za-z0-9._~+/=\-]{6,}"
_AUTH_VALUE = re.compile(
    r"(?i)((?:\bauthorization['\"]?\s*[:=]\s*['\"]?(?:[A-Za-z]+\s+)?)|(?:\bbearer\s+)"
    r"|(?:\b(?:x-)?(?:api[-_]?key|access[-_]?token|auth[-_]?token|secret|password|passwd)"
    r"['\"]?\s*[:=]\s*['\"]?))" + _VALUE
)
# "Basic …", "Token …": common words in prose, so only before a value shaped like a secret.
_SCHEME_VALUE = re.compile(r"(?i)(\b(?:basic|token|digest)\s+)(" + _VALUE + ")")
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s\"'<>]+")
_SECRET_PARAM = re.compile(
    r"(?i)(key|token|secret|password|passwd|pwd|sig|signature|auth|credential|code)"
)
_UUID = re.compile(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TAG = re.compile(r"<\s*/?\s*(answer|context|known_actors|system|instructions?)\b[^>]*>", re.I)


def _secret_values() -> list[str]:
    """Values of the environment variables that hold keys (long enough to be keys)."""
    values = [v for k, v in os.environ.items() if _SECRET_ENV.search(k) and len(v) >= 6]
    return sorted(set(values), key=len, reverse=True)


def looks_secret(word: str) -> bool:
    """A word shaped like a key or a token (not like a model, version or path name).

    Key prefixes (``sk-``…), UUIDs, and any run of 16+ letters and digits mixed
    (``tok_9fQ2xL7m…``); ``gpt-4o-mini-2024-07-18`` or ``llama3.2:8b`` are not.
    """
    if _KEY_SHAPES.search(word) or _UUID.match(word):
        return True
    return any(
        len(run) >= 16 and any(c.isdigit() for c in run) and any(c.isalpha() for c in run)
        for run in _ALNUM_RUN.findall(word)
    )


def _redact_path(path: str) -> str:
    """Path segments that are tokens (or follow ``/key/``, ``/token/``…) masked."""
    segments = path.split("/")
    out: list[str] = []
    for i, segment in enumerate(segments):
        after_secret_word = i > 0 and _SECRET_PARAM.fullmatch(segments[i - 1] or "-") is not None
        out.append(
            REDACTED if segment and (after_secret_word or looks_secret(segment)) else segment
        )
    return "/".join(out)


def _redact_url(url: str, *, keep_query: bool) -> str:
    """One URL without user-info, with token-like path segments and secret parameters masked."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "[invalid url]"
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if port:
        host = f"{host}:{port}"
    query = ""
    if keep_query and parts.query:
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = "&".join(
            f"{quote(k)}={REDACTED if _SECRET_PARAM.search(k) or looks_secret(v) else quote(v)}"
            for k, v in pairs
        )
    return urlunsplit((parts.scheme, host, _redact_path(parts.path), query, ""))


def redact(text: str | None) -> str:
    """``text`` with every secret masked: the one redaction used for logs, screens, files.

    Masks the values of the environment's key variables, key-shaped words, the values of
    authorization headers and settings (Bearer, Basic, api-key…), and in every URL the
    user-info, the secret query parameters and the token-like path segments.
    """
    if not text:
        return text or ""
    for value in _secret_values():
        if value in text:
            text = text.replace(value, REDACTED)
    text = _URL.sub(lambda m: _redact_url(m.group(), keep_query=True), text)
    text = _KEY_SHAPES.sub(REDACTED, text)
    text = _AUTH_VALUE.sub(lambda m: m.group(1) + REDACTED, text)
    return _SCHEME_VALUE.sub(
        lambda m: m.group(1) + REDACTED if _credential_like(m.group(2)) else m.group(), text
    )


def _credential_like(value: str) -> bool:
    """A word after "Basic"/"Token" that is a credential, not prose ("basic maintenance")."""
    return looks_secret(value) or (
        len(value) >= 12 and (value.endswith("=") or any(c.isdigit() for c in value))
    )


def safe_url(url: str | None) -> str:
    """A URL fit for logs and screens: ``redact`` with no query or fragment at all."""
    if not url:
        return ""
    return redact(_redact_url(url.strip(), keep_query=False))


def url_credentials(url: str) -> bool:
    """The URL carries user-info (``user:password@``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return bool(parts.username or parts.password)


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
