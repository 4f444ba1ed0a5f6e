"""Change one actor: its HBDS class, maturity, attributes (``key=value`` lines), aliases.

The name is the actor's identity in the flows, so it is not edited here (change the
flows instead); everything else is a model edit recorded beside the answers. The dialog
builds the whole ``Actor`` record, because an edit replaces the previous one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ClassVar

from pydantic import ValidationError
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.widgets import Button, Input, Label, Select

from assistant.errors import UserError
from assistant.hypergraph.snapshot import ActorRecord
from assistant.models.infoflow import Actor, ActorKind, Maturity
from assistant.services.design_data import parse_pairs
from assistant.tui.dialogs.save_dialog import SaveDialog, dialog_ending
from assistant.tui.text import one_line
from assistant.tui.widgets.cursor import follow_app_blink
from assistant.tui.widgets.prompt_input import PromptInput
from assistant.tui.widgets.safe_input import SafeInput, real

SaveActor = Callable[[Actor], Awaitable[str | None]]
"""Commits an actor record; returns the message to show when it was refused."""

KIND_LABELS = {
    ActorKind.person: "person / role",
    ActorKind.team: "team",
    ActorKind.organisation: "organisation",
    ActorKind.process: "process",
    ActorKind.tool: "tool",
    ActorKind.data: "data store",
}
UNKNOWN = "unknown"


class ActorDialog(SaveDialog):
    """The actor's class and attributes; True once committed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(False)", "Cancel", id="actor_form.cancel"),
        Binding("ctrl+s", "save", "Save", id="actor_form.save", show=False),
    ]

    DEFAULT_CSS = """
    ActorDialog .actor-grid {
        layout: grid;
        grid-size: 2;
        grid-columns: 11 1fr;
        grid-rows: auto;
        grid-gutter: 0 1;
        height: auto;
    }
    ActorDialog .actor-grid Label { color: $text-muted; padding-top: 0; }
    ActorDialog #actor-attributes { min-height: 3; max-height: 6; }
    """

    def __init__(self, actor: ActorRecord, save: SaveActor) -> None:
        super().__init__(classes="dialog-screen")
        self.actor = actor
        self.save = save

    def compose(self) -> ComposeResult:
        actor = self.actor
        with Vertical(classes="dialog edit-dialog") as dialog:
            dialog.border_title = f"Actor: {one_line(actor.name, 60)}"
            with Grid(classes="actor-grid"):
                yield Label("Class")
                yield Select(
                    [(label, kind.value) for kind, label in KIND_LABELS.items()],
                    value=ActorKind(actor.kind).value,
                    allow_blank=False,
                    id="actor-kind",
                    compact=True,
                )
                yield Label("Maturity")
                yield Select(
                    [(UNKNOWN, UNKNOWN)] + [(m.value, m.value) for m in Maturity],
                    value=Maturity(actor.maturity).value if actor.maturity else UNKNOWN,
                    allow_blank=False,
                    id="actor-maturity",
                    compact=True,
                )
                yield Label("Aliases")
                yield SafeInput(
                    ", ".join(actor.aliases),
                    placeholder="other spellings, comma-separated",
                    id="actor-aliases",
                    compact=True,
                )
            yield Label(
                "Attributes, one key=value a line (site=A, role=planner…)", classes="field-label"
            )
            yield PromptInput(
                "\n".join(f"{k}={v}" for k, v in actor.attributes.items()),
                placeholder="site=A",
                id="actor-attributes",
            )
            yield from dialog_ending()

    def on_mount(self) -> None:
        follow_app_blink(self)
        self.query_one("#actor-kind", Select).focus()

    def record(self) -> Actor:
        """The actor as the form says (raises UserError or ValidationError)."""
        attributes = parse_pairs(self.query_one("#actor-attributes", PromptInput).value)
        aliases = [
            a.strip()
            for a in real(self.query_one("#actor-aliases", Input).value).split(",")
            if a.strip()
        ]
        maturity = str(self.query_one("#actor-maturity", Select).value)
        return Actor(
            name=self.actor.name,
            kind=ActorKind(str(self.query_one("#actor-kind", Select).value)),
            attributes=attributes,
            aliases=aliases,
            maturity=None if maturity == UNKNOWN else Maturity(maturity),
        )

    @on(Button.Pressed, "#save")
    @on(Input.Submitted)
    @on(PromptInput.Submitted)
    async def action_save(self) -> None:
        try:
            actor = self.record()
        except UserError as error:
            self.not_saved(str(error))
            return
        except ValidationError as error:
            self.not_saved(error.errors()[0].get("msg", "invalid value"))
            return
        await self.finish(self.save(actor))


MergeInto = Callable[[str], Awaitable[str | None]]
"""Merges the dialog's actor into the named one; returns the message when refused."""


class MergeDialog(SaveDialog):
    """Fold one actor into another ("wards" into "ward nurse in charge"); True once done.

    The actor highlighted on the flows screen is the one that goes; the list offers every
    other actor to keep. Its flows are re-pointed, its name stays as an alias.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(False)", "Cancel", id="merge_form.cancel"),
        Binding("ctrl+s", "save", "Merge", id="merge_form.save", show=False),
    ]

    def __init__(self, actor: str, others: list[tuple[str, str]], save: MergeInto) -> None:
        """``others``: (name, kind) of every actor it can be merged into."""
        super().__init__(classes="dialog-screen")
        self.actor = actor
        self.others = others
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog edit-dialog") as dialog:
            dialog.border_title = f"Merge {one_line(self.actor, 50)}"
            yield Label(
                f"Merge {one_line(self.actor, 60)} into (its flows follow, its name stays"
                " as an alias):",
                classes="field-label",
                markup=False,
            )
            yield Select(
                [(f"{one_line(name, 60)} ({kind})", name) for name, kind in self.others],
                prompt="pick the actor to keep",
                id="merge-into",
                type_to_search=True,
            )
            yield from dialog_ending("Merge")

    def on_mount(self) -> None:
        self.query_one("#merge-into", Select).focus()

    @on(Button.Pressed, "#save")
    async def action_save(self) -> None:
        value = self.query_one("#merge-into", Select).value
        if not isinstance(value, str):
            self.not_saved("pick the actor to keep")
            return
        await self.finish(self.save(value))
