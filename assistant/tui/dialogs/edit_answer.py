"""Change an earlier answer in place, without moving through the interview."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from assistant.models.flowdef import Question
from assistant.tui.dialogs.save_dialog import dialog_ending
from assistant.tui.text import clip, visible
from assistant.tui.widgets.answers import AnswerInput, input_for

SaveAnswer = Callable[[Any], Awaitable[str | None]]
"""Saves a raw answer; returns the message to show when it was refused."""


class EditAnswerDialog(ModalScreen[bool]):
    """The question, its input prefilled with the current answer; True once saved."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(False)", "Cancel", id="edit.cancel")
    ]

    def __init__(
        self,
        question: Question,
        prompt: str,
        choices: list[str] | None,
        value: Any,
        save: SaveAnswer,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.question = question
        self.prompt = prompt
        self.choices = choices
        self.value = value
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog edit-dialog") as dialog:
            dialog.border_title = "Change an answer"
            yield Static(visible(clip(self.prompt, 600)), classes="edit-prompt", markup=False)
            yield input_for(self.question, self.choices, self.value, id="edit-input")
            yield from dialog_ending()

    def on_mount(self) -> None:
        self.query_one(AnswerInput).focus_input()

    @on(Button.Pressed, "#save")
    def _save_button(self) -> None:
        self.query_one(AnswerInput).submit()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(False)

    @on(AnswerInput.Submitted)
    async def _save(self, event: AnswerInput.Submitted) -> None:
        event.stop()
        error = await self.save(event.raw)
        if error:
            self.query_one(".dialog-error", Label).update(error)
            event.answer_input.show_error(error)
            return
        self.dismiss(True)
