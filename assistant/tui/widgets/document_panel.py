"""The side panel: the framing document growing as answers come in.

Drawing a whole framing (60-odd answers, the flows table) with Textual's ``Markdown``
widget mounts a widget per block and took 1-2 s, so F2 waited for it (issue 16 item 7).
Here the Markdown text is built and laid out (Rich's Markdown rendered to lines at the
panel's width) in a worker, and the panel paints only the lines in view (Textual's line
API), whatever the length of the document; nothing is laid out again when the document
and the width did not change. ``bench/document_panel.py`` measures it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from rich.console import Console
from rich.markdown import Markdown
from rich.segment import Segment
from textual import work
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


class DocumentPanel(ScrollView):
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
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.can_focus = True
        self._markdown = ""
        self._width = 0
        self._lines: list[Strip] = [Strip([Segment("Drawing the framing…")])]
        self.shown_document = False
        """True once a document is drawn."""

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        return self._lines[index].crop_extend(scroll_x, scroll_x + width, self.rich_style)

    def show(self, build: Callable[[], str]) -> None:
        """Build the document with ``build`` off the UI thread, then draw what changed."""
        self._draw(build)

    async def show_markdown(self, markdown: str) -> None:
        """Draw ``markdown`` (user text in it is escaped by ``tui.framing``)."""
        self._draw(lambda: markdown)

    @work(group="document", exclusive=True, exit_on_error=False)
    async def _draw(self, build: Callable[[], str]) -> None:
        width = self._text_width() or 60
        markdown = await asyncio.to_thread(build)  # ``build`` takes the session's lock
        while (markdown, width) != (self._markdown, self._width):
            lines = await asyncio.to_thread(render_markdown, markdown, width)
            self._markdown, self._width, self._lines = markdown, width, lines
            self.virtual_size = Size(width, len(lines))
            self.refresh()
            # the panel was being laid out when it appeared: follow its real width
            width = self._text_width() or width
        self.shown_document = True

    def _text_width(self) -> int:
        """The width to lay the document out at: the panel's, less the vertical
        scrollbar a long document will show (0 before the panel is laid out)."""
        width = self.scrollable_content_region.width
        if not width:
            return 0
        if not self.show_vertical_scrollbar:
            width -= self.styles.scrollbar_size_vertical
        return max(20, width)

    def on_resize(self) -> None:
        if self._markdown and self._text_width() != self._width:
            self.show_markdown_later()

    def show_markdown_later(self) -> None:
        markdown = self._markdown
        self._draw(lambda: markdown)

    @property
    def text(self) -> str:
        """The document as drawn, in plain text (for tests and screen readers)."""
        return "\n".join(line.text.rstrip() for line in self._lines)


def render_markdown(markdown: str, width: int) -> list[Strip]:
    """Rich's Markdown laid out at ``width`` (run off the UI thread)."""
    console = Console(width=width, color_system="truecolor", force_terminal=True)
    lines = console.render_lines(Markdown(markdown, hyperlinks=False), pad=False)
    return [Strip([s for s in line if not s.control]) for line in lines]
