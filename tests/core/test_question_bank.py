"""The shipped Data 360 flow covers the method (issue 3, item 2)."""

from __future__ import annotations

import yaml

from assistant.flow.expressions import template_names
from assistant.flow.loader import active_flow
from assistant.models.flowdef import SECTION_IDS, QuestionKind
from assistant.paths import prompts_dir


def test_sections_in_method_order_each_with_an_intro():
    flow = active_flow()
    assert tuple(s.id for s in flow.sections) == SECTION_IDS
    assert all(s.intro.strip() for s in flow.sections)


def test_between_40_and_70_questions_each_with_help_and_example():
    questions = active_flow().questions()
    assert 40 <= len(questions) <= 70
    for question in questions:
        assert question.help.strip(), question.id
        assert question.example.strip(), question.id
        assert question.topics, question.id


def test_every_core_topic_is_covered():
    topics = yaml.safe_load((prompts_dir() / "topics.yaml").read_text())["topics"]
    core = {t["id"] for t in topics if t["core"]}
    assert len(core) == 46
    covered = {t for q in active_flow().questions() for t in q.topics}
    assert core - covered == set()
    assert covered <= {t["id"] for t in topics}, "unknown topic ids in the bank"


def test_every_kind_branching_and_piping_are_used():
    questions = active_flow().questions()
    assert {q.kind for q in questions} == set(QuestionKind)
    conditions = " ".join(q.when or "" for q in questions)
    assert "personal_data" in conditions and "ml_model" in conditions
    piped = set().union(*(template_names(q.prompt) for q in questions))
    assert {"chosen_usecase", "product_name"} <= piped
    chosen = next(q for q in questions if q.id == "chosen_usecase")
    assert chosen.choices_from is not None
