"""The conversation rebuilt from events (pure, no Textual), and the display helpers."""

from __future__ import annotations

from assistant.models.flowdef import QuestionKind
from assistant.tui.conversation import Conversation
from assistant.tui.framing import framing_markdown
from assistant.tui.text import clip, format_answer, visible
from tests.tui.conftest import answered_until


def test_prompts_read_as_they_were_asked(service, flow):
    interview = answered_until(service, flow, "task_types")
    interview.edit("product_name", "PlanRight 2")  # changes a piped answer afterwards
    entries = Conversation(interview.engine).feed(interview.events)
    questions = [e.text for e in entries if e.role == "question"]
    assert "In one sentence, what is the vision for PlanRight?" in questions
    intros = [e.title for e in entries if e.role == "intro"]
    assert intros[:2] == ["Ideation - map the information flows", "Business - vision and value"]
    answers = [e for e in entries if e.role == "answer"]
    assert answers[-1].edited and answers[-1].text == "PlanRight 2"
    assert any(e.role == "summary" and e.title == "Ideation done" for e in entries)


def test_feed_is_incremental(service, flow):
    interview = answered_until(service, flow, "chosen")
    conversation = Conversation(interview.engine)
    first = conversation.feed(interview.events)
    assert conversation.feed(interview.events) == []
    interview.answer("Spare parts forecast")
    more = conversation.feed(interview.events)
    assert more and more[0].role == "answer" and len(first) > len(more)


def test_back_skip_and_jump_are_told(service, flow):
    interview = answered_until(service, flow, "vision")
    interview.back()
    interview.skip()  # keeps the answer
    interview.jump("build")
    texts = [e.text for e in Conversation(interview.engine).feed(interview.events)]
    assert "back to an earlier question" in texts
    assert "kept the answer" in texts
    assert "jump to Build" in texts


def test_visible_and_clip():
    assert visible("a\x1b[31mb\x07\r\nc") == "a\\x1b[31mb\\x07\nc"
    assert clip("x" * 10, 4).startswith("xxxx…\n[10 characters")


def test_format_answer_per_kind(flow):
    questions = {q.kind: q for q in flow.questions()}
    assert format_answer(questions[QuestionKind.yesno], False) == "No"
    assert format_answer(questions[QuestionKind.scale], 4) == "4 / 5"
    assert format_answer(questions[QuestionKind.number], 12) == "12 GB"
    assert format_answer(questions[QuestionKind.list], ["a", "b"]) == "• a\n• b"
    flows = format_answer(
        questions[QuestionKind.flows],
        [
            {
                "source": "a",
                "targets": ["b", "c"],
                "content": "x",
                "medium": "email",
                "maturity": "low",
                "pain_points": ["late"],
            }
        ],
    )
    assert flows == "• a -> b, c: x [email] (low) !late"


def test_framing_markdown_escapes_user_text(service, flow):
    interview = answered_until(service, flow, "vision")
    interview.edit("product_name", "# not a title *really*")
    markdown = framing_markdown(interview)
    assert "\\# not a title \\*really\\*" in markdown
    assert "## Flows captured (2)" in markdown


def test_a_visit_line_counts_an_edit_once_and_additions_and_removals_each() -> None:
    from assistant.tui.conversation import _items_changed

    a, b, c, d = ({"source": s, "targets": ["x"]} for s in "abcd")
    edited = {"source": "b", "targets": ["y"]}
    assert _items_changed([a, b, c], [a, edited, c]) == 1  # changed in place
    assert _items_changed([a, b, c], [b, c, d]) == 2  # one removed, one added
    assert _items_changed([a], [a]) == 0
    assert _items_changed(None, [a, b]) == 2
