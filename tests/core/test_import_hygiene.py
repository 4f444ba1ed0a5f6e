"""Start-up stays fast: heavy libraries load only in the commands that use them (item 10)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.answers_for import answers_for

PROBE = """
import json, sys
sys.argv = ["data360", *json.loads(sys.argv[1])]
from assistant.cli.main import run
try:
    run()
except SystemExit:
    pass
heavy = ("langchain", "langchain_core", "networkx", "textual")
loaded = sorted(h for h in heavy if h in sys.modules)
sys.stderr.write("LOADED=" + json.dumps(loaded) + "\\n")
"""


def loaded_by(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(args))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("LOADED="))
    return set(json.loads(line.removeprefix("LOADED=")))


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("flow", "show", "--json"),
        ("flow", "show"),
        ("sessions",),
        ("sessions", "--json"),
    ],
)
def test_read_only_commands_leave_heavy_libraries_out(args):
    assert loaded_by(*args) == set()


def test_flow_validate_leaves_heavy_libraries_out():
    from assistant.flow.loader import default_flow_path

    assert loaded_by("flow", "validate", str(default_flow_path())) == set()


def test_run_leaves_langchain_and_textual_out(tmp_path: Path):
    contract = json.loads(
        subprocess.run(
            [sys.executable, "-m", "assistant", "flow", "show", "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump({"answers": answers_for(contract)}))
    loaded = loaded_by("run", "--answers", str(path))
    assert not loaded & {"langchain", "langchain_core", "textual"}
