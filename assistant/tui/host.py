"""What screens may ask of the app, as a Protocol, so that no screen imports the app.

``tui/app.py`` imports the home screen and the command palette; if screens imported the
app back (even for a type), the modules would form a cycle (issue 13). Screens reach the
app through ``host(self.app)``, typed by this Protocol, which ``Data360App`` satisfies.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from textual.app import App

    from assistant.services.interview import Interview, InterviewService
    from assistant.settings import Settings
    from assistant.store.base import Store
    from assistant.store.unsent import UnsentDrafts


class AppHost(Protocol):
    """The session plumbing of the data360 app that its screens use."""

    db_label: str

    @property
    def export_folder(self) -> Path: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def store(self) -> Store: ...

    @property
    def service(self) -> InterviewService: ...

    @property
    def drafts(self) -> UnsentDrafts: ...

    def sessions(self) -> list[Any]: ...

    def start_session(self, title: str, perimeter: str) -> Interview: ...

    def open_session(self, session_id: str) -> Interview | None: ...

    def import_session(self, path: str) -> str: ...

    def resume(self, session_id: str) -> None: ...

    def review(self, session_id: str) -> None: ...

    async def open_interview(self, interview: Interview, then: str | None = None) -> None: ...

    def action_toggle_theme(self) -> None: ...


def host(app: App[Any]) -> AppHost:
    """The running app seen through ``AppHost`` (a cast: the app is a Data360App)."""
    return cast("AppHost", app)
