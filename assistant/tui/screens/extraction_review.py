"""Flows proposed from a free-text answer: extracted in a worker, then reviewed.

The extraction (LLM or offline) runs in a thread worker while a spinner turns; escape
cancels it at once (the LLM call is abandoned, nothing is recorded, the typed answer is
kept). The proposals then appear as a checklist: accept all, accept the checked ones,
edit them as flow notation, or reject. The worker posts ``ProposalReady`` or
``ExtractionFailed`` to this screen; the screen returns a ``ReviewOutcome``, which
``review_free_text_flows`` posts to the screen that asked (``ExtractionDecided``): the
interview screen commits it (``assistant.services.proposals``), so what is shown next
is what is on disk.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Label, LoadingIndicator, Static, TextArea
from textual.widgets.selection_list import Selection

from assistant.errors import UserError
from assistant.models.infoflow import InformationFlow, maturity_label
from assistant.tui.messages import (
    Decision,
    ExtractionDecided,
    ExtractionFailed,
    ProposalReady,
    ReviewOutcome,
)
from assistant.tui.text import one_line
from assistant.tui.widgets.checklist import CheckList
from assistant.tui.widgets.keys_in_order import OrderedTextArea

if TYPE_CHECKING:
    from assistant.llm.config import HasLLMSettings
    from assistant.services.interview import Interview
    from assistant.services.proposals import Proposal

__all__ = ["ExtractionReviewScreen", "ReviewOutcome", "review_free_text_flows"]

ExtractorFactory = Callable[[threading.Event, bool], Any]


def flow_label(flow: InformationFlow) -> Text:
    text = Text()
    # the list wraps long labels, so each part is kept nearly whole: the reviewer decides on it
    text.append(one_line(flow.source, 60), style="bold")
    text.append(" → ")
    text.append(one_line(", ".join(flow.targets), 80), style="bold")
    if flow.content:
        text.append(f": {one_line(flow.content, 100)}")
    if flow.medium:
        text.append(f" [{one_line(flow.medium, 60)}]", style="italic")
    text.append(f" ({maturity_label(flow.maturity)})", style="dim")
    if flow.frequency:
        text.append(f" {one_line(flow.frequency, 24)}", style="dim")
    if flow.pain_points:  # what hurts, read from the answer: the user sees it before accepting
        text.append(f" · pain: {one_line('; '.join(flow.pain_points), 120)}", style="italic")
    return text


class ExtractionReviewScreen(ModalScreen[ReviewOutcome | None]):
    """Propose flows from ``text`` for ``question_id`` and let the user decide."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]  # Textual: `ClassVar[...] | None`
        (0, "-narrow"),
        (100, "-wide"),
    ]
    """Below 100 columns the buttons go in rows (app.tcss), so "Close (esc)" stays on screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="extraction.cancel",
            tooltip="Stop the extraction, or close and keep your text",
        ),
        Binding("a", "accept_all", "Accept all", id="extraction.accept_all"),
        Binding("ctrl+j", "accept_checked", "Accept checked", id="extraction.accept_checked"),
        Binding("e", "edit", "Edit", id="extraction.edit", tooltip="Edit as flow notation"),
        Binding("r", "reject", "Reject", id="extraction.reject"),
    ]
    DEFAULT_CSS = """
    ExtractionReviewScreen #extraction-status { height: auto; }
    ExtractionReviewScreen LoadingIndicator { height: 3; }
    ExtractionReviewScreen CheckList { height: auto; max-height: 16; }
    ExtractionReviewScreen #extraction-warnings { color: $warning; height: auto; }
    ExtractionReviewScreen #extraction-editor { height: 12; }
    ExtractionReviewScreen #extraction-error { color: $error; height: auto; }
    ExtractionReviewScreen .-hidden { display: none; }
    """

    def __init__(
        self,
        interview: Interview,
        question_id: str,
        text: str,
        *,
        extractor_factory: ExtractorFactory | None = None,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.interview = interview
        self.question_id = question_id
        self.text = text
        self.cancel_event = threading.Event()
        self.extractor_factory = extractor_factory or self._default_extractor
        self.proposal: Proposal | None = None
        self.mode: Literal["running", "review", "edit", "failed"] = "running"
        self.started = 0.0

    def _default_extractor(self, cancel: threading.Event, offline: bool) -> Any:
        from assistant.services.proposals import extractor_for

        if offline:  # the user asked for the offline reader: nothing to read or check
            from assistant.llm.config import OFFLINE, LLMSettings

            settings = LLMSettings.model_construct(model=OFFLINE)
        else:
            settings = cast("HasLLMSettings", self.app).llm_settings
        return extractor_for(self.interview, self.question_id, settings=settings, cancel=cancel)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog extraction-dialog") as dialog:
            dialog.border_title = "Flows proposed from your answer"
            yield Static("Reading your answer…", id="extraction-status", markup=False)
            yield LoadingIndicator()
            yield CheckList[int](id="extraction-list", classes="-hidden")
            yield Static("", id="extraction-warnings", classes="-hidden", markup=False)
            yield OrderedTextArea("", id="extraction-editor", classes="-hidden")
            yield Label("", id="extraction-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Accept all (a)", id="accept-all", variant="primary", compact=True)
                yield Button("Accept checked (^j)", id="accept-checked", compact=True)
                yield Button("Edit (e)", id="edit", compact=True)
                yield Button("Reject (r)", id="reject", variant="error", compact=True)
                yield Button("Offline", id="offline", compact=True, classes="-hidden")
                yield Button("Close (esc)", id="close", compact=True)

    def on_mount(self) -> None:
        self.set_interval(0.5, self._tick, name="extraction-tick")
        self._start(offline=False)

    # ------------------------------------------------------------------ running
    def _start(self, *, offline: bool) -> None:
        self.cancel_event = threading.Event()
        self.started = time.monotonic()
        self._set_mode("running")
        self._extract(offline)

    def _tick(self) -> None:
        if self.mode == "running":
            seconds = time.monotonic() - self.started
            self.query_one("#extraction-status", Static).update(
                f"Reading your answer… {seconds:.0f} s (esc cancels; your text is kept)"
            )

    @work(thread=True, exclusive=True, exit_on_error=False, group="extraction")
    def _extract(self, offline: bool) -> None:
        from assistant.llm.client import LLMCancelled
        from assistant.services.proposals import propose

        try:
            extractor = self.extractor_factory(self.cancel_event, offline)
            proposal = propose(self.interview, self.question_id, self.text, extractor)
        except LLMCancelled:
            return
        except UserError as error:
            self.post_message(ExtractionFailed(str(error)))
            return
        except Exception as error:  # an extractor bug must not take the app down
            self.post_message(ExtractionFailed(f"extraction failed: {error}"))
            return
        if not self.cancel_event.is_set():
            self.post_message(ProposalReady(proposal))

    def on_extraction_failed(self, event: ExtractionFailed) -> None:
        event.stop()
        self._set_mode("failed")
        self.query_one("#extraction-status", Static).update(
            f"No proposal: {event.message}. Try the offline extractor, or close and type the flows."
        )

    def on_proposal_ready(self, event: ProposalReady) -> None:
        event.stop()
        self.proposal = proposal = event.proposal
        flows = proposal.extraction.flows
        listing = self.query_one("#extraction-list", CheckList)
        listing.clear_options()
        listing.add_options(
            [Selection(flow_label(f), i, initial_state=True) for i, f in enumerate(flows)]
        )
        made_by = proposal.provenance.get("model") or proposal.extractor
        latency = proposal.provenance.get("latency_ms")
        timing = f" in {latency / 1000:.1f} s" if isinstance(latency, int) else ""
        status = (
            f"{len(flows)} flow(s) proposed by {made_by}{timing}. Uncheck any you do not want."
            if flows
            else f"No flow found by {made_by}{timing}. Edit to write them, or close."
        )
        self.query_one("#extraction-status", Static).update(status)
        warnings = proposal.extraction.warnings
        box = self.query_one("#extraction-warnings", Static)
        box.update("\n".join(f"! {one_line(w, 140)}" for w in warnings[:8]))
        box.set_class(not warnings, "-hidden")
        self._set_mode("review")
        if flows:
            listing.focus()

    def _set_mode(self, mode: Literal["running", "review", "edit", "failed"]) -> None:
        self.mode = mode
        has_flows = bool(self.proposal and self.proposal.extraction.flows)
        self.query_one(LoadingIndicator).set_class(mode != "running", "-hidden")
        self.query_one("#extraction-list").set_class(mode != "review" or not has_flows, "-hidden")
        self.query_one("#extraction-editor").set_class(mode != "edit", "-hidden")
        if mode != "review":
            self.query_one("#extraction-warnings").add_class("-hidden")
        shown = {
            "running": {"close"},
            "review": {"accept-all", "accept-checked", "edit", "reject", "close"}
            if has_flows
            else {"edit", "reject", "close"},
            "edit": {"accept-checked", "close"},
            "failed": {"offline", "close"},
        }[mode]
        for button in self.query(".dialog-buttons Button"):
            button.set_class(button.id not in shown, "-hidden")
        self.query_one("#accept-checked", Button).label = (
            "Save edited (^j)" if mode == "edit" else "Accept checked (^j)"
        )
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("accept_all", "reject", "edit"):
            return self.mode == "review"
        if action == "accept_checked":
            return self.mode in ("review", "edit")
        return True

    # ------------------------------------------------------------------ decisions
    def _outcome(self, decision: Decision, flows: list[InformationFlow], accepted=None) -> None:
        assert self.proposal is not None
        self.dismiss(ReviewOutcome(decision, self.proposal, flows, accepted))

    def action_accept_all(self) -> None:
        if self.proposal is not None and self.proposal.extraction.flows:
            flows = self.proposal.extraction.flows
            self._outcome("all", list(flows), list(range(len(flows))))

    def action_accept_checked(self) -> None:
        if self.mode == "edit":
            self._save_edited()
            return
        if self.proposal is None:
            return
        checked = sorted(self.query_one("#extraction-list", CheckList).selected)
        if not checked:
            self.query_one("#extraction-error", Label).update(
                "Nothing checked: check flows, edit them, or reject."
            )
            return
        flows = [self.proposal.extraction.flows[i] for i in checked]
        total = len(self.proposal.extraction.flows)
        self._outcome("all" if len(checked) == total else "some", flows, checked)

    def action_edit(self) -> None:
        if self.proposal is None:
            return
        from assistant.extract.notation import format_notation

        checked = sorted(self.query_one("#extraction-list", CheckList).selected)
        flows = [self.proposal.extraction.flows[i] for i in checked]
        editor = self.query_one("#extraction-editor", TextArea)
        editor.text = format_notation(flows)
        self._set_mode("edit")
        editor.focus()

    def _save_edited(self) -> None:
        from assistant.extract.notation import NotationError, parse_notation

        text = self.query_one("#extraction-editor", TextArea).text
        try:
            flows = parse_notation(text)
        except (NotationError, ValueError) as error:
            self.query_one("#extraction-error", Label).update(one_line(str(error), 200))
            return
        if not flows:
            self.query_one("#extraction-error", Label).update("No flow left to save.")
            return
        self._outcome("edited", flows)

    def action_reject(self) -> None:
        if self.proposal is not None:
            self._outcome("rejected", [])

    def action_cancel(self) -> None:
        if self.mode == "running":
            self.cancel_event.set()
            self.notify("Extraction cancelled; your text is kept.", timeout=4)
        elif self.mode == "edit":
            self._set_mode("review")
            return
        self.dismiss(None)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        action = {
            "accept-all": self.action_accept_all,
            "accept-checked": self.action_accept_checked,
            "edit": self.action_edit,
            "reject": self.action_reject,
            "close": self.action_cancel,
            "offline": lambda: self._start(offline=True),
        }.get(event.button.id or "")
        if action is not None:
            action()


def needs_extraction(interview: Interview, question_id: str, raw: Any) -> bool:
    """The answer is free text to a flows question: it must go through a proposal."""
    from assistant.engine.answers import AnswerError, NeedsExtraction

    try:
        interview.validate(interview.question(question_id), raw)
    except NeedsExtraction:
        return True
    except (AnswerError, UserError):
        return False
    return False


def review_free_text_flows(
    reply_to: Screen[Any],
    interview: Interview,
    question_id: str,
    text: str,
    *,
    keep: list[Any] | None = None,
    extractor_factory: ExtractorFactory | None = None,
) -> None:
    """Open the review over ``reply_to``; post the user's decision to it as
    ``ExtractionDecided`` (closed or cancelled: nothing is posted, the text stays).

    ``keep`` are flows given beside the text (with the form): the screen that commits
    the decision adds the accepted flows to them, so the answer is both.
    """
    kept = list(keep or [])

    def decided(outcome: ReviewOutcome | None) -> None:
        if outcome is not None:
            reply_to.post_message(ExtractionDecided(question_id, outcome, kept))

    reply_to.app.push_screen(
        ExtractionReviewScreen(interview, question_id, text, extractor_factory=extractor_factory),
        decided,
    )
