"""Who may talk to a served TUI: the policy, apart from the web server that applies it.

A served TUI can read and change every session of its database, so a request is served
only when all of these hold:

- its ``Host`` names this server: an IP literal, ``localhost``, this machine's name, the
  host of ``--public-url`` or of ``--allow-host``. A DNS name an attacker controls is
  refused, which is what defeats DNS rebinding (the browser then sends that name);
- its ``Origin``, when a browser sends one, is this very server (same host and port as
  the ``Host`` header, or the public URL): any other web page open in the user's browser
  is refused, even though it can reach 127.0.0.1;
- it carries the secret token made at start (query ``?token=``, the cookie the index page
  sets, or an ``Authorization: Token …`` header), compared in constant time.

Static assets (the terminal emulator's JavaScript, fonts) are the same for everyone and
need no token; they still need an allowed ``Host``.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import secrets
import socket
from dataclasses import dataclass, field
from urllib.parse import urlsplit

MIN_TOKEN_CHARS = 12
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def new_token() -> str:
    """A fresh secret for one start of the server (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def is_loopback(host: str) -> bool:
    """``host`` is a loopback address or ``localhost``."""
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def split_host(value: str) -> tuple[str, int | None] | None:
    """``("name", port)`` from a ``Host`` header value; None when it is malformed."""
    value = value.strip()
    if not value or any(c.isspace() or c in "/@?#\\" for c in value):
        return None
    try:
        parts = urlsplit(f"//{value}")
        port = parts.port
    except ValueError:
        return None
    name = (parts.hostname or "").rstrip(".").lower()
    return (name, port) if name else None


@dataclass(frozen=True)
class Guard:
    """The policy for one server: its token, its port and the names it answers to."""

    token: str
    port: int
    public_url: str | None = None
    hostnames: frozenset[str] = field(default_factory=frozenset)
    """Extra DNS names this server answers to (``--allow-host``, the bind address)."""

    @classmethod
    def for_server(
        cls,
        token: str,
        host: str,
        port: int,
        public_url: str | None = None,
        allow_hosts: tuple[str, ...] = (),
    ) -> Guard:
        """The guard of a server bound to ``host:port``: it answers to its own names."""
        names = {h.strip().rstrip(".").lower() for h in allow_hosts if h.strip()}
        names.add(host.strip("[]").lower())
        with contextlib.suppress(OSError):
            names.add(socket.gethostname().lower())
        if public_url:
            public_host = urlsplit(public_url).hostname
            if public_host:
                names.add(public_host.lower())
        return cls(token=token, port=port, public_url=public_url, hostnames=frozenset(names))

    # ------------------------------------------------------------------ checks
    def host_allowed(self, host_header: str | None) -> bool:
        """The ``Host`` header names this server (see the module doc)."""
        if not host_header:
            return False
        parsed = split_host(host_header)
        if parsed is None:
            return False
        name, _port = parsed
        return _is_ip(name) or name == "localhost" or name in self.hostnames

    def origin_allowed(self, origin: str | None, host_header: str | None) -> bool:
        """No ``Origin`` (not a browser), or the page that connects is this server's."""
        if origin is None:
            return True
        try:
            parts = urlsplit(origin.strip())
            origin_port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
        except ValueError:
            return False
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False  # "null" (sandboxed frames, file://) and anything odd
        origin_host = parts.hostname.rstrip(".").lower()
        if self.public_url:
            public = urlsplit(self.public_url)
            public_port = public.port or _DEFAULT_PORTS.get(public.scheme)
            if (public.scheme, (public.hostname or "").lower(), public_port) == (
                parts.scheme,
                origin_host,
                origin_port,
            ):
                return True
        if not host_header or not self.host_allowed(host_header):
            return False
        parsed = split_host(host_header)
        if parsed is None:
            return False
        name, port = parsed
        port = port or _DEFAULT_PORTS.get(parts.scheme)
        return (origin_host, origin_port) == (name, port)

    def token_ok(self, given: str | None) -> bool:
        """``given`` is the secret (constant-time comparison)."""
        if not given:
            return False
        return hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))

    @property
    def cookie_name(self) -> str:
        """One cookie per port: browsers share cookies between the ports of one host."""
        return f"data360-token-{self.port}"
