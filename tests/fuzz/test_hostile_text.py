"""Hostile answers are stored exactly as typed and rendered safely in exports."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.export import render_export
from assistant.flow.loader import load_flow_file
from assistant.services.interview import InterviewService
from assistant.store import SQLiteStore

FLOW = load_flow_file(Path(__file__).resolve().parents[1] / "fixtures" / "mini.yaml")
HOSTILE = [
    "\x1b[31mred\x1b[0m and \x1b]0;title\x07 bell",
    "<script>alert('x')</script> | broken | table |",
    "שלום עולם — مرحبا بالعالم \u202eevil\u202c",
    "emoji 👩‍🔬🚀 and combining e\u0301",
    "nul \x00 and \r\n CRLF and \t tab",
    "[link](javascript:alert(1)) **bold** `code` # heading",
]


def started(tmp_path: Path):
    return InterviewService(SQLiteStore(tmp_path / "h.db")).start(FLOW, "Hostile")


def test_hostile_answers_round_trip_exactly_and_render_safely(tmp_path):
    interview = started(tmp_path)
    text = "\n".join(HOSTILE)
    interview.answer(text)
    flows = [
        {
            "source": HOSTILE[1],
            "targets": ["target", HOSTILE[2]],
            "content": HOSTILE[0],
            "maturity": "low",
        }
    ]
    interview.answer(flows)
    stored = InterviewService(SQLiteStore(tmp_path / "h.db")).open(interview.id)
    assert stored.state.answers["product_name"] == text
    markdown = render_export(stored, "markdown").decode()
    assert "<script>" not in markdown
    assert "\x1b" not in markdown and "\x00" not in markdown and "\x07" not in markdown
    assert "\\x1b" in markdown  # shown, not executed
    assert "\u202e" not in markdown  # bidi overrides are shown, not applied
    rows = [ln for ln in markdown.splitlines() if ln.startswith("| 1 |") and "| low |" in ln]
    assert rows, "the flow is in the flows table"
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 8  # 7 columns, none broken


def test_a_one_megabyte_paste_is_stored_whole(tmp_path):
    interview = started(tmp_path)
    paste = ("A long pasted specification line with ünïcödé and 🚀.\n" * 20_000)[:1_000_000]
    interview.answer(paste)
    stored = InterviewService(SQLiteStore(tmp_path / "h.db")).open(interview.id)
    assert stored.state.answers["product_name"] == paste


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.text(min_size=1, max_size=200).filter(lambda s: s.strip()))
def test_any_text_is_stored_exactly(tmp_path, text):
    interview = InterviewService(SQLiteStore(":memory:")).start(FLOW, "Any")
    interview.answer(text)
    reopened = InterviewService(interview.store).open(interview.id)
    assert reopened.state.answers["product_name"] == text
    markdown = render_export(reopened, "markdown").decode()
    assert "<script" not in markdown.lower() or "\\<script" in markdown.lower()
