"""What changed between two framings, in the TUI: the ``data360 diff`` view.

The same pure diff as the CLI (``assistant.services.diff``), laid out by part (answers,
actors, flows and their maturity, hot spots, use cases), each line marked added (+),
removed (-) or changed (~) and coloured so. Nothing that did not change is shown.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

if TYPE_CHECKING:
    from assistant.services.diff import FramingDiff
    from assistant.services.interview import Interview

STYLES = {"+": "green", "-": "red", "~": "yellow", "↑": "yellow", "↓": "yellow"}


def compute_diff(before: Interview, after: Interview) -> FramingDiff:
    from assistant.services.diff import diff_documents
    from assistant.services.document import build_document

    return diff_documents(build_document(before), build_document(after))


def diff_text(diff: FramingDiff) -> Text:
    """The diff's lines, headings bold and changes coloured by their mark."""
    from assistant.services.diff import format_diff

    text = Text()
    for index, line in enumerate(format_diff(diff)):
        if index:
            text.append("\n")
        bare = line.lstrip(" ")  # detail lines (a list's items, a flow's fields) are indented
        mark = bare[:1]
        if index < 2:
            text.append(line, style="dim")
        elif mark in STYLES and bare[1:2] == " ":
            text.append(line, style=STYLES[mark])
        elif line:
            text.append(line, style="bold")
    return text


class DiffScreen(Screen[None]):
    """The differences from framing ``before`` to framing ``after``."""

    DEFAULT_CSS = """
    DiffScreen #diff-body { height: 1fr; padding: 0 1; }
    DiffScreen #diff-text { width: 1fr; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back", id="diff.back", tooltip="Leave the comparison"),
    ]

    def __init__(self, before: Interview, after: Interview) -> None:
        super().__init__()
        self.before = before
        self.after = after
        self.diff: FramingDiff | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="diff-body"):
            yield Static("Comparing…", id="diff-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Diff"
        self.sub_title = f"{self.before.id[:8]} → {self.after.id[:8]}"
        self.query_one("#diff-body").focus()
        self.load()

    @work(exclusive=True, group="diff")
    async def load(self) -> None:
        """Both documents are built in a thread: hot spots and rankings take a moment."""
        self.diff = await asyncio.to_thread(compute_diff, self.before, self.after)
        self.query_one("#diff-text", Static).update(diff_text(self.diff))

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            self.app.exit()
