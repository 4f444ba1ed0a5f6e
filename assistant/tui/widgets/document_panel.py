"""The side panel: the framing document growing as answers come in."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown


class DocumentPanel(VerticalScroll):
    """Markdown preview of the framing; redrawn only while it is shown."""

    DEFAULT_CSS = """
    DocumentPanel {
        width: 45%;
        max-width: 90;
        height: 1fr;
        border-left: vkey $border-blurred;
        padding: 0 1;
        display: none;
    }
    DocumentPanel.-shown { display: block; }
    DocumentPanel Markdown { margin: 0; padding: 0; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.can_focus = True
        self._markdown = ""

    def compose(self) -> ComposeResult:
        yield Markdown("", id="framing")

    async def show_markdown(self, markdown: str) -> None:
        if markdown != self._markdown:
            self._markdown = markdown
            await self.query_one(Markdown).update(markdown)
