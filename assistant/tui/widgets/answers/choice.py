"""Answers picked from a list: one choice (choice), several (multi)."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from assistant.tui.text import one_line
from assistant.tui.widgets.answers.base import AnswerInput
from assistant.tui.widgets.checklist import CheckList


class ChoiceAnswer(AnswerInput):
    """One option; enter (or a click) on it sends."""

    hint = "↑↓ choose · enter send"

    def compose(self) -> ComposeResult:
        options = [
            Option(Text(f"{i}. {one_line(choice, 200)}"), id=f"c{i}")
            for i, choice in enumerate(self.choices, start=1)
        ]
        yield OptionList(*options, id="answer-choice")

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        if self.value in self.choices:
            option_list.highlighted = self.choices.index(self.value)
        elif self.choices:
            option_list.highlighted = 0

    def raw(self) -> Any:
        index = self.query_one(OptionList).highlighted
        if index is None or not self.choices:
            return ""
        return self.choices[index]

    def focus_input(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _send(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.submit()


class MultiAnswer(AnswerInput):
    """Several options; space toggles, ctrl+j sends."""

    hint = "space tick · ctrl+j send"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+j,alt+enter",
            "send",
            "Send",
            id="multi.send",
            key_display="^j",
            tooltip="Send the ticked choices",
        ),
    ]

    def compose(self) -> ComposeResult:
        picked = set(self.value or [])
        yield CheckList[str](
            *[(Text(one_line(choice, 200)), choice, choice in picked) for choice in self.choices],
            id="answer-multi",
        )

    def raw(self) -> Any:
        return list(self.query_one(CheckList).selected)

    def focus_input(self) -> None:
        self.query_one(CheckList).focus()

    def action_send(self) -> None:
        self.submit()
