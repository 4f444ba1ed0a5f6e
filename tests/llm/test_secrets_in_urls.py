"""Secrets in URLs and model names never reach the screen, the log or the exports (issue 12.10).

Driven from the CLI (``llm check``, ``llm log``, ``extract``, ``run``) against the scripted
OpenAI-compatible server on 127.0.0.1, whose recorded requests show what really went out.
"""

from __future__ import annotations

import json
from pathlib import Path

import langchain_openai  # noqa: F401  (a test extra: fail loudly if it is missing)
import pytest

from assistant.llm.safety import redact, safe_url
from tests.llm.fake_openai import FakeOpenAI, Scripted, serve
from tests.llm.fakes import GOOD_REPLY

PATH_TOKEN = "tok_9fQ2xL7mK3pR8vW1zY4bN6cD"
QUERY_KEY = "azk7Qm2Xp9Lr4Tv8Wy1Zb3"
PASSWORD = "pw-Hunter2-Rk8sLq3Vz"
KEY = "sk-test-bearer-7d1e0c9b2a"


def database_bytes(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))


def everything(cli, db_path: Path, *outputs: str) -> str:
    """All a user or a file could show: outputs, the call log (text and JSON), the database."""
    log = cli("llm", "log", "--full")
    log_json = cli("llm", "log", "--json")
    return "\n".join([*outputs, log.stdout, log.stderr, log_json.stdout]) + database_bytes(
        db_path
    ).decode("utf-8", errors="replace")


def test_a_token_in_the_base_url_path_is_redacted(cli, db_path, tmp_path) -> None:
    with serve(FakeOpenAI(default=Scripted("OK"))) as fake:
        base = fake.url.replace("/v1", f"/gateway/{PATH_TOKEN}/v1")
        result = cli("llm", "check", "--model", "openai:fake", "--base-url", base)
        assert result.code == 0, result.stderr
        assert fake.requests[0]["path"] == f"/gateway/{PATH_TOKEN}/v1/chat/completions"
        # A headless run records the model in its events: the export must not carry it.
        fake.default = Scripted(json.dumps(GOOD_REPLY))
        answers = free_text_flows_answers(tmp_path)
        run = cli("run", "--answers", str(answers), "--accept", "--model", "openai:fake",
                  "--base-url", base, "--json")  # fmt: skip
        assert run.code == 0, run.stderr
    out = tmp_path / "export.json"
    exported = cli("export", json.loads(run.stdout)["id"], "-f", "json", "-o", str(out))
    assert exported.code == 0, exported.stderr
    shown = everything(cli, db_path, result.stdout, result.stderr, run.stderr, out.read_text())
    assert "answered" in result.stdout and "/gateway/[REDACTED]/v1" in result.stdout
    assert PATH_TOKEN not in shown


def test_a_query_key_in_the_base_url_keeps_the_request_path(cli, db_path) -> None:
    with serve(FakeOpenAI(default=Scripted("OK"))) as fake:
        result = cli(
            "llm",
            "check",
            "--model",
            "openai:fake",
            "--base-url",
            f"{fake.url}?api-key={QUERY_KEY}",
        )
        assert result.code == 0, result.stderr
        assert fake.requests[0]["path"] == f"/v1/chat/completions?api-key={QUERY_KEY}"
    assert QUERY_KEY not in everything(cli, db_path, result.stdout, result.stderr)


def test_user_info_in_the_base_url_is_refused_not_sent_as_basic_auth(
    cli,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with serve(FakeOpenAI(default=Scripted("OK"))) as fake:
        base = fake.url.replace("http://", f"http://admin:{PASSWORD}@")
        result = cli("llm", "check", "--model", "openai:fake", "--base-url", base)
        assert fake.requests == []  # nothing went out with the wrong credentials
    assert result.code == 1 and "credentials" in result.stderr
    assert "Traceback" not in result.stderr
    assert PASSWORD not in everything(cli, db_path, result.stdout, result.stderr)


def test_credentials_a_server_echoes_are_redacted(
    cli,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A proxy that repeats the request's headers in its error: Bearer, Basic, api-key."""
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with serve(FakeOpenAI(default=Scripted(status=401, echo_headers=True))) as fake:
        result = cli(
            "llm", "check", "--model", "openai:fake", "--base-url", fake.url, "--timeout", "10"
        )
        assert (
            fake.requests
            and {k.lower(): v for k, v in fake.requests[0]["headers"].items()}["authorization"]
            == f"Bearer {KEY}"
        )
    assert result.code == 1 and "did not answer" in result.stderr
    shown = everything(cli, db_path, result.stdout, result.stderr)
    assert KEY not in shown and "scripted failure" in shown


@pytest.mark.parametrize(
    "model",
    ["openai:sk-proj-Ab12Cd34Ef56Gh78", "openai:gpt-4o-mini-" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6"],
)
def test_a_key_shaped_model_is_refused_before_it_is_recorded(
    cli,
    db_path: Path,
    tmp_path: Path,
    model: str,
) -> None:
    secret = model.split(":", 1)[1]
    answers = free_text_flows_answers(tmp_path)
    for args in (
        ("llm", "check", "--model", model),
        ("extract", "--model", model, "-"),
        ("run", "--answers", str(answers), "--model", model),
    ):
        result = cli(*args, stdin="planner -> warehouse: plan [email] (low)")
        assert result.code == 1, (args, result.stdout, result.stderr)
        assert "API key" in result.stderr and secret not in result.stderr + result.stdout
    assert cli("sessions", "--json").stdout.strip() == "[]"  # nothing started, nothing kept
    assert secret not in everything(cli, db_path)


def free_text_flows_answers(tmp_path: Path) -> Path:
    """The refinery example with its flows as prose, so that ``run`` calls the extractor."""
    import yaml

    from tests.llm.test_help import EXAMPLE

    data = yaml.safe_load(EXAMPLE.read_text())
    data["answers"]["information_flows"] = (
        "The site planner emails the shutdown plan to the maintenance team every week."
    )
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_one_redaction_for_urls_and_headers() -> None:
    text = (
        f"POST https://admin:{PASSWORD}@gw.example/{PATH_TOKEN}/v1/chat?api-key={QUERY_KEY}&x=1"
        f" failed; headers: Authorization: Basic YWRtaW46cGFzc3dvcmQxMjM=; api-key: {QUERY_KEY}"
        " x-api-key: abcdEFGH12345678"
    )
    cleaned = redact(text)
    for secret in (PASSWORD, PATH_TOKEN, QUERY_KEY, "YWRtaW46cGFzc3dvcmQxMjM=", "abcdEFGH12345678"):
        assert secret not in cleaned, cleaned
    assert "gw.example" in cleaned and "x=1" in cleaned
    assert safe_url(f"https://u:{PASSWORD}@gw.example/{PATH_TOKEN}/v1?api-key={QUERY_KEY}") == (
        "https://gw.example/[REDACTED]/v1"
    )
    # Ordinary model and deployment names are not mistaken for secrets.
    assert safe_url("https://x.openai.azure.com/openai/deployments/gpt-4o-mini-2024-07-18") == (
        "https://x.openai.azure.com/openai/deployments/gpt-4o-mini-2024-07-18"
    )
    assert redact(json.dumps({"model": "llama3.2:8b-instruct-q4_K_M"})).count("REDACTED") == 0
    prose = "a basic maintenance plan, with a token system; see https://example.com/a?page=2"
    assert redact(prose) == prose
