"""Ask for one line of text: a file path (import) or a reviewer note (replay)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from assistant.tui.dialogs.save_dialog import dialog_ending
from assistant.tui.widgets.cursor import follow_app_blink
from assistant.tui.widgets.safe_input import SafeInput, real


class TextDialog(ModalScreen[str | None]):
    """Returns the text typed once ``check`` accepts it, or None on cancel.

    Subclasses say what is acceptable by overriding ``check`` (an error to show, or None).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="text.cancel")
    ]

    def __init__(
        self, title: str, label: str, action: str, value: str = "", placeholder: str = ""
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.label = label
        self.action = action
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as dialog:
            dialog.border_title = self.title_text
            yield Label(self.label, classes="field-label", markup=False)
            yield SafeInput(self.value, placeholder=self.placeholder, id="text")
            yield from dialog_ending(self.action, "ok")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        follow_app_blink(self)
        field.focus()

    def check(self, value: str) -> str | None:
        """Why ``value`` is refused, or None when it is fine."""
        return None if value else "Type something, or press escape."

    def result(self, value: str) -> str:
        """What the dialog returns for an accepted value."""
        return value

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        value = real(self.query_one(Input).value).strip()
        problem = self.check(value)
        if problem:
            self.query_one(".dialog-error", Label).update(problem)
            return
        self.dismiss(self.result(value))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


class PathDialog(TextDialog):
    """Returns the path typed (checked to exist), or None."""

    def __init__(self, title: str, label: str, action: str, value: str = "") -> None:
        super().__init__(title, label, action, value, "~/framings/maintenance.json")

    def check(self, value: str) -> str | None:
        if not value:
            return "Type a path."
        if not Path(value).expanduser().is_file():
            return f"No file at {value}"
        return None

    def result(self, value: str) -> str:
        return str(Path(value).expanduser())
