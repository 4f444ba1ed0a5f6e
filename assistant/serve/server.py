"""textual-serve's aiohttp server with the guard of ``assistant.serve.guard`` in front.

textual-serve (``textual_serve.server.Server``) runs one app process per WebSocket and
checks nothing. This subclass adds, without copying its machinery:

- an aiohttp middleware that applies the guard to every request (``Host``, ``Origin``,
  token) before any handler runs;
- a cap on concurrent WebSockets (each one is a whole TUI process): beyond it the
  handshake is answered 503 and no process starts;
- an index page whose WebSocket URL follows the address the browser used (so a page
  opened at ``localhost`` connects to ``localhost``, same origin, same cookie) and that
  sets the token cookie, is never cached and cannot be framed;
- the start banner: the URL with its token on stdout (like Jupyter), the rest on stderr.
"""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from rich.console import Console
from textual_serve.server import Server, to_int

from assistant.serve.guard import Guard, is_loopback

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
DEFAULT_MAX_CONNECTIONS = 5
PUBLIC_PREFIXES = ("/static/",)


def _refuse(status: type[web.HTTPException], text: str) -> web.HTTPException:
    return status(text=text + "\n", headers={"Cache-Control": "no-store"})


class GuardedServer(Server):
    """A textual-serve ``Server`` that only serves its own pages to holders of the token."""

    def __init__(
        self,
        command: str,
        *,
        guard: Guard,
        host: str,
        port: int,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        title: str | None = None,
        public_url: str | None = None,
    ) -> None:
        super().__init__(command, host=host, port=port, title=title, public_url=public_url)
        self.guard = guard
        self.max_connections = max_connections
        self.active_connections = 0
        self.fixed_public_url = public_url
        self.console = Console(stderr=True)

    # ------------------------------------------------------------------ set-up
    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self.guard_middleware)
        return app

    def serve(self, debug: bool = False) -> None:
        """Run until SIGINT/SIGTERM; the URL is printed once the socket listens.

        textual-serve's own ``serve`` announces itself from ``on_startup``, before the
        port is bound, and logs every request line (tokens included): this one does not.
        """
        self.debug = debug
        self.initialize_logging()
        asyncio.run(self._run())

    async def _run(self) -> None:
        runner = web.AppRunner(await self._make_app(), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
            self.announce()
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(signum, stop.set)
            await stop.wait()
        finally:
            await runner.cleanup()  # closes the WebSockets, which stops their apps

    async def on_startup(self, app: web.Application) -> None:
        """Nothing: ``announce`` speaks once the port is open (textual-serve's logo is not)."""

    def browser_url(self) -> str:
        """The URL to open, token included."""
        if self.fixed_public_url:
            base = self.fixed_public_url.rstrip("/")
        else:
            host = self.host
            if host in ("0.0.0.0", "::", ""):
                host = socket.gethostname()
            if ":" in host and not host.startswith("["):
                host = f"[{host}]"
            base = f"http://{host}:{self.port}"
        return f"{base}/?token={self.guard.token}"

    def announce(self) -> None:
        """The URL (with its token) on stdout for scripts; the explanations on stderr."""
        sys.stdout.write(self.browser_url() + "\n")
        sys.stdout.flush()
        where = "this machine only" if is_loopback(self.host) else "the network"
        sys.stderr.write(
            f"data360 serving on {self.host}:{self.port} ({where}); open the URL above"
            f" (its token is the key to every session); at most {self.max_connections}"
            " browser tabs at a time; Ctrl+C to stop\n"
        )
        sys.stderr.flush()

    # ------------------------------------------------------------------ guard
    @web.middleware
    async def guard_middleware(self, request: web.Request, handler: Handler) -> Any:
        """Refuse foreign hosts and pages, and anyone without the token (module doc)."""
        guard = self.guard
        host = request.headers.get("Host")
        if not guard.host_allowed(host):
            raise _refuse(web.HTTPForbidden, "unknown Host: this server answers to its own names")
        if not guard.origin_allowed(request.headers.get("Origin"), host):
            raise _refuse(
                web.HTTPForbidden, "foreign Origin: only this server's own page may connect"
            )
        if not request.path.startswith(PUBLIC_PREFIXES) and not guard.token_ok(
            self._given_token(request)
        ):
            raise _refuse(
                web.HTTPForbidden,
                "missing or wrong token: open the URL that data360 serve printed at start",
            )
        return await handler(request)

    def _given_token(self, request: web.Request) -> str | None:
        if "token" in request.query:
            return request.query["token"]
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() in ("token", "bearer") and value:
            return value.strip()
        return request.cookies.get(self.guard.cookie_name)

    # ------------------------------------------------------------------ pages
    def _base_url(self, request: web.Request) -> str:
        """Where the browser reached us: the public URL, else its (checked) Host."""
        if self.fixed_public_url:
            return self.fixed_public_url.rstrip("/")
        return f"{request.scheme}://{request.host}"

    async def handle_index(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        """textual-serve's page, pointed at the address the browser used, cookie set."""
        base = self._base_url(request)
        websocket = ("wss:" if base.startswith("https:") else "ws:") + base.split(":", 1)[1]
        context = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": f"{websocket}/ws",
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": self.title},
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        response.headers["Cache-Control"] = "no-store"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"
        token = request.query.get("token")
        if token:
            response.set_cookie(
                self.guard.cookie_name,
                token,
                httponly=True,
                samesite="Strict",
                secure=base.startswith("https:"),
                path="/",
            )
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One app process per WebSocket, and no more than ``max_connections`` at once."""
        if self.active_connections >= self.max_connections:
            raise _refuse(
                web.HTTPServiceUnavailable,
                f"busy: {self.max_connections} browser tabs are already connected",
            )
        self.active_connections += 1  # no await since the check: no other handler ran
        try:
            return await super().handle_websocket(request)
        finally:
            self.active_connections -= 1
