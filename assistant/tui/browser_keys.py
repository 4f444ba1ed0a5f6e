"""Keys that work in a browser, for the TUI served by ``data360 serve`` (issue 16 item 8).

A browser keeps some keys for itself before the page sees them: ctrl+n opens a window,
ctrl+r and F5 reload, ctrl+t opens a tab, F1 opens the browser's help, F3, ctrl+f and
ctrl+g find, ctrl+p prints, ctrl+l and F6 go to the address bar, ctrl+k to the search
box, ctrl+j to the downloads, ctrl+q quits Firefox on Linux. Served, every binding on
one of those keys is moved, by its id, to a key the browser leaves alone: alt with a
letter no browser menu uses (not d, e, f, v, s, b, t, h), F2, F4, or alt+enter.
Textual's keymap does the moving, so the key bar and the bindings themselves show and
use the same keys; a user's ``keymap`` table (config file) goes on top.

Header icons: Textual's default ``⭘`` is missing from the fonts browsers use for the
terminal and shows as an empty box; served, the headers use ``◆`` instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from textual.widgets import Header

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

BROWSER_KEYMAP: dict[str, str] = {
    "app.quit": "alt+q",
    "app.theme": "alt+l",
    "app.palette": "alt+o",
    "flows.form": "alt+w",
    "interview.back": "alt+p",
    "interview.skip": "alt+n",
    "interview.review": "alt+r",
    "interview.help": "alt+i",
    "interview.jump": "alt+j",
    "interview.answers": "alt+a",
    "interview.flows": "alt+m",
    "interview.usecases": "alt+u",
    "interview.sidebar": "alt+c",
    "interview.llm": "f4",
    "review.flows": "alt+m",
    "review.usecases": "alt+u",
    "review.help": "alt+i",
    "flows.help": "alt+i",
    "usecases.help": "alt+i",
    "home.help": "alt+i,question_mark",
    "help.close": "escape,q,alt+i,question_mark",
    "extraction.accept_checked": "alt+enter",
    "llm_help.use": "alt+enter",
    "multi.send": "alt+enter",
    "flows.send": "alt+enter",
    "usecases.send": "alt+enter",
    "actor_form.save": "alt+enter",  # ctrl+s saves the page
    "merge_form.save": "alt+enter",
    "prompt.send": "alt+enter",
}
"""Binding id → the keys it takes when served (ids not listed keep their keys)."""

BROWSER_UNSAFE = frozenset(
    {"ctrl+n", "ctrl+r", "ctrl+t", "ctrl+w", "ctrl+q", "ctrl+l", "ctrl+k", "ctrl+j", "ctrl+g"}
    | {"ctrl+p", "ctrl+f", "ctrl+s", "ctrl+d", "ctrl+h", "ctrl+u"}
    | {"ctrl+tab", "f1", "f3", "f5", "f6", "f7", "f10", "f11", "f12"}
)
"""Keys a browser takes before the page (on at least one of Chrome and Firefox)."""

BROWSER_ICON = "◆"
"""The header icon when served: in every monospace font browsers fall back to."""


TERMINAL_KEYS: dict[str, str] = {
    "ctrl+j": "prompt.send",
    "ctrl+n": "interview.skip",
    "ctrl+b": "interview.back",
    "ctrl+r": "interview.review",
    "ctrl+g": "interview.jump",
    "ctrl+l": "interview.answers",
    "ctrl+k": "interview.llm",
    "ctrl+t": "app.theme",
    "ctrl+q": "app.quit",
    "ctrl+p": "app.palette",
    "ctrl+f": "flows.form",
    "F1": "interview.help",
    "F3": "interview.flows",
    "F5": "interview.usecases",
    "F6": "interview.sidebar",
}
"""A key named in a message, a hint or the help → the id of the binding it stands for."""

_KEY_NAME = re.compile(r"(?<![\w+])(ctrl\+[a-z]|F\d{1,2})(?![\w+])")
_EDITOR_HINT = re.compile(r"\s*·\s*ctrl\+o editor")
_EDITOR_ROW = re.compile(r"^\| `ctrl\+o` \|.*$", re.MULTILINE)
_SAME_KEY_TWICE = re.compile(r"`([^`]+)` / `\1`", re.IGNORECASE)


def key_for(app: App[Any], binding_id: str, default: str) -> str:
    """The first key the app's keymap gives ``binding_id`` now, or ``default`` (its key
    when nothing moved it): served, the browser-safe one."""
    keymap: dict[str, str] = getattr(app, "_keymap", {})  # Textual keeps it unexposed
    keys = keymap.get(binding_id, "")
    return keys.split(",")[0].strip() or default


def editor_allowed(app: App[Any]) -> bool:
    """ctrl+o runs ``$EDITOR`` where the app runs: served, that is the server, out of the
    user's sight (and a shell for anyone in the room), so it is off."""
    return not app.is_web


def keys_in_force(app: App[Any], text: str) -> str:
    """``text`` (a message, a hint, the help) naming the keys in force instead of the
    terminal keys it was written with; the one place every such text goes through.

    The keys in force are the app's keymap: the browser's when served, and the user's
    ``keymap`` table of the config file on top."""
    if app.is_web:
        text = _EDITOR_HINT.sub("", text)
        text = _EDITOR_ROW.sub(
            "| — | no `$EDITOR` in a browser: it would open on the server, not here |", text
        )
    elif not getattr(app, "_keymap", None):
        return text

    def in_force(match: re.Match[str]) -> str:
        name = match.group(1)
        binding_id = TERMINAL_KEYS.get(name)
        return key_for(app, binding_id, name) if binding_id else name

    return _SAME_KEY_TWICE.sub(r"`\1`", _KEY_NAME.sub(in_force, text))


def use_browser_keys(app: App[Any]) -> None:
    """Move the app's bindings to browser-safe keys and give headers a glyph that renders."""
    app.update_keymap(BROWSER_KEYMAP)
    app.screen_change_signal.subscribe(app, _browser_icons)
    for screen in app.screen_stack:
        _browser_icons(screen)


def browser_icons_now(screen: Screen[Any]) -> None:
    """The headers ``screen`` holds now use ``BROWSER_ICON``.

    The key bar calls it as it mounts, that is once the screen's header is there and
    before the screen's first frame: a screen composed later would otherwise show one
    frame of the box."""
    for header in screen.query(Header):
        header.icon = BROWSER_ICON


def _browser_icons(screen: Screen[Any]) -> None:
    """Headers of ``screen`` (now, and once it is composed) use ``BROWSER_ICON``."""
    browser_icons_now(screen)
    screen.call_after_refresh(browser_icons_now, screen)


BROWSER_HELP = """## In a browser

Served by `data360 serve`, the keys a browser keeps for itself are moved:

| Key | Instead of | What it does |
|---|---|---|
| `alt+enter` | `ctrl+j` | send the answer |
| `alt+p` | `ctrl+b` | back to the previous question |
| `alt+n` | `ctrl+n` | skip this question |
| `alt+j` | `ctrl+g` | jump to a section |
| `alt+a` | `ctrl+l` | select your last answer to change it |
| `alt+r` | `ctrl+r` | review all answers, then export |
| `alt+i` | `F1` | this help |
| `alt+m` | `F3` | flows & hot spots |
| `alt+u` | `F5` | use cases |
| `alt+c` | `F6` | sections sidebar |
| `F4` | `ctrl+k` | help from an LLM |
| `alt+w` | `ctrl+f` | the form that adds one flow at a time |
| `alt+o` | `ctrl+p` | command palette |
| `alt+l` | `ctrl+t` | light / dark theme |
| `alt+q` | `ctrl+q` | quit |
"""
"""The general help's table of moved keys, shown first when served."""
