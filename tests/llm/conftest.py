"""LLM tests run with no configured model, no config file and no real key."""

from __future__ import annotations

import pytest

_VARIABLES = [
    "DATA360_BASE_URL",
    "DATA360_CONFIG",
    "DATA360_TIMEOUT",
    "DATA360_TEMPERATURE",
    "DATA360_MAX_TOKENS",
    "DATA360_RETRIES",
    "DATA360_STRUCTURED",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "ANTHROPIC_API_KEY",
]


@pytest.fixture(autouse=True)
def _no_llm_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _VARIABLES:
        monkeypatch.delenv(name, raising=False)
