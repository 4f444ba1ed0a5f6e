"""Use-case scoring: candidates from the hot spots beside the session's own, ranked live.

The session's candidates (the answer of its ``usecases`` question) come first, then the
ones ``propose_usecases`` derives from the top hot spots (METHOD.md §4.3). Each is
scored 1-5 on desirability, datability, feasibility and viability; the total and the
rank follow every keystroke (``rank_usecases``: weighted mean, 0.25 per lens, a lens at
1 blocks the candidate and ranks it last — §3.2). Rows stay where they are while you
score, so the cursor never jumps; the rank column moves instead.

Proposals live on this screen only until kept (``k``): then they are part of the
answer. Scores of kept candidates are saved as they are typed (several quick keystrokes
become one answer edit). ``c`` chooses: the title becomes the answer of the choice
question that lists the candidates, which the Business and Product questions pipe in.
All writes go through ``assistant.services.design_data``, one at a time, off the UI thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from assistant.errors import UserError
from assistant.hypergraph.usecases import (
    DEFAULT_USECASE_WEIGHTS,
    UseCaseScore,
    rank_usecases,
    score_usecase,
)
from assistant.models.usecase import LENSES, UseCase
from assistant.services.interview import Interview
from assistant.tui.committing import commit_change
from assistant.tui.design_view import interview_lock
from assistant.tui.messages import UseCasesProposed
from assistant.tui.text import one_line
from assistant.tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from assistant.hypergraph.hotspots import HotspotRanking
    from assistant.hypergraph.model import InfoFlowModel

COLUMNS = ("#", "Use case", "Des", "Dat", "Fea", "Via", "Total", "Status")
FIRST_LENS_COLUMN = 2
TITLE_WIDTH = 38


def usecases_help() -> str:
    return Path(__file__).with_name("usecases_help.md").read_text(encoding="utf-8")


@dataclass
class Candidate:
    """A row: the use case and whether it is in the session's answer."""

    usecase: UseCase
    kept: bool


def weights_line() -> str:
    """The documented weighting, in words (shown above the table)."""
    w = DEFAULT_USECASE_WEIGHTS
    parts = "+".join(f"{w.of(lens):g}·{lens[:3].title()}" for lens in LENSES)
    return f"1-5 score a lens · total = {parts} · a 1 blocks"


def _lens(value: int | None) -> str:
    """A lens score, or "–" when not judged yet (a proposal leaves unscored what the map
    cannot tell)."""
    return "–" if value is None else str(value)


def _short_lenses(lenses: list[str]) -> str:
    """``["datability", "feasibility"]`` → ``"Dat, Fea"``: the columns' own names."""
    return ", ".join(lens[:3].title() for lens in lenses)


def status_label(chosen: bool, kept: bool, score: UseCaseScore) -> str:
    """The Status cell, short enough to show whole: ``proposed · to score: Dat, Fea``.

    The flag in full words ("datability and feasibility not scored") is in the detail
    under the table; the cell names the lenses as the column headers do.
    """
    status = "★ chosen" if chosen else ("kept" if kept else "proposed")
    if score.blocked_on:
        status += f" · blocked: {_short_lenses(score.blocked_on)}"
    if score.unscored:
        status += f" · to score: {_short_lenses(score.unscored)}"
    return status


def title_width(screen_width: int, statuses: list[str], rows: int) -> int:
    """The room left for titles once every other column is shown whole.

    Columns other than the title: rank, four lenses ("Des"), the total ("0.00"),
    the status; each cell has one column of padding on either side, and the vertical
    scrollbar takes two.
    """
    if not screen_width:
        return TITLE_WIDTH
    status = max([len("Status"), *map(len, statuses)])
    others = len(str(max(rows, 1))) + 4 * 3 + len("Total") + status
    return max(12, screen_width - others - 2 * len(COLUMNS) - 2)


def _source(usecase: UseCase) -> tuple[str, str] | None:
    """Where a proposal comes from (its hot spot and its lens), None for one typed in."""
    return (usecase.origin, usecase.kind) if usecase.origin else None


class UseCasesScreen(Screen[None]):
    """Score, keep and choose use cases."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="usecases.back", tooltip="Back (kept work is saved)"),
        Binding(
            "k",
            "keep",
            "Keep",
            id="usecases.keep",
            tooltip="Add the highlighted proposal to the session's candidates",
        ),
        Binding(
            "c",
            "choose",
            "Choose",
            id="usecases.choose",
            tooltip="Carry the highlighted use case into the framing",
        ),
        Binding("e", "edit", "Edit", id="usecases.edit", tooltip="Change the title or description"),
        Binding(
            "delete,x",
            "drop",
            "Drop",
            id="usecases.drop",
            key_display="del",
            tooltip="Remove the highlighted candidate (asks first when it is kept)",
        ),
        Binding("f1", "help", "Help", id="usecases.help", show=False),
    ]

    def __init__(
        self,
        interview: Interview,
        *,
        read_only: bool = False,
        model: InfoFlowModel | None = None,
        ranking: HotspotRanking | None = None,
    ) -> None:
        super().__init__()
        self.interview = interview
        self.read_only = read_only
        self.model = model
        self.ranking = ranking
        self.candidates: list[Candidate] = []
        """Kept candidates in the answer's order, then the proposals."""
        self.rows: list[Candidate] = []
        """The same candidates in rank order, as the table shows them."""
        self.chosen: str | None = None
        self.changed = False
        self._commit_lock = asyncio.Lock()
        self._dirty = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(weights_line(), id="uc-legend", markup=False)
        yield DataTable(id="uc-table", cursor_type="cell", zebra_stripes=True)
        with VerticalScroll(id="uc-detail-box"):
            yield Static("", id="uc-detail", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "data360 · use cases"
        self.sub_title = one_line(self.interview.title, 60) + (
            " · read-only" if self.read_only else ""
        )
        table = self.query_one(DataTable)
        self._load_session()
        self.redraw(column=FIRST_LENS_COLUMN)
        table.focus()
        self.propose()

    # --- data -----------------------------------------------------------------------
    def _load_session(self) -> None:
        """Kept rows from the session's answer; proposals stay as they are."""
        from assistant.services.design_data import chosen_title, session_usecases

        try:
            kept = [Candidate(u, True) for u in session_usecases(self.interview)]
        except UserError as error:
            self.notify(str(error), severity="error")
            kept = []
        titles = {c.usecase.title.casefold() for c in kept}
        proposals = [
            c for c in self.candidates if not c.kept and c.usecase.title.casefold() not in titles
        ]
        self.candidates = kept + proposals
        self.chosen = chosen_title(self.interview)

    @work(thread=True, exclusive=True, group="uc-propose", exit_on_error=False)
    def propose(self) -> None:
        """Candidates from the top hot spots (the model is rebuilt if none was given)."""
        from assistant.hypergraph.missed import flows_named_at_review
        from assistant.hypergraph.proposals import propose_usecases
        from assistant.services.blockers import with_blockers
        from assistant.services.insights import review_said
        from assistant.services.model import session_model

        try:
            with interview_lock(self.interview):
                model = self.model or session_model(self.interview)
                answers = dict(self.interview.state.answers)
                review = review_said(self.interview.engine, self.interview.state)
            worst = flows_named_at_review(review, model)
            proposals = (
                propose_usecases(model, self.ranking, named_at_review=worst)
                if model.flow_ids()
                else []
            )
            proposals = with_blockers(model, proposals, answers)
        except Exception as error:
            self.notify(f"No proposals: {error}", severity="warning")  # thread-safe
            return
        self.post_message(UseCasesProposed(model, proposals))

    def on_use_cases_proposed(self, event: UseCasesProposed) -> None:
        event.stop()
        self._add_proposals(event.model, event.proposals)

    def _add_proposals(self, model: InfoFlowModel, proposals: list[UseCase]) -> None:
        """Add the proposals not already on screen: same title, or same hot spot and lens
        as a candidate (a kept proposal renamed by the user is still that proposal), or a
        title that says what a candidate already says."""
        from assistant.hypergraph.contents import repeats

        self.model = model
        titles = {c.usecase.title.casefold() for c in self.candidates}
        sources = {_source(c.usecase) for c in self.candidates} - {None}
        for usecase in proposals:
            if usecase.title.casefold() in titles or _source(usecase) in sources:
                continue
            if repeats(usecase.title, titles):
                continue
            self.candidates.append(Candidate(usecase, False))
            titles.add(usecase.title.casefold())
        self.redraw()

    # --- drawing --------------------------------------------------------------------
    def ranked(self) -> dict[str, tuple[int, UseCaseScore]]:
        """Rank and score of every row, by title (casefolded)."""
        ranked = rank_usecases([c.usecase for c in self.candidates])
        return {r.usecase.title.casefold(): (r.rank, r.score) for r in ranked}

    def redraw(self, column: int | None = None) -> None:
        """Refill the table in rank order (the cursor follows its use case) and the detail."""
        table: DataTable[Any] = self.query_one(DataTable)
        follow = self.current()
        old_row = table.cursor_row
        column = table.cursor_column if column is None else column
        ranks = self.ranked()
        self.rows = sorted(self.candidates, key=lambda c: ranks[c.usecase.title.casefold()][0])
        statuses = [
            status_label(
                c.usecase.title == self.chosen, c.kept, ranks[c.usecase.title.casefold()][1]
            )
            for c in self.rows
        ]
        width = title_width(self.size.width, statuses, len(self.rows))
        titles = [one_line(c.usecase.title, width) for c in self.rows]
        table.clear(columns=True)  # columns never shrink by themselves: size them anew
        # every column sized here, not measured by the table when it is next idle: a frame
        # drawn before that showed the first rows in old widths under the new ones
        widths = (
            max(1, len(str(len(self.rows)))),
            max([len(COLUMNS[1]), *map(len, titles)]),
            *[len(label) for label in COLUMNS[FIRST_LENS_COLUMN:-2]],
            len("Total"),
            max([len("Status"), *map(len, statuses)]),
        )
        for label, column_width in zip(COLUMNS, widths, strict=True):
            table.add_column(label, width=column_width)
        for candidate, status, title in zip(self.rows, statuses, titles, strict=True):
            usecase = candidate.usecase
            rank, score = ranks[usecase.title.casefold()]
            table.add_row(
                Text(str(rank), justify="right"),
                Text(title, style="bold" if candidate.kept else ""),
                *[Text(_lens(getattr(usecase, lens)), justify="center") for lens in LENSES],
                Text(f"{score.total:.2f}", justify="right", style="bold"),
                Text(status, style="bold" if score.blocked else ""),
            )
        kept = sum(1 for c in self.candidates if c.kept)
        chosen = f"chosen: {one_line(self.chosen, 50)}" if self.chosen else "none chosen yet"
        self.query_one("#uc-legend", Static).update(
            f"{kept} kept · {len(self.candidates) - kept} proposed · {chosen}\n{weights_line()}"
        )
        if table.row_count:
            row = self._row_of(follow, old_row)
            table.move_cursor(row=row, column=column, animate=False)
        self._show_detail()

    def _row_of(self, follow: Candidate | None, fallback: int) -> int:
        """Where a candidate went after a re-sort (by identity, else title, else nearby)."""
        if follow is not None:
            for index, candidate in enumerate(self.rows):
                if candidate is follow:
                    return index
            title = follow.usecase.title.casefold()
            for index, candidate in enumerate(self.rows):
                if candidate.usecase.title.casefold() == title:
                    return index
        return max(0, min(fallback, len(self.rows) - 1))

    def on_resize(self) -> None:
        if self.is_mounted and self.query(DataTable):
            self.redraw()

    def current(self) -> Candidate | None:
        table = self.query_one(DataTable)
        if not table.row_count or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def _origin(self, origin: str) -> str:
        kind, _, ident = origin.partition(":")
        name = ident
        if self.model is not None:
            try:
                name = self.model.name_of(ident)
            except Exception:  # the hot spot is gone since (an edit)
                name = ident
        return f"from the {'flow' if kind == 'flow' else 'actor'} hot spot {name}"

    @on(DataTable.CellHighlighted)
    def _show_detail(self) -> None:
        detail = self.query_one("#uc-detail", Static)
        candidate = self.current()
        if candidate is None:
            detail.update("No use case yet: go back to the flows (escape) to map them first.")
            return
        usecase = candidate.usecase
        score = score_usecase(usecase)
        terms = " + ".join(
            f"{DEFAULT_USECASE_WEIGHTS.of(lens):g}×{_lens(getattr(usecase, lens))}"
            for lens in LENSES
        )
        lines = [one_line(usecase.title, 300)]
        verdict = f"total {score.total:.2f} = {terms} · lowest lens: {score.lowest}"
        if score.flag:
            verdict += f" · {score.flag}"
        lines.append(verdict)
        where = "in the session" if candidate.kept else "proposed (k keeps it)"
        if usecase.origin:
            where += f" · {self._origin(usecase.origin)}"
        if usecase.kind:
            where += f" · {usecase.kind}"
        lines.append(where)
        if usecase.description:
            lines.append("")
            lines.append(one_line(usecase.description, 4000))
        detail.update("\n".join(lines))

    # --- committing -----------------------------------------------------------------
    async def commit(self, change: Callable[[], Any]) -> str | None:
        """One write at a time, off the UI thread; the error, or None."""
        async with self._commit_lock:
            return await self._write(change)

    async def _write(self, change: Callable[[], Any]) -> str | None:
        """Run a change (the commit lock held); on refusal the rows reload from the session.

        On success the rows stay as they are on screen — they are what was saved, and
        keystrokes typed during the write must not be overwritten by an older answer.
        """
        from assistant.services.design_data import chosen_title, session_usecases

        if self.read_only:
            return "this window is read-only"
        outcome = await commit_change(self.interview, change)  # the one TUI commit path
        if outcome.error is not None:
            self._load_session()
            self.redraw()
            return outcome.error
        self.changed = True
        order = {u.title.casefold(): i for i, u in enumerate(session_usecases(self.interview))}
        for candidate in self.candidates:
            candidate.kept = candidate.usecase.title.casefold() in order
        kept = sorted(
            (c for c in self.candidates if c.kept), key=lambda c: order[c.usecase.title.casefold()]
        )
        self.candidates = kept + [c for c in self.candidates if not c.kept]
        self.chosen = chosen_title(self.interview)
        self.redraw()
        return None

    def _kept(self) -> list[UseCase]:
        return [c.usecase for c in self.candidates if c.kept]

    @work(group="uc-save", exit_on_error=False)
    async def save_scores(self) -> None:
        """Save the kept candidates' scores; keystrokes typed meanwhile become one more edit."""
        from assistant.services.design_data import set_usecases

        async with self._commit_lock:
            if not self._dirty:
                return
            self._dirty = False
            kept = self._kept()  # what the screen shows now, taken on the UI loop
            error = await self._write(lambda: set_usecases(self.interview, kept))
        if error:
            self.notify(error, title="Scores not saved", severity="warning")

    # --- keys and actions -----------------------------------------------------------
    def on_key(self, event: events.Key) -> None:
        table = self.query_one(DataTable)
        if not table.has_focus or event.character is None or event.character not in "12345":
            return
        candidate = self.current()
        column = table.cursor_column - FIRST_LENS_COLUMN
        if candidate is None:
            return
        event.stop()
        if not 0 <= column < len(LENSES):
            self.notify("Move to a score (Des, Dat, Fea, Via) to type 1-5.")
            return
        if self.read_only and candidate.kept:
            self.notify("This window is read-only.")
            return
        lens = LENSES[column]
        candidate.usecase = candidate.usecase.model_copy(update={lens: int(event.character)})
        next_column = table.cursor_column + 1 if column < len(LENSES) - 1 else table.cursor_column
        self.redraw(column=next_column)
        if candidate.kept:
            self._dirty = True
            self.save_scores()

    def _need(self) -> Candidate | None:
        candidate = self.current()
        if candidate is None:
            self.notify("No use case highlighted.")
        return candidate

    async def action_keep(self) -> None:
        from assistant.services.design_data import set_usecases

        candidate = self._need()
        if candidate is None:
            return
        if candidate.kept:
            self.notify("Already in the session.")
            return
        kept = [*self._kept(), candidate.usecase]
        error = await self.commit(lambda: set_usecases(self.interview, kept))
        if error:
            self.notify(error, title="Not kept", severity="warning")
        else:
            self.notify(f"Kept: {one_line(candidate.usecase.title, 60)}")

    async def action_choose(self) -> None:
        from assistant.services.design_data import choose_usecase, set_usecases

        candidate = self._need()
        if candidate is None:
            return
        title = candidate.usecase.title
        kept = self._kept() if candidate.kept else [*self._kept(), candidate.usecase]

        def change() -> None:
            set_usecases(self.interview, kept)
            choose_usecase(self.interview, title)

        error = await self.commit(change)
        if error:
            self.notify(error, title="Not chosen", severity="warning")
        else:
            self.notify(f"Chosen: {one_line(title, 60)}")

    def action_edit(self) -> None:
        from assistant.services.design_data import update_usecase
        from assistant.tui.dialogs.usecase_form import UseCaseDialog

        candidate = self._need()
        if candidate is None:
            return
        if self.read_only and candidate.kept:
            self.notify("This window is read-only.")
            return
        old = candidate.usecase

        async def save(title: str, description: str) -> str | None:
            clash = any(
                c is not candidate and c.usecase.title.casefold() == title.casefold()
                for c in self.candidates
            )
            if clash:
                return f"there is already a use case called {one_line(title, 60)!r}"
            try:
                new = old.model_copy(update={"title": title, "description": description})
                new = UseCase.model_validate(new.model_dump())
            except ValueError as error:
                return str(error)
            candidate.usecase = new  # the row shows the new words at once
            if not candidate.kept:
                self.redraw()
                return None
            refused = await self.commit(lambda: update_usecase(self.interview, old.title, new))
            if refused:  # the rows were reloaded from the session: the old words are back
                candidate.usecase = old
            return refused

        self.app.push_screen(UseCaseDialog(old.title, old.description, save))

    def action_drop(self) -> None:
        from assistant.services.design_data import drop_usecase
        from assistant.tui.dialogs.confirm import ConfirmDialog

        candidate = self._need()
        if candidate is None:
            return
        if not candidate.kept:
            self.candidates.remove(candidate)
            self.redraw()
            return
        title = candidate.usecase.title

        async def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            error = await self.commit(lambda: drop_usecase(self.interview, title))
            if error:
                self.notify(error, title="Not removed", severity="warning")
                return
            self.candidates = [c for c in self.candidates if c.usecase.title != title]
            self.redraw()

        self.app.push_screen(
            ConfirmDialog(
                "Remove a candidate",
                f"Remove {one_line(title, 80)} from the session's candidates?",
            ),
            confirmed,
        )

    def action_help(self) -> None:
        from assistant.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(usecases_help()))

    def action_back(self) -> None:
        self.dismiss(None)
