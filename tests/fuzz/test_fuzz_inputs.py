"""Fuzzed inputs: every loader and parser gives clean errors, never a crash (issue 8, item 4)."""

from __future__ import annotations

import contextlib
import copy
import json
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import UserError
from assistant.extract.notation import NotationError, parse_notation
from assistant.flow.loader import load_flow_text
from assistant.paths import examples_dir
from assistant.services.importing import import_document, parse_document
from assistant.store import SQLiteStore

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
shapes = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
question_like = st.fixed_dictionaries(
    {
        "id": st.text(max_size=8) | st.sampled_from(["a", "b", "c"]),
        "kind": st.sampled_from(["text", "choice", "multi", "scale", "flows", "bogus", ""])
        | scalars,
        "prompt": st.text(max_size=30) | st.just("{{ a }} {{ b"),
    },
    optional={
        "when": st.text(max_size=20) | st.sampled_from(["a == 1", "b in c", "a ==="]),
        "choices": shapes,
        "choices_from": st.sampled_from(["a", "b", "x"]),
        "min": scalars,
        "max": scalars,
        "required": scalars,
    },
)
flow_like = st.fixed_dictionaries(
    {
        "id": st.text(max_size=8) | st.just("flow"),
        "version": scalars,
        "sections": st.lists(
            st.fixed_dictionaries(
                {
                    "id": st.text(max_size=8),
                    "title": scalars,
                    "questions": st.lists(question_like, max_size=4) | shapes,
                }
            ),
            max_size=3,
        )
        | shapes,
    },
)


@FAST
@given(st.text(max_size=400))
def test_flow_loader_on_arbitrary_text(text):
    try:
        load_flow_text(text, "fuzz.yaml")
    except UserError as error:
        assert "\n" not in str(error)


@FAST
@given(flow_like)
def test_flow_loader_on_flow_shaped_documents(document):
    text = yaml.safe_dump(document, allow_unicode=True)
    try:
        load_flow_text(text, "fuzz.yaml")
    except UserError as error:
        assert error.problems  # every rejection lists its problems
        assert all(p.message for p in error.problems)


def test_yaml_alias_bombs_are_refused_quickly():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in range(1, 12):
        bomb += (
            f"{chr(97 + level)}: &{chr(97 + level)} "
            + str([f"*{chr(96 + level)}"] * 9).replace("'", "")
            + "\n"
        )
    started = time.perf_counter()
    with pytest.raises(UserError, match=r"too large|invalid"):
        load_flow_text(bomb, "bomb.yaml")
    assert time.perf_counter() - started < 60  # a hang guard: expanding the bomb never ends


def test_oversized_flow_files_are_refused():
    with pytest.raises(UserError, match="larger than"):
        load_flow_text("x" * 2_000_001, "huge.yaml")


@FAST
@given(st.text(max_size=300))
def test_notation_parser_on_arbitrary_text(text):
    try:
        parse_notation(text)
    except NotationError as error:
        assert "column" in str(error) or "line" in str(error)


EXAMPLE = json.loads(sorted(examples_dir().glob("*.json"))[0].read_text())


def mutate(document: dict, path: list, value) -> dict:
    clone = copy.deepcopy(document)
    node = clone
    for key in path[:-1]:
        in_dict = isinstance(node, dict) and key in node
        in_list = isinstance(node, list) and isinstance(key, int) and -len(node) <= key < len(node)
        if not (in_dict or in_list):
            return clone
        node = node[key]
    last = path[-1]
    if isinstance(node, dict):
        if value is ...:
            node.pop(last, None)
        else:
            node[last] = value
    elif isinstance(node, list) and isinstance(last, int) and -len(node) <= last < len(node):
        node[last] = None if value is ... else value
    return clone


paths = st.lists(
    st.sampled_from(
        [
            "events",
            "session",
            "sections",
            "flow_definition",
            0,
            1,
            -1,
            "seq",
            "type",
            "data",
            "value",
            "questions",
            "id",
            "at",
            "question_id",
        ]
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paths, shapes | st.just(...))
def test_import_of_a_mutated_export_is_clean(tmp_path_factory, path, value):
    text = json.dumps(mutate(EXAMPLE, path, value))
    store = SQLiteStore(":memory:")
    try:
        document = parse_document(text)
        import_document(store, document)
    except UserError as error:
        assert "\n" not in str(error)


@FAST
@given(st.binary(max_size=200))
def test_import_of_garbage_bytes_is_clean(data):
    with contextlib.suppress(UserError):
        parse_document(data.decode("utf-8", "replace"))


def test_import_of_a_truncated_export(tmp_path: Path):
    text = json.dumps(EXAMPLE)
    for cut in (1, 10, len(text) // 2, len(text) - 1):
        with pytest.raises(UserError):
            parse_document(text[:cut])


CSV_HEADER = "source,targets,content,medium,frequency,maturity,pain_points\n"
csv_cells = st.text(alphabet='ab ,;|"\n\r\t-é>:', max_size=12) | st.sampled_from(
    ["low", "medium", "high", "daily", "a -> b"]
)


@FAST
@given(st.lists(st.lists(csv_cells, min_size=0, max_size=9), max_size=6), st.booleans())
def test_csv_flow_import_on_arbitrary_rows(rows, with_header):
    from assistant.workshop.csvflows import parse_flows_csv

    text = (CSV_HEADER if with_header else "") + "\n".join(",".join(r) for r in rows)
    try:
        flows = parse_flows_csv(text, "wall.csv")
    except UserError as error:
        assert str(error)
    else:
        assert all(f.source and f.targets for f in flows)
