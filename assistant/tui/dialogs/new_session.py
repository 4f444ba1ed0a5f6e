"""Starting a framing: a title and, optionally, the perimeter."""

from __future__ import annotations

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


class NewSessionDialog(ModalScreen[tuple[str, str] | None]):
    """Returns ``(title, perimeter)``, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="new.cancel"),
        # Priority, as the app's Tab: the keys queued behind Enter belong to the next field.
        Binding("enter", "enter", "Next", id="new.enter", show=False, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog-screen")  # centred over a dimmed screen, as the others

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as dialog:
            dialog.border_title = "New framing"
            yield Label("Title — the data product or idea to frame", classes="field-label")
            yield SafeInput(placeholder="e.g. Maintenance planning assistant", id="title")
            yield Label(
                "Perimeter (optional) — site, business line, process", classes="field-label"
            )
            yield SafeInput(
                placeholder="e.g. Normandy refinery, maintenance planning", id="perimeter"
            )
            yield from dialog_ending("Start", "start")

    def on_mount(self) -> None:
        follow_app_blink(self)
        self.query_one("#title", Input).focus()

    def action_enter(self) -> None:
        """Enter moves from the title to the perimeter, starts from the perimeter, and
        presses the focused button."""
        focused = self.focused
        if focused is self.query_one("#title", Input):
            self.set_focus(self.query_one("#perimeter", Input))  # now, not after the queue
        elif isinstance(focused, Button):
            focused.press()
        elif focused is not None:
            focused.call_later(self._start)  # after the keys already queued for the field

    @on(Button.Pressed, "#start")
    def _start(self) -> None:
        title = " ".join(real(self.query_one("#title", Input).value).split())
        if not title:
            self.query_one(".dialog-error", Label).update("A framing needs a title.")
            self.query_one("#title", Input).focus()
            return
        self.dismiss((title, real(self.query_one("#perimeter", Input).value).strip()))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
