"""Home (delete, import, export), the palette, themes, help, $EDITOR, the real flow."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from textual.widgets import DataTable, Input, Static

from assistant.export import write_export
from assistant.tui.app import LIGHT_THEME
from assistant.tui.dialogs.confirm import ConfirmDialog
from assistant.tui.dialogs.export import ExportDialog, with_suffix
from assistant.tui.dialogs.path_dialog import PathDialog
from assistant.tui.screens.help import HelpScreen
from assistant.tui.screens.home import HomeScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.widgets.prompt_input import PromptInput
from assistant.tui.widgets.sections import SectionSidebar
from tests.tui.conftest import answered_until
from tests.tui.helpers import current_id, palette_command, paste, settle


async def test_empty_home_explains_the_tool(make_app):
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        empty = app.screen.query_one("#empty", Static)
        assert empty.display
        assert "framing of a data product" in str(empty.content)
        await pilot.press("enter", "d", "e")  # nothing selected: told, no crash
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_delete_asks_first(make_app, service, flow, store):
    answered_until(service, flow, "vision", session_id="s1")
    service.start(flow, "Second", session_id="s2")
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 2
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert table.row_count == 2
        await pilot.press("d", "y")
        await settle(pilot)
        assert table.row_count == 1
    assert len(store.sessions()) == 1


async def test_export_from_home_then_import_back(make_app, service, flow, store, tmp_path):
    answered_until(service, flow, None, session_id="s1")
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        from textual.widgets import Select

        dialog.query_one(Select).value = "json"
        await pilot.pause()
        path = Path(dialog.query_one("#path", Input).value)
        assert path.name == "maintenance-planning.json"
        await pilot.click("#export")
        await settle(pilot)
        assert dialog.written == path.resolve() and path.is_file()
        await pilot.press("escape")

        store.delete_session("s1")
        app.screen.reload()
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, PathDialog)
        await paste(pilot, str(tmp_path / "nothing.json"))
        await pilot.press("enter")
        assert "No file" in str(app.screen.query_one(".dialog-error").content)
        app.screen.query_one(Input).value = str(path)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.query_one(DataTable).row_count == 1
    assert service.open("s1").is_complete()


async def test_import_of_a_bad_file_is_a_notification(make_app, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        app.screen.import_file(str(bad))
        await settle(pilot)
        assert any("not valid JSON" in str(n.message) for n in app._notifications)


async def test_palette_jump_theme_and_help(make_app, service, flow):
    answered_until(service, flow, "product_name")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.resume("s1")
        await settle(pilot)
        screen = app.screen
        await pilot.press("ctrl+p")
        await palette_command(pilot, "jump to Data")
        await settle(pilot)
        assert app.screen is screen
        assert current_id(pilot) == "personal_data"

        await pilot.press("ctrl+t")
        assert app.theme == LIGHT_THEME

        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("ctrl+g")  # jump dialog: back to Business
        await settle(pilot)
        await pilot.click("#action-business")
        await settle(pilot)
        assert current_id(pilot) == "product_name"  # the first open question there

        # "?" is typed in a text input, not taken as the help key
        await pilot.press("question_mark")
        await settle(pilot)
        assert app.screen is screen
        assert screen.query_one("#answer-line", Input).value == "?"


async def test_sidebar_jump_and_escape_home(make_app, service, flow):
    answered_until(service, flow, "product_name")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.resume("s1")
        await settle(pilot)
        screen = app.screen
        screen.query_one(SectionSidebar).post_message(SectionSidebar.JumpRequested("build"))
        await settle(pilot)
        assert current_id(pilot) == "team"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert "build" in str(app.screen.query_one(DataTable).get_row_at(0)[2])


async def test_ctrl_o_edits_in_the_editor(make_app, service, flow, tmp_path, monkeypatch):
    answered_until(service, flow, "perimeter")
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys\nopen(sys.argv[1], 'a').write(' and from the editor')\n", encoding="utf-8"
    )
    monkeypatch.setenv("VISUAL", f"{sys.executable} {script}")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        await settle(pilot)
        app.resume("s1")
        await settle(pilot)
        await paste(pilot, "typed here")
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.screen.query_one(PromptInput).text == "typed here and from the editor"


async def test_the_shipped_flow_opens_and_takes_answers(make_app):
    app = make_app(flow=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await paste(pilot, "Real flow")
        await pilot.press("enter", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert screen.interview.flow.id == "data360"
        sections = screen.query_one(SectionSidebar).query_one("OptionList")
        assert sections.option_count == 5
        first = screen.interview.current()
        assert first is not None and first.id == "perimeter"
        await paste(pilot, "Normandy refinery, maintenance planning")
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert screen.interview.state.answers["perimeter"].startswith("Normandy")
        assert current_id(pilot) != "perimeter"


async def test_replay_opens_read_only(make_app, service, flow):
    interview = answered_until(service, flow, "vision")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await app.push_screen(InterviewScreen(interview, replay=True))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen.replay
        assert "Replay" in str(screen.query_one(".composer-banner").content)


def test_export_suffixes_are_swapped_whole():
    assert with_suffix("/tmp/a.md", ".json") == "/tmp/a.json"
    assert with_suffix("/tmp/a.model.json", ".md") == "/tmp/a.md"
    assert with_suffix("/tmp/a", ".md") == "/tmp/a.md"


def test_write_export_is_what_the_dialog_calls(service, flow, tmp_path):
    interview = answered_until(service, flow, None)
    written = write_export(interview, "markdown", tmp_path / "x.md")
    assert "PlanRight" in written.read_text(encoding="utf-8")


async def test_first_screen_lists_sessions_before_the_store_opens(service, flow, db_path):
    answered_until(service, flow, "vision", session_id="s1")
    from assistant.store.sqlite import SQLiteStore
    from assistant.tui.app import Data360App

    opened: list[SQLiteStore] = []

    def open_it() -> SQLiteStore:
        opened.append(SQLiteStore(db_path))
        return opened[-1]

    app = Data360App(db_path=str(db_path), open_store=open_it, cursor_blink=False)
    async with app.run_test() as pilot:
        assert app.screen.query_one(DataTable).row_count == 1  # plain read, store not needed
        await settle(pilot)
        assert app.store_is_open and len(opened) == 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
    app.close_store()


async def test_a_database_that_cannot_open_ends_the_app_with_its_message(tmp_path):
    from assistant.store.sqlite import SQLiteStore
    from assistant.tui.app import Data360App

    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database at all, just text" * 100)
    app = Data360App(db_path=str(bad), open_store=lambda: SQLiteStore(bad))
    async with app.run_test() as pilot:
        await settle(pilot)
    assert app.fatal_error and "not a data360 database" in app.fatal_error
    assert app.return_code == 1


async def test_review_goes_to_a_missing_question_and_edits_in_place(make_app, service, flow):
    interview = answered_until(service, flow, "automation")
    interview.skip()  # automation: required, skipped
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("r")  # review from home
        await settle(pilot)
        from assistant.tui.screens.review import ReviewScreen

        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert review.missing[0] == "automation"
        # an answered one is changed in place
        options = review.query_one("#review-list")
        options.highlighted = options.get_option_index("vision")
        await pilot.press("enter")
        await settle(pilot)
        app.screen.query_one(Input).value = "A clearer vision"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is review
        assert review.interview.state.answers["vision"] == "A clearer vision"
        # a missing one takes you to the interview, at that question
        await pilot.press("m", "enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert current_id(pilot) == "automation"
