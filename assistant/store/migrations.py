"""Ordered schema migrations, recorded in ``_migrations`` and ``PRAGMA user_version``.

Append new migrations at the end; never edit one that has shipped. Each is a small
function of the sqlite-utils ``Database`` (the pattern of simonw/llm).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]
MIGRATIONS: list[Migration] = []


def migration(function: Migration) -> Migration:
    MIGRATIONS.append(function)
    return function


@migration
def m001_sessions_events(db: sqlite_utils.Database) -> None:
    db.table("sessions").create(
        {
            "id": str,
            "title": str,
            "perimeter": str,
            "flow_id": str,
            "flow_version": str,
            "flow_digest": str,
            "status": str,
            "current_section": str,
            "current_question": str,
            "progress": int,
            "created_at": str,
            "updated_at": str,
            "reframed_from": str,
            "event_count": int,
        },
        pk="id",
        not_null={"title", "flow_id", "flow_version", "flow_digest", "created_at"},
    )
    db.table("flows").create(
        {"digest": str, "id": str, "version": str, "definition": str},
        pk="digest",
        not_null={"definition"},
    )
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            type TEXT NOT NULL,
            question_id TEXT,
            data TEXT NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (session_id, seq)
        )
        """
    )
    db.execute("CREATE INDEX events_session_question ON events (session_id, question_id)")
    db.create_view(
        "answers",
        """
        SELECT s.id AS session_id, s.title AS session_title, e.question_id,
               json_extract(e.data, '$.value') AS value, e.type, e.at
        FROM events e JOIN sessions s ON s.id = e.session_id
        WHERE e.type IN ('answer_given', 'answer_edited')
          AND e.seq = (
            SELECT max(e2.seq) FROM events e2
            WHERE e2.session_id = e.session_id AND e2.question_id = e.question_id
              AND e2.type IN ('answer_given', 'answer_edited')
          )
        ORDER BY s.id, e.seq
        """,
    )


@migration
def m002_llm_calls(db: sqlite_utils.Database) -> None:
    """The LLM call log (assistant.llm.log): one row per call, searchable by its text."""
    db.table("llm_calls").create(
        {
            "id": str,
            "at": str,
            "session_id": str,
            "question_id": str,
            "purpose": str,
            "model": str,
            "base_url": str,
            "prompt_version": str,
            "system": str,
            "prompt": str,
            "response": str,
            "parsed": str,
            "status": str,
            "error": str,
            "duration_ms": int,
            "input_tokens": int,
            "output_tokens": int,
            "attempt": int,
        },
        pk="id",
        not_null={"at", "purpose", "model", "status"},
    )
    db.execute("CREATE INDEX llm_calls_session ON llm_calls (session_id, at)")
    # An SQLite built without FTS5: the log works, ``llm log --search`` uses LIKE.
    with contextlib.suppress(Exception):
        db.table("llm_calls").enable_fts(["prompt", "response"], create_triggers=True)


@migration
def m003_session_summary(db: sqlite_utils.Database) -> None:
    """The full session summary (sections, completeness) as JSON in the session's row,
    written in the same transaction as each event, so listing never folds histories.
    Rows written before it are filled in once by the services (``ensure_summaries``):
    the fold that computes a summary belongs to the engine, not to the store."""
    db.execute("ALTER TABLE sessions ADD COLUMN summary TEXT")


@migration
def m004_question_flows(db: sqlite_utils.Database) -> None:
    """``flows`` held question-flow definitions, not information flows: say so (issue 13)."""
    db.execute("ALTER TABLE flows RENAME TO question_flows")


@migration
def m005_information_flow_views(db: sqlite_utils.Database) -> None:
    """Views for Datasette and SQL tools: the information flows told in the answers (one
    row per flow, and one per flow and target: a flow to several targets is a hyperedge)
    and the actors they name, with how many flows leave and reach each (issue 13)."""
    db.execute(
        """
        CREATE VIEW information_flows AS
        SELECT a.session_id, a.session_title, a.question_id,
               CAST(f.key AS INTEGER) + 1 AS position,
               json_extract(f.value, '$.source') AS source,
               json_extract(f.value, '$.targets') AS targets,
               json_extract(f.value, '$.content') AS content,
               json_extract(f.value, '$.medium') AS medium,
               json_extract(f.value, '$.frequency') AS frequency,
               json_extract(f.value, '$.maturity') AS maturity,
               json_extract(f.value, '$.pain_points') AS pain_points,
               json_extract(f.value, '$.volume') AS volume
        FROM answers a, json_each(CASE WHEN json_valid(a.value)
                                        AND json_type(a.value) = 'array'
                                       THEN a.value ELSE '[]' END) f
        WHERE f.type = 'object' AND json_extract(f.value, '$.source') IS NOT NULL
        """
    )
    db.execute(
        """
        CREATE VIEW information_flow_targets AS
        SELECT i.session_id, i.question_id, i.position, i.source, t.value AS target,
               i.content, i.medium, i.maturity
        FROM information_flows i, json_each(CASE WHEN json_valid(i.targets)
                                                 THEN i.targets ELSE '[]' END) t
        """
    )
    db.execute(
        """
        CREATE VIEW actors AS
        SELECT session_id, name, sum(is_source) AS flows_out, sum(is_target) AS flows_in
        FROM (SELECT session_id, source AS name, 1 AS is_source, 0 AS is_target
                FROM information_flows
              UNION ALL
              SELECT session_id, target, 0, 1 FROM information_flow_targets)
        GROUP BY session_id, name
        """
    )


def apply_migrations(db: sqlite_utils.Database) -> int:
    """Bring the database up to date; return the schema version now in force."""
    if "_migrations" not in db.table_names():
        db.table("_migrations").create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in db["_migrations"].rows}
    for function in MIGRATIONS:
        name = function.__name__
        if name in done:
            continue
        with db.conn:
            function(db)
            db.table("_migrations").insert(
                {"name": name, "applied_at": datetime.now(UTC).isoformat(timespec="seconds")}
            )
            db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    return len(MIGRATIONS)


SCHEMA_VERSION = len(MIGRATIONS)
