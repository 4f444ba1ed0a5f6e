"""The side panel: the framing document growing as answers come in.

Drawing a whole framing (60-odd answers, the flows table) with Textual's ``Markdown``
widget mounts a widget per block and took 1-2 s, so F2 waited for it (issue 16 item 7).
Here the Markdown text is built and laid out (Rich's Markdown rendered to lines at the
panel's width) in a worker, and the panel paints only the lines in view (Textual's line
API), whatever the length of the document; nothing is laid out again when the document
and the width did not change.

Even so, building and laying out the hospital example took ~450 ms after F2. So the
screen asks the panel to ``prepare`` the document while it is hidden: as the interview
opens and after each answer (debounced, a newer request replacing an older one), at the
width the panel will have.

F2 is stale-while-revalidate: it paints at once the last laid-out lines, marked
"updating…" on their first line, and swaps in the fresh ones when they are ready. A
preparation already under way is finished, not started again, and a pending one starts
as soon as the panel is on screen. Before anything was ever laid out, F2 shows a
"Preparing…" placeholder at once. ``bench/document_panel.py`` measures it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from rich.console import Console
from rich.markdown import Markdown
from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import Worker

PLACEHOLDER = "Preparing the framing document…"
UPDATING = " updating… "


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
        self._lines: list[Strip] = [Strip([Segment(PLACEHOLDER)])]
        self._fresh = False  # the lines are of the document as it was when last asked for
        self._prepare_timer: Timer | None = None
        self._prepare_build: Callable[[], str] | None = None  # what the timer will draw
        self._drawing: Worker[None] | None = None

    PREPARE_DELAY = 0.3
    """Seconds of quiet (no newer answer) before a hidden panel lays the document out."""

    @property
    def prepared(self) -> bool:
        """True when the document as last asked for is laid out (shown or not): not
        while a newer document waits for its preparation."""
        return self._fresh and bool(self._markdown) and self._prepare_build is None

    @property
    def updating(self) -> bool:
        """True while the panel shows an older rendition (marked "updating…") or the
        placeholder, and the fresh one is being made."""
        return not self._fresh

    @property
    def shown_document(self) -> bool:
        """True when the panel is on screen with the current document laid out at its
        width (for tests and the bench: what the user sees is the whole document)."""
        return (
            self.has_class("-shown")
            and self._fresh
            and bool(self._markdown)
            and self.region.width > 0
            and self._width == self._text_width()
        )

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        line = self._lines[index].crop_extend(scroll_x, scroll_x + width, self.rich_style)
        if y == 0 and not self._fresh and self._markdown and width > len(UPDATING) + 10:
            # an older rendition on screen: say so, discreetly, at the top right
            mark = Strip([Segment(UPDATING, self.rich_style + Style(dim=True, italic=True))])
            line = Strip.join([line.crop(0, width - len(UPDATING)), mark])
        return line

    def show(self, build: Callable[[], str]) -> None:
        """The document changed while the panel is shown: lay it out again with ``build``.

        The lines on screen stay, marked "updating…", until the fresh ones replace them."""
        self._cancel_prepare()
        self._start_draw(build)

    def reveal(self, build: Callable[[], str]) -> None:
        """F2: show the last laid-out lines at once and bring them up to date.

        Stale-while-revalidate: a preparation waiting for its delay starts now, one under
        way is let finish (it draws what was last asked for), and the lines on screen
        stay, marked "updating…", until the fresh ones replace them. When they are
        already fresh, ``build`` is run once more to check, with no mark. New work
        starts once the panel is on screen: a build running beside the relayout slows
        the relayout down (they share the interpreter), so the panel comes first."""
        pending = self._prepare_build
        self._cancel_prepare()
        self.refresh()
        if pending is not None:
            self._fresh = False
            self.call_after_refresh(self._start_draw, pending)
        elif self._drawing is not None and self._drawing.is_running:
            pass  # under way: it draws what was last asked for
        elif not self._fresh or not self._markdown:
            self.call_after_refresh(self._start_draw, build)
        else:
            self.call_after_refresh(self._start_draw, build, revalidate=True)

    def prepare(self, build: Callable[[], str]) -> None:
        """Lay the document out ahead of F2, once answers stop coming for ``PREPARE_DELAY``.

        A timer, not a sleeping worker, does the waiting: a newer answer restarts it,
        and nothing waiting for the app's workers waits for the delay."""
        self._cancel_prepare()
        self._prepare_build = build
        self._prepare_timer = self.set_timer(self.PREPARE_DELAY, self._prepare_now)

    def _prepare_now(self) -> None:
        build = self._prepare_build
        self._prepare_timer = None
        self._prepare_build = None
        if build is not None:
            self._start_draw(build)

    def _cancel_prepare(self) -> None:
        if self._prepare_timer is not None:
            self._prepare_timer.stop()
            self._prepare_timer = None
        self._prepare_build = None

    def _start_draw(self, build: Callable[[], str], *, revalidate: bool = False) -> None:
        """Lay ``build``'s document out in a worker (a newer draw replaces an older one);
        ``revalidate``: the lines are believed current, so no "updating…" meanwhile."""
        if not revalidate and self._fresh:
            self._fresh = False
            self.refresh()  # the "updating…" mark, if shown
        self._drawing = self._draw(build)

    async def show_markdown(self, markdown: str) -> None:
        """Draw ``markdown`` (user text in it is escaped by ``tui.framing``)."""
        self._start_draw(lambda: markdown)

    @work(group="document", exclusive=True, exit_on_error=False)
    async def _draw(self, build: Callable[[], str]) -> None:
        markdown = await asyncio.to_thread(build)  # ``build`` takes the session's lock
        width = self._text_width() or self._expected_width()
        while (markdown, width) != (self._markdown, self._width):
            lines = await asyncio.to_thread(render_markdown, markdown, width)
            self._markdown, self._width, self._lines = markdown, width, lines
            self.virtual_size = Size(width, len(lines))
            self.refresh()
            # the panel was being laid out when it appeared: follow its real width
            width = self._text_width() or width
        self._fresh = True
        self.refresh()  # the "updating…" mark goes

    def _text_width(self) -> int:
        """The width to lay the document out at: the panel's, less the vertical
        scrollbar a long document will show (0 before the panel is laid out)."""
        width = self.scrollable_content_region.width
        if not width:
            return 0
        if not self.show_vertical_scrollbar:
            width -= self.styles.scrollbar_size_vertical
        return max(20, width)

    def _expected_width(self) -> int:
        """The text width the panel will have once shown, worked out from its styles
        while it is hidden (a long document shows a vertical scrollbar). A guess that
        misses (a rule that applies only once shown) costs one more layout on F2."""
        parent = self.parent
        size = parent.size if isinstance(parent, Widget) else self.app.size
        viewport = self.app.size
        width = self.styles.width
        cells = int(width.resolve(size, viewport)) if width is not None else size.width
        max_width = self.styles.max_width
        if max_width is not None:
            cells = min(cells, int(max_width.resolve(size, viewport)))
        cells -= self.styles.gutter.width + self.styles.scrollbar_size_vertical
        return max(20, cells)

    def on_resize(self) -> None:
        if self._markdown and self._text_width() != self._width:
            self.show_markdown_later()

    def show_markdown_later(self) -> None:
        markdown = self._markdown
        self._start_draw(lambda: markdown)

    @property
    def text(self) -> str:
        """The document as drawn, in plain text (for tests and screen readers)."""
        return "\n".join(line.text.rstrip() for line in self._lines)


def render_markdown(markdown: str, width: int) -> list[Strip]:
    """Rich's Markdown laid out at ``width`` (run off the UI thread)."""
    console = Console(width=width, color_system="truecolor", force_terminal=True)
    lines = console.render_lines(Markdown(markdown, hyperlinks=False), pad=False)
    return [Strip([s for s in line if not s.control]) for line in lines]
