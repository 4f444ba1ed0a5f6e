"""A database written before issue 13 opens as it was, with the new names and views.

The old shape: question-flow definitions in a table called ``flows`` (it read as
information flows in any SQLite browser), and information flows only as JSON inside the
answer events.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant.store.migrations import SCHEMA_VERSION
from tests.conftest import ROOT

EXAMPLE = ROOT / "sessions" / "answers" / "refinery-maintenance.yaml"


def _make_old(path: Path) -> None:
    """Rewrite a current database into the schema of migration 3 (before the renames)."""
    conn = sqlite3.connect(path)
    with conn:
        for view in ("actors", "information_flow_targets", "information_flows"):
            conn.execute(f"DROP VIEW {view}")
        conn.execute("ALTER TABLE question_flows RENAME TO flows")
        conn.execute(
            "DELETE FROM _migrations WHERE name IN"
            " ('m004_question_flows', 'm005_information_flow_views')"
        )
        conn.execute("PRAGMA user_version = 3")
    conn.close()


def test_an_old_database_is_migrated_and_reads_as_before(cli, tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    made = cli("--db", str(db), "run", "--answers", str(EXAMPLE), "--title", "Old")
    assert made.code == 0, made.stderr
    session_id = made.stdout.strip()
    before = cli("--db", str(db), "export", session_id, "-f", "json")
    _make_old(db)

    conn = sqlite3.connect(db)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "flows" in names and "question_flows" not in names
    conn.close()

    after = cli("--db", str(db), "export", session_id, "-f", "json")  # opening migrates
    assert after.code == 0, after.stderr
    assert after.stdout == before.stdout

    conn = sqlite3.connect(db)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "flows" not in names
    assert {"question_flows", "information_flows", "actors"} <= names
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM question_flows").fetchone()[0] == 1

    flows = conn.execute(
        "SELECT source, targets, maturity FROM information_flows WHERE session_id = ?",
        (session_id,),
    ).fetchall()
    exported = cli("--db", str(db), "flows", session_id, "--json")
    assert exported.code == 0, exported.stderr
    assert len(flows) >= 3 and all(source for source, _, _ in flows)
    actors = dict(
        conn.execute(
            "SELECT name, flows_out FROM actors WHERE session_id = ?", (session_id,)
        ).fetchall()
    )
    for source, _, _ in flows:
        assert actors[source] >= 1
    conn.close()
