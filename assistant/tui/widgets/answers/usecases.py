"""Use-case scoring: candidates in a table, each with four 1–5 scores.

Desirability, datability, feasibility, viability — the Data 360 assessment. Digits set
the score under the cursor, so a whole table is scored without leaving the keyboard.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.events import Key
from textual.widgets import Button, DataTable, Input, Label

from assistant.tui.text import SCORE_FIELDS, one_line, usecase_total
from assistant.tui.widgets.answers.base import AnswerInput
from assistant.tui.widgets.cursor import follow_app_blink
from assistant.tui.widgets.safe_input import SafeInput, real

DEFAULT_SCORE = 3


def parse_candidate(text: str) -> tuple[str, list[int] | None] | str:
    """A candidate as typed in the box: "title" or "title | d | da | f | v", as the title
    and its scores (None when only a title was typed), or the one-line error to show."""
    parts = [part.strip() for part in text.split("|")]
    if not parts[0]:
        return "type a title first"
    if len(parts) == 1:
        return parts[0], None
    if len(parts) != 1 + len(SCORE_FIELDS):
        return "expected 'title' or 'title | d | da | f | v'"
    try:
        scores = [int(part) for part in parts[1:]]
    except ValueError:
        return "scores must be whole numbers from 1 to 5"
    if not all(1 <= score <= 5 for score in scores):
        return "scores must be whole numbers from 1 to 5"
    return parts[0], scores


def _candidate_row(title: str, scores: list[int] | None) -> dict[str, Any]:
    """A candidate as the table keeps it: its title and four scores, the default ones when
    none were typed."""
    typed = scores or [DEFAULT_SCORE] * len(SCORE_FIELDS)
    return {"title": title, **dict(zip(SCORE_FIELDS, typed, strict=True))}


def _has_title(rows: list[dict[str, Any]], title: str) -> bool:
    return any(row.get("title", "").casefold() == title.casefold() for row in rows)


class UseCasesAnswer(AnswerInput):
    """A use-cases answer: add candidates by title, score them in the table."""

    hint = "add candidates, then type 1-5 on each score · del removes · ctrl+j send"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+j,alt+enter",
            "send",
            "Send",
            id="usecases.send",
            key_display="^j",
            tooltip="Send the scored candidates",
        ),
    ]

    DEFAULT_CSS = """
    UseCasesAnswer .uc-row { height: 1; }
    UseCasesAnswer .uc-row Label { width: 10; color: $text-muted; }
    UseCasesAnswer .uc-row Input { width: 1fr; margin-right: 1; }
    UseCasesAnswer .uc-row Button { min-width: 8; }
    UseCasesAnswer #uc-table { height: auto; max-height: 8; margin-top: 1; overflow-x: hidden; }
    UseCasesAnswer .uc-error { color: $error; height: auto; display: none; }
    UseCasesAnswer .uc-error.-shown { display: block; }
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.usecases: list[dict[str, Any]] = [
            dict(item) for item in (self.value or []) if isinstance(item, dict)
        ]

    def compose(self) -> ComposeResult:
        with Horizontal(classes="uc-row"):
            yield Label("Candidate")
            yield SafeInput(
                placeholder="a use case title (or: title | 4 | 3 | 5 | 2)",
                id="uc-title",
                compact=True,
            )
            yield Button("Add", id="uc-add", compact=True, variant="primary")
        yield Label("", classes="uc-error", markup=False)
        table: DataTable[Text] = DataTable(id="uc-table", cursor_type="cell", zebra_stripes=True)
        table.tooltip = "1-5 set the highlighted score · delete removes the row"
        yield table

    def on_mount(self) -> None:
        follow_app_blink(self)
        table = self.query_one(DataTable)
        table.add_columns("Use case", "Des", "Dat", "Fea", "Via", "Score")
        self._refresh_table()

    def _refresh_table(self, keep: tuple[int, int] | None = None) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for usecase in self.usecases:
            scores = [Text(str(usecase.get(name, "")), justify="center") for name in SCORE_FIELDS]
            total = Text(f"{usecase_total(usecase):.2f}", justify="center", style="bold")
            table.add_row(Text(one_line(usecase.get("title", ""), 30)), *scores, total)
        table.display = bool(self.usecases)
        if keep is not None and self.usecases:
            row = min(keep[0], len(self.usecases) - 1)
            table.move_cursor(row=row, column=keep[1], animate=False)

    def _error(self, message: str) -> None:
        label = self.query_one(".uc-error", Label)
        label.update(message)
        label.set_class(bool(message), "-shown")

    @on(Button.Pressed, "#uc-add")
    @on(Input.Submitted, "#uc-title")
    def add_candidate(self, event: Button.Pressed | Input.Submitted | None = None) -> None:
        if event is not None:
            event.stop()
        field = self.query_one("#uc-title", Input)
        parsed = parse_candidate(real(field.value).strip())  # "" is "type a title first"
        if isinstance(parsed, str):
            self._error(parsed)
            return
        title, scores = parsed
        if _has_title(self.usecases, title):
            self._error(f"there is already a candidate called {one_line(title, 40)!r}")
            return
        self.usecases.append(_candidate_row(title, scores))
        field.value = ""
        self._error("")
        self._refresh_table(keep=(len(self.usecases) - 1, 1))
        if scores is None:
            self.query_one(DataTable).focus()  # score it now; back to the title after

    def on_key(self, event: Key) -> None:
        table = self.query_one(DataTable)
        if not table.has_focus or not self.usecases:
            return
        row, column = table.cursor_coordinate
        if event.key in ("delete", "backspace"):
            event.stop()
            del self.usecases[row]
            self._refresh_table(keep=(row, column))
        elif event.character and event.character in "12345" and 1 <= column <= 4:
            event.stop()
            self.usecases[row][SCORE_FIELDS[column - 1]] = int(event.character)
            if column < 4:
                self._refresh_table(keep=(row, column + 1))
            else:  # the row is scored: ready for the next candidate
                self._refresh_table(keep=(row, 1))
                self.query_one("#uc-title", Input).focus()

    def submit(self) -> None:
        """A title typed but not added yet is added first."""
        if self.query_one("#uc-title", Input).value.strip():
            count = len(self.usecases)
            self.add_candidate()
            if len(self.usecases) == count:
                return
        super().submit()

    def raw(self) -> Any:
        return [dict(u) for u in self.usecases]

    def draft(self) -> Any:
        """The candidates and a title typed but not added yet, read as sending reads it
        (a title left in the box was lost on ctrl+q: found in tmux); scores that sending
        would refuse give way to the default ones, so the title at least is kept."""
        rows = self.raw()
        pending = real(self.query_one("#uc-title", Input).value).strip()
        parsed = parse_candidate(pending) if pending else None
        if isinstance(parsed, str):
            parsed = (pending.split("|")[0].strip(), None)
        if parsed is not None and parsed[0] and not _has_title(rows, parsed[0]):
            rows.append(_candidate_row(*parsed))
        return rows

    def focus_input(self) -> None:
        if self.usecases:
            self.query_one(DataTable).focus()
        else:
            self.query_one("#uc-title", Input).focus()

    def action_send(self) -> None:
        self.submit()
