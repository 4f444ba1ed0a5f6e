"""The shared ending of the form dialogs: save through a callback, or say why not.

A dialog's ``save`` callback commits through the services and returns an error message or
None; on an error the form stays open with what was typed, otherwise it closes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Iterator

from textual import on
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Label


def dialog_ending(action: str = "Save", action_id: str = "save") -> Iterator[Widget]:
    """The foot every form dialog composes: the line that says why nothing was done, then
    the action button (primary) and Cancel. ``yield from`` it inside ``compose``."""
    yield Label("", classes="dialog-error", markup=False)
    with Horizontal(classes="dialog-buttons"):
        yield Button(action, id=action_id, variant="primary", compact=True)
        yield Button("Cancel", id="cancel", compact=True)


class SaveDialog(ModalScreen[bool]):
    """A modal form whose Save button commits and whose Cancel button closes."""

    def not_saved(self, message: str) -> None:
        """Show why nothing was saved, under the form (which keeps its content)."""
        self.query_one(".dialog-error", Label).update(f"Not saved: {message}")

    async def finish(self, saving: Awaitable[str | None]) -> None:
        """Wait for the save; close on success, keep the form open on an error."""
        error = await saving
        if error:
            self.not_saved(error)
            return
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(False)
