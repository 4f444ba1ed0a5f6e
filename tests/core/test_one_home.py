"""One home per shared rule (issue 13): each rule is defined once and the others use it."""

from __future__ import annotations

import re
from pathlib import Path

import assistant
from assistant.engine.answers import validate_answer
from assistant.models.lenses import LENSES
from assistant.models.usecase import UseCase

PACKAGE = Path(assistant.__file__).parent


def _sources() -> dict[str, str]:
    return {
        str(p.relative_to(PACKAGE)): p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")
    }


def test_the_four_lenses_are_written_out_once() -> None:
    spelled = re.compile(r"""["']desirability["'],\s*["']datability["']""")
    homes = [name for name, text in _sources().items() if spelled.search(text)]
    assert homes == ["models/lenses.py"]


def test_the_lenses_are_the_use_case_scores_in_order() -> None:
    fields = [name for name in UseCase.model_fields if name in LENSES]
    assert tuple(fields) == LENSES


def test_the_one_line_use_case_form_follows_the_lenses() -> None:
    from assistant.flow.loader import active_flow

    question = next(q for q in active_flow().questions() if q.kind == "usecases")
    [usecase] = validate_answer(question, "Shutdown planner | 5 | 4 | 3 | 2")
    assert [usecase[lens] for lens in LENSES] == [5, 4, 3, 2]


def test_one_extractor_factory() -> None:
    """CLI, TUI and headless runs get their extractor from services/extractors.py."""
    builds = re.compile(r"\b(LLMExtractor|OfflineExtractor)\(")
    homes = sorted(name for name, text in _sources().items() if builds.search(text))
    assert "services/extractors.py" in homes
    assert not [h for h in homes if h.startswith(("cli/", "tui/"))]


def test_model_edits_find_actors_by_the_models_name_rule() -> None:
    """An edit to "the planners" and a delete of "Planner" both concern the one actor."""
    from assistant.flow.loader import active_flow
    from assistant.hypergraph.names import name_key
    from assistant.services.interview import engine_for
    from assistant.services.model import overlay_of

    state = engine_for(active_flow()).fold([])
    state.model_edits.append({"actors": [{"name": "the planners", "kind": "team"}]})
    state.model_edits.append({"actors": [{"name": "Planner", "kind": "person"}]})
    assert overlay_of(state)["actors"] == [{"name": "Planner", "kind": "person"}]
    state.model_edits.append({"delete_actors": ["planner"]})
    assert overlay_of(state)["actors"] == []
    assert name_key("The Planners") == name_key("planner") == "planner"
    assert name_key("??") == "??"
