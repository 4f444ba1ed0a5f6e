"""bench/extract_eval.py measures an LLM next to the offline extractor (scripted server)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.llm.fake_openai import FakeOpenAI, Scripted, serve

DEV = Path("/work/shared/eval/dev.jsonl")

import langchain_openai  # noqa: E402, F401  (a test extra: fail loudly if it is missing)


@pytest.mark.skipif(not DEV.exists(), reason="the shared eval set is not on this machine")
def test_bench_prints_model_and_offline_figures(tmp_path):
    cases = [json.loads(line) for line in DEV.read_text().splitlines()[:3]]
    subset = tmp_path / "cases.jsonl"
    subset.write_text("".join(json.dumps(c) + "\n" for c in cases))
    replies = [Scripted(json.dumps(c["gold"])) for c in cases]
    with serve(FakeOpenAI(replies=replies)) as fake:
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "extract_eval.py"),
                str(subset),
                "--model",
                "openai:oracle",
                "--base-url",
                fake.url,
                "--timeout",
                "2",
                "--scorer",
                str(DEV.parent / "score.py"),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.split()[:1] == ["flow_f1"] and line.split()[-1] == "1.00" for line in lines)
    assert "llm: fallbacks=0 repairs=0" in result.stdout
