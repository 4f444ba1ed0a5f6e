"""Checks across sections: small rules that read several answers and say where they disagree.

Each rule is a function of the framing document (pure: no I/O) returning a ``CheckResult``
that says why it passes or fails and quotes the answers it read. A rule whose questions
were not asked (another question flow, a branch not taken) is ``not_applicable``. The
same list feeds the documents, the TUI review screen and ``data360 check``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from assistant.hypergraph.names import name_tokens
from assistant.models.document import CheckResult, FramingDocument, Quote
from assistant.models.lenses import LENSES

PASS, FAIL, NOT_APPLICABLE = "pass", "fail", "not_applicable"
QUOTE_CHARS = 160

#: Short labels of the Data 360 questions, used wherever a question is named for a reader.
LABELS: dict[str, str] = {
    "perimeter": "Perimeter",
    "perimeter_specifics": "Perimeter specifics",
    "actors": "Actors",
    "perimeter_maturity": "Digital maturity",
    "information_flows": "Information flows",
    "hours_lost": "Hours lost",
    "hot_spot_review": "Hot-spot review",
    "usecase_candidates": "Use-case candidates",
    "chosen_usecase": "Chosen use case",
    "chosen_rationale": "Why this use case",
    "product_name": "Product name",
    "problem_statement": "Problem",
    "vision": "Vision",
    "value_proposition": "Value proposition",
    "advantages": "Advantages",
    "strategic_statement": "Strategic statement",
    "stakeholders": "Stakeholders",
    "kpis": "KPIs",
    "value_quantification": "Value",
    "costs": "Costs",
    "cost_of_errors": "Cost of errors",
    "business_risks": "Business risks",
    "decision_asked": "Decision asked",
    "as_is_context": "Today's way of working",
    "personas": "Users",
    "product_perimeter": "First-release perimeter",
    "user_needs": "User needs",
    "ds_features": "Data-science features",
    "task_types": "Task types",
    "prediction_target": "Prediction target",
    "decision_action": "Decision driven",
    "automation_level": "Automation level",
    "delivery_modes": "Delivery",
    "model_success": "Success threshold",
    "explainability": "Explainability",
    "feedback_loop": "Feedback loop",
    "fallback": "Fallback",
    "hypotheses": "Hypotheses",
    "data_requirements": "Data requirements",
    "data_sources": "Data sources",
    "external_data": "External data",
    "data_licence": "Data licence",
    "training_data": "Training data",
    "data_volume": "Data volume",
    "data_quality": "Data quality",
    "data_scope": "Data scope",
    "data_governance": "Data governance",
    "data_processing": "Data processing",
    "personal_data": "Personal data",
    "gdpr_basis": "GDPR legal basis",
    "retention": "Retention",
    "personal_access": "Access to personal data",
    "bias": "Bias",
    "latency": "Latency",
    "team": "Team",
    "dev_preparation": "Before the build starts",
    "delivery_plan": "Milestones",
    "architecture": "Architecture",
    "ml_model": "ML model",
    "mlops_maturity": "MLOps maturity",
    "retraining": "Retraining",
    "monitoring": "Monitoring",
    "rules_maintenance": "Rules maintenance",
    "nfr": "Non-functional requirements",
    "run_support": "Run and support",
    "change_management": "Change management",
    "success_metrics": "Success metrics",
    "delivery_risks": "Delivery risks",
    "next_steps": "Next steps",
    "redo_framing": "Redo the framing",
}


def label(question_id: str) -> str:
    """A reader's label for a question (its id in words when the flow is not Data 360's)."""
    return LABELS.get(question_id) or question_id.replace("_", " ").strip().capitalize()


@dataclass(frozen=True)
class Answers:
    """The answered values of a document by question id, with quoting helpers."""

    values: dict[str, Any]
    actors: tuple[str, ...]

    @classmethod
    def of(cls, doc: FramingDocument) -> Answers:
        values = {
            a.question_id: a.value
            for s in doc.sections
            for a in s.answers
            if a.status == "answered"
        }
        names = {a.name for a in doc.actors}
        for flow in doc.flows:
            names.add(flow.source)
            names.update(flow.targets)
        return cls(values, tuple(sorted(names)))

    def has(self, question_id: str) -> bool:
        return question_id in self.values

    def text(self, question_id: str) -> str:
        value = self.values.get(question_id)
        if value is None:
            return ""
        if isinstance(value, list):
            return "\n".join(_item_text(v) for v in value)
        return str(value)

    def items(self, question_id: str) -> list[str]:
        value = self.values.get(question_id)
        if isinstance(value, list):
            return [_item_text(v) for v in value if _item_text(v).strip()]
        if isinstance(value, str):
            return [line.strip() for line in value.splitlines() if line.strip()]
        return []

    def quote(self, question_id: str, text: str | None = None) -> Quote:
        if text is None:
            value = self.values.get(question_id)
            text = "; ".join(self.items(question_id)) if isinstance(value, list) else None
        shown = self.text(question_id) if text is None else text
        return Quote(question_id=question_id, question=label(question_id), text=clip(shown))


def _item_text(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("title") or value.get("content") or value)
    return str(value)


def clip(text: str, limit: int = QUOTE_CHARS) -> str:
    """One line of at most ``limit`` characters, cut at a word."""
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


# ---------------------------------------------------------------- name matching
def head_name(line: str) -> str:
    """The name an inventory line starts with: before " - ", ":", " (" or ",".

    ``"SAP PM work orders 2016-2024 - maintenance - available"`` → ``"SAP PM work orders
    2016-2024"``; ``"Maintenance planner (primary): plans…"`` → ``"Maintenance planner"``.
    """
    head = re.split(r"\s[-–—]\s|:|\s\(|,|;", line, maxsplit=1)[0]
    return head.strip()


def on_map(name: str, actors: Iterable[str]) -> str | None:
    """The map actor ``name`` refers to, with the map's own name matching, or None.

    Names match when one's folded tokens (``normalise_name``) appear in the other as a
    run of words: "SAP PM work orders" is on a map holding "SAP PM"; "Planners" is
    "planner". Single-letter and stop words are not enough to match.
    """
    tokens = name_tokens(name)
    if not tokens:
        return None
    best: str | None = None
    for actor in actors:
        other = name_tokens(actor)
        if not other:
            continue
        same_head = tokens[0] == other[0] and tokens[0] not in GENERIC and len(tokens[0]) > 2
        matches = same_head or _contains(tokens, other) or _contains(other, tokens)
        if matches and (best is None or len(actor) > len(best)):
            best = actor
    return best


#: First words too common to say two names are one system ("paper job cards", "paper permits").
GENERIC = {
    "data",
    "internal",
    "external",
    "new",
    "old",
    "daily",
    "weekly",
    "monthly",
    "local",
    "paper",
    "excel",
    "manual",
    "digital",
    "email",
    "phone",
    "shared",
    "personal",
    "central",
    "other",
    "all",
    "each",
    "site",
    "team",
    "file",
    "report",
}


def _contains(haystack: list[str], needle: list[str]) -> bool:
    if len(needle) == 1 and len(needle[0]) < 3:
        return False
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


# ---------------------------------------------------------------- the rules
Rule = Callable[[Answers, FramingDocument], CheckResult]
RULES: list[tuple[str, str, Rule]] = []


def rule(check_id: str, title: str) -> Callable[[Rule], Rule]:
    def register(function: Rule) -> Rule:
        RULES.append((check_id, title, function))
        return function

    return register


def _result(
    check_id: str,
    status: str,
    reason: str,
    quotes: list[Quote] | None = None,
    action: str = "",
) -> CheckResult:
    title = next(t for i, t, _ in RULES if i == check_id)
    return CheckResult(
        id=check_id,
        title=title,
        status=status,
        reason=reason,
        quotes=quotes or [],
        action=action if status == FAIL else "",
    )


INACCESSIBLE = re.compile(
    r"not accessible|no access|not available|unavailable|missing|to request|requested|"
    r"not (?:yet )?(?:digiti[sz]ed|shared|cleared)|pending|blocked",
    re.IGNORECASE,
)


def source_status_is_inaccessible(line: str) -> bool:
    """Whether an inventory line says the source cannot be used today."""
    tail = line[len(head_name(line)) :]
    return bool(INACCESSIBLE.search(tail))


def _lines_on_map(
    a: Answers,
    check_id: str,
    question_id: str,
    passed: str,
    failed: Callable[[int, str], str],
    fix: Callable[[str], str],
    *,
    nothing: str,
) -> CheckResult:
    """Every line of a list answer names an actor of the flow map (its head, before any
    ``:`` or ``(``); the lines that do not are quoted, named in ``failed`` and ``fix``."""
    if not a.has(question_id) or not a.actors:
        return _result(check_id, NOT_APPLICABLE, nothing)
    missing = [line for line in a.items(question_id) if not on_map(head_name(line), a.actors)]
    if not missing:
        return _result(check_id, PASS, passed, [a.quote(question_id)])
    names = ", ".join(f'"{head_name(m)}"' for m in missing)
    return _result(
        check_id,
        FAIL,
        failed(len(missing), names),
        [a.quote(question_id, m) for m in missing],
        fix(names),
    )


@rule("source-on-map", "Every data source is on the flow map")
def _sources_on_map(a: Answers, doc: FramingDocument) -> CheckResult:
    return _lines_on_map(
        a,
        "source-on-map",
        "data_sources",
        "Every source named in the Data section is an actor of the flow map.",
        lambda count, names: (
            f"{count} data source(s) do not appear on the flow map: {names}."
            " Either the map misses a flow that carries this data or the source is not really used."
        ),
        lambda names: (
            f"Add {names} to the flow map (who feeds it, who reads it) or drop it from the sources"
        ),
        nothing="No data sources or no flow map yet.",
    )


@rule("persona-on-map", "Every user persona is an actor of the map")
def _personas_on_map(a: Answers, doc: FramingDocument) -> CheckResult:
    return _lines_on_map(
        a,
        "persona-on-map",
        "personas",
        "Every target user appears among the actors of the flow map.",
        lambda count, names: (
            f"{count} user(s) of the product are absent from the map's actors:"
            f" {names}. The product serves people whose information flows were not mapped."
        ),
        lambda names: f"Map the flows of {names} or say why they are out of the perimeter",
        nothing="No personas or no flow map yet.",
    )


ARROW = re.compile(r"\s*(?:->|→|=>|⇒|\bto\b)\s*")
NUMBER = re.compile(r"\d")


def parse_kpi(line: str) -> tuple[str, str, str]:
    """``name: baseline -> target`` as its three parts (empty when absent)."""
    name, _, rest = (
        (p.strip() for p in re.split(r"(:\s)", line, maxsplit=1))
        if re.search(r":\s", line)
        else ("", "", line)
    )
    if not rest:
        name, rest = "", line
    parts = [p for p in re.split(r"\s*(?:->|→|=>|⇒)\s*", rest, maxsplit=1)]
    baseline = parts[0].strip() if len(parts) == 2 else ""
    target = parts[1].strip() if len(parts) == 2 else ""
    if not baseline and not target:
        return (name.strip() or rest.strip(), "", "")
    return (name.strip() or baseline, baseline, target)


@rule("kpi-baseline-target", "Every KPI has a baseline and a target")
def _kpis(a: Answers, doc: FramingDocument) -> CheckResult:
    if not a.has("kpis"):
        return _result("kpi-baseline-target", NOT_APPLICABLE, "No KPIs answered yet.")
    weak = []
    for line in a.items("kpis"):
        _, baseline, target = parse_kpi(line)
        if not (baseline and target and NUMBER.search(baseline + target)):
            weak.append(line)
    if not weak:
        return _result(
            "kpi-baseline-target",
            PASS,
            "Every KPI reads as 'name: baseline -> target' with figures.",
            [a.quote("kpis")],
        )
    return _result(
        "kpi-baseline-target",
        FAIL,
        f"{len(weak)} KPI(s) lack a baseline or a target (written 'name: baseline -> target'):"
        " success cannot be measured without both.",
        [a.quote("kpis", w) for w in weak],
        "Measure today's value of each KPI and agree its target and date",
    )


PEOPLE_DATA = re.compile(
    r"\b(?:patients?|employees?|staff|nurses?|doctors?|physicians?|technicians?'?s? hours|"
    r"customers?|cardholders?|loyalty|names?|named|per person|individual(?:s|ly)?|"
    r"e-?mail address(?:es)?|phone numbers?|date of birth|medical records?|health data|"
    r"employee ids?|personal files?|rosters?|timesheets?|badge)\b",
    re.IGNORECASE,
)


@rule("personal-data", '"No personal data" agrees with the answers')
def _personal_data(a: Answers, doc: FramingDocument) -> CheckResult:
    if a.values.get("personal_data") is not False:
        state = "yes" if a.values.get("personal_data") is True else "not answered"
        return _result(
            "personal-data", NOT_APPLICABLE, f"Personal data is answered {state}: nothing to check."
        )
    quotes = []
    for question_id in a.values:
        if question_id == "personal_data":
            continue
        text = a.text(question_id)
        match = PEOPLE_DATA.search(text)
        if match:
            quotes.append(a.quote(question_id, _around(text, match)))
    if not quotes:
        return _result(
            "personal-data",
            PASS,
            "Personal data is answered no, and no answer mentions data about people.",
            [a.quote("personal_data", "No")],
        )
    words = sorted({PEOPLE_DATA.search(q.text).group().lower() for q in quotes})  # type: ignore[union-attr]
    return _result(
        "personal-data",
        FAIL,
        f"Personal data is answered no, yet {len(quotes)} answer(s) mention data about people"
        f" ({', '.join(words[:6])}).",
        [a.quote("personal_data", "No"), *quotes[:6]],
        "Review with the data protection officer whether personal data is processed",
    )


def _around(text: str, match: re.Match[str], width: int = 70) -> str:
    start = max(0, match.start() - width)
    end = min(len(text), match.end() + width)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


MODEL_TASKS = re.compile(r"forecast|regression|classif|predict|scoring", re.IGNORECASE)


@rule("ml-model", '"No ML model" agrees with the task types')
def _ml_model(a: Answers, doc: FramingDocument) -> CheckResult:
    answer = str(a.values.get("ml_model") or "")
    if not a.has("ml_model") or not a.has("task_types"):
        return _result("ml-model", NOT_APPLICABLE, "ML model or task types not answered yet.")
    if not answer.lower().startswith("no"):
        return _result(
            "ml-model", PASS, f'The product is answered "{answer}".', [a.quote("ml_model")]
        )
    tasks = [t for t in a.items("task_types") if MODEL_TASKS.search(t)]
    if not tasks:
        return _result(
            "ml-model",
            PASS,
            "No trained model, and no task type needs one.",
            [a.quote("ml_model"), a.quote("task_types")],
        )
    return _result(
        "ml-model",
        FAIL,
        f"The product is answered to need no ML model, but its task types include"
        f" {', '.join(tasks)}, which usually need a trained model.",
        [a.quote("ml_model"), a.quote("task_types", "; ".join(tasks))],
        "Decide whether a trained model is needed; if so, answer the MLOps questions",
    )


LENS_WORDS = {
    "desirability": r"desirab|adopt|users? (?:want|ask)",
    "datability": r"datab|data (?:gap|access|quality|source)|label",
    "feasibility": r"feasib|technical|integrat",
    "viability": r"viab|cost|budget|value|worth",
}
MITIGATION_QUESTIONS = ("chosen_rationale", "business_risks", "delivery_risks", "next_steps")


@rule("usecase-lens", "The chosen use case has no unmitigated score of 1")
def _usecase_lens(a: Answers, doc: FramingDocument) -> CheckResult:
    chosen = next((u for u in doc.usecases if u.chosen), None)
    if chosen is None:
        return _result("usecase-lens", NOT_APPLICABLE, "No use case chosen yet.")
    weak = [lens for lens in LENSES if getattr(chosen, lens, None) == 1]
    if not weak:
        return _result(
            "usecase-lens",
            PASS,
            f'"{chosen.title}" scores at least 2 on every lens.',
            [a.quote("chosen_usecase", chosen.title)],
        )
    unmitigated = []
    quotes = [a.quote("chosen_usecase", chosen.title)]
    for lens in weak:
        found = None
        for question_id in MITIGATION_QUESTIONS:
            text = a.text(question_id)
            match = re.search(LENS_WORDS[lens], text, re.IGNORECASE)
            if match:
                found = a.quote(question_id, _around(text, match))
                break
        if found:
            quotes.append(found)
        else:
            unmitigated.append(lens)
    if not unmitigated:
        return _result(
            "usecase-lens",
            PASS,
            f"The chosen use case scores 1 on {', '.join(weak)}, and the answers address it.",
            quotes,
        )
    return _result(
        "usecase-lens",
        FAIL,
        f'The chosen use case "{chosen.title}" scores 1 on {", ".join(unmitigated)} and no'
        " answer (rationale, risks, next steps) says how that is mitigated.",
        quotes,
        f"Say how the weak {', '.join(unmitigated)} of the chosen use case will be mitigated",
    )


MONEY = re.compile(
    r"\d[\d,.\s]*\s*(?:k|m|bn)?\s*(?:€|eur|euros?|\$|usd|£|gbp|chf)|(?:€|\$|£)\s*\d", re.I
)


@rule("value-cost", "A value is weighed against a cost")
def _value_cost(a: Answers, doc: FramingDocument) -> CheckResult:
    if not a.has("value_quantification"):
        return _result("value-cost", NOT_APPLICABLE, "No value given yet.")
    cost = a.text("costs")
    if cost.strip() and (MONEY.search(cost) or NUMBER.search(cost)):
        return _result(
            "value-cost",
            PASS,
            "Both the value and the cost are given.",
            [a.quote("value_quantification"), a.quote("costs")],
        )
    why = "the cost question is not answered" if not cost.strip() else "the cost has no figure"
    return _result(
        "value-cost",
        FAIL,
        f"A value is given but {why}: a sponsor cannot weigh one without the other.",
        [a.quote("value_quantification"), *([a.quote("costs")] if cost.strip() else [])],
        "Estimate the build cost and the yearly run cost",
    )


DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\bH[12]\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b|\b(?:months?|weeks?|days?|sprints?|M|W)\s*\d+|\d+\s*(?:months?|weeks?|days?)\b|"
    r"\bevery\b|\bweekly\b|\bmonthly\b|\bby end\b|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)


@rule("milestone-dates", "Every milestone has a date")
def _milestones(a: Answers, doc: FramingDocument) -> CheckResult:
    if not a.has("delivery_plan"):
        return _result("milestone-dates", NOT_APPLICABLE, "No milestones answered yet.")
    undated = [line for line in a.items("delivery_plan") if not DATE.search(line)]
    if not undated:
        return _result(
            "milestone-dates",
            PASS,
            "Every milestone carries a date, a month or a cadence.",
            [a.quote("delivery_plan")],
        )
    return _result(
        "milestone-dates",
        FAIL,
        f"{len(undated)} milestone(s) have no date: the plan cannot be followed up.",
        [a.quote("delivery_plan", line) for line in undated],
        "Date each milestone (month or quarter) and its go/no-go",
    )


MISSING_SKILL = re.compile(
    r"\bmissing\b|\bto (?:find|hire|recruit)\b|\bgap\b|\bvacant\b|\btbd\b", re.I
)
SKILL_STOP = {"missing", "to", "find", "hire", "recruit", "gap", "vacant", "tbd", "from", "month"}


def missing_skills(a: Answers) -> list[str]:
    """The team lines that name a skill nobody fills yet."""
    return [line for line in a.items("team") if MISSING_SKILL.search(line)]


def _skill_words(line: str) -> list[str]:
    head = head_name(_skill_text(line)) or line
    return [t for t in name_tokens(head) if t not in SKILL_STOP and len(t) > 1][:2]


def _skill_text(line: str) -> str:
    return re.sub(r"(?i)^\s*missing\s*:\s*", "", line).strip()


@rule("skills-action", "Every missing skill has an action")
def _skills(a: Answers, doc: FramingDocument) -> CheckResult:
    if not a.has("team"):
        return _result("skills-action", NOT_APPLICABLE, "No team answered yet.")
    gaps = missing_skills(a)
    if not gaps:
        return _result(
            "skills-action", PASS, "The team answer names no missing skill.", [a.quote("team")]
        )
    planned = " ".join(
        " ".join(name_tokens(a.text(q))) for q in ("next_steps", "delivery_risks", "delivery_plan")
    )
    open_gaps = []
    for line in gaps:
        words = _skill_words(line)
        if not words or " ".join(words) not in planned:
            open_gaps.append(line)
    if not open_gaps:
        return _result(
            "skills-action",
            PASS,
            "Each missing skill reappears in the next steps, the plan or the delivery risks.",
            [a.quote("team", g) for g in gaps],
        )
    return _result(
        "skills-action",
        FAIL,
        f"{len(open_gaps)} missing skill(s) have no action in the next steps, the plan or the"
        " delivery risks.",
        [a.quote("team", g) for g in open_gaps],
        "Staff the missing skill(s): " + "; ".join(clip(_skill_text(g), 60) for g in open_gaps),
    )


def run_checks(doc: FramingDocument) -> list[CheckResult]:
    """Every rule on ``doc``, in a fixed order."""
    answers = Answers.of(doc)
    return [function(answers, doc) for _, _, function in RULES]


def check_ids() -> list[str]:
    return [check_id for check_id, _, _ in RULES]
