r"""The compact flow notation: one information flow per line, parsed exactly.

Example::

    # shutdown planning, site A
    planner -> maintenance, warehouse: shutdown plan [email] (low) @every Thursday !late !re-typed
    SAP PM -> planning dashboard: job status [interface] (high) @daily {200 jobs/week}

Grammar (EBNF; ``ws`` is spaces or tabs, text fields are stripped)::

    document   = { line , "\n" } ;
    line       = blank | comment | flow ;
    comment    = ws , "#" , { any } ;                      (* whole line only *)
    flow       = name , "->" , targets , [ ":" , content ] , { annotation } ;
    targets    = name , { "," , name } ;
    annotation = "[" , medium , "]"                        (* at most once *)
               | "(" , maturity , ")"                      (* at most once *)
               | "@" , frequency                           (* at most once *)
               | "!" , pain point                          (* any number *)
               | "{" , volume , "}" ;                      (* at most once *)
    maturity   = "low" | "medium" | "high" | "unknown" | "?" ;  (* any case *)
    name       = text without unescaped  - >  ,  :  [  (  @  !  {  ;
    content    = text up to the first unescaped  [  (  @  !  {  ;
    frequency  = text up to the next unescaped  [  (  @  !  {  ;
    pain point = text up to the next unescaped  [  (  @  !  {  ;
    medium     = text up to the unescaped "]" ;   volume = text up to the unescaped "}" ;
    escape     = "\" , any ;                      (* the character itself, e.g. "\!" *)

Everything after ``->`` is optional but one target; an absent maturity is the model
default (medium); ``(unknown)`` or ``(?)`` records it as not known. Annotations may
come in any order; ``format_flow`` writes them in the order above. Errors are
``NotationError(message, line, column)`` whose text names the place:
``line 2, column 14: expected '->' after the source``.

``format_flow`` is the inverse: ``parse_flow_line(format_flow(f)) == f`` for every flow
whose text fields have no line break and no surrounding whitespace (fields are stripped).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from assistant.models.infoflow import UNKNOWN_MATURITY, InformationFlow, Maturity, maturity_label

ARROW = "->"
OPENERS = "[(@!{"
_MATURITIES: dict[str, Maturity | None] = {m.value: m for m in Maturity}
_MATURITIES |= {UNKNOWN_MATURITY: None, "?": None}


class NotationError(ValueError):
    """A line that is not valid notation; ``line`` and ``column`` are 1-based."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        self.message = message
        self.line = line
        self.column = column
        super().__init__(f"line {line}, column {column}: {message}")


@dataclass(frozen=True)
class ParsedLine:
    """One non-blank, non-comment line of a document and what it parsed to."""

    line: int
    text: str
    flow: InformationFlow | None = None
    error: NotationError | None = None


class _Scanner:
    """Character scanner over one line that understands backslash escapes."""

    def __init__(self, text: str, line: int) -> None:
        self.text = text
        self.pos = 0
        self.line = line

    def error(self, message: str, pos: int | None = None) -> NotationError:
        return NotationError(message, self.line, (self.pos if pos is None else pos) + 1)

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def read_until(self, stops: str, *, arrow: bool = False) -> tuple[str, int]:
        """Read text up to an unescaped stop character (or ``->``); return text and its start."""
        start = self.pos
        out: list[str] = []
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "\\" and self.pos + 1 < len(self.text):
                out.append(self.text[self.pos + 1])
                self.pos += 2
                continue
            if ch in stops or (arrow and self.text.startswith(ARROW, self.pos)):
                break
            out.append(ch)
            self.pos += 1
        return "".join(out), start


def _strip_ws(text: str) -> str:
    return text.strip(" \t")


def is_comment_or_blank(line: str) -> bool:
    """True for lines the notation ignores."""
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def has_arrow(line: str) -> bool:
    """Whether a line contains an unescaped ``->`` (i.e. is meant as notation)."""
    scanner = _Scanner(line, 1)
    scanner.read_until("", arrow=True)
    return not scanner.at_end()


def parse_flow_line(line: str, line_no: int = 1) -> InformationFlow:
    """Parse one line of notation into a flow, or raise ``NotationError``."""
    text = line.rstrip("\r\n")
    if is_comment_or_blank(text):
        raise NotationError("expected a flow 'source -> target: content'", line_no, 1)
    s = _Scanner(text, line_no)
    s.skip_ws()
    source, start = s.read_until(",:" + OPENERS, arrow=True)
    if not text.startswith(ARROW, s.pos):
        raise s.error("expected '->' after the source")
    if not _strip_ws(source):
        raise s.error("expected a source name before '->'", start)
    s.pos += len(ARROW)

    targets: list[str] = []
    while True:
        s.skip_ws()
        name, start = s.read_until(",:" + OPENERS, arrow=True)
        if text.startswith(ARROW, s.pos):
            raise s.error("unexpected '->' in the targets (one arrow per line)")
        if not _strip_ws(name):
            raise s.error("expected a target name" if not targets else "empty target name", start)
        targets.append(_strip_ws(name))
        if s.peek() != ",":
            break
        s.pos += 1

    content = ""
    if s.peek() == ":":
        s.pos += 1
        raw, _ = s.read_until(OPENERS)
        content = _strip_ws(raw)

    fields: dict[str, Any] = {}  # medium, frequency (str) and maturity (Maturity)
    pains: list[str] = []
    while True:
        s.skip_ws()
        if s.at_end():
            break
        opener, at = s.peek(), s.pos
        if opener not in OPENERS:
            raise s.error(
                f"unexpected {opener!r}: expected '[medium]', '(maturity)', '@frequency',"
                " '!pain point' or '{volume}'"
            )
        s.pos += 1
        if opener in "[{(":
            closer = {"[": "]", "{": "}", "(": ")"}[opener]
            raw, start = s.read_until(closer)
            if s.peek() != closer:
                raise s.error(f"unclosed {opener!r}: expected {closer!r}", at)
            s.pos += 1
            value = _strip_ws(raw)
            key = {"[": "medium", "{": "volume", "(": "maturity"}[opener]
            if key in fields:
                raise s.error(f"second {key} (give it once)", at)
            if key == "maturity":
                if value.casefold() not in _MATURITIES:
                    raise s.error(
                        f"unknown maturity {value!r}: expected low, medium, high or unknown",
                        start,
                    )
                fields[key] = _MATURITIES[value.casefold()]
            else:
                fields[key] = value
        else:
            raw, start = s.read_until(OPENERS)
            value = _strip_ws(raw)
            if opener == "@":
                if not value:
                    raise s.error("empty frequency after '@'", start)
                if "frequency" in fields:
                    raise s.error("second frequency (give it once)", at)
                fields["frequency"] = value
            else:
                if not value:
                    raise s.error("empty pain point after '!'", start)
                pains.append(value)

    try:
        return InformationFlow(
            source=_strip_ws(source), targets=targets, content=content, pain_points=pains, **fields
        )
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise NotationError(f"{where}: {first.get('msg')}", line_no, 1) from None


def parse_notation_lines(text: str) -> list[ParsedLine]:
    """Every non-blank, non-comment line with its flow or its error (nothing raised)."""
    out: list[ParsedLine] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if is_comment_or_blank(line):
            continue
        try:
            out.append(ParsedLine(number, line, flow=parse_flow_line(line, number)))
        except NotationError as error:
            out.append(ParsedLine(number, line, error=error))
    return out


def parse_notation(text: str) -> list[InformationFlow]:
    """All flows of a document; the first bad line raises ``NotationError``."""
    flows: list[InformationFlow] = []
    for parsed in parse_notation_lines(text):
        if parsed.error is not None:
            raise parsed.error
        assert parsed.flow is not None
        flows.append(parsed.flow)
    return flows


def _escape(text: str, specials: str, *, arrow: bool = False) -> str:
    text = text.replace("\r", " ").replace("\n", " ")
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == "\\" or ch in specials or (arrow and ch == "-" and text[i + 1 : i + 2] == ">"):
            out.append("\\" + ch)
        else:
            out.append(ch)
    escaped = "".join(out)
    return "\\" + escaped if escaped.startswith("#") else escaped


_NAME_SPECIALS = ",:" + OPENERS + "])}"


def format_flow(flow: InformationFlow) -> str:
    """One notation line for a flow (the inverse of ``parse_flow_line``)."""
    return _format_line(
        flow.source,
        flow.targets,
        flow.content,
        flow.medium,
        maturity_label(flow.maturity),
        flow.frequency,
        flow.pain_points,
        flow.volume,
    )


def format_unfinished(fields: Mapping[str, Any]) -> str:
    """The notation line of a flow not finished yet (a form left with no target, say), so
    what was typed is kept as text that the parser then says how to complete."""

    def text(name: str) -> str:
        value = fields.get(name)
        return value.strip() if isinstance(value, str) else ""

    def texts(name: str) -> list[str]:
        values = fields.get(name) or []
        return [v.strip() for v in values if isinstance(v, str) and v.strip()]

    maturity = text("maturity")
    return _format_line(
        text("source"),
        texts("targets"),
        text("content"),
        text("medium"),
        maturity if maturity.casefold() in _MATURITIES else "",
        text("frequency"),
        texts("pain_points"),
        text("volume"),
    )


def _format_line(
    source: str,
    targets: Sequence[str],
    content: str,
    medium: str,
    maturity: str,
    frequency: str,
    pain_points: Sequence[str],
    volume: str | None,
) -> str:
    line = _escape(source, _NAME_SPECIALS, arrow=True) + " -> "
    line += ", ".join(_escape(t, _NAME_SPECIALS, arrow=True) for t in targets)
    if content:
        line += ": " + _escape(content, OPENERS + "])}")
    if medium:
        line += f" [{_escape(medium, ']')}]"
    if maturity:
        line += f" ({maturity})"
    if frequency:
        line += " @" + _escape(frequency, OPENERS + "])}")
    for pain in pain_points:
        line += " !" + _escape(pain, OPENERS + "])}")
    if volume:
        line += f" {{{_escape(volume, '}')}}}"
    return line


def format_notation(flows: list[InformationFlow]) -> str:
    """A whole document, one flow per line."""
    return "".join(format_flow(flow) + "\n" for flow in flows)
