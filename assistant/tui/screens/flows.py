"""Flows & hot spots: the Design-Data view of a session (issue 5, item 6).

Four tabs over one model: the hot spots ranked with their reasons (the point of the
exercise, so it comes first), the actors, the flows, and the layered text diagram. A
filter (``site=A``, a hyperclass, part of a name) narrows all four at once.

Every change goes through ``assistant.services.design_data`` and is committed before
the screen shows it: the store write runs off the UI thread (``commit``), then the model
is rebuilt from the session, ranked and drawn in an exclusive thread worker
(``recompute``), so the screen keeps answering however big the model (a session of a
thousand flows, the most one answer holds, takes about 0.1 s); a newer recompute
supersedes an older one.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, ScrollableContainer
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import (
    DataTable,
    Header,
    Input,
    Label,
    OptionList,
    Static,
    TabbedContent,
    TabPane,
)
from textual.widgets.data_table import RowDoesNotExist
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from assistant.hypergraph.patterns import PATTERNS_HEADING
from assistant.services.interview import Interview
from assistant.tui.committing import commit_change
from assistant.tui.design_view import (
    DesignView,
    PatternRow,
    SpotRow,
    build_view,
    interview_lock,
    summary_line,
)
from assistant.tui.live import FollowsSession
from assistant.tui.messages import DesignViewReady
from assistant.tui.text import one_line
from assistant.tui.widgets.cursor import follow_app_blink
from assistant.tui.widgets.keybar import KeyBar
from assistant.tui.widgets.safe_input import SafeInput, real

if TYPE_CHECKING:
    from assistant.models.infoflow import Actor, InformationFlow

TABS = ("hotspots", "actors", "flows", "diagram")
REASON_INDENT = " " * 5
FILTER_DELAY = 0.3
"""Seconds of typing pause before the filter applies (enter applies it at once)."""

ACTOR_COLUMNS = ("Actor", "Class", "Attributes", "Hyperclasses", "Flows")
FLOW_COLUMNS = ("#", "Source", "Targets", "Content", "Medium", "Often", "Maturity", "Pain points")


def flows_help() -> str:
    return Path(__file__).with_name("flows_help.md").read_text(encoding="utf-8")


def spot_option(row: SpotRow, width: int) -> Option:
    """A hot spot as two or more lines: rank, name, score, then its reasons in words.

    The reasons are wrapped here, to ``width``, so that their lines hang under the name.
    """
    head = Content.assemble(
        (f"{row.rank:>3}. ", "bold"),
        (one_line(row.name, 200), "bold"),
        # a visible separator: a name never runs into its score, however it is copied
        (f" · score {row.score:.2f}", "$text-muted"),
        ("  ▲ hot" if row.hot else "", "bold $text-warning"),
    )
    reasons = wrap_reasons(one_line(row.summary, 600), max(24, width))
    return Option(Content.assemble(head, "\n", (reasons, "")), id=row.ref)


def pattern_option(row: PatternRow, width: int) -> Option:
    """A shape across flows as two or more lines: its title, then its reasons; enter edits
    the first flow it is read from."""
    head = Content.assemble((f"{row.number:>3}. ", "bold"), (one_line(row.title, 200), "bold"))
    reasons = wrap_reasons(one_line(row.summary, 600), max(24, width))
    return Option(
        Content.assemble(head, "\n", (reasons, "")), id=f"pattern:{row.number}:{row.flow_id}"
    )


_BRACKETED = re.compile(r"\([^()]*\)")
_KEEP_TOGETHER = "\u00a0"  # textwrap breaks only at ASCII whitespace


def wrap_reasons(text: str, width: int) -> str:
    """The reasons wrapped to ``width`` under the name, never inside a bracket:
    "broker between 5 actors (4 upstream, 2 downstream)" keeps its bracket on one line."""
    room = width - len(REASON_INDENT)

    def glue(match: re.Match[str]) -> str:
        group = match.group(0)  # a bracket longer than a line has to break somewhere
        return group.replace(" ", _KEEP_TOGETHER) if len(group) <= room else group

    wrapped = textwrap.fill(
        _BRACKETED.sub(glue, text),
        width=width,
        initial_indent=REASON_INDENT,
        subsequent_indent=REASON_INDENT,
        break_on_hyphens=False,
        break_long_words=False,
    )
    return wrapped.replace(_KEEP_TOGETHER, " ")


def _cell(value: object, limit: int = 40) -> Text:
    return Text(one_line(value, limit))


class InfoFlowsScreen(FollowsSession, Screen[None]):
    """The actors, flows, diagram and hot spots of one session, editable."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="flows.back", tooltip="Back (every change is saved)"),
        Binding("a", "add_flow", "Add flow", id="flows.add", tooltip="Add an information flow"),
        Binding(
            "e",
            "edit",
            "Edit",
            id="flows.edit",
            tooltip="Change the highlighted actor or flow (enter does it too)",
        ),
        Binding(
            "delete,d",
            "delete",
            "Delete",
            id="flows.delete",
            key_display="del",
            tooltip="Delete the highlighted actor or flow (asks first)",
        ),
        Binding(
            "m",
            "merge",
            "Merge",
            id="flows.merge",
            tooltip="Merge the highlighted actor into another (its flows follow)",
        ),
        Binding(
            "h",
            "hyperclass",
            "Hyperclass",
            id="flows.hyperclass",
            tooltip="Group actors under a name (a site, a business unit)",
        ),
        Binding(
            "slash",
            "filter",
            "Filter",
            id="flows.filter",
            tooltip="Filter by site=A, a hyperclass…",
        ),
        Binding(
            "u",
            "usecases",
            "Use cases",
            id="flows.usecases",
            tooltip="Score use cases proposed from the hot spots",
        ),
        Binding("f1", "help", "Help", id="flows.help", show=False),
        *[
            Binding(str(i), f"tab('{name}')", name.title(), id=f"flows.tab{i}", show=False)
            for i, name in enumerate(TABS, start=1)
        ],
    ]

    def __init__(self, interview: Interview, *, read_only: bool = False) -> None:
        super().__init__()
        self.interview = interview
        self.read_only = read_only
        self.view: DesignView | None = None
        self.filter_text = ""
        self.busy = False
        self.changed = False
        """True once this screen committed something (the caller redraws)."""
        self._filter_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="flows-top"):
            yield Label("Filter", id="flows-filter-label")
            yield SafeInput(
                placeholder="site=A, a hyperclass, a name",
                id="flows-filter",
                compact=True,
            )
            yield Static("computing…", id="flows-summary", markup=False)
        with TabbedContent(initial="tab-hotspots", id="flows-tabs"):
            with TabPane("1 Hot spots", id="tab-hotspots"):
                yield OptionList(id="hotspots")
            with TabPane("2 Actors", id="tab-actors"):
                yield DataTable(id="actors", cursor_type="row", zebra_stripes=True)
                yield Static("", id="actor-detail", classes="row-detail", markup=False)
            with TabPane("3 Flows", id="tab-flows"):
                yield DataTable(id="flows", cursor_type="row", zebra_stripes=True)
                yield Static("", id="flow-detail", classes="row-detail", markup=False)
            with (
                TabPane("4 Diagram", id="tab-diagram"),
                ScrollableContainer(id="diagram-scroll"),
            ):
                yield Static("", id="diagram", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "data360 · flows & hot spots"
        self.sub_title = one_line(self.interview.title, 60) + (
            " · read-only" if self.read_only else ""
        )
        follow_app_blink(self)
        self.query_one("#actors", DataTable).add_columns(*ACTOR_COLUMNS)
        self.query_one("#flows", DataTable).add_columns(*FLOW_COLUMNS)
        self.query_one("#hotspots", OptionList).focus()
        self.recompute(self.filter_text)
        self.follow()

    def caught_up(self) -> None:
        """Flows told or edited elsewhere are drawn here at once."""
        self.recompute(self.filter_text)

    # --- computing and drawing ------------------------------------------------------
    @work(thread=True, exclusive=True, group="design-view", exit_on_error=False)
    def recompute(self, filter_text: str, reload: bool = True) -> None:
        """Rebuild the model from the session (or reuse it for a new filter), rank, draw."""
        from assistant.services.model import session_model

        worker = get_current_worker()
        try:
            if reload or self.view is None:
                with interview_lock(self.interview):
                    model = session_model(self.interview)
                ranking = None
            else:
                model, ranking = self.view.model, self.view.ranking
            view = build_view(model, filter_text, ranking)
        except Exception as error:  # a model that does not build: say so, keep the screen
            if not worker.is_cancelled:
                self.notify(f"Cannot draw the model: {error}", severity="error")  # thread-safe
            return
        if not worker.is_cancelled:
            self.post_message(DesignViewReady(view))

    def on_design_view_ready(self, event: DesignViewReady) -> None:
        event.stop()
        self.show_view(event.view)

    def show_view(self, view: DesignView) -> None:
        """Put a computed view into the widgets, keeping each list's highlighted row."""
        self.view = view
        summary = self.query_one("#flows-summary", Static)
        summary.update(summary_line(view))
        summary.set_class(bool(view.filter_error), "-error")
        self._show_hotspots(view)
        self._show_actors(view)
        self._show_flows(view)
        self.query_one("#diagram", Static).update(view.diagram.rstrip("\n"))

    def _show_hotspots(self, view: DesignView) -> None:
        options = self.query_one("#hotspots", OptionList)
        highlighted = options.highlighted_option.id if options.highlighted_option else None
        options.clear_options()
        width = (options.scrollable_content_region.width or self.size.width or 80) - 2
        groups = (
            ("Actors", view.objects, view.objects_matched),
            ("Flows", view.flow_spots, view.flow_spots_matched),
        )
        for index, (title, rows, matched) in enumerate(groups):
            if index:
                options.add_option(None)
            more = f"  (top {len(rows)} of {matched:,})" if matched > len(rows) else ""
            options.add_option(
                Option(
                    Content.assemble(
                        (f"{title} by hot-spot score", "bold $text-accent"), (more, "$text-muted")
                    ),
                    disabled=True,
                )
            )
            if not rows:
                options.add_option(Option(Content("   (none)"), disabled=True))
            options.add_options([spot_option(row, width) for row in rows])
        if view.patterns:
            options.add_option(None)
            options.add_option(
                Option(Content.styled(PATTERNS_HEADING, "bold $text-accent"), disabled=True)
            )
            options.add_options([pattern_option(row, width) for row in view.patterns])
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        if highlighted and highlighted in ids:
            options.highlighted = ids.index(highlighted)
        else:
            options.highlighted = next((i for i, x in enumerate(ids) if x), None)

    def _keep_cursor(self, table: DataTable[Any], fill: Callable[[], None]) -> None:
        """Refill a table with its cursor on the same row: a redraw after an edit must not
        send the user back to the top of a long list."""
        key = self._row_key(table)
        row = table.cursor_row
        table.clear()
        fill()
        if not table.row_count:
            return
        try:
            table.move_cursor(
                row=table.get_row_index(key) if key else min(row, table.row_count - 1)
            )
        except RowDoesNotExist:  # the row is gone: stay near where it was
            table.move_cursor(row=min(row, table.row_count - 1))

    def _show_actors(self, view: DesignView) -> None:
        table: DataTable[Any] = self.query_one("#actors", DataTable)

        def fill() -> None:
            for row in view.actors:
                table.add_row(
                    _cell(row.name, 36),
                    _cell(row.kind),
                    _cell(row.attributes, 40),
                    _cell(row.hyperclasses, 30),
                    Text(str(row.flows), justify="right"),
                    key=row.id,
                )

        self._keep_cursor(table, fill)

    def _show_flows(self, view: DesignView) -> None:
        table: DataTable[Any] = self.query_one("#flows", DataTable)

        def fill() -> None:
            for row in view.flows:
                table.add_row(
                    Text(str(row.position + 1), justify="right"),
                    _cell(row.source, 30),
                    _cell(row.targets, 40),
                    _cell(row.content, 44),
                    _cell(row.medium, 30),
                    _cell(row.frequency, 20),
                    _cell(row.maturity),
                    _cell(row.pains, 60),
                    key=row.id,
                )

        self._keep_cursor(table, fill)

    def on_resize(self) -> None:
        if self.view is not None:  # the reasons are wrapped to the width
            self._show_hotspots(self.view)

    @on(DataTable.RowHighlighted, "#actors")
    def _actor_detail(self) -> None:
        """Everything about the highlighted actor, in full (the table cells are clipped)."""
        detail = self.query_one("#actor-detail", Static)
        key = self._row_key(self.query_one("#actors", DataTable))
        if self.view is None or key is None:
            detail.update("")
            return
        row = next((r for r in self.view.actors if r.id == key), None)
        actor = self.view.model.actor(key)
        parts = [f"{actor.name} ({actor.kind})", f"own maturity {actor.maturity or 'unknown'}"]
        if actor.attributes:
            parts.append(", ".join(f"{k}={v}" for k, v in actor.attributes.items()))
        if row is not None and row.hyperclasses:
            parts.append(f"in {row.hyperclasses}")
        if actor.aliases:
            parts.append("also written " + ", ".join(actor.aliases))
        detail.update(one_line(" · ".join(parts), 1000))

    @on(DataTable.RowHighlighted, "#flows")
    def _flow_detail(self) -> None:
        """The highlighted flow in words, in full (the table cells are clipped)."""
        from assistant.tui.dialogs.flow_form import describe

        detail = self.query_one("#flow-detail", Static)
        key = self._row_key(self.query_one("#flows", DataTable))
        if self.view is None or key is None:
            detail.update("")
            return
        position = self.view.position_of(key)
        detail.update(f"{position + 1}. {describe(self.view.model.flow(key))}")

    @staticmethod
    def _row_key(table: DataTable[Any]) -> str | None:
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    # --- filter ---------------------------------------------------------------------
    @on(Input.Changed, "#flows-filter")
    def _filter_typed(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(FILTER_DELAY, self._apply_filter)

    @on(Input.Submitted, "#flows-filter")
    def _filter_entered(self) -> None:
        self._apply_filter()
        self.action_tab(self._active_tab())

    def _apply_filter(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None
        text = real(self.query_one("#flows-filter", Input).value).strip()
        if text != self.filter_text:
            self.filter_text = text
            self.recompute(text, reload=False)

    def action_filter(self) -> None:
        self.query_one("#flows-filter", Input).focus()

    # --- tabs and selection ---------------------------------------------------------
    def _active_tab(self) -> str:
        return self.query_one(TabbedContent).active.removeprefix("tab-") or "hotspots"

    def action_tab(self, name: str) -> None:
        """Show a tab and put the keyboard in its list."""
        self.query_one(TabbedContent).active = f"tab-{name}"
        target = {"hotspots": "#hotspots", "actors": "#actors", "flows": "#flows"}.get(name)
        self.query_one(target or "#diagram-scroll").focus()

    def selection(self) -> tuple[str, str] | None:
        """("object" | "flow", id) of what is highlighted in the active tab."""
        tab = self._active_tab()
        if tab == "actors":
            key = self._row_key(self.query_one("#actors", DataTable))
            return ("object", key) if key else None
        if tab == "flows":
            key = self._row_key(self.query_one("#flows", DataTable))
            return ("flow", key) if key else None
        if tab == "hotspots":
            option = self.query_one("#hotspots", OptionList).highlighted_option
            if option is not None and option.id:
                kind, _, ident = option.id.partition(":")
                if kind == "pattern":  # a pattern opens the first flow it is read from
                    return "flow", ident.partition(":")[2]
                return kind, ident
        return None

    @on(DataTable.RowSelected, "#actors")
    @on(DataTable.RowSelected, "#flows")
    @on(OptionList.OptionSelected, "#hotspots")
    def _selected(self) -> None:
        self.action_edit()

    # --- committing -----------------------------------------------------------------
    async def commit(self, change: Callable[[], Any]) -> str | None:
        """Run a change of the session off the UI thread, then redraw; the error, or None."""
        if self.read_only:
            return "this window is read-only"
        if self.busy:
            return "still saving the previous change…"
        self.busy = True
        try:
            outcome = await commit_change(self.interview, change)  # the one TUI commit path
        finally:
            self.busy = False
        if outcome.error is not None:
            return outcome.error
        self.changed = True
        self.recompute(self.filter_text)
        return None

    def _refuse_if_read_only(self) -> bool:
        if self.read_only:
            self.notify("This window is read-only; take over in the interview to edit.")
        return self.read_only

    # --- actions --------------------------------------------------------------------
    def action_add_flow(self) -> None:
        if self._refuse_if_read_only():
            return
        from assistant.services.design_data import add_flow
        from assistant.tui.dialogs.flow_form import InfoFlowDialog

        async def save(flow: InformationFlow) -> str | None:
            return await self.commit(lambda: add_flow(self.interview, flow))

        self.app.push_screen(InfoFlowDialog("Add a flow", None, save))

    def _on_selection(
        self, on_flow: Callable[[str], None], on_actor: Callable[[str], None]
    ) -> None:
        """Run the flow or the actor variant of an action on the highlighted row."""
        if self._refuse_if_read_only():
            return
        selected = self.selection()
        if selected is None or self.view is None:
            self.notify("Highlight an actor or a flow first (tabs 1-3).")
            return
        kind, ident = selected
        (on_flow if kind == "flow" else on_actor)(ident)

    def action_edit(self) -> None:
        self._on_selection(self.edit_flow, self.edit_actor)

    def edit_flow(self, flow_id: str) -> None:
        from assistant.services.design_data import replace_flow
        from assistant.services.model import session_flows
        from assistant.tui.dialogs.flow_form import InfoFlowDialog

        assert self.view is not None
        position = self.view.position_of(flow_id)
        current = session_flows(self.interview)[position]

        async def save(flow: InformationFlow) -> str | None:
            return await self.commit(lambda: replace_flow(self.interview, position, flow))

        self.app.push_screen(InfoFlowDialog(f"Change flow {position + 1}", current, save))

    def edit_actor(self, actor_id: str) -> None:
        from assistant.services.design_data import save_actor
        from assistant.tui.dialogs.actor_form import ActorDialog

        assert self.view is not None
        record = self.view.model.actor(actor_id)

        async def save(actor: Actor) -> str | None:
            ignored: list[str] = []

            def change() -> None:
                ignored.extend(save_actor(self.interview, actor))

            error = await self.commit(change)
            if error is None and ignored:
                self.notify(
                    f"Saved, but {', '.join(ignored)} still come(s) from another answer"
                    " (the list of actors); change it there.",
                    severity="warning",
                    timeout=8,
                )
            return error

        self.app.push_screen(ActorDialog(record, save))

    def action_delete(self) -> None:
        self._on_selection(self.delete_flow, self.delete_actor)

    def delete_flow(self, flow_id: str) -> None:
        from assistant.services.design_data import delete_flow
        from assistant.tui.dialogs.confirm import ConfirmDialog

        assert self.view is not None
        position = self.view.position_of(flow_id)
        label = self.view.model.flow_label(flow_id)

        async def confirmed(yes: bool | None) -> None:
            if yes:
                error = await self.commit(lambda: delete_flow(self.interview, position))
                if error:
                    self.notify(error, title="Not deleted", severity="warning")

        self.app.push_screen(
            ConfirmDialog("Delete a flow", f"Delete flow {position + 1}?\n{one_line(label, 300)}"),
            confirmed,
        )

    def delete_actor(self, actor_id: str) -> None:
        from assistant.services.design_data import delete_actor, deletion_effect
        from assistant.tui.dialogs.confirm import ConfirmDialog

        assert self.view is not None
        name = self.view.model.actor(actor_id).name
        removed, changed = deletion_effect(self.view.model, actor_id)
        message = f"Delete {one_line(name, 60)}?"
        if removed:
            message += (
                f"\n{removed} flow{'s' if removed != 1 else ''} it sends or alone receives go too."
            )
        if changed:
            message += f"\n{changed} other flow{'s' if changed != 1 else ''} lose it as a target."

        async def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            outcome: list[Any] = []
            error = await self.commit(lambda: outcome.append(delete_actor(self.interview, name)))
            if error:
                self.notify(error, title="Not deleted", severity="warning")
            elif outcome and outcome[0].still_declared:
                self.notify(
                    f"{one_line(name, 60)} stays on the map: another answer (the list of"
                    " actors) names it. Change that answer to remove it.",
                    severity="warning",
                    timeout=8,
                )

        self.app.push_screen(ConfirmDialog("Delete an actor", message), confirmed)

    def action_merge(self) -> None:
        """Fold the highlighted actor into another one, picked in a dialog."""
        if self._refuse_if_read_only():
            return
        selected = self.selection()
        if selected is None or selected[0] != "object" or self.view is None:
            self.notify("Highlight an actor first (tab 2, or an actor hot spot), then m.")
            return
        self.merge_actor(selected[1])

    def merge_actor(self, actor_id: str) -> None:
        from assistant.services.design_data import merge_actors
        from assistant.tui.dialogs.actor_form import MergeDialog

        assert self.view is not None
        model = self.view.model
        name = model.actor(actor_id).name
        others = sorted(
            (
                (record.name, str(record.kind))
                for record in (model.actor(a) for a in model.actor_ids())
                if record.name != name
            ),
            key=lambda pair: pair[0].casefold(),
        )
        if not others:
            self.notify("There is no other actor to merge it into.")
            return

        async def save(keep: str) -> str | None:
            outcome: list[Any] = []
            error = await self.commit(
                lambda: outcome.append(merge_actors(self.interview, keep, name))
            )
            if error is None and outcome:
                done = outcome[0]
                message = f"Merged {one_line(done.merged, 40)} into {one_line(done.kept, 40)}"
                message += f": {done.flows_repointed} flow(s) re-pointed"
                if done.flows_dropped:
                    message += f", {done.flows_dropped} between the two removed"
                self.notify(message + ".", title="Merge")
            return error

        self.app.push_screen(MergeDialog(name, others, save))

    def action_hyperclass(self) -> None:
        if self._refuse_if_read_only():
            return
        from assistant.services.design_data import save_hyperclass
        from assistant.tui.dialogs.hyperclass_form import HyperclassDialog

        members: list[str] = []
        selected = self.selection()
        if selected and selected[0] == "object" and self.view is not None:
            members = [self.view.model.actor(selected[1]).name]

        async def save(name: str, names: list[str], where: dict[str, str]) -> str | None:
            return await self.commit(lambda: save_hyperclass(self.interview, name, names, where))

        self.app.push_screen(HyperclassDialog(save, members))

    def action_usecases(self) -> None:
        from assistant.tui.screens.usecases import UseCasesScreen

        view = self.view

        def closed(_: None) -> None:
            self.recompute(self.filter_text)

        self.app.push_screen(
            UseCasesScreen(
                self.interview,
                read_only=self.read_only,
                model=view.model if view else None,
                ranking=view.ranking if view else None,
            ),
            closed,
        )

    def action_help(self) -> None:
        from assistant.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(flows_help()))

    def action_back(self) -> None:
        """Escape: out of the filter field first (the filter stays), then off the screen."""
        if self.query_one("#flows-filter", Input).has_focus:
            self._apply_filter()
            self.action_tab(self._active_tab())
            return
        self.dismiss(None)
