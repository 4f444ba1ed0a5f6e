"""The checked-in JSON Schemas are exactly what the models generate."""

from __future__ import annotations

from assistant.paths import schemas_dir
from assistant.schemas_gen import expected_schemas


def test_checked_in_schemas_match_the_models():
    for filename, text in expected_schemas().items():
        path = schemas_dir() / filename
        assert path.exists(), f"missing {filename}: run make schemas"
        assert path.read_text() == text, f"{filename} drifted from the models: run make schemas"
