"""The facilitator's workshop pack, built from a question flow (pure, no I/O).

One model (``WorkshopPack``) rendered three ways (Markdown, HTML, DOCX) by
``assistant.workshop.render``. It holds every question of the flow, so a flow written by a
facilitator produces its own pack; timings are suggestions derived from each question's
kind (mapping flows and scoring use cases take a workshop's time, a yes/no does not).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from assistant.flow.expressions import render
from assistant.models.flowdef import FlowDefinition, Question, QuestionKind

MINUTES = {
    QuestionKind.text: 4,
    QuestionKind.choice: 2,
    QuestionKind.multi: 3,
    QuestionKind.scale: 2,
    QuestionKind.number: 2,
    QuestionKind.yesno: 1,
    QuestionKind.list: 5,
    QuestionKind.flows: 30,
    QuestionKind.usecases: 25,
}
"""Suggested minutes per question, by kind (a multi-line text question gets 2 more)."""
SECTION_WRAP_UP = 5
"""Minutes to summarise a section and check it with the group (good interview manners)."""
BREAK_EVERY = 90
BREAK_MINUTES = 15
LUNCH_FROM = 12 * 60
LUNCH_MINUTES = 60
DAY_STARTS = 9 * 60  # 09:00
BLANK_FLOW_ROWS = 15
BLANK_HOTSPOT_ROWS = 10
BLANK_USECASE_ROWS = 6

FLOW_COLUMNS = ("source", "targets", "content", "medium", "frequency", "maturity", "pain_points")
"""Columns of the blank flow-mapping sheet, the same as the CSV ``import-flows`` reads."""

NOTATION_EXAMPLES = (
    "planner -> maintenance, warehouse: shutdown plan [email] (low) @weekly !re-typed into SAP",
    "SAP PM -> planning dashboard: job status [interface] (high) @daily {200 jobs/week}",
    "# a line starting with # is a comment",
)
NOTATION_PARTS = (
    ("source -> target, target", "who sends, to whom (one or more targets)"),
    (": content", "what is exchanged"),
    ("[medium]", "email, Excel, phone, ERP, API, paper…"),
    ("(low|medium|high)", "digital maturity; medium when left out"),
    ("@frequency", "daily, weekly, twice a day, at each shutdown…"),
    ("!pain point", "what hurts; as many as needed"),
    ("{volume}", "how much, when it matters"),
)

LENSES = (
    ("Desirability", "users want it: it relieves a real pain of the hot spot"),
    ("Datability", "the data sources exist and are of usable quality"),
    ("Feasibility", "it can be built with the skills, tools and time at hand"),
    ("Viability", "it is worth it: value well above the cost, a sponsor who pays"),
)
HOTSPOT_COLUMNS = (
    "Actor",
    "Flows in",
    "Flows out",
    "Low-maturity flows",
    "Daily or more",
    "Pain points",
    "Relays between others?",
    "Hot? (H/M/L)",
)
HOTSPOT_RULE = (
    "A hot spot is a place with many links and low digital maturity. Count, for each actor,"
    " the flows it sends and receives; weigh up the flows that are manual (low maturity),"
    " frequent, or carry pain points; an actor relaying information between others weighs"
    " more. The tool computes the same score from the captured flows (data360 flows"
    " --hotspots) and explains each one."
)


@dataclass
class PackQuestion:
    id: str
    kind: str
    prompt: str
    help: str
    example: str
    required: bool
    choices: list[str]
    condition: str
    minutes: int


@dataclass
class PackSection:
    id: str
    title: str
    intro: str
    minutes: int
    starts_at: str
    questions: list[PackQuestion] = field(default_factory=list)


@dataclass
class AgendaItem:
    starts_at: str
    minutes: int
    title: str
    anchor: str = ""


@dataclass
class WorkshopPack:
    flow_id: str
    flow_version: str
    title: str
    description: str
    sections: list[PackSection]
    agenda: list[AgendaItem]
    total_minutes: int

    @property
    def question_count(self) -> int:
        return sum(len(s.questions) for s in self.sections)

    @property
    def has_flows(self) -> bool:
        return any(q.kind == "flows" for s in self.sections for q in s.questions)

    @property
    def has_usecases(self) -> bool:
        return any(q.kind == "usecases" for s in self.sections for q in s.questions)


def clock(minutes: int) -> str:
    """``HH:MM`` of a number of minutes since midnight."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration(minutes: int) -> str:
    """``1 h 45 min`` / ``30 min``."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest:02d} min"
    return f"{hours} h" if hours else f"{rest} min"


def question_minutes(question: Question) -> int:
    return MINUTES.get(question.kind, 3) + (2 if question.multiline else 0)


def _text(template: str) -> str:
    """A prompt or help with no answers yet: templates show their defaults."""
    return " ".join(render(template, {}).split()) if template else ""


def build_pack(flow: FlowDefinition) -> WorkshopPack:
    """The pack for ``flow``: agenda with timings, every question with its help and example."""
    sections: list[PackSection] = []
    agenda: list[AgendaItem] = []
    now = DAY_STARTS
    since_break = 0
    lunch = False
    for section in flow.sections:
        questions = [
            PackQuestion(
                id=q.id,
                kind=q.kind.value,
                prompt=_text(q.prompt),
                help=_text(q.help),
                example=q.example.strip(),
                required=q.required,
                choices=list(q.choices or []),
                condition=q.when or "",
                minutes=question_minutes(q),
            )
            for q in section.questions
        ]
        minutes = sum(q.minutes for q in questions) + SECTION_WRAP_UP
        minutes = int(math.ceil(minutes / 5) * 5)
        if since_break and since_break + minutes > BREAK_EVERY:
            pause, title = BREAK_MINUTES, "Break"
            if not lunch and now >= LUNCH_FROM - 30:
                pause, title, lunch = LUNCH_MINUTES, "Lunch", True
            agenda.append(AgendaItem(clock(now), pause, title))
            now += pause
            since_break = 0
        sections.append(
            PackSection(
                id=section.id,
                title=section.title,
                intro=" ".join(section.intro.split()),
                minutes=minutes,
                starts_at=clock(now),
                questions=questions,
            )
        )
        agenda.append(AgendaItem(clock(now), minutes, section.title, anchor=section.id))
        now += minutes
        since_break += minutes
    agenda.append(AgendaItem(clock(now), 0, "End: read back the chosen use case and next steps"))
    return WorkshopPack(
        flow_id=flow.id,
        flow_version=flow.version,
        title=flow.title or flow.id,
        description=" ".join(flow.description.split()),
        sections=sections,
        agenda=agenda,
        total_minutes=now - DAY_STARTS,
    )
