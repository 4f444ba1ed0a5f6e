"""The serve guard's policy on its own (the server tests drive it over the wire)."""

from __future__ import annotations

import pytest

from assistant.serve.guard import Guard, is_loopback, new_token

GUARD = Guard.for_server("s3cret-token-value", "127.0.0.1", 8000, allow_hosts=("room.lan",))


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("127.0.0.1:8000", True),
        ("localhost:8000", True),
        ("[::1]:8000", True),
        ("10.0.0.7:8000", True),  # an IP literal involves no DNS: nothing to rebind
        ("room.lan:8000", True),
        ("ROOM.LAN.:8000", True),
        ("evil.example:8000", False),
        ("localhost.evil.example", False),
        ("", False),
        (None, False),
        ("127.0.0.1:8000@evil.example", False),
        ("127.0.0.1:notaport", False),
    ],
)
def test_host_names_this_server_only(host: str | None, allowed: bool) -> None:
    assert GUARD.host_allowed(host) is allowed


@pytest.mark.parametrize(
    ("origin", "host", "allowed"),
    [
        (None, "127.0.0.1:8000", True),  # not a browser: the token decides
        ("http://127.0.0.1:8000", "127.0.0.1:8000", True),
        ("http://localhost:8000", "localhost:8000", True),
        ("http://localhost:8000", "127.0.0.1:8000", False),  # another origin
        ("http://127.0.0.1:8001", "127.0.0.1:8000", False),  # another local site
        ("http://evil.example:8000", "evil.example:8000", False),  # DNS rebinding
        ("http://evil.example", "127.0.0.1:8000", False),
        ("null", "127.0.0.1:8000", False),
        ("file://", "127.0.0.1:8000", False),
        ("http://127.0.0.1", "127.0.0.1", True),  # default ports on both sides
    ],
)
def test_origin_is_this_server(origin: str | None, host: str, allowed: bool) -> None:
    assert GUARD.origin_allowed(origin, host) is allowed


def test_public_url_origin_is_this_server_behind_a_proxy() -> None:
    guard = Guard.for_server("t" * 20, "127.0.0.1", 8000, public_url="https://room.example.org")
    assert guard.host_allowed("room.example.org")
    assert guard.origin_allowed("https://room.example.org", "127.0.0.1:8000")
    assert not guard.origin_allowed("http://room.example.org", "127.0.0.1:8000")


def test_token_and_loopback() -> None:
    assert GUARD.token_ok("s3cret-token-value")
    assert not GUARD.token_ok("s3cret-token-valu") and not GUARD.token_ok(None)
    assert new_token() != new_token() and len(new_token()) >= 40
    assert is_loopback("127.0.0.2") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2")
