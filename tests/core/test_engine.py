"""The pure engine: validation per kind, navigation, re-evaluation, progress (issue 3, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.engine.answers import AnswerError, validate_answer
from assistant.flow.loader import load_flow_file
from assistant.models.flowdef import Question
from assistant.services.interview import InterviewService
from assistant.store import SQLiteStore

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini.yaml"


@pytest.fixture
def flow():
    return load_flow_file(MINI)


@pytest.fixture
def interview(flow):
    return InterviewService(SQLiteStore(":memory:")).start(flow, "Pump framing", "Site A")


def q(kind: str, **extra) -> Question:
    return Question(id="x", kind=kind, prompt="?", **extra)


@pytest.mark.parametrize(
    ("question", "raw", "expected"),
    [
        (q("text"), "  keep spaces  ", "  keep spaces  "),
        (q("choice", choices=["Alpha", "Beta"]), "beta", "Beta"),
        (q("choice", choices=["Alpha", "Beta"]), "2", "Beta"),
        (q("multi", choices=["A", "B", "C"]), "C, A", ["A", "C"]),
        (q("multi", choices=["A", "B", "C"]), ["B"], ["B"]),
        (q("scale"), "4", 4),
        (q("scale", min=0, max=10), 10, 10),
        (q("number"), "1 234,5", 1234.5),
        (q("number"), "12", 12),
        # numbers as people say them at the hours question (found typing in the TUI)
        (q("number"), "about six", 6),
        (q("number"), "6 hours a week", 6),
        (q("number"), "roughly 10 hours per week", 10),
        (q("number"), "twenty-five", 25),
        (q("number"), "two and a half", 2.5),
        (q("number"), "~8", 8),
        (q("number"), "a hundred and twenty", 120),
        (q("scale"), "about 3", 3),
        (q("yesno"), "Yes", True),
        (q("yesno"), False, False),
        (q("list"), "one\n\n two \nthree", ["one", "two", "three"]),
        (q("list"), ["a", " b "], ["a", "b"]),
    ],
)
def test_valid_answers_are_normalised(question, raw, expected):
    assert validate_answer(question, raw) == expected


@pytest.mark.parametrize(
    ("question", "raw", "message"),
    [
        (q("text"), "   ", "required"),
        (q("choice", choices=["Alpha", "Beta"]), "Gamma", "not one of the choices"),
        (q("multi", choices=["A", "B"]), "A, Z", "not one of the choices"),
        (q("scale"), 6, "from 1 to 5"),
        (q("scale"), 2.5, "whole number"),
        (q("number", min=0), -1, "at least 0"),
        (q("number"), "a lot", "not a number"),
        (q("number"), "5-8", "is a range"),
        (q("number"), "three or four", "is a range"),
        (q("number"), "six apples", "not a number"),
        # a remark after the number (found typing in the TUI): the refusal says what was
        # understood and where the remark can go, instead of dropping it
        (
            q("number"),
            "about five, more at lambing",
            r"send 5 alone \('more at lambing' can go in a pain point",
        ),
        (
            q("number"),
            "5, more at lambing in the spring when the ewes come in",
            r"'more at .{30,}…'",
        ),
        (q("number"), "5 (more in spring)", r"send 5 alone"),
        (q("number"), "5, maybe 10", "is a range"),
        (q("number"), "nan", "finite"),
        (q("yesno"), "perhaps", "yes or no"),
        (q("list"), [], "required"),
    ],
)
def test_invalid_answers_say_why(question, raw, message):
    with pytest.raises(AnswerError, match=message):
        validate_answer(question, raw)


def test_flows_answers_accept_objects_and_notation():
    question = q("flows")
    value = validate_answer(
        question,
        [
            "planner -> maintenance, warehouse: shutdown plan [email] (low) @weekly !re-typed",
            {"source": "SAP PM", "targets": ["dashboard"], "maturity": "high"},
        ],
    )
    assert value[0]["source"] == "planner"
    assert value[0]["targets"] == ["maintenance", "warehouse"]
    assert value[0]["maturity"] == "low" and value[0]["pain_points"] == ["re-typed"]
    assert value[1]["maturity"] == "high"
    with pytest.raises(AnswerError, match="flow 1"):
        validate_answer(question, [{"source": "x", "targets": []}])


def test_usecases_need_four_scores_from_1_to_5():
    question = q("usecases")
    value = validate_answer(question, "Predict durations | 5 | 4 | 3 | 4")
    assert value[0]["title"] == "Predict durations" and value[0]["feasibility"] == 3
    with pytest.raises(AnswerError, match="use case 1"):
        validate_answer(
            question,
            [{"title": "x", "desirability": 6, "datability": 1, "feasibility": 1, "viability": 1}],
        )
    with pytest.raises(AnswerError, match="expected 'title"):
        validate_answer(question, "only a title")


def answer_through(interview):
    interview.answer("PumpWatch")
    interview.answer(["planner -> crew: plan [email] (low)"])
    interview.answer("Predict failures | 5 | 4 | 4 | 4\nDigitise plan | 3 | 5 | 5 | 3")


def test_piping_and_dynamic_choices(interview):
    answer_through(interview)
    question = interview.current()
    assert question.id == "chosen_usecase"
    assert interview.choices(question) == ["Predict failures", "Digitise plan"]
    with pytest.raises(AnswerError):
        interview.answer("Something else")
    interview.answer("Predict failures")
    assert interview.prompt(interview.current()) == ("Vision for PumpWatch and Predict failures?")


def test_back_edit_skip_and_jump(interview):
    answer_through(interview)
    assert interview.current().id == "chosen_usecase"
    assert interview.back().id == "candidates"  # the answered question comes back
    assert interview.answer("Only one | 3 | 3 | 3 | 3").id == "chosen_usecase"
    assert interview.choices(interview.current()) == ["Only one"]
    assert interview.skip().id == "vision"
    assert interview.jump("data").id == "personal_data"
    assert interview.answer("no").id == "volume"  # gdpr_basis does not apply
    assert interview.skip().id == "confidence"
    assert interview.answer(3).id == "vision"  # wraps to the first open question
    assert "chosen_usecase" in interview.state.skipped


def test_editing_an_answer_re_evaluates_what_depended_on_it(interview):
    interview.jump("data")
    interview.answer("yes")
    assert interview.current().id == "gdpr_basis"
    interview.answer("Legitimate interest")
    interview.edit("personal_data", "no")
    engine, state = interview.engine, interview.state
    assert not engine.applies(state, "gdpr_basis")
    assert "gdpr_basis" not in engine.active_answers(state)
    assert state.answers["gdpr_basis"] == "Legitimate interest"  # kept, not lost
    interview.edit("personal_data", "yes")
    assert engine.active_answers(state)["gdpr_basis"] == "Legitimate interest"
    assert "gdpr_basis" in state.needs_review


def test_editing_the_product_name_flags_piped_questions_for_review(interview):
    answer_through(interview)
    interview.answer("Predict failures")
    interview.answer("A clear vision")
    interview.edit("product_name", "PumpGuard")
    assert "vision" in interview.state.needs_review
    assert "PumpGuard" in interview.prompt(interview.question("vision"))


def test_progress_and_completeness(interview):
    summary = interview.summary()
    assert summary.progress == 0 and summary.status == "open"
    assert summary.current_section == "ideation"
    answer_through(interview)
    interview.answer("Predict failures")
    interview.skip()  # vision (required) skipped
    ideation = next(s for s in interview.summary().sections if s.id == "ideation")
    assert (ideation.answered, ideation.total) == (4, 4)
    report = interview.engine.completeness(interview.state)
    assert report.skipped == ["vision"]
    assert "vision" in report.missing_required
    assert "B-02" not in report.topics_covered and "I-03" in report.topics_covered
    assert "B-02" in report.topics_uncovered


def test_finishing_every_required_question_completes_the_session(interview):
    answer_through(interview)
    for raw in ["Predict failures", "Vision", "COO", "a\nb", "Alert", "no"]:
        interview.answer(raw)
    assert interview.current().id == "volume"
    assert interview.skip().id == "confidence"
    assert interview.answer(4) is None
    summary = interview.summary()
    assert summary.status == "complete" and summary.completeness.percent == 100
    assert summary.completeness.skipped == ["volume"]
