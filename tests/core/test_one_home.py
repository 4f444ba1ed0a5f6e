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


def test_data360_variables_are_read_in_one_module() -> None:
    reads = re.compile(r"""environ(?:\.get)?\(\s*["']DATA360_|getenv\(\s*["']DATA360_""")
    homes = [name for name, text in _sources().items() if reads.search(text)]
    assert homes == []  # config.env() is the reader: it takes the name as a parameter
    assert "os.environ" in (PACKAGE / "config.py").read_text(encoding="utf-8")


def test_the_config_file_is_parsed_once_until_it_changes(tmp_path: Path, monkeypatch) -> None:
    import yaml

    from assistant import config
    from assistant.cli import context
    from assistant.cli.context import database
    from assistant.llm.config import load_settings

    path = tmp_path / "config.yaml"
    path.write_text("db: team.db\nllm:\n  model: offline\n", encoding="utf-8")
    monkeypatch.setenv("DATA360_CONFIG", str(path))
    monkeypatch.delenv("DATA360_DB", raising=False)
    parsed: list[str] = []
    real = yaml.safe_load

    def counting(text: str) -> object:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(yaml, "safe_load", counting)
    config._parsed.cache_clear()
    monkeypatch.setattr(context, "_current", context.RootOptions())  # no root --db of a test before
    assert database() == "team.db"
    assert load_settings().model == "offline"
    assert len(parsed) == 1  # the CLI's db and the LLM settings read the same parse
    path.write_text("db: other.db\n", encoding="utf-8")
    assert database() == "other.db"
