"""Generate the JSON Schemas in ``schemas/`` from the pydantic models.

``python -m assistant.schemas_gen`` rewrites them; a test fails when the checked-in files
drift from the models.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel


def schema_models() -> dict[str, type[BaseModel]]:
    from assistant.models.document import FramingDocument
    from assistant.models.events import Event
    from assistant.models.flowdef import FlowDefinition
    from assistant.models.infoflow import Extraction
    from assistant.models.session import SessionSummary

    return {
        "framing-document": FramingDocument,
        "flow-definition": FlowDefinition,
        "event": Event,
        "session-summary": SessionSummary,
        "extraction": Extraction,
    }


def render_schema(name: str, model: type[BaseModel]) -> str:
    schema = model.model_json_schema(mode="serialization")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://data360.invalid/schemas/{name}.schema.json",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def expected_schemas() -> dict[str, str]:
    return {
        f"{name}.schema.json": render_schema(name, model) for name, model in schema_models().items()
    }


def main(directory: Path | None = None) -> None:
    from assistant.paths import schemas_dir

    target = directory or schemas_dir()
    target.mkdir(parents=True, exist_ok=True)
    for filename, text in expected_schemas().items():
        (target / filename).write_text(text, encoding="utf-8")
        print(f"wrote {target / filename}")


if __name__ == "__main__":
    main()
