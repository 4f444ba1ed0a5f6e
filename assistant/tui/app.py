"""The data360 Textual app: global keys, theme, command palette, and session plumbing.

``run_tui`` is what ``data360`` (no argument) calls. ``Data360App`` takes its store and
flow from the caller, so tests build it on a temporary database with a fixed clock.

Start-up is kept close to a bare Textual app's: the first screen lists the sessions with
a plain read-only query (``sessions_index``) and the real store (sqlite-utils,
migrations, pydantic) opens in a worker right after the first frame, with the engine
imported beside it. A store that cannot open (locked, foreign, newer schema) ends the
app with its one-line message, which ``run_tui`` raises for the CLI to print.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from assistant.errors import UserError
from assistant.tui.commands import Data360Commands
from assistant.tui.messages import StoreFailed, StoreReady
from assistant.tui.screens.home import HomeScreen

if TYPE_CHECKING:
    from assistant.llm.config import LLMSettings
    from assistant.models.flowdef import FlowDefinition
    from assistant.services.interview import Interview, InterviewService
    from assistant.settings import Settings
    from assistant.store.base import Store
    from assistant.store.unsent import UnsentDrafts

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


class Data360App(App[None]):
    """Home → interview → review → export, over one store."""

    CSS_PATH = str(Path(__file__).with_name("app.tcss"))  # absolute: subclasses live elsewhere
    TITLE = "data360"
    COMMANDS = App.COMMANDS | {Data360Commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            id="app.quit",
            priority=True,
            tooltip="Quit (every answer is saved; unsent text is kept for next time)",
        ),
        Binding(
            "ctrl+p",
            "command_palette",
            "Palette",
            id="app.palette",
            show=False,
            priority=True,
            key_display="^p",
            tooltip="Open the command palette (navigation, export, panels, theme)",
        ),
        # Priority, so focus moves as the key is read: the keys queued behind a Tab (typed
        # fast, sent by tmux, pasted without bracketed paste) reach the next field, not this one.
        Binding(
            "tab", "app.focus_next", "Next field", id="app.focus_next", show=False, priority=True
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous field",
            id="app.focus_previous",
            show=False,
            priority=True,
        ),
        Binding(
            "ctrl+t",
            "toggle_theme",
            "Theme",
            id="app.theme",
            show=False,
            tooltip="Switch between the light and the dark theme",
        ),
    ]

    def __init__(
        self,
        store: Store | None = None,
        *,
        db_path: str | None = None,
        open_store: Callable[[], Store] | None = None,
        flow: FlowDefinition | None = None,
        flow_file: str | None = None,
        clock: Callable[[], str] | None = None,
        lock_dir: Path | None = None,
        export_folder: Path | None = None,
        drafts_dir: Path | None = None,
        cursor_blink: bool = True,
        theme: str = DARK_THEME,
        db_label: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        if store is None and open_store is None:
            raise ValueError("give a store, or a function that opens one")
        self._store = store
        self._open_store = open_store
        self._store_lock = threading.Lock()
        self.fatal_error: str | None = None
        self.db_path = str(getattr(store, "path", None) or db_path or ":memory:")
        self.db_label = db_label or _short_path(self.db_path)
        self._flow = flow
        self.flow_file = flow_file
        self._clock = clock
        self._service: InterviewService | None = None
        self.lock_dir = lock_dir
        self._export_folder = export_folder
        self.drafts_dir = drafts_dir
        self._drafts: UnsentDrafts | None = None
        self.cursor_blink = cursor_blink
        self.initial_theme = theme
        self._settings = settings
        self._settings_lock = threading.Lock()

    # --- settings (environment and config file, read once) ---------------------------
    @property
    def settings(self) -> Settings:
        """The settings, loaded once for the app's life (``assistant.settings``).

        Loaded with the store, after the first frame (pydantic stays off the start-up
        path), or on first use if asked for before."""
        with self._settings_lock:
            if self._settings is None:
                from assistant.settings import load_settings

                self._settings = load_settings()
            return self._settings

    @property
    def llm_settings(self) -> LLMSettings:
        """The LLM settings, read once for the app's life (``UserError`` if invalid)."""
        return self.settings.llm_settings

    @property
    def export_folder(self) -> Path:
        """Where exports and screenshots go: the folder given, else the settings'."""
        return self._export_folder or self.settings.export_dir

    def _apply_settings(self) -> None:
        """The user's keymap on top of the keys in force (served: the browser's, for the
        ids the user did not set); each unusable entry or config problem is one warning."""
        from assistant.tui.keymap import usable_keymap

        settings = self.settings
        keymap, problems = usable_keymap(settings.keymap) if settings.keymap else ({}, [])
        if keymap:
            self.update_keymap(keymap)
        for problem in (*settings.warnings, *problems):
            self.notify(problem, title="Config file", severity="warning", timeout=12)

    def on_mount(self) -> None:
        self.theme = self.initial_theme
        if self.is_web:  # served (data360 serve): keys and glyphs a browser leaves alone
            from assistant.tui.browser_keys import use_browser_keys

            use_browser_keys(self)
        if self._store is None:
            self.call_after_refresh(self._warm_up)
        else:
            self._apply_settings()

    # --- the store (opened after the first frame) ------------------------------------
    @property
    def store(self) -> Store:
        """The store, opened now if the warm-up has not finished (raises UserError)."""
        with self._store_lock:
            if self._store is None:
                assert self._open_store is not None
                self._store = self._open_store()
            return self._store

    @property
    def store_is_open(self) -> bool:
        return self._store is not None

    def sessions(self) -> list[Any]:
        """The sessions for the home screen (before the store is open: a plain read)."""
        if self._store is not None:
            return self._store.sessions()
        from assistant.tui.sessions_index import read_sessions

        return read_sessions(self.db_path)

    def _warm_up(self) -> None:
        self.run_worker(self._open_in_thread, thread=True, group="store", exit_on_error=False)

    def _open_in_thread(self) -> None:
        try:
            self.store  # noqa: B018 (opening it is the point)
            import assistant.services.interview  # noqa: F401 (the engine, ready for use)
        except UserError as error:
            self.post_message(StoreFailed(str(error)))
            return
        self.settings  # noqa: B018 (loading them once, off the UI thread, is the point)
        if self.settings.keymap:
            from assistant.tui.keymap import binding_ids

            binding_ids()  # the screens' modules, imported here rather than on the UI thread
        self.post_message(StoreReady())

    def on_store_ready(self, event: StoreReady) -> None:
        self._apply_settings()
        refresh = getattr(self.screen, "reload", None)
        if isinstance(self.screen, HomeScreen) and refresh is not None:
            refresh()

    def on_store_failed(self, event: StoreFailed) -> None:
        self.fatal_error = event.message
        self.exit(return_code=1)

    def close_store(self) -> None:
        if self._store is not None:
            self._store.close()

    def get_default_screen(self) -> Screen:
        return HomeScreen()

    # --- services (imported on first use) ------------------------------------------
    @property
    def service(self) -> InterviewService:
        if self._service is None:
            from assistant.services.interview import InterviewService, utc_now

            self._service = InterviewService(self.store, clock=self._clock or utc_now)
        return self._service

    @property
    def drafts(self) -> UnsentDrafts:
        """Text typed but not sent, kept on disk per session and question."""
        if self._drafts is None:
            from assistant.store.unsent import UnsentDrafts, default_drafts_dir

            self._drafts = UnsentDrafts(self.drafts_dir or default_drafts_dir(), self.db_path)
        return self._drafts

    async def action_quit(self) -> None:
        """ctrl+q: keep what is typed but not sent (restored on resume), then quit."""
        for screen in self.screen_stack:
            keep = getattr(screen, "keep_unsent", None)
            if keep is not None:
                try:
                    keep()
                except OSError as error:  # a full disk must not stop the user quitting
                    self.notify(f"Unsent text not kept: {error}", severity="error")
        self.exit()

    def flow(self) -> FlowDefinition:
        """The flow new sessions use (``--flow``, ``DATA360_FLOW`` or the shipped one)."""
        if self._flow is None:
            from assistant.flow.loader import active_flow

            self._flow = active_flow(self.flow_file)
        return self._flow

    def start_session(self, title: str, perimeter: str) -> Interview:
        return self.service.start(self.flow(), title, perimeter, answer_perimeter=True)

    def open_session(self, session_id: str) -> Interview | None:
        """The session, or None after telling the user why it cannot be opened."""
        try:
            return self.service.open(session_id)
        except UserError as error:
            self.notify(str(error), severity="error", title="Cannot open")
            return None

    def import_session(self, path: str) -> str:
        from assistant.services.importing import import_document, read_document

        return import_document(self.store, read_document(path))

    # --- navigation -----------------------------------------------------------------
    def resume(self, session_id: str) -> None:
        interview = self.open_session(session_id)
        if interview is not None:
            self.call_later(self.open_interview, interview)

    async def open_interview(self, interview: Interview, then: str | None = None) -> None:
        """Push the interview screen, asking first if another window holds the session."""
        from assistant.tui.dialogs.confirm import ActionDialog
        from assistant.tui.screens.interview import InterviewScreen

        lock = self._lock_for(interview.id)
        if lock is None or lock.acquire():
            screen = InterviewScreen(interview, lock=lock)
            await self.push_screen(screen)
            if then:
                screen.go_to(then)
            return

        def chosen(choice: str | None) -> None:
            if choice in ("readonly", "takeover"):
                screen = InterviewScreen(interview, lock=lock, read_only=choice == "readonly")
                self.push_screen(screen)
                if then and choice == "takeover":
                    screen.call_after_refresh(screen.go_to, then)

        self.push_screen(
            ActionDialog(
                "Open in another window",
                f"This session is already open in another data360 window (process"
                f" {lock.holder()}). Follow it read-only here, or take over: the other"
                " window will be told before it can write again.",
                [("readonly", "Open read-only"), ("takeover", "Take over"), ("cancel", "Cancel")],
            ),
            chosen,
        )

    def _lock_for(self, session_id: str):
        if self.db_path in ("", ":memory:"):
            return None
        from assistant.services.session_lock import SessionLock, default_lock_dir

        return SessionLock(self.lock_dir or default_lock_dir(), self.db_path, session_id)

    def review(self, session_id: str) -> None:
        from assistant.tui.screens.review import ReviewScreen

        interview = self.open_session(session_id)
        if interview is None:
            return

        def chosen(question_id: str | None) -> None:
            if question_id:
                self.call_later(self.open_interview, interview, question_id)

        self.push_screen(ReviewScreen(interview), chosen)

    # --- look -----------------------------------------------------------------------
    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    # --- files the app writes ----------------------------------------------------------
    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """The palette's Screenshot, written like every export (``assistant.outfiles``):
        an exclusive temporary file renamed into place, never over an existing file.
        In a browser (``serve``) Textual's own download is kept."""
        if self.is_web:
            return super().deliver_screenshot(filename, path, time_format)
        from datetime import datetime

        folder = Path(path) if path else self.export_folder
        stamp = datetime.now().strftime(time_format or "%Y-%m-%dT%H_%M_%S_%f")
        target = folder / (filename or f"{self.title}_{stamp}.svg")
        svg = self.export_screenshot().encode("utf-8")
        self.run_worker(
            lambda: self._save_screenshot(target, svg),
            thread=True,
            group="screenshot",
            exit_on_error=False,
        )
        return str(target)

    def _save_screenshot(self, target: Path, svg: bytes) -> None:
        from assistant.outfiles import write_output

        try:
            written = write_output(target, svg)
        except UserError as error:  # notify is thread-safe: it posts a message
            self.notify(f"Not saved: {error}", severity="error", title="Screenshot")
            return
        self.notify(f"Saved {written}", title="Screenshot")


def _short_path(path: str) -> str:
    """The database path as the user would type it (``~`` for the home directory)."""
    if path in ("", ":memory:"):
        return "memory"
    home = str(Path.home())
    return "~" + path[len(home) :] if path.startswith(home + "/") else path


def run_tui(db_path: str | None, flow_file: str | None) -> None:
    """Open the TUI on the database at ``db_path`` (or the default one).

    A bad ``--flow`` file is raised before the screen opens; a database that cannot be
    opened (locked, foreign, newer schema) ends the app and is raised after it, both as
    ``UserError`` for the CLI to print on one line.
    """
    from assistant.store import default_location, is_url, open_store

    path = db_path or default_location()
    if flow_file:
        from assistant.flow.loader import active_flow

        active_flow(flow_file)

    def open_it() -> Store:
        return open_store(path)

    label = None
    if is_url(path):
        from assistant.store.postgres import describe

        label = describe(path)  # never the password
    app = Data360App(db_path=path, open_store=open_it, flow_file=flow_file, db_label=label)
    try:
        app.run()
    finally:
        app.close_store()
    if app.fatal_error:
        raise UserError(app.fatal_error)


class ReplayApp(Data360App):
    """The app opened straight on the replay of one session (``data360 replay ID``).

    It lives here, not beside the replay screen, so that no screen imports the app."""

    def __init__(self, store: Store, session_id: str, **options: Any) -> None:
        super().__init__(store, **options)
        self.replay_session = session_id

    def on_mount(self) -> None:
        super().on_mount()
        self.call_later(self._open_timeline)

    async def _open_timeline(self) -> None:
        from assistant.tui.screens.replay import ReplayScreen

        interview = self.open_session(self.replay_session)
        if interview is None:
            self.exit()
            return
        await self.push_screen(ReplayScreen(interview))


def run_replay(db_path: str | None, session_id: str) -> None:
    """``data360 replay ID``: the replay screen (timeline, steps, the framing as of a step).

    The screen lives in ``assistant.tui.screens.replay``; its ``c`` key opens the
    read-only conversation view of the same session.
    """
    from assistant.store import open_store

    store = open_store(db_path)
    try:
        ReplayApp(store, session_id).run()
    finally:
        store.close()
