"""Ask for one file path (import)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label


class PathDialog(ModalScreen[str | None]):
    """Returns the path typed (checked to exist), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="path.cancel")
    ]

    def __init__(self, title: str, label: str, action: str, value: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.label = label
        self.action = action
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as dialog:
            dialog.border_title = self.title_text
            yield Label(self.label, classes="field-label", markup=False)
            yield Input(self.value, placeholder="~/framings/maintenance.json", id="path")
            yield Label("", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.action, id="ok", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        field.focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        value = self.query_one(Input).value.strip()
        if not value:
            self.query_one(".dialog-error", Label).update("Type a path.")
            return
        if not Path(value).expanduser().is_file():
            self.query_one(".dialog-error", Label).update(f"No file at {value}")
            return
        self.dismiss(str(Path(value).expanduser()))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
