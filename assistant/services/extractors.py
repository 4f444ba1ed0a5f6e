"""The one extractor factory, used by the CLI (`extract`, `run`), the TUI and headless runs.

It decides between the LLM extractor (a model is configured) and the offline one, and
wires the LLM's call log and cancellation. Callers differ only in what they pass: the
CLI asks for the offline fallback (a script must get an answer), the TUI does not (it
offers an "Offline" button when the model fails, so the user sees what happened).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.extract.base import Extractor
    from assistant.llm.client import CallContext
    from assistant.llm.config import LLMSettings
    from assistant.models.infoflow import Actor, Extraction
    from assistant.store.base import Store


def make_extractor(
    settings: LLMSettings | None = None,
    *,
    store: Callable[[], Store] | None = None,
    context: CallContext | None = None,
    cancel: threading.Event | None = None,
    fallback: bool = False,
) -> Extractor:
    """The LLM extractor when ``settings`` name a model, else the offline one.

    ``store`` opens the store the LLM calls are logged to (only called when a model is
    used, so the offline path opens nothing); ``fallback`` makes a failed LLM call fall
    back to the offline extractor instead of raising.
    """
    from assistant.extract.offline import OfflineExtractor

    if settings is None:
        from assistant.llm.config import load_settings

        settings = load_settings()
    if not settings.enabled:
        return OfflineExtractor()
    from assistant.llm.extractor import LLMExtractor
    from assistant.llm.log import CallLog

    return LLMExtractor(
        settings,
        log=CallLog(store()) if store is not None else None,
        context=context,
        cancel=cancel,
        fallback=OfflineExtractor() if fallback else None,
    )


class LazyExtractor:
    """``make_extractor`` deferred until a text needs one (headless runs of notation only
    never import the LLM packages). Settings given here are read by the caller at once, so
    a bad ``--model`` fails before anything is written; ``None`` reads the configured ones
    when a text needs them."""

    name = "lazy"

    def __init__(
        self, settings: LLMSettings | None, store: Callable[[], Store] | None = None
    ) -> None:
        self.settings = settings
        self.store = store
        self._extractor: Extractor | None = None

    def extract(self, text: str, known_actors: list[Actor] | None = None) -> Extraction:
        if self._extractor is None:
            self._extractor = make_extractor(self.settings, store=self.store, fallback=True)
        return self._extractor.extract(text, known_actors)
