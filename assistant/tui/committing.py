"""The one way a TUI screen writes to a session (issue 13: three copies had drifted).

The interview, the flows screen and the use-case screen each ran a change in a thread
and turned the errors into messages, each a little differently (one without the
session's lock, one without the extraction hint, none alike on a concurrent write).
``commit_change`` is that path: the change runs off the UI thread under the session's
lock (so a model or a document being built in another thread never reads half an edit),
and every refusal comes back as an ``Outcome`` the screen shows in its own way.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.engine.answers import AnswerError, NeedsExtraction
from assistant.errors import UserError
from assistant.store.base import ConcurrentWriteError
from assistant.tui.design_view import interview_lock

if TYPE_CHECKING:
    from assistant.services.interview import Interview

EXTRACTION_HINT = (
    " — describe the flows in plain words at the flows question (they are proposed for"
    " you to review), or one line of notation per flow:"
    " source -> target: content [medium] (low|medium|high)"
)


@dataclass(frozen=True)
class Outcome:
    """What became of a change: committed (``error`` is None) or why not."""

    error: str | None = None
    conflict: bool = False
    """Another window or participant wrote the session first (nothing was written)."""
    store_failed: bool = False
    """The database refused (locked, full, read-only): worth a notification."""

    @property
    def ok(self) -> bool:
        return self.error is None


async def commit_change(interview: Interview, change: Callable[[], Any]) -> Outcome:
    """Run ``change`` (a call on ``interview`` that commits) off the UI thread."""
    lock = interview_lock(interview)

    def locked() -> Any:
        with lock:
            return change()

    try:
        await asyncio.to_thread(locked)
    except NeedsExtraction as error:
        return Outcome(f"{error}{EXTRACTION_HINT}")
    except AnswerError as error:
        return Outcome(str(error))
    except ConcurrentWriteError as error:
        return Outcome(str(error), conflict=True)
    except UserError as error:
        return Outcome(str(error), store_failed=True)
    except ValueError as error:  # a model edit that does not fit (flows, use cases)
        return Outcome(str(error))
    return Outcome()
