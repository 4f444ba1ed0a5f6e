"""Text fields that apply their own editing keys in the order the keys were typed.

Textual resolves a focused widget's key bindings only once the key has bubbled up to the
app, while a printable key is inserted as soon as the field reads it. When keys arrive
together (over a slow SSH link, from tmux, from a fast typist) a character typed after an
editing key is inserted before that key acts: "ctrl+u 5" left the field empty, "backspace
d" deleted the "d". Running the field's own bindings when the field reads the key keeps
the order; keys it does not bind still bubble up as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widgets import TextArea

if TYPE_CHECKING:
    from textual.widget import Widget as _Field
else:
    _Field = object  # a plain mixin: a Widget subclass would reset can_focus and the CSS type


class KeysInOrder(_Field):
    """Mixin for a text field: its own bindings run in its queue, in the typed order.

    Textual calls each class's key handler along the MRO; this one comes first and, when
    a binding of the field acted, stops the others and the bubbling."""

    async def _on_key(self, event: events.Key) -> None:
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if binding.priority:
                continue  # the app ran priority bindings before the field saw the key
            if await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()  # the field's own handler (Textual calls it next) is done
                return


class OrderedTextArea(KeysInOrder, TextArea):
    """A plain multi-line editor (the review's notation editor) with the keys in order."""
