"""``data360 serve`` refuses foreign pages, unknown hosts, missing tokens and crowds (issue 12.1).

Driven as an attacker would: a real ``data360 serve`` process on 127.0.0.1 (ephemeral
port) and aiohttp's WebSocket client sending whatever ``Origin`` and ``Host`` a hostile
page or a DNS-rebinding attack would. Each wait is on a condition (URL printed, message
received, process count), bounded by a deadline.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.serve.served import Served

EVIL = "http://evil.example"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    home = tmp_path_factory.mktemp("served")
    env = {"XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}
    with Served(home / "served.db", env=env) as running:
        yield running


async def first_message(
    ws: aiohttp.ClientWebSocketResponse, timeout: float = 60
) -> aiohttp.WSMessage:
    """The first frame the served app sends (proof that an app runs behind the socket)."""
    message = await asyncio.wait_for(ws.receive(), timeout)
    assert message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT), message
    return message


async def handshake_status(url: str, headers: dict[str, str] | None = None) -> int:
    """The HTTP status a WebSocket handshake gets (101 when the socket opens)."""
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(url, headers=headers or {}) as ws:
                await first_message(ws)
                return 101
        except aiohttp.WSServerHandshakeError as error:
            return error.status


def test_the_url_printed_at_start_carries_a_fresh_secret_token(served: Served) -> None:
    assert served.url == f"http://127.0.0.1:{served.port}/?token={served.token}"
    assert len(served.token) >= 32


async def test_a_foreign_origin_is_refused(served: Served) -> None:
    """Any web page open in the user's browser can reach 127.0.0.1: not this server."""
    ws = f"{served.base}/ws?token={served.token}"
    assert await handshake_status(ws, {"Origin": EVIL}) == 403
    other_port = f"http://127.0.0.1:{served.port + 1}"  # another local site is foreign too
    assert await handshake_status(ws, {"Origin": other_port}) == 403
    assert await handshake_status(ws, {"Origin": "null"}) == 403


async def test_a_foreign_host_is_refused_dns_rebinding(served: Served) -> None:
    """evil.example re-pointed at 127.0.0.1: Origin and Host agree, and both are foreign."""
    headers = {"Origin": f"{EVIL}:{served.port}", "Host": f"evil.example:{served.port}"}
    assert await handshake_status(f"{served.base}/ws?token={served.token}", headers) == 403
    async with aiohttp.ClientSession() as session:
        page = await session.get(
            f"{served.base}/?token={served.token}", headers={"Host": "evil.example"}
        )
        assert page.status == 403


async def test_without_the_token_nothing_is_served(served: Served) -> None:
    own = {"Origin": served.base}
    assert await handshake_status(f"{served.base}/ws", own) == 403
    assert await handshake_status(f"{served.base}/ws?token=guess", own) == 403
    assert await handshake_status(f"{served.base}/ws?token={served.token[:-1]}", own) == 403
    async with aiohttp.ClientSession() as session:
        page = await session.get(f"{served.base}/")
        assert page.status == 403
        assert "token" in await page.text()
        # The terminal emulator's assets are public and carry no data.
        asset = await session.get(f"{served.base}/static/js/textual.js")
        assert asset.status == 200


async def test_with_the_token_the_app_is_served(served: Served) -> None:
    """As a browser does: the printed URL sets a cookie; the page's WebSocket then works."""
    jar = aiohttp.CookieJar(unsafe=True)  # cookies for an IP address, as browsers keep them
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        page = await session.get(served.url)
        assert page.status == 200
        html = await page.text()
        assert f'data-session-websocket-url="ws://127.0.0.1:{served.port}/ws"' in html
        assert page.headers["Cache-Control"] == "no-store"
        assert page.headers["X-Frame-Options"] == "DENY"
        async with session.ws_connect(
            f"{served.base}/ws?width=80&height=24", headers={"Origin": served.base}
        ) as ws:
            await first_message(ws)
    # A script holding the token, without a browser's Origin, is served too.
    assert await handshake_status(f"{served.base}/ws?token={served.token}") == 101


async def test_the_page_follows_the_name_the_browser_used(served: Served) -> None:
    """Opened at localhost, the page connects to localhost: same origin, same cookie."""
    async with aiohttp.ClientSession() as session:
        page = await session.get(
            f"{served.base}/?token={served.token}", headers={"Host": f"localhost:{served.port}"}
        )
        assert page.status == 200
        assert f'"ws://localhost:{served.port}/ws"' in await page.text()
    headers = {"Origin": f"http://localhost:{served.port}", "Host": f"localhost:{served.port}"}
    assert await handshake_status(f"{served.base}/ws?token={served.token}", headers) == 101


async def wait_until(condition: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.05)


async def test_connections_are_capped_and_refused_beyond(tmp_path: Path) -> None:
    """10 tabs against a cap of 2: 2 apps run, 8 handshakes get 503, no process for them."""
    with Served(tmp_path / "capped.db", "--max-connections", "2") as served:
        url = f"{served.base}/ws?token={served.token}"
        async with aiohttp.ClientSession() as session:

            async def connect() -> aiohttp.ClientWebSocketResponse | int:
                try:
                    return await session.ws_connect(url)
                except aiohttp.WSServerHandshakeError as error:
                    return error.status

            results = await asyncio.gather(*(connect() for _ in range(10)))
            sockets = [r for r in results if not isinstance(r, int)]
            refused = [r for r in results if isinstance(r, int)]
            assert len(sockets) == 2 and refused == [503] * 8
            for ws in sockets:
                await first_message(ws)  # both apps started and talk
            assert len(served.descendants()) == 2, "one process per served tab"
            # A closed tab frees its place.
            await sockets[0].close()
            await wait_until(lambda: len(served.descendants()) == 1)
            again = await session.ws_connect(url)
            await first_message(again)
            await again.close()
            await sockets[1].close()
            await wait_until(lambda: len(served.descendants()) == 0)


def test_a_short_token_is_refused(cli) -> None:
    result = cli("serve", "--token", "short", "--port", "1")
    assert result.code == 2 and "at least" in result.stderr and "Traceback" not in result.stderr


def test_any_address_gets_a_token_and_a_warning(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """``--host 0.0.0.0``: no way to serve without the secret (nothing is bound here)."""
    from assistant.serve.server import GuardedServer

    started: list[GuardedServer] = []
    monkeypatch.setattr(GuardedServer, "serve", lambda self, debug=False: started.append(self))
    result = cli("serve", "--host", "0.0.0.0", "--port", "8123")
    assert result.code == 0, result.stderr
    [server] = started
    assert len(server.guard.token) >= 32 and server.max_connections == 5
    assert "plain HTTP" in result.stderr and "token" in result.stderr
    assert server.guard.host_allowed("192.168.1.20:8123")  # reached by address: allowed
    assert not server.guard.host_allowed("evil.example:8123")
    monkeypatch.setenv("DATA360_SERVE_TOKEN", "a room password 2026")
    assert cli("serve", "--host", "0.0.0.0", "--max-connections", "3").code == 0
    assert started[-1].guard.token == "a room password 2026"
    assert started[-1].max_connections == 3
