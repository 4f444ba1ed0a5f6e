"""Flows captured on a workshop wall, typed into a spreadsheet, loaded into a session.

CSV layout (UTF-8, an Excel BOM is fine; comma, semicolon or tab separated, detected from
the header line). The first line names the columns, in any order, case-insensitive:

=============  ========  =====================================================
column         required  content
=============  ========  =====================================================
source         yes       who or what sends the information
targets        yes       one or more receivers, separated by ``;`` or ``|``
                         (``|`` or ``,`` when the file itself uses ``;``)
content                  what is exchanged
medium                   email, Excel, phone, ERP, API, paper…
frequency                daily, weekly, twice a day…
maturity                 low, medium or high (L/M/H too); empty = medium
pain_points              what hurts, several separated like targets
volume                   how much (optional column)
=============  ========  =====================================================

Empty lines and lines whose source starts with ``#`` are ignored. Errors name the line of
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
from assistant.models.infoflow import InformationFlow
from assistant.services.interview import Interview

COLUMNS = (
    "source",
    "targets",
    "content",
    "medium",
    "frequency",
    "maturity",
    "pain_points",
    "volume",
)
REQUIRED = ("source", "targets")
MAX_BYTES = 5_000_000
MAX_ROWS = 5000
_MATURITY = {"low": "low", "l": "low", "medium": "medium", "m": "medium", "med": "medium"}
_MATURITY |= {"high": "high", "h": "high", "": "medium"}
HELP = (
    "header line naming the columns source, targets (required), content, medium,"
    " frequency, maturity (low/medium/high), pain_points, volume; several targets or"
    " pain points in one cell separated by ';' or '|'"
)


class FlowImportError(UserError):
    """Every problem of a CSV file, each naming its row; the message is the first ones."""

    def __init__(self, path: str, errors: list[str]) -> None:
        self.errors = errors
        shown = "; ".join(errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"{path}: {shown}{more}; nothing imported")


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


def _items(cell: str, delimiter: str) -> list[str]:
    separators = "|" + ("," if delimiter == ";" else ";")
    for separator in separators[1:]:
        cell = cell.replace(separator, "|")
    return [item.strip() for item in cell.split("|") if item.strip()]


def read_flows_csv(path: str | Path) -> list[InformationFlow]:
    """Parse and validate a CSV file of flows; ``FlowImportError`` lists every bad row."""
    from assistant.textfiles import read_text

    return parse_flows_csv(read_text(path, what="CSV file", max_bytes=MAX_BYTES), str(path))


def parse_flows_csv(text: str, name: str = "<csv>") -> list[InformationFlow]:
    """The flows of a CSV text (see the module doc for the layout)."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise FlowImportError(name, ["row 1: the header line is missing"])
    delimiter = _delimiter(lines[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().casefold().replace(" ", "_").replace("-", "_") for h in next(reader)]
    except csv.Error as error:
        raise FlowImportError(name, [f"row 1: {error}"]) from None
    header = ["pain_points" if h in ("pain_point", "pains") else h for h in header]
    header = ["targets" if h == "target" else h for h in header]
    errors: list[str] = []
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        errors.append(
            f"row 1: unknown column(s) {', '.join(map(repr, unknown))}"
            f" (expected {', '.join(COLUMNS)})"
        )
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        errors.append(f"row 1: missing required column(s) {', '.join(missing)}")
    duplicated = sorted({h for h in header if h and header.count(h) > 1})
    if duplicated:
        errors.append(f"row 1: column(s) given twice: {', '.join(duplicated)}")
    if errors:
        raise FlowImportError(name, errors)
    flows: list[InformationFlow] = []
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
            record = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
            if record.get("source", "").startswith("#"):
                continue
            flow = _flow(record, delimiter, row, errors)
            if flow is not None:
                flows.append(flow)
    except csv.Error as error:
        errors.append(f"row {reader.line_num}: {error}")
    if errors:
        raise FlowImportError(name, errors)
    if not flows:
        raise FlowImportError(name, ["no flow rows after the header"])
    return flows


def _flow(
    record: dict[str, str], delimiter: str, row: int, errors: list[str]
) -> InformationFlow | None:
    problems: list[str] = []
    if not record.get("source"):
        problems.append(f"row {row}: source: empty (who or what sends the information?)")
    targets = _items(record.get("targets", ""), delimiter)
    if not targets:
        problems.append(f"row {row}: targets: empty (who receives the information?)")
    maturity = _MATURITY.get(record.get("maturity", "").casefold())
    if maturity is None:
        problems.append(
            f"row {row}: maturity: expected low, medium or high, got {record['maturity']!r}"
        )
    if problems:
        errors.extend(problems)
        return None
    data: dict[str, Any] = {
        "source": record["source"],
        "targets": targets,
        "maturity": maturity,
        "pain_points": _items(record.get("pain_points", ""), delimiter),
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
