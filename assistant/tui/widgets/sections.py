"""The five sections with answered/total, the current one highlighted; select to jump."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from assistant.models.session import SessionSummary
from assistant.tui.text import section_label


class SectionSidebar(Vertical):
    """Progress by section; enter or click on a section jumps to it."""

    DEFAULT_CSS = """
    SectionSidebar {
        width: 22;
        height: 1fr;
        border-right: vkey $border-blurred;
        padding: 0 0;
    }
    SectionSidebar > .sidebar-title { padding: 0 1; text-style: bold; color: $text-accent; }
    SectionSidebar OptionList {
        height: auto;
        border: none;
        padding: 0;
        background: transparent;
        scrollbar-size-vertical: 0;
    }
    SectionSidebar .sidebar-progress { padding: 1 1 0 1; color: $text-muted; height: auto; }
    """

    @dataclass
    class JumpRequested(Message):
        section_id: str

    _shown: object = None

    def compose(self) -> ComposeResult:
        yield Label("Sections", classes="sidebar-title")
        yield OptionList(id="section-list")
        yield Label("", classes="sidebar-progress", markup=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).can_focus = True

    def show(self, summary: SessionSummary) -> None:
        """Redraw from a session summary."""
        key = (
            summary.current_section,
            tuple((s.id, s.answered, s.total, s.skipped) for s in summary.sections),
            summary.progress,
            summary.completeness.percent,
        )
        if key == self._shown:
            return  # redrawing an OptionList relayouts the screen: only on change
        self._shown = key
        option_list = self.query_one(OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        for section in summary.sections:
            current = section.id == summary.current_section
            name = section_label(section.title)
            done = section.total and section.answered + section.skipped >= section.total
            count = f"{section.answered}/{section.total}"
            line = Content.assemble(
                ("▶ " if current else "  ", "bold $accent" if current else ""),
                (name[:11].ljust(11), "bold $accent" if current else ""),
                (count.rjust(5), "$text-success" if done else "$text-muted"),
            )
            option_list.add_option(Option(line, id=section.id))
        if highlighted is not None and highlighted < option_list.option_count:
            option_list.highlighted = highlighted
        completeness = summary.completeness
        lines = [f"Progress {summary.progress}%", f"Required {completeness.percent}%"]
        if completeness.skipped:
            lines.append(f"Skipped {len(completeness.skipped)}")
        self.query_one(".sidebar-progress", Label).update("\n".join(lines))

    @on(OptionList.OptionSelected, "#section-list")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.JumpRequested(event.option.id))
