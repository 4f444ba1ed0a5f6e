"""Home: the sessions in the database; new, resume, review, export, import, delete.

The table is drawn from the stored summary columns (no event is replayed), so the first
screen appears at once even with hundreds of sessions.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from assistant.errors import UserError
from assistant.tui.dialogs.confirm import ConfirmDialog
from assistant.tui.dialogs.path_dialog import PathDialog
from assistant.tui.host import AppHost, host
from assistant.tui.text import local_time, one_line
from assistant.tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from assistant.store.base import SessionRecord
    from assistant.tui.sessions_index import SessionRow

EMPTY_STATE = (
    "data360 guides you from an idea to a complete framing of a data product, one question"
    " at a time:\nmap the information flows, pick a use case, then frame its business,"
    " product, data and build.\n\nPress n to start a new framing (or i to import one)."
)


FIRST_ROWS = 60
"""Rows drawn before the first frame (more than a screen holds)."""
BATCH_ROWS = 250
"""Rows added per frame after it."""


class HomeScreen(Screen[None]):
    """The list of sessions."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", id="home.new", tooltip="Start a new framing"),
        Binding("enter", "open", "Open", id="home.open", tooltip="Resume the selected session"),
        Binding(
            "r",
            "review",
            "Review",
            id="home.review",
            tooltip="Review the selected session's answers",
        ),
        Binding("e", "export", "Export", id="home.export", tooltip="Export the selected session"),
        Binding(
            "d,delete", "delete", "Delete", id="home.delete", tooltip="Delete the selected session"
        ),
        Binding(
            "i", "import", "Import", id="home.import", tooltip="Import a session from a JSON export"
        ),
        Binding("f1,question_mark", "help", "Help", id="home.help"),
        Binding("q", "app.quit", "Quit", id="home.quit", show=False),
    ]

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]  # Textual: `ClassVar[...] | None`
        (0, "-narrow"),
        (70, "-normal"),
        (150, "-wide"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.records: list[SessionRecord | SessionRow] = []
        self._shown: list[tuple[Any, ...]] = []
        self._generation = 0
        self._width = 0

    @property
    def app_(self) -> AppHost:
        return host(self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home-body"):
            yield Static(EMPTY_STATE, id="empty", markup=False)
            table: DataTable[Text] = DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
            yield table
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "data360"
        self.sub_title = f"sessions in {self.app_.db_label}"
        table = self.query_one(DataTable)
        table.add_column("Title", key="title")
        table.add_column("Progress", key="progress")
        table.add_column("Section", key="section")
        table.add_column("Updated", key="updated")
        table.add_column("Created", key="created")
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        if self.records and self._title_width() != self._width:
            self.reload()  # titles are clipped to the width: redraw them

    def _title_width(self) -> int:
        return max(12, min(60, self.size.width - 60))  # the title takes what is left

    def reload(self, select: str | None = None) -> None:
        """Re-read the sessions (summary columns only) and redraw what changed.

        The first ``FIRST_ROWS`` rows are drawn at once and the rest after the first
        frame, in batches, so 2,000 sessions open the screen as fast as two do; a reload
        that would draw the same rows (the store opening, a resize of the same width)
        only moves the cursor.
        """
        table = self.query_one(DataTable)
        current = select or self.selected_id()
        try:
            records = self.app_.sessions()
        except UserError as error:
            self.notify(str(error), severity="error", title="Database")
            records = []
        width = self._title_width()
        shown: list[tuple[object, ...]] = [
            (r.id, r.title, r.status, r.progress, r.current_section, r.updated_at, r.created_at)
            for r in records
        ]
        self.records = records
        position = next((i for i, row in enumerate(shown) if row[0] == current), None)
        if shown != self._shown or width != self._width:
            self._shown, self._width = shown, width
            self._generation += 1
            table.clear()
            first = max(FIRST_ROWS, (position or 0) + 1)
            self._add_rows(0, first)
            if len(records) > first:
                self.call_after_refresh(self._add_more, self._generation, first)
        empty = not records
        self.query_one("#empty").display = empty
        table.display = not empty
        if position is not None:
            table.move_cursor(row=position, animate=False)
        if not empty:
            table.focus()

    def _add_rows(self, start: int, end: int) -> None:
        """Draw ``self.records[start:end]`` (formatting only the rows drawn)."""
        table = self.query_one(DataTable)
        width = self._width
        for record in self.records[start:end]:
            status = "done" if record.status == "complete" else f"{record.progress}%"
            table.add_row(
                Text(one_line(record.title, width)),
                Text(status, justify="right"),
                Text(record.current_section or "—"),
                Text(local_time(record.updated_at)),
                Text(local_time(record.created_at)[:10]),
                key=record.id,
            )

    def _add_more(self, generation: int, start: int) -> None:
        """The next batch of a long list, unless a newer reload replaced it."""
        if generation != self._generation:
            return
        end = start + BATCH_ROWS
        self._add_rows(start, end)
        if len(self.records) > end:
            self.call_after_refresh(self._add_more, generation, end)

    def selected_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not self.records or table.cursor_row is None:
            return None
        row = table.cursor_row
        return self.records[row].id if 0 <= row < len(self.records) else None

    def _selected_or_tell(self) -> str | None:
        session_id = self.selected_id()
        if session_id is None:
            self.notify("No session yet: press n to start one.")
        return session_id

    # --- actions --------------------------------------------------------------------
    def action_new(self) -> None:
        from assistant.tui.dialogs.new_session import NewSessionDialog

        def chosen(result: tuple[str, str] | None) -> None:
            if result is not None:
                self.start(*result)

        self.app.push_screen(NewSessionDialog(), chosen)

    @work(group="db", exclusive=True, exit_on_error=False)
    async def start(self, title: str, perimeter: str) -> None:
        try:
            interview = await asyncio.to_thread(self.app_.start_session, title, perimeter)
        except UserError as error:
            self.notify(str(error), severity="error", title="Cannot start")
            return
        await self.app_.open_interview(interview)

    @on(DataTable.RowSelected, "#sessions")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        session_id = self._selected_or_tell()
        if session_id:
            self.app_.resume(session_id)

    def action_review(self) -> None:
        session_id = self._selected_or_tell()
        if session_id:
            self.app_.review(session_id)

    def action_export(self) -> None:
        session_id = self._selected_or_tell()
        if session_id is None:
            return
        from assistant.tui.dialogs.export import ExportDialog

        interview = self.app_.open_session(session_id)
        if interview is not None:
            self.app.push_screen(ExportDialog(interview, folder=self.app_.export_folder))

    def action_delete(self) -> None:
        session_id = self._selected_or_tell()
        if session_id is None:
            return
        record = next(r for r in self.records if r.id == session_id)

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.app_.store.delete_session(session_id)
            except UserError as error:
                self.notify(str(error), severity="error", title="Not deleted")
                return
            self.app_.drafts.forget(session_id)  # its unsent text goes with it
            self.notify(f"Deleted {one_line(record.title, 40)}.")
            self.reload()

        self.app.push_screen(
            ConfirmDialog(
                "Delete this session?",
                f"{one_line(record.title, 60)} ({record.progress}% answered) and its whole"
                " history will be deleted. Export it first if you may need it.",
                yes="Delete",
                no="Keep",
            ),
            confirmed,
        )

    def action_import(self) -> None:
        def chosen(path: str | None) -> None:
            if path:
                self.import_file(path)

        self.app.push_screen(
            PathDialog("Import a session", "Path of a data360 JSON export", "Import"),
            chosen,
        )

    @work(group="db", exclusive=True, exit_on_error=False)
    async def import_file(self, path: str) -> None:
        try:
            session_id = await asyncio.to_thread(self.app_.import_session, path)
        except UserError as error:
            self.notify(str(error), severity="error", title="Not imported", timeout=10)
            return
        self.notify("Session imported.", title="Import")
        self.reload(select=session_id)

    def action_help(self) -> None:
        from assistant.tui.screens.help import HelpScreen

        self.app.push_screen(
            HelpScreen(
                "# Sessions\n\n**n** starts a new framing, **enter** resumes the selected one,"
                " **r** reviews it, **e** exports it, **i** imports a JSON export, **d** deletes."
            )
        )
