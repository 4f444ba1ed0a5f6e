"""The framing document as it grows, in Markdown, for the side panel (no Textual).

This is a live preview, not the export: each answer is clipped and every user text is
escaped so that it renders as typed. ``assistant.export`` writes the real document.
"""

from __future__ import annotations

from typing import Any

from assistant.models.flowdef import QuestionKind
from assistant.models.infoflow import maturity_label
from assistant.services.interview import Interview
from assistant.text.escape import md_block, md_inline
from assistant.tui.text import (
    PANEL_CHARS,
    SCORE_FIELDS,
    clip,
    format_answer,
    section_label,
    usecase_total,
)


def captured_flows(interview: Interview) -> list[dict[str, Any]]:
    """Every flow given so far, across the flows questions that apply."""
    answers = interview.engine.active_answers(interview.state)
    flows: list[dict[str, Any]] = []
    for question in interview.engine.questions:
        if question.kind is QuestionKind.flows:
            flows.extend(f for f in answers.get(question.id, []) or [] if isinstance(f, dict))
    return flows


def framing_markdown(interview: Interview) -> str:
    """Answers by section, then the flows captured so far."""
    engine, state = interview.engine, interview.state
    answers = engine.active_answers(state)
    perimeter = str(state.meta.get("perimeter", ""))
    out = [f"# {md_inline(interview.title)}"]
    if perimeter:
        out.append(f"*Perimeter:* {md_inline(perimeter)}")
    for progress in engine.section_progress(state):
        section = engine.sections[progress.id]
        out.append(
            f"## {md_inline(section_label(section.title))} ({progress.answered}/{progress.total})"
        )
        shown = 0
        for question in section.questions:
            if question.id not in answers:
                continue
            shown += 1
            value = answers[question.id]
            out.append(f"**{md_inline(engine.prompt(state, question))}**")
            if question.kind is QuestionKind.usecases and isinstance(value, list):
                out.append(_usecase_table(value))
            elif question.kind is QuestionKind.flows and isinstance(value, list):
                out.append(f"{len(value)} flow(s), see *Flows captured* below.")
            else:
                out.append(md_block(clip(format_answer(question, value), PANEL_CHARS)))
        if not shown:
            out.append("*Nothing yet.*")
    flows = captured_flows(interview)
    out.append(f"## Flows captured ({len(flows)})")
    if flows:
        table = ["| Source | Targets | Content | Medium | Maturity |", "|---|---|---|---|---|"]
        for flow in flows[:200]:
            cells = [
                flow.get("source", ""),
                ", ".join(flow.get("targets", [])),
                flow.get("content", ""),
                flow.get("medium", ""),
                maturity_label(flow.get("maturity", "medium")),
            ]
            table.append("| " + " | ".join(md_inline(clip(str(c), 80)) for c in cells) + " |")
        out.append("\n".join(table))  # one block: rows apart would not be a table
        if len(flows) > 200:
            out.append(f"*… and {len(flows) - 200} more.*")
    else:
        out.append("*No flow yet.*")
    return "\n\n".join(out) + "\n"


def _usecase_table(usecases: list[Any]) -> str:
    rows = ["| Use case | D | Da | F | V | Score |", "|---|---|---|---|---|---|"]
    ranked = sorted((u for u in usecases if isinstance(u, dict)), key=usecase_total, reverse=True)
    for usecase in ranked:
        scores = " | ".join(str(usecase.get(n, "")) for n in SCORE_FIELDS)
        title = md_inline(clip(str(usecase.get("title", "")), 80))
        rows.append(f"| {title} | {scores} | {usecase_total(usecase):.2f} |")
    return "\n".join(rows)
