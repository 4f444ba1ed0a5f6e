"""The HTML export in a real browser: headless Chromium renders the flow map (screenshot).

Skipped only when no Chromium is installed (``apt-get install chromium``); the screenshot is
kept in ``$DATA360_ARTIFACTS`` (default: ``<tmp>/data360-artifacts``) for a person to look at.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from assistant.export import write_export
from tests.browser import CHROMIUM, SKIP_REASON, Browser
from tests.export.builders import full_session

ARTIFACTS = Path(
    os.environ.get("DATA360_ARTIFACTS") or Path(tempfile.gettempdir()) / "data360-artifacts"
)


def colour_count(path: Path, target: tuple[int, int, int], tolerance: int = 12) -> int:
    from PIL import Image

    image = Image.open(path).convert("RGB")
    return sum(
        n
        for n, rgb in image.getcolors(maxcolors=1 << 22) or []
        if all(abs(a - b) <= tolerance for a, b in zip(rgb, target, strict=True))
    )


@pytest.mark.skipif(CHROMIUM is None, reason=SKIP_REASON)
async def test_headless_chromium_shows_the_flow_map(tmp_path: Path) -> None:
    page = write_export(full_session(tmp_path / "browser.db"), "html", tmp_path / "framing.html")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    async with Browser(1280, 900) as browser:
        await browser.goto(page.as_uri())
        info = await browser.evaluate(
            "(() => { const s = document.querySelector('svg.flowmap');"
            " const r = s.getBoundingClientRect();"
            " return {ns: s.namespaceURI, w: r.width, h: r.height,"
            " actors: s.querySelectorAll('g.actor').length,"
            " flows: s.querySelectorAll('path.flow').length,"
            " scripts: document.scripts.length}; })()"
        )
        shot = await browser.screenshot(ARTIFACTS / "html-flow-map.png", "figure.flowmap-figure")
        await browser.evaluate("window.scrollTo(0, 0)")
        whole = await browser.screenshot(ARTIFACTS / "html-cover.png")
    assert info["ns"] == "http://www.w3.org/2000/svg"
    assert info["w"] > 300 and info["h"] > 100
    assert info["actors"] >= 4 and info["flows"] >= 3
    assert info["scripts"] == 0
    # Flow lines of each maturity (low red, medium amber, high green) and actor boxes.
    assert colour_count(shot, (0xC0, 0x39, 0x2B)) > 200, "no low-maturity (red) flow drawn"
    assert colour_count(shot, (0xD6, 0x89, 0x10)) > 100, "no medium-maturity flow drawn"
    assert colour_count(shot, (0x1E, 0x84, 0x49)) > 50, "no high-maturity (green) flow drawn"
    assert colour_count(shot, (0xEA, 0xF2, 0xFB)) > 2000, "no actor box drawn"
    assert colour_count(whole, (0x1A, 0x52, 0x76)) > 500, "no cover drawn"
