"""``flow show --json`` answers from the precomputed contract of the shipped flow, which
must match the flow loaded the full way; an edited or custom flow is always loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from assistant.flow.shipped import CONTRACT_NAME, render_contract_file, shipped_flow_path
from tests.conftest import ROOT


def test_the_checked_in_contract_is_the_shipped_flows() -> None:
    path = ROOT / "prompts" / CONTRACT_NAME
    assert path.read_text(encoding="utf-8") == render_contract_file(), (
        "prompts/data360.contract.json is out of date: run `make schemas`"
    )


def test_show_json_is_the_same_from_the_contract_and_from_a_copy_of_the_flow(
    cli, tmp_path: Path
) -> None:
    fast = cli("flow", "show", "--json")
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(shipped_flow_path().read_bytes())
    loaded = cli("--flow", str(copy), "flow", "show", "--json")
    assert fast.code == loaded.code == 0
    assert json.loads(fast.stdout) == json.loads(loaded.stdout)


def test_a_custom_flow_is_never_answered_from_the_shipped_contract(cli, tmp_path: Path) -> None:
    custom = tmp_path / "custom.yaml"
    custom.write_text(
        shipped_flow_path().read_text(encoding="utf-8").replace("id: data360", "id: mine", 1),
        encoding="utf-8",
    )
    shown = cli("--flow", str(custom), "flow", "show", "--json")
    assert shown.code == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == "mine"


def test_the_fast_path_loads_neither_the_models_nor_jinja() -> None:
    probe = (
        "import sys; sys.argv = ['data360', 'flow', 'show', '--json']\n"
        "from assistant.cli.main import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "heavy = ['jinja2', 'assistant.models.flowdef', 'assistant.flow.loader']\n"
        "sys.stderr.write('LOADED=' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stderr.strip().endswith("LOADED=")
    assert json.loads(result.stdout)["id"] == "data360"
