"""Browser tests skip where Chromium is missing, except under CI=true where they fail
(issue 11: on a fresh machine they skipped silently; .ci/run now installs Chromium)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

NO_CHROMIUM = """
import asyncio, pathlib, shutil
real_exists = pathlib.Path.exists
shutil.which = lambda name: None
pathlib.Path.exists = lambda self: False if "chromium" in str(self) else real_exists(self)
import tests.browser as browser
print("skips" if browser.CHROMIUM is None else "runs")
try:
    asyncio.run(browser.Browser().__aenter__())
except RuntimeError as error:
    print(error)
"""


def without_chromium(ci: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    result = subprocess.run(
        [sys.executable, "-c", NO_CHROMIUM],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=True,
    )
    return result.stdout.splitlines()


def test_a_missing_browser_skips_on_a_workstation() -> None:
    skip, message = without_chromium(None)
    assert skip == "skips" and "apt-get install chromium" in message


def test_a_missing_browser_fails_under_ci() -> None:
    run, message = without_chromium("true")
    assert run == "runs"
    assert message == "CI=true but Chromium is not installed: .ci/run should have installed it"
