"""Typed answers: one line (text, number), a paragraph (text) or one item per line (list)."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label

from assistant.models.flowdef import QuestionKind
from assistant.tui.text import answer_as_text
from assistant.tui.widgets.answers.base import AnswerInput
from assistant.tui.widgets.cursor import follow_app_blink
from assistant.tui.widgets.prompt_input import PromptInput
from assistant.tui.widgets.safe_input import SafeInput, real


class LineAnswer(AnswerInput):
    """A one-line answer; Enter sends."""

    hint = "enter send"

    def compose(self) -> ComposeResult:
        text = answer_as_text(self.question, self.value)
        with Horizontal(classes="line-row"):
            yield SafeInput(text, placeholder=self._placeholder(), id="answer-line")
            if self.question.kind is QuestionKind.number and self.question.unit:
                yield Label(self.question.unit, classes="unit")

    def _placeholder(self) -> str:
        if self.question.placeholder:
            return self.question.placeholder
        if self.question.kind is QuestionKind.number:
            bounds = []
            if self.question.min is not None:
                bounds.append(f"≥ {self.question.min:g}")
            if self.question.max is not None:
                bounds.append(f"≤ {self.question.max:g}")
            return "a number" + (f" ({', '.join(bounds)})" if bounds else "")
        return "type your answer"

    def on_mount(self) -> None:
        follow_app_blink(self)

    def raw(self) -> Any:
        return real(self.query_one(Input).value)

    def focus_input(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _send(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def show_error(self, message: str | None) -> None:
        super().show_error(message)
        self.query_one(Input).set_class(bool(message), "-invalid")


class ParagraphAnswer(AnswerInput):
    """A paragraph or a list, one item per line; Enter is a newline, ctrl+j sends."""

    hint = "enter new line · ctrl+j send · ctrl+o editor"

    def compose(self) -> ComposeResult:
        placeholder = self.question.placeholder or (
            "one item per line" if self.question.kind is QuestionKind.list else "type your answer"
        )
        yield PromptInput(
            answer_as_text(self.question, self.value), placeholder=placeholder, id="answer-text"
        )

    def on_mount(self) -> None:
        area = self.query_one(PromptInput)
        area.move_cursor(area.document.end)

    def raw(self) -> Any:
        return self.query_one(PromptInput).value

    def focus_input(self) -> None:
        self.query_one(PromptInput).focus()

    @on(PromptInput.Submitted)
    def _send(self, event: PromptInput.Submitted) -> None:
        event.stop()
        self.submit()

    def show_error(self, message: str | None) -> None:
        super().show_error(message)
        self.query_one(PromptInput).set_class(bool(message), "-error")
