"""pytest fixtures: ``pg_server`` (one cluster per test run) and ``pg_url`` (a fresh
database per test). Without the server binaries the PostgreSQL tests are skipped, except
under CI=true, where a missing server is a failure (``.ci/run`` installs it)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from tests.pg import server as pg


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg.PostgresServer]:
    if pg.binaries() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL server binaries missing under CI=true (install postgresql)")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl, postgres) not installed")
    running = pg.start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def pg_url(pg_server: pg.PostgresServer) -> str:
    """A new, empty database on the shared test server."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg_server.url(name)
