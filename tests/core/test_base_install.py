"""The base install carries no LLM package (issue 11): ``run``, ``export`` and the TUI work
with langchain absent.

The test environment has the LLM extras, so absence is simulated: a child Python whose
import system refuses every ``langchain*`` module, exactly as a base install would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from tests.answers_for import answers_for

NO_LANGCHAIN = """
import sys
from importlib.abc import MetaPathFinder

class NoLangchain(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0].startswith("langchain"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoLangchain())
"""

CLI = (
    NO_LANGCHAIN
    + """
import json
sys.argv = ["data360", *json.loads(sys.argv[1])]
from assistant.cli.main import run
run()
"""
)

TUI = (
    NO_LANGCHAIN
    + """
import asyncio
from assistant.store import open_store
from assistant.tui.app import Data360App

async def main() -> None:
    path = sys.argv[1]
    app = Data360App(db_path=path, open_store=lambda: open_store(path), cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("enter")  # open the session listed first
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        print(type(app.screen).__name__)
    app.close_store()
    assert app.return_code in (None, 0), app.return_code

asyncio.run(main())
"""
)


def child(code: str, *args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATA360_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )


def test_the_blocker_really_hides_langchain(tmp_path: Path) -> None:
    probe = NO_LANGCHAIN + "import langchain_core\n"
    result = child(probe, db=tmp_path / "x.db")
    assert result.returncode != 0 and "No module named 'langchain_core'" in result.stderr


def test_run_export_and_the_tui_work_without_langchain(tmp_path: Path) -> None:
    db = tmp_path / "base.db"
    contract = json.loads(child(CLI, json.dumps(["flow", "show", "--json"]), db=db).stdout)
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump({"answers": answers_for(contract)}), encoding="utf-8")

    ran = child(CLI, json.dumps(["run", "--answers", str(answers), "--json"]), db=db)
    assert ran.returncode == 0, ran.stderr
    session_id = json.loads(ran.stdout)["id"]

    for fmt in ("markdown", "html", "json"):
        out = tmp_path / f"framing.{fmt}"
        exported = child(CLI, json.dumps(["export", session_id, "-f", fmt, "-o", str(out)]), db=db)
        assert exported.returncode == 0, (fmt, exported.stderr)
        assert out.stat().st_size > 0, fmt

    tui = child(textwrap.dedent(TUI), str(db), db=db)
    assert tui.returncode == 0, tui.stderr
    assert tui.stdout.strip().splitlines()[-1] == "InterviewScreen", tui.stdout
