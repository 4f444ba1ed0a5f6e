"""Build a complete answers file from the ``flow show --json`` contract alone.

Used by tests the way an outside tool would: it knows nothing of the engine, only the
contract of DESIGN.md (kinds, choices, bounds).
"""

from __future__ import annotations

from typing import Any


def answer_for(question: dict[str, Any], index: int) -> Any:
    kind = question["kind"]
    qid = question["id"]
    if kind == "text":
        return f"Answer to {qid}: a considered reply number {index}."
    if kind == "choice":
        if "choices" in question:
            return question["choices"][0]
        return "Predict job durations"  # choices_from a usecases answer: its first title
    if kind == "multi":
        return question["choices"][:2]
    if kind == "scale":
        return question.get("max", 5) - 1
    if kind == "number":
        return max(question.get("min", 0), 12)
    if kind == "yesno":
        return True
    if kind == "list":
        return [f"{qid} item one", f"{qid} item two"]
    if kind == "flows":
        return [
            "site planner -> maintenance team, warehouse: shutdown plan [email] (low) @weekly"
            " !re-typed into SAP",
            {
                "source": "maintenance supervisor",
                "targets": ["SAP PM"],
                "content": "work orders",
                "medium": "manual entry",
                "maturity": "medium",
            },
            {
                "source": "SAP PM",
                "targets": ["planning dashboard"],
                "content": "job status",
                "medium": "interface",
                "maturity": "high",
            },
        ]
    if kind == "usecases":
        return [
            {
                "title": "Predict job durations",
                "desirability": 5,
                "datability": 4,
                "feasibility": 4,
                "viability": 4,
            },
            {
                "title": "Digitise the shutdown plan",
                "desirability": 3,
                "datability": 5,
                "feasibility": 5,
                "viability": 3,
            },
        ]
    raise ValueError(f"unknown kind {kind}")


def answers_for(contract: dict[str, Any]) -> dict[str, Any]:
    questions = [q for s in contract["sections"] for q in s["questions"]]
    return {q["id"]: answer_for(q, i) for i, q in enumerate(questions)}
