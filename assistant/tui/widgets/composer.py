"""Where the user answers: the input of the current question, its errors and a Send button.

The composer keeps whatever was typed until the screen says the answer was accepted,
so a validation error or a database error never loses a word.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Button, Label, Static

from assistant.models.flowdef import Question
from assistant.tui.browser_keys import keys_in_force
from assistant.tui.widgets.answers import AnswerInput, input_for


class Composer(Vertical):
    """The bottom of the interview screen."""

    DEFAULT_CSS = """
    Composer {
        height: auto;
        max-height: 70%;
        padding: 0 1;
        border-top: hkey $border-blurred;
    }
    Composer .composer-error {
        color: $error; text-style: bold; width: 1fr; height: auto; display: none;
    }
    Composer.-has-error .composer-error { display: block; }
    Composer .composer-row { height: auto; }
    Composer .composer-buttons { width: auto; height: auto; padding-left: 1; }
    Composer .composer-buttons Button { min-width: 8; margin-bottom: 0; }
    Composer .composer-hint { color: $text-muted; height: 1; }
    Composer .composer-banner { width: 1fr; height: auto; padding: 0 1; }
    Composer.-busy .composer-row { opacity: 60%; }
    """

    def __init__(
        self,
        question: Question | None = None,
        choices: list[str] | None = None,
        value: Any = None,
        *,
        note: str = "",
        id: str | None = None,
    ) -> None:
        """``question`` is asked from the start (composed at once, no second layout);
        ``note`` says where a pre-filled value comes from (a suggestion, a draft)."""
        super().__init__(id=id)
        self._note = note
        self._error = ""
        self._busy_timer: Timer | None = None
        self.question = question
        self.answer_input: AnswerInput | None = (
            input_for(question, choices, value, id="answer") if question is not None else None
        )

    def compose(self) -> ComposeResult:
        yield Label("", classes="composer-error", markup=False)
        if self.answer_input is None:
            yield Horizontal(classes="composer-row")
        else:
            yield Horizontal(self.answer_input, self._buttons(), classes="composer-row")
        self._hint = self._hint_for(self.answer_input)
        yield Label(self._hint, classes="composer-hint", markup=False)

    def on_mount(self) -> None:
        if self.answer_input is not None:
            self.call_after_refresh(self.focus_answer, self.answer_input)

    def focus_answer(self, expected: AnswerInput | None = None) -> None:
        """Put the keyboard in the current input, if it is still the one shown.

        Focus is often deferred (after the first refresh, after a dialog closes). By then the
        question may have changed (``expected`` is no longer current) or Textual may be
        removing the input: its children go first while it is still attached, so focusing
        it then queried a button that was gone (``NoMatches '#score-1'``, issue 11).
        """
        answer = self.answer_input
        if answer is None or (expected is not None and answer is not expected):
            return
        # Textual reports every node of a subtree it is removing as not displayed.
        if answer.is_attached and answer.display and self.display:
            answer.focus_input()

    def _buttons(self) -> Vertical:
        return Vertical(
            Button(
                "Send",
                id="send",
                variant="primary",
                compact=True,
                tooltip=keys_in_force(self.app, "Send this answer (ctrl+j)"),
            ),
            Button(
                "Skip",
                id="skip",
                compact=True,
                tooltip=keys_in_force(self.app, "Skip this question (ctrl+n)"),
            ),
            classes="composer-buttons",
        )

    def _hint_for(self, answer: AnswerInput | None) -> str:
        if answer is None:
            return ""
        hint = f"{self._note} · {answer.hint}" if self._note else answer.hint
        return keys_in_force(self.app, hint)

    async def ask(
        self, question: Question, choices: list[str] | None, value: Any = None, note: str = ""
    ) -> None:
        """Show the input for ``question`` (prefilled with ``value``, ``note`` says why)."""
        self.show_error(None)
        row = await self._clear_row()
        self.question = question
        self._note = note
        self.answer_input = input_for(question, choices, value, id="answer")
        await row.mount_all([self.answer_input, self._buttons()])
        self._set_hint(self._hint_for(self.answer_input))
        self.focus_answer(self.answer_input)  # not mounted if the screen is closing meanwhile

    async def banner(self, text: str, *buttons: Button) -> None:
        """Replace the input with a message (finished, read-only…)."""
        self.show_error(None)
        row = await self._clear_row()
        await row.mount(Static(text, classes="composer-banner", markup=False))
        if buttons:
            await row.mount(Vertical(*buttons, classes="composer-buttons"))
            buttons[0].focus()
        self._set_hint("")

    async def _clear_row(self) -> Horizontal:
        """Forget the current input *before* removing it, so that no deferred focus, draft
        or submit reaches an input that is half torn down; returns the emptied row."""
        self.question = None
        self.answer_input = None
        row = self.query_one(".composer-row", Horizontal)
        await row.remove_children()
        return row

    def _set_hint(self, text: str) -> None:
        # Labels are height-auto: an update relayouts the screen, so only when it changes.
        if self._hint != text:
            self._hint = text
            self.query_one(".composer-hint", Label).update(text)

    def show_error(self, message: str | None) -> None:
        if (message or "") == self._error and self.answer_input is None:
            return
        if (message or "") != self._error:
            self._error = message or ""
            self.query_one(".composer-error", Label).update(self._error)
            self.set_class(bool(message), "-has-error")
        if self.answer_input is not None:
            self.answer_input.show_error(message)

    def set_busy(self, busy: bool) -> None:
        """Dim the input, but only if a write takes long enough to notice (a locked DB)."""
        if self._busy_timer is not None:
            self._busy_timer.stop()
            self._busy_timer = None
        if busy:
            self._busy_timer = self.set_timer(0.3, self._slow_write)
        elif self.has_class("-busy"):
            self.remove_class("-busy")
            self._set_hint(self._hint_for(self.answer_input))

    def _slow_write(self) -> None:
        self.add_class("-busy")
        self._set_hint("saving… the database is busy (another program is writing); waiting")

    @on(Button.Pressed, "#send")
    def _send(self, event: Button.Pressed) -> None:
        event.stop()
        if self.answer_input is not None:
            self.answer_input.submit()
