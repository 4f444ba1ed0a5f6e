"""A first-person paragraph that never says who is writing: the review says how many flows
wait on the writer's role, and closing it keeps the text to add the role and send again."""

from __future__ import annotations

from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.widgets.prompt_input import PromptInput
from tests.tui.conftest import answered_until
from tests.tui.helpers import current_id, send_for_review, settle, wait_until

PARAGRAPH = (
    "The planner emails me the shutdown plan every Monday, and I type it into SAP PM."
    " The maintenance team phones the warehouse about spare parts."
)


async def test_the_review_says_flows_wait_on_the_role_and_the_text_can_be_completed(
    make_app, service, flow
) -> None:
    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # open the session from home
        await wait_until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
        screen = app.screen
        await settle(pilot)
        review = await send_for_review(pilot, PARAGRAPH)
        warning = str(review.query_one("#extraction-warnings").render())
        assert "2 more flows say 'I', 'me' or 'we'" in warning
        assert "never says who you are" in warning
        assert warning.rstrip().endswith('("I\'m the …", "we\'re the … team")')  # not cut
        assert review.query_one("#extraction-warnings").display

        await pilot.press("escape")  # close: the text stays
        await wait_until(pilot, lambda: app.screen is screen, "back in the interview")
        chat_input = screen.query_one("#flow-notation", PromptInput)
        assert chat_input.text == PARAGRAPH
        chat_input.text = "I'm the maintenance supervisor. " + PARAGRAPH

        review = await send_for_review(pilot, "")
        proposed = [(f.source, f.targets) for f in review.proposal.extraction.flows]
        assert ("planner", ["maintenance supervisor"]) in proposed
        assert ("maintenance supervisor", ["SAP PM"]) in proposed
        assert "who you are" not in str(review.query_one("#extraction-warnings").render())
        await pilot.press("a")
        await wait_until(pilot, lambda: current_id(pilot) == "candidates", "the next question")
        sources = [f["source"] for f in screen.interview.state.answers["flows"]]
        assert sources == ["planner", "maintenance supervisor", "maintenance team"]
