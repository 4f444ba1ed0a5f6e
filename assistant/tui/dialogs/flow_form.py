"""Add or change one information flow: one line of the compact notation, read back live.

The notation is what the flows question accepts too, so a flow edited here reads the
same everywhere (``format_flow`` prefills it, ``parse_flow_line`` reads it back). Under
the line, the flow as understood — or the first problem with its column — is shown as
the user types, which teaches the notation without a manual.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Button, Label, Static, TextArea

from assistant.extract.notation import NotationError, format_flow, parse_flow_line
from assistant.models.infoflow import InformationFlow, maturity_label
from assistant.tui.dialogs.save_dialog import SaveDialog, dialog_ending
from assistant.tui.text import one_line
from assistant.tui.widgets.prompt_input import PromptInput

NOTATION = "source -> target1, target2: content [medium] (low|medium|high) @frequency !pain"


class NotationLine(PromptInput):
    """The notation field: soft-wrapped so a long flow shows whole, enter saves.

    A flow is one line, so a newline (typed or pasted) is read as a space.
    """

    DEFAULT_CSS = """
    NotationLine { min-height: 3; max-height: 6; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Save", id="flow_form.enter", show=False, priority=True),
    ]

    @property
    def value(self) -> str:
        return " ".join(super().value.splitlines())

    def _update_hint(self) -> None:
        self.border_subtitle = "enter save"


SaveFlow = Callable[[InformationFlow], Awaitable[str | None]]
"""Commits a flow; returns the message to show when it was refused."""


def read_flow(line: str) -> tuple[InformationFlow | None, str]:
    """The flow on a line of notation, or the problem with it (its column, no line number)."""
    if not line.strip():
        return None, "type a flow: " + NOTATION
    try:
        return parse_flow_line(line), ""
    except NotationError as error:
        return None, f"column {error.column}: {error.message}"


def describe(flow: InformationFlow) -> str:
    """The flow in words, one field after the other (what the parser understood)."""
    parts = [f"from {flow.source} to {', '.join(flow.targets)}"]
    if flow.content:
        parts.append(f"content: {flow.content}")
    if flow.medium:
        parts.append(f"medium: {flow.medium}")
    parts.append(f"{maturity_label(flow.maturity)} maturity")
    if flow.frequency:
        parts.append(f"how often: {flow.frequency}")
    if flow.pain_points:
        parts.append("pain: " + "; ".join(flow.pain_points))
    if flow.volume:
        parts.append(f"volume: {flow.volume}")
    return one_line(" · ".join(parts), 400)


class InfoFlowDialog(SaveDialog):
    """One notation line with a live reading; True once the flow was committed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(False)", "Cancel", id="flow_form.cancel")
    ]

    def __init__(self, title: str, flow: InformationFlow | None, save: SaveFlow) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.flow = flow
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog edit-dialog") as dialog:
            dialog.border_title = self.title_text
            yield Static(NOTATION, classes="field-label", markup=False)
            yield NotationLine(
                format_flow(self.flow) if self.flow else "",
                placeholder="planner -> maintenance, warehouse: shutdown plan [email] (low)",
                id="flow-line",
            )
            yield Static("", id="flow-reading", markup=False)
            yield from dialog_ending()

    def on_mount(self) -> None:
        field = self.query_one(NotationLine)
        field.focus()
        field.move_cursor(field.document.end)
        self._read()

    @on(TextArea.Changed, "#flow-line")
    def _changed(self) -> None:
        """Read the line again; a refusal shown under it is stale once it changes."""
        self._read()
        self.query_one(".dialog-error", Label).update("")

    def _read(self) -> InformationFlow | None:
        flow, problem = read_flow(self.query_one(NotationLine).value)
        reading = self.query_one("#flow-reading", Static)
        reading.update(describe(flow) if flow else problem)
        reading.set_class(flow is None, "-problem")
        return flow

    @on(NotationLine.Submitted)
    @on(Button.Pressed, "#save")
    async def _save(self) -> None:
        flow = self._read()
        if flow is None:
            # The problem is already shown under the line, as it is typed: say it once.
            self.not_saved("correct the flow above first")
            return
        await self.finish(self.save(flow))
