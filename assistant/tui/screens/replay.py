"""Replay for review: a session's timeline, step by step, with the framing as it was then.

The timeline lists every event with its time (answers, edits with before → after, skips,
extractions accepted or rejected, notes) in the words of ``replay --plain``. The selected
row is the *step*: the right-hand panel shows the framing document folded from the events
up to and including it, computed in a worker so stepping and playing never block. Keys:
n/p (or →/←) step, space plays, home/end, 1-9 jump to a section, a attaches a reviewer
note to the selected event's question, c the conversation view, d the diff against the
framing this one re-frames.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Markdown, Static

from assistant.services.timeline import describe, describe_all, event_section
from assistant.tui.dialogs.path_dialog import TextDialog

if TYPE_CHECKING:
    from assistant.models.events import Event
    from assistant.services.interview import Interview, InterviewService

PLAY_SECONDS = 0.6


def state_at(interview: Interview, step: int) -> Interview:
    """The session as it was after its first ``step`` events, on a read-only view of the
    store: an answer sent to it raises instead of writing to the real session."""
    from assistant.services.interview import Interview as InterviewClass
    from assistant.store.readonly import ReadOnlyStore

    return InterviewClass(
        ReadOnlyStore(interview.store),
        interview.session_record,
        interview.engine,
        interview.events[:step],
    )


def markdown_at(interview: Interview, step: int) -> str:
    from assistant.tui.framing import framing_markdown

    return framing_markdown(state_at(interview, step))


class ReplayScreen(Screen[None]):
    """The timeline of one session and the framing at the selected step."""

    DEFAULT_CSS = """
    ReplayScreen #replay-body { height: 1fr; }
    ReplayScreen #timeline-pane { width: 55%; height: 1fr; }
    ReplayScreen #step-info { height: auto; padding: 0 1; background: $boost; }
    ReplayScreen #timeline { height: 1fr; }
    ReplayScreen #as-of {
        width: 45%; height: 1fr; border-left: vkey $border-blurred; padding: 0 1;
    }
    ReplayScreen #as-of Markdown { margin: 0; padding: 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "n,right",
            "step(1)",
            "Next",
            id="replay.next",
            priority=True,
            tooltip="Step forward one event",
        ),
        Binding(
            "p,left",
            "step(-1)",
            "Previous",
            id="replay.previous",
            priority=True,
            tooltip="Step back one event",
        ),
        Binding(
            "space",
            "play",
            "Play/pause",
            id="replay.play",
            priority=True,
            tooltip="Step forward automatically",
        ),
        Binding(
            "home",
            "first",
            "First",
            id="replay.first",
            show=False,
            priority=True,
            tooltip="The first event",
        ),
        Binding(
            "end",
            "last",
            "Last",
            id="replay.last",
            show=False,
            priority=True,
            tooltip="The last event",
        ),
        Binding(
            "a",
            "note",
            "Note",
            id="replay.note",
            tooltip="Attach a reviewer note to the answer of the selected event",
        ),
        Binding(
            "c",
            "conversation",
            "Conversation",
            id="replay.conversation",
            tooltip="The session as a read-only conversation",
        ),
        Binding(
            "d",
            "diff",
            "Diff",
            id="replay.diff",
            tooltip="What changed since the framing this one re-frames",
        ),
        Binding("escape,q", "close", "Back", id="replay.back", tooltip="Leave the replay"),
        *[
            Binding(
                str(n),
                f"section({n})",
                f"Section {n}",
                id=f"replay.section{n}",
                show=False,
                tooltip=f"Jump to section {n}",
            )
            for n in range(1, 10)
        ],
    ]

    def __init__(self, interview: Interview) -> None:
        super().__init__()
        self.interview = interview
        self.events = list(interview.events)
        # What each event did, against the answers before it ("+15 flows from wall.csv").
        self.texts = describe_all(self.events, interview.engine)
        self.step = len(self.events)
        self._timer: Timer | None = None
        self._sections = [s.id for s in interview.flow.sections]

    # --- layout ------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="replay-body"):
            with Vertical(id="timeline-pane"):
                yield Static("", id="step-info", markup=False)
                yield DataTable(id="timeline", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="as-of"):
                yield Markdown("", id="as-of-document")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Replay"
        self.sub_title = self.interview.title
        table = self.query_one(DataTable)
        table.add_columns("#", "Time", "Section", "Event")
        for event, text in zip(self.events, self.texts, strict=True):
            table.add_row(*self._cells(event, text), key=str(event.seq))
        table.focus()
        self.go_to(self.step)

    def _cells(self, event: Event, text: str) -> tuple[Text, Text, Text, Text]:
        """A timeline row; ``Text`` so that user text is never read as markup."""
        return (
            Text(str(event.seq)),
            Text(event.at[11:19] if len(event.at) >= 19 else event.at),
            Text(event_section(self.interview.engine, event)),
            Text(text),
        )

    # --- stepping ------------------------------------------------------------------------
    def go_to(self, step: int) -> None:
        """Select step ``step`` (1 = after the first event … n = now)."""
        if not self.events:
            return
        step = max(1, min(step, len(self.events)))
        table = self.query_one(DataTable)
        if table.cursor_row != step - 1:
            table.move_cursor(row=step - 1, animate=False)
        self._show(step)

    def _show(self, step: int) -> None:
        changed = step != self.step or not self.query_one("#step-info", Static).content
        self.step = step
        event = self.events[step - 1]
        playing = " · playing" if self._timer is not None else ""
        self.query_one("#step-info", Static).update(
            f"Step {step} / {len(self.events)} · {event.at[:19].replace('T', ' ')}"
            f" · {self.texts[step - 1]}{playing}"
        )
        if changed or not self._shown_once:
            self._shown_once = True
            self.refresh_document(step)

    _shown_once = False

    @on(DataTable.RowHighlighted, "#timeline")
    def _highlighted(self, message: DataTable.RowHighlighted) -> None:
        if 0 <= message.cursor_row < len(self.events) and message.cursor_row + 1 != self.step:
            self._show(message.cursor_row + 1)

    @work(exclusive=True, group="replay-document")
    async def refresh_document(self, step: int) -> None:
        """The framing at ``step``, folded in a thread (a long history takes a while)."""
        markdown = await asyncio.to_thread(markdown_at, self.interview, step)
        if step == self.step:
            # This worker is exclusive: the next step cancels it. Cancelling Markdown.update
            # halfway left its blocks half mounted and the screen stopped answering while
            # playing on a loaded machine (issue 11); once started, an update finishes.
            await asyncio.shield(self.query_one("#as-of-document", Markdown).update(markdown))

    def action_step(self, delta: int) -> None:
        self.go_to(self.step + delta)

    def action_first(self) -> None:
        self.go_to(1)

    def action_last(self) -> None:
        self.go_to(len(self.events))

    def action_play(self) -> None:
        if self._timer is not None:
            self._stop()
        else:
            if self.step >= len(self.events):
                self.go_to(1)
            self._timer = self.set_interval(PLAY_SECONDS, self._tick)
            self._show(self.step)

    def _tick(self) -> None:
        if self.step >= len(self.events):
            self._stop()
            return
        self.go_to(self.step + 1)

    def _stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._show(self.step)

    def first_step_of(self, section_id: str) -> int | None:
        """The first step where the interview is in ``section_id`` (asked or answered)."""
        for index, event in enumerate(self.events, start=1):
            if event.question_id and event_section(self.interview.engine, event) == section_id:
                return index
        return None

    def action_section(self, number: int) -> None:
        if not 1 <= number <= len(self._sections):
            return
        section = self._sections[number - 1]
        step = self.first_step_of(section)
        if step is None:
            self.notify(f"Nothing happened in {section} yet.", severity="warning")
            return
        self._stop()
        self.go_to(step)

    # --- reviewer notes -------------------------------------------------------------------
    def action_note(self) -> None:
        event = self.events[self.step - 1] if self.events else None
        question_id = event.question_id if event else None
        if not question_id or question_id not in self.interview.engine.index:
            self.notify("Select an event about a question to attach a note to it.")
            return
        self._stop()
        prompt = self.interview.prompt(self.interview.question(question_id))

        def added(text: str | None) -> None:
            if text:
                self.save_note(question_id, text)

        self.app.push_screen(NoteDialog(question_id, prompt), added)

    @work(exclusive=True, group="replay-note")
    async def save_note(self, question_id: str, text: str) -> None:
        """Commit the note (a ``note_added`` event) and add it to the timeline."""
        from assistant.errors import UserError
        from assistant.tui.host import host

        known = len(self.events)
        author = host(self.app).settings.author  # DATA360_AUTHOR, read once per app
        try:
            await asyncio.to_thread(self.interview.add_note, question_id, text, author)
        except UserError as error:
            self.notify(str(error), severity="error", title="Note not saved")
            return
        table = self.query_one(DataTable)
        for event in self.interview.events[known:]:
            self.events.append(event)
            self.texts.append(describe(event, self.interview.engine))
            table.add_row(*self._cells(event, self.texts[-1]), key=str(event.seq))
        self.notify(f"Note added to {question_id}.")
        self.go_to(len(self.events))

    # --- elsewhere -----------------------------------------------------------------------
    def action_conversation(self) -> None:
        from assistant.tui.screens.interview import InterviewScreen

        self._stop()
        try:
            screen = InterviewScreen(self.interview, replay=True)  # type: ignore[call-arg]
        except TypeError:  # an InterviewScreen without a replay mode: read-only will do
            screen = InterviewScreen(self.interview, read_only=True)
        self.app.push_screen(screen)

    def action_diff(self) -> None:
        from assistant.tui.screens.diff import DiffScreen

        before = self.interview.state.meta.get("reframed_from")
        if not before:
            self.notify("This session is not a re-framing: nothing to compare it with.")
            return
        try:
            earlier = self.interview_service().open(str(before))
        except Exception as error:  # a deleted original is a message, not a crash
            self.notify(str(error), severity="error", title="Cannot compare")
            return
        self._stop()
        self.app.push_screen(DiffScreen(earlier, self.interview))

    def interview_service(self) -> InterviewService:
        from assistant.services.interview import InterviewService

        return InterviewService(self.interview.store)

    def action_close(self) -> None:
        self._stop()
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            self.app.exit()


class NoteDialog(TextDialog):
    """Ask for a reviewer note on one question; returns the text, or None."""

    def __init__(self, question_id: str, prompt: str) -> None:
        super().__init__(
            f"Reviewer note on {question_id}",
            prompt,
            "Add note",
            placeholder="What should the product owner look at?",
        )
        self.question_id = question_id

    def check(self, value: str) -> str | None:
        return None if value else "Type a note, or press escape."
