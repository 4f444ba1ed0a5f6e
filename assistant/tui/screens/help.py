"""Help: the current question's why and example, then the keys (Markdown beside it)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from assistant.text.escape import md_block, md_inline


@cache
def general_help() -> str:
    return (Path(__file__).with_name("help.md")).read_text(encoding="utf-8")


def question_help(prompt: str, why: str, example: str) -> str:
    """Markdown for one question: the prompt, why it is asked, an example answer."""
    parts = [f"# {md_inline(prompt)}"]
    if why:
        parts.append(f"**Why this question.** {md_block(why)}")
    if example:
        lines = example.rstrip("\n").split("\n")
        # Two trailing spaces: a hard line break, so list and flow examples keep one item
        # per line instead of running into one paragraph.
        quoted = "\n".join(f"> {md_block(line)}  " for line in lines)
        parts.append("**Example answer**\n\n" + quoted)
    return "\n\n".join(parts)


class HelpScreen(ModalScreen[None]):
    """Question help (if any) above the general help; escape, q or F1 closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "dismiss(None)", "Close", id="help.close"),
    ]

    def __init__(self, question_markdown: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.question_markdown = question_markdown

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help-dialog") as box:
            box.border_title = "Help"
            box.border_subtitle = "escape to close"
            from assistant.tui.browser_keys import BROWSER_HELP, keys_in_force

            text = keys_in_force(self.app, general_help())  # the keys in force, moved or not
            if self.app.is_web:  # served: the keys that replace the browser's own first
                text = f"{BROWSER_HELP}\n\n{text}"
            if self.question_markdown:
                text = f"{self.question_markdown}\n\n{text}"
            yield Markdown(text)
