"""Command palette: contextual, namespaced commands ("interview: …", "view: …").

What is offered depends on the screen under the palette: navigation and panels in an
interview, sessions on the home screen, exports wherever a session is at hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from assistant.tui.host import host

Command = tuple[str, str, Callable[[], Any]]


class Data360Commands(Provider):
    """The app's own commands."""

    def _commands(self) -> Iterator[Command]:
        from assistant.tui.screens.flows import InfoFlowsScreen
        from assistant.tui.screens.home import HomeScreen
        from assistant.tui.screens.interview import InterviewScreen
        from assistant.tui.screens.review import ReviewScreen
        from assistant.tui.screens.usecases import UseCasesScreen
        from assistant.tui.text import one_line, section_label

        app = host(self.app)
        screen = self.screen
        if isinstance(screen, InterviewScreen):
            yield ("interview: back", "Back to the previous question", screen.action_back)
            yield ("interview: skip", "Skip this question", screen.action_skip)
            yield ("interview: review", "Review every answer, then export", screen.action_review)
            yield (
                "interview: change my last answer",
                "Select the last answer to edit it",
                screen.action_select_answer,
            )
            yield ("interview: help", "Why this question, and an example", screen.action_help)
            yield (
                "interview: help from the LLM",
                "Follow-up, draft, summary, use-case ideas",
                screen.action_llm_help,
            )
            for section in screen.interview.flow.sections:
                yield (
                    f"interview: jump to {section_label(section.title)}",
                    one_line(section.title, 70),
                    partial(screen.jump_to, section.id),
                )
            yield (
                "interview: back to sessions",
                "Leave this session (it is saved)",
                screen.action_home,
            )
            yield (
                "view: toggle document panel",
                "The framing document as it grows",
                screen.action_toggle_document,
            )
            yield (
                "view: toggle sections sidebar",
                "Progress by section",
                screen.action_toggle_sidebar,
            )
        if isinstance(screen, InterviewScreen | ReviewScreen):
            yield (
                "view: flows & hot spots",
                "Actors, flows, diagram and hot spots of this session (F3)",
                screen.action_flows,
            )
            yield (
                "view: use-case scoring",
                "Score use cases proposed from the hot spots, choose one (F5)",
                screen.action_usecases,
            )
        if isinstance(screen, InfoFlowsScreen):
            yield (
                "view: use-case scoring",
                "Score use cases proposed from the hot spots, choose one (u)",
                screen.action_usecases,
            )
            yield ("flows: add a flow", "One line of flow notation (a)", screen.action_add_flow)
            yield ("flows: add a hyperclass", "Group actors (h)", screen.action_hyperclass)
        if isinstance(screen, InterviewScreen | ReviewScreen | InfoFlowsScreen | UseCasesScreen):
            interview = screen.interview
            from assistant.tui.dialogs.export import LABELS, formats

            for fmt in formats():
                label = LABELS.get(fmt, fmt)
                yield (
                    f"export: {fmt}",
                    f"Write the {label}",
                    partial(_export, self.app, interview, fmt),
                )
        if isinstance(screen, HomeScreen):
            yield ("session: new", "Start a new framing", screen.action_new)
            yield ("session: import", "Import a JSON export", screen.action_import)
            for record in screen.records[:50]:
                yield (
                    f"session: open {one_line(record.title, 50)}",
                    f"{record.progress}% answered",
                    partial(app.resume, record.id),
                )
        yield ("theme: toggle light / dark", "Switch the colour theme", app.action_toggle_theme)
        yield ("theme: light", "Light theme", partial(setattr, app, "theme", "textual-light"))
        yield ("theme: dark", "Dark theme", partial(setattr, app, "theme", "textual-dark"))
        yield ("app: quit", "Quit data360 (answers and unsent text are kept)", self.app.action_quit)

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                # Content(name), not matcher.highlight: titles are user text, not markup.
                yield Hit(score, Content(name), callback, text=name, help=help_text)


def _export(app: App[Any], interview: Any, fmt: str) -> None:
    from assistant.tui.dialogs.export import ExportDialog

    app.push_screen(ExportDialog(interview, fmt, folder=host(app).export_folder))
