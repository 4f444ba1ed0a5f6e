"""``data360 flow validate`` reports each problem with its line (issue 3, item 3)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

HEADER = """\
id: custom
version: "1"
sections:
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "flow.yaml"
    path.write_text(HEADER + textwrap.dedent(body))
    return path


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        (
            """\
              - id: ideation
                title: I
                questions:
                  - {id: a, kind: essay, prompt: A}
            """,
            7,
            "unknown kind 'essay'",
        ),
        (
            """\
              - id: ideation
                title: I
                questions:
                  - {id: a, kind: text, prompt: A}
                  - {id: a, kind: text, prompt: B}
            """,
            8,
            "duplicate question id 'a'",
        ),
        (
            """\
              - id: ideation
                title: I
                questions:
                  - id: a
                    kind: text
                    prompt: A
                    when: "b == True"
                  - {id: b, kind: yesno, prompt: B}
            """,
            10,
            "refers to 'b', which comes later",
        ),
        (
            """\
              - id: ideation
                title: I
                questions:
                  - {id: a, kind: text, prompt: "About {{ ghost }}"}
            """,
            7,
            "unknown question 'ghost'",
        ),
        (
            """\
              - id: ideation
                title: I
                questions: []
            """,
            4,
            "section 'ideation' has no questions",
        ),
        (
            """\
              - id: ideation
                title: I
                questions:
                  - id: a
                    kind: choice
                    prompt: A
                    choices: [same, same]
            """,
            10,
            "duplicate choices",
        ),
        (
            """\
              - id: ideation
                title: I
                questions:
                  - id: a
                    kind: choice
                    prompt: A
            """,
            7,
            "choice needs choices",
        ),
        (
            """\
              - id: ideation
                title: I
                questions:
                  - id: a
                    kind: text
                    prompt: A
                    when: "a ==="
            """,
            10,
            "invalid condition",
        ),
    ],
)
def test_broken_flows_are_rejected_with_line_numbers(cli, tmp_path, body, line, fragment):
    path = write(tmp_path, body)
    result = cli("flow", "validate", str(path))
    assert result.code == 1
    assert f"{path}:{line}: " in result.stderr and fragment in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_every_problem_is_reported_not_only_the_first(cli, tmp_path):
    path = write(
        tmp_path,
        """\
          - id: ideation
            title: I
            questions:
              - {id: a, kind: essay, prompt: A}
              - {id: b, kind: text, prompt: "{{ nope }}"}
          - id: business
            title: B
            questions: []
        """,
    )
    result = cli("flow", "validate", str(path))
    assert result.code == 1
    assert len(result.stderr.strip().splitlines()) == 3


def test_invalid_yaml_and_missing_file_are_one_line_errors(cli, tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\nsections: [\n")
    result = cli("flow", "validate", str(path))
    assert result.code == 1 and "invalid YAML" in result.stderr
    result = cli("flow", "validate", str(tmp_path / "missing.yaml"))
    assert result.code == 1 and result.stderr.count("\n") == 1


def test_the_shipped_flow_validates(cli):
    from assistant.flow.loader import default_flow_path

    result = cli("flow", "validate", str(default_flow_path()))
    assert result.code == 0, result.stderr
    assert "ok" in result.stdout


def test_flow_show_json_follows_the_contract(cli):
    result = cli("flow", "show", "--json")
    assert result.code == 0
    data = json.loads(result.stdout)
    assert {"id", "version", "sections"} <= set(data)
    assert [s["id"] for s in data["sections"]] == [
        "ideation",
        "business",
        "product",
        "data",
        "build",
    ]
    kinds = {"text", "choice", "multi", "scale", "number", "yesno", "list", "flows", "usecases"}
    for section in data["sections"]:
        for q in section["questions"]:
            assert {"id", "kind", "prompt", "required", "topics"} <= set(q)
            assert q["kind"] in kinds
            if q["kind"] == "scale":
                assert q["min"] < q["max"]


def test_custom_flow_through_option_and_environment(cli, tmp_path, monkeypatch):
    path = write(
        tmp_path,
        """\
          - id: ideation
            title: Just one
            questions:
              - {id: only, kind: text, prompt: The only question}
        """,
    )
    by_option = json.loads(cli("flow", "show", "--json", "--flow", str(path)).stdout)
    monkeypatch.setenv("DATA360_FLOW", str(path))
    by_env = json.loads(cli("flow", "show", "--json").stdout)
    assert by_option == by_env
    assert by_option["id"] == "custom"
    assert by_option["sections"][0]["questions"][0]["id"] == "only"


# --- issue 11 item 6: conditions checked against the kinds of the questions they name -------
KINDS_FLOW = """\
  - id: ideation
    title: I
    questions:
      - {id: pooled, kind: yesno, prompt: Pooled?}
      - {id: aog_per_month, kind: number, prompt: How many AOGs?, min: 0, max: 100}
      - {id: fleet, kind: choice, prompt: Fleet?, choices: [Narrow-body, Wide-body]}
      - {id: modes, kind: multi, prompt: Modes?, choices: [Batch, Real-time]}
      - {id: urgency, kind: scale, prompt: Urgency?}
      - {id: notes, kind: text, prompt: Notes?, required: false}
      - id: probe
        kind: text
        prompt: Probe
        when: "{condition}"
"""


def kinds_flow(tmp_path: Path, condition: str) -> Path:
    return write(tmp_path, KINDS_FLOW.replace("{condition}", condition.replace('"', '\\"')))


@pytest.mark.parametrize(
    ("condition", "fragment"),
    [
        ("pooled == 'Yes'", "'pooled' is a yes/no question: its answer is True or False"),
        ("pooled == 'Yes'", "write `pooled == True`"),
        ("aog_per_month > '3'", "'aog_per_month' is a number question"),
        ("aog_per_month > '3'", "write `3` without quotes"),
        ("aog_per_month > 100", "never holds: 'aog_per_month' is between 0 and 100"),
        ("urgency == 9", "'urgency' is between 1 and 5, never 9"),
        ("fleet == 'Narrowbody'", "'Narrowbody' is not a choice of 'fleet' (did you mean"),
        ("fleet in ['Wide-body', 'Jumbo']", "'Jumbo' is not a choice of 'fleet'"),
        ("'Streaming' in modes", "'Streaming' is not a choice of 'modes'"),
        ("modes == 'Batch'", "its answer is a list, never 'Batch' (write `'Batch' in modes`)"),
        ("modes in ['Batch']", "so `modes in [...]` never holds"),
        ("notes > 3", "'notes' is a text question: its text answer cannot be compared"),
        ("'x' in aog_per_month", "`in` cannot look inside its answer"),
    ],
)
def test_conditions_that_can_never_hold_are_errors(cli, tmp_path, condition, fragment):
    path = kinds_flow(tmp_path, condition)
    result = cli("flow", "validate", str(path))
    assert result.code == 1, result.stderr
    assert f"{path}:16: question 'probe': condition never holds: " in result.stderr
    assert fragment in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "condition",
    [
        "pooled == True",
        "pooled",
        "not pooled",
        "aog_per_month > 3",
        "3 < aog_per_month <= 100",
        "fleet == 'Wide-body'",
        "fleet in ['Wide-body', 'Narrow-body']",
        "'Real-time' in modes",
        "modes and 'Batch' in modes",
        "urgency >= 4",
        "notes != None and 'late' in notes",
        "len(modes) > 1",
    ],
)
def test_conditions_that_fit_their_questions_pass(cli, tmp_path, condition):
    result = cli("flow", "validate", str(kinds_flow(tmp_path, condition)))
    assert result.code == 0, result.stderr


def test_a_misspelt_question_id_gets_did_you_mean(cli, tmp_path):
    path = kinds_flow(tmp_path, "poled == True")
    result = cli("flow", "validate", str(path))
    assert result.code == 1
    assert "unknown question 'poled' (did you mean 'pooled'?)" in result.stderr


def test_errors_name_question_ids_not_pydantic_paths(cli, tmp_path):
    path = write(
        tmp_path,
        """\
          - id: ideation
            title: I
            questions:
              - {id: first, kind: text, prompt: A}
              - {id: second, kind: yes_no, prompt: B}
              - {id: third, kind: text, promt: C}
        """,
    )
    result = cli("flow", "validate", str(path))
    assert result.code == 1
    assert "sections.0.questions" not in result.stderr, result.stderr
    assert f"{path}:8: question 'second': unknown kind 'yes_no' (did you mean 'yesno'?)" in (
        result.stderr
    )
    assert "question 'third': unknown field 'promt' (did you mean 'prompt'?)" in result.stderr


def test_yaml_syntax_errors_are_rephrased_with_the_line(cli, tmp_path):
    path = tmp_path / "flow.yaml"
    path.write_text(HEADER + "  - id: ideation\n    title: Why: because\n")
    result = cli("flow", "validate", str(path))
    assert result.code == 1
    assert f"{path}:5: invalid YAML, column 15: unexpected ':'" in result.stderr, result.stderr
    assert "put text that contains ': ' in quotes" in result.stderr


def test_piping_an_optional_answer_without_fallback_is_a_warning(cli, tmp_path):
    path = write(
        tmp_path,
        """\
          - id: ideation
            title: I
            questions:
              - {id: aogs, kind: number, prompt: How many?, required: false}
              - {id: pooled, kind: yesno, prompt: Pooled?}
              - {id: pool_size, kind: number, prompt: Pool size?, when: "pooled == True"}
              - {id: a, kind: text, prompt: "With {{ aogs }} AOGs a month, why?"}
              - {id: b, kind: text, prompt: "With {{ aogs or 'some' }} AOGs a month?"}
              - {id: c, kind: text, prompt: "{% if pool_size %}{{ pool_size }} in pool{% endif %}"}
              - {id: d, kind: text, prompt: "A pool of {{ pool_size | default('?') }}"}
              - {id: e, kind: text, prompt: "A pool of {{ pool_size }}"}
        """,
    )
    result = cli("flow", "validate", str(path))
    assert result.code == 0, result.stderr
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 2, warnings
    assert (
        f"{path}:10: warning: question 'a': prompt pipes 'aogs', which may be unanswered"
        in (warnings[0])
    )
    assert "{{ aogs or '…' }}" in warnings[0]
    assert "question 'e'" in warnings[1] and "asked only when pooled == True" in warnings[1]
    assert "1 sections, 8 questions, 2 warning(s)" in result.stdout


def test_validate_json_reports_errors_and_warnings(cli, tmp_path):
    path = kinds_flow(tmp_path, "pooled == 'Yes'")
    result = cli("flow", "validate", "--json", str(path))
    assert result.code == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["file"] == str(path)
    (error,) = report["errors"]
    assert error["line"] == 16 and error["question"] == "probe" and error["severity"] == "error"
    assert "yes/no question" in error["message"]
    ok = json.loads(cli("flow", "validate", "--json", str(kinds_flow(tmp_path, "pooled"))).stdout)
    assert ok["ok"] is True and ok["questions"] == 7 and ok["errors"] == []


def test_validate_json_errors_are_json_too(cli, tmp_path):
    result = cli("flow", "validate", "--json", str(tmp_path / "missing.yaml"))
    assert result.code == 1 and result.stderr == ""
    report = json.loads(result.stdout)
    assert report["ok"] is False and "flow file not found" in report["errors"][0]["message"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nsections: [\n")
    report = json.loads(cli("flow", "validate", "--json", str(bad)).stdout)
    assert report["errors"][0]["message"].startswith("invalid YAML")


# --- issue 12 items 2 and 11: hostile expressions and sizes end fast, in one line -------------
@pytest.mark.parametrize(
    ("prompt", "fragment"),
    [
        ("{{ 4000000**4000000 }}", "is too large"),
        ("{{ 'x'*3000000000 }}", "repetition too large"),
        (
            "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}",
            "range too long",
        ),
        (
            "{% for a in range(9999) %}{% for b in range(9999) %}{% endfor %}{% endfor %}",
            "too many operations",
        ),
        ("{{ 'x'|center(1000000000) }}", "No filter named 'center'"),
        ("{{ '{:>999999999}'.format(1) }}", "not allowed"),
        ("{{ '%0999999999d' % 1 }}", "string formatting with % is not allowed"),
        ("{% set a = 'x'*100000 %}{% set b = [a,a,a,a,a,a,a,a,a,a] %}{{ b }}", "too large"),
    ],
)
def test_costly_templates_are_refused_fast_in_one_line(cli, tmp_path, prompt, fragment):
    path = write(
        tmp_path,
        f"""\
          - id: ideation
            title: I
            questions:
              - id: a
                kind: text
                prompt: {json.dumps(prompt)}
        """,
    )
    result = cli("flow", "validate", str(path))
    assert result.code == 1
    assert fragment in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("condition", "fragment"),
    [
        ("4000000**4000000 > 1", "is too large"),
        ("len('x'*3000000000) > 1", "repetition too large"),
        ("1 << 10**9", "number too large"),
        ("int(a) > 1", "unknown function 'int'"),
        ("a.ljust(1000000000) == ''", "not allowed"),
    ],
)
def test_costly_conditions_are_refused_fast_in_one_line(cli, tmp_path, condition, fragment):
    path = write(
        tmp_path,
        f"""\
          - id: ideation
            title: I
            questions:
              - {{id: a, kind: text, prompt: A}}
              - {{id: b, kind: text, prompt: B, when: {json.dumps(condition)}}}
        """,
    )
    result = cli("flow", "validate", str(path))
    assert result.code == 1
    assert fragment in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_40000_question_flow_is_refused_by_the_documented_limit(cli, tmp_path):
    from assistant.flow.checks import MAX_QUESTIONS

    questions = "\n".join(f"  - {{id: q{i}, kind: text, prompt: Q}}" for i in range(40_000))
    path = tmp_path / "big.yaml"
    path.write_text(HEADER + "  - id: ideation\n    title: I\n    questions:\n" + questions)
    result = cli("flow", "validate", str(path))
    assert result.code == 1 and result.stderr.count("\n") == 1
    assert "larger than 1,000,000 bytes" in result.stderr
    compact = "\n".join(
        f"  - {{id: q{i}, kind: text, prompt: Q}}" for i in range(MAX_QUESTIONS + 1)
    )
    path.write_text(HEADER + "- id: ideation\n  title: I\n  questions:\n" + compact)
    result = cli("flow", "validate", str(path))
    assert result.code == 1 and result.stderr.count("\n") == 1
    assert f"too many questions: 2,001 (at most {MAX_QUESTIONS:,})" in result.stderr


def test_a_flow_whose_aliases_expand_past_its_size_is_refused(cli, tmp_path):
    text = 'big: &big "' + "x" * 50_000 + '"\n' + HEADER
    text += "  - id: ideation\n    title: I\n    questions:\n"
    text += "".join(f"      - {{id: q{i}, kind: text, prompt: *big}}\n" for i in range(200))
    path = tmp_path / "flow.yaml"
    path.write_text(text)
    result = cli("flow", "validate", str(path))
    assert result.code == 1
    assert "too large once its aliases are expanded" in result.stderr


def test_a_device_that_never_ends_is_refused_by_size_not_trusted_st_size(cli):
    result = cli("flow", "validate", "/dev/zero")  # st_size is 0; reading it never ends
    assert result.code == 1
    assert "larger than 1,000,000 bytes" in result.stderr and result.stderr.count("\n") == 1


def test_a_flow_file_with_a_costly_condition_is_refused_as_flow_option(cli, tmp_path):
    path = kinds_flow(tmp_path, "4000000**4000000 > 1")
    result = cli("flow", "show", "--flow", str(path))
    assert result.code == 1, result.stdout
    assert "is too large" in result.stderr and result.stderr.count("\n") == 1


def test_a_key_given_twice_is_an_error_not_silently_the_last(cli, tmp_path):
    path = write(
        tmp_path,
        """\
          - id: ideation
            title: I
            questions:
              - id: a
                kind: text
                prompt: First wording
                prompt: Second wording
        """,
    )
    result = cli("flow", "validate", str(path))
    assert result.code == 1
    assert f"{path}:10: key 'prompt' appears twice in one mapping (lines 9 and 10)" in (
        result.stderr
    )
