"""Issue 16 item 8: served in a browser, every action has a key the browser leaves alone,
the key bar shows those keys, and they work."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
from textual.binding import Binding
from textual.widgets import Header

import assistant.tui
from assistant.tui.app import Data360App
from assistant.tui.browser_keys import BROWSER_ICON, BROWSER_KEYMAP, BROWSER_UNSAFE
from assistant.tui.screens.flows import InfoFlowsScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.screens.review import ReviewScreen
from assistant.tui.widgets.keybar import KeyBar
from tests.tui.conftest import answered_until
from tests.tui.helpers import current_id, settle, wait_until


def all_bindings() -> list[tuple[str, Binding]]:
    """Every binding the TUI declares, with the class that declares it."""
    found: list[tuple[str, Binding]] = []
    for info in pkgutil.walk_packages(assistant.tui.__path__, "assistant.tui."):
        module = importlib.import_module(info.name)
        for name, cls in vars(module).items():
            if not (inspect.isclass(cls) and cls.__module__ == module.__name__):
                continue
            for binding in cls.__dict__.get("BINDINGS", []):
                if isinstance(binding, Binding):
                    found.append((name, binding))
    return found


def test_every_binding_has_a_browser_safe_key_when_served():
    bindings = all_bindings()
    assert len(bindings) > 20
    for owner, binding in bindings:
        keys = [k.strip() for k in binding.key.split(",")]
        if binding.id in BROWSER_KEYMAP:
            keys = [k.strip() for k in BROWSER_KEYMAP[binding.id].split(",")]
        safe = [k for k in keys if k not in BROWSER_UNSAFE]
        assert safe, f"{owner} {binding.action!r} has only browser keys {keys} when served"


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app as ``data360 serve`` runs it: Textual's web driver says ``is_web``."""
    monkeypatch.setattr(Data360App, "is_web", property(lambda self: True))


def key_bar(app: Any) -> str:
    return app.screen.query_one(KeyBar).render().plain


async def open_question(pilot: Any) -> InterviewScreen:
    await settle(pilot)
    pilot.app.resume("s1")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, InterviewScreen), "interview")
    await settle(pilot)
    return pilot.app.screen


async def test_served_key_bar_shows_browser_keys_and_they_work(served, make_app, service, flow):
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_question(pilot)
        bar = key_bar(app)
        for unsafe in ("^n", "^r", "^b", "f1", "f3", "^q"):
            assert unsafe not in bar.split(), bar
        for shown in ("alt+n", "alt+r", "alt+p", "alt+i", "alt+m"):
            assert shown in bar, bar
        assert all(h.icon == BROWSER_ICON for h in app.screen.query(Header))

        assert current_id(pilot) == "vision"
        await pilot.press("alt+n")  # skip
        await settle(pilot)
        assert current_id(pilot) != "vision"
        await pilot.press("alt+p")  # back
        await settle(pilot)
        assert current_id(pilot) == "vision"

        await pilot.press("alt+m")  # the flow map
        await wait_until(pilot, lambda: isinstance(app.screen, InfoFlowsScreen), "flows screen")
        assert all(h.icon == BROWSER_ICON for h in app.screen.query(Header))
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, "back in the interview")

        await pilot.press("alt+r")  # review
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "review screen")
        assert "f1" not in key_bar(app).split()


async def test_in_a_terminal_the_keys_stay_as_they_were(make_app, service, flow):
    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_question(pilot)
        bar = key_bar(app)
        assert "^n" in bar and "^r" in bar and "alt+n" not in bar
        assert all(h.icon != BROWSER_ICON for h in app.screen.query(Header))


def test_the_browser_help_lists_every_moved_interview_key():
    from assistant.tui.browser_keys import BROWSER_HELP

    for binding_id, keys in BROWSER_KEYMAP.items():
        if binding_id.startswith("interview.") or binding_id.startswith("app."):
            assert f"`{keys.split(',')[0]}`" in BROWSER_HELP.lower(), binding_id


async def test_served_help_shows_the_browser_keys(served, make_app, service, flow):
    from textual.widgets import Markdown

    from assistant.tui.screens.help import HelpScreen

    answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_question(pilot)
        await pilot.press("alt+i")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        text = app.screen.query_one(Markdown).source
        assert "## In a browser" in text and "`alt+n`" in text
        await pilot.press("alt+i")  # closes it again
        await wait_until(pilot, lambda: isinstance(app.screen, InterviewScreen), "closed")


def _chat_text(screen: InterviewScreen) -> str:
    from assistant.tui.widgets.chat import Bubble

    return "\n".join(b.entry.text for b in screen.query(Bubble))


def _hint(screen: InterviewScreen) -> str:
    from textual.widgets import Label

    return str(screen.query_one(".composer-hint", Label).content)


async def test_served_texts_name_the_keys_in_force(served, make_app, service, flow, monkeypatch):
    """Hints, tooltips and the chat name the browser keys; ctrl+o opens no editor on the
    server, and says why (issue 16 item 8)."""
    import assistant.tui.widgets.prompt_input as prompt_input
    from assistant.tui.widgets.prompt_input import PromptInput

    runs: list[object] = []
    monkeypatch.setattr(prompt_input.subprocess, "run", lambda *a, **k: runs.append(a))
    answered_until(service, flow, "team")  # a list: the multi-line input
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_question(pilot)
        hint = _hint(screen)
        assert "alt+enter send" in hint and "ctrl+" not in hint and "editor" not in hint
        assert "alt+n" in str(screen.query_one("#skip").tooltip)
        assert "alt+enter" in str(screen.query_one("#send").tooltip)
        box = screen.query_one(PromptInput)
        box.focus()
        await pilot.press("a", "b")
        assert box.border_subtitle == "alt+enter send"

        await pilot.press("ctrl+o")
        await settle(pilot)
        assert runs == []
        assert any("server" in n.message for n in app._notifications), "no reason given"
        assert box.text == "ab"

        await pilot.press("alt+i")
        from textual.widgets import Markdown

        from assistant.tui.screens.help import HelpScreen

        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        text = app.screen.query_one(Markdown).source
        terminal_table = text.split("## Keys in the interview", 1)[1].split("##", 1)[0]
        for key in ("ctrl+j", "ctrl+o", "ctrl+r", "ctrl+n", "`F1`", "`F3`", "ctrl+q"):
            assert key not in terminal_table, key
        assert "| `alt+r` | review all answers" in terminal_table
        assert "would open on the server" in terminal_table


async def test_served_completion_message_names_the_review_key(served, make_app, service, flow):
    answered_until(service, flow, None)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_question(pilot)
        chat = _chat_text(screen)
        assert "Press alt+r to review the framing" in chat
        assert "ctrl+r" not in chat


async def test_in_a_terminal_the_texts_keep_the_terminal_keys(make_app, service, flow):
    answered_until(service, flow, None)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_question(pilot)
        assert "Press ctrl+r to review the framing" in _chat_text(screen)


async def test_served_palette_and_form_have_browser_safe_keys(served, make_app, service, flow):
    """ctrl+p prints and ctrl+f finds in a browser: served, the palette and the flows
    form take alt+o and alt+w, and every text that names them says so (issue 16 item 8)."""
    from textual.command import CommandPalette
    from textual.widgets import Markdown

    from assistant.tui.screens.help import HelpScreen
    from assistant.tui.widgets.prompt_input import PromptInput

    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:  # room for the palette
        screen = await open_question(pilot)
        assert current_id(pilot) == "flows"
        bar = key_bar(app)
        assert "alt+o palette" in bar and "^p" not in bar, bar
        hint = _hint(screen)
        assert "alt+w form" in hint and "ctrl+f" not in hint, hint
        box = screen.query_one("#flow-notation", PromptInput)
        assert box.placeholder.startswith("alt+w: a form"), box.placeholder

        await pilot.press("ctrl+f")  # the browser's find, not ours any more
        await settle(pilot)
        assert screen.query_one(".flow-form").has_class("-hidden")
        await pilot.press("alt+w")
        await settle(pilot)
        assert not screen.query_one(".flow-form").has_class("-hidden")

        await pilot.press("ctrl+p")
        await settle(pilot)
        assert not CommandPalette.is_open(app)
        await pilot.press("alt+o")
        await wait_until(pilot, lambda: CommandPalette.is_open(app), "the command palette")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen, "back in the interview")

        await pilot.press("alt+i")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        text = app.screen.query_one(Markdown).source
        assert "| `alt+o` | `ctrl+p` | command palette |" in text
        terminal_table = text.split("## Keys in the interview", 1)[1].split("##", 1)[0]
        assert "ctrl+p" not in terminal_table and "| `alt+o` | command palette" in terminal_table
        assert "ctrl+f" not in text.split("## Answer formats", 1)[1]


async def test_in_a_terminal_the_palette_and_form_keep_ctrl_p_and_ctrl_f(make_app, service, flow):
    from textual.command import CommandPalette

    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:  # room for the palette
        screen = await open_question(pilot)
        assert "ctrl+f form" in _hint(screen)
        assert "^p palette" in key_bar(app)
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert not screen.query_one(".flow-form").has_class("-hidden")
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: CommandPalette.is_open(app), "the command palette")
