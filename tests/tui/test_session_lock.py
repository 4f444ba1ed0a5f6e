"""The session lock (a service) lives beside Textual's own widget lock, not in its place."""

from __future__ import annotations

from assistant.services.session_lock import SessionLock
from assistant.tui.screens.interview import InterviewScreen
from tests.tui.conftest import answered_until
from tests.tui.helpers import settle


async def test_interview_screen_keeps_textual_lock_and_holds_the_session(make_app, service, flow):
    answered_until(service, flow, "product_name")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.resume("s1")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert isinstance(screen.session_lock, SessionLock) and screen.session_lock.held
        async with screen.batch():  # Textual's `batch` takes `self.lock`: it must still work
            pass
