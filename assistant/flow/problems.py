"""What is wrong in a flow file: problems with their line, and where values are in the file.

Shared by the loader (which parses) and the checks (which judge), so neither imports
the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.errors import UserError

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a flow file; a warning does not stop the flow from being used."""

    line: int | None
    message: str
    severity: str = "error"
    question: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def format(self, path: str) -> str:
        where = f"{path}:{self.line}" if self.line else path
        label = "warning: " if not self.is_error else ""
        return f"{where}: {label}{self.message}"

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "severity": self.severity,
            "line": self.line,
            "message": self.message,
        }
        if self.question:
            out["question"] = self.question
        return out


def order(problem: Problem) -> tuple[int, str]:
    return (problem.line or 0, problem.message)


class FlowFileError(UserError):
    """A flow file with one or more errors; ``problems`` lists them all (warnings too)."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        errors = [p for p in problems if p.is_error] or problems
        first = errors[0].format(path) if errors else path
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        super().__init__(first + more, details=[p.format(path) for p in problems])


class LineMap:
    """Line numbers of values in a YAML document, by location path."""

    def __init__(self) -> None:
        self._lines: dict[Location, int] = {}

    def set(self, location: Location, line: int) -> None:
        self._lines[location] = line

    def line(self, location: Location) -> int | None:
        """The line of the location, or of its closest recorded parent."""
        location = tuple(location)
        while True:
            if location in self._lines:
                return self._lines[location]
            if not location:
                return None
            location = location[:-1]
