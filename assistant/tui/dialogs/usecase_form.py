"""Change a use case's words: its title and its description (the scores are set in the table)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Button, Input, Label

from assistant.tui.dialogs.save_dialog import SaveDialog, dialog_ending
from assistant.tui.widgets.cursor import follow_app_blink
from assistant.tui.widgets.prompt_input import PromptInput
from assistant.tui.widgets.safe_input import SafeInput, real

SaveWords = Callable[[str, str], Awaitable[str | None]]
"""Saves (title, description); returns the message to show when it was refused."""


class UseCaseDialog(SaveDialog):
    """Title and description of one candidate; True once saved."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(False)", "Cancel", id="usecase_form.cancel")
    ]

    DEFAULT_CSS = """
    UseCaseDialog #uc-description { min-height: 4; max-height: 10; }
    """

    def __init__(self, title: str, description: str, save: SaveWords) -> None:
        super().__init__(classes="dialog-screen")
        self.title_value = title
        self.description = description
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog edit-dialog") as dialog:
            dialog.border_title = "Use case"
            yield Label("Title", classes="field-label")
            yield SafeInput(self.title_value, id="uc-title-field")
            yield Label(
                "Description: for whom, what it provides, from which data, so that…",
                classes="field-label",
            )
            yield PromptInput(self.description, id="uc-description")
            yield from dialog_ending()

    def on_mount(self) -> None:
        field = self.query_one("#uc-title-field", Input)
        follow_app_blink(self)
        field.focus()

    @on(Input.Submitted)
    @on(PromptInput.Submitted)
    @on(Button.Pressed, "#save")
    async def _save(self) -> None:
        title = " ".join(real(self.query_one("#uc-title-field", Input).value).split())
        description = self.query_one("#uc-description", PromptInput).value.strip()
        if not title:
            self.not_saved("a use case needs a title")
            return
        await self.finish(self.save(title, description))
