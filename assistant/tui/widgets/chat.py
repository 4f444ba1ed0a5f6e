"""The conversation: assistant and user bubbles in a scrolling column.

Bubbles get plain text (made visible and clipped by ``assistant.tui.text``) and never
parse markup, so an answer full of brackets or escape sequences reads as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from assistant.tui.conversation import Entry
from assistant.tui.text import BUBBLE_CHARS, clip, visible


class Bubble(Static):
    """One message of the conversation."""

    DEFAULT_CSS = """
    Bubble {
        width: 1fr;
        height: auto;
        padding: 0 1;
        margin: 0 6 1 0;
        background: $boost;
        border-left: tall $primary;
    }
    Bubble.-intro { border-left: tall $secondary; background: $secondary 10%; }
    Bubble.-summary { border-left: tall $success; background: $success 10%; }
    Bubble.-question { border-left: tall $primary; text-style: bold; }
    Bubble.-answer {
        margin: 0 0 1 6;
        border-left: none;
        border-right: tall $accent;
        background: $accent 15%;
    }
    Bubble.-answer.-superseded { color: $text-muted; background: $panel; }
    Bubble.-answer:focus { background: $accent 35%; border-right: tall $accent-lighten-2; }
    Bubble.-note { margin: 0 0 1 6; border-left: tall $warning; background: $warning 10%; }
    Bubble.-system {
        margin: 0 0 1 0;
        padding: 0;
        background: transparent;
        border-left: none;
        color: $text-muted;
        text-align: center;
    }
    """

    def __init__(self, entry: Entry) -> None:
        super().__init__(self._text(entry), markup=False, classes=f"-{entry.role}")
        self.entry = entry

    @staticmethod
    def _text(entry: Entry) -> Text:
        body = visible(clip(entry.text, BUBBLE_CHARS)) if entry.text else ""
        text = Text()
        if entry.role in ("intro", "summary", "note") and entry.title:
            text.append(visible(entry.title), style="bold")
            if body:
                text.append("\n")
        elif entry.role == "answer" and (entry.edited or entry.title):
            marks = (["✎ changed"] if entry.edited else []) + ([entry.title] if entry.title else [])
            text.append(visible(" · ".join(marks)) + "\n", style="italic dim")
        text.append(body)
        if entry.role == "question" and entry.title:
            text.append(f"  ({entry.title})", style="italic dim")
        return text


class AnswerBubble(Bubble):
    """A user answer; select it (enter or click) to change that answer."""

    can_focus = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,e", "edit", "Edit answer", id="bubble.edit", tooltip="Change this answer"),
    ]

    @dataclass
    class EditRequested(Message):
        """The user wants to change the answer to ``question_id``."""

        question_id: str

    def __init__(self, entry: Entry) -> None:
        super().__init__(entry)
        self.tooltip = "enter or click to change this answer"

    def action_edit(self) -> None:
        if self.entry.question_id:
            self.post_message(self.EditRequested(self.entry.question_id))

    def on_click(self) -> None:
        self.action_edit()


class ChatLog(VerticalScroll):
    """The scrolling conversation; follows new messages only when already at the bottom."""

    DEFAULT_CSS = """
    ChatLog { height: 1fr; padding: 0 1; scrollbar-size-vertical: 1; }
    """

    can_focus = False

    @staticmethod
    def bubbles(entries: list[Entry]) -> list[Bubble]:
        """Bubbles for entries (the last answer to a question is the live one)."""
        last: dict[str, int] = {}
        for index, entry in enumerate(entries):
            if entry.role == "answer" and entry.question_id:
                last[entry.question_id] = index
        out: list[Bubble] = []
        for index, entry in enumerate(entries):
            if entry.role == "answer" and entry.question_id:
                bubble: Bubble = AnswerBubble(entry)
                if last[entry.question_id] != index:
                    bubble.add_class("-superseded")
                out.append(bubble)
            else:
                out.append(Bubble(entry))
        return out

    def add_entries(self, entries: list[Entry], *, follow: bool = False) -> None:
        """Append bubbles; scroll to them if asked or if the user was at the bottom."""
        if not entries:
            return
        follow = follow or self.max_scroll_y - self.scroll_y <= 2 or not self.children
        bubbles: list[Bubble] = []
        for entry in entries:
            if entry.role == "answer" and entry.question_id:
                for old in self.query(AnswerBubble):
                    if old.entry.question_id == entry.question_id:
                        old.add_class("-superseded")
                bubbles.append(AnswerBubble(entry))
            else:
                bubbles.append(Bubble(entry))
        self.mount_all(bubbles)
        if follow:
            self.call_after_refresh(self.scroll_end, animate=False)

    def supersede(self, question_ids: set[str]) -> None:
        """Grey out the answers to these questions (changed elsewhere, shown in a line)."""
        for bubble in self.query(AnswerBubble):
            if bubble.entry.question_id in question_ids:
                bubble.add_class("-superseded")

    def last_answer(self) -> AnswerBubble | None:
        answers = [b for b in self.query(AnswerBubble) if not b.has_class("-superseded")]
        return answers[-1] if answers else None
