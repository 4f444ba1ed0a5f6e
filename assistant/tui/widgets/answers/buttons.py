"""Answers given with one key: a score on a scale, yes or no."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.events import Key
from textual.widgets import Button, Label

from assistant.tui.text import one_line
from assistant.tui.widgets.answers.base import AnswerInput


class ScaleAnswer(AnswerInput):
    """A row of scores; a digit key or a click sends at once."""

    hint = "1-5 or click to send"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.low, self.high = self.question.scale_bounds
        self.hint = f"{self.low}-{self.high} or click to send"
        self.picked: int | None = self.value if isinstance(self.value, int) else None

    def compose(self) -> ComposeResult:
        labels = self.question.labels or {}
        with Horizontal(classes="scale-row"):
            for score in range(self.low, self.high + 1):
                button = Button(str(score), id=f"score-{score}", compact=True)
                if score == self.picked:
                    button.variant = "primary"
                if score in labels:
                    button.tooltip = labels[score]
                yield button
        anchors = [f"{k} = {one_line(v, 200)}" for k, v in sorted(labels.items())]  # whole
        if anchors:
            yield Label("   ".join(anchors), classes="scale-labels", markup=False)

    def raw(self) -> Any:
        return self.picked if self.picked is not None else ""

    def focus_input(self) -> None:
        score = self.picked if self.picked is not None else self.low
        self.query_one(f"#score-{score}", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        assert event.button.id is not None
        self.picked = int(event.button.id.removeprefix("score-"))
        self.submit()

    def on_key(self, event: Key) -> None:
        if event.character and event.character.isdigit():
            score = int(event.character)
            if self.high >= 10 and score == 1:
                return  # 10 needs the buttons on a 1-10 scale
            if self.low <= score <= self.high:
                event.stop()
                self.picked = score
                self.submit()


class YesNoAnswer(AnswerInput):
    """Two buttons; y or n sends at once."""

    hint = "y / n or click to send"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "pick(True)", "Yes", show=False, id="yesno.yes"),
        Binding("n", "pick(False)", "No", show=False, id="yesno.no"),
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.picked: bool | None = self.value if isinstance(self.value, bool) else None

    def compose(self) -> ComposeResult:
        with Horizontal(classes="yesno-row"):
            yield Button(
                "Yes",
                id="answer-yes",
                compact=True,
                variant="primary" if self.picked is True else "default",
            )
            yield Button(
                "No",
                id="answer-no",
                compact=True,
                variant="primary" if self.picked is False else "default",
            )

    def raw(self) -> Any:
        return "" if self.picked is None else self.picked

    def focus_input(self) -> None:
        target = "#answer-no" if self.picked is False else "#answer-yes"
        self.query_one(target, Button).focus()

    def action_pick(self, value: bool) -> None:
        self.picked = value
        self.submit()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_pick(event.button.id == "answer-yes")
