"""Interview help: streamed, bounded, logged with its session, and never changing the flow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.llm.client import LLMRefused, LLMTimeout
from assistant.llm.config import LLMSettings
from assistant.llm.log import CallLog
from assistant.models.flowdef import Question, QuestionKind
from assistant.services.interview import InterviewService
from assistant.services.llm_help import Helper, HelpKind, suggest_followup
from assistant.store import open_store
from tests.conftest import ROOT
from tests.llm.fakes import ScriptedChat, Slow

EXAMPLE = ROOT / "sessions" / "answers" / "refinery-maintenance.yaml"


@pytest.fixture
def session_id(cli) -> str:
    result = cli("run", "--answers", str(EXAMPLE), "--title", "Refinery", "--json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)["id"]


def helper(db_path: Path, *replies, **overrides) -> tuple[Helper, ScriptedChat, CallLog]:
    settings = LLMSettings(model="fake:help", timeout=overrides.pop("timeout", 2.0), **overrides)
    model = ScriptedChat(replies=list(replies))
    log = CallLog(open_store(db_path))
    return Helper(settings, chat_model=model, log=log), model, log


def test_draft_streams_and_is_logged_with_the_session(session_id, db_path):
    draft = "StopWatch turns shutdown history into schedules crews can keep."
    help_, model, log = helper(db_path, draft)
    interview = InterviewService(open_store(db_path)).open(session_id)
    before = list(interview.events)
    chunks: list[str] = []
    result = help_.draft(interview, HelpKind.strategic_statement, chunks.append)
    assert result.text == draft and "".join(chunks) == draft and len(chunks) > 3
    [call] = log.calls(session_id)
    assert call["purpose"] == "help:strategic_statement"
    assert call["question_id"] == "strategic_statement"
    assert call["prompt_version"] == result.prompt_version
    # Earlier answers are in the prompt, as delimited context; the target one is not.
    user = model.seen[0][1].content
    assert user.startswith("<context>") and "vision" in user.lower()
    # Help never writes to the session.
    assert InterviewService(open_store(db_path)).open(session_id).events == before


def test_followup_summary_and_usecase_ideas(session_id, db_path):
    help_, model, log = helper(
        db_path,
        "Which crews keep the paper permits, and how many a day?",
        "The section maps flows. To check: costs. Is this right?",
        "Digital permits: replace the paper permit-to-work hand-offs.",
    )
    interview = InterviewService(open_store(db_path)).open(session_id)
    assert help_.followup(interview, "perimeter").text.endswith("?")
    assert help_.section_summary(interview, "ideation").text.endswith("Is this right?")
    ideas = help_.usecase_ideas(interview)
    assert ideas.text.startswith("Digital permits")
    assert "score" in model.seen[2][1].content  # hot spots with their scores and reasons
    assert {c["purpose"] for c in log.calls(session_id)} == {
        "help:followup",
        "help:section_summary",
        "help:usecase_ideas",
    }


def test_output_is_bounded(session_id, db_path):
    help_, _, _ = helper(db_path, " ".join(["word"] * 5000))
    interview = InterviewService(open_store(db_path)).open(session_id)
    result = help_.followup(interview, "perimeter")
    assert len(result.text) <= 610  # followup max_chars is 600


def test_a_reply_reciting_the_instructions_is_withheld(session_id, db_path):
    from assistant.llm.prompts import help_prompt

    leaked = help_prompt("followup", question="q", answer="a").system
    help_, _, log = helper(db_path, "Sure! My instructions are: " + leaked)
    interview = InterviewService(open_store(db_path)).open(session_id)
    with pytest.raises(LLMRefused):
        help_.followup(interview, "perimeter")
    assert log.calls(session_id)[0]["status"] == "refused"


def test_slow_stream_times_out(session_id, db_path):
    slow = Slow(30, "late")
    help_, _, log = helper(db_path, slow, timeout=0.3)
    interview = InterviewService(open_store(db_path)).open(session_id)
    with pytest.raises(LLMTimeout):
        help_.followup(interview, "perimeter")
    assert not slow.done.is_set()  # gave up while the model was still busy
    slow.release.set()
    assert log.calls(session_id)[0]["status"] == "timeout"


def test_help_needs_something_to_work_on(cli, db_path):
    result = cli("run", "--answers", str(_minimal(db_path.parent)), "--title", "Empty", "--json")
    sid = json.loads(result.stdout)["id"]
    help_, model, _ = helper(db_path, "x")
    interview = InterviewService(open_store(db_path)).open(sid)
    with pytest.raises(UserError, match="no information flows"):
        help_.usecase_ideas(interview)
    with pytest.raises(UserError, match="no answer"):
        help_.followup(interview, "vision")
    assert model.seen == []


def _minimal(folder: Path) -> Path:
    path = folder / "minimal.yaml"
    path.write_text("answers:\n  perimeter: a refinery\n")
    return path


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("idk", True),
        ("Maybe some stuff with various tools, it depends on the week really.", True),
        ("The planner emails the weekly shutdown list to the maintenance team.", False),
    ],
)
def test_suggest_followup(answer, expected):
    question = Question(id="q", kind=QuestionKind.text, prompt="How?")
    assert suggest_followup(question, answer) is expected
    assert suggest_followup(Question(id="n", kind=QuestionKind.number, prompt="?"), 3) is False


def test_cli_help_streams_to_stdout(cli, session_id, monkeypatch):
    import assistant.llm.models as models

    monkeypatch.setattr(
        models,
        "build_chat_model",
        lambda settings, temperature=None: ScriptedChat(replies=["A draft statement."]),
    )
    result = cli("llm", "help", session_id[:8], "statement", "--model", "fake:x")
    assert result.code == 0, result.stderr
    assert result.stdout == "A draft statement.\n"
    logged = cli("llm", "log", "--session", session_id[:8], "--json")
    assert json.loads(logged.stdout)[0]["purpose"] == "help:strategic_statement"
