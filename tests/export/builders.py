"""Deterministic sessions for export tests: fixed clock, fixed ids, hostile text included.

``GOLDEN`` sessions are rendered into ``tests/golden/``; regenerate them after a deliberate
change of a format with ``UPDATE_GOLDEN=1 pytest tests/export``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.flow.loader import active_flow, load_flow_file
from assistant.services.headless import run_answers
from assistant.services.interview import Interview, InterviewService
from assistant.store import open_store
from tests.answers_for import answers_for

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_DIR = ROOT / "tests" / "golden"
MINI = ROOT / "tests" / "fixtures" / "mini.yaml"
CLOCK = "2026-01-01T00:00:00+00:00"
HOSTILE = "Use <script>alert('x')</script> & a | pipe, `code`, *stars* and \x1b[31mred\x1b[0m"


def fixed_clock() -> str:
    return CLOCK


def service(db: Path) -> InterviewService:
    return InterviewService(open_store(str(db)), clock=fixed_clock)


def mini_answers() -> dict[str, Any]:
    """Every kind of answer of the mini flow, with markup and control characters in them."""
    return {
        "product_name": "Shut<down> | Planner",
        "flows": [
            "planner -> maintenance, warehouse: shutdown plan [email] (low) @weekly !re-typed",
            {
                "source": "maintenance",
                "targets": ["SAP PM"],
                "content": "work orders | <b>bold</b>",
                "medium": "manual entry",
                "maturity": "medium",
            },
            {
                "source": "SAP PM",
                "targets": ["dashboard"],
                "content": "job status",
                "medium": "interface",
                "maturity": "high",
            },
        ],
        "candidates": [
            {
                "title": "Predict job durations",
                "desirability": 5,
                "datability": 4,
                "feasibility": 4,
                "viability": 4,
            },
            {
                "title": "Digitise the <plan>",
                "desirability": 3,
                "datability": 5,
                "feasibility": 5,
                "viability": 3,
            },
        ],
        "chosen_usecase": "Predict job durations",
        "vision": HOSTILE + "\n\nSecond paragraph\nwith a line break.",
        "sponsor": "COO",
        "features": ["Duration model", "Alert when <late>", "a | b"],
        "modes": ["Dashboard", "API"],
        "personal_data": False,
        # volume (optional) and confidence left out: one skipped, one missing.
    }


def mini_session(db: Path, session_id: str = "0" * 31 + "1") -> Interview:
    """The mini flow answered with hostile text, one reviewer note, one skip, one question open."""
    interview = service(db).start(
        load_flow_file(MINI), "Mini <framing> | test", "Site A & B", session_id=session_id
    )
    run_answers(interview, mini_answers())
    interview.add_note(
        "vision", "Is this <b>really</b> the vision? | check", author="Rita Reviewer"
    )
    return interview


def full_session(db: Path, session_id: str = "0" * 31 + "2") -> Interview:
    """The Data 360 flow answered from its contract, as ``tests.answers_for`` builds it."""
    flow = active_flow()
    interview = service(db).start(
        flow, "Full framing", "Refinery maintenance", session_id=session_id
    )
    run_answers(interview, answers_for(flow.contract()))
    interview.add_note("perimeter", "Perimeter agreed with the site.", author="Paul Owner")
    return interview
