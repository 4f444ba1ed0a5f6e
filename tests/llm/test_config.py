"""Settings sources and their priority; model building errors a user can act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.llm.config import load_settings
from assistant.llm.models import build_chat_model, install_hint, split_model
from assistant.paths import user_config_dir


def write_config(text: str, name: str = "config.toml") -> Path:
    folder = user_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def test_nothing_configured_means_offline(monkeypatch):
    monkeypatch.delenv("DATA360_BASE_URL", raising=False)
    settings = load_settings()
    assert not settings.enabled and settings.label == "offline"
    assert load_settings(model="offline").enabled is False


def test_priority_option_then_env_then_file(monkeypatch):
    write_config('[llm]\nmodel = "ollama:llama3.2"\ntimeout = 7\ntemperature = 0.3\n')
    assert load_settings().model == "ollama:llama3.2"
    assert load_settings().timeout == 7
    monkeypatch.setenv("DATA360_MODEL", "openai:gpt-4o-mini")
    monkeypatch.setenv("DATA360_TIMEOUT", "9")
    assert load_settings().model == "openai:gpt-4o-mini"
    assert load_settings().timeout == 9
    assert load_settings().temperature == 0.3  # still from the file
    chosen = load_settings(model="anthropic:claude-3-5-haiku-latest", timeout=None)
    assert chosen.model == "anthropic:claude-3-5-haiku-latest" and chosen.timeout == 9


def test_yaml_config_file_and_data360_config(monkeypatch, tmp_path):
    write_config(
        "llm:\n  model: openai:local\n  base_url: http://localhost:8080/v1\n", "config.yaml"
    )
    settings = load_settings()
    assert settings.model == "openai:local" and settings.base_url == "http://localhost:8080/v1"
    other = tmp_path / "other.toml"
    other.write_text('[llm]\nmodel = "ollama:qwen2.5"\n')
    monkeypatch.setenv("DATA360_CONFIG", str(other))
    assert load_settings().model == "ollama:qwen2.5"


def test_a_key_in_the_config_file_is_refused():
    write_config('[llm]\nmodel = "openai:gpt-4o-mini"\napi_key = "sk-abcdefghijkl"\n')
    with pytest.raises(UserError) as error:
        load_settings()
    assert "environment only" in str(error.value)
    assert "sk-abcdefghijkl" not in str(error.value)


def test_invalid_values_are_one_line_errors(monkeypatch):
    monkeypatch.setenv("DATA360_TIMEOUT", "-1")
    with pytest.raises(UserError, match="invalid LLM setting timeout"):
        load_settings()
    write_config("[llm\n")
    monkeypatch.delenv("DATA360_TIMEOUT")
    with pytest.raises(UserError, match="invalid config file"):
        load_settings()


def test_label_never_shows_url_credentials():
    settings = load_settings(model="openai:x", base_url="http://host:8000/v1?key=s")
    assert settings.label == "openai:x @ http://host:8000/v1"
    # user:password@ would become a Basic header replacing the key: refused (issue 12.10)
    with pytest.raises(UserError, match="credentials") as refused:
        load_settings(model="openai:x", base_url="http://user:pw-s3cret@host:8000/v1")
    assert "pw-s3cret" not in str(refused.value)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("gpt-4o", "provider:name"),
        ("foo:bar", "unknown model provider 'foo'"),
        ("ollama:llama3.2", "pip install 'data360[ollama]'"),
        ("anthropic:claude-3-5-haiku-latest", "pip install 'data360[anthropic]'"),
    ],
)
def test_build_errors_name_the_fix(spec, message):
    import langchain  # noqa: F401  (a test extra: fail loudly if it is missing)

    # These cases test the message for a provider that is NOT installed; where someone
    # installed that provider the case cannot happen (the test extras install neither).
    try:
        import langchain_ollama  # noqa: F401

        if spec.startswith("ollama"):
            pytest.skip("langchain-ollama is installed here")
    except ImportError:
        pass
    try:
        import langchain_anthropic  # noqa: F401

        if spec.startswith("anthropic"):
            pytest.skip("langchain-anthropic is installed here")
    except ImportError:
        pass
    with pytest.raises(UserError) as error:
        build_chat_model(load_settings(model=spec))
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_openai_with_base_url_needs_no_real_key(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    model = build_chat_model(load_settings(model="openai:local", base_url="http://127.0.0.1:9/v1"))
    assert type(model).__name__ == "ChatOpenAI"
    assert model.max_retries == 0  # our client retries, boundedly


def test_no_model_is_a_clear_error():
    with pytest.raises(UserError, match="no LLM configured"):
        build_chat_model(load_settings())


def test_split_and_hints():
    assert split_model("ollama:llama3.2:3b") == ("ollama", "llama3.2:3b")
    assert install_hint("openai") == "pip install 'data360[openai]'"
    assert "langchain-groq" in install_hint("groq")
