"""``data360 extract --model openai:… --base-url …`` against a scripted local server.

The issue's "Checked by", end to end through the CLI: grounded flows from a good reply,
invented actors dropped, a clean fallback from garbage, no hang past the timeout, the
call log in the database and never the planted API key.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import langchain_openai  # noqa: F401  (a test extra: fail loudly if it is missing)
import pytest

from tests.llm.fake_openai import FakeOpenAI, Scripted, serve
from tests.llm.fakes import GOOD_REPLY, GOOD_TEXT, HALLUCINATED_REPLY
from tests.llm.test_openai_server import PLANTED, assert_no_key


@pytest.fixture
def answer(tmp_path: Path) -> Path:
    path = tmp_path / "answer.txt"
    path.write_text(GOOD_TEXT)
    return path


def extract(cli, answer: Path, url: str, *extra: str):
    return cli(
        "extract", str(answer), "--json", "--model", "openai:fake", "--base-url", url, *extra
    )


def test_extract_with_a_local_openai_compatible_server(cli, answer, db_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", PLANTED)
    replies = [
        Scripted(json.dumps(GOOD_REPLY)),
        Scripted(json.dumps(HALLUCINATED_REPLY)),
        Scripted("I am a model and this is not JSON"),
        Scripted("neither is this"),
        late := Scripted(json.dumps(GOOD_REPLY), delay=30),
    ]
    outputs = []
    with serve(FakeOpenAI(replies=replies)) as fake:
        good = extract(cli, answer, fake.url, "--timeout", "1")
        assert good.code == 0, good.stderr
        data = json.loads(good.stdout)
        assert data["extractor"] == "llm:openai:fake"
        assert [(f["source"], f["targets"]) for f in data["flows"]] == [
            ("site planner", ["maintenance team"]),
            ("maintenance supervisor", ["SAP PM"]),
            ("SAP PM", ["planning dashboard"]),
        ]
        assert {"name": "SAP PM", "kind": "tool"} in data["actors"]

        invented = extract(cli, answer, fake.url, "--timeout", "1")
        data = json.loads(invented.stdout)
        names = {a["name"] for a in data["actors"]}
        assert "Chief Executive Officer" not in names and "Salesforce" not in names
        assert "not found in the answer" in invented.stderr

        garbage = extract(cli, answer, fake.url, "--timeout", "1")
        assert garbage.code == 0
        assert json.loads(garbage.stdout)["extractor"] == "offline"
        assert "LLM extraction failed (unreadable reply" in garbage.stderr

        slow = extract(cli, answer, fake.url, "--timeout", "1")
        assert not late.replied.is_set()  # gave up while the server was still busy
        late.release.set()
        assert slow.code == 0 and json.loads(slow.stdout)["extractor"] == "offline"
        assert "no answer within 1 s" in slow.stderr
        outputs += [r.stdout + r.stderr for r in (good, invented, garbage, slow)]

    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT purpose, status FROM llm_calls ORDER BY at").fetchall()
    assert rows == [
        ("extract", "ok"),
        ("extract", "ok"),
        ("extract", "ok"),
        ("extract-repair", "ok"),
        ("extract", "timeout"),
    ]
    assert_no_key(db_path, *outputs)
    log = cli("llm", "log", "--full")
    assert log.code == 0 and "extract-repair" in log.stdout
    assert_no_key(db_path, log.stdout)


def test_extract_offline_model_never_builds_a_model(cli, answer):
    result = cli("extract", str(answer), "--json", "--model", "offline")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["extractor"] == "offline"


def test_missing_provider_is_one_line_naming_the_extra(cli, answer):
    # About a provider that is absent: it cannot be tested where langchain-ollama is
    # installed (the test extras do not install it, so CI runs it).
    try:
        import langchain_ollama  # noqa: F401

        pytest.skip("langchain-ollama is installed here")
    except ImportError:
        pass
    result = cli("extract", str(answer), "--model", "ollama:llama3.2")
    assert result.code == 1
    assert result.stderr.strip() == (
        "data360: error: the ollama provider is not installed; run: pip install 'data360[ollama]'"
    )
