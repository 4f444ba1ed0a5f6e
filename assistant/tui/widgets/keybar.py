"""The key bar at the bottom of each screen: the bindings that apply, one click each.

Textual's ``Footer`` rebuilds one widget per key at every focus change; in a chat where
the focus moves at each answer that restyling is most of the cost of answering. The key
bar draws the same hints as a single line of content, and maps clicks back to keys.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget


class KeyBar(Widget):
    """One line of key hints for the screen it is on."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._targets: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        if self.app.is_web:  # before the screen's first frame: no ⭘ box in a browser
            from assistant.tui.browser_keys import browser_icons_now

            browser_icons_now(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self.refresh()

    def render(self) -> Content:
        key_style = "bold $footer-key-foreground"
        parts: list[tuple[str, str]] = []
        targets: list[tuple[int, int, str]] = []
        position = 0
        seen: set[str] = set()
        palette = None
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.action in ("command_palette", "app.command_palette"):
                palette = binding  # by action: a keymap may have moved its key
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            key = f" {self.app.get_key_display(binding)}"
            description = f" {binding.description} "
            dim = "" if enabled else " dim"
            parts += [(key, key_style + dim), (description, dim.strip())]
            width = len(key) + len(description)
            targets.append((position, position + width, binding.key))
            position += width
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:
            tail_key = f" {self.app.get_key_display(palette)}"
            tail = [(tail_key, key_style), (" palette ", "")]
            width = len(tail_key) + len(" palette ")
            gap = self.size.width - position - width
            if gap >= 1:
                parts.append((" " * gap, ""))
                targets.append((position + gap, position + gap + width, palette.key))
                parts += tail
        self._targets = targets
        return Content.assemble(*parts)

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._targets:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
