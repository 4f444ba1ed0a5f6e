"""Add a hyperclass: a named group of actors (a site, a business unit).

Members are listed by name, or given by a rule on attributes (``site=A``) so that the
group follows the actors when the map is re-applied to another perimeter — the point of
HBDS attributes. Either or both.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.widgets import Button, Input, Label

from assistant.errors import UserError
from assistant.services.design_data import parse_pairs
from assistant.tui.dialogs.save_dialog import SaveDialog, dialog_ending
from assistant.tui.widgets.cursor import follow_app_blink
from assistant.tui.widgets.safe_input import SafeInput, real

SaveHyperclass = Callable[[str, list[str], dict[str, str]], Awaitable[str | None]]
"""Commits (name, members, rule); returns the message to show when it was refused."""


class HyperclassDialog(SaveDialog):
    """Name, members, rule; True once committed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(False)", "Cancel", id="hyperclass_form.cancel")
    ]

    DEFAULT_CSS = """
    HyperclassDialog .hc-grid {
        layout: grid;
        grid-size: 2;
        grid-columns: 9 1fr;
        grid-rows: auto;
        grid-gutter: 0 1;
        height: auto;
    }
    HyperclassDialog .hc-grid Label { color: $text-muted; }
    """

    def __init__(self, save: SaveHyperclass, members: list[str] | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.save = save
        self.members = members or []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog edit-dialog") as dialog:
            dialog.border_title = "Add a hyperclass"
            yield Label(
                "A named group of actors: list its members, give a rule on their"
                " attributes, or both.",
                classes="dialog-message",
                markup=False,
            )
            with Grid(classes="hc-grid"):
                yield Label("Name")
                yield SafeInput(placeholder="Site A, Maintenance BU…", id="hc-name", compact=True)
                yield Label("Members")
                yield SafeInput(
                    ", ".join(self.members),
                    placeholder="actor names, comma-separated",
                    id="hc-members",
                    compact=True,
                )
                yield Label("Rule")
                yield SafeInput(
                    placeholder="site=A, business line=Refining", id="hc-where", compact=True
                )
            yield from dialog_ending()

    def on_mount(self) -> None:
        follow_app_blink(self)
        self.query_one("#hc-name", Input).focus()

    def _value(self, name: str) -> str:
        return real(self.query_one(f"#hc-{name}", Input).value).strip()

    @on(Input.Submitted)
    async def _next_or_save(self, event: Input.Submitted) -> None:
        """Enter moves to the next field; on the rule (the last one) it saves."""
        event.stop()
        if event.input.id == "hc-where":
            await self._save()
        else:
            self.focus_next()

    @on(Button.Pressed, "#save")
    async def _save(self) -> None:
        members = [m.strip() for m in self._value("members").split(",") if m.strip()]
        try:
            where = parse_pairs(self._value("where"), "rule")
        except UserError as error:
            self.not_saved(str(error))
            return
        await self.finish(self.save(self._value("name"), members, where))
