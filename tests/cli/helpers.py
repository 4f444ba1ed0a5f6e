"""Small builders shared by the CLI tests: a mini flow, its answers, a session in a database."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.conftest import ROOT

MINI_FLOW = ROOT / "tests" / "fixtures" / "mini.yaml"

MINI_ANSWERS = {
    "product_name": "Shelf radar",
    "flows": ["store manager -> buyer: weekly sales [email] (low)"],
    "candidates": [
        {
            "title": "Forecast demand",
            "desirability": 5,
            "datability": 4,
            "feasibility": 4,
            "viability": 4,
        }
    ],
    "chosen_usecase": "Forecast demand",
    "vision": "Fewer empty shelves.",
    "sponsor": "COO",
    "features": ["forecast"],
    "modes": ["Dashboard"],
    "personal_data": False,
    "confidence": 3,
}


def write_answers(folder: Path, answers: dict, name: str = "answers.yaml") -> Path:
    path = folder / name
    path.write_text(
        yaml.safe_dump({"answers": answers}, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return path


def mini_session(cli, db: Path, folder: Path) -> str:
    """A complete session of the mini flow in ``db``; its id."""
    answers = write_answers(folder, MINI_ANSWERS, "mini-answers.yaml")
    result = cli(
        "--db", str(db), "--flow", str(MINI_FLOW), "run", "--answers", str(answers), "--json"
    )
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)["id"]
