"""Driving the app in Pilot tests without sleeps."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from textual.widgets import Label


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for workers (store writes, exports) and the refresh that follows them."""
    await pilot.pause()
    for _ in range(5):
        if all(worker.is_finished for worker in pilot.app.workers):
            return
        await pilot.app.workers.wait_for_complete()
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
