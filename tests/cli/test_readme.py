"""The README's command list matches ``data360 --help`` (issue 11 "Done when", issue 17 item 7)."""

from __future__ import annotations

import re

from tests.cli.test_db_and_flow_everywhere import command_paths
from tests.conftest import ROOT


def using_it_block() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Using it", 1)[1].split("\n## ", 1)[0]
    return section.split("```sh", 1)[1].split("```", 1)[0]


def listed_commands(block: str, known: set[str]) -> set[str]:
    """Command paths named on the block's lines (``data360 PATH``, or ``| PATH`` after it)."""
    found: set[str] = set()
    for line in block.splitlines():
        code = line.split("#", 1)[0]
        if not code.startswith("data360"):
            continue
        for part in re.split(r"\s\|\s", code.removeprefix("data360")):
            words = part.split()
            for size in (2, 1):
                if " ".join(words[:size]) in known:
                    found.add(" ".join(words[:size]))
                    break
    return found


def test_every_command_of_help_is_in_the_readme_and_nothing_else():
    known = command_paths()
    listed = listed_commands(using_it_block(), known | {"flow", "model", "llm"})
    assert known - listed == set(), "missing from the README's command list"
    assert listed - known == set(), "in the README but not in data360 --help"


def test_the_top_level_help_lists_the_same_commands(cli):
    shown = cli("--help").stdout.split("Commands:", 1)[1]
    names = {line.split()[0] for line in shown.splitlines() if line.strip()}
    assert names == {path.split()[0] for path in command_paths()}
