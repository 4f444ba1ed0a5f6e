"""Interview help from the LLM, streamed as it is written, in a modal.

On demand only (ctrl+k in the interview, or a suggestion after a thin answer): a
follow-up question, a draft of the strategic statement or value proposition, a section
summary, use-case ideas from the hot spots. The text streams from a thread worker
(each chunk posted as a ``HelpChunk`` message, then ``HelpFinished``; auto-scroll only
when already at the bottom); escape stops it. A draft can be put into the answer box to
edit: it is posted to the screen that asked (``HelpDraftChosen``), never sent for the
user, and no help ever changes the question flow. ``offer_help`` is the one call the
interview screen makes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, LoadingIndicator, Static

from assistant.errors import UserError
from assistant.tui.messages import HelpChunk, HelpDraftChosen, HelpFinished

if TYPE_CHECKING:
    from assistant.llm.config import HasLLMSettings, LLMSettings
    from assistant.models.flowdef import Question
    from assistant.services.interview import Interview
    from assistant.services.llm_help import Helper, HelpKind, HelpResult

TITLES = {
    "followup": "A follow-up question",
    "strategic_statement": "Draft strategic statement",
    "value_proposition": "Draft value proposition",
    "section_summary": "Section summary",
    "usecase_ideas": "Use-case ideas from the hot spots",
}


class LLMHelpScreen(ModalScreen[str | None]):
    """Streams one help text; returns it when the user chooses to use it as a draft."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="llm_help.close", tooltip="Stop and close"),
        Binding(
            "ctrl+j",
            "use",
            "Use as draft",
            id="llm_help.use",
            tooltip="Put this text in the answer box to edit (nothing is sent)",
        ),
    ]
    DEFAULT_CSS = """
    LLMHelpScreen .llm-help-dialog { width: 100; }
    LLMHelpScreen #llm-help-scroll { height: auto; max-height: 20; }
    LLMHelpScreen #llm-help-text { height: auto; }
    LLMHelpScreen #llm-help-status { color: $text-muted; height: auto; }
    LLMHelpScreen LoadingIndicator { height: 1; }
    LLMHelpScreen .-hidden { display: none; }
    """

    def __init__(
        self,
        interview: Interview,
        kind: HelpKind,
        *,
        question_id: str | None = None,
        section_id: str | None = None,
        helper: Helper | None = None,
        usable: bool = False,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.interview = interview
        self.kind = kind
        self.question_id = question_id
        self.section_id = section_id
        self._helper = helper
        self.usable = usable
        self.text = ""
        self.done = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog llm-help-dialog") as dialog:
            dialog.border_title = TITLES.get(self.kind.value, "Help")
            yield LoadingIndicator()
            with VerticalScroll(id="llm-help-scroll"):
                yield Static("", id="llm-help-text", markup=False)
            yield Static("", id="llm-help-status", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    "Use as draft (^j)", id="llm-help-use", variant="primary", compact=True
                )
                yield Button("Close (esc)", id="llm-help-close", compact=True)

    def on_mount(self) -> None:
        self.query_one("#llm-help-use").set_class(True, "-hidden")
        self._stream()

    def helper(self) -> Helper:
        if self._helper is None:
            from assistant.llm.log import CallLog
            from assistant.services.llm_help import Helper

            app = cast("HasLLMSettings", self.app)
            self._helper = Helper(app.llm_settings, log=CallLog(self.interview.store))
        return self._helper

    @work(thread=True, exclusive=True, exit_on_error=False, group="llm-help")
    def _stream(self) -> None:
        from assistant.llm.client import LLMCancelled, LLMError
        from assistant.services.llm_help import HelpKind

        def chunk(piece: str) -> None:
            self.post_message(HelpChunk(piece))

        try:
            helper = self.helper()
            interview = self.interview
            if self.kind is HelpKind.followup:
                result = helper.followup(interview, self.question_id or "", chunk)
            elif self.kind is HelpKind.section_summary:
                result = helper.section_summary(interview, self.section_id or "", chunk)
            elif self.kind is HelpKind.usecase_ideas:
                result = helper.usecase_ideas(interview, chunk)
            else:
                result = helper.draft(interview, self.kind, chunk)
        except LLMCancelled:
            return
        except (LLMError, UserError) as error:
            self.post_message(HelpFinished(None, str(error)))
            return
        except Exception as error:  # a provider bug must not take the app down
            self.post_message(HelpFinished(None, f"{type(error).__name__}: {error}"))
            return
        self.post_message(HelpFinished(result, None))

    def on_help_chunk(self, event: HelpChunk) -> None:
        event.stop()
        if self.done:
            return  # a chunk queued behind the end: the final text is shown
        scroll = self.query_one("#llm-help-scroll", VerticalScroll)
        at_bottom = scroll.scroll_y >= scroll.max_scroll_y - 1
        self.text += event.text
        self.query_one("#llm-help-text", Static).update(self.text)
        if at_bottom:
            scroll.scroll_end(animate=False)

    def on_help_finished(self, event: HelpFinished) -> None:
        event.stop()
        self._finish(event.result, event.error)

    def _finish(self, result: HelpResult | None, error: str | None) -> None:
        self.done = True
        self.query_one(LoadingIndicator).set_class(True, "-hidden")
        status = self.query_one("#llm-help-status", Static)
        if error is not None:
            status.update(f"No help this time: {error}")
            return
        assert result is not None
        self.text = result.text
        self.query_one("#llm-help-text", Static).update(self.text)
        status.update(
            f"{result.model} · {result.latency_ms / 1000:.1f} s · a suggestion, edit freely"
        )
        if self.usable and self.text:
            self.query_one("#llm-help-use").set_class(False, "-hidden")

    def action_use(self) -> None:
        if self.done and self.usable and self.text:
            self.dismiss(self.text)

    def action_close(self) -> None:
        if not self.done and self._helper is not None:
            self._helper.cancel.set()
        self.dismiss(None)

    @on(Button.Pressed, "#llm-help-use")
    def _use(self) -> None:
        self.action_use()

    @on(Button.Pressed, "#llm-help-close")
    def _close(self) -> None:
        self.action_close()


def help_choices(interview: Interview) -> list[tuple[str, str]]:
    """The helps that make sense where the interview is (id, button label)."""
    from assistant.models.flowdef import QuestionKind

    choices: list[tuple[str, str]] = []
    state = interview.state
    current = interview.current()
    answered = [
        q
        for q, when in sorted(state.answered_at.items(), key=lambda kv: kv[1])
        if q in state.answers
    ]
    if answered and interview.question(answered[-1]).kind is QuestionKind.text:
        choices.append(("followup", "Follow-up on my last answer"))
    if current is not None and current.id in ("strategic_statement", "value_proposition"):
        choices.append((current.id, "Draft this answer"))
    if current is not None or answered:
        choices.append(("section_summary", "Summarise this section"))
    if any(
        q.kind is QuestionKind.flows and q.id in state.answers for q in interview.engine.questions
    ):
        choices.append(("usecase_ideas", "Use-case ideas from the hot spots"))
    return choices


def offer_help(
    reply_to: Screen[Any],
    interview: Interview,
    settings: Callable[[], LLMSettings],
    *,
    helper: Helper | None = None,
) -> None:
    """ctrl+k in the interview: pick a help, stream it; a draft the user takes is posted
    to ``reply_to`` as ``HelpDraftChosen``.

    ``settings`` gives the app's LLM settings (read once per app; ``UserError`` when
    they are invalid); with ``helper`` given (tests) they are not asked for.
    """
    from assistant.services.llm_help import HelpKind
    from assistant.tui.dialogs.confirm import ActionDialog

    if helper is None:
        try:
            enabled = settings().enabled
        except UserError as error:
            reply_to.notify(str(error), severity="error")
            return
        if not enabled:
            reply_to.notify(
                "No LLM configured: set DATA360_MODEL (e.g. ollama:llama3.2) or the llm"
                " section of the config file; `data360 llm check` tests it.",
                title="Help from an LLM",
                timeout=8,
            )
            return
    choices = help_choices(interview)
    if not choices:
        reply_to.notify("Answer a question first: there is nothing to help with yet.")
        return

    def chosen(choice: str | None) -> None:
        if not choice:
            return
        kind = HelpKind(choice)
        current = interview.current()
        question_id = current.id if current else None
        section_id = interview.engine.section_of[current.id].id if current else None
        if kind is HelpKind.followup:
            answered = interview.state.answered_at
            question_id = max(answered, key=answered.__getitem__)
        if section_id is None:
            section_id = list(interview.engine.sections)[-1]
        usable = kind in (HelpKind.strategic_statement, HelpKind.value_proposition)
        target = question_id

        def used(text: str | None) -> None:
            if text and target:
                reply_to.post_message(HelpDraftChosen(target, text))

        reply_to.app.push_screen(
            LLMHelpScreen(
                interview,
                kind,
                question_id=question_id,
                section_id=section_id,
                helper=helper,
                usable=usable,
            ),
            used,
        )

    reply_to.app.push_screen(
        ActionDialog("Help from the LLM", "What would help now?", choices), chosen
    )


def followup_hint(settings: Callable[[], LLMSettings], question: Question, raw: Any) -> str | None:
    """After a thin answer, the quiet hint that a follow-up question is available (None
    when no model is configured or the answer is not thin)."""
    from assistant.services.llm_help import suggest_followup

    try:
        if not settings().enabled:  # read once per app, not per answer
            return None
    except UserError:
        return None
    if suggest_followup(question, raw):
        return "That answer is short: ctrl+k offers a follow-up question to make it concrete."
    return None
