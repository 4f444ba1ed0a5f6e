"""What every answer input does: hold a draft, hand back a raw value, post Submitted.

Screens never read widgets' internals: they call ``raw()`` and ``focus_input()`` and
listen for ``AnswerInput.Submitted``. The raw value goes to ``Interview.answer`` as is;
validation stays in the engine, so the TUI and the CLI accept exactly the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message
from textual.widget import Widget

from assistant.models.flowdef import Question


class AnswerInput(Widget):
    """Base class of the per-kind inputs."""

    DEFAULT_CSS = """
    AnswerInput { height: auto; width: 1fr; }
    """

    hint: str = "enter send"
    """What to press, shown under the input."""

    @dataclass
    class Submitted(Message):
        """The user sends the answer; ``raw`` is what ``Interview.answer`` takes."""

        answer_input: AnswerInput
        raw: Any

    def __init__(
        self,
        question: Question,
        choices: list[str] | None = None,
        value: Any = None,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="answer-input")
        self.question = question
        self.choices = list(choices or [])
        self.value = value

    def raw(self) -> Any:
        """The answer as typed or picked so far."""
        raise NotImplementedError

    def draft(self) -> Any:
        """What to keep when the user leaves without sending: the answer so far, and
        anything typed that sending would have taken in."""
        return self.raw()

    def focus_input(self) -> None:
        """Put the keyboard where the user types."""
        self.focus()

    def submit(self) -> None:
        self.post_message(self.Submitted(self, self.raw()))

    def show_error(self, message: str | None) -> None:
        """Mark the input as invalid (the message itself is shown by the composer)."""
        if self.has_class("-error") != bool(message):
            self.set_class(bool(message), "-error")
