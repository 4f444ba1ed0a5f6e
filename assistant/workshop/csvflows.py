"""Flows captured on a workshop wall, typed into a spreadsheet, loaded into a session.

CSV layout (UTF-8, an Excel BOM is fine; comma, semicolon or tab separated, detected from
the header line). The first line names the columns, in any order, case-insensitive:

=============  ========  =====================================================
column         required  content
=============  ========  =====================================================
source         yes       who or what sends the information
targets        yes       one or more receivers, separated by ``,`` ``;`` or ``|``
                         inside the cell (as in the TUI form and the notation)
content                  what is exchanged
medium                   email, Excel, phone, ERP, API, paper…
frequency                daily, weekly, twice a day…
maturity                 low, medium or high (L/M/H too); empty (or
                         ``unknown``, ``?``) = not known: kept unknown,
                         the rows are reported, hot spots count it as low
pain_points              what hurts, several separated by ``;`` or ``|``
volume                   how much
source_kind              the source's class: person, team, organisation,
                         process, tool, data (store)
target_kind              the targets' class (one for all, or one per target)
=============  ========  =====================================================

Other columns (notes, author, colour…) are ignored and named in a message, so a sheet
kept for the wall imports as it is. Empty lines and lines whose source starts with ``#``
are ignored. Errors name the line of
the file (the header is row 1) and the column: ``row 4: maturity: expected low, medium
or high, got 'hi'``; every error of the file is reported and nothing is imported until
all are fixed.

How the flows enter the session (a choice, documented here and in ``--help``): they are
**appended to the answer of the session's flows question** (the first applicable ``flows``
question, or ``--question``), as one ordinary answer event with ``imported_from`` set.
So the flows are part of the interview like typed ones: the timeline, replay, exports,
hot spots, ``diff`` and a re-framing all see them, and ``back``/edit work as usual.
Flows identical to one already there are not added twice.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.engine.answers import AnswerError
from assistant.errors import UserError
from assistant.models.flowdef import QuestionKind
from assistant.models.infoflow import Actor, ActorKind, InformationFlow
from assistant.services.interview import Interview
from assistant.workshop.pack import FLOW_COLUMNS

COLUMNS = (*FLOW_COLUMNS, "source_kind", "target_kind")
"""The wall sheet's columns (the pack prints the same ones) and the optional actor kinds."""
_ALIASES = {
    "target": "targets",
    "pain_point": "pain_points",
    "pains": "pain_points",
    "source_class": "source_kind",
    "target_class": "target_kind",
    "targets_kind": "target_kind",
    "target_kinds": "target_kind",
    "targets_class": "target_kind",
}
_KINDS = {
    "person": "person",
    "team": "team",
    "organisation": "organisation",
    "organization": "organisation",
    "process": "process",
    "tool": "tool",
    "data": "data",
    "data store": "data",
    "data_store": "data",
}
REQUIRED = ("source", "targets")
MAX_BYTES = 5_000_000
MAX_ROWS = 5000
_MATURITY = {"low": "low", "l": "low", "medium": "medium", "m": "medium", "med": "medium"}
_MATURITY |= {"high": "high", "h": "high"}
_UNKNOWN_CELLS = {"", "?", "unknown"}
HELP = (
    "header line naming the columns source, targets (required), content, medium,"
    " frequency, maturity (low/medium/high; empty: unknown, reported), pain_points, volume,"
    " source_kind, target_kind; several targets in one cell separated by ',' ';' or '|',"
    " several pain points by ';' or '|'; other columns are ignored"
)


class InfoFlowImportError(UserError):
    """Every problem of a CSV file, each naming its row; the message is the first ones."""

    def __init__(self, path: str, errors: list[str]) -> None:
        self.errors = errors
        shown = "; ".join(errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(
            f"{path}: {shown}{more}; nothing imported", details=[f"{path}: {e}" for e in errors]
        )


@dataclass
class WallCsv:
    """What a wall CSV holds, and what the facilitator should be told about it."""

    flows: list[InformationFlow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    unknown_maturity_rows: list[int] = field(default_factory=list)
    actor_kinds: dict[str, str] = field(default_factory=dict)  # actor name -> kind

    def actors(self) -> list[Actor]:
        """The actors whose class the sheet gives (recorded as one model edit)."""
        return [Actor(name=name, kind=ActorKind(kind)) for name, kind in self.actor_kinds.items()]

    def notices(self, name: str) -> list[str]:
        """One line per thing ignored or left unknown (for stderr)."""
        lines = []
        if self.ignored_columns:
            lines.append(f"{name}: ignored column(s): {', '.join(self.ignored_columns)}")
        if self.unknown_maturity_rows:
            rows = ", ".join(str(r) for r in self.unknown_maturity_rows)
            lines.append(
                f"{name}: maturity empty in row(s) {rows}: kept unknown (hot spots count it"
                " as low until the cell is filled)"
            )
        return lines


@dataclass
class ImportResult:
    question_id: str
    added: list[InformationFlow] = field(default_factory=list)
    duplicates: int = 0
    total: int = 0


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _items(cell: str, separators: str) -> list[str]:
    """The items of a cell holding several, split on any of ``separators``."""
    for separator in separators[1:]:
        cell = cell.replace(separator, separators[0])
    return [item.strip() for item in cell.split(separators[0]) if item.strip()]


TARGET_SEPARATORS = "|,;"
PAIN_SEPARATORS = "|;"  # commas are prose in a pain point ("slow, re-typed by hand")


def read_flows_csv(path: str | Path) -> WallCsv:
    """Parse and validate a CSV file of flows; ``InfoFlowImportError`` lists every bad row."""
    from assistant.textfiles import read_text

    return parse_wall_csv(read_text(path, what="CSV file", max_bytes=MAX_BYTES), str(path))


def parse_flows_csv(text: str, name: str = "<csv>") -> list[InformationFlow]:
    """The flows of a CSV text (see the module doc for the layout)."""
    return parse_wall_csv(text, name).flows


def _column(header: str) -> str:
    name = header.strip().casefold().replace(" ", "_").replace("-", "_")
    return _ALIASES.get(name, name)


def parse_wall_csv(text: str, name: str = "<csv>") -> WallCsv:
    """Flows, actor kinds and notices of a CSV text (see the module doc for the layout)."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InfoFlowImportError(name, ["row 1: the header line is missing"])
    delimiter = _delimiter(lines[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        raw_header = next(reader)
    except csv.Error as error:
        raise InfoFlowImportError(name, [f"row 1: {error}"]) from None
    header = [_column(h) for h in raw_header]
    wall = WallCsv(
        ignored_columns=[
            raw.strip() for raw, h in zip(raw_header, header, strict=True) if h and h not in COLUMNS
        ]
    )
    errors: list[str] = []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        errors.append(f"row 1: missing required column(s) {', '.join(missing)}")
    duplicated = sorted({h for h in header if h in COLUMNS and header.count(h) > 1})
    if duplicated:
        errors.append(f"row 1: column(s) given twice: {', '.join(duplicated)}")
    if errors:
        raise InfoFlowImportError(name, errors)
    try:
        for cells in reader:
            row = reader.line_num
            if row > MAX_ROWS + 1:
                errors.append(f"row {row}: more than {MAX_ROWS} rows")
                break
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                errors.append(
                    f"row {row}: {len(cells)} cells for {len(header)} columns"
                    f" (a {delimiter!r} inside a cell needs quotes)"
                )
                continue
            record = {
                h: (cells[i].strip() if i < len(cells) else "")
                for i, h in enumerate(header)
                if h in COLUMNS
            }
            if record.get("source", "").startswith("#"):
                continue
            flow = _flow(record, row, errors)
            if flow is not None:
                wall.flows.append(flow)
                if flow.maturity is None:
                    wall.unknown_maturity_rows.append(row)
                _kinds(record, flow, row, wall, errors)
    except csv.Error as error:
        errors.append(f"row {reader.line_num}: {error}")
    if errors:
        raise InfoFlowImportError(name, errors)
    if not wall.flows:
        raise InfoFlowImportError(name, ["no flow rows after the header"])
    return wall


def _kind(value: str, row: int, column: str, errors: list[str]) -> str | None:
    kind = _KINDS.get(" ".join(value.casefold().replace("_", " ").split()))
    if kind is None:
        errors.append(
            f"row {row}: {column}: expected person, team, organisation, process, tool or"
            f" data, got {value!r}"
        )
    return kind


def _kinds(
    record: dict[str, str], flow: InformationFlow, row: int, wall: WallCsv, errors: list[str]
) -> None:
    """The actor classes given in the kind columns (one target kind for all, or one each)."""
    if record.get("source_kind"):
        kind = _kind(record["source_kind"], row, "source_kind", errors)
        if kind:
            wall.actor_kinds[flow.source] = kind
    if record.get("target_kind"):
        kinds = _items(record["target_kind"], TARGET_SEPARATORS)
        if len(kinds) not in (1, len(flow.targets)):
            errors.append(
                f"row {row}: target_kind: {len(kinds)} kinds for {len(flow.targets)} targets"
                " (give one for all, or one per target)"
            )
            return
        for target, value in zip(flow.targets, kinds * len(flow.targets), strict=False):
            kind = _kind(value, row, "target_kind", errors)
            if kind:
                wall.actor_kinds[target] = kind


def _flow(record: dict[str, str], row: int, errors: list[str]) -> InformationFlow | None:
    problems: list[str] = []
    if not record.get("source"):
        problems.append(f"row {row}: source: empty (who or what sends the information?)")
    targets = _items(record.get("targets", ""), TARGET_SEPARATORS)
    if not targets:
        problems.append(f"row {row}: targets: empty (who receives the information?)")
    cell = record.get("maturity", "")
    # An empty cell stays unknown (None), and the row is reported (WallCsv.notices).
    unknown = cell.casefold() in _UNKNOWN_CELLS
    maturity = None if unknown else _MATURITY.get(cell.casefold())
    if not unknown and maturity is None:
        problems.append(
            f"row {row}: maturity: expected low, medium, high or empty (unknown), got {cell!r}"
        )
    if problems:
        errors.extend(problems)
        return None
    data: dict[str, Any] = {
        "source": record["source"],
        "targets": targets,
        "maturity": maturity,
        "pain_points": _items(record.get("pain_points", ""), PAIN_SEPARATORS),
    }
    for column in ("content", "medium", "frequency", "volume"):
        if record.get(column):
            data[column] = record[column]
    try:
        return InformationFlow.model_validate(data)
    except ValidationError as error:
        for problem in error.errors():
            where = ".".join(str(p) for p in problem["loc"][:1]) or "row"
            errors.append(f"row {row}: {where}: {problem['msg'].removeprefix('Value error, ')}")
        return None


def flows_question(interview: Interview, question_id: str | None = None) -> str:
    """The flows question to add to: the given one, else the first applicable one."""
    engine, state = interview.engine, interview.state
    if question_id is not None:
        question = interview.question(question_id)
        if question.kind is not QuestionKind.flows:
            raise UserError(f"question {question_id!r} is a {question.kind.value} question")
        if not engine.applies(state, question_id):
            raise UserError(f"question {question_id!r} does not apply to this session")
        return question_id
    for question in engine.questions:
        if question.kind is QuestionKind.flows and engine.applies(state, question.id):
            return question.id
    raise UserError(f"the flow {interview.flow.id!r} has no flows question in this session")


def import_flows(
    interview: Interview,
    flows: list[InformationFlow],
    *,
    question_id: str | None = None,
    source_name: str = "",
) -> ImportResult:
    """Append ``flows`` to the session's flows answer (one answer event); see the module doc."""
    qid = flows_question(interview, question_id)
    existing = [InformationFlow.model_validate(f) for f in interview.state.answers.get(qid) or []]
    seen = {f.model_dump_json() for f in existing}
    result = ImportResult(question_id=qid)
    for flow in flows:
        key = flow.model_dump_json()
        if key in seen:
            result.duplicates += 1
            continue
        seen.add(key)
        result.added.append(flow)
    result.total = len(existing) + len(result.added)
    if result.added:
        value = [f.model_dump(mode="json") for f in [*existing, *result.added]]
        try:
            interview.answer(
                value, qid, imported_from=Path(source_name).name, imported=len(result.added)
            )
        except AnswerError as error:
            raise UserError(f"flows not imported into {qid!r}: {error}") from None
    return result
