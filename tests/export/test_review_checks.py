"""The TUI review screen lists the checks across sections; enter on a failed one opens the
answer it quotes, and fixing that answer makes the check pass."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, OptionList, Static, TextArea

from assistant.paths import examples_dir
from assistant.services.importing import import_document, read_document
from assistant.services.interview import InterviewService
from assistant.store.sqlite import SQLiteStore
from assistant.tui.app import Data360App
from assistant.tui.screens.review import ReviewScreen
from assistant.tui.widgets.answers.base import AnswerInput
from tests.tui.helpers import settle


async def test_review_shows_failed_checks_and_opens_the_answer_they_quote(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "review.db")
    session_id = import_document(store, read_document(examples_dir() / "retail-demand.json"))
    interview = InterviewService(store).open(session_id)
    (tmp_path / "locks").mkdir()
    app = Data360App(
        store,
        flow=interview.flow,
        lock_dir=tmp_path / "locks",
        export_folder=tmp_path / "exports",
        cursor_blink=False,
        db_label="review.db",
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert review.checks is not None  # the worker has delivered them
        options = review.query_one("#review-list", OptionList)
        failed = [c for c in review.checks if c.status == "fail"]
        assert [c.id for c in failed] == ["source-on-map"]
        summary = str(review.query_one("#review-summary", Static).render())
        assert "1 check(s) failed" in summary
        first = options.get_option_at_index(0).prompt
        assert "Checks across sections" in str(first) and "1 failed" in str(first)
        index = options.get_option_index("check:source-on-map")
        body = str(options.get_option_at_index(index).prompt)
        assert "flow map" in body and "School and public holidays" in body
        # Enter on the failed check edits the answer it quotes (the data sources).
        options.highlighted = index
        options.focus()
        await pilot.press("enter")
        await settle(pilot)
        editor = app.screen.query_one(TextArea)
        sources = "\n".join(
            line
            for line in editor.text.splitlines()
            if line.split(" - ")[0]
            in ("POS sales by ticket and item", "Weather forecasts and observations per postcode")
        )
        assert sources
        editor.text = sources
        app.screen.query_one(AnswerInput).submit()
        await settle(pilot)
        if app.screen is not review:
            raise AssertionError(str(app.screen.query_one(".dialog-error", Label).render()))
        assert app.screen is review
        assert all(c.status != "fail" for c in review.checks or [])
        assert "checks passed" in str(review.query_one("#review-summary", Static).render())
    store.close()
