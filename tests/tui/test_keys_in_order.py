"""Keys that arrive together are applied in the order they were typed.

Found in tmux: at the hours question, "ctrl+u 5 enter" sent at once left the field empty
("an answer is required"), because Textual runs a focused field's bindings only after the
key has bubbled up to the app, while the "5" was inserted at once. Over a slow SSH link a
typist's keys arrive the same way. The keys are posted together here, without waiting
between them, as a terminal driver delivers a burst.
"""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult

from assistant.tui.widgets.prompt_input import PromptInput
from assistant.tui.widgets.safe_input import SafeInput
from tests.tui.helpers import settle

BURST = [
    ("ctrl+u", "\x15"),
    ("5", "5"),
    ("left", None),
    ("4", "4"),
    ("backspace", None),
    ("backspace", None),
    ("7", "7"),
]


class _Fields(App[None]):
    def compose(self) -> ComposeResult:
        yield SafeInput("abc")
        yield PromptInput("xyz")


async def _type_burst(app: App[None], pilot) -> None:
    for key, character in BURST:
        app.post_message(events.Key(key, character))
    await settle(pilot)


async def test_a_one_line_field_applies_a_burst_of_keys_in_order() -> None:
    app = _Fields()
    async with app.run_test() as pilot:
        field = app.query_one(SafeInput)
        field.focus()
        field.cursor_position = len(field.value)
        await settle(pilot)
        await _type_burst(app, pilot)
        assert field.value == "75"  # "abc" cleared, 5, 4 before it, both deleted back, 7


async def test_the_answer_box_applies_a_burst_of_keys_in_order() -> None:
    app = _Fields()
    async with app.run_test() as pilot:
        box = app.query_one(PromptInput)
        box.focus()
        box.move_cursor((0, 3))
        await settle(pilot)
        await _type_burst(app, pilot)
        assert box.text == "75"


async def test_a_path_typed_in_a_burst_over_the_old_one_is_the_new_one() -> None:
    from assistant.tui.dialogs.path_dialog import TextDialog

    results: list[str | None] = []

    class _Asks(App[None]):
        def on_mount(self) -> None:
            self.push_screen(
                TextDialog("Import", "File", "Import", value="old.json"), results.append
            )

    app = _Asks()
    async with app.run_test() as pilot:
        await settle(pilot)
        for key, character in [("ctrl+u", "\x15"), *((c, c) for c in "new.json"), ("enter", "\r")]:
            app.post_message(events.Key(key, character))
        await settle(pilot)
        assert results == ["new.json"]
