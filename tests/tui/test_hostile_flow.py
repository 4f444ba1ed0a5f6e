"""A session whose flow holds costly expressions opens, answers and quits (issue 12, item 2).

Such a flow is refused by ``flow validate``, ``--flow`` and ``import`` now, but a database
may hold one from before: the TUI must still open it, show it and let q quit, because
conditions and templates are evaluated under limits everywhere they run.
"""

from __future__ import annotations

from assistant.models.flowdef import FlowDefinition
from assistant.services.interview import InterviewService
from assistant.tui.screens.home import HomeScreen
from assistant.tui.screens.interview import InterviewScreen
from tests.tui.conftest import clock
from tests.tui.helpers import current_id, settle


def hostile(flow: FlowDefinition) -> FlowDefinition:
    data = flow.model_dump(mode="json")
    questions = data["sections"][0]["questions"]
    questions[0]["prompt"] = "Perimeter? {{ 4000000**4000000 }} {{ 'x'*3000000000 }}"
    data["sections"][1]["questions"][0]["when"] = "4000000**4000000 > 1"
    data["sections"][1]["questions"][1]["prompt"] = (
        "{% for a in range(9999) %}{% for b in range(9999) %}{% endfor %}{% endfor %}Vision?"
    )
    return FlowDefinition.model_validate(data)


async def test_a_stored_hostile_flow_opens_answers_and_quits(make_app, store, flow):
    bad = hostile(flow)
    service = InterviewService(store, clock=clock)
    service.start(bad, "Hostile", "", session_id="s1")
    app = make_app(flow=bad)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.resume("s1")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert current_id(pilot) == "perimeter"
        prompt = screen.interview.prompt(screen.interview.current())
        assert "{{ 4000000**4000000 }}" in prompt  # shown raw, not evaluated
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code in (0, None)
    # The condition that breaks a limit is false: the business question is not asked.
    interview = service.open("s1")
    assert not interview.engine.applies(interview.state, bad.sections[1].questions[0].id)
