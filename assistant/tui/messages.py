"""Messages that workers and dialogs post to the screens (issue 13).

Messages go up, method calls go down: a thread worker posts one of these
(``post_message`` is thread-safe) and the screen reacts in an ``on_<message>`` handler
on the UI thread, instead of a helper taking the screen and calling back into it.
Each is a small ``Message`` with typed fields (tconbeer/harlequin's ``messages.py``).

This module imports no screen, so screens, dialogs and helpers can all post them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from textual.message import Message

if TYPE_CHECKING:
    from assistant.hypergraph.model import InfoFlowModel
    from assistant.models.document import CheckResult
    from assistant.models.infoflow import InformationFlow
    from assistant.models.usecase import UseCase
    from assistant.services.llm_help import HelpResult
    from assistant.services.proposals import Proposal
    from assistant.tui.design_view import DesignView

Decision = Literal["all", "some", "edited", "rejected"]


@dataclass
class ReviewOutcome:
    """What the user decided about a proposal (the extraction review's result)."""

    decision: Decision
    proposal: Proposal
    flows: list[InformationFlow]
    accepted: list[int] | None = None


# --- the app's start-up worker -> the app ----------------------------------------------
class StoreReady(Message):
    """The store is open and the settings loaded (after the first frame)."""


class StoreFailed(Message):
    """The store cannot be opened (locked, foreign, newer schema): ``message``, one line."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


# --- the extraction review's worker -> the review screen ----------------------------
class ProposalReady(Message):
    """The extractor proposed flows from the answer: show them for review."""

    def __init__(self, proposal: Proposal) -> None:
        super().__init__()
        self.proposal = proposal


class ExtractionFailed(Message):
    """The extractor gave no proposal (``message`` says why, on one line)."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


# --- the LLM help's streaming worker -> the help screen ------------------------------
class HelpChunk(Message):
    """A piece of the help text, as the model writes it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class HelpFinished(Message):
    """The help is complete (``result``) or failed (``error``, one line)."""

    def __init__(self, result: HelpResult | None, error: str | None) -> None:
        super().__init__()
        self.result = result
        self.error = error


# --- dialogs and workers -> the interview screen -----------------------------------
class ExtractionDecided(Message):
    """The user decided about the flows proposed from a free-text answer: commit it.

    ``keep`` are flows given beside the text (with the form): accepted flows are added
    to them, so the answer is both."""

    def __init__(self, question_id: str, outcome: ReviewOutcome, keep: list[Any]) -> None:
        super().__init__()
        self.question_id = question_id
        self.outcome = outcome
        self.keep = keep


class HelpDraftChosen(Message):
    """The user took an LLM draft for ``question_id``: put it in the answer box (it is
    never sent for them)."""

    def __init__(self, question_id: str, text: str) -> None:
        super().__init__()
        self.question_id = question_id
        self.text = text


class AnswerCommitted(Message):
    """An answer to ``question_id`` is on disk (the interview's send worker)."""

    def __init__(self, question_id: str, raw: Any) -> None:
        super().__init__()
        self.question_id = question_id
        self.raw = raw


# --- screen workers -> their screen --------------------------------------------------
class ChecksReady(Message):
    """The checks across sections, run off the UI thread."""

    def __init__(self, checks: list[CheckResult]) -> None:
        super().__init__()
        self.checks = checks


class DesignViewReady(Message):
    """The flows screen's model, ranking and diagram, computed off the UI thread."""

    def __init__(self, view: DesignView) -> None:
        super().__init__()
        self.view = view


class UseCasesProposed(Message):
    """Use cases proposed from the hot spots of ``model`` (computed off the UI thread)."""

    def __init__(self, model: InfoFlowModel, proposals: list[UseCase]) -> None:
        super().__init__()
        self.model = model
        self.proposals = proposals


# --- the export dialog's worker -> the dialog ---------------------------------------
class ExportWritten(Message):
    """The export is written at ``path``."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class ExportFailed(Message):
    """The export was not written (``message``, one line)."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


class ExportTargetExists(Message):
    """Nothing written: ``path`` exists (pressing Export again replaces it)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
