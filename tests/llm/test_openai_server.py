"""The real ``openai:`` provider path against a scripted OpenAI-compatible server on 127.0.0.1.

Checks the issue's "Checked by": grounded flows from a good reply, a clean fallback from
garbage, no hang past the timeout, the call log in the database, and a planted API key
that never reaches the database, the log, the output or an error message.
"""

from __future__ import annotations

import json
from pathlib import Path

import langchain_openai  # noqa: F401  (a test extra: fail loudly if it is missing)
import pytest

from assistant.llm.config import LLMSettings
from assistant.llm.extractor import LLMExtractor
from assistant.llm.log import CallLog
from assistant.store import open_store
from tests.llm.fake_openai import FakeOpenAI, Scripted, serve
from tests.llm.fakes import GOOD_REPLY, GOOD_TEXT, HALLUCINATED_REPLY

PLANTED = "sk-test-planted-5f2c9e0d1b7a"


@pytest.fixture
def planted_key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("OPENAI_API_KEY", PLANTED)
    return PLANTED


def database_bytes(db_path: Path) -> bytes:
    data = b""
    for path in db_path.parent.glob(db_path.name + "*"):  # the file, -wal and -shm
        data += path.read_bytes()
    return data


def assert_no_key(db_path: Path, *texts: str) -> None:
    assert PLANTED.encode() not in database_bytes(db_path)
    for text in texts:
        assert PLANTED not in text


def test_extractor_over_http_good_garbage_slow(planted_key, db_path):
    replies = [
        Scripted(json.dumps(GOOD_REPLY)),
        Scripted("<html>502 Bad Gateway</html>"),
        Scripted("still not json"),
        late := Scripted(json.dumps(GOOD_REPLY), delay=30),
    ]
    with serve(FakeOpenAI(replies=replies)) as fake:
        settings = LLMSettings(model="openai:fake", base_url=fake.url, timeout=1, retries=0)
        store = open_store(db_path)
        extractor = LLMExtractor(settings, log=CallLog(store))

        good = extractor.extract(GOOD_TEXT)
        assert len(good.flows) == 3 and good.warnings == []
        request = fake.requests[0]
        assert request["body"]["response_format"]["type"] == "json_schema"
        assert request["body"]["max_tokens"] == settings.max_tokens  # bounded for local servers

        garbage = extractor.extract(GOOD_TEXT)
        assert garbage.warnings[0].startswith("LLM extraction failed (unreadable reply")

        slow = extractor.extract(GOOD_TEXT)
        assert not late.replied.is_set()  # gave up while the server was still busy
        late.release.set()
        assert "no answer within 1 s" in slow.warnings[0]

    calls = CallLog(store).calls()
    assert [c["status"] for c in reversed(calls)] == ["ok", "ok", "ok", "timeout"]
    assert calls[-1]["input_tokens"] == 11 and calls[-1]["output_tokens"] == 7
    assert all(c["base_url"].startswith("http://127.0.0.1:") for c in calls)
    assert_no_key(db_path, json.dumps(calls))


def test_server_that_does_not_do_json_schema_is_asked_again_in_plain_json(db_path):
    replies = [Scripted(status=400), Scripted(json.dumps(GOOD_REPLY))]
    with serve(FakeOpenAI(replies=replies)) as fake:
        settings = LLMSettings(model="openai:fake", base_url=fake.url, timeout=1)
        result = LLMExtractor(settings).extract(GOOD_TEXT)
        assert len(result.flows) == 3
        assert "response_format" not in fake.requests[1]["body"]


def test_hallucinated_reply_over_http_is_grounded(db_path):
    with serve(FakeOpenAI(replies=[Scripted(json.dumps(HALLUCINATED_REPLY))])) as fake:
        settings = LLMSettings(model="openai:fake", base_url=fake.url, timeout=1)
        result = LLMExtractor(settings).extract(GOOD_TEXT)
    assert [(f.source, f.targets) for f in result.flows] == [("site planner", ["maintenance team"])]


def test_server_errors_are_retried_then_succeed(db_path):
    replies = [Scripted(status=503), Scripted(json.dumps(GOOD_REPLY))]
    with serve(FakeOpenAI(replies=replies)) as fake:
        settings = LLMSettings(
            model="openai:fake", base_url=fake.url, timeout=1, retries=2, backoff=0.01
        )
        store = open_store(db_path)
        result = LLMExtractor(settings, log=CallLog(store)).extract(GOOD_TEXT)
    assert len(result.flows) == 3
    assert [c["status"] for c in reversed(CallLog(store).calls())] == ["error", "ok"]


def test_llm_check(cli, planted_key, db_path):
    with serve(FakeOpenAI(replies=[Scripted("OK")])) as fake:
        result = cli("llm", "check", "--model", "openai:fake", "--base-url", fake.url)
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("openai:fake @ http://127.0.0.1:")
    assert "answered in" in result.stdout and result.stdout.strip().endswith("OK")
    assert_no_key(db_path, result.stdout, result.stderr)


def test_llm_check_reports_a_dead_server_in_one_line(cli, planted_key, db_path):
    with serve(FakeOpenAI(default=Scripted(status=401))) as fake:
        result = cli("llm", "check", "--model", "openai:fake", "--base-url", fake.url)
    assert result.code == 1
    assert "did not answer" in result.stderr and "Traceback" not in result.stderr
    assert_no_key(db_path, result.stdout, result.stderr)


def test_llm_check_times_out(cli, db_path):
    late = Scripted("OK", delay=30)
    with serve(FakeOpenAI(default=late)) as fake:
        result = cli(
            "llm", "check", "--model", "openai:fake", "--base-url", fake.url, "--timeout", "0.5"
        )
        assert not late.replied.is_set()  # gave up while the server was still busy
        late.release.set()
    assert result.code == 1 and "no answer within 0.5 s" in result.stderr


def test_help_streams_over_http(cli, planted_key, db_path):
    from tests.llm.test_help import EXAMPLE

    run = cli("run", "--answers", str(EXAMPLE), "--title", "Refinery", "--json")
    sid = json.loads(run.stdout)["id"]
    text = "Which crews fill in the paper permits, and how many per shift?"
    with serve(FakeOpenAI(replies=[Scripted(text)])) as fake:
        result = cli(
            "llm", "help", sid[:8], "followup", "--question", "perimeter",
            "--model", "openai:fake", "--base-url", fake.url,
        )  # fmt: skip
        assert fake.requests[0]["body"]["stream"] is True
    assert result.code == 0, result.stderr
    assert result.stdout.strip() == text
    log = cli("llm", "log", "--session", sid[:8], "--json")
    [call] = json.loads(log.stdout)
    assert call["response"] == text and call["question_id"] == "perimeter"
    exports = []
    for fmt in ("json", "markdown"):
        out = db_path.parent / f"export.{fmt}"
        assert cli("export", sid[:8], "--format", fmt, "-o", str(out)).code == 0
        exports.append(out.read_text())
    assert_no_key(db_path, result.stdout, log.stdout, *exports)
