"""The app's cursor-blink choice, applied to the text fields a screen or widget mounts.

Textual has no app-wide switch: each ``Input`` blinks unless told otherwise. The app
keeps one flag (off for snapshots and recordings, where a blink makes frames differ),
and every form calls ``follow_app_blink`` on mount instead of repeating the loop.
"""

from __future__ import annotations

from textual.dom import DOMNode
from textual.widgets import Input


def follow_app_blink(root: DOMNode) -> None:
    """Make the ``Input`` fields under ``root`` blink as the app says (default: they do)."""
    blink = getattr(root.app, "cursor_blink", True)
    for field in root.query(Input):
        field.cursor_blink = blink
