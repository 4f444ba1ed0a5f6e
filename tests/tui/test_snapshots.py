"""SVG snapshots of every screen and every input kind, at 80×24 and 120×40.

Deterministic: fixed clock, fixed session ids, UTC, no cursor blink. Regenerate with
``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at the diffs.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from assistant.tui.app import LIGHT_THEME
from tests.tui.conftest import answered_until
from tests.tui.helpers import send_for_review, settle, wait_until

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]

KIND_STOPS = {
    "text-paragraph": "perimeter",
    "flows": "flows",
    "usecases": "candidates",
    "choice": "chosen",
    "text-line": "product_name",
    "multi": "task_types",
    "scale": "confidence",
    "yesno": "personal_data",
    "number": "volume",
    "list": "team",
}


def opened(session_id: str, then: Any = None):
    """A run_before that resumes a session (and optionally does more)."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        pilot.app.resume(session_id)  # type: ignore[attr-defined]
        await settle(pilot)
        if then is not None:
            await then(pilot)
            await settle(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_home_empty(snap_compare, make_app, size) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_home_sessions(snap_compare, make_app, service, flow, size) -> None:
    answered_until(service, flow, "vision", title="Maintenance planning", session_id="s1")
    answered_until(service, flow, None, title="Demand forecast [retail]", session_id="s2")
    service.start(flow, "Fresh idea", session_id="s3")
    assert snap_compare(make_app(), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", list(KIND_STOPS))
def test_interview_input(snap_compare, make_app, service, flow, kind, size) -> None:
    answered_until(service, flow, KIND_STOPS[kind])
    assert snap_compare(make_app(), terminal_size=size, run_before=opened("s1"))


@pytest.mark.parametrize("size", SIZES)
def test_interview_document_panel(snap_compare, make_app, service, flow, size) -> None:
    answered_until(service, flow, "personal_data")

    async def show_panel(pilot: Pilot[Any]) -> None:
        from assistant.tui.widgets.document_panel import DocumentPanel

        await pilot.press("f2")
        panel = pilot.app.screen.query_one(DocumentPanel)
        await wait_until(pilot, lambda: panel.shown_document, "the document drawn")

    assert snap_compare(make_app(), terminal_size=size, run_before=opened("s1", show_panel))


@pytest.mark.parametrize("size", SIZES)
def test_review(snap_compare, make_app, service, flow, size) -> None:
    interview = answered_until(service, flow, "automation")
    interview.skip()

    async def review(pilot: Pilot[Any]) -> None:
        await pilot.press("ctrl+r")
        await settle(pilot)  # the checks across sections arrive from a worker

    assert snap_compare(make_app(), terminal_size=size, run_before=opened("s1", review))


def test_light_theme_finished(snap_compare, make_app, service, flow) -> None:
    answered_until(service, flow, None)
    assert snap_compare(
        make_app(theme=LIGHT_THEME), terminal_size=(80, 24), run_before=opened("s1")
    )


def test_narrow_terminal(snap_compare, make_app, service, flow) -> None:
    answered_until(service, flow, "vision")
    assert snap_compare(make_app(), terminal_size=(40, 20), run_before=opened("s1"))


def test_help(snap_compare, make_app, service, flow) -> None:
    answered_until(service, flow, "perimeter")

    async def help_key(pilot: Pilot[Any]) -> None:
        await pilot.press("f1")

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=opened("s1", help_key))


WARD_PARAGRAPH = (
    "Every morning the bed manager phones each ward to ask the nurse in charge how many beds"
    " are free, which takes ages. Discharge letters are typed by the medical secretaries and"
    " posted to the GP, usually two days late. Housekeeping rings the bed manager when a bed"
    " is cleaned, but nobody tells the ward."
)


@pytest.mark.parametrize("size", SIZES)
def test_extraction_review(snap_compare, make_app, service, flow, size) -> None:
    """A paragraph at the flows question, read into flows with their channel, frequency and
    pains: one line each, as wide as the terminal allows."""
    answered_until(service, flow, "flows")

    async def send_paragraph(pilot: Pilot[Any]) -> None:
        await send_for_review(pilot, WARD_PARAGRAPH)

    assert snap_compare(make_app(), terminal_size=size, run_before=opened("s1", send_paragraph))
