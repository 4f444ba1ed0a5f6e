"""The facilitator's workshop pack, built from a question flow (pure, no I/O).

One model (``WorkshopPack``) rendered three ways (Markdown, HTML, DOCX) by
``assistant.workshop.render``. It holds every question of the chosen sections, so a flow
written by a facilitator produces its own pack. Timings start from each question's kind
(mapping flows and scoring use cases take a workshop's time, a yes/no does not); given a
duration, the sections are scaled to fit it exactly: an opening, the sections, breaks (a
lunch when one falls around noon) and a closing add up to the duration, so the workshop
ends at start + duration; a duration too short for the sections' minimum is an error that
says what is needed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Literal

from assistant.errors import UserError
from assistant.flow.expressions import render
from assistant.models.flowdef import FlowDefinition, Question, QuestionKind
from assistant.models.flowdef import Section as FlowSection

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
LUNCH_UNTIL = 14 * 60
"""A break starting between LUNCH_FROM - 30 min and LUNCH_UNTIL is the lunch (once)."""
LUNCH_FOR = 6 * 60
"""Only a workshop of at least this length has a lunch; a shorter one has short breaks."""
DAY_STARTS = 9 * 60  # 09:00
OPENING_MINUTES = 10
"""Welcome: objectives, participants, how the session runs (the workshop sheet)."""
CLOSING_MINUTES = 10
"""Close: read back the chosen use case, sort the parking lot, agree next steps."""
MIN_QUESTION_MINUTES = 1
"""A section scaled down keeps at least this per question, plus its wrap-up."""
NOTE_LINE_CM = 0.9
"""Height of one handwritten line in the note areas (a comfortable pen line)."""
BLANK_FLOW_ROWS = 15
BLANK_HOTSPOT_ROWS = 10
BLANK_USECASE_ROWS = 6

FLOW_COLUMNS = (
    "source",
    "targets",
    "content",
    "medium",
    "frequency",
    "maturity",
    "pain_points",
    "volume",
)
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
    ("(low|medium|high|?)", "digital maturity; ? = not known; medium when left out"),
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


NOTE_LINES = {
    QuestionKind.text: 6,
    QuestionKind.list: 6,
    QuestionKind.flows: 4,  # the flows themselves go on the flow-mapping sheet
    QuestionKind.usecases: 4,  # the candidates go on the scoring grid
}
"""Handwriting lines of a question's note area, by kind (3 for short answers)."""
OBJECTIVES = (
    "Map the information flows of the perimeter and agree on its hot spots.",
    "Choose one data use case from a hot spot, scored on the four lenses.",
    "Frame it: business value, product, data and build, with open points named.",
)
MATERIALS = (
    "This pack, printed (one per facilitator) and the flow-mapping sheet (A3 if possible)",
    "Sticky notes in three colours (low / medium / high maturity) and markers",
    "A wall or a large sheet for the flow map; tape",
    "A timer, and a screen or projector for data360 (data360 serve for several screens)",
    "The participants' list and the sponsor's one-line objective",
)
PARTICIPANT_COLUMNS = ("Name", "Role", "Team / site", "Contact", "Present")
BLANK_PARTICIPANT_ROWS = 8
PARKING_COLUMNS = ("Topic or question", "Raised by", "Owner", "Follow-up / due")
BLANK_PARKING_ROWS = 12
PAPERS = {"a4": ("A4", 21.0, 29.7), "letter": ("letter", 21.59, 27.94)}
"""Paper sizes: CSS ``@page`` name, width and height in centimetres (portrait)."""
Paper = Literal["a4", "letter"]


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
    note_lines: int = 3

    @property
    def note_height_cm(self) -> float:
        """Height of the note area, so a facilitator can write by hand."""
        return round(self.note_lines * NOTE_LINE_CM, 2)


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
    starts_at: str = "09:00"
    ends_at: str = ""
    fitted: bool = False
    """True when the timings were scaled to a duration the facilitator gave."""
    paper: Paper = "a4"

    @property
    def question_count(self) -> int:
        return sum(len(s.questions) for s in self.sections)

    @property
    def has_flows(self) -> bool:
        return any(q.kind == "flows" for s in self.sections for q in s.questions)

    @property
    def has_usecases(self) -> bool:
        return any(q.kind == "usecases" for s in self.sections for q in s.questions)

    @property
    def page_size(self) -> str:
        """The CSS ``@page`` size name of the paper."""
        return PAPERS[self.paper][0]


def clock(minutes: int) -> str:
    """``HH:MM`` of a number of minutes since midnight."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration(minutes: int) -> str:
    """``1 h 45 min`` / ``30 min``."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest:02d} min"
    return f"{hours} h" if hours else f"{rest} min"


_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:h.](\d{2}))?\s*$", re.IGNORECASE)
_DURATION = re.compile(
    r"^\s*(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*(?:m|min|mins|minutes?)?)?\s*$",
    re.IGNORECASE,
)


def parse_clock(text: str) -> int:
    """Minutes since midnight of ``13:30`` / ``13h30`` / ``9``; a usage error otherwise."""
    found = _CLOCK.match(text)
    if found:
        hours, minutes = int(found.group(1)), int(found.group(2) or 0)
        if hours < 24 and minutes < 60:
            return hours * 60 + minutes
    raise UserError(f"--start {text!r}: expected a time of day such as 09:00 or 13:30", exit_code=2)


def parse_duration(text: str) -> int:
    """Minutes of ``3h``, ``2h30``, ``2 h 30 min``, ``90min``, ``1.5h`` or ``1:30``."""
    if ":" in text:
        hours, _, minutes = text.strip().partition(":")
        if hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and int(minutes) < 60:
            return _positive(int(hours) * 60 + int(minutes), text)
    found = _DURATION.match(text)
    if found and (found.group(1) or found.group(2)):
        total = round(float(found.group(1) or 0) * 60) + int(found.group(2) or 0)
        return _positive(total, text)
    raise UserError(
        f"--duration {text!r}: expected a length such as 3h, 2h30, 90min or 1:30", exit_code=2
    )


def _positive(minutes: int, text: str) -> int:
    if minutes <= 0:
        raise UserError(f"--duration {text!r}: the workshop needs some time", exit_code=2)
    return minutes


def question_minutes(question: Question) -> int:
    return MINUTES.get(question.kind, 3) + (2 if question.multiline else 0)


def note_lines(question: Question) -> int:
    """Handwriting lines for a question's notes (more for a multi-line text)."""
    return NOTE_LINES.get(question.kind, 3) + (2 if question.multiline else 0)


def _text(template: str) -> str:
    """A prompt or help with no answers yet: templates show their defaults."""
    return " ".join(render(template, {}).split()) if template else ""


def _round5(minutes: float) -> int:
    return int(math.ceil(minutes / 5) * 5)


@dataclass
class _Pause:
    before: int  # index of the section it comes before
    minutes: int
    title: str


def _breaks(start: int, minutes: list[int], *, lunch_break: bool) -> list[_Pause]:
    """Breaks between sections: one before a section that would run past BREAK_EVERY."""
    pauses: list[_Pause] = []
    now, since_break, lunch = start + OPENING_MINUTES, OPENING_MINUTES, not lunch_break
    for index, length in enumerate(minutes):
        if index and since_break + length > BREAK_EVERY:
            pause = _Pause(index, BREAK_MINUTES, "Break")
            if not lunch and LUNCH_FROM - 30 <= now < LUNCH_UNTIL:
                pause, lunch = _Pause(index, LUNCH_MINUTES, "Lunch"), True
            pauses.append(pause)
            now += pause.minutes
            since_break = 0
        now += length
        since_break += length
    return pauses


def _fit(natural: list[int], floors: list[int], budget: int) -> list[int]:
    """Section minutes proportional to ``natural``, each ≥ its floor, summing to ``budget``."""
    scale = budget / sum(natural)
    fitted = [max(floor, int(n * scale) // 5 * 5) for n, floor in zip(natural, floors, strict=True)]
    wanted = [n * scale for n in natural]
    while budget - sum(fitted) >= 5:  # hand out what rounding down left, most short first
        index = max(range(len(fitted)), key=lambda i: (wanted[i] - fitted[i], -i))
        fitted[index] += 5
    while sum(fitted) > budget:  # floors took more than their share: take it back
        above = [i for i in range(len(fitted)) if fitted[i] - 5 >= floors[i]]
        if not above:
            break
        index = max(above, key=lambda i: (fitted[i] - wanted[i], i))
        fitted[index] -= 5
    fitted[-1] += budget - sum(fitted)  # the odd minutes (budget not a multiple of 5)
    return fitted


def build_pack(
    flow: FlowDefinition,
    *,
    start: int = DAY_STARTS,
    minutes: int | None = None,
    sections: list[str] | None = None,
    paper: Paper = "a4",
) -> WorkshopPack:
    """The pack for ``flow``: agenda with timings, every question with its help and example.

    ``start`` is minutes since midnight; ``minutes`` the workshop's whole length (opening
    to closing) to fit, or ``None`` for the suggested timings; ``sections`` the section
    ids to run, in the flow's order (all when ``None``).
    """
    chosen = _chosen_sections(flow, sections)
    parts: list[tuple[FlowSection, list[PackQuestion]]] = []
    for section in chosen:
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
                note_lines=note_lines(q),
            )
            for q in section.questions
        ]
        parts.append((section, questions))
    natural = [_round5(sum(q.minutes for q in qs) + SECTION_WRAP_UP) for _, qs in parts]
    fixed = OPENING_MINUTES + CLOSING_MINUTES
    lunch = (minutes if minutes is not None else fixed + sum(natural)) >= LUNCH_FOR

    def _pauses(start: int, lengths: list[int]) -> list[_Pause]:
        return _breaks(start, lengths, lunch_break=lunch)

    if minutes is None:
        lengths = natural
        pauses = _pauses(start, lengths)
    else:
        floors = [_round5(SECTION_WRAP_UP + MIN_QUESTION_MINUTES * len(qs)) for _, qs in parts]
        lengths, pauses = list(natural), _pauses(start, natural)
        for _ in range(8):  # breaks depend on the lengths, the lengths on the breaks
            budget = minutes - fixed - sum(p.minutes for p in pauses)
            if budget < sum(floors):  # try with the breaks the shortest sections need
                fewer = _pauses(start, floors)
                if fewer == pauses:
                    break
                pauses = fewer
                continue
            lengths = _fit(natural, floors, budget)
            again = _pauses(start, lengths)
            if again == pauses:
                break
            pauses = again
        budget = minutes - fixed - sum(p.minutes for p in pauses)
        if budget < sum(floors):
            _too_short(minutes, parts, floors, _pauses(start, floors))
        lengths = _fit(natural, floors, budget)
    if start + fixed + sum(lengths) + sum(p.minutes for p in pauses) > 24 * 60:
        raise UserError(
            f"a workshop starting at {clock(start)} would end after midnight; start earlier"
            " or give a shorter --duration or fewer --sections"
        )
    return _assemble(flow, parts, lengths, natural, pauses, start, minutes is not None, paper)


def _chosen_sections(flow: FlowDefinition, wanted: list[str] | None) -> list[FlowSection]:
    if not wanted:
        return list(flow.sections)
    ids = [s.id for s in flow.sections]
    unknown = [w for w in wanted if w not in ids]
    if unknown:
        raise UserError(
            f"--sections: no section {', '.join(repr(u) for u in unknown)} in flow"
            f" {flow.id!r}; its sections are {', '.join(ids)}",
            exit_code=2,
        )
    return [s for s in flow.sections if s.id in wanted]


def _too_short(
    minutes: int,
    parts: list[tuple[FlowSection, list[PackQuestion]]],
    floors: list[int],
    pauses: list[_Pause],
) -> None:
    need = OPENING_MINUTES + CLOSING_MINUTES + sum(floors) + sum(p.minutes for p in pauses)
    names = ", ".join(s.id for s, _ in parts)
    raise UserError(
        f"--duration {duration(minutes)} is too short for {names}: they need at least"
        f" {duration(need)} ({OPENING_MINUTES} min opening, {CLOSING_MINUTES} min closing,"
        f" breaks, and per section {SECTION_WRAP_UP} min of wrap-up plus"
        f" {MIN_QUESTION_MINUTES} min a question); give a longer --duration or fewer"
        " --sections"
    )


def _assemble(
    flow: FlowDefinition,
    parts: list[tuple[FlowSection, list[PackQuestion]]],
    lengths: list[int],
    natural: list[int],
    pauses: list[_Pause],
    start: int,
    fitted: bool,
    paper: Paper,
) -> WorkshopPack:
    sections: list[PackSection] = []
    agenda = [AgendaItem(clock(start), OPENING_MINUTES, OPENING_TITLE, anchor="workshop-sheet")]
    now = start + OPENING_MINUTES
    before = {p.before: p for p in pauses}
    for index, ((section, questions), length) in enumerate(zip(parts, lengths, strict=True)):
        if index in before:
            pause = before[index]
            agenda.append(AgendaItem(clock(now), pause.minutes, pause.title))
            now += pause.minutes
        if length != natural[index]:  # scaled: each question's share follows
            share = (length - SECTION_WRAP_UP) / max(1, natural[index] - SECTION_WRAP_UP)
            for q in questions:
                q.minutes = max(MIN_QUESTION_MINUTES, round(q.minutes * share))
        sections.append(
            PackSection(
                id=section.id,
                title=section.title,
                intro=" ".join(section.intro.split()),
                minutes=length,
                starts_at=clock(now),
                questions=questions,
            )
        )
        agenda.append(AgendaItem(clock(now), length, section.title, anchor=section.id))
        now += length
    agenda.append(AgendaItem(clock(now), CLOSING_MINUTES, CLOSING_TITLE, anchor="parking-lot"))
    now += CLOSING_MINUTES
    agenda.append(AgendaItem(clock(now), 0, "End"))
    return WorkshopPack(
        flow_id=flow.id,
        flow_version=flow.version,
        title=flow.title or flow.id,
        description=" ".join(flow.description.split()),
        sections=sections,
        agenda=agenda,
        total_minutes=now - start,
        starts_at=clock(start),
        ends_at=clock(now),
        fitted=fitted,
        paper=paper,
    )


OPENING_TITLE = "Welcome: objectives, participants, how the session runs"
CLOSING_TITLE = "Close: read back the chosen use case, the parking lot, next steps"
