"""Building chat models with LangChain's ``init_chat_model``, with errors a user can act on.

Provider packages are optional extras; a missing one is reported as the ``pip install``
line to run, never as an ImportError or AttributeError from deep inside LangChain.
Retries are turned off in the provider clients: ``client.call`` does its own, bounded
and logged, so one user action never turns into an unbounded series of requests.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from assistant.errors import UserError
from assistant.llm.config import LLMSettings
from assistant.llm.safety import redact

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

# provider -> (Python package, data360 extra that installs it)
PROVIDER_EXTRAS: dict[str, tuple[str, str | None]] = {
    "openai": ("langchain_openai", "openai"),
    "anthropic": ("langchain_anthropic", "anthropic"),
    "ollama": ("langchain_ollama", "ollama"),
}
_PLACEHOLDER_KEY = "sk-no-key-needed"


def split_model(spec: str) -> tuple[str, str]:
    """``("openai", "gpt-4o-mini")`` from ``openai:gpt-4o-mini``; the provider is required."""
    provider, sep, name = spec.partition(":")
    provider = provider.strip().lower()
    name = name.strip()
    if not sep or not provider or not name:
        raise UserError(
            f"model {spec!r} must be written provider:name, e.g. openai:gpt-4o-mini,"
            " anthropic:claude-3-5-haiku-latest or ollama:llama3.2"
        )
    return provider, name


def install_hint(provider: str) -> str:
    package, extra = PROVIDER_EXTRAS.get(provider, (f"langchain_{provider}", None))
    if extra:
        return f"pip install 'data360[{extra}]'"
    return f"pip install 'data360[llm]' {package.replace('_', '-')}"


def split_base_url(url: str) -> tuple[str, dict[str, str]]:
    """The endpoint without its query string, and the query as parameters.

    The OpenAI client appends ``/chat/completions`` to the base URL's text, so a query
    left in it (``?api-key=…``, ``?api-version=…``) would end up inside the path.
    """
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return base, dict(parse_qsl(parts.query, keep_blank_values=True))


def _provider_kwargs(provider: str, settings: LLMSettings, temperature: float) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"temperature": temperature}
    base_url, query = split_base_url(settings.base_url) if settings.base_url else ("", {})
    if query and provider != "openai":
        raise UserError(
            f"a query string in the base URL is only sent by openai: models, not {provider}:"
        )
    if provider == "ollama":
        kwargs["num_predict"] = settings.max_tokens
        kwargs["client_kwargs"] = {"timeout": settings.timeout}
        if base_url:
            kwargs["base_url"] = base_url
        return kwargs
    kwargs.update(timeout=settings.timeout, max_retries=0, max_tokens=settings.max_tokens)
    if base_url:
        kwargs["base_url"] = base_url
    if query:
        kwargs["default_query"] = query
    if provider == "openai" and settings.base_url:
        # Local servers (older llama.cpp, Ollama) bound the reply by ``max_tokens`` and may
        # ignore the newer ``max_completion_tokens`` the client sends: send both.
        kwargs["extra_body"] = {"max_tokens": settings.max_tokens}
    if provider == "openai" and settings.base_url and not os.environ.get("OPENAI_API_KEY"):
        # Local OpenAI-compatible servers (Ollama, llama.cpp, vLLM) ignore the key, but
        # the client refuses to start without one.
        kwargs["api_key"] = _PLACEHOLDER_KEY
    return kwargs


def build_chat_model(settings: LLMSettings, *, temperature: float | None = None) -> BaseChatModel:
    """The configured chat model, or a one-line ``UserError`` saying what to fix."""
    if not settings.enabled or settings.model is None:
        raise UserError(
            "no LLM configured; give --model provider:name or set DATA360_MODEL"
            " (e.g. openai:gpt-4o-mini, or openai:NAME with --base-url for a local server)"
        )
    provider, name = split_model(settings.model)
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        raise UserError(
            f"the LLM support is not installed; run: {install_hint(provider)}"
        ) from None
    kwargs = _provider_kwargs(
        provider, settings, settings.temperature if temperature is None else temperature
    )
    try:
        return init_chat_model(name, model_provider=provider, **kwargs)
    except (ImportError, AttributeError):
        # langchain raises ImportError for a missing provider package; some versions let
        # an AttributeError escape for ollama. Either way the fix is the same.
        raise UserError(
            f"the {provider} provider is not installed; run: {install_hint(provider)}"
        ) from None
    except ValueError as error:
        if "provider" in str(error).lower() and "unsupported" in str(error).lower():
            raise UserError(f"unknown model provider {provider!r} in {settings.label!r}") from None
        raise UserError(f"cannot set up {settings.label}: {_first_line(error)}") from None
    except Exception as error:
        raise UserError(f"cannot set up {settings.label}: {_first_line(error)}") from None


def _first_line(error: BaseException) -> str:
    text = redact(str(error)).strip().splitlines()
    return text[0][:300] if text else type(error).__name__
