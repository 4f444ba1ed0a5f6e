"""Conditions, templates and YAML are evaluated under limits wherever they run (issue 12,
items 2 and 11): the worst a shared file can do is fail fast with one line."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.flow.expressions import (
    ExpressionError,
    check_condition,
    check_template,
    evaluate_condition,
    render,
)
from assistant.flow.limits import MAX_SIZE

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

atoms = st.sampled_from(
    ["9", "99", "4000000", "'x'", "'ab'", "[1, 2]", "x", "(1, 2)", "True", "range(9999)"]
)
operators = st.sampled_from(["*", "**", "+", "%", "//", "-", "~", "<<"])


@st.composite
def expressions(draw) -> str:
    text = draw(atoms)
    for _ in range(draw(st.integers(0, 4))):
        text = f"({text} {draw(operators)} {draw(atoms)})"
    return text


@FAST
@given(expressions())
def test_any_arithmetic_in_a_template_ends_small_or_fails_cleanly(expression):
    output = render("{{ " + expression + " }}", {"x": "answer"})
    assert len(output) <= MAX_SIZE + 100
    try:
        check_template("{{ " + expression + " }}", {"x": "answer"})
    except ExpressionError as error:
        assert "\n" not in str(error)


@FAST
@given(expressions(), expressions())
def test_any_arithmetic_in_a_condition_ends_or_fails_cleanly(left, right):
    source = f"{left} > {right}".replace("~", "+")
    assert evaluate_condition(source, {"x": 3}) in (True, False)
    try:
        check_condition(source, {"x": 3})
    except ExpressionError as error:
        assert "\n" not in str(error)


@pytest.mark.parametrize(
    "template",
    [
        "{% for a in range(9999) %}{% for b in range(9999) %}{{ a }}{% endfor %}{% endfor %}",
        "{% macro f(n) %}{{ f(n) }}{{ f(n) }}{% endmacro %}{{ f(1) }}",
        "{% for x in ('x'*100000) %}{% for y in ('y'*100000) %}{% endfor %}{% endfor %}",
        "{{ (['x'*1000]*100)|join('y'*10000) }}",
        "{{ 'a'|replace('', 'b'*100000) }}",
        "{{ ''.__class__.__mro__ }}",
        "{{ lipsum(100000000) }}",
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}{{ ns.s }}",
    ],
)
def test_runaway_templates_fall_back_to_their_text(template):
    assert render(template, {}) == template


def test_piping_still_works():
    context = {"product_name": "FreshCast", "n": 3}
    assert render("For {{ product_name or 'the product' }}", context) == "For FreshCast"
    assert render("{{ missing or 'the product' }}", context) == "the product"
    assert (
        render("{{ n * 12 }} a year, {{ product_name|upper }}", context) == "36 a year, FRESHCAST"
    )
    assert render("{% for i in range(3) %}{{ i }}{% endfor %}", context) == "012"


def test_a_stored_hostile_flow_does_not_hang_export_or_run(cli, tmp_path):
    """A database from before these checks may hold such a flow: it still exports and runs."""
    from assistant.flow.loader import active_flow
    from assistant.models.flowdef import FlowDefinition
    from assistant.services.interview import InterviewService
    from assistant.store import SQLiteStore

    data = active_flow().model_dump(mode="json")
    data["sections"][1]["questions"][0]["when"] = "4000000**4000000 > 1"
    data["sections"][1]["questions"][1]["prompt"] = "{{ 'x'*3000000000 }} {{ 9**9**9 }}"
    flow = FlowDefinition.model_validate(data)
    store = SQLiteStore(tmp_path / "data360.db")
    session_id = InterviewService(store).start(flow, "Old hostile session").id
    store.close()
    answers = tmp_path / "answers.yaml"
    answers.write_text("answers:\n  perimeter: Marennes refinery\n")
    result = cli("run", "--session", session_id, "--answers", str(answers))
    assert "Traceback" not in result.stderr
    for fmt in ("markdown", "json"):
        out = tmp_path / f"out.{fmt}"
        result = cli("export", session_id, "-f", fmt, "-o", str(out))
        assert result.code == 0, result.stderr
        assert out.stat().st_size > 0


def test_a_yaml_alias_bomb_in_an_answers_file_is_refused(cli, tmp_path):
    lines = ['a0: &a0 "' + "x" * 1000 + '"']
    for level in range(1, 9):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    lines += ["answers:", "  perimeter: *a8"]  # 1.5 KB of text, 100 GB once expanded
    path = tmp_path / "answers.yaml"
    path.write_text("\n".join(lines) + "\n")
    result = cli("run", "--answers", str(path))
    assert result.code == 1
    assert "too large once its aliases are expanded" in result.stderr
    assert result.stderr.count("\n") == 1
    assert json.loads(cli("sessions", "--json").stdout) == []


def test_aliases_of_a_normal_size_are_still_read(cli, tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text(
        "site: &site Marennes refinery\nanswers:\n  perimeter: *site\n  product_name: *site\n"
    )
    result = cli("run", "--answers", str(path), "--json")
    assert "too large" not in result.stderr
    assert result.stdout and json.loads(result.stdout)["id"]


def test_an_answer_given_twice_in_an_answers_file_is_refused(cli, tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text("answers:\n  perimeter: First\n  perimeter: Second\n")
    result = cli("run", "--answers", str(path))
    assert result.code == 1
    assert f"{path}:3: key 'perimeter' appears twice in one mapping" in result.stderr


def test_merge_keys_in_an_answers_file_still_work(cli, tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text(
        "base: &base {perimeter: Le Havre, perimeter_specifics: [Marennes site]}\n"
        "answers:\n  <<: *base\n  perimeter: Marennes refinery\n"
    )
    result = cli("run", "--answers", str(path), "--json")
    assert result.stdout, result.stderr
    session_id = json.loads(result.stdout)["id"]
    from assistant.services.interview import InterviewService
    from assistant.store import SQLiteStore

    store = SQLiteStore(tmp_path / "data360.db")
    answers = InterviewService(store).open(session_id).state.answers
    store.close()
    assert answers["perimeter"] == "Marennes refinery"
    assert answers["perimeter_specifics"] == ["Marennes site"]
