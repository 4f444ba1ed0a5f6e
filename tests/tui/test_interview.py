"""A whole interview driven through the keyboard, as a new user would."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import DataTable, Input, OptionList

from assistant.services.interview import InterviewService
from assistant.tui.dialogs.edit_answer import EditAnswerDialog
from assistant.tui.dialogs.export import ExportDialog
from assistant.tui.screens.home import HomeScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.screens.review import ReviewScreen
from assistant.tui.widgets.chat import AnswerBubble, Bubble
from assistant.tui.widgets.prompt_input import PromptInput
from assistant.tui.widgets.sections import SectionSidebar
from tests.tui.conftest import clock
from tests.tui.helpers import composer_error, current_id, paste, settle, type_text


async def test_whole_interview_every_kind_then_resume_review_export(
    make_app, store, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("n")
        await type_text(pilot, "Maint")
        await paste(pilot, "enance planning")
        await pilot.press("enter")
        await pilot.press("enter")  # no perimeter yet: the first question asks for it
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert current_id(pilot) == "perimeter"

        # text, multi-line: an empty answer is refused inline; Enter is a newline.
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert composer_error(pilot) == "an answer is required"
        await paste(pilot, "Normandy refinery\nmaintenance")
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert current_id(pilot) == "flows"
        assert composer_error(pilot) == ""

        # flows: the chat input has the focus; a bad notation line keeps the text and
        # says why; then the form (one key away) + notation.
        notation = screen.query_one("#flow-notation", PromptInput)
        assert screen.focused is notation
        await paste(pilot, "planner -> : x")
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert "expected a target name" in composer_error(pilot)
        assert notation.text == "planner -> : x"
        notation.text = "maintenance -> planner: job status [phone] (low) @daily !late"
        await pilot.press("ctrl+f")
        assert screen.focused is screen.query_one("#flow-source", Input)
        await paste(pilot, "planner")
        await pilot.press("tab")
        await paste(pilot, "maintenance, warehouse")
        await pilot.press("tab")
        await paste(pilot, "shutdown plan")
        await pilot.press("tab")
        await paste(pilot, "email")
        await pilot.press("enter")  # adds the flow to the table
        await pilot.pause()
        assert screen.query_one("#flow-table", DataTable).row_count == 1
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert current_id(pilot) == "candidates"
        flows = screen.interview.state.answers["flows"]
        assert [f["source"] for f in flows] == ["planner", "maintenance"]
        assert flows[0]["targets"] == ["maintenance", "warehouse"]
        assert flows[1]["pain_points"] == ["late"]

        # use cases: add two candidates, score the second with digits in the table.
        await paste(pilot, "Predictive scheduling | 4 | 3 | 5 | 2")
        await pilot.press("enter")
        await paste(pilot, "Spare parts")
        await pilot.press("enter")
        await pilot.press("5", "4", "2", "1")  # desirability … viability of the new row
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert current_id(pilot) == "chosen"
        candidates = screen.interview.state.answers["candidates"]
        assert candidates[1] == {
            **candidates[1],
            "title": "Spare parts",
            "desirability": 5,
            "datability": 4,
            "feasibility": 2,
            "viability": 1,
        }

        # choice from the candidates: move down, enter.
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.interview.state.answers["chosen"] == "Spare parts"

        # text, one line, offered from the title (not asked from scratch); the next
        # prompt pipes the answer in.
        name = screen.query_one("#answer-line", Input)
        assert name.value == "Maintenance planning"
        assert "suggested from the framing's title" in str(
            screen.query_one(".composer-hint").content
        )
        name.value = ""
        await paste(pilot, "PlanRight")
        await pilot.press("enter")
        await settle(pilot)
        questions = [b.entry.text for b in screen.query(Bubble) if b.entry.role == "question"]
        assert questions[-1] == "In one sentence, what is the vision for PlanRight?"

        # back: the previous answer comes back prefilled; send it changed.
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert current_id(pilot) == "product_name"
        field = screen.query_one("#answer-line", Input)
        assert field.value == "PlanRight"
        field.value = "PlanRight 2"
        await pilot.press("enter")
        await settle(pilot)
        assert current_id(pilot) == "vision"
        assert screen.interview.state.answers["product_name"] == "PlanRight 2"
        await paste(pilot, "Plans that hold")
        await pilot.press("enter")
        await settle(pilot)

        # multi: space ticks, ctrl+j sends.
        assert current_id(pilot) == "task_types"
        await pilot.press("space", "down", "down", "space", "ctrl+j")
        await settle(pilot)
        assert screen.interview.state.answers["task_types"] == ["Forecast", "Recommend"]
        await pilot.press("enter")  # automation: first choice
        await settle(pilot)
        await pilot.press("4")  # scale
        await settle(pilot)
        assert screen.interview.state.answers["confidence"] == 4
        await pilot.press("y")  # yes/no opens the branch
        await settle(pilot)
        assert current_id(pilot) == "gdpr_basis"
        await paste(pilot, "Consent")
        await pilot.press("enter")
        await settle(pilot)

        # number: a wrong value is refused, the typed text kept.
        await paste(pilot, "abc")
        await pilot.press("enter")
        await settle(pilot)
        assert composer_error(pilot) == "'abc' is not a number"
        assert screen.query_one("#answer-line", Input).value == "abc"
        # a range asks for one number; a number said the way people say it is taken
        screen.query_one("#answer-line", Input).value = "10-15"
        await pilot.press("enter")
        await settle(pilot)
        assert composer_error(pilot) == "'10-15' is a range: give one number (its middle, say)"
        screen.query_one("#answer-line", Input).value = "about 12,5 hours a week"
        await pilot.press("enter")
        await settle(pilot)
        assert screen.interview.state.answers["volume"] == 12.5

        # skip the optional question, then quit in the middle of the list answer.
        assert current_id(pilot) == "remarks"
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert current_id(pilot) == "team"
        sidebar = screen.query_one(SectionSidebar)
        assert "Build" in str(sidebar.query_one(OptionList).get_option_at_index(4).prompt)
        await pilot.press("ctrl+q")

    # Relaunch: the same question, the conversation rebuilt from the history.
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # resume the only session
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert current_id(pilot) == "team"
        answers = [b.entry.text for b in screen.query(AnswerBubble)]
        assert answers[0] == "Normandy refinery\nmaintenance"
        assert "PlanRight 2" in answers
        assert any(b.entry.text == "skipped" for b in screen.query(Bubble))

        # list: one item per line.
        await type_text(pilot, "Ana\nBob")
        await pilot.press("ctrl+j")
        await settle(pilot)
        assert screen.interview.state.answers["team"] == ["Ana", "Bob"]
        assert screen.interview.current() is None

        # edit an earlier answer by selecting its bubble.
        bubble = next(b for b in screen.query(AnswerBubble) if b.entry.question_id == "vision")
        bubble.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EditAnswerDialog)
        field = app.screen.query_one(Input)
        assert field.value == "Plans that hold"
        field.value = "Plans that hold, every week"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.interview.state.answers["vision"] == "Plans that hold, every week"

        # review, then export Markdown and JSON.
        await pilot.press("ctrl+r")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        # One optional question skipped: never 100 % (issue 15).
        assert "Completeness 92% (13/14 answered, 13/13 required)" in str(
            review.query_one("#review-summary").content
        )
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        await pilot.press("enter")  # Export has the focus
        await settle(pilot)
        markdown = tmp_path / "exports" / "maintenance-planning.md"
        assert dialog.written == markdown.resolve()
        assert f"Written to {markdown.resolve()}" in str(dialog.query_one("#export-result").content)
        text = markdown.read_text(encoding="utf-8")
        assert "Plans that hold, every week" in text
        dialog.query_one("#path", Input).value = str(tmp_path / "out" / "framing.json")
        dialog.fmt = "json"
        dialog.start_export()
        await settle(pilot)
        document = json.loads((tmp_path / "out" / "framing.json").read_text(encoding="utf-8"))
        assert document["session"]["title"] == "Maintenance planning"
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert app.screen is screen

    # What is stored is exactly what was typed.
    interview = InterviewService(store, clock=clock).open(screen.interview.id)
    assert interview.state.answers["perimeter"] == "Normandy refinery\nmaintenance"
    assert interview.state.answers["team"] == ["Ana", "Bob"]
    assert interview.state.skipped == {"remarks"}
