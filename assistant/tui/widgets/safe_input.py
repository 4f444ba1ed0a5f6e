"""Inputs that show pasted control characters instead of sending them to the terminal.

Textual's Input and TextArea draw their text as is: a pasted escape sequence would reach
the terminal and move the cursor or change colours. These inputs keep control characters
(not newline or tab) as the Unicode "control pictures" (␛, ␇, ␍…) while editing, and
``real`` turns them back, so the answer is stored exactly as it was pasted.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from assistant.text.lines import unix_newlines
from assistant.tui.widgets.keys_in_order import KeysInOrder

_TO_PICTURE = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_TO_PICTURE[0x7F] = "\u2421"
_FROM_PICTURE = {ord(picture): chr(code) for code, picture in _TO_PICTURE.items()}


def to_pictures(text: str) -> str:
    """Control characters as visible pictures (reversible with ``real``)."""
    return text.translate(_TO_PICTURE)


def real(text: str) -> str:
    """The text with the pictures turned back into the characters that were pasted."""
    return text.translate(_FROM_PICTURE)


def pasted(text: str, *, multiline: bool) -> str:
    """What a paste inserts: one line for an Input, lines with normalised endings else
    (terminals deliver a pasted line break as CR, alone or before LF)."""
    text = unix_newlines(text)
    if not multiline:
        text = text.split("\n", 1)[0]
    return to_pictures(text)


class SafeInput(KeysInOrder, Input):
    """A one-line input; use ``real(input.value)`` for what was typed or pasted."""

    def __init__(self, value: str | None = None, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(to_pictures(value) if value else value, *args, **kwargs)

    def _on_paste(self, event: events.Paste) -> None:
        if event.text:
            line = pasted(event.text, multiline=False)
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(line)
            else:
                self.replace(line, *selection)
        event.stop()
        event.prevent_default()  # Input's own handler would insert the raw text again
