"""The sponsor's page and the action plan, derived from a framing document (pure, no LLM).

``summarise`` picks out of the answers what a sponsor decides on: the product and chosen
use case with why, the value, the cost, the KPIs, the hot spots, the top risks, the open
points and the decision asked. ``action_plan`` lists the next steps the answers give, then
the actions the framing itself implies: every inaccessible data source, every failed
check, every required question left open. ``coverage`` is the honest completeness.
"""

from __future__ import annotations

import re

from assistant.models.document import (
    Action,
    AnswerEntry,
    CheckResult,
    Coverage,
    FramingDocument,
    Kpi,
    OpenQuestion,
    Summary,
)
from assistant.services.checks import (
    DATE,
    FAIL,
    Answers,
    clip,
    head_name,
    label,
    parse_kpi,
    source_status_is_inaccessible,
)

TO_ASSIGN = "to assign"
TO_SET = "to set"
SUMMARY_CHARS = 360
TOP_RISKS = 3
HOTSPOT_REASON_CHARS = 70


def sentences(text: str, limit: int = SUMMARY_CHARS) -> str:
    """Whole sentences of ``text`` up to about ``limit`` characters (at least one)."""
    flat = " ".join(str(text).split())
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", flat)
    out = ""
    for part in parts:
        if out and len(out) + 1 + len(part) > limit:
            break
        out = f"{out} {part}".strip()
    if len(out) > limit * 2:
        out = out[: limit - 1].rsplit(" ", 1)[0] + "…"
    return out


def summarise(doc: FramingDocument, checks: list[CheckResult], coverage: Coverage) -> Summary:
    a = Answers.of(doc)
    product = a.text("product_name").strip() or doc.session.title
    value_parts = []
    if a.has("value_quantification"):
        value_parts.append(sentences(a.text("value_quantification")))
    if a.has("hours_lost"):
        value_parts.append(f"Today the perimeter loses about {a.text('hours_lost')} hours a week.")
    cost = sentences(a.text("costs")) if a.text("costs").strip() else ""
    asked = {e.question_id for s in doc.sections for e in s.answers}
    if not cost and "costs" not in asked:
        cost = "Not given in the answers."
    elif not cost:
        cost = "Not given: the cost question is " + (
            "skipped." if "costs" in {q.question_id for q in coverage.skipped} else "unanswered."
        )
    kpis = []
    for line in a.items("kpis"):
        name, baseline, target = parse_kpi(line)
        kpis.append(Kpi(name=name, baseline=baseline, target=target))
    hotspots = [
        f"{h.name} ({'actor' if h.kind in ('actor', 'object') else 'flow'}):"
        f" {_first_reasons(h.reasons)}"
        for h in doc.hotspots
        if h.rank <= 2
    ]
    risks = (a.items("business_risks") + a.items("delivery_risks"))[:TOP_RISKS]
    open_points = [
        f"Failed check: {c.title[:1].lower()}{c.title[1:]}" for c in checks if c.status == FAIL
    ]
    open_points += [
        f"{q.question} ({'required, ' if q.required else ''}skipped)" for q in coverage.skipped
    ]
    open_points += [
        f"{q.question} (required, not answered)" for q in coverage.unanswered if q.required
    ]
    blocked = [head_name(s) for s in a.items("data_sources") if source_status_is_inaccessible(s)]
    if blocked:
        open_points.append("Data sources not accessible today: " + ", ".join(blocked))
    decision = " ".join(a.text("decision_asked").split()) or (
        "No decision is asked yet: the framing does not say what is expected of whom, by when."
    )
    return Summary(
        product=product,
        usecase=doc.chosen_usecase or "",
        why_chosen=sentences(a.text("chosen_rationale")),
        value=" ".join(value_parts) or "Not quantified in the answers.",
        cost=cost,
        kpis=kpis,
        hotspots=hotspots,
        risks=risks,
        open_points=open_points,
        decision=decision,
    )


def _first_reasons(reasons: str, limit: int = HOTSPOT_REASON_CHARS) -> str:
    """The reasons of a hot spot cut after a whole reason (they are comma-separated)."""
    if len(reasons) <= limit:
        return reasons
    cut = reasons[:limit].rsplit(", ", 1)[0]
    return (cut if len(cut) > limit // 3 else clip(reasons, limit)) + ", …"


def parse_step(line: str) -> tuple[str, str, str]:
    """``action - owner - due`` (or ``|``-separated) as its parts; missing parts are empty.

    The last part is the due date when it reads as one; the one before it is the owner.
    """
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+|\s*\|\s*", line) if p.strip()]
    if len(parts) >= 3:
        return " - ".join(parts[:-2]), parts[-2], parts[-1]
    if len(parts) == 2:
        if DATE.search(parts[1]):
            return parts[0], "", parts[1]
        return parts[0], parts[1], ""
    return line.strip(), "", ""


def action_plan(
    doc: FramingDocument, checks: list[CheckResult], coverage: Coverage
) -> list[Action]:
    a = Answers.of(doc)
    rows: list[tuple[str, str, str, str, str]] = []
    for line in a.items("next_steps"):
        what, owner, due = parse_step(line)
        rows.append((what, owner, due, "next step agreed in the framing", "next_step"))
    for line in a.items("data_sources"):
        if source_status_is_inaccessible(line):
            parts = [p.strip() for p in re.split(r"\s+[-–—]\s+", line)]
            owner = parts[1] if len(parts) >= 3 else ""
            rows.append(
                (
                    f"Obtain access to {head_name(line)}",
                    owner,
                    "",
                    f'data source not accessible today: "{line.strip()}"',
                    "data_source",
                )
            )
    for check in checks:
        if check.status == FAIL:
            rows.append((check.action, "", "", f"failed check: {check.title}", "check"))
    for question in coverage.unanswered:
        if question.required:
            rows.append(
                (
                    f"Answer: {question.question}",
                    "",
                    "",
                    f"required question left open ({question.section})",
                    "open_question",
                )
            )
    for question in coverage.skipped:
        rows.append(
            (
                f"Answer: {question.question}",
                "",
                "",
                f"question skipped ({question.section})",
                "open_question",
            )
        )
    return [
        Action(
            number=index,
            action=what,
            owner=owner or TO_ASSIGN,
            due=due or TO_SET,
            why=why,
            origin=origin,
        )
        for index, (what, owner, due, why, origin) in enumerate(rows, start=1)
    ]


def coverage(doc: FramingDocument) -> Coverage:
    """Every applicable question counted: the percent is never 100 with one left open."""
    entries = [(s, e) for s in doc.sections for e in s.answers]
    answered = sum(1 for _, e in entries if e.status == "answered")
    applicable = len(entries)
    percent = (100 * answered) // applicable if applicable else 100
    required = [e for _, e in entries if e.required]
    flow_topics = [t for _, e in entries for t in e.topics]
    covered = {t for _, e in entries if e.status == "answered" for t in e.topics}
    return Coverage(
        percent=percent,
        answered=answered,
        applicable=applicable,
        required_answered=sum(1 for e in required if e.status == "answered"),
        required_total=len(required),
        skipped=[_open(s.title, e) for s, e in entries if e.status == "skipped"],
        unanswered=[_open(s.title, e) for s, e in entries if e.status in ("missing", "unanswered")],
        topics_uncovered=list(dict.fromkeys(t for t in flow_topics if t not in covered)),
    )


def _open(section: str, entry: AnswerEntry) -> OpenQuestion:
    return OpenQuestion(
        question_id=entry.question_id,
        question=label(entry.question_id),
        section=section.split(" - ")[0],
        required=entry.required,
    )
