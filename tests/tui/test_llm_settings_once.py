"""The LLM settings are read once per app, not after every answer on the UI thread."""

from __future__ import annotations

import assistant.llm.config as config
from tests.tui.conftest import answered_until
from tests.tui.helpers import composer_error, current_id, paste, settle


async def test_answers_do_not_reread_the_llm_settings(make_app, service, flow, monkeypatch):
    reads: list[dict[str, object]] = []
    real = config.load_settings

    def counting(**overrides: object) -> config.LLMSettings:
        reads.append(overrides)
        return real(**overrides)

    monkeypatch.setattr(config, "load_settings", counting)
    answered_until(service, flow, "product_name")
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        app.resume("s1")
        await settle(pilot)
        asked = []
        for answer in ("PlanRight", "Plans that hold"):
            asked.append(current_id(pilot))
            await paste(pilot, answer)
            await pilot.press("enter")
            await settle(pilot)
        assert asked == ["product_name", "vision"]
        assert composer_error(pilot) == ""
        assert current_id(pilot) == "task_types"  # both answers were taken
    assert len(reads) == 1
