"""The interview: the conversation, the input that fits the question, progress and panels.

Every change goes through ``_commit``: the store write runs off the UI thread, the typed
answer stays in the input until the write succeeded, and the conversation then catches
up from the committed events — the screen never shows what is not on disk.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Header, Input, TextArea

from assistant.errors import UserError
from assistant.services.interview import Interview
from assistant.tui.browser_keys import keys_in_force
from assistant.tui.committing import commit_change
from assistant.tui.conversation import Conversation
from assistant.tui.design_view import interview_lock
from assistant.tui.dialogs.confirm import ActionDialog
from assistant.tui.dialogs.edit_answer import EditAnswerDialog
from assistant.tui.framing import framing_markdown
from assistant.tui.host import AppHost, host
from assistant.tui.live import Follower, SessionChanged, follow_session
from assistant.tui.messages import (
    AnswerCommitted,
    ExtractionDecided,
    HelpDraftChosen,
    ReviewOutcome,
)
from assistant.tui.screens.help import HelpScreen, question_help
from assistant.tui.text import one_line, section_label
from assistant.tui.widgets.answers import AnswerInput
from assistant.tui.widgets.chat import AnswerBubble, ChatLog
from assistant.tui.widgets.composer import Composer
from assistant.tui.widgets.document_panel import DocumentPanel
from assistant.tui.widgets.keybar import KeyBar
from assistant.tui.widgets.sections import SectionSidebar

if TYPE_CHECKING:
    from assistant.llm.config import HasLLMSettings, LLMSettings
    from assistant.models.flowdef import Question
    from assistant.services.session_lock import SessionLock


DRAFT_KEEP_DELAY = 1.0
"""Seconds after the last key before an unsent draft is written to disk."""


class InterviewScreen(Screen[None]):
    """One session, asked question by question."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+b", "back", "Back", id="interview.back", tooltip="Back to the previous question"
        ),
        Binding(
            "ctrl+n",
            "skip",
            "Skip",
            id="interview.skip",
            tooltip="Skip this question (come back to it later)",
        ),
        Binding(
            "ctrl+r",
            "review",
            "Review",
            id="interview.review",
            tooltip="Review every answer, then export",
        ),
        Binding(
            "f1",
            "help",
            "Help",
            id="interview.help",
            tooltip="Why this question, an example answer, the keys",
        ),
        Binding("question_mark", "help", "Help", show=False, id="interview.help_key"),
        Binding(
            "f2",
            "toggle_document",
            "Doc",
            id="interview.document",
            tooltip="Show or hide the framing document",
        ),
        Binding(
            "ctrl+g", "jump", "Jump", id="interview.jump", show=False, tooltip="Jump to a section"
        ),
        Binding(
            "ctrl+l",
            "select_answer",
            "Answers",
            show=False,
            id="interview.answers",
            tooltip="Select your last answer to change it",
        ),
        Binding(
            "f3",
            "flows",
            "Flows",
            id="interview.flows",
            tooltip="The flow map: actors, flows, diagram and hot spots (editable)",
        ),
        Binding(
            "f5",
            "usecases",
            "Use cases",
            show=False,
            id="interview.usecases",
            tooltip="Score use cases proposed from the hot spots, choose one",
        ),
        Binding("f6", "toggle_sidebar", "Sections", show=False, id="interview.sidebar"),
        Binding(
            "ctrl+k,f4",
            "llm_help",
            "LLM",
            show=False,
            id="interview.llm",
            tooltip="Help from the LLM, if one is configured",
            priority=True,  # inputs bind ctrl+k (delete to end of line): the key must win
        ),
        Binding(
            "escape",
            "home",
            "Home",
            id="interview.home",
            tooltip="Back to the list of sessions (everything is saved)",
        ),
    ]

    AUTO_FOCUS = "#composer *"
    """On open and resume the keyboard is in the answer input at once, never first on
    the sidebar (the first focusable widget) while the conversation lays out."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]  # Textual: `ClassVar[...] | None`
        (0, "-narrow"),
        (70, "-normal"),
        (150, "-wide"),
    ]

    def __init__(
        self,
        interview: Interview,
        *,
        lock: SessionLock | None = None,
        read_only: bool = False,
        replay: bool = False,
    ) -> None:
        super().__init__()
        self.interview = interview
        self._follower: Follower | None = None
        self._draft_timer: Timer | None = None
        self.session_lock = lock  # not `self.lock`: that is Textual's widget lock
        self.read_only = read_only or replay
        self.replay = replay
        self.conversation = Conversation(
            interview.engine, keys=lambda text: keys_in_force(self.app, text)
        )
        self.drafts: dict[str, Any] = {}
        self.busy = False
        self._conflict_open = False
        self.document_shown = False

    # --- layout ---------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        if not self.read_only:
            self.drafts = self._load_drafts()
        yield Header()
        with Horizontal(id="body"):
            yield SectionSidebar(id="sidebar")
            with Vertical(id="main"):
                yield ChatLog(
                    *ChatLog.bubbles(self.conversation.feed(self.interview.events)), id="chat"
                )
                question = None if self.read_only else self.interview.current()
                if question is None:
                    yield Composer(id="composer")
                else:
                    value, note = self._start_value(question)
                    yield Composer(
                        question, self.interview.choices(question), value, note=note, id="composer"
                    )
            yield DocumentPanel(id="document")
        yield KeyBar()

    @property
    def app_(self) -> AppHost:
        return host(self.app)

    async def on_mount(self) -> None:
        self.title = "data360"
        chat = self.query_one(ChatLog)
        chat.anchor()  # the first frame shows the end: the pending question, not the top
        await self.refresh_view()
        if not self.replay:
            self._follower = follow_session(self, lambda: self.interview, self._last_seq)

    @on(SessionChanged)
    async def _session_changed(self, event: SessionChanged) -> None:
        event.stop()
        await self._check_external()

    def on_unmount(self) -> None:
        if self._follower is not None:
            self._follower.stop()
        if self.session_lock is not None:
            self.session_lock.release()

    # --- drawing --------------------------------------------------------------------
    async def refresh_view(self, *, new_input: bool = False) -> None:
        """Redraw progress, panel and input from the interview (keeps an unsent draft)."""
        summary = self.interview.summary()
        self.query_one(SectionSidebar).show(summary)
        current = self.interview.current()
        where = "finished"
        if current is not None:
            section = self.interview.engine.section_of[current.id]
            where = section_label(section.title)
        mode = " · read-only" if self.read_only else ""
        self.sub_title = (
            f"{one_line(self.interview.title, 50)} · {where} · {summary.progress}%{mode}"
        )
        if self.document_shown:
            self._show_document()
        else:
            self._show_document(later=True)  # laid out ahead, F2 shows it at once
        await self._show_current(new_input=new_input)

    async def _show_current(self, *, new_input: bool = False) -> None:
        composer = self.query_one(Composer)
        if self.replay:
            await composer.banner(
                "Replay: the whole history of this session, read-only. F2 shows the framing,"
                " ctrl+r reviews it, escape goes to the list of sessions."
            )
            return
        if self.read_only:
            await composer.banner(
                "Read-only: this session is open in another window. The view follows"
                " its changes; take over to answer here instead.",
                Button("Take over", id="take-over", variant="warning", compact=True),
            )
            return
        question = self.interview.current()
        if question is None:
            await composer.banner(
                "Every question has been answered or skipped. Review the framing and export"
                " it, or select an earlier answer to change it.",
                Button("Review", id="review", variant="primary", compact=True),
            )
            return
        if (
            not new_input
            and composer.question is not None
            and composer.question.id == question.id
            and composer.answer_input is not None
        ):
            return  # same question still asked: keep what is being typed
        value, note = self._start_value(question)
        await composer.ask(question, self.interview.choices(question), value, note)

    def _start_value(self, question: Question) -> tuple[Any, str]:
        """What the input starts with, and why: the unsent draft, else the stored answer,
        else what the interview already knows (the title as product name…)."""
        draft = self.drafts.get(question.id)
        if draft is not None:
            return draft, "your unsent text, kept"
        stored = self.interview.state.answers.get(question.id)
        if stored is not None:
            return stored, ""
        suggestion = self.interview.suggestion(question)
        if suggestion is not None:
            return suggestion.value, f"suggested from {suggestion.reason}: send it or change it"
        return None, ""

    # --- unsent drafts (kept on disk per session and question) -------------------------
    def _load_drafts(self) -> dict[str, Any]:
        drafts = getattr(self.app, "drafts", None)  # None in a bare Textual test app
        return {} if drafts is None else dict(drafts.load(self.interview.id))

    def _save_drafts(self) -> None:
        drafts = getattr(self.app, "drafts", None)
        if self.read_only or drafts is None:
            return
        try:
            drafts.save(self.interview.id, self.drafts)
        except OSError as error:
            self.notify(f"Unsent text not kept: {error}", severity="warning")

    def _keep_draft(self) -> None:
        """Remember what was typed for a question the user leaves without sending
        (cleared or back to the stored answer: no draft), and keep it on disk."""
        composer = self.query_one(Composer)
        if composer.question is None or composer.answer_input is None:
            return
        question_id = composer.question.id
        try:
            raw = composer.answer_input.draft()
        except Exception:
            return
        before = self.drafts.get(question_id)
        if not self._untouched(composer.question, raw):
            self.drafts[question_id] = raw
        else:
            self.drafts.pop(question_id, None)
        if self.drafts.get(question_id) != before:
            self._save_drafts()

    @on(TextArea.Changed)
    @on(Input.Changed)
    def _typed(self) -> None:
        """Typing keeps the draft on disk a moment after the last key, so a closed terminal
        or a crash loses at most that moment, not a paragraph (ctrl+q keeps it at once)."""
        if self.read_only:
            return
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(DRAFT_KEEP_DELAY, self._keep_draft)

    def keep_unsent(self) -> None:
        """Called by the app on ctrl+q: what is typed and not sent is kept for resume."""
        if self.is_attached and not self.read_only:
            self._keep_draft()

    def drop_draft(self, question_id: str) -> None:
        if self.drafts.pop(question_id, None) is not None:
            self._save_drafts()

    def _catch_up(self) -> None:
        chat = self.query_one(ChatLog)
        chat.add_entries(self.conversation.feed(self.interview.events), follow=True)

    def _catch_up_visit(self, before: dict[str, Any], where: str) -> None:
        """Back from a screen that edited the session: one line for the visit, not the
        whole answer re-printed per edit; the pending question stays in view."""
        chat = self.query_one(ChatLog)
        entries, changed = self.conversation.feed_visit(self.interview.events, before, where)
        chat.supersede(changed)
        chat.add_entries(entries, follow=True)

    # --- committing -----------------------------------------------------------------
    async def commit(self, change: Callable[[], Any]) -> str | None:
        """Run a change of the session off the UI thread; the message to show, or None.

        A concurrent write by another window opens the conflict dialog; the typed answer
        stays where it is whatever happens.
        """
        if self.busy:
            return "still saving the previous change…"
        if self.read_only:
            return "this window is read-only; take over to answer here"
        self.busy = True
        self.query_one(Composer).set_busy(True)
        try:
            outcome = await commit_change(self.interview, change)
        finally:
            self.busy = False
            self.query_one(Composer).set_busy(False)
        if outcome.conflict:
            self._conflict(outcome.error or "")
            return "not saved: the session changed in another window"
        if outcome.store_failed:
            self.notify(outcome.error or "", title="Not saved", severity="error", timeout=10)
            return f"not saved: {outcome.error}"
        if outcome.error is not None:
            return outcome.error
        self._catch_up()
        return None

    @work(group="db", exit_on_error=False)
    async def _run(self, change: Callable[[], Any], *, new_input: bool = True) -> None:
        """A navigation change (back, skip, jump…): errors become notifications."""
        self._keep_draft()
        error = await self.commit(change)
        if error:
            self.notify(error, severity="warning")
            return
        await self.refresh_view(new_input=new_input)

    @on(AnswerInput.Submitted)
    async def _answer(self, event: AnswerInput.Submitted) -> None:
        event.stop()
        composer = self.query_one(Composer)
        question = composer.question
        if question is None or event.answer_input is not composer.answer_input:
            return
        self._send(question.id, event.raw)

    @work(group="db", exit_on_error=False)
    async def _send(self, question_id: str, raw: Any) -> None:
        composer = self.query_one(Composer)
        if self._review_extraction(question_id, raw):
            return
        error = await self.commit(lambda: self.interview.answer(raw, question_id=question_id))
        if error:
            composer.show_error(error)
            return
        self.drop_draft(question_id)
        await self.refresh_view(new_input=True)
        self.post_message(AnswerCommitted(question_id, raw))

    def on_answer_committed(self, event: AnswerCommitted) -> None:
        """A thin answer: say (once, quietly) that ctrl+k offers a follow-up question."""
        from assistant.tui.screens.llm_help import followup_hint

        event.stop()
        question = self.interview.question(event.question_id)
        hint = followup_hint(lambda: self._llm_settings(), question, event.raw)
        if hint:
            self.notify(keys_in_force(self.app, hint), timeout=6)

    def _llm_settings(self) -> LLMSettings:
        return cast("HasLLMSettings", self.app).llm_settings

    def _review_extraction(self, question_id: str, raw: Any) -> bool:
        """Free text to a flows question (alone, or beside flows added with the form):
        propose flows from the text for the user to review; accepted, they answer the
        question together with the form's flows."""
        if self.interview.question(question_id).kind.value != "flows":
            return False
        from assistant.tui.screens.extraction_review import (
            needs_extraction,
            review_free_text_flows,
        )

        if isinstance(raw, str):
            keep: list[Any] = []
            text = raw
        elif isinstance(raw, list) and any(isinstance(item, str) for item in raw):
            keep = [item for item in raw if not isinstance(item, str)]
            text = "\n".join(item for item in raw if isinstance(item, str))
        else:
            return False
        if not needs_extraction(self.interview, question_id, text):
            return False
        self._keep_draft()  # the paragraph stays on disk while its flows are reviewed
        review_free_text_flows(self, self.interview, question_id, text, keep=keep)
        return True

    def on_extraction_decided(self, event: ExtractionDecided) -> None:
        event.stop()
        self._commit_decision(event.question_id, event.outcome, event.keep)

    @work(group="db", exit_on_error=False)
    async def _commit_decision(
        self, question_id: str, outcome: ReviewOutcome, keep: list[Any]
    ) -> None:
        """Commit what the user decided about a proposal (one commit), then move on."""
        from assistant.models.infoflow import InformationFlow
        from assistant.services import proposals

        interview = self.interview
        if outcome.decision == "rejected":
            error = await self.commit(lambda: proposals.reject(interview, outcome.proposal))
            if error is None:
                self.notify("Proposal rejected; your text is kept to edit or rewrite.")
            return
        how = "some" if outcome.decision == "some" else outcome.decision
        given = [InformationFlow.model_validate(item) for item in keep]
        error = await self.commit(
            lambda: proposals.accept(
                interview, outcome.proposal, [*given, *outcome.flows], how, outcome.accepted
            )
        )
        if error is not None:
            self.notify(error, severity="warning")
            return
        self.drop_draft(question_id)
        await self.refresh_view(new_input=True)

    def action_llm_help(self) -> None:
        """ctrl+k: help from the LLM (follow-up, draft, section summary, use-case ideas)."""
        from assistant.tui.screens.llm_help import offer_help

        offer_help(self, self.interview, self._llm_settings)

    async def on_help_draft_chosen(self, event: HelpDraftChosen) -> None:
        """An LLM draft the user took: in the answer box to edit, never sent for them."""
        event.stop()
        self.drafts[event.question_id] = event.text
        await self.refresh_view(new_input=True)

    async def save_edit(self, question_id: str, raw: Any) -> str | None:
        """Used by the edit dialog: change an earlier answer without moving on."""
        error = await self.commit(lambda: self.interview.edit(question_id, raw))
        if error is None:
            await self.refresh_view()
        return error

    # --- actions --------------------------------------------------------------------
    def action_back(self) -> None:
        self._run(self.interview.back)

    def action_skip(self) -> None:
        if self.interview.current() is None:
            self.notify("Nothing left to skip.", severity="warning")
            return
        self._run(self.interview.skip)

    def jump_to(self, section_id: str) -> None:
        self._run(lambda: self.interview.jump(section_id))

    def go_to(self, question_id: str) -> None:
        self._run(lambda: self.interview.goto(question_id))

    def action_jump(self) -> None:
        sections = [(s.id, section_label(s.title)) for s in self.interview.flow.sections]

        def chosen(section_id: str | None) -> None:
            if section_id:
                self.jump_to(section_id)

        self.app.push_screen(
            ActionDialog("Jump to a section", "Where do you want to continue?", sections),
            chosen,
        )

    @on(SectionSidebar.JumpRequested)
    def _jump_from_sidebar(self, event: SectionSidebar.JumpRequested) -> None:
        self.jump_to(event.section_id)

    def action_help(self) -> None:
        question = self.interview.current()
        text = ""
        if question is not None:
            text = question_help(
                self.interview.prompt(question),
                self.interview.engine.help(self.interview.state, question),
                question.example,
            )
        self.app.push_screen(HelpScreen(text))

    async def action_toggle_document(self) -> None:
        self.document_shown = not self.document_shown
        panel = self.query_one(DocumentPanel)
        panel.set_class(self.document_shown, "-shown")
        self.set_class(self.document_shown, "-document")
        if self.document_shown:
            self.query_one(DocumentPanel).reveal(self._document_builder())

    def _document_builder(self) -> Callable[[], str]:
        """The framing of the session as it is when called (run off the UI thread)."""
        interview = self.interview

        def build() -> str:
            with interview_lock(interview):  # never half an answer being committed
                return framing_markdown(interview)

        return build

    def _show_document(self, *, later: bool = False) -> None:
        """The session changed: redraw the panel (built in a worker); ``later``: the panel
        is hidden, lay the document out once answers pause (issue 16 item 7)."""
        panel = self.query_one(DocumentPanel)
        if later:
            panel.prepare(self._document_builder())
        else:
            panel.show(self._document_builder())

    def action_toggle_sidebar(self) -> None:
        self.toggle_class("-no-sidebar")

    def action_select_answer(self) -> None:
        bubble = self.query_one(ChatLog).last_answer()
        if bubble is None:
            self.notify("No answer to change yet.")
            return
        bubble.focus()
        bubble.scroll_visible()

    def action_flows(self) -> None:
        """F3: the flows & hot spots screen over this session."""
        from assistant.tui.screens.flows import InfoFlowsScreen

        self._open_design(
            InfoFlowsScreen(self.interview, read_only=self.read_only), "the flows screen"
        )

    def action_usecases(self) -> None:
        """F5: the use-case scoring screen over this session."""
        from assistant.tui.screens.usecases import UseCasesScreen

        screen = UseCasesScreen(self.interview, read_only=self.read_only)
        self._open_design(screen, "the use-case screen")

    def _open_design(self, screen: Screen[None], where: str) -> None:
        """Push a Design-Data screen; back here, catch up with what it committed.

        It edits this same ``Interview``, so the conversation only has to show the new
        events and the input to follow the answers it changed (a draft typed for a
        question whose answer changed there is dropped: the stored answer is newer).
        """
        self._keep_draft()
        last = self._last_seq()
        before = dict(self.interview.state.answers)

        async def closed(_: None) -> None:
            if self._last_seq() == last:
                return
            answers = self.interview.state.answers
            for question_id in [q for q in self.drafts if answers.get(q) != before.get(q)]:
                self.drop_draft(question_id)
            self._catch_up_visit(before, where)
            await self.refresh_view(new_input=True)

        self.app.push_screen(screen, closed)

    def action_review(self) -> None:
        from assistant.tui.screens.review import ReviewScreen

        self._keep_draft()
        before = dict(self.interview.state.answers)

        def chosen(question_id: str | None) -> None:
            # edits made from review (its flows / use-case screens): one line
            self._catch_up_visit(before, "the review screens")
            if question_id:
                self.go_to(question_id)
            else:
                self.call_after_refresh(self.refresh_view)

        self.app.push_screen(ReviewScreen(self.interview, editor=self.save_edit), chosen)

    def action_home(self) -> None:
        self._keep_draft()
        self.dismiss(None)

    @on(AnswerBubble.EditRequested)
    def _edit(self, event: AnswerBubble.EditRequested) -> None:
        self.edit_answer(event.question_id)

    def edit_answer(self, question_id: str) -> None:
        if self.read_only:
            self.notify("This window is read-only; take over to change answers.")
            return
        interview = self.interview
        question = interview.question(question_id)
        if not interview.engine.applies(interview.state, question_id):
            self.notify("That question no longer applies to this session.", severity="warning")
            return

        async def save(raw: Any) -> str | None:
            return await self.save_edit(question_id, raw)

        def closed(_saved: bool | None) -> None:
            # back to the question being asked (the focus was on the bubble)
            self.query_one(Composer).focus_answer()

        self.app.push_screen(
            EditAnswerDialog(
                question,
                interview.prompt(question),
                interview.choices(question),
                interview.state.answers.get(question_id),
                save,
            ),
            closed,
        )

    @on(Button.Pressed, "#review")
    def _review_button(self) -> None:
        self.action_review()

    @on(Button.Pressed, "#take-over")
    async def _take_over(self) -> None:
        await self.reload()
        self.read_only = False
        if self.session_lock is not None and not self.session_lock.acquire():
            self.notify(
                "You took over: the other window will be told on its next change.",
                title="Taking over",
            )
        await self.refresh_view(new_input=True)

    @on(Button.Pressed, "#skip")
    def _skip_button(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_skip()

    # --- other windows --------------------------------------------------------------
    def _last_seq(self) -> int:
        return self.interview.events[-1].seq if self.interview.events else 0

    async def _check_external(self) -> None:
        """Follow writes by another window, process or participant (one indexed row
        read). The view catches up at once, unless something typed here is not sent:
        then it stays put and says so, and sending it shows the conflict."""
        if self.busy or self._conflict_open:
            return
        try:
            record = await asyncio.to_thread(self.interview.store.session, self.interview.id)
        except UserError:
            return
        if record.event_count <= self._last_seq():
            return
        if self.read_only or not self._typing():
            await self.reload()
            if not self.read_only:
                self.notify(
                    "Updated with answers given in another window or by another participant.",
                    title="Live",
                )
            return
        self.notify(
            "Another window or participant changed this session. What you typed is kept;"
            " sending it will show what changed.",
            title="Changed elsewhere",
            severity="warning",
        )

    def _typing(self) -> bool:
        """True when the input holds text not yet sent (and not the stored answer)."""
        composer = self.query_one(Composer)
        if composer.question is None or composer.answer_input is None:
            return False
        try:
            raw = composer.answer_input.draft()
        except Exception:
            return True  # half-typed and not even valid yet: still the user's text
        return not self._untouched(composer.question, raw)

    def _untouched(self, question: Question, raw: Any) -> bool:
        """Nothing of the user's own in the input: empty, the stored answer, or the
        suggestion it was pre-filled with."""
        if raw in ("", None, []) or raw == self.interview.state.answers.get(question.id):
            return True
        suggestion = self.interview.suggestion(question)
        return suggestion is not None and raw == suggestion.value

    def _conflict(self, message: str) -> None:
        if self._conflict_open:
            return
        self._conflict_open = True

        async def chosen(choice: str | None) -> None:
            self._conflict_open = False
            await self.reload()
            if choice == "readonly":
                self.read_only = True
            await self.refresh_view()

        self.app.push_screen(
            ActionDialog(
                "Changed elsewhere",
                f"{message}\nReload it and continue here, or follow it read-only."
                " What you typed here is kept.",
                [("reload", "Reload and continue"), ("readonly", "Read-only")],
            ),
            chosen,
        )

    async def reload(self) -> None:
        """Reopen the session from the store and redraw the conversation."""
        self._keep_draft()
        try:
            self.interview = await asyncio.to_thread(self.app_.service.open, self.interview.id)
        except UserError as error:
            self.notify(str(error), severity="error", title="Cannot reload")
            return
        self.conversation = Conversation(self.interview.engine)
        chat = self.query_one(ChatLog)
        await chat.remove_children()
        chat.add_entries(self.conversation.feed(self.interview.events), follow=True)
        await self.refresh_view()
