"""LLM settings: command-line options, then ``DATA360_*`` variables, then a config file.

The config file is ``config.yaml`` (an ``llm:`` mapping) or ``config.toml`` (an
``[llm]`` table) in the user config directory, or the file named by
``DATA360_CONFIG``. API keys are deliberately *not* settings: they are read by the
provider packages from their usual environment variables (``OPENAI_API_KEY``…), so
they never pass through this object, the database, the logs or the exports. A config
file that contains a key is refused rather than silently used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from assistant.config import config_file, read_config
from assistant.errors import UserError

__all__ = ["LLMSettings", "config_file", "load_settings"]

OFFLINE = "offline"
_SECRET_WORDS = ("key", "token", "secret", "password")


def read_config_section(path: Path | None) -> dict[str, Any]:
    """The ``llm`` section of a config file (empty when there is none)."""
    if path is None:
        return {}
    data = read_config(path)
    section = data.get("llm", {})
    if not isinstance(section, dict):
        raise UserError(f"{path}: the 'llm' entry must be a mapping")
    secrets = [k for k in section if any(w in str(k).lower() for w in _SECRET_WORDS)]
    if secrets:
        raise UserError(
            f"{path}: '{secrets[0]}' is not read from config files; API keys are taken from"
            " the environment only (e.g. OPENAI_API_KEY)"
        )
    return section


class _FileSource(PydanticBaseSettingsSource):
    """The ``llm`` section of the config file, below the environment in priority."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        self._data = read_config_section(config_file())

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self._data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return {k: v for k, v in self._data.items() if k in self.settings_cls.model_fields}


class LLMSettings(BaseSettings):
    """How to reach a chat model, and how long and how much to let it talk."""

    model_config = SettingsConfigDict(env_prefix="DATA360_", extra="ignore")

    model: str | None = None
    """``provider:name`` (``openai:gpt-4o-mini``, ``anthropic:claude-…``,
    ``ollama:llama3.2``); unset or ``offline`` means no LLM."""
    base_url: str | None = None
    """An OpenAI-compatible endpoint (Ollama, llama.cpp server, vLLM…), e.g.
    ``http://localhost:11434/v1``; used with an ``openai:`` model."""
    timeout: float = Field(default=60.0, gt=0, le=3600)
    """Seconds to wait for one call before giving up (and falling back offline)."""
    temperature: float = Field(default=0.0, ge=0, le=2)
    """0 keeps extraction repeatable; the help texts use ``help_temperature``."""
    help_temperature: float = Field(default=0.4, ge=0, le=2)
    """Drafts and follow-ups read better with a little variety."""
    max_tokens: int = Field(default=2048, ge=64, le=32_000)
    """Upper bound on each reply: small local models otherwise loop until the limit."""
    retries: int = Field(default=2, ge=0, le=5)
    """Extra attempts after a connection error, a rate limit or a server error."""
    backoff: float = Field(default=0.5, ge=0, le=30)
    """First wait between attempts, in seconds; doubled each time."""
    structured: Literal["auto", "native", "json"] = "auto"
    """``auto``: the provider's native structured output, else JSON parsing with one
    repair attempt; ``json``: always parse JSON from the text reply."""
    max_input_chars: int = Field(default=12_000, ge=200, le=200_000)
    """Longer answers are cut (and a warning says so) before being sent."""

    @field_validator("model", "base_url")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        return value or None

    @field_validator("model")
    @classmethod
    def _not_a_key(cls, value: str | None) -> str | None:
        """A key pasted as the model would be recorded in events and exports: refuse it."""
        from assistant.llm.safety import REDACTED, looks_secret, redact

        if value and (REDACTED in redact(value) or any(map(looks_secret, value.split(":")))):
            raise ValueError(
                "this looks like an API key, not a model name; keys are read from the"
                " environment only (e.g. OPENAI_API_KEY)"
            )
        return value

    @field_validator("base_url")
    @classmethod
    def _no_credentials(cls, value: str | None) -> str | None:
        """``user:password@`` would become a Basic header replacing the API key: refuse."""
        from assistant.llm.safety import url_credentials

        if value and url_credentials(value):
            raise ValueError(
                "the URL carries credentials (user:password@); API keys are read from the"
                " environment only (e.g. OPENAI_API_KEY)"
            )
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _FileSource(settings_cls))

    @property
    def enabled(self) -> bool:
        """A model is configured (and is not the explicit ``offline``)."""
        return bool(self.model) and self.model != OFFLINE

    @property
    def label(self) -> str:
        """The model as shown and logged (never with credentials)."""
        from assistant.llm.safety import redact, safe_url

        if not self.enabled:
            return OFFLINE
        model = redact(self.model)
        return f"{model} @ {safe_url(self.base_url)}" if self.base_url else model


def load_settings(**overrides: Any) -> LLMSettings:
    """Settings from overrides (command-line options; ``None`` = not given), env, file."""
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return LLMSettings(**given)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "llm settings"
        raise UserError(
            f"invalid LLM setting {where}: {first.get('msg', 'invalid value')}"
        ) from None


class HasLLMSettings(Protocol):
    """An app that keeps its LLM settings (the TUI's ``Data360App``): screens reach them
    through this, without importing the app module."""

    @property
    def llm_settings(self) -> LLMSettings: ...
