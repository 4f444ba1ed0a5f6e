"""A multi-line prompt: Enter is a newline, ctrl+j / alt+enter (or the Send button) sends.

Terminals do not report ctrl+enter or shift+enter reliably, so sending is on keys every
terminal has (the Elia habit). ctrl+o hands the text to ``$EDITOR`` for long answers.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import TextArea

from assistant.tui.browser_keys import editor_allowed, keys_in_force
from assistant.tui.widgets.keys_in_order import KeysInOrder
from assistant.tui.widgets.safe_input import pasted, real, to_pictures

SEND_HINT = "ctrl+j send · ctrl+o editor"


class PromptInput(KeysInOrder, TextArea):
    """The multi-line answer box."""

    DEFAULT_CSS = """
    PromptInput {
        height: auto;
        min-height: 3;
        max-height: 12;
        border: tall $border-blurred;
    }
    PromptInput:focus { border: tall $border; }
    PromptInput.-error { border: tall $error; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+j,alt+enter",
            "submit",
            "Send",
            id="prompt.send",
            key_display="^j",
            tooltip="Send this answer (Enter adds a new line)",
        ),
        Binding(
            "ctrl+o",
            "open_editor",
            "Editor",
            id="prompt.editor",
            show=False,
            tooltip="Edit this answer in $EDITOR",
        ),
    ]

    @dataclass
    class Submitted(Message):
        """The user sent the text (which is kept until the answer is accepted)."""

        prompt_input: PromptInput
        text: str

    def __init__(self, text: str = "", *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(
            to_pictures(text),
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder=placeholder,
            id=id,
        )

    def on_mount(self) -> None:
        self.cursor_blink = getattr(self.app, "cursor_blink", True)
        self._update_hint()

    @on(TextArea.Changed)
    def _update_hint(self) -> None:
        self.border_subtitle = keys_in_force(self.app, SEND_HINT) if self.text.strip() else None

    @property
    def value(self) -> str:
        """The text as typed or pasted (control characters restored)."""
        return real(self.text)

    async def _on_paste(self, event: events.Paste) -> None:
        # Control characters are shown as pictures, never drawn raw (see safe_input).
        if self.read_only:
            return
        text = pasted(event.text, multiline=True)
        if result := self._replace_via_keyboard(text, *self.selection):
            self.move_cursor(result.end_location)
            self.focus()
        event.stop()
        event.prevent_default()  # TextArea's own handler would insert the raw text again

    def action_submit(self) -> None:
        self.post_message(self.Submitted(self, self.value))

    def action_open_editor(self) -> None:
        """Suspend the app, edit the text in ``$VISUAL``/``$EDITOR``, read it back."""
        if not editor_allowed(self.app):
            self.notify(
                "No external editor in a browser: it would open on the server, not here.",
                severity="warning",
            )
            return
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        with tempfile.NamedTemporaryFile(
            "w", suffix=".md", delete=False, encoding="utf-8"
        ) as handle:
            handle.write(self.value)
            path = Path(handle.name)
        try:
            try:
                with self.app.suspend():
                    subprocess.run([*shlex.split(editor), str(path)], check=False)
            except Exception as error:  # SuspendNotSupported, editor not found…
                self.notify(f"Cannot open the editor ({editor}): {error}", severity="error")
                return
            self.text = to_pictures(path.read_text(encoding="utf-8").removesuffix("\n"))
            self.move_cursor(self.document.end)
        finally:
            path.unlink(missing_ok=True)
