"""Review before export: the checks across sections, every answer by section, what is
missing, how complete it is.

The screen returns the id of a question to go to (a missing one the user chose), or
None. Answered questions are changed in place through the edit dialog; enter on a failed
check opens the first answer it quotes. The checks are computed in a worker (they build
the whole framing document) and shown at the top of the list when they arrive.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Header, OptionList, Static
from textual.widgets.option_list import Option

from assistant.engine.answers import AnswerError
from assistant.errors import UserError
from assistant.models.document import CheckResult
from assistant.services.interview import Interview
from assistant.tui.dialogs.edit_answer import EditAnswerDialog
from assistant.tui.dialogs.export import ExportDialog
from assistant.tui.live import FollowsSession
from assistant.tui.messages import ChecksReady
from assistant.tui.text import PANEL_CHARS, clip, format_answer, one_line, section_label, visible
from assistant.tui.widgets.keybar import KeyBar

Editor = Callable[[str, Any], Awaitable[str | None]]


class ReviewScreen(FollowsSession, Screen[str | None]):
    """All answers; enter changes an answer or goes to a missing question."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="review.back", tooltip="Back to the interview"),
        Binding("e", "export", "Export", id="review.export", tooltip="Export the framing"),
        Binding(
            "m",
            "next_missing",
            "Next missing",
            id="review.missing",
            tooltip="Highlight the next required question without an answer",
        ),
        Binding(
            "f3",
            "flows",
            "Flows",
            id="review.flows",
            tooltip="The flow map and its hot spots (editable)",
        ),
        Binding("f5", "usecases", "Use cases", id="review.usecases", show=False),
        Binding("f1", "help", "Help", id="review.help"),
    ]

    def __init__(self, interview: Interview, editor: Editor | None = None) -> None:
        super().__init__()
        self.interview = interview
        self.editor = editor or self._edit_here
        self.missing: list[str] = []
        self.checks: list[CheckResult] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-top"):
            yield Static("", id="review-summary", markup=False)
            yield Button("Export", id="export", variant="primary", compact=True)
        yield OptionList(id="review-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "data360 · review"
        self.sub_title = one_line(self.interview.title, 60)
        self.redraw()
        self.query_one(OptionList).focus()
        self.refresh_checks()
        self.follow()

    def caught_up(self) -> None:
        """Answers given elsewhere show up here at once."""
        self.redraw()
        self.refresh_checks()

    @work(thread=True, exclusive=True, group="review-checks", exit_on_error=False)
    def refresh_checks(self) -> None:
        """Run the checks across sections off the UI thread, then redraw with them."""
        from assistant.services.document import build_document

        checks = build_document(self.interview).checks
        self.post_message(ChecksReady(checks))

    def on_checks_ready(self, event: ChecksReady) -> None:
        event.stop()
        self.checks = event.checks
        self.redraw()

    def redraw(self) -> None:
        interview = self.interview
        engine, state = interview.engine, interview.state
        completeness = interview.summary().completeness
        self.missing = list(completeness.missing_required)
        # Honest: every applicable question counts, so a skip never shows 100 %.
        applicable = [q for q, a in zip(engine.questions, engine.plan(state), strict=True) if a]
        answered = sum(1 for q in applicable if q.id in state.answers)
        percent = (100 * answered) // len(applicable) if applicable else 100
        summary = [
            f"Completeness {percent}% ({answered}/{len(applicable)} answered, "
            f"{completeness.required_answered}/{completeness.required_total} required)",
        ]
        if self.missing:
            summary.append(f"{len(self.missing)} required missing (m: next)")
        if completeness.skipped:
            summary.append(f"{len(completeness.skipped)} skipped")
        if completeness.topics_uncovered:
            summary.append(f"{len(completeness.topics_uncovered)} core topics not covered")
        if any(c.status != "not_applicable" for c in self.checks or []):
            failed = sum(1 for c in self.checks or [] if c.status == "fail")
            summary.append(f"{failed} check(s) failed" if failed else "checks passed")
        self.query_one("#review-summary", Static).update(" · ".join(summary))

        option_list = self.query_one(OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        answers = state.answers
        # Checks apply to the Data 360 questions; a flow they do not apply to shows none.
        checks = [c for c in self.checks or [] if c.status != "not_applicable"]
        if checks:
            self._add_checks(option_list, checks)
        for index, progress in enumerate(engine.section_progress(state)):
            section = engine.sections[progress.id]
            if index or checks:
                option_list.add_option(None)
            option_list.add_option(
                Option(
                    Content.assemble(
                        (f"{section_label(section.title)}", "bold $text-accent"),
                        (f"  {progress.answered}/{progress.total}", "$text-muted"),
                    ),
                    disabled=True,
                )
            )
            for question in section.questions:
                if not engine.applies(state, question.id):
                    continue
                prompt = one_line(engine.prompt(state, question), 300)
                if question.id in answers:
                    answer = visible(
                        clip(format_answer(question, answers[question.id]), PANEL_CHARS)
                    )
                    flag = (
                        ("  ⚑ check: an answer it depends on changed", "$text-warning")
                        if question.id in state.needs_review
                        else ("", "")
                    )
                    body = Content.assemble(
                        ("✔ ", "$text-success"),
                        (prompt, "bold"),
                        flag,
                        "\n",
                        (_indent(answer), ""),
                    )
                elif question.required:
                    status = "skipped" if question.id in state.skipped else "missing"
                    body = Content.assemble(
                        ("✘ ", "$text-error"),
                        (prompt, "bold"),
                        "\n",
                        (f"    {status} — required; enter to answer it now", "$text-error"),
                    )
                else:
                    status = "skipped" if question.id in state.skipped else "not answered"
                    body = Content.assemble(
                        ("· ", "$text-muted"),
                        (prompt, ""),
                        "\n",
                        (f"    {status} (optional); enter to answer it", "$text-muted"),
                    )
                option_list.add_option(Option(body, id=question.id))
        if highlighted is not None and highlighted < option_list.option_count:
            option_list.highlighted = highlighted
        else:
            option_list.highlighted = 1 if option_list.option_count > 1 else None

    def _add_checks(self, option_list: OptionList, checks: list[CheckResult]) -> None:
        """The checks across sections: each failed one with its reason and quotes, then
        the passed ones on one line."""
        failed = [c for c in checks if c.status == "fail"]
        passed = [c for c in checks if c.status == "pass"]
        option_list.add_option(
            Option(
                Content.assemble(
                    ("Checks across sections", "bold $text-accent"),
                    (f"  {len(passed)} passed, {len(failed)} failed", "$text-muted"),
                ),
                disabled=True,
            )
        )
        for check in failed:
            quotes = "\n".join(
                f"    {q.question}: \u201c{visible(clip(q.text, PANEL_CHARS))}\u201d"
                for q in check.quotes[:3]
            )
            body = Content.assemble(
                ("✘ ", "$text-error"),
                (check.title, "bold"),
                "\n",
                (_indent(visible(check.reason)), "$text-error"),
                "\n" if quotes else "",
                (quotes, "$text-muted"),
            )
            option_list.add_option(Option(body, id=f"check:{check.id}"))
        if passed:
            names = "; ".join(c.title for c in passed)
            option_list.add_option(
                Option(
                    Content.assemble(("✔ ", "$text-success"), (names, "$text-muted")), disabled=True
                )
            )

    @on(OptionList.OptionSelected, "#review-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        question_id = event.option.id
        if question_id is None:
            return
        if question_id.startswith("check:"):
            question_id = self._check_target(question_id.removeprefix("check:"))
            if question_id is None:
                return
        if question_id in self.interview.state.answers:
            self.edit(question_id)
        else:
            self.dismiss(question_id)

    def _check_target(self, check_id: str) -> str | None:
        """The first answered question a failed check quotes (where to fix it)."""
        for check in self.checks or []:
            if check.id == check_id:
                for quote in check.quotes:
                    if quote.question_id in self.interview.state.answers:
                        return quote.question_id
        return None

    def edit(self, question_id: str) -> None:
        interview = self.interview
        question = interview.question(question_id)

        async def save(raw: Any) -> str | None:
            error = await self.editor(question_id, raw)
            if error is None:
                self.redraw()
                self.refresh_checks()
            return error

        self.app.push_screen(
            EditAnswerDialog(
                question,
                interview.prompt(question),
                interview.choices(question),
                interview.state.answers.get(question_id),
                save,
            )
        )

    async def _edit_here(self, question_id: str, raw: Any) -> str | None:
        """Edit without an interview screen behind (review opened from home)."""
        try:
            await asyncio.to_thread(self.interview.edit, question_id, raw)
        except (AnswerError, UserError) as error:
            return str(error)
        return None

    def action_next_missing(self) -> None:
        if not self.missing:
            self.notify("No required question is missing.")
            return
        option_list = self.query_one(OptionList)
        start = (option_list.highlighted or 0) + 1
        indexes = [option_list.get_option_index(qid) for qid in self.missing]
        after = [i for i in indexes if i >= start]
        option_list.highlighted = (after or indexes)[0]
        option_list.focus()

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        self.app.push_screen(ExportDialog(self.interview, folder=self.app_export_folder()))

    def app_export_folder(self) -> Any:
        return getattr(self.app, "export_folder", None)

    def action_flows(self) -> None:
        """F3: the flows & hot spots screen; the list is redrawn with what it changed."""
        from assistant.tui.screens.flows import InfoFlowsScreen

        self.app.push_screen(InfoFlowsScreen(self.interview), lambda _: self.redraw())

    def action_usecases(self) -> None:
        """F5: the use-case scoring screen; the list is redrawn with what it changed."""
        from assistant.tui.screens.usecases import UseCasesScreen

        self.app.push_screen(UseCasesScreen(self.interview), lambda _: self.redraw())

    def action_help(self) -> None:
        from assistant.tui.screens.help import HelpScreen

        self.app.push_screen(
            HelpScreen(
                "# Review\n\nEvery answer by section. **Enter** on an answer changes it; on a"
                " missing one it takes you back to the interview at that question. **m** jumps"
                " to the next missing required question, **e** exports."
            )
        )

    def action_back(self) -> None:
        self.dismiss(None)


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" for line in text.split("\n"))
