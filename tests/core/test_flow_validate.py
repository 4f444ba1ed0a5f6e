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
