"""The shipped flow's contract (``flow show --json``), precomputed beside its YAML.

Tools call ``data360 flow show --json`` to learn the questions; answering it by loading
the flow (YAML, pydantic models, template checks with Jinja) costs most of the command's
start-up. ``prompts/data360.contract.json`` holds the same contract with the SHA-256 of
the YAML it was made from: it is used only when the active flow is the shipped file and
its bytes still have that digest, so an edited flow never gets a stale answer (it takes
the full path). ``make schemas`` (``python -m assistant.flow.shipped``) rewrites it and
a test fails when it is out of step.

Imports nothing heavy: no pydantic, no Jinja, no YAML.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

CONTRACT_NAME = "data360.contract.json"


def shipped_flow_path() -> Path:
    from assistant.paths import prompts_dir

    return prompts_dir() / "data360.yaml"


def shipped_contract(flow_file: str | None) -> dict[str, Any] | None:
    """The precomputed contract when ``flow_file`` (as the CLI resolved it: ``None`` for
    the default) is the unchanged shipped flow; ``None`` when the flow must be loaded."""
    from assistant.config import env

    shipped = shipped_flow_path()
    chosen = flow_file or env("DATA360_FLOW")
    try:
        if chosen and Path(chosen).resolve() != shipped.resolve():
            return None
        recorded = json.loads((shipped.parent / CONTRACT_NAME).read_text(encoding="utf-8"))
        digest = hashlib.sha256(shipped.read_bytes()).hexdigest()
    except (OSError, ValueError):
        return None
    if not isinstance(recorded, dict) or recorded.get("source_sha256") != digest:
        return None
    contract = recorded.get("contract")
    return contract if isinstance(contract, dict) else None


def render_contract_file() -> str:
    """The file's text, from the shipped flow loaded and checked the full way."""
    from assistant.flow.loader import load_flow_file

    shipped = shipped_flow_path()
    data = {
        "source_sha256": hashlib.sha256(shipped.read_bytes()).hexdigest(),
        "contract": load_flow_file(shipped).contract(),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    path = shipped_flow_path().parent / CONTRACT_NAME
    path.write_text(render_contract_file(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
