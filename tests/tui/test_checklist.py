"""Ticked options read as ticked without colour, and each mark stays on its own option."""

from __future__ import annotations

from textual.app import App, ComposeResult

from assistant.tui.widgets.checklist import CheckList

LONG = "the planner emails the weekly production plan with every line's shift pattern " * 2


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield CheckList[int](
            ("short one", 0, True),
            (LONG, 1, True),
            ("third option", 2, True),
            ("fourth option", 3, True),
        )


def screen_lines(listing: CheckList[int]) -> list[str]:
    return [listing.render_line(y).text for y in range(listing.size.height)]


def first_line_of(lines: list[str], label: str) -> int:
    return next(i for i, text in enumerate(lines) if label in text)


async def test_marks_read_ticked_or_not_and_the_cursor_without_colour() -> None:
    app = ListApp()
    async with app.run_test(size=(50, 20)) as pilot:
        listing = app.query_one(CheckList)
        listing.deselect(2)
        await pilot.pause()
        lines = screen_lines(listing)
        assert lines[first_line_of(lines, "short one")].startswith("› [x] short one")
        assert lines[first_line_of(lines, "third option")].startswith("  [ ] third option")
        assert lines[first_line_of(lines, "fourth option")].startswith("  [x] fourth option")
        await pilot.press("down", "down")
        lines = screen_lines(listing)
        assert lines[first_line_of(lines, "third option")].startswith("› [ ] third option")


async def test_a_wrapped_label_keeps_every_mark_and_click_on_its_own_option() -> None:
    app = ListApp()
    async with app.run_test(size=(50, 20)) as pilot:
        listing = app.query_one(CheckList)
        await pilot.pause()
        lines = screen_lines(listing)
        third = first_line_of(lines, "third option")
        assert third > 2, "the long label must wrap for this test to mean anything"
        wrapped = lines[first_line_of(lines, "the planner") + 1 : third]
        assert wrapped and all(text.startswith("      ") for text in wrapped)
        assert sum("[x]" in text or "[ ]" in text for text in lines) == 4
        top = listing.content_region.y - listing.region.y  # the list's border
        await pilot.click(CheckList, offset=(3, top + third))
        await pilot.pause()
        assert sorted(listing.selected) == [0, 1, 3]


async def test_the_extraction_review_shows_which_flows_are_kept_in_plain_text(
    make_app, service, flow, store
) -> None:
    import json

    from tests.llm.fakes import GOOD_REPLY
    from tests.tui.conftest import answered_until
    from tests.tui.helpers import settle
    from tests.tui.test_llm_screens import factory, open_review

    interview = answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.open_interview(interview)
        await settle(pilot)
        await open_review(pilot, factory(store, json.dumps(GOOD_REPLY)))
        listing = app.screen.query_one(CheckList)
        assert listing.has_focus
        lines = [line for line in screen_lines(listing) if line[2:5] in {"[x]", "[ ]"}]
        assert lines[0].startswith("› [x]")
        await pilot.press("down", "space")
        lines = [line for line in screen_lines(listing) if line[2:5] in {"[x]", "[ ]"}]
        assert lines[1].startswith("› [ ]")
        assert sorted(listing.selected) == [0, 2]
