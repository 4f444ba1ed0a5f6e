"""The LLM call log: every call, in the ``llm_calls`` table of the session database.

Like simonw/llm's log: one row per call with the prompt, the raw response, the parsed
result beside it (so a proposal can be audited against what the model really said),
model, duration, tokens when the provider reports them, and the session and question it
served. Full-text search over prompt and response (``llm_calls_fts``). Readable with
any SQLite tool or Datasette. Every text is passed through ``safety.redact`` before it
is written, so an API key that leaks into an error message never reaches the disk.

Writes go through a connection of their own (WAL lets it sit beside the store's), so a
TUI worker thread can log while the UI thread records events.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from assistant.errors import UserError
from assistant.llm.safety import redact, safe_url

MAX_STORED_CHARS = 200_000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class CallRecord:
    """One call as logged. ``status``: ok, error, timeout, cancelled, refused."""

    purpose: str
    model: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    at: str = field(default_factory=_now)
    session_id: str | None = None
    question_id: str | None = None
    base_url: str = ""
    prompt_version: str = ""
    system: str = ""
    prompt: str = ""
    response: str = ""
    parsed: str | None = None
    status: str = "ok"
    error: str = ""
    duration_ms: int = 0
    input_tokens: int | None = None
    output_tokens: int | None = None
    attempt: int = 1

    def row(self) -> dict[str, Any]:
        """The record as stored: secrets redacted, URLs stripped, sizes bounded."""
        row = asdict(self)
        for key in ("system", "prompt", "response", "parsed", "error"):
            if row[key] is not None:
                row[key] = redact(str(row[key]))[:MAX_STORED_CHARS]
        row["base_url"] = safe_url(self.base_url)
        row["model"] = redact(self.model)
        return row


class CallLog:
    """Append and read the call log of one database."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self.store.path == ":memory:":
            return self.store.conn
        if self._conn is None:
            conn = sqlite3.connect(
                self.store.path, timeout=5, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA busy_timeout = 5000")
            self._conn = conn
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def write(self, record: CallRecord) -> None:
        """Append one call. A failure to log never breaks the user's action: it is raised
        as a ``UserError`` only if the table is missing (a database from the future)."""
        row = record.row()
        if hasattr(self.store, "log_call"):  # a server store (PostgreSQL) keeps its own
            self.store.log_call(row)
            return
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self._lock:
            try:
                self._connection().execute(
                    f"INSERT INTO llm_calls ({columns}) VALUES ({marks})", list(row.values())
                )
            except sqlite3.OperationalError as error:
                if "no such table" in str(error):
                    raise UserError(f"{self.store.path} has no LLM call log table") from None
                raise UserError(f"cannot write the LLM call log: {error}") from None

    def calls(
        self,
        session_id: str | None = None,
        *,
        question_id: str | None = None,
        purpose: str | None = None,
        search: str | None = None,
        limit: int = 50,
    ) -> list[dict[str, Any]]:
        """Logged calls, newest first."""
        if hasattr(self.store, "llm_calls"):  # a server store (PostgreSQL) searches its own
            filters = {"session_id": session_id, "question_id": question_id, "purpose": purpose}
            return self.store.llm_calls({k: v for k, v in filters.items() if v}, search, limit)
        where: list[str] = []
        params: list[str | int] = []
        if session_id:
            where.append("c.session_id = ?")
            params.append(session_id)
        if question_id:
            where.append("c.question_id = ?")
            params.append(question_id)
        if purpose:
            where.append("c.purpose = ?")
            params.append(purpose)
        join = ""
        if search:
            if "llm_calls_fts" in self.store.db.table_names():
                join = "JOIN llm_calls_fts f ON f.rowid = c.rowid"
                where.append("llm_calls_fts MATCH ?")
                params.append(_fts_query(search))
            else:
                where.append("(c.prompt LIKE ? OR c.response LIKE ?)")
                params += [f"%{search}%", f"%{search}%"]
        sql = f"SELECT c.* FROM llm_calls c {join}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.at DESC, c.rowid DESC LIMIT ?"
        params.append(max(1, limit))
        with self._lock:
            cursor = self._connection().execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def get(self, call_id: str) -> dict[str, Any] | None:
        if hasattr(self.store, "llm_call"):
            return self.store.llm_call(call_id)
        with self._lock:
            cursor = self._connection().execute("SELECT * FROM llm_calls WHERE id = ?", (call_id,))
            names = [d[0] for d in cursor.description]
            row = cursor.fetchone()
        return dict(zip(names, row, strict=True)) if row else None


def _fts_query(text: str) -> str:
    """Words of ``text`` as an FTS query of quoted terms (no FTS syntax from users)."""
    words = [w.replace('"', "") for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w) or '""'


def parsed_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
