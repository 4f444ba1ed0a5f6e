"""Driving the app in Pilot tests without sleeps."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Label
from textual.worker import WorkerCancelled


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for workers (store writes, exports) and the refresh that follows them.

    An exclusive worker that a newer one of its group cancels while we wait (a check
    refresh superseded by the next) did its job by being replaced: the newer one is waited
    for in the next round. A worker that fails still fails the test.
    """
    await pilot.pause()
    for _ in range(5):
        running = [worker for worker in pilot.app.workers if not worker.is_finished]
        if not running:
            return
        for worker in running:
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], object], what: str, timeout: float = 60
) -> None:
    """Let the app run until ``condition()`` holds; fail, saying ``what``, after ``timeout``.

    For what the app does on its own clock (a replay playing). The bound is generous: it
    only turns a hang into a clear failure, it never decides a pass.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting after {timeout}s for {what}")
        await pilot.pause()


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type text key by key (newlines as enter)."""
    keys = ["enter" if c == "\n" else ("space" if c == " " else c) for c in text]
    await pilot.press(*keys)


def composer_error(pilot: Pilot[Any]) -> str:
    return str(pilot.app.screen.query_one(".composer-error", Label).content)


def current_id(pilot: Pilot[Any]) -> str | None:
    question = pilot.app.screen.interview.current()  # type: ignore[attr-defined]
    return question.id if question else None


async def paste(pilot: Pilot[Any], text: str) -> None:
    """A bracketed paste into the focused widget, as a terminal delivers it."""
    from textual import events

    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def send_for_review(pilot: Pilot[Any], text: str) -> Any:
    """Paste ``text`` at the flows question and send it: the extraction review screen, once
    its proposal is shown."""
    from assistant.tui.screens.extraction_review import ExtractionReviewScreen

    app = pilot.app
    await paste(pilot, text)
    await pilot.press("ctrl+j")
    await wait_until(
        pilot,
        lambda: isinstance(app.screen, ExtractionReviewScreen) and app.screen.mode == "review",
        "the extraction review with its proposal",
    )
    return app.screen


async def palette_command(pilot: Pilot[Any], text: str) -> None:
    """Search ``text`` in the open command palette and run the hit once the search shows it.

    The palette searches in a worker: pressing enter before it has answered runs whatever was
    listed before (the discovery list), so wait for a hit that contains the text.
    """
    from textual.command import CommandList, CommandPalette

    await paste(pilot, text)

    def best_hit_matches() -> bool:
        palette = pilot.app.screen
        if not isinstance(palette, CommandPalette):
            return False
        hits = palette.query_one(CommandList)
        if hits.highlighted is None:
            return False
        prompt = hits.get_option_at_index(hits.highlighted).prompt
        plain = prompt.plain if hasattr(prompt, "plain") else str(prompt)
        return text.lower() in plain.lower()

    await wait_until(pilot, best_hit_matches, f"the palette to offer {text!r}")
    await pilot.press("enter")
