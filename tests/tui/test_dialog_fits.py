"""Every button of the extraction review is on screen in an 80-column terminal.

Seen in tmux: at 80×24 the review's row of five buttons ran past the dialog's edge and
"Close (esc)" was cut; a user who does not know esc had no visible way out.
"""

from __future__ import annotations

import pytest
from textual.widgets import Button

from tests.tui.conftest import answered_until
from tests.tui.helpers import send_for_review, settle

PARAGRAPH = (
    "The bed manager phones each ward to ask the nurse in charge how many beds are free."
    " Housekeeping rings the bed manager when a bed is cleaned."
)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_review_buttons_fit_inside_the_dialog(make_app, service, flow, size) -> None:
    answered_until(service, flow, "flows")
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.resume("s1")
        await settle(pilot)
        await send_for_review(pilot, PARAGRAPH)
        await settle(pilot)
        dialog = app.screen.query_one(".extraction-dialog").content_region
        shown = [b for b in app.screen.query(Button) if b.display and not b.has_class("-hidden")]
        assert {b.id for b in shown} >= {"accept-all", "accept-checked", "edit", "reject", "close"}
        for button in shown:
            box = button.region
            assert box.width > 0, f"{button.id} has no room"
            assert dialog.x <= box.x and box.right <= dialog.right, (
                f"{button.id} at columns {box.x}-{box.right} runs out of the dialog "
                f"({dialog.x}-{dialog.right})"
            )
